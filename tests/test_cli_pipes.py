"""The command line and its pipes (issue 14, item 16): a reader that goes away (`check ... | head -2`) ends
the command quietly, with no BrokenPipeError traceback; `batch --resume` that cuts a partial last line off
its output says so on stderr, in one line naming the file and the bytes cut."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.batch_support import cohort

CONTEXT = ["--interviewer", "Sofía Martínez", "--role", "Data Engineer", "--company", "Acme"]
CONTEXT += ["--topic", "migrating batch jobs to Kafka"]
NOTE = (
    "Hi Sofía, thank you for speaking with me about the Data Engineer role at Acme. I enjoyed hearing your "
    "perspective on migrating batch jobs to Kafka. I'd be glad to stay connected."
)


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "COMPOSER_"))}
    env["PYTHONPATH"] = str(Path.cwd())
    return env


def run_into_closed_pipe(args: list[str]) -> subprocess.CompletedProcess:
    """The command with its stdout a pipe whose reader has already gone (as `| head -2` once it has read)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "composer", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=child_env(),
            timeout=120,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--text", NOTE, *CONTEXT],
        ["check", "--text", NOTE, *CONTEXT, "--format", "json"],
        ["draft", "--provider", "template", *CONTEXT],
        ["plan", "--interview-date", "2026-05-18", "--vibe", "positive", "--today", "2026-05-19"],
    ],
    ids=["check", "check-json", "draft", "plan"],
)
def test_a_reader_gone_away_ends_the_command_quietly(args):
    done = subprocess.run(
        [sys.executable, "-m", "composer", *args], capture_output=True, env=child_env(), timeout=120
    )
    assert done.stdout, done.stderr.decode()  # it does write to stdout
    closed = run_into_closed_pipe(args)
    stderr = closed.stderr.decode()
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr and "Broken pipe" not in stderr
    assert stderr == ""
    assert closed.returncode in (0, 1)  # Python's recipe: 1 on EPIPE (a passing check may be done first)


def test_batch_with_a_table_to_a_reader_gone_away_keeps_its_output_and_prints_no_traceback(tmp_path):
    source = tmp_path / "rows.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in cohort(3)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["batch", str(source), "--out", str(out), "--provider", "template", "--format", "csv"]
    closed = run_into_closed_pipe(args)
    assert "Traceback" not in closed.stderr.decode() and "BrokenPipe" not in closed.stderr.decode()
    assert len(out.read_bytes().splitlines()) == 3


def test_resume_says_on_stderr_that_it_cut_a_partial_last_line(tmp_path):
    source = tmp_path / "rows.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in cohort(3)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    first = subprocess.run(
        [sys.executable, "-m", "composer", "batch", str(source), "--out", str(out), "--provider", "template"],
        capture_output=True,
        env=child_env(),
        timeout=120,
    )
    assert first.returncode == 0, first.stderr.decode()
    lines = out.read_bytes().splitlines(keepends=True)
    partial = lines[2][:37]
    out.write_bytes(lines[0] + lines[1] + partial)  # a write cut short by kill -9
    resumed = subprocess.run(
        [sys.executable, "-m", "composer", "batch", str(source), "--out", str(out), "--provider", "template"]
        + ["--resume"],
        capture_output=True,
        env=child_env(),
        timeout=120,
    )
    assert resumed.returncode == 0, resumed.stderr.decode()
    said = [line for line in resumed.stderr.decode().splitlines() if "partial" in line]
    assert len(said) == 1 and "out.jsonl" in said[0] and "37 bytes" in said[0], resumed.stderr.decode()
    assert len(out.read_bytes().splitlines()) == 3
