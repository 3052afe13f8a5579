"""The interview facts, prepared once per context for the rules: folded names, topic stems, vocabulary."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from composer.context import MessageContext, as_context, first_name
from guardrails.text import GENERIC, WORD, content_words, fold, stem

# LinkedIn: connection note 200 characters (free) or 300 (Premium); a message after connecting is kept
# short by convention; an email body is judged in words (see guardrails.length).
CHAR_LIMITS = {
    ("connection_note", "free"): 200,
    ("connection_note", "premium"): 300,
    ("follow_up", "free"): 600,
    ("follow_up", "premium"): 600,
}


@dataclass(frozen=True, slots=True)
class Facts:
    context: MessageContext
    first: str  # folded first name of the interviewer
    last: str  # folded last name, '' when only one name was given
    name_words: frozenset[str]
    other_firsts: tuple[tuple[str, str], ...]  # (folded first name, name as given)
    topics: tuple[tuple[str, tuple[str, ...]], ...]  # (topic as given, its specific stems)
    vocabulary: frozenset[str]  # every folded word of the facts
    raw: str  # all the facts as one folded string
    limit: int | None

    @property
    def kind(self) -> str:
        return self.context.kind


def _topic_stems(topic: str, exclude: set[str]) -> tuple[str, ...]:
    words = content_words(topic)
    specific = [w for w in words if w not in GENERIC and w not in exclude]
    chosen = specific or [w for w in words if w not in exclude] or words
    return tuple(dict.fromkeys(stem(w) for w in chosen))


_cache: dict[tuple, Facts] = {}


def facts_for(context: MessageContext | dict[str, Any]) -> Facts:
    ctx = as_context(context)
    key = (
        ctx.interviewer_name, ctx.role, ctx.company, tuple(ctx.topics), ctx.account, ctx.kind,
        ctx.candidate_name, tuple(ctx.other_names), ctx.interview_date,
    )  # fmt: skip
    cached = _cache.get(key)
    if cached is not None:
        return cached
    first = fold(first_name(ctx.interviewer_name))
    parts = fold(ctx.interviewer_name).split()
    last = parts[-1] if len(parts) > 1 else ""
    others = tuple(
        (fold(first_name(n)), n) for n in ctx.other_names if fold(first_name(n)) not in ("", first)
    )
    frame = set(WORD.findall(fold(" ".join([ctx.role, ctx.company, ctx.interviewer_name]))))
    pieces = [ctx.interviewer_name, ctx.role, ctx.company, *ctx.topics, *ctx.other_names]
    if ctx.candidate_name:
        pieces.append(ctx.candidate_name)
    if ctx.interview_date:
        pieces.append(f"{ctx.interview_date:%Y %m %d %B %A} {ctx.interview_date.day}")
    raw = fold("\n".join(pieces))
    facts = Facts(
        context=ctx,
        first=first,
        last=last,
        name_words=frozenset(WORD.findall(fold(ctx.interviewer_name))),
        other_firsts=others,
        topics=tuple((t, _topic_stems(t, frame)) for t in ctx.topics),
        vocabulary=frozenset(WORD.findall(raw)),
        raw=raw,
        limit=CHAR_LIMITS.get((ctx.kind, ctx.account)),
    )
    if len(_cache) > 512:
        _cache.clear()
    _cache[key] = facts
    return facts
