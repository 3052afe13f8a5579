"""Errors the command line turns into exit codes (bad input is 2, a provider that fails is 3), and what an
error may say: one line (`one_line`), with no secret in it (`redact`).

    >>> secrets = url_secrets("http://ana:pa55word@127.0.0.1:8080/v1?api_key=abc123")  # ("pa55word", "abc123")
    >>> redact("POST http://ana:pa55word@127.0.0.1:8080/v1?api_key=abc123 (Bearer sk-...)", [*secrets, key])
    'POST http://***@127.0.0.1:8080/v1?api_key=*** (Bearer ***)'

`redact` is the one redaction of everything a provider prints, logs or hands to batch's output: the secrets
it is given (the API key, the password and secret parameters of `--base-url`) wherever they appear, and
whatever has the shape of a credential: the user and password of any URL, secret query parameters, the
value of a Bearer or Basic authorization, an OpenAI-style key. `RedactingFilter` applies it to the lines
of the HTTP libraries' loggers, which `-v` shows.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, unquote, urlsplit

REDACTED = "***"
_SHORTEST_SECRET = 4  # shorter values are too common in ordinary text to replace wherever they appear
_SECRET_PARAMETER = (
    r"(?:api[-_]?key|apikey|key|token|access[-_]?token|auth|secret|client[-_]?secret|password|passwd|pwd|"
    r"sig|signature)"
)
_URL_USER = re.compile(r"\b([a-z][a-z0-9+.-]{0,15}://)[^\s/?#@\"'<>]{1,256}@", re.I)
_QUERY_SECRET = re.compile(r"([?&;]" + _SECRET_PARAMETER + r"=)[^&#\s\"'<>]+", re.I)
# A credential has a digit or a symbol in it; "Basic information" is not one.
_AUTHORIZATION = re.compile(
    r"\b(bearer|basic)(\s+)(?=[A-Za-z0-9._~+/-]*[0-9._~+/=-])[A-Za-z0-9._~+/-]{8,}=*", re.I
)
_KEY_SHAPE = re.compile(r"\bsk-[A-Za-z0-9_-]{12,}")


class UsageError(Exception):
    """Bad input or usage: the message is one line that names the field and the fix (exit 2)."""

    exit_code = 2


class ProviderError(Exception):
    """The model could not be reached or refused the request: one line that says what to do (exit 3)."""

    exit_code = 3


def one_line(text: object, limit: int | None = None) -> str:
    """Any error text as one line (whitespace collapsed), cut to `limit` characters when given."""
    line = " ".join(str(text).split())
    return line if limit is None or len(line) <= limit else line[: limit - 1] + "\u2026"


def url_secrets(url: str | None) -> tuple[str, ...]:
    """The secrets a URL carries: the password (and user) before its host, and the values of secret query
    parameters (`?api_key=...`), each as written and decoded."""
    if not url:
        return ()
    try:
        parts = urlsplit(url)
        found = [parts.password or "", parts.username or ""] if parts.password else []
        found += [v for k, v in parse_qsl(parts.query) if re.fullmatch(_SECRET_PARAMETER, k, re.I)]
    except ValueError:
        return ()
    return tuple(dict.fromkeys(s for value in found for s in (value, unquote(value)) if s))


def redact(text: str, secrets: Iterable[str] = (), *, shapes: bool = True) -> str:
    """`text` with every one of `secrets` (of at least 4 characters) and, unless `shapes` is False (a model's
    draft: its words are its own), everything shaped like a credential replaced by ***. Redact before
    cutting a line short: a cut secret no longer matches itself."""
    for secret in sorted({s for s in secrets if s and len(s) >= _SHORTEST_SECRET}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    if not shapes:
        return text
    text = _URL_USER.sub(rf"\1{REDACTED}@", text)
    text = _QUERY_SECRET.sub(rf"\1{REDACTED}", text)
    text = _AUTHORIZATION.sub(rf"\1\2{REDACTED}", text)
    return _KEY_SHAPE.sub(f"sk-{REDACTED}", text)


class RedactingFilter(logging.Filter):
    """A logging filter that redacts each record's message: the shapes `redact` knows, and every secret
    added with `add` (the providers add theirs)."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def add(self, secrets: Iterable[str]) -> None:
        self.secrets.update(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message, self.secrets)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True
