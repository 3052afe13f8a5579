"""The journal's tables, and the forward migrations that build them: version N is `MIGRATIONS[N]` applied
to version N - 1. A journal records its version in `schema_version`; opening it applies what is missing,
in one transaction, so a journal is always at one version or the next, never between them.

No API key, token or other secret has a column here: the journal holds interview facts, the dates the
candidate says they sent something, and the text they choose to keep.
"""

from __future__ import annotations

import sqlite3

from composer.errors import UsageError

MIGRATIONS: dict[int, str] = {
    1: """
        CREATE TABLE schema_version (version INTEGER NOT NULL);
        INSERT INTO schema_version (version) VALUES (0);
        CREATE TABLE interviews (
            id INTEGER PRIMARY KEY,
            role TEXT NOT NULL DEFAULT '',
            company TEXT NOT NULL DEFAULT '',
            candidate_name TEXT,
            interview_date TEXT NOT NULL,
            outcome TEXT NOT NULL DEFAULT 'none',
            outcome_on TEXT
        );
        CREATE TABLE interviewers (
            id INTEGER PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES interviews (id),
            name TEXT NOT NULL,
            topics TEXT NOT NULL DEFAULT '[]',
            account TEXT NOT NULL DEFAULT 'free',
            vibe TEXT NOT NULL,
            formality TEXT,
            culture TEXT NOT NULL DEFAULT 'unknown',
            decision_by TEXT,
            accepted_on TEXT
        );
        CREATE TABLE sends (
            id INTEGER PRIMARY KEY,
            interviewer_id INTEGER NOT NULL REFERENCES interviewers (id),
            kind TEXT NOT NULL,
            sent_on TEXT NOT NULL,
            text TEXT
        );
    """,
    # Settings kept with the journal (the monthly allowance of personalised notes), and the index `next`
    # and `history` read the sends by.
    2: """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE INDEX sends_by_interviewer ON sends (interviewer_id, kind);
    """,
}
SCHEMA_VERSION = max(MIGRATIONS)


def version_of(conn: sqlite3.Connection) -> int:
    """The journal's schema version: 0 for a new, empty file."""
    row = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if row is None:
        return 0
    return int(conn.execute("SELECT version FROM schema_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the journal to `target` inside the caller's transaction; returns the version it was at."""
    found = version_of(conn)
    if found > SCHEMA_VERSION:
        raise UsageError(
            f"The journal is at schema version {found}, newer than this composer knows ({SCHEMA_VERSION}): "
            "upgrade interview-followup-composer"
        )
    for version in range(found + 1, target + 1):
        for statement in _statements(MIGRATIONS[version]):
            conn.execute(statement)
        conn.execute("UPDATE schema_version SET version = ?", (version,))
    return found


def _statements(script: str) -> list[str]:
    """A migration's statements, one at a time (executescript would commit the caller's transaction)."""
    return [s.strip() for s in script.split(";") if s.strip()]
