"""The phrasing banks of the template composer: the article's guidance as sentences, one bank per part of
each kind of message, with the limits the assembly keeps to (data only; `linkedin` and
`thank_you_email` put them together)."""

from __future__ import annotations

from dataclasses import dataclass

# Every bank of sentences below holds at least PANEL_VARIANTS phrasings, each in its own words (no two share
# a three-word phrase beyond the facts they name): members of one panel take distinct phrasings of every
# part (see `choose`), so the notes to a panel of up to six read as written separately (issue 5: "loops of
# three to six people"). tests/test_template_provider.py checks the banks' sizes and wording.
PANEL_VARIANTS = 6

# ---------------------------------------------------------------- connection note: 200 (300) characters

GREETINGS = ("Hi {first},", "Hello {first},")
# What the job is called in the thanks ("the Data Engineer position at Acme"), picked with the thanks.
ROLE_NOUNS = ("role", "position", "opening")
# After the greeting: thanks, with the interview described as {about} ("the Data Engineer role at Acme").
THANKS = (
    "thank you for your time during my interview for {about}.",
    "thanks for speaking with me about {about}.",
    "it was a pleasure to meet you and discuss {about}, and thank you for making the time.",
    "I appreciated your time and the chance to learn more about {about}.",
    "many thanks for walking me through {about}.",
    "I'm grateful you made room in your day to talk about {about}.",
)
# One thing actually discussed.
TOPIC = (
    "I enjoyed hearing your perspective on {topic}.",
    "The insights you shared about {topic} were especially helpful.",
    "Our discussion of {topic} really stuck with me.",
    "What you said about {topic} was a highlight for me.",
    "Your thoughts on {topic} gave me a lot to consider.",
    "It was good to hear how you think about {topic}.",
)
CLOSINGS = (
    "I'd be glad to stay connected.",
    "I would love to stay connected and continue the conversation.",
    "I'd welcome staying in touch.",
    "I look forward to following your work.",
    "I hope our paths cross again.",
    "Let's keep in touch.",
)

# ---------------------------------------------------------------- follow-up, once they accept: up to 600

# Thanks for connecting (a thanks word and a connecting word in one sentence), and for the interview.
FOLLOW_UP_THANKS = (
    "thank you for connecting, and again for your time during my interview for {about}.",
    "thanks for accepting my connection request, and for the conversation about {about}.",
    "I appreciate you connecting with me after we met to discuss {about}.",
    "it's good to be connected here, and I'm grateful for the time you gave me when we discussed {about}.",
    "I'm glad we're now connected, and thank you once more for interviewing me for {about}.",
    "it was kind of you to say yes to my invitation, and I appreciated meeting you to talk over {about}.",
)
FOLLOW_UP_TOPIC = (
    "Since we spoke I have kept thinking about {topic}.",
    "Our discussion of {topic} has stayed with me since the interview.",
    "I enjoyed hearing your perspective on {topic}, and it gave me a lot to consider.",
    "Your point about {topic} is something I keep coming back to.",
    "What you shared about {topic} helped me understand the team's work much better.",
    "I found your take on {topic} especially useful.",
)
# Continued interest, calmly: no ask, no pressure.
FOLLOW_UP_INTEREST = (
    "Our talk left me even more interested in the role.",
    "I remain very interested in this opportunity.",
    "Learning how the team works has only deepened my interest in the job.",
    "It made the work sound like something I would love to be part of.",
    "I came away keen on what your team is building.",
    "Everything I heard has made me more enthusiastic about the position.",
)
FOLLOW_UP_CLOSINGS = (
    "All the best.",
    "Have a pleasant rest of the week.",
    "I look forward to following the team's news here.",
    "Thanks again, and take care.",
    "It was a pleasure to meet you.",
    "Wishing the team well with the projects ahead.",
)

# ---------------------------------------------------------------- thank-you email: subject, 80-200 words

