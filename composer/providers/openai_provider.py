"""The `openai` provider: the OpenAI API, or any OpenAI-compatible server (llama.cpp, Ollama, vLLM).

Configuration: `OPENAI_API_KEY`, `OPENAI_BASE_URL` or `--base-url`, `COMPOSER_MODEL` or `--model`,
`COMPOSER_PROMPT_STYLE` or `--prompt-style`.

Prompt styles: `chat` (the default) sends the chat prompt to /v1/chat/completions. `completion` sends the
small model's few-shot document (prompts/*.completion.*.yaml, with its sampling and a seed per attempt) to
the legacy /v1/completions endpoint: that is how a server running the bundled SmolLM2 model (`python -m
llama_cpp.server`) is driven, and how the cassettes in cassettes/ were recorded. `repeat_penalty` is sent
only to servers other than OpenAI's, which does not know it.

Transport failures (429, 5xx, timeouts, connection errors) are retried here with tenacity: exponential
backoff with jitter, the server's Retry-After honoured, a few tries. The SDK's own retries are off
(`max_retries=0`) so the two layers never multiply. 400/401/403/404 are not retried: they raise a
ProviderError whose one line says what to do. The exponential backoff waits at most MAX_WAIT (20 s) each
time; a wait the server asks for is honoured up to LONGEST_RETRY_AFTER (60 s), and a longer one is an error.
`COMPOSER_RETRY_MAX_WAIT` (or `max_wait=`) caps every wait, the server's included, in seconds (tests set it
tiny).

`timeout` (`--timeout`, else `COMPOSER_TIMEOUT`, else TIMEOUT: 60 s) bounds each request from its start to
its last byte (composer.providers.deadline): a server that never answers, or trickles its answer a byte at a
time, is cut off when the time is up. A timed-out request is a transient failure, retried with a new
deadline like any other, so a server that never answers is given up after MAX_TRIES requests.

An answer that is not a completion at all (an HTML page, broken JSON, a JSON list, no list of choices) is
a ProviderError after one request. An empty reply (no choices, or an empty message) is an empty draft, which
the loop's checks fail; it is logged (`-v`), and `draft` says so on stderr.

`gate`: the provider's rate-limit gate (composer.providers.gate.BackoffGate), its own unless one is passed
(batch passes the one it reports on). Each request first waits until the gate is open, and a 429 closes it
for the wait this provider chose; batch shares one provider between its workers, so one rate limit pauses
the whole batch instead of each worker retrying on its own schedule. Retry sleeps go through the gate too,
so cancelling it (batch on Ctrl-C) ends every wait at once and no further request is sent.

Capabilities: chat style, or completion style with `prompt_style="completion"`; sampled; no limit of its
own on concurrent requests.
"""

from __future__ import annotations

import email.utils
import json
import logging
import math
import os
import time
from typing import Any

import httpx2
import openai
from openai.types.chat import ChatCompletion
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_exponential_jitter

from composer.errors import ProviderError, RedactingFilter, UsageError, one_line, redact, url_secrets
from composer.prompting.chat import chat_messages
from composer.prompting.completion import completion_prompt
from composer.providers.base import Capabilities, ChatMessage, Completion
from composer.providers.deadline import deadline_http_client, request_deadline
from composer.providers.gate import BackoffGate
from composer.request import DraftRequest, max_tokens_for
from composer.vocabulary import PROMPT_STYLES

log = logging.getLogger(__name__)
# `-v` shows the HTTP client's request lines, URL and all: the secrets of every provider are redacted there.
_LOG_FILTER = RedactingFilter()
for _logger in ("httpx2", "httpx", "openai", "openai._base_client"):
    logging.getLogger(_logger).addFilter(_LOG_FILTER)

DEFAULT_MODEL = "gpt-4o-mini"
OPENAI_URL = "https://api.openai.com/v1"
MAX_TRIES = 4  # the first request and three retries
MAX_WAIT = 20.0  # seconds, per wait of the exponential backoff
LONGEST_RETRY_AFTER = 60.0  # a server asking for a longer pause gets an error, not a hung command
TIMEOUT = 60.0  # seconds, each request from its start to its last byte
_BODY_KINDS = {
    "str": "text",
    "list": "a JSON list",
    "NoneType": "null",
    "int": "a number",
    "float": "a number",
}
_NO_KEY = "sk-no-key-needed"  # local servers ignore the key, but the SDK insists on one


