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
# After the greeting: thanks for the time or the conversation (never for the role), with the interview
# described as {about} ("the Data Engineer role at Acme").
THANKS = (
    "thank you for your time during my interview for {about}.",
    "thanks for speaking with me about {about}.",
    "it was a pleasure to meet you and discuss {about}, and thank you for making the time.",
    "I appreciated your time and the chance to learn more about {about}.",
    "many thanks for the conversation about {about}.",
    "I'm grateful you made room in your day to talk about {about}.",
)
# The thanks of a note sent later than the few days advised (`remind_of_interview`): it says which
# interview it was, so they place the candidate at once (the article: "briefly mentions your recent interview").
REMIND_THANKS = "thank you again for my interview for {about}."
# What a follow-up shares (`share`: an article or company news, named as the candidate gave it).
SHARE_SENTENCE = "I thought you might enjoy {share}."
# One thing actually discussed: {topic} is a noun phrase ("schema evolution"), a gerund phrase ("migrating
# batch jobs to Kafka"), a wh-clause ("how the clinic schedules visits") or an acronym ("SLOs"); each
# sentence takes any of them after a preposition, never as a subject or after "how".
TOPIC = (
    "I enjoyed hearing your perspective on {topic}.",
    "The insights you shared about {topic} were especially helpful.",
    "Our discussion of {topic} really stuck with me.",
    "What you said about {topic} was a highlight for me.",
    "Your thoughts on {topic} gave me a lot to consider.",
    "Our exchange on {topic} was very rewarding for me.",
)
# The thanks after an informal conversation (a coffee chat, a networking call: guardrails.topics.
# informal_conversation): for the time and the talk, never for an interview, and no role to name.
CHAT_THANKS = (
    "thank you for taking the time to talk with me.",
    "thanks so much for our conversation.",
    "it was a pleasure to meet you, and I'm grateful for your time.",
    "I appreciated the chance to chat with you.",
    "many thanks for making room in your day for me.",
    "I really appreciated our talk.",
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

# Thanks FOR connecting (the thanks is for accepting, not only beside it), and for the interview.
FOLLOW_UP_THANKS = (
    "thank you for connecting, and again for your time during my interview for {about}.",
    "thanks for accepting my connection request, and for the conversation about {about}.",
    "I appreciate you connecting with me after we met to discuss {about}.",
    "thank you for accepting my invitation, and for the time you gave me when we discussed {about}.",
    "thanks for adding me to your network, and once more for interviewing me for {about}.",
    "thank you for saying yes to my invitation; I appreciated meeting you to talk over {about}.",
)
FOLLOW_UP_CHAT_THANKS = (
    "thank you for connecting, and again for your time when we spoke.",
    "thanks for accepting my connection request, and for our conversation.",
    "I appreciate you connecting with me after our chat.",
    "thank you for accepting my invitation, and for the time you gave me.",
    "thanks for adding me to your network, and once more for talking with me.",
    "thank you for saying yes to my invitation; I enjoyed meeting you.",
)
FOLLOW_UP_TOPIC = (
    "Since we spoke I have kept thinking about {topic}.",
    "Our discussion of {topic} has stayed with me since the interview.",
    "I enjoyed hearing your perspective on {topic}, and it gave me a lot to consider.",
    "Your point about {topic} is something I keep coming back to.",
    "What you shared about {topic} was very helpful to me.",
    "I found your take on {topic} especially useful.",
)
# Continued interest, calmly: no ask, no pressure, and nothing about the team the facts do not say.
FOLLOW_UP_INTEREST = (
    "Our talk left me even more interested in the role.",
    "I remain very interested in this opportunity.",
    "My interest in the job is as strong as ever.",
    "I would be happy to contribute to the work in this role.",
    "I am keen to bring my experience to the position.",
    "Everything I heard has made me more enthusiastic about the position.",
)
FOLLOW_UP_CLOSINGS = (
    "All the best.",
    "Have a pleasant rest of the week.",
    "I look forward to following your updates here.",
    "Wishing you a productive month ahead.",
    "Take care, and enjoy the rest of your day.",
    "Best wishes for the weeks ahead.",
)

# ---------------------------------------------------------------- thank-you email: subject, 80-200 words

# Each names the interview: a company such as 'AT&T' has no word email.vague_subject could match.
EMAIL_SUBJECTS = (
    "Thank you for the {role} interview",
    "Thanks for the {role} interview",
    "Thank you for the interview at {at_company}",
    "{role} interview: thank you",
    "With thanks for the {company} interview",
    "Grateful for the {role} interview",
    "Thank you for the interview",
    "Thank you for your time at the interview",
)
MAX_SUBJECT = 60  # what an inbox shows
# Every sentence of an email below is a courtesy (never what the interviewer described or how the
# candidate's past fits: the labelled set marks such sentences as invented) that needs no fact (thanks for the time, pleasure at
# meeting, interest in the role, an offer to answer questions) or says what the facts give (the role, the
# company, a topic): never an impression of the team, the culture or the day that nobody reported.
# After an informal conversation (a coffee chat, a networking call): the subject and the opening name the
# conversation, never an interview or a role; staying in touch takes the place of interest in the role.
CHAT_SUBJECTS = (
    "Thank you for our conversation",
    "Thanks for the chat",
    "Thank you for your time",
    "Thank you for meeting me",
    "Grateful for your time",
    "Thanks for talking with me",
)
CHAT_OPENINGS = (
    "Thank you for taking the time to speak with me. Meeting you was a real pleasure.",
    "I am grateful for the time you gave me, and I was very glad we met.",
    "I wanted to thank you for meeting me; I valued the time you gave me.",
    "You were generous with your time when we met; thank you. Our talk was time well spent.",
    "Thanks so much for making time to talk with me. Meeting you meant a great deal to me.",
    "It was a pleasure to meet you and talk, and I am thankful for the time you set aside for it.",
)
# In place of the topic after an informal conversation when no topic may be named.
CHAT_NO_TOPIC = "I appreciated the chance to hear your thoughts and to tell you a little about myself."
# In place of interest in the role and the offer to help: staying in touch, without asking for anything.
CHAT_STAY_IN_TOUCH = (
    "I would be glad to stay in touch, and I hope I can return the favour one day. If there is ever anything "
    "I can help with, please let me know.",
    "Talking with you was genuinely useful, and I would be pleased to keep in touch. I will carry a good deal "
    "of what you said with me.",
    "I hope we can stay in contact, and please let me know if I can ever be of help. It meant a lot that you "
    "agreed to meet.",
    "I am grateful for everything you shared, and I would welcome keeping in touch. I hope I can pass on the "
    "same kindness to someone else one day.",
    "Our conversation was a real help to me, and I would like to stay connected. Please tell me if there is "
    "ever a way I can repay it.",
    "I would be delighted to keep in contact, and I would be glad to hear how things go for you in the "
    "months to come.",
)
# Thanks for the interview ({about}), and a courtesy.
EMAIL_OPENINGS = (
    "Thank you for taking the time to speak with me about {about}. Meeting you was a real pleasure.",
    "I am grateful for the time you gave me during my interview for {about}, and I was very glad we met.",
    "I wanted to thank you for our meeting about {about}; I valued the time you gave it.",
    "You were generous with your time when we met to discuss {about}; thank you. Our talk was time well "
    "spent.",
    "Thanks so much for interviewing me for {about}. Meeting you meant a great deal to me.",
    "It was a pleasure to meet you and talk through {about}, and I am thankful for the time you set aside "
    "for it.",
)
# The first topic, said once.
EMAIL_TOPICS = (
    "I especially enjoyed our discussion of {topic}, and I am pleased we had time to go into it.",
    "Our conversation about {topic} has stayed with me since the interview, and it gave me a good deal to "
    "think about.",
    "I appreciated the insights you shared about {topic}, which I found very useful.",
    "Your thoughts on {topic} were the part of the interview I keep coming back to.",
    "Your perspective on {topic} was a highlight of the interview for me.",
    "What you said about {topic} was especially useful to me, and it is something I would like to learn "
    "more about.",
)
# In place of the topic when no topic may be named (none given, or only an instruction or an address): a
# courtesy that claims nothing the interviewer said, so a short email still reaches 80 words.
EMAIL_NO_TOPIC = (
    "I appreciated the chance to learn more about the role and to tell you about my own experience."
)
# The second topic: said of the conversation, never as the interviewer's view ('Your view of pair programming a
# rate limiter' credits them with a view of an exercise; 'Your comments on the posting letter', of a paper);
# the topic never before a verb ('I liked that making fresh food last after the last ship came up too').
EMAIL_SECOND_TOPICS = (
    "We also found time to talk about {topic}, which was worthwhile.",
    "Talking about {topic} was rewarding as well.",
    "I also liked our exchange on {topic}.",
    "I was pleased we touched on {topic}, too.",
    "I also valued our conversation about {topic}.",
    "It was good to talk about {topic} as well.",
)
# Continued interest in the role, once and calmly (email.no_continued_interest).
EMAIL_INTEREST = (
    "The interview confirmed my interest in the role; I would welcome the chance to contribute to your team.",
    "I left the interview more interested in the position than before, and I would be glad to bring my "
    "skills to the job.",
    "The interview strengthened my enthusiasm for this opportunity, and I believe I could put my skills to "
    "good use in it.",
    "I am genuinely excited about this job, and I would find it very satisfying to contribute.",
    "Everything I heard made the job more appealing to me, and my interest in it is stronger than ever.",
    "Since we spoke, my enthusiasm for this position has only grown, and I would value the opportunity to "
    "contribute.",
)
# After the interest, an offer to help, nothing more; taken with the interest sentence of the same index,
# so the two never offer the same thing.
EMAIL_EXTRA = (
    "If any questions about my background have come up since we spoke, I would be happy to answer them.",
    "Should it help, I can send references or any other details you need.",
    "Should you need anything further from me at any point, please don't hesitate to ask.",
    "I am happy to go into more detail on anything we covered, if that would help.",
    "If there is anything more you would like to know about me, I would be glad to help.",
    "Please do not hesitate to get in touch if further information from me would be helpful.",
)
EMAIL_CLOSINGS = (
    "Thank you again for your time.",
    "I hope our paths cross again in the months ahead.",
    "Thanks again, and best wishes for the week ahead.",
    "I appreciate your consideration.",
    "Wishing you a good rest of the week.",
    "I look forward to hearing from you.",
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
    chat_thanks: tuple[str, ...] = ()  # after an informal conversation: for the talk, no role named


SHORT_BANKS = {
    "connection_note": ShortBanks(
        THANKS,
        TOPIC,
        (),
        CLOSINGS,
        bare_thanks="thank you for your time during my interview.",
        chat_thanks=CHAT_THANKS,
    ),
    "follow_up": ShortBanks(
        FOLLOW_UP_THANKS,
        FOLLOW_UP_TOPIC,
        FOLLOW_UP_INTEREST,
        FOLLOW_UP_CLOSINGS,
        bare_thanks="thank you for connecting, and for your time during my interview.",
        chat_thanks=FOLLOW_UP_CHAT_THANKS,
    ),
}
