"""What the loop asks a provider for, one attempt at a time: a frozen `DraftRequest`.

    >>> request = DraftRequest.first(context, task)              # attempt 1: the task alone
    >>> request = request.rewrite(draft, report.fixes())         # attempt 2: the last draft and its fix lines
    >>> request = DraftRequest.revision(context, task, note, feedback)  # attempt 1 is already a rewrite

The loop builds one request per attempt and hands it to the provider, which renders its own prompt from it
(`composer.prompting.chat` for chat models, `composer.prompting.completion` for the small model's few-shot
document). Everything a prompt or the sampling needs is a field: nothing is parsed back out of rendered
text, and no provider keeps count of attempts.

The seed is the number of this draft of the note: 1 for a first draft, one more for each rewrite. A
revision counts the draft it revises as the first, so its first request is seed 2.

The draft a rewrite quotes is cut to MAX_QUOTED_DRAFT characters (`quoted_draft`): a model that answered
with 100 KB is not sent 100 KB back with each rewrite. Every message fits well under the cap, so a draft of a
sane length is quoted exactly as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from composer.context import MessageContext

Role = Literal["system", "user", "assistant"]

MAX_QUOTED_DRAFT = 2_000  # characters; the longest message, an email of 230 words, is about 1,600

# The most tokens a reply may take (max_tokens), by the message's own limit: a token of English is 3 to 5
# characters, so half the character limit in tokens is room for a note at its limit even in names and words
# that tokenise badly, plus a few tokens for a preamble the cleaner strips ("Here is the note:"). An email
# (about 230 words at most, a subject line, a signature) gets the most. Without the cap a small model behind
# a server rambles to 600 tokens on every attempt before the loop can fall back.
REPLY_TOKENS_MARGIN = 32
EMAIL_REPLY_TOKENS = 600


def max_tokens_for(context: MessageContext) -> int:
    """The most tokens a reply to this context needs: a connection note of 200 characters (free) 132, of 300
    (Premium) 182, a follow-up 332, a thank-you email EMAIL_REPLY_TOKENS. Every provider that sends
    max_tokens sends at most this (a prompt file's own, smaller, value stays)."""
    from guardrails.facts import CHAR_LIMITS

    limit = CHAR_LIMITS.get((context.kind, context.account))
    if limit is None:
        return EMAIL_REPLY_TOKENS
    return min(EMAIL_REPLY_TOKENS, -(-limit // 2) + REPLY_TOKENS_MARGIN)


def quoted_draft(draft: str) -> str:
    """The draft as a rewrite request quotes it: unchanged up to MAX_QUOTED_DRAFT characters, else cut
    there and marked with an ellipsis (the failed length rule's fix line gives the real length)."""
    if len(draft) <= MAX_QUOTED_DRAFT:
        return draft
    return draft[:MAX_QUOTED_DRAFT] + "\u2026"


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One chat message. Frozen, so no step of the loop can change a message another step holds."""

    role: Role
    content: str

    def to_dict(self) -> dict[str, str]:
        return {"role": self.role, "content": self.content}


def chat_messages_from(messages: Iterable[ChatMessage | Mapping[str, str]]) -> tuple[ChatMessage, ...]:
    """Copies of a caller's messages (ChatMessages or {"role", "content"} mappings), as ChatMessages."""
    return tuple(
        m if isinstance(m, ChatMessage) else ChatMessage(m["role"], m["content"])  # type: ignore[arg-type]
        for m in messages
    )


@dataclass(frozen=True, slots=True)
class DraftRequest:
    """One attempt: the facts, the task, and for a rewrite the last draft and the fix lines to apply.

    `context`: the interview facts. `attempt`: this call's number in the loop (1, 2, ...). `previous`: the
    draft to rewrite as the request quotes it (`quoted_draft`), None for a first draft. `fixes`: the lines
    a rewrite carries (the failed rules' fix lines, then any extra feedback), verbatim. `messages`: the
    task as chat messages (the rendered chat prompt, or the caller's own), empty for a provider that writes
    from the facts. `seed`: the sampling seed for this draft (see the module's docstring).
    """

    context: MessageContext
    attempt: int = 1
    previous: str | None = None
    fixes: tuple[str, ...] = ()
    messages: tuple[ChatMessage, ...] = ()
    seed: int = 1

    @property
    def is_rewrite(self) -> bool:
        return self.previous is not None

    @classmethod
    def first(cls, context: MessageContext, messages: tuple[ChatMessage, ...] = ()) -> DraftRequest:
        """A first draft: the task alone, seed 1."""
        return cls(context=context, messages=messages)

    @classmethod
    def revision(
        cls,
        context: MessageContext,
        draft: str,
        feedback: Iterable[str] = (),
        messages: tuple[ChatMessage, ...] = (),
    ) -> DraftRequest:
        """A first attempt that rewrites `draft` with `feedback`: the draft counts as the first, so seed 2."""
        return cls(
            context=context, previous=quoted_draft(draft), fixes=tuple(feedback), messages=messages, seed=2
        )

    def rewrite(self, draft: str, fixes: Iterable[str]) -> DraftRequest:
        """The next attempt: the same task, `draft` as the last draft, its `fixes`, the next seed."""
        return replace(
            self,
            attempt=self.attempt + 1,
            previous=quoted_draft(draft),
            fixes=tuple(fixes),
            seed=self.seed + 1,
        )