def _retry_after(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait (Retry-After or retry-after-ms), if it said."""
    response = getattr(exc, "response", None)
    if response is None:
        return None
    headers = response.headers
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (ValueError, TypeError, IndexError, OverflowError):
        return None  # neither seconds nor an HTTP date ('soon'): as if the server had not said
    return max(0.0, parsed.timestamp() - time.time())


def _env_seconds(name: str, example: str, *, positive: bool = False) -> float | None:
    """A number of seconds from the environment variable `name`, None when unset; a bad value is a one-line
    ProviderError."""
    value = os.environ.get(name, "").strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and (seconds > 0 if positive else seconds >= 0)):
        raise ProviderError(
            f"{name}={value!r} is not a number of seconds: set it to one such as {example}, or unset it"
        )
    return seconds


def _env_max_wait() -> float | None:
    """COMPOSER_RETRY_MAX_WAIT in seconds, None when unset."""
    return _env_seconds("COMPOSER_RETRY_MAX_WAIT", "0.5")


def request_timeout(timeout: float | None = None) -> float:
    """The seconds each request may take: `timeout`, else COMPOSER_TIMEOUT, else TIMEOUT."""
    if timeout is None:
        timeout = _env_seconds("COMPOSER_TIMEOUT", "30", positive=True)
    if timeout is None:
        return TIMEOUT
    if not (math.isfinite(timeout) and timeout > 0):
        raise ProviderError(f"The timeout is {timeout!r} seconds: give a number above 0, such as 30")
    return float(timeout)


def _error_code(exc: BaseException) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            return str(inner.get("code") or inner.get("type") or "")
    return ""


def _is_transient(exc: BaseException) -> bool:
    if isinstance(exc, openai.RateLimitError):
        if _error_code(exc) == "insufficient_quota":
            return False  # waiting does not add credit
        wait = _retry_after(exc)
        return wait is None or wait <= LONGEST_RETRY_AFTER
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code >= 500 or exc.status_code in (408, 409)
    return isinstance(exc, (openai.APITimeoutError, openai.APIConnectionError))


def _server_message(exc: BaseException, secrets: tuple[str, ...]) -> str:
    """What the server said, redacted (a server may echo the Authorization header), then cut to 160."""
    body = getattr(exc, "body", None)
    said: object = getattr(exc, "message", "") or str(exc)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and inner.get("message"):
            said = inner["message"]
        elif isinstance(inner, str):
            said = inner
    return one_line(redact(str(said), secrets), 160)


class OpenAIProvider:
    """Chat (or legacy text) completions through the openai SDK, with transport retries and one-line errors."""

    name = "openai"

    def __init__(
        self,
        model: str | None = None,
        base_url: str | None = None,
        *,
        api_key: str | None = None,
        timeout: float | None = None,
        max_tries: int = MAX_TRIES,
        max_wait: float | None = None,
        temperature: float | None = 0.7,
        max_tokens: int | None = 600,
        prompt_style: str | None = None,
        gate: BackoffGate | None = None,
    ) -> None:
        self.model = model or os.environ.get("COMPOSER_MODEL") or DEFAULT_MODEL
        self.base_url = (base_url or os.environ.get("OPENAI_BASE_URL") or "").rstrip("/") or None
        key = api_key or os.environ.get("OPENAI_API_KEY")
        self.secrets = (*url_secrets(self.base_url), *([key] if key else []))  # never printed, never logged
        _LOG_FILTER.add(self.secrets)
        if not key and self.base_url is None:
            raise ProviderError(
                f"No API key: set OPENAI_API_KEY for the OpenAI model {self.model!r}, or point --base-url "
                "(OPENAI_BASE_URL) at an OpenAI-compatible server, or use --provider template"
            )
        self.prompt_style = prompt_style or os.environ.get("COMPOSER_PROMPT_STYLE") or "chat"
        if self.prompt_style not in PROMPT_STYLES:
            raise ProviderError(
                f"Unknown prompt style {self.prompt_style!r} (--prompt-style, COMPOSER_PROMPT_STYLE): use "
                + " or ".join(PROMPT_STYLES)
            )
        # The completion style renders its own document from the request; only the chat style needs messages.
        self.capabilities = Capabilities(prompt_style="chat" if self.prompt_style == "chat" else "completion")
        self.max_tries = max(1, max_tries)
        if max_wait is None:
            max_wait = _env_max_wait()
        self.max_wait = max_wait  # None: the server's wait up to LONGEST_RETRY_AFTER, the backoff to MAX_WAIT
        self.temperature = temperature
        self.max_tokens = max_tokens
        backoff_cap = MAX_WAIT if max_wait is None else min(MAX_WAIT, max_wait)
        self._backoff = wait_exponential_jitter(multiplier=0.5, max=backoff_cap, jitter=min(1.0, backoff_cap))
        self.timeout = request_timeout(timeout)
        self.client = self._client(key or _NO_KEY)
        self.gate = gate if gate is not None else BackoffGate()  # wait() before each request; closed on a 429

    def _client(self, key: str) -> openai.OpenAI:
        try:
            return openai.OpenAI(
                api_key=key,
                base_url=self.base_url,
                timeout=self.timeout,
                max_retries=0,
                http_client=deadline_http_client(),
            )
        except (httpx2.InvalidURL, ValueError) as e:
            said = one_line(redact(str(e), self.secrets), 80)
            raise UsageError(
                f"--base-url {self.where} is not a URL ({said}): give one such as http://127.0.0.1:8080/v1"
            ) from None

    @property
    def where(self) -> str:
        """The server, as printed and logged: with no credentials in it."""
        return redact(self.base_url or OPENAI_URL, self.secrets)

    def _wait(self, state: RetryCallState) -> float:
        """The server's Retry-After when it gave one (it is retried only up to LONGEST_RETRY_AFTER), else the
        exponential backoff (at most MAX_WAIT); `max_wait`, when set, caps either."""
        exc = state.outcome.exception() if state.outcome else None
        asked = _retry_after(exc) if exc else None
        if asked is not None:
            wait = min(asked, LONGEST_RETRY_AFTER if self.max_wait is None else self.max_wait)
        else:
            wait = self._backoff(state)
        if isinstance(exc, openai.RateLimitError):
            self.gate.close_for(wait)
        return wait

    def _create(self, **payload: Any) -> Any:
        self.gate.wait()
        with request_deadline(self.timeout):  # from here to the last byte of the answer
            if self.prompt_style == "completion":
                return self.client.completions.create(**payload)
            return self.client.chat.completions.create(**payload)

    def _log_retry(self, state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        wait = state.next_action.sleep if state.next_action else 0.0
        log.info(
            "%s from %s; retry %d of %d in %.2f s",
            _describe(exc), self.where, state.attempt_number, self.max_tries - 1, wait,
        )  # fmt: skip

    def _completion_payload(self, request: DraftRequest) -> tuple[dict[str, Any], str]:
        """The legacy completions request for this attempt (the few-shot document and its sampling), and the
        start of the answer that the document ends with."""
        prompt = completion_prompt(request)
        sampling = prompt.sampling
        payload: dict[str, Any] = {
            "model": self.model,
            "prompt": prompt.prompt,
            "max_tokens": prompt.max_tokens,
            "stop": list(prompt.stop),
            "temperature": sampling.temperature,
            "seed": prompt.seed,
        }
        if sampling.top_p is not None:
            payload["top_p"] = sampling.top_p
        if sampling.repeat_penalty is not None and not (self.base_url or OPENAI_URL).startswith(OPENAI_URL):
            payload["extra_body"] = {"repeat_penalty": sampling.repeat_penalty}
        return payload, prompt.answer_start

    def _chat_payload(self, messages: list[ChatMessage], request: DraftRequest) -> dict[str, Any]:
        """The chat request: `max_tokens` is this provider's, capped by the message's own (`max_tokens_for`)."""
        payload: dict[str, Any] = {"model": self.model, "messages": [m.to_dict() for m in messages]}
        if self.temperature is not None:
            payload["temperature"] = self.temperature
        if self.max_tokens is not None:
            payload["max_tokens"] = min(self.max_tokens, max_tokens_for(request.context))
        return payload

    def draft(self, request: DraftRequest) -> Completion:
        answer_start = ""
        if self.prompt_style == "completion":
            payload, answer_start = self._completion_payload(request)
        else:
            payload = self._chat_payload(chat_messages(request), request)
        response = self._send(payload)
        written = self._reply_text(response)
        text = answer_start + written if written else ""  # a model that wrote nothing wrote no note
        usage = getattr(response, "usage", None)
        model = getattr(response, "model", None)
        return Completion(  # a server that echoes the key into its reply does not get it printed
            text=redact(text, self.secrets, shapes=False),
            model=redact(model if isinstance(model, str) and model else self.model, self.secrets),
            prompt_tokens=_tokens(usage, "prompt_tokens"),
            completion_tokens=_tokens(usage, "completion_tokens"),
        )

    def _send(self, payload: dict[str, Any]) -> Any:
        """The server's answer to one attempt, transport failures retried; any failure is a ProviderError."""
        retrying = Retrying(
            stop=stop_after_attempt(self.max_tries),
            wait=self._wait,
            retry=retry_if_exception(_is_transient),
            before_sleep=self._log_retry,
            sleep=self.gate.sleep,  # a cancelled gate (Ctrl-C in batch) ends the wait: no retry is sent
            reraise=True,
        )
        try:
            return retrying(self._create, **payload)
        except openai.OpenAIError as e:
            tries = retrying.statistics.get("attempt_number", 1)
            raise ProviderError(redact(self._explain(e, tries), self.secrets)) from None
        except json.JSONDecodeError as e:  # a 200 whose body is not JSON at all
            raise self._not_a_completion(f"not JSON: {e.doc[:60]!r}") from None

    def _reply_text(self, response: Any) -> str:
        """The text of the answer's first choice; "" (logged) when there is none or it is empty; a
        ProviderError when the answer is not a completion at all (an HTML page, a JSON list, no choices)."""
        expected = openai.types.Completion if self.prompt_style == "completion" else ChatCompletion
        if not isinstance(response, expected):  # the SDK hands back a text, a list, None as it is
            kind = _BODY_KINDS.get(type(response).__name__, type(response).__name__)
            raise self._not_a_completion(f"{kind}: {str(response)[:60]!r}")
        choices = getattr(response, "choices", None)
        if not isinstance(choices, list):
            raise self._not_a_completion("no list of choices in it")
        if not choices:
            log.info("%s answered with no choices: an empty reply", self.where)
            return ""
        if self.prompt_style == "completion":
            text = getattr(choices[0], "text", None)
        else:
            text = getattr(getattr(choices[0], "message", None), "content", None)
        if not isinstance(text, str) or not text.strip():
            reason = getattr(choices[0], "finish_reason", None)
            log.info("%s answered with an empty reply (finish_reason %s)", self.where, reason)
            return ""
        return text

    def _not_a_completion(self, detail: str) -> ProviderError:
        endpoint = "/v1/completions" if self.prompt_style == "completion" else "/v1/chat/completions"
        said = one_line(redact(detail, self.secrets), 90)
        return ProviderError(
            f"The server at {self.where} answered with something that is not a {endpoint} response ({said}): "
            "check that --base-url is its OpenAI-compatible address, ending in /v1"
        )

    def _explain(self, e: openai.OpenAIError, tries: int) -> str:
        """One line: what happened, and what to do about it."""
        where, said, model = self.where, _server_message(e, self.secrets), self.model
        instead = "or use --provider template"
        if isinstance(e, openai.AuthenticationError):
            if self.base_url and not self.base_url.startswith(OPENAI_URL):
                return f"The server at {where} rejected the API key (HTTP 401: {said}): set OPENAI_API_KEY"
            return f"The server rejected the API key (HTTP 401: {said}): set OPENAI_API_KEY to a valid key"
        if isinstance(e, openai.PermissionDeniedError):
            return f"The key may not use model {model!r} (HTTP 403: {said}): use another key or --model"
        if isinstance(e, openai.NotFoundError):
            return (
                f"Model {model!r} or the {self.prompt_style} endpoint is not at {where} (HTTP 404: {said}): "
                "check --model, and that --base-url ends in /v1"
            )
        if isinstance(e, openai.BadRequestError):
            return f"The server refused the request (HTTP 400: {said}): check --model {model!r}"
        if isinstance(e, openai.RateLimitError):
            asked = _retry_after(e)
            if _error_code(e) == "insufficient_quota":
                return f"The account has no quota left (HTTP 429: {said}): check billing, {instead}"
            if asked is not None and asked > LONGEST_RETRY_AFTER:
                return f"Rate limited: the server asks to wait {asked:.0f} s (HTTP 429): try later, {instead}"
            return f"Still rate limited after {tries} tries (HTTP 429: {said}): try again later, {instead}"
        if isinstance(e, openai.APITimeoutError):
            return (
                f"No complete answer from {where} within {self.timeout:g} s, {tries} tries: try again, raise "
                f"--timeout (COMPOSER_TIMEOUT), {instead}"
            )
        if isinstance(e, openai.APIConnectionError):
            cause = one_line(redact(str(e.__cause__ or e), self.secrets), 80)
            return f"Cannot reach {where} after {tries} tries ({cause}): check --base-url, {instead}"
        if isinstance(e, openai.APIStatusError):
            if _is_transient(e):
                return f"{where} kept failing (HTTP {e.status_code}: {said}) after {tries} tries: {instead}"
            return f"The server at {where} refused the request (HTTP {e.status_code}: {said})"
        return f"The OpenAI client failed: {one_line(redact(str(e), self.secrets), 160)}"


def _tokens(usage: Any, name: str) -> int:
    value = getattr(usage, name, None)
    return value if isinstance(value, int) else 0


def _describe(exc: BaseException | None) -> str:
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}"
    if isinstance(exc, openai.APITimeoutError):
        return "timeout"
    if isinstance(exc, openai.APIConnectionError):
        return "connection error"
    return type(exc).__name__ if exc else "failure"
