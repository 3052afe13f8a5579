"""Status check: the one polite email after the decision date they gave has passed. It thanks them again,
mentions the date they gave, asks once whether there is news, restates interest calmly, and signs off. The
article: "Refrain from bombarding interviewers with messages constantly after connecting"; a second status
check is `eagerness.repeated_follow_up`'s (the journal's history), the subject, greeting and sign-off are
`email.*`'s, and thanks and the absence of other pressure are the rules every kind shares.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.eagerness import DECISION, PROCESS_WORDS
from guardrails.email import parse_email
from guardrails.facts import Facts
from guardrails.rule import Finding, Rule
from guardrails.text import Draft, fold
from guardrails.vocabulary import STATUS_CHECK

KINDS = frozenset({STATUS_CHECK})
BODY_WORDS = (40, 150)  # a short email: thanks, the date, one question, interest, sign-off

_SENTENCES = re.compile(r"[^.!?\n]+[.!?]?")
_IMPATIENT = re.compile(
    r"\b(?:urgent(?:ly)?|asap|as\s+soon\s+as\s+(?:possible|you\s+can)|right\s+away|immediately"
    r"|i\s+(?:really\s+)?need\s+(?:to\s+know|an\s+answer|a\s+response|to\s+hear)"
    r"|by\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?:day|week)|(?:still|been|was|am)\s+waiting"
    r"|overdue|past\s+(?:the|your)\s+(?:deadline|date)|you\s+(?:said|promised|told\s+me)"
    r"|(?:it's|it\s+has|it\s+is)\s+(?:now\s+)?(?:been\s+)?(?:over\s+|more\s+than\s+)?(?:a|one|two|three|four|several|\d+)"
    r"\s+(?:days?|weeks?)|by\s+now|no\s+one\s+has|nobody\s+has|without\s+(?:any\s+)?(?:word|reply|response)"
    r"|(?:why|how\s+come)\s+(?:haven't|hasn't|have\s+not|has\s+not)|expected\s+to\s+hear\s+(?:by|from))\b"
)


def _asks(draft: Draft, facts: Facts) -> list[tuple[int, int]]:
    """The sentences that ask about the decision: a decision phrase, or a question about the process."""
    body = parse_email(draft.text)
    folded = fold(body.body)
    spans = []
    for m in _SENTENCES.finditer(folded):
        sentence = m.group(0)
        asked = any(True for _ in DECISION.finditer(sentence))
        if not asked and sentence.rstrip().endswith("?"):
            word = PROCESS_WORDS.search(sentence)
            asked = word is not None and not facts.mentions(word.group(0))
        if asked:
            spans.append((body.body_start + m.start(), body.body_start + m.end()))
    return spans


def asks_once(draft: Draft, facts: Facts) -> Iterator[Finding]:
    asks = _asks(draft, facts)
    if not asks:
        yield Finding(
            "Does not ask about the decision; a status check asks once whether there is news.",
            "Ask once, politely, in one sentence, for example 'I wanted to ask whether there is any update "
            "on the decision you are able to share.'",
        )
    elif len(asks) > 1:
        yield Finding(
            f"Asks about the decision in {len(asks)} sentences; a status check asks once.",
            "Keep one polite sentence asking whether there is any news on the decision, and remove the "
            "other questions about it.",
            asks[1],
        )


def date_forms(day) -> tuple[str, ...]:
    """How a message writes a day (folded): 'may 29', '29 may', 'may 29th', 'friday', '2026-05-29'."""
    month, weekday = fold(f"{day:%B}"), fold(f"{day:%A}")
    return (f"{month} {day.day}", f"{day.day} {month}", f"{month[:3]} {day.day}", weekday, day.isoformat())


def no_decision_date(draft: Draft, facts: Facts) -> Iterator[Finding]:
    day = facts.context.decision_by
    if day is None:
        return
    folded = draft.folded
    if any(re.search(rf"(?<![a-z0-9]){re.escape(form)}(?![0-9])", folded) for form in date_forms(day)):
        return
    yield Finding(
        f"Does not mention the decision date they gave ({day:%B} {day.day}).",
        f"Mention the date they gave, in passing, for example 'You mentioned a decision was expected by "
        f"{day:%B} {day.day}.'",
    )


def impatient(draft: Draft, facts: Facts) -> Iterator[Finding]:
    for m in _IMPATIENT.finditer(draft.folded):
        if facts.mentions(m.group(0)):
            continue
        yield Finding(
            f"Sounds impatient or reproachful: {draft.text[m.start() : m.end()]!r}.",
            "Remove the pressure: no deadlines, no counting the days, no 'you said'; ask once, politely, and "
            "say you understand these things take time.",
            m.span(),
        )


def body_words(draft: Draft, facts: Facts) -> Iterator[Finding]:
    low, high = BODY_WORDS
    if draft.beyond:  # past the cap: far too long, however few its words
        yield Finding(
            f"Email is {draft.count[0]:,} characters; a status check runs about {low}-{high} words (the checks "
            "read only the first part of it).",
            f"Cut the email to about {low}-{high} words: keep the thanks, the date, one question and your interest.",
        )
        return
    words = len(parse_email(draft.text).body.split())
    if words < low:
        yield Finding(
            f"Email body is {words} words; a status check runs about {low}-{high}.",
            f"Add about {low - words} words: thank them again, mention the date they gave, ask once, and "
            "restate your interest.",
        )
    elif words > high:
        yield Finding(
            f"Email body is {words} words; a status check runs about {low}-{high}.",
            f"Cut about {words - high} words: keep the thanks, the date, one question and your interest.",
        )


ASKS_ONCE = Rule("status_check.asks_once", "eagerness", "error", asks_once, kinds=KINDS)
NO_DECISION_DATE = Rule(
    "status_check.no_decision_date", "specificity", "error", no_decision_date, kinds=KINDS
)
IMPATIENT = Rule("status_check.impatient", "tone", "error", impatient, kinds=KINDS)
BODY_WORDS_RULE = Rule("status_check.body_words", "length", "error", body_words, kinds=KINDS)
RULES = [ASKS_ONCE, NO_DECISION_DATE, IMPATIENT, BODY_WORDS_RULE]
