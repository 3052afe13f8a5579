"""A rewrite request quotes the last draft cut to a sane length (issue 14, item 16): a model that answered with
100 KB is not sent 100 KB back in every rewrite. Against a real HTTP server on loopback (pytest-httpserver).
"""

from __future__ import annotations

import json

import pytest

from composer.cli import main
from composer.request import MAX_QUOTED_DRAFT, DraftRequest, quoted_draft
from tests.openai_wire import chat_completion
from tests.test_draft_transport import FACTS, GOOD, PATH


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("COMPOSER_RETRY_MAX_WAIT", "0.01")
    for name in ("OPENAI_BASE_URL", "COMPOSER_MODEL", "COMPOSER_TIMEOUT", "COMPOSER_PROMPT_STYLE"):
        monkeypatch.delenv(name, raising=False)


def test_a_100_kb_reply_is_quoted_cut_in_the_rewrite_request(httpserver, capsys):
    huge = "Hi Sofía, thank you for the chat about Kafka. " * 2_200  # about 100 KB
    httpserver.expect_ordered_request(PATH, method="POST").respond_with_json(chat_completion(huge))
    httpserver.expect_ordered_request(PATH, method="POST").respond_with_json(chat_completion(GOOD))
    base_url = httpserver.url_for("/v1")
    assert main(["draft", *FACTS, "--provider", "openai", "--base-url", base_url, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == GOOD
    first, rewrite = (req.get_data() for req, _ in httpserver.log)
    quoted = json.loads(rewrite)["messages"][2]
    assert quoted["role"] == "assistant"
    assert len(quoted["content"]) == MAX_QUOTED_DRAFT + 1 and quoted["content"].endswith("\u2026")
    assert huge.startswith(quoted["content"][:-1])
    assert len(rewrite) < len(first) + 2 * MAX_QUOTED_DRAFT + 2_000  # the task, the cut draft, the fixes


def test_a_draft_of_a_sane_length_is_quoted_unchanged():
    """What the cassettes hold: every draft a model of sane behaviour writes goes back exactly as it was."""
    email = "Dear Sofía,\n\n" + "Thank you for the interview about Kafka. " * 48  # about 1,980 characters
    assert len(email) <= MAX_QUOTED_DRAFT and quoted_draft(email) == email
    assert quoted_draft("x" * MAX_QUOTED_DRAFT) == "x" * MAX_QUOTED_DRAFT
    assert quoted_draft("x" * (MAX_QUOTED_DRAFT + 1)) == "x" * MAX_QUOTED_DRAFT + "\u2026"


def test_a_revision_quotes_its_draft_cut_too():
    from composer.context import as_context

    ctx = as_context({"interviewer_name": "Sofía Martínez", "topics": ["Kafka"]})
    request = DraftRequest.revision(ctx, "y" * 50_000, ["Lean on Kafka."])
    assert request.previous == "y" * MAX_QUOTED_DRAFT + "\u2026"
    assert request.rewrite("z" * 10, ["fix"]).previous == "z" * 10
