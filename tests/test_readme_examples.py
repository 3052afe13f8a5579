"""Every shell example in README.md runs, as written, so that none can rot.

Each ```bash block is run by bash, command by command, in a fresh folder holding a copy of `examples/`, with
no key, no server and no config of the user's: the exit code of each command must be 0, or the one the
README gives it in a trailing comment (`# exit 1`). Not run: the blocks of "Set-up" (they install), and a
block whose first line says it is not, with the reason (`# not run by the tests: needs OPENAI_API_KEY`).
The reasons are few, and so are such blocks: a test below keeps them so.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
EXAMPLES = ROOT / "examples"
NOT_RUN = "# not run by the tests: "
REASONS = ("needs OPENAI_API_KEY", "needs a model server", "runs for minutes", "runs until Ctrl-C")
MAX_NOT_RUN = 8
SET_UP = "Set-up"
EXIT = re.compile(r"\s#\s*exit (\d+)\b")  # a trailing comment: `# exit 1`, `# exit 2: why`
SCRIPT = "followup-composer"
TIMEOUT = 600  # seconds for one block; the bundled model's examples are the slowest


@dataclass(frozen=True)
class Block:
    section: str
    line: int
    text: str

    @property
    def reason(self) -> str | None:
        first = self.text.lstrip().splitlines()[0] if self.text.strip() else ""
        return first[len(NOT_RUN) :].strip() if first.startswith(NOT_RUN) else None


def bash_blocks(markdown: str) -> list[Block]:
    blocks, section, inside, start, lines = [], "", False, 0, []
    for number, line in enumerate(markdown.splitlines(), 1):
        if not inside and line.startswith("## "):
            section = line[3:].strip()
        elif not inside and line.strip() == "```bash":
            inside, start, lines = True, number, []
        elif inside and line.strip() == "```":
            blocks.append(Block(section, start, "\n".join(lines)))
            inside = False
        elif inside:
            lines.append(line)
    return blocks


def commands(text: str) -> list[tuple[str, int]]:
    """The block's commands (continued lines joined), each with the exit code the README gives it."""
    found, pending = [], ""
    for line in text.splitlines():
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        command = pending + line
        pending = ""
        expected = EXIT.search(command)
        found.append((command, int(expected.group(1)) if expected else 0))
    return found


ALL = bash_blocks(README.read_text(encoding="utf-8"))
RUN = [b for b in ALL if not b.section.startswith(SET_UP) and b.reason is None]


def test_the_readme_has_examples_and_few_are_not_run():
    assert len(RUN) >= 6
    not_run = [b for b in ALL if b.reason is not None]
    assert len(not_run) <= MAX_NOT_RUN, [b.line for b in not_run]
    assert {b.reason for b in not_run} <= set(REASONS), [b.reason for b in not_run]
    set_up = [b for b in ALL if b.section.startswith(SET_UP)]
    assert 1 <= len(set_up) <= 2  # the two set-up commands, which install


def test_the_examples_use_the_console_script_and_the_files_in_examples():
    for block in RUN:
        assert "python -m composer" not in block.text, f"README line {block.line}: use {SCRIPT}"
    named = set(re.findall(r"examples/([\w.-]+)", README.read_text(encoding="utf-8")))
    assert {"interview.yaml", "note.txt", "panel.csv", "panel.json", "panel.jsonl", "panel.yaml"} <= named
    assert named <= {p.name for p in EXAMPLES.iterdir()}, named - {p.name for p in EXAMPLES.iterdir()}


def test_commands_are_split_and_exit_codes_read():
    text = "# a comment\nfoo --a \\\n    --b   # exit 1: fails\nbar  # after Ctrl-C\n"
    assert commands(text) == [("foo --a      --b   # exit 1: fails", 1), ("bar  # after Ctrl-C", 0)]


def script_dir(tmp_path: Path) -> Path:
    """A folder with `followup-composer` and `python` for this checkout: the installed console script when
    it is next to this Python, else a stand-in that runs `python -m composer`."""
    installed = Path(sys.executable).parent / SCRIPT
    if installed.exists():
        return installed.parent
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / SCRIPT).write_text(f'#!/bin/sh\nexec "{sys.executable}" -m composer "$@"\n')
    (bin_dir / SCRIPT).chmod(0o755)
    (bin_dir / "python").symlink_to(sys.executable)
    return bin_dir


def offline_environment(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "COMPOSER_"))}
    env["PATH"] = f"{script_dir(tmp_path)}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    env["COMPOSER_CONFIG"] = str(tmp_path / "config" / "config.toml")  # never the user's own
    env["COMPOSER_HOME"] = str(tmp_path / "home")
    # The bundled model's examples: one thread, the fastest on a busy machine as on an idle one (issue 13).
    env["COMPOSER_LOCAL_THREADS"] = "1"
    return env


def as_script(block: Block) -> str:
    lines = []
    for number, (command, expected) in enumerate(commands(block.text), 1):
        lines.append(command)
        quoted = command.replace("'", "'\\''")
        lines.append(
            f"rc=$?; if [ $rc -ne {expected} ]; then echo 'command {number} exited '$rc', the README says "
            f"{expected}: {quoted}' >&2; exit 99; fi"
        )
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("block", RUN, ids=[f"line{b.line}" for b in RUN])
def test_every_shell_example_in_the_readme_runs(block, tmp_path):
    work = tmp_path / "work"
    shutil.copytree(EXAMPLES, work / "examples")
    shell = subprocess.Popen(
        ["bash", "-c", as_script(block)],
        cwd=work,
        env=offline_environment(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        start_new_session=True,  # its own process group: a timeout ends every command it started
    )
    try:
        _, stderr = shell.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(shell.pid, signal.SIGKILL)
        shell.communicate()
        pytest.fail(f"README.md line {block.line} ({block.section}) ran for more than {TIMEOUT} s")
    assert shell.returncode == 0, f"README.md line {block.line} ({block.section}):\n{stderr[-3000:]}"
