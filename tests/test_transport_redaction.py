"""No credential is printed, logged or written (issue 14, item 12): not the password or the `?api_key=` of
`--base-url`, not the API key, not an Authorization header a server echoes back in its error.

Against a real HTTP server on loopback (pytest-httpserver) that puts the request's Authorization header and
URL into every error it answers with.
"""

from __future__ import annotations

import base64
import json
import logging
import re

import pytest
from werkzeug import Request, Response

from composer import app
from composer.cli import main
from composer.errors import redact, url_secrets
from tests.test_draft_transport import FACTS

KEY = "sk-proj-known0key0value0123456789"
PASSWORD = "hunter2-pass"
QUERY_SECRET = "q-secret-789"
BASIC = base64.b64encode(f"ana:{PASSWORD}".encode()).decode()
SECRETS = (KEY, PASSWORD, QUERY_SECRET, BASIC)
ANY_PATH = re.compile(r"/v1.*")


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("COMPOSER_RETRY_MAX_WAIT", "0.01")
    for name in ("OPENAI_BASE_URL", "COMPOSER_MODEL", "COMPOSER_TIMEOUT", "COMPOSER_PROMPT_STYLE"):
        monkeypatch.delenv(name, raising=False)


def _echo(status: int):
    """A server error that quotes what the request carried, as some proxies and servers do."""

    def handler(request: Request) -> Response:
        said = f"denied: Authorization: {request.headers.get('Authorization')} for {request.url} ({KEY})"
        return Response(json.dumps({"error": {"message": said}}), status, content_type="application/json")

    return handler


def _secret_url(httpserver, user: bool = True) -> str:
    host = httpserver.url_for("/v1").replace("http://", "")
    return f"http://{f'ana:{PASSWORD}@' if user else ''}{host}?api_key={QUERY_SECRET}"


def _tool_log(caplog) -> str:
    """Every line logged in this process but the test server's own (werkzeug's access log)."""
    return "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith("werkzeug"))


def _assert_no_secret(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"{secret!r} leaked: {text[:300]!r}"


def test_errors_and_verbose_logs_never_show_a_credential(httpserver, capsys, caplog):
    httpserver.expect_request(ANY_PATH).respond_with_handler(_echo(500))
    with caplog.at_level(logging.INFO):
        code = main(["-v", "draft", *FACTS, "--provider", "openai", "--base-url", _secret_url(httpserver)])
    assert code == 3 and len(httpserver.log) == 4  # every try was made, each logged with -v
    err = capsys.readouterr().err
    _assert_no_secret(err, _tool_log(caplog))
    assert len(err.strip().splitlines()) == 1
    assert (
        "http://***@localhost:" in err and "api_key=***" in err and "denied: Authorization: Basic ***" in err
    )
    assert sum("retry" in r.getMessage() for r in caplog.records) == 3
    assert any("HTTP Request: POST http://***@localhost:" in r.getMessage() for r in caplog.records)


def test_a_server_echoing_the_bearer_key_is_redacted(httpserver, capsys):
    httpserver.expect_request(ANY_PATH).respond_with_handler(_echo(401))
    assert (
        main(["draft", *FACTS, "--provider", "openai", "--base-url", _secret_url(httpserver, user=False)])
        == 3
    )
    err = capsys.readouterr().err
    _assert_no_secret(err)
    assert "Authorization: Bearer ***" in err and "401" in err


def test_batch_output_never_holds_a_credential(httpserver, tmp_path, caplog):
    httpserver.expect_request(ANY_PATH).respond_with_handler(_echo(400))
    out = tmp_path / "notes.jsonl"
    rows = [{"id": "r1", "interviewer_name": "Sofía Martínez", "topics": ["Kafka"]}]
    with caplog.at_level(logging.INFO):
        report = app.batch(rows, out, provider="openai", base_url=_secret_url(httpserver))
    written = out.read_text(encoding="utf-8")
    _assert_no_secret(written, json.dumps(report.records()), report.summary.line(), _tool_log(caplog))
    error = json.loads(written)["error"]
    assert error["type"] == "ProviderError" and "HTTP 400" in error["message"] and "***" in error["message"]


@pytest.mark.parametrize(
    "url", [f"http://ana:{PASSWORD}@127.0.0.1:port/v1", f"http://ana:{PASSWORD}@[::1/v1"]
)
def test_a_base_url_that_is_not_a_url_is_one_line_without_its_password(url, capsys):
    assert main(["draft", *FACTS, "--provider", "openai", "--base-url", url]) == 2
    err = capsys.readouterr().err
    _assert_no_secret(err)
    assert len(err.strip().splitlines()) == 1 and "--base-url http://***@" in err and "Traceback" not in err


def test_redact_knows_the_shapes_of_credentials():
    url = "http://ana:pa55%40word@127.0.0.1:8080/v1?model=x&api_key=abc123"
    assert set(url_secrets(url)) == {"pa55%40word", "pa55@word", "ana", "abc123"}
    assert url_secrets("http://127.0.0.1:8080/v1?model=x") == ()
    line = f"POST {url} Authorization: Bearer {KEY}; Basic YW5hOnBhNTU=; pa55@word"
    assert redact(line, url_secrets(url)) == (
        "POST http://***@127.0.0.1:8080/v1?model=x&api_key=*** Authorization: Bearer ***; Basic ***; ***"
    )
    assert redact(f"the key {KEY[:20]}") == "the key sk-***"  # an OpenAI-style key, even unknown and cut
    kept = "Basic information about the basic plan; the bearer of bad news; ask about the key points"
    assert redact(kept) == kept
    assert redact("a pw of abc", ["abc"]) == "a pw of abc"  # too short to replace wherever it appears
    assert redact(f"Hi Ana, {KEY} and Basic YW5hOnBhNTU=", [KEY], shapes=False) == (
        "Hi Ana, *** and Basic YW5hOnBhNTU="
    )
