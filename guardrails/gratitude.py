"""Gratitude: every message thanks the interviewer sincerely. Thanks in advance asks rather than thanks;
'no thanks' and sarcasm are not thanks at all."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.facts import Facts
from guardrails.rule import Finding, Rule
from guardrails.text import Draft, Phrases

_THANKS = Phrases(
    r"\b(?:thank(?:s|\s+you|ful)?|thx|grateful|gratitude|appreciat(?:e|ed|es|ing|ion|ive))\b",
    ("thank", "thx", "grateful", "gratitude", "appreciat"),
)
# Uses of those words that are not sincere thanks, tested on the text around each match.
_NOT_SINCERE_AFTER = re.compile(  # used with match(): each branch starts at the end of the thanks
    r"[\w\s,']{0,25}?\b(?:in\s+advance|ahead\s+of\s+time|for\s+nothing|for\s+wasting|for\s+ghosting|"
    r"for\s+(?:keeping|leaving)\s+me|i\s+guess|but\s+no\s+thanks|anyway|though\b)"
    r"|\s*,?\s*(?:i\s+guess|anyway|not)\b"
    r"|\s+(?:it\s+)?if\b"
)
_NOT_SINCERE_BEFORE = re.compile(
    r"(?:\bno|\bgee|\byeah|\bi\s+guess|\bwould|'d|\bnot|\bwithout|\bnever|\bany)[\s,]*\Z"
)


# Every match of _NOT_SINCERE_AFTER holds one of these (checked in tests/test_guardrails_anchors.py).
_AFTER_ANCHORS = ("advance", "ahead", "nothing", "wasting", "ghosting", "keeping", "leaving", "guess",
                  "thanks", "anyway", "though", "not", "if")  # fmt: skip


def _sincere(folded: str, m: re.Match[str]) -> bool:
    after = folded[m.end() : m.end() + 45]
    if any(a in after for a in _AFTER_ANCHORS) and _NOT_SINCERE_AFTER.match(after):
        return False
    return not _NOT_SINCERE_BEFORE.search(folded[max(0, m.start() - 14) : m.start()])


def no_thanks(draft: Draft, facts: Facts) -> Iterator[Finding]:
    matches = list(_THANKS.finditer(draft.folded))
    if any(_sincere(draft.folded, m) for m in matches):
        return
    who = facts.context.first_name
    if matches:
        said = draft.text[matches[0].start() : matches[0].end() + 20].strip()
        yield Finding(
            f"The only thanks ({said!r}…) is not sincere thanks: it is in advance, conditional or sarcastic.",
            f"Thank {who} plainly for their time or the conversation, for example 'Thank you for your "
            "time', and ask for nothing.",
            matches[0].span(),
        )
    else:
        yield Finding(
            "Expresses no thanks or appreciation.",
            f"Thank {who} for their time or the conversation in one short clause, for example 'Thank you "
            "for your time'.",
        )


NO_THANKS = Rule("gratitude.no_thanks", "gratitude", "error", no_thanks)
RULES = [NO_THANKS]
