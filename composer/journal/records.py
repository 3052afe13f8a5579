"""What the journal holds, as plain dicts (what `--format json` prints and `export` writes), and the
checks every command makes before it writes: an unknown id, a date before the interview, a kind or an
outcome the journal does not know, each one line that names the field and the fix.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any

from composer.errors import UsageError
from composer.vocabulary import JOURNAL_OUTCOMES, SEND_KINDS

INTERVIEW_COLUMNS = ("id", "role", "company", "candidate_name", "interview_date", "outcome", "outcome_on")
INTERVIEWER_COLUMNS = (
    "id", "interview_id", "name", "topics", "account", "vibe", "formality", "culture", "decision_by",
    "accepted_on",
)  # fmt: skip
SEND_COLUMNS = ("id", "interviewer_id", "kind", "sent_on", "text")


def either(values: tuple[str, ...]) -> str:
    return f"{', '.join(values[:-1])} or {values[-1]}"


def interview_dict(row: sqlite3.Row) -> dict[str, Any]:
    return {key: row[key] for key in INTERVIEW_COLUMNS}


def interviewer_dict(row: sqlite3.Row) -> dict[str, Any]:
    data = {key: row[key] for key in INTERVIEWER_COLUMNS}
    data["topics"] = json.loads(data["topics"])
    return data


def send_dict(row: sqlite3.Row) -> dict[str, Any]:
    return {key: row[key] for key in SEND_COLUMNS}


def interview_row(db: sqlite3.Connection, interview_id: int) -> sqlite3.Row:
    row = db.execute("SELECT * FROM interviews WHERE id = ?", (interview_id,)).fetchone()
    if row is None:
        raise UsageError(
            f"INTERVIEW_ID {interview_id} is not in the journal: see 'interview list' for the ids stored"
        )
    return row


def interviewer_row(db: sqlite3.Connection, interviewer_id: int) -> sqlite3.Row:
    row = db.execute(
        "SELECT p.*, i.interview_date FROM interviewers p JOIN interviews i ON i.id = p.interview_id "
        "WHERE p.id = ?",
        (interviewer_id,),
    ).fetchone()
    if row is None:
        raise UsageError(
            f"INTERVIEWER_ID {interviewer_id} is not in the journal: see 'interview show ID' for the "
            "interviewers' ids"
        )
    return row


def check_kind(kind: str) -> str:
    normal = kind.strip().lower().replace("-", "_")
    if normal not in SEND_KINDS:
        raise UsageError(f"--kind {kind!r} is not a kind the journal records: use {either(SEND_KINDS)}")
    return normal


def check_outcome(outcome: str) -> str:
    normal = outcome.strip().lower()
    if normal not in JOURNAL_OUTCOMES:
        raise UsageError(f"OUTCOME {outcome!r} is not known: use {either(JOURNAL_OUTCOMES)}")
    return normal


def check_not_before(day: dt.date, interview_date: str, option: str) -> str:
    if day < dt.date.fromisoformat(interview_date):
        raise UsageError(
            f"{option} {day} is before the interview ({interview_date}): give the day it happened"
        )
    return day.isoformat()
