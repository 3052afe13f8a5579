"""Grounding (a warning): names, numbers and products in the note that appear nowhere in the interview facts.
The model may have invented them; the candidate should confirm each before sending."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.facts import Facts
from guardrails.names import TITLES
from guardrails.rule import Finding, Rule, shorten
from guardrails.text import Draft

# Capitalised words that a note uses without them being facts of the interview.
COMMON = frozenset(
    """i i'm i'd i've i'll hi hello dear thank thanks best regards kind warm sincerely cheers linkedin
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december it its it's our the a an and your you we my this that looking
    great it was please all also again as at for in on of to with from after before during when what how
    congratulations congrats today yesterday tomorrow""".split()
) | frozenset(TITLES)
_SUBJECT = re.compile(r"[^\n]*")
_SENTENCE_END = '.!?:\n"('


def _starts_sentence(text: str, at: int) -> bool:
    """After a full stop, a colon, an opening quote, or at the start of a line ("Dear Ana,\n\nMany ...")."""
    i = at - 1
    while i >= 0 and text[i].isspace():
        if text[i] == "\n":
            return True
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


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
        if base in COMMON or base in known or word in known or _starts_sentence(text, found.start()):
            continue
        shown = shorten(text[found.start() : found.end()])
        yield Finding(
            f"Names {shown!r}, which is not in the interview facts.",
            f"Remove {shown!r} unless it really came up in the interview.",
            found.span(),
        )


INVENTED_DETAIL = Rule("grounding.invented_detail", "grounding", "warning", invented_detail)
RULES = [INVENTED_DETAIL]
