"""The journal's operations, each one transaction: what `composer.app` offers every front end.

    >>> from composer.journal import service
    >>> with open_journal() as journal:
    ...     ids = service.add_interviews(journal, "panel.yaml")
    ...     service.record_sent(journal, ids[0]["interviewers"][0]["id"], "thank_you_email", today)

Bad input raises `UsageError` before anything is written, and the transaction rolls back whatever a
command had written when anything fails, so the journal is as it was before the command.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from composer.errors import UsageError
from composer.journal.allowance import DEFAULT_NOTES_PER_MONTH, SETTING, spend_allowance
from composer.journal.due import DueItem, due_items
from composer.journal.interviews import NewInterviewer, read_interviews
from composer.journal.records import (
    check_kind,
    check_not_before,
    check_outcome,
    interview_dict,
    interview_row,
    interviewer_dict,
    interviewer_row,
    send_dict,
)
from composer.journal.store import Journal
from composer.vocabulary import CONNECTION_REQUEST, KINDS, STATUS_CHECK


def add_interviews(journal: Journal, path: str, fmt: str | None = None) -> list[dict[str, Any]]:
    """Store every interview of the file; returns each with its id and its interviewers' ids and names."""
    interviews = read_interviews(path, fmt)  # every row checked before anything is written
    added = []
    with journal.transaction() as db:
        for people in interviews:
            added.append(_insert_interview(db, people))
    return added


def _insert_interview(db: Any, people: list[NewInterviewer]) -> dict[str, Any]:
    first = people[0].context
    interview_id = db.execute(
        "INSERT INTO interviews (role, company, candidate_name, interview_date) VALUES (?, ?, ?, ?)",
        (first.role, first.company, first.candidate_name, first.interview_date.isoformat()),
    ).lastrowid
    stored = []
    for person in people:
        ctx, s = person.context, person.situation
        interviewer_id = db.execute(
            "INSERT INTO interviewers (interview_id, name, topics, account, vibe, formality, culture, "
            "decision_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                interview_id, ctx.interviewer_name, json.dumps(ctx.topics, ensure_ascii=False), ctx.account,
                s.vibe, s.formality, s.culture, s.decision_by.isoformat() if s.decision_by else None,
            ),
        ).lastrowid  # fmt: skip
        stored.append({"id": interviewer_id, "name": ctx.interviewer_name})
    return {"id": interview_id, "role": first.role, "company": first.company, "interviewers": stored}


def list_interviews(journal: Journal) -> list[dict[str, Any]]:
    """Every interview, oldest first, with its interviewers."""
    with journal.transaction(write=False) as db:
        rows = db.execute("SELECT * FROM interviews ORDER BY interview_date, id").fetchall()
        return [_with_interviewers(db, row) for row in rows]


def show_interview(journal: Journal, interview_id: int) -> dict[str, Any]:
    """One interview, its interviewers and everything recorded for each."""
    with journal.transaction(write=False) as db:
        interview = _with_interviewers(db, interview_row(db, interview_id))
        for person in interview["interviewers"]:
            person["sent"] = _sends(db, person["id"])
        return interview


def _with_interviewers(db: Any, row: Any) -> dict[str, Any]:
    people = db.execute("SELECT * FROM interviewers WHERE interview_id = ? ORDER BY id", (row["id"],))
    return {**interview_dict(row), "interviewers": [interviewer_dict(p) for p in people]}


def _sends(db: Any, interviewer_id: int) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT * FROM sends WHERE interviewer_id = ? ORDER BY sent_on, id", (interviewer_id,)
    ).fetchall()
    return [send_dict(r) for r in rows]


def record_sent(
    journal: Journal, interviewer_id: int, kind: str, on: dt.date, text: str | None = None
) -> dict[str, Any]:
    """Record that the candidate sent a message (the composer never sends anything itself)."""
    kind = check_kind(kind)
    with journal.transaction() as db:
        person = interviewer_row(db, interviewer_id)
        sent_on = check_not_before(on, person["interview_date"], "--on")
        send_id = db.execute(
            "INSERT INTO sends (interviewer_id, kind, sent_on, text) VALUES (?, ?, ?, ?)",
            (interviewer_id, kind, sent_on, text),
        ).lastrowid
        return {"id": send_id, "interviewer_id": interviewer_id, "name": person["name"], "kind": kind,
                "sent_on": sent_on}  # fmt: skip


def record_accepted(journal: Journal, interviewer_id: int, on: dt.date) -> dict[str, Any]:
    """Record that the interviewer accepted the connection request."""
    with journal.transaction() as db:
        person = interviewer_row(db, interviewer_id)
        accepted_on = check_not_before(on, person["interview_date"], "--on")
        db.execute("UPDATE interviewers SET accepted_on = ? WHERE id = ?", (accepted_on, interviewer_id))
        return {"interviewer_id": interviewer_id, "name": person["name"], "accepted_on": accepted_on}


