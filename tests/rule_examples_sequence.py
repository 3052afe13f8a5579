"""Examples for the rules of the later messages of the sequence (guardrails/post_comment.py,
guardrails/status_check.py, guardrails/outcome_note.py): texts that must fail each rule and texts that must
pass it.

Same shape as `tests/rule_examples.py`: each entry is (text, context overrides) over the same base context
(Sofía Martínez, Data Engineer at Acme, Raj Patel and Will Chen on the panel); every override sets the kind.
"""

from __future__ import annotations

__all__ = ["EXAMPLES", "GOOD_COMMENT", "GOOD_OFFER", "GOOD_REJECTION", "GOOD_STATUS", "OFFER", "POST",
           "REJECTION", "STATUS", "status_email"]  # fmt: skip

POST_TEXT = (
    "We moved our nightly batch jobs to Kafka streams this quarter, and the finance reports now land an hour "
    "earlier. Thanks to the data platform team for a careful migration."
)
POST = {"kind": "post_comment", "post": POST_TEXT}
STATUS = {"kind": "status_check", "decision_by": "2026-05-29", "candidate_name": "Jordan Lee"}
REJECTION = {"kind": "after_rejection"}
OFFER = {"kind": "after_offer"}

GOOD_COMMENT = (
    "Thank you for sharing this, Sofía. Finance reports landing an hour earlier is a real win for everyone "
    "downstream of those nightly jobs."
)
ASK = "You mentioned that a decision was expected by May 29, so I wanted to ask whether there is any update "
ASK += "you are able to share."


def status_email(middle: str = ASK, extra: str = "") -> str:
    return (
        "Subject: Following up on the Data Engineer interview\n\nDear Sofía,\n\n"
        "Thank you again for taking the time to interview me for the Data Engineer role at Acme. "
        f"{middle}\n\nI remain very interested in the role, and I understand these things can take time.{extra}"
        "\n\nBest regards,\nJordan Lee"
    )


GOOD_STATUS = status_email()
GOOD_REJECTION = (
    "Hi Sofía, thank you for your time and our talk on migrating batch jobs to Kafka. It didn't work out "
    "this time, but I'd be glad to stay in touch."
)
GOOD_OFFER = (
    "Hi Sofía, thank you for your time and for our talk on migrating batch jobs to Kafka. I was delighted "
    "to hear the news, and I'd be glad to stay connected."
)

