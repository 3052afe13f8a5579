"""A real `kill -9` halfway through a batch, then `--resume`: every row exactly once in the output.

`python -m composer batch` runs as a subprocess against an OpenAI-compatible server on loopback that takes
0.2 s per request; once some lines are written it is killed with SIGKILL (no chance to clean up), and the
same command with --resume finishes the job.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from composer.cli import main
from tests.batch_support import NoteServer, cohort, serving

ROWS = 16


def complete_lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_9_halfway_then_resume_writes_every_row_exactly_once(tmp_path, monkeypatch):
    source = tmp_path / "rows.jsonl"
    source.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in cohort(ROWS)), encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("OPENAI_", "COMPOSER_")) and "PROXY" not in k.upper()
    }
    env.update(NO_PROXY="127.0.0.1,localhost", COMPOSER_RETRY_MAX_WAIT="0.01", PYTHONPATH=str(Path.cwd()))
    server = NoteServer(latency=0.2)
    with serving(server) as url:
        command = [sys.executable, "-m", "composer", "batch", str(source), "--out", str(out)]
        command += ["--provider", "openai", "--base-url", url, "--concurrency", "2"]
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while complete_lines(out) < 4 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()
        proc.stderr.close()
        written = complete_lines(out)
        assert 4 <= written < ROWS  # killed halfway
        for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("COMPOSER_RETRY_MAX_WAIT", "0.01")
        code = main(
            ["batch", str(source), "--out", str(out), "--provider", "openai", "--base-url", url, "--resume"]
        )
    assert code == 0
    data = out.read_bytes()
    assert data.endswith(b"\n")
    records = [json.loads(line) for line in data.split(b"\n") if line]  # every line is whole
    ids = [r["id"] for r in records]
    assert sorted(ids) == sorted(r["id"] for r in cohort(ROWS))  # every row exactly once
    assert all(r["passed"] for r in records)
    assert server.requests >= ROWS
