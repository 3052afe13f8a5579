"""Examples for the rules of the two later kinds (guardrails/follow_up.py, guardrails/email.py): texts that
must fail each rule and texts that must pass it.

Same shape as `tests/rule_examples.py`: each entry is (text, context overrides) over the same base context
(Sofía Martínez, Data Engineer at Acme, Raj Patel and Will Chen on the panel); every override sets the kind.
"""

from __future__ import annotations

from tests.rule_examples import BASE

__all__ = ["BASE", "EMAIL", "EXAMPLES", "FOLLOW_UP", "GOOD_EMAIL", "GOOD_FOLLOW_UP", "SIGNED"]
FOLLOW_UP = {"kind": "follow_up"}
EMAIL = {"kind": "thank_you_email"}
SIGNED = {"kind": "thank_you_email", "candidate_name": "Jordan Lee"}

GOOD_FOLLOW_UP = (
    "Hi Sofia, thank you for connecting. I keep thinking about our talk on migrating batch jobs to "
    "Kafka, and "
    "this write-up on replaying events reminded me of it: https://example.com/kafka-replay. Hope it "
    "is useful."
)

SUBJECT = "Subject: Thank you for the Data Engineer interview"
GREETING = "Dear Sofía,"
BODY = (
    "Thank you for taking the time to speak with me yesterday about the Data Engineer role at Acme. I "
    "especially enjoyed our discussion about migrating batch jobs to Kafka, and how the team is moving one "
    "pipeline at a time so that nothing breaks for the analysts downstream.\n\n"
    "Our conversation confirmed my interest in the role, and I would welcome the chance to contribute to "
    "that migration and to the data quality checks we discussed.\n\n"
    "Thank you again for your time."
)
INTEREST = "Our conversation confirmed my interest in the role, and I would welcome the chance to contribute"
SIGN_OFF = "Best regards,\nJordan Lee"


def email(
    subject: str = SUBJECT, greeting: str = GREETING, body: str = BODY, sign_off: str = SIGN_OFF
) -> str:
    """A thank-you email from its parts; pass '' to leave a part out."""
    return "\n\n".join(part for part in (subject, greeting, body, sign_off) if part)


GOOD_EMAIL = email()
NO_INTEREST = BODY.replace(
    INTEREST, "I also liked hearing how the analysts use the new dashboards, and I would welcome more detail"
)

