"""`--timeout SECONDS` / `COMPOSER_TIMEOUT` bound each request from its start to its last byte (issue 14, item 8).

Against a fault-injecting HTTP server on loopback (raw sockets, one thread per connection): one that accepts a
request and never answers, and one that sends a whole valid answer a byte at a time, status line included.
Before the fix, the first held `draft` for four reads of 60 s, and the second was never cut off. The feature
is a deadline, so these tests assert that a run ends well before what the server would have made it wait.
"""

from __future__ import annotations

import json
import socket
import threading
import time

import pytest

from composer import app
from composer.cli import main
from composer.providers import openai_provider  # noqa: F401  (imported here: the timings leave out the SDK's import)
from tests.openai_wire import chat_completion
from tests.test_draft_transport import FACTS, GOOD

SERVER_PATIENCE = 12.0  # seconds the silent server holds a connection; the trickle takes about as long


class FaultServer:
    """A loopback HTTP server that misbehaves on purpose. `mode`: "silent" reads the request and never answers
    (until SERVER_PATIENCE has passed); "trickle" sends a valid chat completion one byte every `interval`."""

    def __init__(self, mode: str, interval: float = 0.02, text: str = GOOD) -> None:
        self.mode, self.interval = mode, interval
        body = json.dumps(chat_completion(text)).encode()
        self.response = (
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        self.requests = 0
        self.stop = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.05)
        self.threads = [threading.Thread(target=self._accept, daemon=True)]
        self.threads[0].start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}/v1"

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except (TimeoutError, OSError):
                continue
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self.threads.append(thread)
            thread.start()

    def _read_request(self, conn: socket.socket) -> None:
        data = b""
        while b"\r\n\r\n" not in data:
            data += conn.recv(65536)
        head, _, body = data.partition(b"\r\n\r\n")
        length = next(
            int(line.split(b":")[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length")
        )
        while len(body) < length:
            body += conn.recv(65536)
        self.requests += 1

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            try:
                self._read_request(conn)
                if self.mode == "silent":
                    self.stop.wait(SERVER_PATIENCE)
                    return
                for i in range(len(self.response)):
                    if self.stop.is_set():
                        return
                    conn.sendall(self.response[i : i + 1])
                    time.sleep(self.interval)
            except OSError:
                return  # the client gave up and closed the connection

    def close(self) -> None:
        self.stop.set()
        self.listener.close()
        for thread in self.threads:
            thread.join(timeout=5)


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("COMPOSER_RETRY_MAX_WAIT", "0.01")
    for name in ("OPENAI_BASE_URL", "COMPOSER_MODEL", "COMPOSER_TIMEOUT", "COMPOSER_PROMPT_STYLE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def fault_server():
    servers: list[FaultServer] = []

    def start(mode: str, **options) -> FaultServer:
        servers.append(FaultServer(mode, **options))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def _draft(url: str, *extra: str) -> tuple[int, float]:
    started = time.monotonic()
    code = main(["draft", *FACTS, "--provider", "openai", "--base-url", url, *extra])
    return code, time.monotonic() - started


def test_a_server_that_never_answers_is_cut_off_at_the_timeout(fault_server, capsys):
    server = fault_server("silent")
    code, seconds = _draft(server.url, "--timeout", "0.5")
    assert code == 3
    assert server.requests == 4  # a timeout is a transient failure: retried, each try with its own deadline
    assert seconds < 4 * 0.5 + 5  # four deadlines and tiny waits, not four reads of 60 s
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "within 0.5 s, 4 tries" in err and "--timeout" in err


def test_a_server_that_trickles_its_answer_is_cut_off_at_the_timeout(fault_server, capsys):
    """A byte every 20 ms keeps every read well inside any per-read timeout: only a deadline ends it."""
    server = fault_server("trickle")
    code, seconds = _draft(server.url, "--timeout", "0.6")
    assert code == 3 and server.requests == 4
    assert seconds < 4 * 0.6 + 5  # the whole answer would take about SERVER_PATIENCE per request
    assert "within 0.6 s" in capsys.readouterr().err


def test_composer_timeout_sets_the_deadline_and_the_flag_wins(fault_server, monkeypatch, capsys):
    server = fault_server("trickle")
    monkeypatch.setenv("COMPOSER_TIMEOUT", "0.4")
    code, seconds = _draft(server.url)
    assert code == 3 and seconds < 4 * 0.4 + 5
    assert "within 0.4 s" in capsys.readouterr().err
    code, _ = _draft(server.url, "--timeout", "0.3")
    assert code == 3 and "within 0.3 s" in capsys.readouterr().err


def test_an_answer_that_arrives_within_the_timeout_is_kept(fault_server, capsys):
    server = fault_server("trickle", interval=0.0005)  # a slow server, but done well within the deadline
    code, _ = _draft(server.url, "--timeout", "30", "--format", "json")
    assert code == 0 and server.requests == 1
    assert json.loads(capsys.readouterr().out)["text"] == GOOD


def test_batch_bounds_each_request_too(fault_server, tmp_path):
    server = fault_server("silent")
    out = tmp_path / "notes.jsonl"
    rows = [{"id": "r1", "interviewer_name": "Sofía Martínez", "topics": ["Kafka"]}]
    started = time.monotonic()
    report = app.batch(rows, out, provider="openai", base_url=server.url, timeout=0.5)
    assert time.monotonic() - started < 4 * 0.5 + 5
    (line,) = out.read_text(encoding="utf-8").splitlines()
    error = json.loads(line)["error"]
    assert error["type"] == "ProviderError" and "within 0.5 s, 4 tries" in error["message"]
    assert report.exit_code == 1 and server.requests == 4


@pytest.mark.parametrize("value", ["0", "-1", "soon", "nan", "inf"])
def test_a_timeout_that_is_not_a_number_of_seconds_is_refused(value, monkeypatch, capsys):
    nowhere = ["--provider", "openai", "--base-url", "http://127.0.0.1:9/v1"]
    with pytest.raises(SystemExit) as exited:
        main(["draft", *FACTS, *nowhere, "--timeout", value])
    assert exited.value.code == 2 and "--timeout" in capsys.readouterr().err
    monkeypatch.setenv("COMPOSER_TIMEOUT", value)
    assert main(["draft", *FACTS, *nowhere]) == 3
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "COMPOSER_TIMEOUT" in err
