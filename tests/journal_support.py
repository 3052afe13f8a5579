"""Helpers for the journal's tests: a journal in a temporary $COMPOSER_HOME, and the command line run in
this process with its output and exit code."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from composer.cli import main

PANEL = """\
role: Data Engineer
company: Acme
interview_date: 2026-05-18
candidate_name: Jordan Lee
interviewers:
  - name: Sofía Martínez
    topics: [migrating batch jobs to Kafka]
    vibe: positive
    formality: casual
  - name: Raj Patel
    topics: [data contracts]
    vibe: neutral
    decision_by: 2026-05-29
  - name: Dr. Helen Park
    topics: [on-call rotations]
    vibe: negative
    formality: formal
"""


@dataclass
class Ran:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("COMPOSER_HOME", str(folder))
    return folder


@pytest.fixture
def cli(home, capsys):
    def run(*argv: str) -> Ran:
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    return run


def table_counts(home: Path) -> dict[str, int]:
    conn = sqlite3.connect(home / "journal.sqlite3")
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("interviews", "interviewers", "sends")
        }
    finally:
        conn.close()


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
