"""The top-level command line: the program's name in usage and error lines, and `-v` on either side of the
subcommand."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).parent / "followup-composer"


def run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=60)


def test_python_m_composer_names_itself_so():
    helped = run([sys.executable, "-m", "composer", "--help"])
    assert helped.returncode == 0
    assert helped.stdout.startswith("usage: python -m composer [-h]")
    assert "Run 'python -m composer COMMAND --help'" in " ".join(helped.stdout.split())
    failed = run([sys.executable, "-m", "composer", "draft", "--max-attempts", "0"])
    assert failed.returncode == 2
    assert failed.stderr.startswith("usage: python -m composer draft ")
    assert "python -m composer draft: error: argument --max-attempts" in failed.stderr


@pytest.mark.skipif(not SCRIPT.exists(), reason="the console script is not installed next to this Python")
def test_the_console_script_names_itself_by_its_own_name():
    helped = run([str(SCRIPT), "--help"])
    assert helped.returncode == 0
    assert helped.stdout.startswith("usage: followup-composer [-h]")
    assert "python -m composer" not in helped.stdout
    failed = run([str(SCRIPT), "draft", "--max-attempts", "0"])
    assert failed.returncode == 2
    assert failed.stderr.startswith("usage: followup-composer draft ")
    assert "followup-composer draft: error: argument --max-attempts" in failed.stderr
    assert "python -m composer" not in failed.stderr


@pytest.mark.parametrize(
    ("argv", "verbose"),
    [
        (["-v", "draft"], True),
        (["draft", "-v"], True),
        (["draft", "--verbose"], True),
        (["draft"], False),
        (["batch", "rows.csv", "--out", "out.jsonl", "-v"], True),
        (["-v", "batch", "rows.csv", "--out", "out.jsonl"], True),
        (["plan", "-v"], True),
        (["check", "-v"], True),
        (["check"], False),
    ],
)
def test_verbose_goes_before_or_after_the_command(argv, verbose):
    from composer.cli import build_parser

    assert build_parser().parse_args(argv).verbose is verbose


def test_verbose_after_draft_logs_each_retry():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once the block ends
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "COMPOSER_"))}
    env["COMPOSER_RETRY_MAX_WAIT"] = "0.01"
    argv = [
        sys.executable,
        "-m",
        "composer",
        "draft",
        "--interviewer",
        "Raj Patel",
        "--topic",
        "data contracts",
    ]
    proc = subprocess.run(
        [*argv, "--provider", "openai", "--base-url", f"http://127.0.0.1:{port}/v1", "-v"],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert proc.returncode == 3, proc.stderr
    retries = [line for line in proc.stderr.splitlines() if "retry" in line]
    assert len(retries) == 3 and all(line.startswith("INFO ") for line in retries), proc.stderr
    assert "retry 1 of 3" in retries[0]