EXAMPLES: dict[str, dict[str, list[tuple[str, dict]]]] = {
    "post_comment.no_post_reference": {
        "fail": [
            ("Thank you for sharing this, Sofía. Great to see it.", POST),
            ("Thanks for posting, Sofía; a good read and well written.", POST),
            ("Sofía, thank you for sharing your thoughts here. Very useful to read.", POST),
        ],
        "pass": [
            (GOOD_COMMENT, POST),
            ("Thank you for sharing this, Sofía. A careful migration is worth celebrating.", POST),
            ("Thanks for posting this, Sofía; moving batch work onto streams is no small job.", POST),
        ],
    },
    "post_comment.job_talk": {
        "fail": [
            (GOOD_COMMENT + " I enjoyed our interview last week.", POST),
            (GOOD_COMMENT + " It makes me even more excited about the role.", POST),
            (GOOD_COMMENT + " I sent you a connection request as well.", POST),
            ("Thank you for sharing this, Sofía. I hope my application is still in the running.", POST),
        ],
        "pass": [
            (GOOD_COMMENT, POST),
            ("Thank you for sharing this, Sofía. An hour earlier is a big gain for finance.", POST),
            (
                "Thank you for sharing, Sofía. We're hiring for this role is good news for the team.",
                {"kind": "post_comment", "post": "Kafka streams shipped. We're hiring for this role too."},
            ),
        ],
    },
    "post_comment.asks_something": {
        "fail": [
            (GOOD_COMMENT + " How did you handle late events?", POST),
            (GOOD_COMMENT + " Could you share the design doc?", POST),
            (GOOD_COMMENT + " Any advice for someone moving into streaming?", POST),
        ],
        "pass": [
            (GOOD_COMMENT, POST),
            ("Thanks for sharing this, Sofía. Moving nightly jobs onto Kafka streams is a big step.", POST),
            ("Thank you for posting this, Sofía; the finance reports gain is impressive.", POST),
        ],
    },
    "post_comment.length": {
        "fail": [
            ("Thanks, Sofía!", POST),
            (GOOD_COMMENT + " " + GOOD_COMMENT + " " + GOOD_COMMENT, POST),
            ("Nice, Sofía.", POST),
        ],
        "pass": [
            (GOOD_COMMENT, POST),
            ("Thank you for sharing, Sofía: an hour earlier matters.", POST),
            ("Thanks for sharing this, Sofía. Nightly jobs on Kafka streams, well done to the team.", POST),
        ],
    },
    "status_check.asks_once": {
        "fail": [
            (
                status_email("You mentioned a decision was expected by May 29, and I hope you are well."),
                STATUS,
            ),
            (status_email(extra=" Is there any news on the timeline? When will I hear back?"), STATUS),
            (
                status_email(
                    "You mentioned May 29 for the decision. Have you made a decision? Is there any update?"
                ),
                STATUS,
            ),
        ],
        "pass": [
            (GOOD_STATUS, STATUS),
            (
                status_email("Since you mentioned May 29 for a decision, may I ask if there is any news?"),
                STATUS,
            ),
            (
                status_email(
                    "You mentioned a decision was expected by May 29; I wanted to check whether the team has "
                    "reached a decision."
                ),
                STATUS,
            ),
        ],
    },
    "status_check.no_decision_date": {
        "fail": [
            (status_email("I wanted to ask whether there is any update you are able to share."), STATUS),
            (status_email("Is there any news on the decision you can share?"), STATUS),
            (status_email("You mentioned a decision by June 2; is there any update?"), STATUS),
        ],
        "pass": [
            (GOOD_STATUS, STATUS),
            (
                status_email("You mentioned 29 May for the decision; is there any update you can share?"),
                STATUS,
            ),
            (status_email("You said the team would decide by Friday; is there any update to share?"), STATUS),
        ],
    },
    "status_check.impatient": {
        "fail": [
            (status_email(extra=" I need to know by the end of the week."), STATUS),
            (status_email(extra=" It has been two weeks now."), STATUS),
            (status_email(extra=" I am still waiting for a reply."), STATUS),
        ],
        "pass": [
            (GOOD_STATUS, STATUS),
            (status_email(extra=" Thank you for your patience with my question."), STATUS),
            (status_email(extra=" I hope the week is going well for you."), STATUS),
        ],
    },
    "status_check.body_words": {
        "fail": [
            (
                "Subject: Following up on the Data Engineer interview\n\nDear Sofía,\n\nAny update for May 29?"
                "\n\nBest regards,\nJordan Lee",
                STATUS,
            ),
            (
                status_email(extra=" " + " ".join(["I also keep thinking about the Kafka migration."] * 20)),
                STATUS,
            ),
            ("Subject: Following up\n\nDear Sofía, any news since May 29?\n\nJordan Lee", STATUS),
        ],
        "pass": [
            (GOOD_STATUS, STATUS),
            (status_email(extra=" I hope the week is going well for you."), STATUS),
            (status_email(extra=" Thank you again for your time."), STATUS),
        ],
    },
    "outcome_note.argues": {
        "fail": [
            (
                "Hi Sofía, thank you for your time. I still believe I was the right fit for the team.",
                REJECTION,
            ),
            ("Hi Sofía, thank you for your time, though I was surprised by the decision.", REJECTION),
            ("Hi Sofía, thanks for your time. I don't understand why I was not chosen.", REJECTION),
        ],
        "pass": [
            (GOOD_REJECTION, REJECTION),
            (
                "Hi Sofía, thank you for your time and for letting me know. I'd be glad to stay in touch.",
                REJECTION,
            ),
            (
                "Hi Sofía, thanks again for the talk on data quality checks. I hope our paths cross again.",
                REJECTION,
            ),
        ],
    },
    "outcome_note.asks_to_reconsider": {
        "fail": [
            (GOOD_REJECTION + " Would you reconsider?", REJECTION),
            (GOOD_REJECTION + " If the chosen candidate falls through, I'm here.", REJECTION),
            ("Hi Sofía, thank you for your time. Please keep my application open for this role.", REJECTION),
        ],
        "pass": [
            (GOOD_REJECTION, REJECTION),
            (
                "Hi Sofía, thank you for your time and the talk on Kafka. I hope our paths cross again.",
                REJECTION,
            ),
            (
                "Hi Sofía, thanks for the conversation on data quality checks; I'd welcome staying in touch.",
                REJECTION,
            ),
        ],
    },
    "outcome_note.no_continued_interest": {
        "fail": [
            ("Hi Sofía, thank you for your time and our talk on migrating batch jobs to Kafka.", REJECTION),
            (
                "Hi Sofía, thanks for letting me know, and for the conversation about data quality checks.",
                REJECTION,
            ),
            (
                "Hi Sofía, thank you for interviewing me and for the talk about Kafka. All the best.",
                REJECTION,
            ),
        ],
        "pass": [
            (GOOD_REJECTION, REJECTION),
            ("Hi Sofía, thank you for the talk about Kafka; I'll keep following your work.", REJECTION),
            (
                "Hi Sofía, thank you for the talk on Kafka. I hope our paths cross again in the future.",
                REJECTION,
            ),
            ("Hi Sofía, thank you for the conversation about Kafka. I hope we meet again soon.", REJECTION),
            (
                "Hi Sofía, thank you for your time and the talk on Kafka. I hope we can collaborate again.",
                REJECTION,
            ),
        ],
    },
    "outcome_note.offer_terms": {
        "fail": [
            (GOOD_OFFER + " I'd like to negotiate a little.", OFFER),
            (GOOD_OFFER + " Is relocation covered?", OFFER),
            (GOOD_OFFER + " The offer letter looks good.", OFFER),
        ],
        "pass": [
            (GOOD_OFFER, OFFER),
            (
                "Hi Sofía, thank you for your time and for the talk on data quality checks. All the best.",
                OFFER,
            ),
            ("Hi Sofía, thanks for the conversation on Kafka; it was a pleasure to meet you.", OFFER),
        ],
    },
}
