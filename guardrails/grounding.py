"""Grounding (a warning): names, numbers and products in the note that appear nowhere in the interview facts.
The model may have invented them; the candidate should confirm each before sending."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.facts import Facts
from guardrails.rule import Finding, Rule
from guardrails.text import fold

# Capitalised words that a note uses without them being facts of the interview.
COMMON = frozenset(
    """i i'm i'd i've i'll hi hello dear thank thanks best regards kind warm sincerely cheers linkedin
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december it its it's our the a an and your you we my this that looking
    great it was please all also again as at for in on of to with from after before during when what how
    congratulations congrats today yesterday tomorrow mr mrs ms dr prof""".split()
)
_CAPITALISED = re.compile(r"(?<![\w'])[A-Z][\w'&.-]*[\w]|(?<![\w'])[A-Z](?![\w'])")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,.]*%?")
_SENTENCE_START = re.compile(r"(?:\A|[.!?:\n]\s*|[\"(]\s*)\Z")


def invented_detail(draft, facts: Facts) -> Iterator[Finding]:
    text = draft.text
    for m in _CAPITALISED.finditer(text):
        word = m.group(0)
        folded = fold(word).rstrip(".'s").rstrip("'")
        if folded in COMMON or folded in facts.vocabulary or folded in facts.raw:
            continue
        if _SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()]):
            continue
        yield Finding(
            f"Names {word!r}, which is not in the interview facts.",
            f"Remove {word!r} unless it really came up in the interview.",
            m.span(),
        )
    for m in _NUMBER.finditer(text):
        number = m.group(0).rstrip(".,")
        if number and number not in facts.raw:
            yield Finding(
                f"Gives the number {number!r}, which is not in the interview facts.",
                f"Remove {number!r} unless it really came up in the interview.",
                m.span(),
            )


INVENTED_DETAIL = Rule("grounding.invented_detail", "grounding", "warning", invented_detail)
RULES = [INVENTED_DETAIL]
