"""Ctrl-C stops `batch` (issue 14, item 9): one SIGINT stops new requests, ends every wait (retry sleeps, the
rate-limit gate), keeps every finished line, and exits 130 within seconds; a second never prints a traceback.

`python -m composer batch` runs as a real subprocess against an OpenAI-compatible server on loopback. The
first requests are answered at once (so some lines are finished), then the server answers every request
with a 429 asking for a 10 s pause, or takes 30 s to answer: a batch that honoured either would go on for
minutes. Once the batch is in that state it gets SIGINT (twice, in one case, 50 ms apart).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from werkzeug import Request, Response

from composer.batch.gate import BackoffGate, Cancelled
from tests.batch_support import cohort, facts_in, note, serving
from tests.openai_wire import chat_completion

ROWS = 12
FAST = 4  # requests answered at once; every later one is a 429 or slow
CONCURRENCY = 2
EXIT_WITHIN = 6.0  # seconds from the signal to the exit; a batch that waits out the server takes 10-30 s more

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGINT") or os.name != "posix", reason="POSIX signals")


class StallingServer:
    """Answers the first FAST requests with a passing note; then 429 (Retry-After: 10), or 30 s of silence.
    Records when each request arrived."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.lock = threading.Lock()
        self.arrivals: list[float] = []
        self.closing = threading.Event()

    def __call__(self, request: Request) -> Response:
        with self.lock:
            self.arrivals.append(time.monotonic())
            n = len(self.arrivals)
        if n > FAST:
            if self.mode == "429":
                body = {"error": {"message": "Rate limit reached", "code": "rate_limit_exceeded"}}
                return Response(json.dumps(body), 429, {"Retry-After": "10"}, content_type="application/json")
            self.closing.wait(30)
        facts = facts_in(json.loads(request.get_data())["messages"])
        text = note(facts["first"], facts["topic"], facts["role"], facts["company"])
        return Response(json.dumps(chat_completion(text)), 200, content_type="application/json")

    def after(self, moment: float) -> int:
        with self.lock:
            return sum(1 for t in self.arrivals if t > moment)


def complete_lines(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return b""
    return data[: data.rfind(b"\n") + 1]


def child_env() -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("OPENAI_", "COMPOSER_")) and "PROXY" not in k.upper()
    }
    env.update(NO_PROXY="127.0.0.1,localhost", PYTHONPATH=str(Path.cwd()))
    return env


@pytest.mark.parametrize(
    ("mode", "presses"), [("429", 1), ("slow", 1), ("429", 2)], ids=["429", "slow", "429-twice"]
)
def test_ctrl_c_stops_the_batch_within_seconds_and_keeps_the_finished_lines(tmp_path, mode, presses):
    source = tmp_path / "rows.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in cohort(ROWS)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    server = StallingServer(mode)
    with serving(server) as url:
        command = [sys.executable, "-m", "composer", "batch", str(source), "--out", str(out)]
        command += ["--provider", "openai", "--base-url", url, "--concurrency", str(CONCURRENCY)]
        proc = subprocess.Popen(command, env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 60
            while len(server.arrivals) < FAST + 1 and time.monotonic() < deadline:
                assert proc.poll() is None, proc.stderr.read().decode()
                time.sleep(0.02)
            time.sleep(0.5)  # every worker is now waiting: out a Retry-After, or on a slow answer
            finished = complete_lines(out)
            assert finished.count(b"\n") >= 2  # some lines were written before the Ctrl-C
            signalled = time.monotonic()
            for press in range(presses):
                if press:
                    time.sleep(0.05)
                proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                pytest.fail(f"batch still running 30 s after Ctrl-C ({mode})")
            took = time.monotonic() - signalled
            stderr = proc.stderr.read().decode()
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stderr.close()
            server.closing.set()
        requests_after = server.after(signalled + 0.1)
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr
    assert "interrupted" in stderr
    assert took < EXIT_WITHIN, f"exited {took:.1f} s after Ctrl-C"
    assert requests_after == 0  # no retry, no new row after the signal
    data = out.read_bytes()
    assert data == finished  # every finished line kept, whole; nothing half-written after
    ids = [json.loads(line)["id"] for line in data.splitlines()]
    assert len(ids) == len(set(ids)) >= 2


def test_a_cancelled_gate_ends_every_wait_at_once_and_refuses_the_next():
    gate = BackoffGate()
    gate.close_for(30)
    outcome: list[object] = []

    def waiter(call):
        started = time.monotonic()
        try:
            call()
        except Cancelled as e:
            outcome.append((time.monotonic() - started, e))

    threads = [
        threading.Thread(target=waiter, args=(gate.wait,)),
        threading.Thread(target=waiter, args=(lambda: gate.sleep(30),)),  # a retry's backoff
    ]
    for thread in threads:
        thread.start()
    time.sleep(0.2)
    gate.cancel()
    for thread in threads:
        thread.join(5)
    assert len(outcome) == 2 and all(seconds < 2 for seconds, _ in outcome)
    with pytest.raises(Cancelled):
        BackoffGate.wait(gate)  # an open gate too, once cancelled
