"""Running a batch: resume after a kill, a failing row written as an error, exit codes, the final table in
input order, bounded concurrency, the quiet output when piped, and the backoff gate every worker shares."""

from __future__ import annotations

import json
import threading
import time

import pytest

from composer.batch import BackoffGate, run_batch
from composer.cli import main
from composer.errors import ProviderError
from composer.providers import Completion
from tests.batch_support import FakeProvider, NoteServer, cohort, note, serving
from tests.batch_support import output_records as lines


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    for name in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "COMPOSER_MODEL",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("COMPOSER_RETRY_MAX_WAIT", "0.01")


def good(messages, ctx):
    return note(ctx.first_name, ctx.topics[0], ctx.role, ctx.company)


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_resume_after_a_simulated_kill_cuts_the_half_line_and_drafts_each_id_once(tmp_path, capsys):
    source = write_jsonl(tmp_path / "rows.jsonl", cohort(6))
    full = tmp_path / "full.jsonl"
    assert main(["batch", str(source), "--out", str(full), "--provider", "template"]) == 0
    complete = full.read_bytes().split(b"\n")
    out = tmp_path / "out.jsonl"
    head = complete[0] + b"\n" + complete[1] + b"\n"
    out.write_bytes(head + complete[2][: len(complete[2]) // 2])  # a write cut short by kill -9
    capsys.readouterr()
    assert main(["batch", str(source), "--out", str(out), "--provider", "template", "--resume"]) == 0
    assert "6 rows (2 already done), 6 passed" in capsys.readouterr().err
    data = out.read_bytes()
    assert data.startswith(head) and data.endswith(b"\n")
    ids = [r["id"] for r in lines(out)]
    assert sorted(ids) == [f"r{i:02d}" for i in range(1, 7)]  # every id exactly once
    # Resuming a finished batch drafts nothing and leaves the file as it is.
    assert main(["batch", str(source), "--out", str(out), "--provider", "template", "--resume"]) == 0
    assert out.read_bytes() == data


def test_a_failing_row_is_written_as_an_error_and_the_batch_goes_on(tmp_path):
    def reply(messages, ctx):
        if ctx.first_name == "Mei":
            raise ProviderError("The server refused the request (HTTP 400: bad model): check --model 'x'")
        return good(messages, ctx)

    out = tmp_path / "out.jsonl"
    report = run_batch(cohort(4), out, provider=FakeProvider(reply))
    by_id = {r["id"]: r for r in lines(out)}
    assert by_id["r02"] == {
        "id": "r02",
        "error": {
            "type": "ProviderError",
            "message": "The server refused the request (HTTP 400: bad model): check --model 'x'",
        },
    }
    assert all(by_id[i]["passed"] for i in ("r01", "r03", "r04"))
    assert (report.summary.errors, report.summary.passed, report.exit_code) == (1, 3, 1)


def test_exit_1_when_a_note_fails_and_0_when_all_pass(tmp_path):
    pushy = FakeProvider(lambda messages, ctx: f"Hi {ctx.first_name}, any update on my application?!!")
    report = run_batch(cohort(2), provider=pushy, fallback=False, max_attempts=2)
    assert report.exit_code == 1 and report.summary.failed == 2 and report.summary.calls == 4
    report = run_batch(cohort(2), provider=pushy, max_attempts=2)  # the template's note takes over
    assert report.exit_code == 0 and report.summary.fallbacks == 2
    assert "2 rows, 2 passed, 2 fallbacks, 0 errors; 4 calls" in report.summary.line()


def test_table_is_in_input_order_while_the_log_is_in_finishing_order(tmp_path):
    delays = {"Sofía": 0.3, "Raj": 0.2, "Mei": 0.1, "Tom": 0.0}

    def slow(messages, ctx):
        time.sleep(delays[ctx.first_name])
        return good(messages, ctx)

    rows = [
        {"id": name.lower(), "interviewer_name": f"{name} Example", "company": f"C{i}", "topics": ["Kafka"]}
        for i, name in enumerate(delays)
    ]
    out = tmp_path / "out.jsonl"
    report = run_batch(rows, out, provider=FakeProvider(slow), concurrency=4)
    assert [r["id"] for r in lines(out)] == ["tom", "mei", "raj", "sofía"]
    table = report.render("csv").splitlines()
    assert table[0] == "id,interviewer,kind,passed,source,characters,note,warnings"
    assert [line.split(",")[0] for line in table[1:]] == ["sofía", "raj", "mei", "tom"]
    markdown = report.render("markdown").splitlines()
    assert markdown[0].startswith("| id | interviewer") and markdown[2].startswith(
        "| sofía | Sofía Example |"
    )
    assert [r["id"] for r in json.loads(report.render("json"))] == ["sofía", "raj", "mei", "tom"]


def test_concurrency_is_bounded(tmp_path):
    lock = threading.Lock()
    state = {"now": 0, "most": 0}

    def counted(messages, ctx):
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        time.sleep(0.03)
        with lock:
            state["now"] -= 1
        return good(messages, ctx)

    report = run_batch(cohort(12), provider=FakeProvider(counted), concurrency=3)
    assert report.exit_code == 0 and 2 <= state["most"] <= 3


def test_piped_output_is_the_summary_line_only(tmp_path, capsys):
    source = write_jsonl(tmp_path / "rows.jsonl", cohort(3))
    assert main(["batch", str(source), "--out", str(tmp_path / "o.jsonl"), "--provider", "template"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and captured.err.startswith("batch: 3 rows, 3 passed, 0 fallbacks")
    assert "calls" in captured.err and "tokens" in captured.err and captured.err.rstrip().endswith(" s")


def test_a_progress_bar_on_a_terminal(tmp_path, capsys, monkeypatch):
    import sys

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    source = write_jsonl(tmp_path / "rows.jsonl", cohort(3))
    assert main(["batch", str(source), "--out", str(tmp_path / "o.jsonl"), "--provider", "template"]) == 0
    assert "drafting" in capsys.readouterr().err


def test_no_key_is_exit_3_before_the_output_is_touched(tmp_path, capsys):
    source = write_jsonl(tmp_path / "rows.jsonl", cohort(2))
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "--out", str(out), "--provider", "openai"]) == 3
    assert "No API key" in capsys.readouterr().err and not out.exists()


def test_a_server_that_refuses_every_request_gives_an_error_line_per_row_and_exit_1(tmp_path, capsys):
    # 400 fails this row's request; a 401 or 403 (a wrong key) stops the whole batch instead
    # (tests/test_batch_lock_resume.py).
    server = NoteServer(status_for=lambda n: (400, {}))
    source = write_jsonl(tmp_path / "rows.jsonl", cohort(3))
    out = tmp_path / "out.jsonl"
    with serving(server) as url:
        code = main(["batch", str(source), "--out", str(out), "--provider", "openai", "--base-url", url])
    assert code == 1 and server.requests == 3  # 400 is not retried
    records = lines(out)
    assert sorted(r["id"] for r in records) == ["r01", "r02", "r03"]
    assert all(
        r["error"]["type"] == "ProviderError" and "refused the request (HTTP 400" in r["error"]["message"]
        for r in records
    )
    assert "3 errors" in capsys.readouterr().err


# ---------------------------------------------------------------- the shared backoff gate


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def test_gate_pauses_everyone_only_lengthens_and_lets_workers_go_one_by_one():
    clock = FakeClock()
    gate = BackoffGate(stagger=0.05, clock=clock, sleep=clock.sleep)
    assert gate.wait() == 0.0 and gate.is_open
    gate.close_for(1.0)
    gate.close_for(0.2)  # a shorter pause asked later does not reopen sooner
    assert not gate.is_open
    assert gate.wait() == pytest.approx(1.0)
    assert gate.wait() == pytest.approx(0.05)  # the next worker goes a little later
    assert gate.wait() == pytest.approx(0.05)
    clock.now += 10
    assert gate.wait() == 0.0 and gate.pauses == 2


def test_one_429_pauses_the_whole_batch_instead_of_every_worker_meeting_it(tmp_path, monkeypatch):
    """The first request is answered 429 (Retry-After 0.5 s) while three other workers are busy; the server
    answers 429 to anything that arrives in the next 0.5 s. Those workers finish their rows inside that
    window: without a shared pause their next requests would each meet a 429 too. With it, none does."""
    monkeypatch.setenv("COMPOSER_RETRY_MAX_WAIT", "2")
    window = {"until": 0.0}
    lock = threading.Lock()

    class Limited(NoteServer):
        def __call__(self, request):
            with lock:
                self.requests += 1
                n = self.requests
                limited = n == 1 or time.monotonic() < window["until"]
            if n == 1:
                time.sleep(0.05)
                window["until"] = time.monotonic() + 0.5
            if limited:
                self.log.append((time.monotonic(), 429))
                return self._rate_limited()

            return super().__call__(request)

        def _rate_limited(self):
            from werkzeug import Response

            body = {"error": {"message": "Rate limit reached", "code": "rate_limit_exceeded"}}
            return Response(
                json.dumps(body), status=429, headers={"Retry-After": "0.5"}, content_type="application/json"
            )

    server = Limited(latency=0.3)
    server.requests = 0
    gate = BackoffGate()
    with serving(server) as url:
        report = run_batch(cohort(8), provider="openai", base_url=url, concurrency=4, gate=gate)
    statuses = [status for _, status in server.log]
    assert report.exit_code == 0 and report.summary.passed == 8
    assert statuses.count(429) == 1, statuses
    assert gate.pauses == 1 and report.summary.rate_limit_pauses == 1


def test_overwrite_starts_again_and_the_input_is_never_the_output(tmp_path, capsys):
    source = write_jsonl(tmp_path / "rows.jsonl", cohort(2))
    out = tmp_path / "out.jsonl"
    out.write_text("not a result\n")
    assert main(["batch", str(source), "--out", str(out), "--provider", "template", "--resume"]) == 2
    assert "out.jsonl line 1 is not a batch result" in capsys.readouterr().err
    assert main(["batch", str(source), "--out", str(out), "--provider", "template", "--overwrite"]) == 0
    assert sorted(r["id"] for r in lines(out)) == ["r01", "r02"]
    before = source.read_bytes()
    assert main(["batch", str(source), "--out", str(source), "--provider", "template", "--resume"]) == 2
    assert "is the input file" in capsys.readouterr().err and source.read_bytes() == before


def test_the_local_model_is_run_one_row_at_a_time():
    """The local provider generates under one lock: batch caps its pool to the provider's max_concurrency."""
    from composer.providers.local_provider import LocalProvider

    lock = threading.Lock()
    state = {"now": 0, "most": 0}

    class Local(LocalProvider):
        def __init__(self) -> None:  # no model: the test counts the calls that would reach it
            self.model = "fake-local"

        def draft(self, request):
            context = request.context
            with lock:
                state["now"] += 1
                state["most"] = max(state["most"], state["now"])
            time.sleep(0.02)
            with lock:
                state["now"] -= 1
            text = note(context.first_name, context.topics[0], context.role, context.company)
            return Completion(text=text, model=self.model)

    report = run_batch(cohort(6), provider=Local(), concurrency=4)
    assert report.exit_code == 0 and state["most"] == 1


INVENTED = "Hi {first}, thank you for the interview. I enjoyed our talk with Marcus about Kafka."


def test_warnings_are_shown_in_the_csv_and_markdown_tables(tmp_path):
    rows = [{"id": "raj", "interviewer_name": "Raj Patel", "topics": ["Kafka"]}]
    provider = FakeProvider(lambda messages, ctx: INVENTED.format(first=ctx.first_name))
    report = run_batch(rows, provider=provider)
    (record,) = report.records()
    assert record["passed"] and record["warnings"]  # a name the facts do not hold: confirm before sending
    header, line = report.render("csv").splitlines()
    assert header.endswith(",warnings") and "grounding.invented_detail" in line and "Marcus" in line
    markdown = report.render("markdown").splitlines()
    assert markdown[0].endswith("| warnings |") and "grounding.invented_detail" in markdown[2]
