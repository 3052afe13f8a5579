"""The web page's server: its JSON API answers with the command line's fields, and it talks only to itself."""

from __future__ import annotations

import json
import threading

import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

from composer import app as operations  # noqa: E402
from composer.web.server import create_app  # noqa: E402

BASE = "http://127.0.0.1:8765"
FACTS = {
    "interviewer_name": "Sofía Martínez",
    "role": "Data Engineer",
    "company": "Acme",
    "topics": ["migrating batch jobs to Kafka"],
}
PANEL = [
    {"id": "a", "interviewer_name": "Amara Okafor", "role": "Backend Engineer", "company": "Acme",
     "topics": "event sourcing for the ledger"},
    {"id": "h", "interviewer_name": "Henrik Larsen", "role": "Backend Engineer", "company": "Acme",
     "topics": "on-call and incident reviews"},
    {"id": "p", "interviewer_name": "Priya Nair", "role": "Backend Engineer", "company": "Acme",
     "topics": "the hiring bar for senior engineers"},
]  # fmt: skip


def _timeless(value):
    """A record without its timings (seconds), which differ between two runs."""
    if isinstance(value, dict):
        return {k: _timeless(v) for k, v in value.items() if k != "seconds"}
    if isinstance(value, list):
        return [_timeless(v) for v in value]
    return value


@pytest.fixture
def client() -> TestClient:
    return TestClient(create_app("127.0.0.1", 8765), base_url=BASE)


def test_check_answers_with_the_fields_of_check_format_json(client):
    text = "Hi Sofía, thank you for the interview. I enjoyed our talk about migrating batch jobs to Kafka."
    answer = client.post("/api/check", json={"text": text, "context": FACTS})
    assert answer.status_code == 200
    assert answer.json() == operations.check(text, FACTS).to_dict()


def test_check_reports_the_length_linkedin_counts_and_the_span_of_a_failed_rule(client):
    text = "Hi Sofía, thanks for the interview on migrating batch jobs to Kafka. Any update on the decision?"
    report = client.post("/api/check", json={"text": text, "context": FACTS}).json()
    assert (report["characters"], report["limit"]) == (len(text), 200)
    failed = {r["rule"]: r for r in report["results"] if not r["passed"]}
    start, end = failed["eagerness.asks_about_decision"]["spans"][0]
    assert "decision" in text[start:end]


def test_draft_answers_with_the_record_of_draft_format_json(client):
    answer = client.post("/api/draft", json={"context": FACTS, "provider": "template"})
    assert answer.status_code == 200
    record = answer.json()
    expected = operations.draft(FACTS, provider="template").model_dump(mode="json")
    assert _timeless(record) == _timeless(expected)
    assert record["passed"] and record["source"] == "template"


def test_draft_stream_sends_each_attempt_then_the_result(client):
    answer = client.post("/api/draft/stream", json={"context": FACTS, "provider": "template"})
    lines = [json.loads(line) for line in answer.text.splitlines()]
    assert [next(iter(line)) for line in lines] == ["attempt", "result"]
    assert lines[0]["attempt"]["text"] == lines[1]["result"]["text"]


def test_variants_are_distinct_passing_phrasings(client):
    variants = client.post("/api/variants", json={"context": FACTS, "count": 3}).json()["variants"]
    assert len(variants) == len(set(variants)) == 3
    assert all(operations.check(v, FACTS).passed for v in variants)


def test_plan_answers_with_the_record_of_plan_format_json(client):
    fields = {"interview_date": "2026-05-18", "vibe": "Positive", "today": "2026-05-18"}
    answer = client.post("/api/plan", json=fields)
    assert answer.status_code == 200
    assert answer.json()["action"] == "wait" and answer.json()["today"] == "2026-05-18"


def test_batch_of_rows_gives_each_member_of_the_panel_a_note_of_their_own(client):
    answer = client.post("/api/batch", json={"rows": PANEL, "provider": "template"}).json()
    rows = answer["rows"]
    assert [r["id"] for r in rows] == ["a", "h", "p"]
    for row, member in zip(rows, PANEL, strict=True):
        assert row["passed"] and member["interviewer_name"].split()[0] in row["text"]
    assert len({r["text"] for r in rows}) == 3
    assert answer["summary"]["passed"] == 3
    assert (
        answer["downloads"]["csv"].startswith("id,") and len(answer["downloads"]["jsonl"].splitlines()) == 3
    )


def test_batch_takes_an_uploaded_panel_file(client):
    csv = "id,interviewer_name,role,company,topics\n" + "".join(
        f"{r['id']},{r['interviewer_name']},{r['role']},{r['company']},{r['topics']}\n" for r in PANEL
    )
    answer = client.post(
        "/api/batch", files={"file": ("panel.csv", csv, "text/csv")}, data={"provider": "template"}
    )
    assert answer.status_code == 200, answer.text
    assert [r["interviewer_name"] for r in answer.json()["rows"]] == [r["interviewer_name"] for r in PANEL]


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/api/check", {"text": "Hi", "context": {"role": "x"}}, "interviewer_name"),
        ("/api/check", {"context": FACTS}, "text"),
        ("/api/draft", {"context": {**FACTS, "account": "gold"}}, "account"),
        ("/api/draft", {"context": FACTS, "provider": "skynet"}, "provider"),
        ("/api/plan", {"interview_date": "last week", "vibe": "positive"}, "interview_date"),
        ("/api/batch", {"rows": []}, "rows"),
    ],
)
def test_bad_input_is_a_400_with_one_line_naming_the_field(client, path, body, field):
    answer = client.post(path, json=body)
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert field in error and "\n" not in error and "Traceback" not in error


