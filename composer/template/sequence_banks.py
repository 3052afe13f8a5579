"""The phrasing banks of the later messages of the sequence (data only): the note after a rejection and after
an offer (short LinkedIn notes, put together by `linkedin` like the connection note), the status-check email
(`status_check`) and the comment on a post (`post_comment`).

As in `banks`, each bank holds PANEL_VARIANTS phrasings in words of their own, and every sentence says what
the facts give (the role, the company, a topic, the date they gave, the outcome the kind itself records, a
line of their post) or is a courtesy that needs none.
"""

from __future__ import annotations

from composer.template.banks import ShortBanks

# ---------------------------------------------------------------- after a rejection: 200 (300) characters

REJECTION_THANKS = (
    "thank you again for your time during my interview for {about}.",
    "thanks once more for the conversation about {about}.",
    "I'm grateful for the time you gave me when we discussed {about}.",
    "I appreciated meeting you to talk about {about}.",
    "many thanks for considering me for {about}.",
    "it was a pleasure to interview for {about}, and thank you for your time.",
)
REJECTION_TOPIC = (
    "I learned a lot from our talk on {topic}.",
    "Your view on {topic} has stayed with me.",
    "I valued hearing your thoughts about {topic}.",
    "Our exchange about {topic} was a real highlight.",
    "What you said on {topic} was very useful.",
    "I keep coming back to our chat about {topic}.",
)
# Continued interest, the article's "even if you're not offered the position": asking for nothing.
REJECTION_INTEREST = (
    "Though it didn't work out, I'd like to stay in touch.",
    "I would still welcome staying connected.",
    "Whatever comes next, I hope our paths cross again.",
    "I'll keep following your work with interest.",
    "I'd value keeping in touch all the same.",
    "I'd be happy to remain connected.",
)
REJECTION_CLOSINGS = (
    "All the best.",
    "Best wishes.",
    "Take care.",
    "Wishing you well.",
    "Kind regards.",
    "Warm wishes to the team.",
)

# ---------------------------------------------------------------- after an offer: 200 (300) characters

OFFER_THANKS = (
    "thank you for your time during my interview for {about}.",
    "thanks again for the conversation about {about}.",
    "I'm grateful for the time you gave me when we met to discuss {about}.",
    "I appreciated the chance to talk with you about {about}.",
    "many thanks for interviewing me for {about}.",
    "it was a real pleasure to discuss {about} with you, so thank you.",
)
OFFER_TOPIC = (
    "I enjoyed your perspective on {topic}.",
    "Our discussion of {topic} stuck with me.",
    "Your insights about {topic} were very helpful.",
    "Talking through {topic} with you was a highlight.",
    "What you shared on {topic} gave me plenty to think about.",
    "I still think about your points on {topic}.",
)
# The news, graciously: no terms, no start date, no presuming the answer.
OFFER_INTEREST = (
    "I was delighted to hear the news about the offer.",
    "Hearing about the offer was lovely news.",
    "I'm thankful to have received the offer.",
    "The offer was very welcome news.",
    "I was very pleased to receive the offer.",
    "Receiving the offer made my week.",
)
OFFER_CLOSINGS = (
    "I'd be glad to stay connected.",
    "I'm glad we're in touch.",
    "I look forward to staying in touch.",
    "Best wishes until we speak again.",
    "It was a pleasure to meet you.",
    "With warm regards.",
)

OUTCOME_BANKS = {
    "after_rejection": ShortBanks(
        REJECTION_THANKS,
        REJECTION_TOPIC,
        REJECTION_INTEREST,
        REJECTION_CLOSINGS,
        bare_thanks="thank you again for your time during my interview.",
    ),
    "after_offer": ShortBanks(
        OFFER_THANKS,
        OFFER_TOPIC,
        OFFER_INTEREST,
        OFFER_CLOSINGS,
        bare_thanks="thank you for your time during my interview.",
    ),
}

# ---------------------------------------------------------------- status check: one email, 40-150 words

STATUS_SUBJECTS = (
    "Following up on the {role} interview",
    "Checking in on the {role} interview",
    "Following up on my interview at {company}",
    "{role} interview: checking in",
    "A short note about the {company} interview",
    "Following up on my interview",
)
STATUS_OPENINGS = (
    "I hope you are well. Thank you again for taking the time to interview me for {about}.",
    "I hope this finds you well, and thank you once more for our conversation about {about}.",
    "Thanks again for meeting with me to discuss {about}; I enjoyed learning more about the work.",
    "I am still grateful for the time you gave me when we talked about {about}.",
    "I remain grateful that you interviewed me for {about}.",
    "It was a pleasure to speak with you about {about}, and I appreciate the time you set aside for it.",
)
# The one question, with the day they gave ({date}: 'May 29').
STATUS_ASKS = (
    "You mentioned that a decision was expected by {date}, so I wanted to ask whether there is any update you "
    "are able to share.",
    "As you expected to decide by {date}, may I ask if there is any news on the decision?",
    "Since the decision was planned for {date}, I would welcome any news on where things stand.",
    "You had mentioned {date} for a decision, so I'd like to check politely if any news can be shared.",
    "Given the timeline of {date} you mentioned, I wondered whether there is any word on the decision.",
    "You were kind enough to tell me a decision might come by {date}; is there any word you can pass on?",
)
STATUS_ASK_NO_DATE = (
    "I wanted to ask politely whether there is any update on the decision you are able to share."
)
STATUS_INTEREST = (
    "I remain very interested in the role, and I understand these things can take time.",
    "My interest in the position is as strong as ever, and I appreciate that choices like this take time.",
    "I remain keen on the opportunity, and there is no rush on my side.",
    "The role still appeals to me a great deal, and I know a careful process takes time.",
    "I continue to be enthusiastic about the job, and I am happy to go at the team's pace.",
    "I am as keen on the position as when we spoke, and I know such matters need care.",
)
STATUS_CLOSINGS = (
    "Thank you for your time and consideration.",
    "Thanks again, and I hope the week is going well.",
    "I appreciate your help, and thank you again.",
    "Thank you, and best wishes for the rest of the week.",
    "Many thanks for your time.",
    "Thank you again for everything so far.",
)

# ---------------------------------------------------------------- a comment on their post: under 300

COMMENT_THANKS = (
    "Thank you for sharing this, {first}.",
    "Thanks for posting this, {first}.",
    "{first}, thank you for putting this out there.",
    "Thanks for writing this up, {first}.",
    "Thank you for sharing, {first}.",
    "Thanks for taking the time to share this, {first}.",
)
# A line of their post, quoted as written ({quote}): the comment answers this post, and says nothing else.
COMMENT_QUOTES = (
    '"{quote}" is a point worth keeping in mind.',
    'The line "{quote}" stayed with me.',
    'I especially liked "{quote}".',
    '"{quote}" sums it up well.',
    'It was good to read "{quote}".',
    '"{quote}" is something I will remember.',
)
COMMENT_CLOSINGS = (
    "A useful read.",
    "Well worth reading.",
    "Much appreciated.",
    "I learned something from it.",
    "Food for thought.",
    "Glad I came across it.",
)
