"""Grounding: what the note says happened, or will happen, must come from the interview facts.

Names, numbers and products the facts do not hold are a warning (the model may have invented them; the
candidate should confirm each before sending). An offer, an invitation or a promise the facts do not hold
is an error: 'I'll take you up on your offer of a free design workshop', 'as promised, here is the report',
'I look forward to our meeting on Tuesday', 'I'll follow up next week' state things nobody said, and the
interviewer knows it. These are `grounding` errors, not `eagerness`: the fault is that they are untrue of
this interview, whether or not they also press."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.facts import Facts
from guardrails.names import TITLES
from guardrails.rule import Finding, Rule, phrase_check, shorten
from guardrails.text import AnyOf, Draft, Phrases, starts_sentence

# Capitalised words that a note uses without them being facts of the interview.
COMMON = frozenset(
    """i i'm i'd i've i'll hi hello dear thank thanks best regards kind warm sincerely cheers linkedin
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december it its it's our the a an and your you we my this that looking
    great it was please all also again as at for in on of to with from after before during when what how
    congratulations congrats today yesterday tomorrow""".split()
) | frozenset(TITLES)
_SUBJECT = re.compile(r"[^\n]*")


def invented_detail(draft: Draft, facts: Facts) -> Iterator[Finding]:
    text = draft.text
    known = facts.vocabulary
    start = _SUBJECT.match(text).end() if text[:8].lower() == "subject:" else 0  # a subject is title case
    for found in draft.capitalised:
        if found.start() < start:
            continue
        word, first = found.group(0), text[found.start()]
        if first.isdigit():
            if word not in facts.raw:
                yield Finding(
                    f"Gives the number {shorten(word)!r}, which is not in the interview facts.",
                    f"Remove {shorten(word)!r} unless it really came up in the interview.",
                    found.span(),
                )
            continue
        base = word.removesuffix("'s")
        if base in COMMON or base in known or word in known or starts_sentence(text, found.start()):
            continue
        shown = shorten(text[found.start() : found.end()])
        yield Finding(
            f"Names {shown!r}, which is not in the interview facts.",
            f"Remove {shown!r} unless it really came up in the interview.",
            found.span(),
        )


# An offer, invitation or promise made by the interviewer ('as you suggested' is left alone: a recruiter who
# asked the candidate to connect is a real case, and it claims no gift).
_OFFER = AnyOf(
    Phrases(
        r"\b(?:take\s+you\s+up\s+on\s+(?:your|the|that|this)\b|(?:your|the)\s+(?:very\s+)?(?:kind\s+|generous\s+)?"
        r"offer\s+(?:to|of)\s+(?!connect)|as\s+(?:you\s+)?(?:promised|offered)\b"
        r"|you(?:'ve|\s+have)?\s+(?:kindly\s+|generously\s+)?(?:offered|promised|agreed)\s+to\b"
        r"|(?:invited|inviting)\s+me\s+to\s+(?:the|a|an|your|join)\s+(?:\w+\s+){0,2}?(?:event|conference|meetup|"
        r"workshop|dinner|lunch|party|launch|summit|talk|webinar|session|team|office|hackathon))",
        ("take", "offer", "promised", "agreed", "invit"),
    ),
)
# Plans the candidate announces: sending things, following up on a date, meeting again, seeing them at events.
_PLAN = AnyOf(
    Phrases(
        r"\bi(?:'ll|\s+will|\s+shall)\s+(?:also\s+|definitely\s+|be\s+sure\s+to\s+)?(?:send|forward|e-?mail|mail"
        r"|bring|prepare|put\s+together|drop\s+off|post)\s+(?:you|it|the|a|an|my|over|along|them|this|that|those)\b"
        r"|\bi(?:'ll|\s+will|\s+shall)\s+(?:follow\s+up|be\s+in\s+touch|reach\s+out|check\s+in|circle\s+back"
        r"|get\s+in\s+touch|touch\s+base|ping\s+you)\s+(?:with\s+you\s+)?(?:next|on|in|by|this|tomorrow|early"
        r"|later|after|before)\b",
        ("i'll", "will", "shall"),
    ),
    Phrases(
        r"\b(?:see\s+you\s+(?:at|there|tomorrow|on\s+(?:the|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        r"|in\s+(?:the|two|a|an|person))"
        r"|(?:our|the)\s+(?:next|upcoming|follow[\s-]?up|second|scheduled|planned)\s+(?:meeting|call|interview|chat"
        r"|conversation|session|catch[\s-]?up|visit)"
        r"|(?:look(?:ing)?\s+forward\s+to|excited\s+for|see\s+you\s+at)\s+(?:our|the|your)\s+(?:meeting|call|chat"
        r"|session|event|conference|meetup|workshop|dinner|lunch|launch|summit|webinar)\s+(?:on|next|this|tomorrow"
        r"|at|in|later)\b"
        r"|(?:article|paper|report|book|link|post|piece|video|podcast|slides|deck|resource|template)s?\s+(?:that\s+)?"
        r"(?:i|you)\s+(?:mentioned|promised|recommended|suggested))",
        ("see", "next", "upcoming", "follow", "second", "scheduled", "planned", "forward", "excited",
         "promised", "mentioned", "recommended", "suggested"),
    ),
)  # fmt: skip

invented_offer = phrase_check(
    _OFFER,
    "Refers to an offer, invitation or promise from the interviewer that the interview facts do not "
    "mention: {!r}.",
    "Remove the offer or invitation: nobody made it. Keep to what you discussed and to staying in touch.",
)
invented_plan = phrase_check(
    _PLAN,
    "Announces a plan, a promise or a meeting that the interview facts do not mention: {!r}.",
    "Remove the promise or the future meeting: nothing was arranged. Thank them, recall one topic you "
    "discussed, and say you would be glad to stay in touch.",
)

INVENTED_DETAIL = Rule("grounding.invented_detail", "grounding", "warning", invented_detail)
INVENTED_OFFER = Rule("grounding.invented_offer", "grounding", "error", invented_offer)
INVENTED_PLAN = Rule("grounding.invented_plan", "grounding", "error", invented_plan)
RULES = [INVENTED_DETAIL, INVENTED_OFFER, INVENTED_PLAN]
