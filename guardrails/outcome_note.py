"""Outcome notes: the short LinkedIn note once the interview's outcome is known.

- After a rejection: gracious; it thanks them, says the candidate would still like to stay in touch (the
  article: "Even if you're not offered the position, a connection with interviewers could lead to future job
  opportunities, referrals, or collaborations"), and never argues with the decision or asks them to
  reconsider it.
- After an offer: it thanks them; pay, benefits and start dates are the recruiter's, not a LinkedIn note's
  (`eagerness.salary_or_start`), and so is the rest of the offer's terms (`outcome_note.offer_terms`).

Length, the greeting, a topic and the pressure rules (referrals, meetings) are the rules every kind shares.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.facts import Facts
from guardrails.rule import Finding, Rule, phrase_check
from guardrails.text import Draft, Phrases
from guardrails.vocabulary import AFTER_OFFER, AFTER_REJECTION

REJECTED = frozenset({AFTER_REJECTION})
OFFERED = frozenset({AFTER_OFFER})

ARGUES = Phrases(
    r"\b(?:i\s+(?:strongly\s+|respectfully\s+)?disagree|(?:unfair|unjust|a\s+mistake|the\s+wrong\s+(?:choice|call|decision))"
    r"|i\s+(?:still\s+)?(?:believe|think|feel|know)\s+i\s+(?:was|am|would\s+have\s+been|would\s+be)\s+(?:the\s+)?"
    r"(?:right|best|better|strong|qualified|a\s+(?:good|great|strong)\s+fit)"
    r"|(?:why|how)\s+(?:was\s+i\s+not|wasn't\s+i|didn't\s+i|did\s+i\s+not|was\s+i\s+rejected)"
    r"|what\s+went\s+wrong|i\s+(?:don't|do\s+not|can't|cannot)\s+understand\s+(?:why|the\s+decision)"
    r"|(?:surprised|shocked|baffled|confused)\s+(?:by|at|to\s+(?:hear|learn))"
    r"|(?:more|better)\s+qualified\s+than|should\s+have\s+(?:been\s+)?(?:chosen|picked|hired|selected))",
    ("disagree", "unfair", "unjust", "mistake", "wrong", "believe", "think", "feel", "know", "why", "how",
     "understand", "surprised", "shocked", "baffled", "confused", "qualified", "should"),
)  # fmt: skip
RECONSIDER = Phrases(
    r"\b(?:reconsider(?:ing|ed)?|revisit(?:ing)?\s+(?:the|your)\s+decision|change\s+(?:your|the\s+team's)\s+mind"
    r"|(?:another|a\s+second)\s+(?:chance|shot|look|interview|round)|(?:still|also)\s+be\s+considered"
    r"|keep\s+my\s+(?:application|candidacy)\s+(?:open|active|on\s+file)"
    r"|if\s+(?:the\s+(?:chosen|other|successful)\s+candidate|things)\s+(?:doesn't|does\s+not|don't|falls?\s+through)"
    r"|falls?\s+through|(?:is|was)\s+the\s+decision\s+final)\b",
    ("reconsider", "revisit", "mind", "chance", "shot", "look", "interview", "round", "considered", "application",
     "candidacy", "candidate", "things", "through", "final"),
)  # fmt: skip
STAYS_IN_TOUCH = re.compile(
    r"\b(?:stay(?:ing)?\s+(?:in\s+touch|connected)|keep(?:ing)?\s+in\s+touch|remain\s+(?:in\s+touch|connected)"
    r"|cross\s+paths|paths\s+cross|follow(?:ing)?\s+(?:your|the\s+team's|the\s+company's|\w+'s)\s+(?:work|progress|news)"
    r"|in\s+the\s+future|down\s+the\s+(?:road|line)|(?:future|later)\s+(?:opportunities|openings|roles)"
    r"|(?:still|remain|am\s+still)\s+(?:very\s+)?(?:interested|keen)|(?:hope|glad|happy)\s+to\s+(?:work|meet)\s+"
    r"(?:with\s+you\s+)?again|(?:our|the)\s+connection"
    r"|(?:meet|work(?:ing)?\s+together|collaborate|cross\s+paths|talk|speak)\s+again)\b"
)
TERMS = Phrases(
    r"\b(?:negotiat\w*|counter[\s-]?offer|offer\s+letter|(?:the\s+)?(?:offer|compensation|total)\s+package"
    r"|terms\s+of\s+(?:the|my)\s+offer|the\s+(?:offer's\s+)?terms|relocation|remote\s+days|job\s+title|bonus"
    r"|the\s+numbers|base\s+(?:pay|salary)|raise\s+the\s+offer|(?:a\s+)?higher\s+(?:offer|level|grade))\b",
    ("negotiat", "counter", "letter", "package", "terms", "relocation", "remote", "title", "bonus", "numbers",
     "base", "raise", "higher"),
)  # fmt: skip

argues = phrase_check(
    ARGUES,
    "Argues with the decision: {!r}.",
    "Remove the argument: accept the decision graciously, thank them for their time, and say you would be "
    "glad to stay in touch.",
)
asks_to_reconsider = phrase_check(
    RECONSIDER,
    "Asks them to reconsider or to keep the door open for this role: {!r}.",
    "Do not ask them to reconsider; thank them and say, without asking anything, that you would be glad to "
    "stay in touch for the future.",
)
offer_terms = phrase_check(
    TERMS,
    "Raises the offer's terms in a LinkedIn note: {!r}.",
    "Remove the talk of the offer's terms (package, title, relocation, negotiation): those belong with the "
    "recruiter; this note only thanks them.",
)


def no_continued_interest(draft: Draft, facts: Facts) -> Iterator[Finding]:
    if STAYS_IN_TOUCH.search(draft.folded):
        return
    yield Finding(
        "Does not say the candidate would still like to stay in touch; after a rejection the note keeps the "
        "connection for the future.",
        "Add one calm sentence, asking for nothing, for example 'Even though it didn't work out this time, "
        "I'd be glad to stay in touch.'",
    )


ARGUES_RULE = Rule("outcome_note.argues", "tone", "error", argues, kinds=REJECTED)
ASKS_TO_RECONSIDER = Rule(
    "outcome_note.asks_to_reconsider", "eagerness", "error", asks_to_reconsider, kinds=REJECTED
)
NO_CONTINUED_INTEREST = Rule(
    "outcome_note.no_continued_interest", "specificity", "error", no_continued_interest, kinds=REJECTED
)
OFFER_TERMS = Rule("outcome_note.offer_terms", "eagerness", "error", offer_terms, kinds=OFFERED)
RULES = [ARGUES_RULE, ASKS_TO_RECONSIDER, NO_CONTINUED_INTEREST, OFFER_TERMS]
