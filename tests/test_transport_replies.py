"""What a server answers with a 200 that is not a usable completion (issue 14, item 15).

A body that is not a completion at all (an HTML page, broken JSON, a JSON list, an object with no choices)
was a traceback and exit 1: it is one line and exit 3, after one request. An empty reply (no choices, or an
empty message) made four requests and printed the template's note without a word: stderr says so. Against
a real HTTP server on loopback (pytest-httpserver).
"""

from __future__ import annotations

import json
import logging

import pytest

from composer.cli import main
from tests.openai_wire import chat_completion
from tests.test_draft_transport import FACTS, PATH


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("COMPOSER_RETRY_MAX_WAIT", "0.01")
    for name in ("OPENAI_BASE_URL", "COMPOSER_MODEL", "COMPOSER_TIMEOUT", "COMPOSER_PROMPT_STYLE"):
        monkeypatch.delenv(name, raising=False)


def _draft(httpserver, *extra: str) -> int:
    return main(["draft", *FACTS, "--provider", "openai", "--base-url", httpserver.url_for("/v1"), *extra])


NOT_COMPLETIONS = [
    ("text/html", "<html><body>Sign in to the hotel Wi-Fi</body></html>", "text: '<html>"),
    ("application/json", '{"choices": [{"message": ', "not JSON"),
    ("application/json", "", "not JSON"),
    ("application/json", "[]", "a JSON list"),
    ("application/json", '{"detail": "Not Found"}', "no list of choices"),
    ("application/json", '{"choices": "none"}', "no list of choices"),
]


@pytest.mark.parametrize(("content_type", "body", "detail"), NOT_COMPLETIONS)
def test_a_200_that_is_not_a_completion_is_one_line_and_exit_3(
    httpserver, capsys, content_type, body, detail
):
    httpserver.expect_request(PATH, method="POST").respond_with_data(body, content_type=content_type)
    assert _draft(httpserver) == 3
    assert len(httpserver.log) == 1  # not retried: asking again gets the same page
    captured = capsys.readouterr()
    assert captured.out == "" and "Traceback" not in captured.err
    (line,) = captured.err.strip().splitlines()
    assert "is not a /v1/chat/completions response" in line and detail in line and "--base-url" in line


def test_the_completion_endpoint_is_named_for_the_completion_style(httpserver, capsys):
    httpserver.expect_request("/v1/completions", method="POST").respond_with_data(
        "<html/>", content_type="text/html"
    )
    assert _draft(httpserver, "--prompt-style", "completion") == 3
    assert "is not a /v1/completions response" in capsys.readouterr().err


EMPTY_REPLIES = {
    "no choices": {**chat_completion(""), "choices": []},
    "an empty message": chat_completion(""),
    "a null message": {
        **chat_completion(""),
        "choices": [{"index": 0, "message": None, "finish_reason": "stop"}],
    },
}


@pytest.mark.parametrize("reply", list(EMPTY_REPLIES))
@pytest.mark.parametrize("output", ["text", "json"])
def test_empty_replies_are_said_on_stderr(httpserver, capsys, caplog, reply, output):
    httpserver.expect_request(PATH, method="POST").respond_with_json(EMPTY_REPLIES[reply])
    with caplog.at_level(logging.INFO, logger="composer"):
        assert _draft(httpserver, "--format", output) == 0
    assert len(httpserver.log) == 4
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert (
        "warning: the model's reply was empty in 4 of 4 attempt(s); the template wrote the note"
        in captured.err
    )
    if output == "json":
        result = json.loads(captured.out)
        assert result["source"] == "fallback" and [a["text"] for a in result["attempts"]] == [""] * 4
    assert sum("empty reply" in r.getMessage() for r in caplog.records) == 4  # -v says what the server sent


def test_an_empty_reply_without_the_fallback_is_said_too(httpserver, capsys):
    httpserver.expect_request(PATH, method="POST").respond_with_json({**chat_completion(""), "choices": []})
    assert _draft(httpserver, "--no-fallback", "--max-attempts", "2") == 1
    err = capsys.readouterr().err
    assert "warning: the model's reply was empty in 2 of 2 attempt(s) (-v logs" in err
