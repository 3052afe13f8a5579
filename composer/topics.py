"""Which of a context's topics a message may name: one predicate (`guardrails.topics.may_name_topic`) for
the prompts, the template and the rules.

A topic is something the candidate typed as discussed in the interview. Some are not: an instruction to a
model, a web address or an e-mail address. Such a topic never reaches a model's prompt and never lands in a
message as if it had been discussed; the other topics are passed on exactly as typed.

    >>> usable_topics(context)          # the context's topics a message may name, in order
"""

from __future__ import annotations

from composer.context import MessageContext
from guardrails.topics import UNSAFE_SHAPES, informal_conversation, may_name_topic, unsafe_shape

__all__ = [
    "UNSAFE_SHAPES",
    "informal",
    "may_name_topic",
    "unsafe_shape",
    "unsafe_topics",
    "usable_topics",
    "without_unsafe_topics",
]


def usable_topics(ctx: MessageContext) -> list[str]:
    """The context's topics a message may name, in order and exactly as typed."""
    return [t for t in ctx.topics if may_name_topic(t)]


def informal(ctx: MessageContext) -> bool:
    """True when the conversation was no job interview (a coffee chat, a networking call: no role, and a topic
    naming the meeting as informal): a message thanks for the talk and names no interview or role."""
    return informal_conversation(ctx.role, ctx.topics)


def shareable(ctx: MessageContext) -> str | None:
    """What a follow-up may share (`share`), when it is one and a message may name it (as a topic)."""
    if ctx.kind != "follow_up" or not ctx.share or not may_name_topic(ctx.share):
        return None
    return ctx.share


def unsafe_topics(ctx: MessageContext) -> list[str]:
    """The context's topics no message and no prompt may carry (the complement of `usable_topics`)."""
    return [t for t in ctx.topics if not may_name_topic(t) and t.strip()]


def without_unsafe_topics(ctx: MessageContext, lines: list[str] | tuple[str, ...]) -> list[str]:
    """Lines for a model's prompt (a rewrite's fix lines) with no unsafe topic in them: a line that quotes
    one ("for example '<topic>'", from a rule that does not yet leave such topics out) quotes the shortest
    usable topic instead, and is dropped when there is none."""
    unsafe = unsafe_topics(ctx)
    usable = usable_topics(ctx)
    example = min(usable, key=len) if usable else None
    kept = []
    for line in lines:
        quoted = [t for t in unsafe if t in line]
        if quoted and example is None:
            continue
        for topic in quoted:
            line = line.replace(topic, example or "")
        kept.append(line)
    return kept
