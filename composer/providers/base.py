"""What a provider is: one small job, turning a `DraftRequest` into text plus usage, with its capabilities
declared.

A provider has a `name`, the `model` it asks for (or None), its `capabilities` and a `draft(request) ->
Completion` method. The loop reads nothing else from it:

    >>> class Echo:
    ...     name, model, capabilities = "echo", None, Capabilities()      # chat style, sampled, no limit
    ...     def draft(self, request: DraftRequest) -> Completion:
    ...         messages = chat_messages(request)  # composer.prompting.chat: the task, then any rewrite
    ...         return Completion(text=my_model(messages))

Objects written to the first protocol, a `name` and `complete(messages, *, context) -> Completion`, keep
working: the registry (composer.providers.registry) adapts them, sending them the chat messages. Register
either kind by name with `register_provider`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

from composer.request import ChatMessage, DraftRequest, Role

if TYPE_CHECKING:
    from collections.abc import Sequence

    from composer.context import MessageContext

__all__ = ["Capabilities", "ChatMessage", "Completion", "MessagesProvider", "Provider", "Role"]

PromptStyle = Literal["chat", "completion", "facts"]


@dataclass(frozen=True, slots=True)
class Completion:
    """What a provider returns: the raw text, the tokens it cost, and the model that wrote it."""

    text: str
    model: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What the loop and batch may rely on, declared by each provider.

    `prompt_style`: `chat` (it is sent chat messages: the loop renders the task for it), `completion` (it
    renders the few-shot document from the request itself) or `facts` (it writes from the facts alone).
    `deterministic`: the same request always gets the same text back, so one attempt is all there is: no
    rewrite, no fallback. `max_concurrency`: the most requests it serves at a time (None: no limit of its
    own). `source`: what `Result.source` says of its text, `llm` or `template`.
    """

    prompt_style: PromptStyle = "chat"
    deterministic: bool = False
    max_concurrency: int | None = None
    source: Literal["llm", "template"] = "llm"

    @property
    def needs_messages(self) -> bool:
        """Whether the loop must render the chat task for it."""
        return self.prompt_style == "chat"


@runtime_checkable
class Provider(Protocol):
    """A request in; text, usage and model out. `model` is the model it asks for (a Completion may name the
    one that answered); `capabilities` tells the loop and batch what they may rely on."""

    name: str
    model: str | None
    capabilities: Capabilities

    def draft(self, request: DraftRequest) -> Completion: ...


@runtime_checkable
class MessagesProvider(Protocol):
    """The first protocol, still accepted everywhere a provider is: chat messages in, a Completion out.
    `context` is passed as well. The registry adapts it to `Provider` (chat style, sampled, no limit)."""

    name: str

    def complete(self, messages: Sequence[ChatMessage], *, context: MessageContext) -> Completion: ...
