"""The journal's file: where it lives, how it is opened, and one transaction per command.

    >>> from composer.journal.store import open_journal
    >>> with open_journal(tmp / "journal.sqlite3") as journal, journal.transaction() as db:
    ...     db.execute("SELECT count(*) FROM interviews").fetchone()

SQLite in WAL mode (readers never wait for a writer), with a busy timeout (a second writer waits for the
first instead of failing), and every command in one `BEGIN IMMEDIATE` transaction: it commits whole, or a
crash or an error leaves the journal exactly as it was before the command.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from composer.errors import UsageError
from composer.journal.schema import migrate

FILE_NAME = "journal.sqlite3"
APP_NAME = "interview-followup-composer"
HOME_ENV = "COMPOSER_HOME"
BUSY_TIMEOUT_SECONDS = 30.0
# Test hook: seconds to sleep inside each write transaction, after its changes and before the commit, so
# a test can kill the process at that point (tests/test_journal_reliability.py).
PAUSE_ENV = "COMPOSER_JOURNAL_PAUSE_BEFORE_COMMIT"


def journal_home() -> Path:
    """$COMPOSER_HOME, else the platform's user data folder (~/.local/share/interview-followup-composer)."""
    home = os.environ.get(HOME_ENV, "").strip()
    if home:
        return Path(home).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def journal_path() -> Path:
    return journal_home() / FILE_NAME


class Journal:
    """An open journal file. Use `transaction()` for every read and write; `close()` (or `with`) at the end."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        except (OSError, sqlite3.Error) as e:
            raise UsageError(
                f"Cannot open the journal {path} ({e}): set {HOME_ENV} to a folder you can write"
            ) from None
        try:
            self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.row_factory = sqlite3.Row
            with self.transaction(write=True, pause=False) as db:
                migrate(db)
        except sqlite3.DatabaseError as e:
            self.conn.close()
            raise UsageError(
                f"The journal {path} cannot be read ({e}): restore it from a copy made with 'export' "
                f"('import FILE'), or set {HOME_ENV} to another folder"
            ) from None

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self, write: bool = True, pause: bool = True) -> Iterator[sqlite3.Connection]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        self.conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield self.conn
            seconds = os.environ.get(PAUSE_ENV) if write and pause else None
            if seconds:
                time.sleep(float(seconds))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise


def open_journal(path: str | Path | None = None) -> Journal:
    """The journal at `path`, or at $COMPOSER_HOME/journal.sqlite3; created and migrated as needed."""
    return Journal(Path(path) if path is not None else journal_path())
