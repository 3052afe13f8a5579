"""The web page drafts the later messages too: the form carries the post and the decision date, and the API
passes them to the composer like the command line."""

from __future__ import annotations

import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

from composer.web.server import create_app  # noqa: E402
from tests.test_web_api import BASE, FACTS  # noqa: E402


@pytest.fixture
def client() -> TestClient:
    return TestClient(create_app("127.0.0.1", 8765), base_url=BASE)


def test_the_form_asks_for_the_post_and_the_decision_date(client):
    page = client.get("/").text
    assert 'name="post"' in page and 'name="decision_by"' in page and ">status check<" in page
    script = client.get("/static/app.js").text
    assert 'post: get("post")' in script and 'decision_by: get("decision_by")' in script


@pytest.mark.parametrize(
    ("kind", "facts", "needle"),
    [
        ("status_check", {"decision_by": "2026-05-29"}, "May 29"),
        ("post_comment", {"post": "Our nightly jobs now run on Kafka streams, an hour earlier."}, "Kafka"),
        ("after_rejection", {}, "Sofía"),
        ("after_offer", {}, "offer"),
    ],
)
def test_the_later_kinds_are_drafted_through_the_api(client, kind, facts, needle):
    answer = client.post(
        "/api/draft", json={"context": {**FACTS, "kind": kind, **facts}, "provider": "template"}
    )
    assert answer.status_code == 200, answer.text
    record = answer.json()
    assert record["passed"] and needle in record["text"]
