"""The top-level command line: the program's name in usage and error lines, and `-v` on either side of the
subcommand."""

from __future__ import annotations

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
