"""What a provider is: one small job, turning chat messages into text plus usage, and a registry by name.

A provider is any object with a `name` and a `complete(messages, *, context) -> Completion` method. The
built-in providers are registered exactly as a user's would be:

    >>> from composer.providers import register_provider
    >>> register_provider("mine", "my_package.my_module:MyProvider")   # imported on first use
    >>> register_provider("echo", lambda model=None, base_url=None: EchoProvider())

A factory is called with the keyword arguments `model` and `base_url` (None when not given).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

from composer.errors import ProviderError

if TYPE_CHECKING:
    from composer.context import MessageContext

Role = Literal["system", "user", "assistant"]


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One chat message. Frozen, so no step of the loop can change a message another step holds."""

    role: Role
    content: str

    def to_dict(self) -> dict[str, str]:
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True, slots=True)
class Completion:
    """What a provider returns: the raw text, the tokens it cost, and the model that wrote it."""

    text: str
    model: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0


@runtime_checkable
class Provider(Protocol):
    """Messages in; text, usage and model out.

    `context` is passed as well, for providers that compose from the facts rather than from a chat prompt
    (the template composer; the small local model's few-shot completion prompt).
    """

    name: str

    def complete(self, messages: Sequence[ChatMessage], *, context: MessageContext) -> Completion: ...


Factory = Callable[..., Provider]
_REGISTRY: dict[str, Factory | str] = {}

# What to tell the user when a registered provider's module or its dependencies are missing.
_MISSING_HINTS: dict[str, str] = {}


def register_provider(name: str, factory: Factory | str, *, missing_hint: str = "") -> None:
    """Register a provider under `name`: a factory, or "module:attribute" imported only when first used.

    `missing_hint` is the one line shown when that import fails (what to install, what to use instead).
    """
    _REGISTRY[name] = factory
    if missing_hint:
        _MISSING_HINTS[name] = missing_hint


def provider_names() -> list[str]:
    return list(_REGISTRY)


def get_provider(name: str, *, model: str | None = None, base_url: str | None = None) -> Provider:
    """Build the provider registered as `name`; unknown names and missing dependencies raise ProviderError."""
    try:
        factory = _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise ProviderError(f"Unknown provider {name!r}: use one of {known}") from None
    if isinstance(factory, str):
        module_name, _, attribute = factory.partition(":")
        try:
            factory = getattr(importlib.import_module(module_name), attribute)
        except ImportError as e:
            hint = _MISSING_HINTS.get(name) or f"Provider {name!r} cannot be imported ({e})"
            raise ProviderError(hint) from None
    return factory(model=model, base_url=base_url)


def is_importable(*modules: str) -> bool:
    """True when every module can be found, without importing any of them."""
    import importlib.util

    for module in modules:
        try:
            if importlib.util.find_spec(module) is None:
                return False
        except (ImportError, ValueError):
            return False
    return True
