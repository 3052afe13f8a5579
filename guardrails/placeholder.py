"""Placeholders: template slots left unfilled ('[Name]', '{first_name}', '<Company>', 'XXX') and broken merge
output (',,', 'Hi ,') tell the reader the note was a form letter. Braces that belong to the facts (a topic
about dbt's '{{ ref() }}') are not slots."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.facts import Facts
from guardrails.rule import Finding, Rule, shorten
from guardrails.text import Draft, Phrases

_SLOT = Phrases(
    r"\[[^\[\]\n]{1,60}\]|\{\{?[^{}\n]{1,60}\}?\}|<[A-Za-z][^<>\n]{0,60}>|%\(?\w+\)?s\b|\$\{\w+\}",
    ("[", "{", "<", "%"),
)
_WORDS = Phrases(
    r"\b(?:xxx+\b|first[\s_]?name|last[\s_]?name|full[\s_]?name|company[\s_]name|job[\s_]title|your[\s_]name|"
    r"interviewer(?:'s)?[\s_]name|insert\s+\w+(?:\s+\w+)?\s+here|lorem\s+ipsum|todo|tbd|"
    r"specific\s+topic(?:\s+discussed)?)\b",
    ("xxx", "name", "title", "insert", "lorem", "todo", "tbd", "topic"),
)
_MERGE_PUNCTUATION = (
    Phrases(r",[ \t]*,", (",",)),
    Phrases(r"(?<![ \t])[ \t]{2,},", (" ,", "\t,")),  # from the start of a run only: linear
    Phrases(r"(?<![\w\])>])\([ \t]*\)", ("(",)),  # "flush()", "ref()": a call, not an empty field
)
_MERGE_GREETING = re.compile(r"[ \t\n]*(?:hi|hello|dear|hey)[ \t]+[,!.]")
_MERGE_NULL = Phrases(
    r"\b(?:hi|hello|dear)\s+(?:none|null|undefined|nan|n/a)\b", ("none", "null", "undefined", "nan", "n/a")
)
_MERGE_EMPTY_SLOT = Phrases(
    r"\bthe[ \t\n]+position[ \t\n]+at[ \t\n]*[,.]|\b(?:for|at|with|about)[ \t\n]+(?:the[ \t\n]+)?[,.]",
    (" ,", " .", "\t", "\n", "at,", "at."),
)


def unfilled_slot(draft: Draft, facts: Facts) -> Iterator[Finding]:
    for m in _SLOT.finditer(draft.text):
        if m.group(0).lower() in facts.raw:
            continue
        yield Finding(
            f"Contains an unfilled template slot: {m.group(0)!r}.",
            f"Replace {m.group(0)!r} with the real words from the interview facts, or remove it.",
            m.span(),
        )
    for m in _WORDS.finditer(draft.folded):
        if m.group(0) in facts.raw:
            continue
        shown = shorten(draft.text[m.start() : m.end()])
        yield Finding(
            f"Contains placeholder text: {shown!r}.",
            f"Replace {shown!r} with the real name or detail, or remove it.",
            m.span(),
        )


def broken_merge(draft: Draft, facts: Facts) -> Iterator[Finding]:
    text = draft.folded
    found = [m for pattern in _MERGE_PUNCTUATION for m in pattern.finditer(text)]
    greeting = _MERGE_GREETING.match(text)
    if greeting:
        found.append(greeting)
    found += (m for m in _MERGE_NULL.finditer(text) if m.group(0) not in facts.raw)
    found += (m for m in _MERGE_EMPTY_SLOT.finditer(text) if m.group(0) not in facts.raw)
    for m in found:
        yield Finding(
            f"Looks like a mail merge with an empty field: {draft.text[m.start() : m.end()]!r}.",
            "Fill in the missing word (a name, the role or the company) so every sentence is complete.",
            m.span(),
        )


UNFILLED_SLOT = Rule("placeholder.unfilled_slot", "placeholder", "error", unfilled_slot)
BROKEN_MERGE = Rule("placeholder.broken_merge", "placeholder", "error", broken_merge)
RULES = [UNFILLED_SLOT, BROKEN_MERGE]
