"""`export` and `import`: the whole journal as one JSON document, for a backup or a move to another machine.

    {"journal": "interview-followup-composer", "schema_version": 2, "settings": {...},
     "interviews": [{"id": 1, ..., "interviewers": [{"id": 1, ..., "sent": [{"id": 1, ...}]}]}]}

Ids are kept, so the ids a candidate noted still name the same people after a restore. Import checks the
whole document (pydantic, `extra="forbid"`) before it writes; it fills an empty journal, or replaces the
journal's content with `replace=True`, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from composer.context import Account
from composer.errors import UsageError
from composer.journal.schema import SCHEMA_VERSION
from composer.journal.store import Journal
from composer.plan import Culture, Formality, Vibe
from composer.vocabulary import JOURNAL_OUTCOMES, SEND_KINDS

FORMAT = "interview-followup-composer"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SentCopy(_Strict):
    id: int
    interviewer_id: int | None = None
    kind: Literal[SEND_KINDS]
    sent_on: dt.date
    text: str | None = None


class InterviewerCopy(_Strict):
    id: int
    interview_id: int | None = None
    name: str = Field(min_length=1)
    topics: list[str] = []
    account: Account = "free"
    vibe: Vibe
    formality: Formality | None = None
    culture: Culture = "unknown"
    decision_by: dt.date | None = None
    accepted_on: dt.date | None = None
    sent: list[SentCopy] = []


class InterviewCopy(_Strict):
    id: int
    role: str = ""
    company: str = ""
    candidate_name: str | None = None
    interview_date: dt.date
    outcome: Literal[("none", *JOURNAL_OUTCOMES)] = "none"
    outcome_on: dt.date | None = None
    interviewers: list[InterviewerCopy]


class JournalCopy(_Strict):
    journal: Literal[FORMAT]
    schema_version: int
    settings: dict[str, str] = {}
    interviews: list[InterviewCopy]


def export_journal(journal: Journal) -> dict[str, Any]:
    from composer.journal.service import show_interview

    with journal.transaction(write=False) as db:
        ids = [row["id"] for row in db.execute("SELECT id FROM interviews ORDER BY id").fetchall()]
        settings = {row["key"]: row["value"] for row in db.execute("SELECT key, value FROM settings")}
    interviews = [show_interview(journal, i) for i in ids]
    return {
        "journal": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "settings": settings,
        "interviews": interviews,
    }


def read_copy(text: str, source: str) -> JournalCopy:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise UsageError(
            f"{source} is not valid JSON: {e.msg} at line {e.lineno}, column {e.colno}"
        ) from None
    try:
        copy = JournalCopy.model_validate(data)
    except ValidationError as e:
        err = e.errors(include_url=False)[0]
        where = ".".join(str(part) for part in err["loc"]) or "the document"
        raise UsageError(f"{source}: {where}: {err['msg']} (is this a file written by 'export'?)") from None
    if copy.schema_version > SCHEMA_VERSION:
        raise UsageError(
            f"{source} is from schema version {copy.schema_version}, newer than this composer knows "
            f"({SCHEMA_VERSION}): upgrade interview-followup-composer"
        )
    return copy


def import_journal(journal: Journal, copy: JournalCopy, replace: bool = False) -> dict[str, int]:
    with journal.transaction() as db:
        count = db.execute("SELECT count(*) FROM interviews").fetchone()[0]
        if count and not replace:
            raise UsageError(
                f"The journal already holds {count} interview(s): pass --replace to replace them with the copy"
            )
        for table in ("sends", "interviewers", "interviews", "settings"):
            db.execute(f"DELETE FROM {table}")  # noqa: S608 (table names are the constants above)
        db.executemany("INSERT INTO settings (key, value) VALUES (?, ?)", copy.settings.items())
        for interview in copy.interviews:
            try:
                _insert(db, interview)
            except sqlite3.IntegrityError as e:
                raise UsageError(
                    f"interview {interview.id}: an id is used twice in the copy ({e}): give each interview, "
                    "interviewer and message its own id"
                ) from None
    people = [p for i in copy.interviews for p in i.interviewers]
    return {"interviews": len(copy.interviews), "interviewers": len(people),
            "sent": sum(len(p.sent) for p in people)}  # fmt: skip


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _insert(db: Any, i: InterviewCopy) -> None:
    db.execute(
        "INSERT INTO interviews (id, role, company, candidate_name, interview_date, outcome, outcome_on) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (i.id, i.role, i.company, i.candidate_name, _day(i.interview_date), i.outcome, _day(i.outcome_on)),
    )
    for p in i.interviewers:
        db.execute(
            "INSERT INTO interviewers (id, interview_id, name, topics, account, vibe, formality, culture, "
            "decision_by, accepted_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (p.id, i.id, p.name, json.dumps(p.topics, ensure_ascii=False), p.account, p.vibe, p.formality,
             p.culture, _day(p.decision_by), _day(p.accepted_on)),
        )  # fmt: skip
        db.executemany(
            "INSERT INTO sends (id, interviewer_id, kind, sent_on, text) VALUES (?, ?, ?, ?, ?)",
            [(s.id, p.id, s.kind, _day(s.sent_on), s.text) for s in p.sent],
        )