def record_outcome(journal: Journal, interview_id: int, outcome: str, on: dt.date) -> dict[str, Any]:
    """Record how the interview ended: offer, rejected or withdrawn."""
    outcome = check_outcome(outcome)
    with journal.transaction() as db:
        interview = interview_row(db, interview_id)
        outcome_on = check_not_before(on, interview["interview_date"], "--on")
        db.execute(
            "UPDATE interviews SET outcome = ?, outcome_on = ? WHERE id = ?",
            (outcome, outcome_on, interview_id),
        )
        return {"interview_id": interview_id, "outcome": outcome, "outcome_on": outcome_on}


def history(journal: Journal, interviewer_id: int | None = None) -> list[dict[str, Any]]:
    """Every send recorded (or one interviewer's), oldest first, with the interviewer's name."""
    with journal.transaction(write=False) as db:
        if interviewer_id is not None:
            interviewer_row(db, interviewer_id)
        rows = db.execute(
            "SELECT s.*, p.name, p.interview_id FROM sends s JOIN interviewers p ON p.id = s.interviewer_id "
            "WHERE ? IS NULL OR s.interviewer_id = ? ORDER BY s.sent_on, s.id",
            (interviewer_id, interviewer_id),
        ).fetchall()
        return [
            {**send_dict(r), "interviewer_name": r["name"], "interview_id": r["interview_id"]} for r in rows
        ]


def due(journal: Journal, today: dt.date, notes_per_month: int | None = None) -> list[DueItem]:
    """What is due or coming up as of `today`, per interviewer, earliest first; a free account's notes
    beyond `notes_per_month` (default: the journal's setting, else 5) become requests without a note."""
    interviews = []
    with journal.transaction(write=False) as db:
        if notes_per_month is None:
            notes_per_month = _notes_per_month(db)
        ids = [row["id"] for row in db.execute("SELECT id FROM interviews ORDER BY id").fetchall()]
        for interview_id in ids:
            interview = _with_interviewers(db, interview_row(db, interview_id))
            for person in interview["interviewers"]:
                person["sent"] = _sends(db, person["id"])
            interviews.append(interview)
    return spend_allowance(due_items(interviews, today), interviews, notes_per_month, today)


def _notes_per_month(db: Any) -> int:
    row = db.execute("SELECT value FROM settings WHERE key = ?", (SETTING,)).fetchone()
    return int(row["value"]) if row else DEFAULT_NOTES_PER_MONTH


def notes_per_month(journal: Journal, value: int | None = None) -> int:
    """The monthly allowance of personalised notes; set it when `value` is given (0 or more)."""
    if value is None:
        with journal.transaction(write=False) as db:
            return _notes_per_month(db)
    if value < 0:
        raise UsageError(f"{SETTING} {value} is below 0: give the number of personalised notes a month (5)")
    with journal.transaction() as db:
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (SETTING, str(value)),
        )
    return value


def draft_facts(
    journal: Journal, interviewer_id: int, today: dt.date, kind: str | None = None
) -> tuple[dict[str, Any], DueItem | None]:
    """The context to draft for one interviewer from what the journal holds (the rest of the panel as
    `other_names`, what was sent as `history`), and the item of `next` it drafts: the earliest one due for
    them, unless `kind` is given."""
    with journal.transaction(write=False) as db:
        person = interviewer_row(db, interviewer_id)
        interview = _with_interviewers(db, interview_row(db, person["interview_id"]))
        for p in interview["interviewers"]:
            p["sent"] = _sends(db, p["id"])
    me = next(p for p in interview["interviewers"] if p["id"] == interviewer_id)
    items = [i for i in due(journal, today) if i.interviewer_id == interviewer_id]
    item = next((i for i in items if kind in (None, i.kind)), None)
    if kind is None:
        kind = _kind_to_draft(item, me["name"], interviewer_id, today)
    facts = {
        "interviewer_name": me["name"], "role": interview["role"], "company": interview["company"],
        "topics": me["topics"], "account": me["account"], "kind": kind,
        "candidate_name": interview["candidate_name"], "interview_date": interview["interview_date"],
        "other_names": [p["name"] for p in interview["interviewers"] if p["id"] != interviewer_id],
        "history": [{"kind": s["kind"], "sent_on": s["sent_on"]} for s in me["sent"]],
        # later than the few days advised: the note says which interview it was (the article's "remind")
        "remind_of_interview": item is not None and item.branch == "connect_late" and kind == item.kind,
        # the day they gave, which a status check mentions
        "decision_by": me["decision_by"] if kind == STATUS_CHECK else None,
    }  # fmt: skip
    return {k: v for k, v in facts.items() if v is not None}, item


def _kind_to_draft(item: DueItem | None, name: str, interviewer_id: int, today: dt.date) -> str:
    if item is None:
        raise UsageError(
            f"Nothing is due for {name} (interviewer {interviewer_id}) as of {today} (see 'next'): pass --kind "
            "to draft a message anyway"
        )
    if item.kind == CONNECTION_REQUEST:
        raise UsageError(
            f"'next' asks for a connection request without a note to {name} (the month's personalised notes "
            "are spent): there is nothing to draft; send the request, then record it with 'sent --kind "
            "connection_request' (or pass --kind to draft another message)"
        )
    if item.kind not in KINDS:
        raise UsageError(
            f"'next' asks for a {item.kind.replace('_', ' ')} to {name}, which the composer cannot draft yet: "
            "write it yourself (short, thanking them, asking once), then record it with 'sent'"
        )
    return item.kind
