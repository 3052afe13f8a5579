"""Reading `interview add FILE`: any input `batch` reads (CSV, JSON, JSONL, YAML; rows or an interview with
its `interviewers`), plus what the plan needs to know of each interviewer: `vibe` (required), `formality`,
`culture` and `decision_by`, given for the whole interview or per interviewer (the interviewer's own win).

Every interviewer must have an `interview_date`. Rows of one panel (batch's rule: an interview block, a
`panel` value, or the same candidate, company, role and day) become one interview.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from composer.batch.index import validate_records
from composer.batch.rows import expand
from composer.batch.source import read_records
from composer.context import MessageContext
from composer.errors import UsageError
from composer.plan import Situation
from composer.vocabulary import VIBES

PLAN_FIELDS = ("vibe", "formality", "culture", "decision_by")


@dataclass(frozen=True)
class NewInterviewer:
    """One interviewer to store: the facts a message is drafted from, and how the interview went."""

    context: MessageContext
    situation: Situation
    where: str


def read_interviews(path: str, fmt: str | None = None) -> list[list[NewInterviewer]]:
    """The interviews of an input file, each the list of its interviewers, in input order."""
    records, fields = [], []
    for record in read_records(path, fmt, PLAN_FIELDS):
        block = _take_plan_fields(record.data)
        for row in expand(record):
            own = _take_plan_fields(row.data)
            records.append(row)
            fields.append({**block, **own})
    rows = validate_records(records)
    interviews: dict[str, list[NewInterviewer]] = {}
    for row, plan_fields in zip(rows, fields, strict=True):
        situation = _situation(row.context, plan_fields, row.where)
        interviews.setdefault(row.panel, []).append(NewInterviewer(row.context, situation, row.where))
    return list(interviews.values())


def _take_plan_fields(data: dict[str, Any]) -> dict[str, Any]:
    return {key: data.pop(key) for key in PLAN_FIELDS if key in data and data[key] not in (None, "")}


def _situation(context: MessageContext, fields: dict[str, Any], where: str) -> Situation:
    if context.interview_date is None:
        raise UsageError(f"{where}: interview_date is missing: give the day of the interview (YYYY-MM-DD)")
    if "vibe" not in fields:
        raise UsageError(
            f"{where}: vibe is missing: give {', '.join(VIBES[:-1])} or {VIBES[-1]} (how the interview went "
            "with this interviewer)"
        )
    try:
        return Situation.model_validate({"interview_date": context.interview_date, **fields})
    except ValidationError as e:
        err = e.errors(include_url=False)[0]
        field = str(err["loc"][0]) if err["loc"] else "vibe"
        message = err["msg"].removeprefix("Value error, ")
        raise UsageError(f"{where}: {field} {message}") from None
