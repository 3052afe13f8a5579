"""`python -m composer check`: exit codes, reports, and one-line errors for bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from composer.cli import main

GOOD = "Hi Sofia, thank you for the interview. I enjoyed our talk about moving batch jobs to Kafka."
FACTS = ["--interviewer", "Sofía Martínez", "--topic", "migrating batch jobs to Kafka"]


def test_passing_note_exits_0(capsys):
    assert main(["check", "--text", GOOD, *FACTS]) == 0
    assert capsys.readouterr().out.startswith("PASSED")


def test_failing_note_exits_1_and_prints_fix(capsys):
    assert main(["check", "--text", "Hi Raj, any update on my application?!!", *FACTS]) == 1
    out = capsys.readouterr().out
    assert out.startswith("FAILED")
    assert "eagerness.asks_about_decision" in out and "fix:" in out


def test_json_format(capsys):
    assert main(["check", "--text", GOOD, *FACTS, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["passed"] is True and data["limit"] == 200
    assert {"rule", "category", "severity", "passed", "message", "fix", "spans"} <= set(data["results"][0])


def test_context_file_yaml_and_flag_override(tmp_path, capsys):
    ctx = tmp_path / "ctx.yaml"
    ctx.write_text(
        "interviewer_name: Raj Patel\ntopics:\n  - migrating batch jobs to Kafka\n", encoding="utf-8"
    )
    assert main(["check", "--context", str(ctx), "--interviewer", "Sofía", "--text", GOOD]) == 0
    capsys.readouterr()


def test_note_from_file_and_stdin(tmp_path, monkeypatch, capsys):
    note = tmp_path / "note.txt"
    note.write_text(GOOD + "\n", encoding="utf-8")
    assert main(["check", "--file", str(note), *FACTS]) == 0
    proc = subprocess.run(
        [sys.executable, "-m", "composer", "check", *FACTS], input=GOOD, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--text", "   ", *FACTS], "empty"),
        (["--file", "/nonexistent/note.txt", *FACTS], "does not exist"),
        (["--text", GOOD, "--interviewer", ""], "interviewer_name"),
        (["--text", GOOD, "--topic", "x" * 5000, "--interviewer", "Ana"], "topics"),
        (["--text", GOOD], "interviewer_name is required"),
    ],
)
def test_bad_input_exits_2_with_one_line(args, needle, capsys):
    assert main(["check", *args]) == 2
    err = capsys.readouterr().err.strip()
    assert needle in err and "\n" not in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ('{"role": "Data Engineer"}', "interviewer_name"),
        ('{"interviewer_name": "Ana", "topics": 5}', "topics"),
        ('{"interviewer_name": "Ana", "account": "gold"}', "account"),
        ("interviewer_name: [unclosed", "line"),
        ("[1, 2]", "mapping"),
        ("interviewer_name: Ana\ninterview_date: 2025-13-45\n", "YYYY-MM-DD"),
    ],
)
def test_bad_context_file_exits_2_naming_the_field(tmp_path, content, needle, capsys):
    ctx = tmp_path / "ctx.json"
    ctx.write_text(content, encoding="utf-8")
    assert main(["check", "--context", str(ctx), "--text", GOOD]) == 2
    err = capsys.readouterr().err.strip()
    assert needle in err and "\n" not in err


def test_invalid_utf8_file_exits_2(tmp_path, capsys):
    bad = tmp_path / "note.txt"
    bad.write_bytes(b"Hi Sofia \xff\xfe thanks")
    assert main(["check", "--file", str(bad), *FACTS]) == 2
    assert "UTF-8" in capsys.readouterr().err


def test_usage_error_is_exit_2():
    proc = subprocess.run(
        [sys.executable, "-m", "composer", "check", "--account", "gold"], capture_output=True, text=True
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_invalid_utf8_on_stdin_exits_2():
    proc = subprocess.run(
        [sys.executable, "-m", "composer", "check", *FACTS],
        input=b"Hi Sofia \xff thanks",
        capture_output=True,
    )
    assert proc.returncode == 2
    assert b"not UTF-8" in proc.stderr and b"Traceback" not in proc.stderr


def test_a_huge_note_file_exits_2_without_reading_it(tmp_path, capsys):
    big = tmp_path / "note.txt"
    big.write_bytes(b"x" * (2 << 20))
    assert main(["check", "--file", str(big), *FACTS]) == 2
    err = capsys.readouterr().err
    assert "2.0 MB" in err and "\n" not in err.strip()


def test_long_matches_are_shortened_in_messages(capsys):
    assert main(["check", "--text", "Hi Sofia, thanks for the Kafka talk. " + "X" * 5000, *FACTS]) == 1
    assert len(capsys.readouterr().out) < 3000


@pytest.mark.parametrize("kind", ["connection_note", "follow_up", "thank_you_email"])
def test_a_note_at_the_documented_limit_is_reported_too_long(tmp_path, kind, capsys):
    """1 MB, the most `check` reads, is accepted and fails on its length, with no crash (issue 14, item 6):
    a 1 MB note was a MemoryError in tone.repetition."""
    big = tmp_path / "big.txt"
    big.write_text(("Kafka thanks? we discussed Kafka. " * 40_000)[: (1 << 20) - 10], encoding="utf-8")
    assert main(["check", "--file", str(big), *FACTS, "--kind", kind, "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["characters"] == (1 << 20) - 10
    failed = [r["rule"] for r in report["results"] if not r["passed"]]
    assert {"length.over_limit", "length.email_body_words"} & set(failed), failed