# Each names the interview: a company such as 'AT&T' has no word email.vague_subject could match.
EMAIL_SUBJECTS = (
    "Thank you for the {role} interview",
    "Thanks for the {role} interview",
    "Thank you for the interview at {company}",
    "{role} interview: thank you",
    "With thanks for the {company} interview",
    "Grateful for the {role} interview",
    "Thank you for the interview",
    "Thank you for your time at the interview",
)
MAX_SUBJECT = 60  # what an inbox shows
# Thanks for the interview ({about}), and a sentence on the conversation.
EMAIL_OPENINGS = (
    "Thank you for taking the time to speak with me about {about}. Learning more about the team and how you "
    "approach the work was time well spent.",
    "I am grateful for the time you gave me during my interview for {about}. Talking it through made the "
    "role much more concrete for me.",
    "I wanted to thank you for our conversation about {about}. It answered several questions I had been "
    "carrying into the interview.",
    "You were generous with your time when we met to discuss {about}; thank you. It felt like a real "
    "exchange rather than a test, which I valued.",
    "Thanks so much for interviewing me for {about}. You gave me a real sense of what the job involves.",
    "It was a pleasure to meet you and talk through {about}, and I am thankful for the time you set aside "
    "for it.",
)
# The first topic, and what it meant to the candidate.
EMAIL_TOPICS = (
    "I especially enjoyed our discussion of {topic}; it gave me a clearer picture of the work ahead.",
    "Our conversation about {topic} stayed with me after the interview, and I have been thinking since about "
    "how I would approach it.",
    "I appreciated the insights you shared about {topic}. They showed how much care goes into what your team "
    "does.",
    "Your thoughts on {topic} were the part of the interview I keep coming back to.",
    "Hearing your perspective on {topic} was a highlight for me, as it connects closely with work I have "
    "done before.",
    "What you said about {topic} was especially useful, and it helped me understand what good work looks "
    "like in your group.",
)
EMAIL_SECOND_TOPICS = (
    "Your comments on {topic} were helpful as well.",
    "It was good to talk about {topic} as well.",
    "Your view of {topic} was just as interesting.",
    "I was pleased we touched on {topic}, too.",
    "The time we spent on {topic} was equally worthwhile.",
    "Discussing {topic} was rewarding too.",
)
# Continued interest in the role, once and calmly (email.no_continued_interest).
EMAIL_INTEREST = (
    "Speaking with you confirmed my interest in the role. I would welcome the chance to contribute to the "
    "team's work, and I am happy to provide anything else that would be helpful.",
    "I left the conversation more interested in the position than before, and I would be glad to bring my "
    "experience to your team.",
    "The interview strengthened my enthusiasm for this opportunity and for the team behind it. Should you "
    "need anything further from me, please don't hesitate to ask.",
    "I am genuinely excited about the work your team is doing, and I would enjoy contributing to it in this "
    "role.",
    "Everything I heard made the job more appealing, and I remain keen to be part of what the team is "
    "building.",
    "Since we spoke, I have only grown more motivated about this position, and I would value the opportunity "
    "to contribute to what you are building.",
)
# A paragraph more when the email would be short (few or short topics).
EMAIL_EXTRA = (
    "You described the team's priorities openly, which made the day-to-day work and the problems behind it "
    "much easier to imagine.",
    "The way you described how people there collaborate told me a lot about the culture, and it sounds like "
    "a welcoming one.",
    "Your openness about what the work demands made the conversation feel honest and practical, and I left "
    "with a realistic sense of the job.",
    "Your questions made me think carefully about my own experience and what I would bring, and I found that "
    "worthwhile in itself.",
    "I got the sense that careful, thoughtful work is expected there, and that standard matters a great deal "
    "to me.",
    "I came away with a much better understanding of how the role fits into the wider organisation and who "
    "it works with most closely.",
)
MIN_EMAIL_WORDS = 90
EMAIL_CLOSINGS = (
    "Thank you again for your time and for a thoughtful conversation.",
    "I hope our paths cross again in the months ahead.",
    "Thanks again for such a generous and open conversation.",
    "Thank you for your consideration and for making me feel welcome.",
    "Wishing you a good rest of the week.",
    "Thank you once more for a conversation that taught me a lot.",
)
# Taken with the closing line of the same index: "With thanks," goes under a closing without thanks.
EMAIL_SIGN_OFFS = (
    "Best regards,",
    "With thanks,",
    "Kind regards,",
    "All the best,",
    "Sincerely,",
    "Best wishes,",
)

# ---------------------------------------------------------------- the banks of each short LinkedIn message


@dataclass(frozen=True)
class ShortBanks:
    """The banks of a short LinkedIn message: greeting, thanks, a topic, [interest,] closing."""

    thanks: tuple[str, ...]
    topic: tuple[str, ...]
    interest: tuple[str, ...]
    closings: tuple[str, ...]
    bare_thanks: str  # when no topic fits: thanks without naming the role


SHORT_BANKS = {
    "connection_note": ShortBanks(
        THANKS, TOPIC, (), CLOSINGS, bare_thanks="thank you for your time during my interview."
    ),
    "follow_up": ShortBanks(
        FOLLOW_UP_THANKS,
        FOLLOW_UP_TOPIC,
        FOLLOW_UP_INTEREST,
        FOLLOW_UP_CLOSINGS,
        bare_thanks="thank you for connecting, and for your time during my interview.",
    ),
}
