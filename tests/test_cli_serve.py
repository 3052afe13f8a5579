"""`serve` as a candidate starts it: a real process on loopback that answers the page and stops on Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

pytest.importorskip("starlette")

from tests.web_support import free_port  # noqa: E402


def _start(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("OPENAI_API_KEY", None)
    return subprocess.Popen(
        [sys.executable, "-m", "composer", "serve", *args],
        stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip


def _wait_for(url: str, process: subprocess.Popen) -> str:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"serve exited {process.returncode}: {process.stderr.read()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                return answer.read().decode()
        except OSError:
            time.sleep(0.1)
    raise AssertionError("serve did not answer within 60 s")


def test_serve_answers_on_loopback_and_stops_on_ctrl_c_without_a_traceback():
    port = free_port()
    process = _start("--port", str(port))
    try:
        page = _wait_for(f"http://127.0.0.1:{port}/check", process)
        assert "Check as you type" in page
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert f"http://localhost:{port}/" in err and "Traceback" not in err


def test_serve_warns_when_it_listens_beyond_loopback():
    port = free_port()
    process = _start("--host", "0.0.0.0", "--port", str(port))
    try:
        first = process.stderr.readline()
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)
    assert first.startswith("warning: serving on 0.0.0.0")


def test_a_port_out_of_range_is_one_line_and_exit_2():
    process = _start("--port", "70000")
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert err.strip().splitlines() == ["error: --port 70000 is not a port: use 1 to 65535 (default 8765)"]