EXAMPLES: dict[str, dict[str, list[tuple[str, dict]]]] = {
    "follow_up.no_thanks_for_connecting": {
        "fail": [
            (
                "Hi Sofia, thank you again for the interview. I keep thinking about migrating batch jobs to "
                "Kafka; this piece might interest you: https://example.com/kafka",
                FOLLOW_UP,
            ),
            (
                "Hi Sofia, great to be connected. I keep thinking about our talk on migrating batch jobs to "
                "Kafka and the data quality checks.",
                FOLLOW_UP,
            ),
            (
                "Hi Sofia, I saw Acme's news about the new streaming platform and thought of our talk on "
                "migrating batch jobs to Kafka. Thanks for sharing your view on it.",
                FOLLOW_UP,
            ),
        ],
        "pass": [
            (GOOD_FOLLOW_UP, FOLLOW_UP),
            (
                "Hi Sofia, thanks for accepting my request! Our talk on migrating batch jobs to Kafka stayed "
                "with me.",
                FOLLOW_UP,
            ),
            (
                "Hi Sofia, I appreciate you adding me here. Our talk on migrating batch jobs to Kafka stayed "
                "with me.",
                FOLLOW_UP,
            ),
            (
                "Hi Sofia, great to be connected, and thank you again for the interview. I keep "
                "thinking about "
                "migrating batch jobs to Kafka.",
                FOLLOW_UP,
            ),
        ],
    },
    "follow_up.asks_to_connect": {
        "fail": [
            (
                "Hi Sofia, thank you for the interview. I'd love to connect and keep talking about migrating "
                "batch jobs to Kafka.",
                FOLLOW_UP,
            ),
            (
                "Hi Sofia, thank you for the talk about migrating batch jobs to Kafka. Please accept my "
                "connection request.",
                FOLLOW_UP,
            ),
            (
                "Hi Sofia, thank you for the talk about migrating batch jobs to Kafka. I hope you'll "
                "accept so "
                "we can stay in touch.",
                FOLLOW_UP,
            ),
            ("Hi Sofia, thanks for the talk about migrating batch jobs to Kafka. Let's connect!", FOLLOW_UP),
        ],
        "pass": [
            (GOOD_FOLLOW_UP, FOLLOW_UP),
            (
                "Hi Sofia, it was kind of you to accept my invitation. Our talk on migrating batch jobs to Kafka "
                "stayed with me.",
                FOLLOW_UP,
            ),
            (
                "Hi Sofia, thanks for accepting my connection request. Our talk on migrating batch jobs to "
                "Kafka stayed with me.",
                FOLLOW_UP,
            ),
            (
                "Hi Sofia, glad to be connected, and thank you for the talk about migrating batch jobs to "
                "Kafka.",
                FOLLOW_UP,
            ),
            (
                "Hi Sofia, thank you for connecting. I keep thinking about how the batch jobs "
                "connect to Kafka "
                "once they are migrated.",
                FOLLOW_UP,
            ),
        ],
    },
    "follow_up.makes_request": {
        "fail": [
            (GOOD_FOLLOW_UP + " Could you take a look at my own project on it?", FOLLOW_UP),
            (GOOD_FOLLOW_UP + " I'd be grateful for any advice on moving into data engineering.", FOLLOW_UP),
            (GOOD_FOLLOW_UP + " Please let me know if there are other openings on the team.", FOLLOW_UP),
            (GOOD_FOLLOW_UP + " Would you mind reading my write-up on the same problem?", FOLLOW_UP),
            (GOOD_FOLLOW_UP + " Please keep me in mind for future roles.", FOLLOW_UP),
        ],
        "pass": [
            (GOOD_FOLLOW_UP, FOLLOW_UP),
            (
                "Hi Sofia, thank you for connecting. Our talk on migrating batch jobs to Kafka "
                "stayed with me; "
                "I hope the migration goes smoothly.",
                FOLLOW_UP,
            ),
            (
                "Hi Sofia, thanks for connecting. I saw that Acme's streaming platform launched this "
                "week and "
                "thought of our talk on migrating batch jobs to Kafka. Congratulations to the team.",
                FOLLOW_UP,
            ),
            (
                "Hi Sofia, thank you for connecting. You asked whether I could see Kafka replacing the batch "
                "jobs; this article makes the case well: https://example.com/a",
                FOLLOW_UP,
            ),
        ],
    },
    "follow_up.too_many_links": {
        "fail": [
            (GOOD_FOLLOW_UP + " And this one too: https://example.com/second", FOLLOW_UP),
            (GOOD_FOLLOW_UP + " More at www.example.org/kafka", FOLLOW_UP),
            (
                "Hi Sofia, thank you for connecting. Two reads on migrating batch jobs to Kafka: "
                "example.com/a "
                "and example.io/b",
                FOLLOW_UP,
            ),
        ],
        "pass": [
            (GOOD_FOLLOW_UP, FOLLOW_UP),
            (
                "Hi Sofia, thank you for connecting. Our talk on migrating batch jobs to Kafka stayed with "
                "me.",
                FOLLOW_UP,
            ),
            (
                "Hi Sofia, thank you for connecting. This piece on migrating batch jobs to Kafka "
                "reminded me of "
                "our talk: https://example.com/kafka?utm=x#replay.",
                FOLLOW_UP,
            ),
        ],
    },
    "email.missing_subject": {
        "fail": [
            (email(subject=""), EMAIL),
            (email(subject="", greeting=GREETING + "\n\n" + SUBJECT), EMAIL),  # not the first line
            (email(subject="Subject:"), EMAIL),  # empty
            (email(subject="Re: Thank you for the Data Engineer interview"), EMAIL),
        ],
        "pass": [
            (GOOD_EMAIL, EMAIL),
            (email(subject="SUBJECT: Thank you - Acme interview"), EMAIL),
            (email(subject="subject : Thanks for the Data Engineer interview"), EMAIL),
            ("\n" + GOOD_EMAIL, EMAIL),
        ],
    },
    "email.subject_length": {
        "fail": [
            (email(subject="Subject: Thanks!"), EMAIL),
            (email(subject="Subject: Thank you"), EMAIL),
            (
                email(
                    subject="Subject: Thank you so much for the Data Engineer interview at Acme yesterday "
                    "afternoon"
                ),
                EMAIL,
            ),  # 83 characters
        ],
        "pass": [
            (GOOD_EMAIL, EMAIL),
            (
                email(
                    subject="Subject: " + "Thank you for the Data Engineer interview at Acme, from Jordan L."
                ),
                EMAIL,
            ),  # 64 characters
            (email(subject="Subject: Thanks, Acme"), EMAIL),
            (email(subject=""), EMAIL),  # no subject at all: email.missing_subject's to report
        ],
    },
    "email.vague_subject": {
        "fail": [
            (email(subject="Subject: Thank you for your time today"), EMAIL),
            (email(subject="Subject: Following up on our conversation"), EMAIL),
            (email(subject="Subject: A quick note of thanks, Sofía"), EMAIL),
        ],
        "pass": [
            (GOOD_EMAIL, EMAIL),
            (email(subject="Subject: Thank you from Jordan - Acme"), EMAIL),
            (email(subject="Subject: Thanks for today's interviews"), EMAIL),
            (email(subject="Subject: Our data engineering conversation"), EMAIL),
            (email(subject="Subject: Thanks from Jordan, re AT&T"), {**EMAIL, "company": "AT&T"}),
        ],
    },
    "email.no_greeting": {
        "fail": [
            (email(greeting="", body="Thank you, Sofía, for " + BODY[len("Thank you for ") :]), EMAIL),
            (
                email(greeting="Hello,", body=BODY.replace("Thank you again", "Thank you again, Sofía,")),
                EMAIL,
            ),
            (email(greeting="Dear Hiring Team,", body=BODY + " Please pass my thanks to Sofía."), EMAIL),
            (email(greeting="Dear Raj,", body=BODY + " Please pass my thanks to Sofía."), EMAIL),
        ],
        "pass": [
            (GOOD_EMAIL, EMAIL),
            (email(greeting="Hi Sofia,"), EMAIL),
            (email(greeting="Dear Ms. Martínez,"), EMAIL),
            (email(greeting="Good morning Sofía,"), EMAIL),
            (email(greeting=""), EMAIL),  # named nowhere: specificity.greets_interviewer's to report
        ],
    },
    "email.no_continued_interest": {
        "fail": [
            (email(body=NO_INTEREST), EMAIL),
            (email(body=NO_INTEREST + " I look forward to hearing from you."), EMAIL),
            (email(body=NO_INTEREST + " I was interested in your point about replaying events."), EMAIL),
            (email(body=NO_INTEREST + " Thank you for the opportunity to interview."), EMAIL),
        ],
        "pass": [
            (GOOD_EMAIL, EMAIL),
            (email(body=NO_INTEREST + " I remain very interested in the position."), EMAIL),
            (email(body=NO_INTEREST + " I'm excited about the chance to join Acme."), EMAIL),
            (email(body=NO_INTEREST + " I would love to work on that migration with you."), EMAIL),
        ],
    },
    "email.no_sign_off": {
        "fail": [
            (email(sign_off=""), EMAIL),
            (email(sign_off="Jordan Lee"), SIGNED),  # the name, but no 'Best regards,' before it
            (email(sign_off="Jordan"), EMAIL),
        ],
        "pass": [
            (GOOD_EMAIL, SIGNED),
            (email(sign_off="Kind regards,\nJordan"), SIGNED),
            (email(sign_off="Sincerely,\nJordan Lee"), SIGNED),
            (email(sign_off="Thank you again,\nJordan Lee\nData engineer, Lisbon"), SIGNED),
            (email(sign_off="Best,\nJ. L."), EMAIL),  # no candidate name known: any name will do
            (email(sign_off="Best regards,"), SIGNED),  # no name: email.unsigned's error, not this warning
        ],
    },
    "tone.repeated_passage": {
        "fail": [
            (email(body=BODY + "\n\n" + BODY.split("\n\n")[1]), EMAIL),  # a paragraph twice
            (
                email(
                    body=BODY.replace(
                        "Thank you again for your time.",
                        "I would love to work with you on that migration, and I would love to work with you on "
                        "that migration.",
                    )
                ),
                EMAIL,
            ),
            (email(body=BODY + " Thank you for taking the time to speak with me yesterday."), EMAIL),
        ],
        "pass": [
            (GOOD_EMAIL, EMAIL),
            (
                email(body=BODY + " I remain very interested in the Data Engineer role at Acme."),
                EMAIL,
            ),  # the role and the company named twice are not a repeat
            (
                email(body=BODY + " I enjoyed our talk, and I enjoyed the tour of the data quality checks."),
                EMAIL,
            ),
        ],
    },
    "email.unsigned": {
        "fail": [
            (email(sign_off="Best regards,"), SIGNED),  # no name after it
            (email(sign_off=""), SIGNED),
            (email(sign_off="Best regards,\nAlex"), SIGNED),  # someone else's name
            (email(sign_off="Best regards,\n[Your Name]"), SIGNED),
        ],
        "pass": [
            (GOOD_EMAIL, SIGNED),
            (email(sign_off="Kind regards,\nJordan"), SIGNED),
            (email(sign_off="Warm regards,\nJordan Lee\nData engineer, Lisbon"), SIGNED),
            (email(sign_off="Best regards,"), EMAIL),  # the candidate's name is not known: a warning at most
            (email(sign_off="Jordan Lee"), SIGNED),
        ],
    },
}
