"""Specificity: the note is for this interviewer, about this interview. A wrong name is the copy-paste slip
a panel notices; a note with no topic reads like LinkedIn's generic invite."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.facts import Facts
from guardrails.rule import Finding, Rule
from guardrails.text import Draft

_TITLE = r"(?:mr|mrs|ms|mx|dr|prof(?:essor)?)\.?\s+"


def _name_pattern(name: str, title: bool = False) -> re.Pattern[str]:
    prefix = _TITLE if title else ""
    return re.compile(rf"(?<![a-z0-9]){prefix}{re.escape(name)}(?![a-z0-9])")


def _topic_mentioned(draft: Draft, facts: Facts) -> bool:
    stems = set(draft.stems)
    for _, topic_stems in facts.topics:
        for ts in topic_stems:
            if ts in stems:
                return True
            if len(ts) >= 5 and any(
                s.startswith(ts) or (len(s) >= 5 and ts.startswith(s)) for s in stems if s[0] == ts[0]
            ):
                return True
    return False


def greets_interviewer(draft: Draft, facts: Facts) -> Iterator[Finding]:
    if _name_pattern(facts.first).search(draft.folded):
        return
    if facts.last and _name_pattern(facts.last, title=True).search(draft.folded):
        return  # "Dear Ms. Okafor" is a greeting by name too
    first = facts.context.first_name
    yield Finding(
        f"Does not address {first} by name anywhere in the note.",
        f"Open with '{'Dear' if facts.kind == 'thank_you_email' else 'Hi'} {first},' so the note is "
        "plainly written to them.",
        (0, 0),
    )


def names_other_panelist(draft: Draft, facts: Facts) -> Iterator[Finding]:
    for folded, given in facts.other_firsts:
        for m in _name_pattern(folded).finditer(draft.folded):
            if draft.text[m.start()].isupper() or not draft.text[m.start()].isalpha():
                yield Finding(
                    f"Names {given}, another member of the panel; this note is for "
                    f"{facts.context.interviewer_name}.",
                    f"Remove {given.split()[0]}: address only {facts.context.first_name} and what you "
                    "discussed with them.",
                    m.span(),
                )


def no_topic(draft: Draft, facts: Facts) -> Iterator[Finding]:
    if not facts.topics or _topic_mentioned(draft, facts):
        return
    listed = "; ".join(t for t, _ in facts.topics)
    example = min((t for t, _ in facts.topics), key=len)
    yield Finding(
        f"Mentions none of the {len(facts.topics)} topic(s) discussed ({listed}).",
        f"Mention one thing you actually discussed with {facts.context.first_name}, for example "
        f"'{example}', in a few words.",
    )


_VAGUE = re.compile(
    r"\b(?:(?:great|good|nice|wonderful|lovely|insightful|interesting|productive|fantastic|amazing|"
    r"enjoyable|pleasant|informative|fruitful|engaging|stimulating|fun)\s+"
    r"(?:conversation|chat|talk|discussion|interview|meeting|exchange|time)s?|"
    r"enjoyed\s+(?:our|the)\s+(?:conversation|chat|talk|discussion|interview|meeting)|"
    r"learned\s+a\s+lot|everything\s+we\s+(?:discussed|talked\s+about)|all\s+the\s+insights?)\b"
)


def vague_praise(draft: Draft, facts: Facts) -> Iterator[Finding]:
    if not facts.topics:
        return
    matches = list(_VAGUE.finditer(draft.folded))
    if not matches or _topic_mentioned(draft, facts):
        return
    example = min((t for t, _ in facts.topics), key=len)
    for m in matches:
        yield Finding(
            f"Praises the interview only in general terms ({draft.text[m.start() : m.end()]!r}) and names "
            "nothing concrete.",
            f"Replace the general praise with the specific thing you discussed, for example '{example}'.",
            m.span(),
        )


GREETS_INTERVIEWER = Rule("specificity.greets_interviewer", "specificity", "error", greets_interviewer)
NAMES_OTHER_PANELIST = Rule("specificity.names_other_panelist", "specificity", "error", names_other_panelist)
NO_TOPIC = Rule("specificity.no_topic", "specificity", "error", no_topic)
VAGUE_PRAISE = Rule("specificity.vague_praise", "specificity", "error", vague_praise)
RULES = [GREETS_INTERVIEWER, NAMES_OTHER_PANELIST, NO_TOPIC, VAGUE_PRAISE]