def test_a_body_that_is_not_json_is_a_400(client):
    answer = client.post("/api/check", content=b"{not json", headers={"content-type": "application/json"})
    assert answer.status_code == 400 and "JSON" in answer.json()["error"]


def test_a_provider_failure_is_a_message_not_a_stack_trace(client, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    answer = client.post("/api/draft", json={"context": FACTS, "provider": "openai"})
    assert answer.status_code in (400, 502)
    assert "OPENAI_API_KEY" in answer.json()["error"] and "Traceback" not in answer.text


def test_requests_for_another_host_name_are_refused(client):
    """DNS rebinding: a page on evil.example whose name resolves to 127.0.0.1 sends its own Host."""
    answer = client.get("/", headers={"host": "evil.example:8765"})
    assert answer.status_code == 421
    assert client.get("/", headers={"host": "localhost:8765"}).status_code == 200


def test_cross_origin_posts_are_refused(client):
    text = {"text": "Hi", "context": FACTS}
    assert client.post("/api/check", json=text, headers={"origin": "http://evil.example"}).status_code == 403
    assert client.post("/api/check", json=text, headers={"sec-fetch-site": "cross-site"}).status_code == 403
    assert client.post("/api/check", json=text, headers={"origin": BASE}).status_code == 200


def test_request_bodies_have_a_size_limit():
    small = TestClient(create_app("127.0.0.1", 8765, max_body=1024), base_url=BASE)
    answer = small.post("/api/check", json={"text": "x" * 2000, "context": FACTS})
    assert answer.status_code == 413


def test_no_environment_value_reaches_the_page(client, monkeypatch):
    secret = "sk-test-never-on-the-page-0123456789"
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    seen = [client.get(path).text for path in ("/", "/check", "/panel", "/plan", "/static/app.js")]
    seen.append(client.post("/api/draft", json={"context": FACTS, "provider": "template"}).text)
    assert not any(secret in page for page in seen)


def test_pages_are_served_with_their_script_and_styles_from_the_package(client):
    for path in ("/", "/check", "/panel", "/plan"):
        page = client.get(path)
        assert page.status_code == 200 and '<script src="/static/app.js">' in page.text
        assert "http://" not in page.text and "https://" not in page.text  # no CDN: works offline
    assert client.get("/static/style.css").status_code == 200


def test_a_slow_draft_does_not_hold_up_a_check(monkeypatch):
    """The model runs off the event loop: a check answers while a draft is still waiting for its model."""
    import httpx

    from tests.web_support import running_server

    release = threading.Event()
    real_draft = operations.draft

    def slow_draft(*args, **kwargs):
        assert release.wait(30), "the check never answered while the draft was running"
        return real_draft(*args, **kwargs)

    monkeypatch.setattr(operations, "draft", slow_draft)
    with running_server() as base:
        drafted: list[int] = []
        worker = threading.Thread(
            target=lambda: drafted.append(
                httpx.post(
                    base + "/api/draft", json={"context": FACTS, "provider": "template"}, timeout=60
                ).status_code
            )
        )
        worker.start()
        checked = httpx.post(base + "/api/check", json={"text": "Hi Sofía", "context": FACTS}, timeout=10)
        release.set()
        worker.join(60)
    assert checked.status_code == 200
    assert drafted == [200]


def _journal_with_a_panel(home, cli, tmp_path):
    from tests.journal_support import PANEL

    panel = tmp_path / "panel.yaml"
    panel.write_text(PANEL, encoding="utf-8")
    assert cli("interview", "add", panel).code == 0


def test_due_lists_what_next_lists_and_sent_records_a_send(client, home, cli, tmp_path):
    _journal_with_a_panel(home, cli, tmp_path)
    expected = cli("next", "--today", "2026-05-20", "--format", "json").json()
    items = client.get("/api/due", params={"today": "2026-05-20"}).json()
    assert items == expected and items
    first = items[0]
    answer = client.post(
        "/api/sent",
        json={"interviewer_id": first["interviewer_id"], "kind": first["kind"], "on": "2026-05-20"},
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["kind"] == first["kind"]
    after = client.get("/api/due", params={"today": "2026-05-20"}).json()
    assert (first["interviewer_id"], first["kind"]) not in {(i["interviewer_id"], i["kind"]) for i in after}
    assert cli("history", first["interviewer_id"]).code == 0


def test_sent_names_the_field_it_cannot_use(client, home):
    answer = client.post("/api/sent", json={"interviewer_id": "one", "kind": "follow_up"})
    assert answer.status_code == 400 and "interviewer_id" in answer.json()["error"]
    answer = client.post("/api/sent", json={"interviewer_id": 999, "kind": "follow_up", "on": "2026-05-20"})
    assert answer.status_code == 400 and "999" in answer.json()["error"]
