"""The journal under stress, with a real SQLite file: two processes writing at once lose nothing, a writer
killed inside its transaction leaves the journal as it was, and a version 1 journal migrates forward."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from composer.journal import schema
from composer.journal.store import PAUSE_ENV, open_journal
from tests.journal_support import PANEL, table_counts, write

ROOT = Path(__file__).resolve().parents[1]
WRITES = 40

WRITER = """
import sys, datetime as dt
from composer.journal import service
from composer.journal.store import open_journal
with open_journal() as journal:
    for n in range(int(sys.argv[1])):
        service.record_sent(journal, int(sys.argv[2]), "follow_up", dt.date(2026, 5, 20), f"message {n}")
"""


def _env(home: Path, **extra: str) -> dict[str, str]:
    path = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    return {**os.environ, "COMPOSER_HOME": str(home), "PYTHONPATH": path, **extra}


def test_two_processes_writing_at_once_lose_nothing(cli, home, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(WRITES), person], env=_env(home))
        for person in ("1", "2")
    ]
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    conn = sqlite3.connect(home / "journal.sqlite3")
    counts = dict(conn.execute("SELECT interviewer_id, count(*) FROM sends GROUP BY interviewer_id"))
    assert counts == {1: WRITES, 2: WRITES}
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _wait_until_locked(path: Path, process: subprocess.Popen, timeout: float = 60) -> None:
    """Until `process` holds the write lock (it is inside its transaction, paused before the commit)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        if path.exists():
            conn = sqlite3.connect(path, timeout=0, isolation_level=None)
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("ROLLBACK")
            except sqlite3.OperationalError:  # database is locked: the writer is mid-transaction
                return
            finally:
                conn.close()
        time.sleep(0.05)
    raise AssertionError("the writer never took the write lock")


@pytest.mark.parametrize(
    "argv",
    [
        ["sent", "1", "--kind", "connection_note", "--on", "2026-05-20"],
        ["interview", "add", "{panel}"],
        ["outcome", "1", "offer", "--on", "2026-06-01"],
        ["import", "{copy}", "--replace"],
    ],
    ids=["sent", "interview add", "outcome", "import --replace"],
)
def test_a_writer_killed_mid_command_leaves_the_journal_as_it_was(cli, home, tmp_path, argv):
    panel = write(tmp_path / "panel.yaml", PANEL)
    cli("interview", "add", panel)
    cli("sent", "2", "--kind", "thank_you_email", "--on", "2026-05-18")
    copy = tmp_path / "copy.json"
    write(copy, json.dumps({"journal": "interview-followup-composer", "schema_version": 2, "interviews": []}))
    before = cli("export").json()
    argv = [a.format(panel=panel, copy=copy) for a in argv]
    writer = subprocess.Popen(
        [sys.executable, "-m", "composer", *argv],
        env=_env(home, **{PAUSE_ENV: "60"}), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        _wait_until_locked(home / "journal.sqlite3", writer)
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    assert cli("export").json() == before
    conn = sqlite3.connect(home / "journal.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_without_the_kill_the_same_command_commits(cli, home, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    done = subprocess.run(
        [sys.executable, "-m", "composer", "sent", "1", "--kind", "connection_note", "--on", "2026-05-20"],
        env=_env(home, **{PAUSE_ENV: "0.2"}), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert table_counts(home)["sends"] == 1


def _version_1_journal(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    schema.migrate(conn, target=1)
    conn.execute(
        "INSERT INTO interviews (id, role, company, interview_date) VALUES (1, 'Analyst', 'Initech', '2026-05-18')"
    )
    conn.execute(
        "INSERT INTO interviewers (id, interview_id, name, topics, vibe) VALUES (1, 1, 'Ana Silva', '[\"dashboards\"]', 'positive')"
    )
    conn.execute(
        "INSERT INTO sends (interviewer_id, kind, sent_on) VALUES (1, 'thank_you_email', '2026-05-18')"
    )
    conn.execute("COMMIT")
    conn.close()


def test_a_version_1_journal_migrates_to_the_current_version(cli, home):
    home.mkdir()
    _version_1_journal(home / "journal.sqlite3")
    with open_journal(home / "journal.sqlite3") as journal, journal.transaction(write=False) as db:
        assert schema.version_of(db) == schema.SCHEMA_VERSION
        assert db.execute("SELECT count(*) FROM settings").fetchone()[0] == 0
        indexes = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "sends_by_interviewer" in indexes
    assert table_counts(home) == {"interviews": 1, "interviewers": 1, "sends": 1}
    items = cli("next", "--today", "2026-05-21", "--format", "json").json()
    assert [(i["interviewer_name"], i["kind"]) for i in items] == [("Ana Silva", "connection_note")]


def test_every_version_has_its_migration():
    assert sorted(schema.MIGRATIONS) == list(range(1, schema.SCHEMA_VERSION + 1))


def test_a_journal_from_a_newer_composer_is_refused_in_one_line(cli, home):
    home.mkdir()
    _version_1_journal(home / "journal.sqlite3")
    conn = sqlite3.connect(home / "journal.sqlite3")
    conn.execute("UPDATE schema_version SET version = 99")
    conn.commit()
    conn.close()
    ran = cli("interview", "list")
    assert ran.code == 2 and "schema version 99" in ran.err and "upgrade" in ran.err
