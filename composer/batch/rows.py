"""One row of a batch: a record (composer.batch.readers) expanded to the rows it holds, each checked with
`MessageContext` and given its panel key; then a panel's rows given each other's names and topics.

Two shapes, in any of the four formats (a list may mix them), or in the Python API's list of dicts:

- rows that each carry their own context: `id`, `interviewer_name` (or `name`), `role`, `company`,
  `topics` or `topic` (';'-separated in a CSV cell), `account`, `kind`, `candidate_name`, `interview_date`,
  `other_names`, and optionally `panel` to say which rows were one interview;
- one interview with its interviewers: `{role, company, account, ..., interviewers: [{name, topics}, ...]}`
  (every interviewer inherits the interview's fields and may override them; an interviewer's own `company`,
  when the interview names another, is where they work, `interviewer_company`: the job stays the interview's).

A row's panel is its interview block, else its `panel` value, else the rows that share candidate, company,
role and interview date. Each row's `other_names` gets the rest of its panel, so the guardrails catch a note
that greets the wrong person. Rows without an `id` are numbered `row-1`, `row-2`, ... in input order (give
ids if you edit the input between a run and its `--resume`).

Every problem is a `UsageError` whose one line names the row (its line, or its place, and its id) and the
field: an unknown or missing column, an empty name, an oversized field, bytes that are not UTF-8, a NUL
byte. (Reading a whole input, ids checked and panels formed, is composer.batch.index.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from composer.batch.fields import (
    ALIASES,
    INTERVIEW_FIELDS,
    MAX_ID,
    ROW_FIELDS,
    check_string,
    check_strings,
    field_name,
    kind_of,
)
from composer.batch.readers import Record
from composer.context import MessageContext, describe_error
from composer.context_input import MAX_ERROR, with_dates
from composer.dates import parse_date
from composer.errors import UsageError, one_line

# A real interview panel is a handful of people. More rows than this that share only a company and a role
# (no interview date, no candidate) are a coach's cohort of separate interviews, not one panel: comparing
# them pairwise would rewrite notes to people who never compare notes, at a cost that grows with the square.
MAX_LOOSE_PANEL = 30


@dataclass(frozen=True)
class BatchRow:
    """One message to draft: its id, its validated context (panel filled in), and where it came from."""

    id: str
    context: MessageContext
    where: str  # "rows.csv line 4", for messages
    index: int  # place in input order, from 0
    panel: str  # rows with the same panel key were one interview


@dataclass(frozen=True)
class RowKey:
    """What the first pass keeps of a row: its id, its interviewer, where it is, its panel key."""

    id: str
    name: str  # the interviewer's name, as the final table shows it
    where: str  # "rows.csv line 4 (id r3)"
    first_where: str  # "rows.csv line 4": where a later row with the same id says this one is
    key: str | None  # its panel key (an interview block, a panel value, or a shared interview); None: alone
    loose: bool  # the key is only a shared company and role (no date, no candidate): maybe a cohort


@dataclass(frozen=True)
class CheckedRow(RowKey):
    """A row checked on its own, before its panel is known: what `fill_panel` needs of it."""

    data: dict[str, Any]  # its fields, as MessageContext took them
    context: MessageContext
    index: int


# ---------------------------------------------------------------- interviews


def expand(record: Record) -> Iterator[Record]:
    """A record as the rows it holds: itself, or each interviewer of an interview block, with the block's
    fields (the interviewer's own win) and the block's panel."""
    if "interviewers" not in record.data:
        yield record
        return
    where = record.where
    block = {k: v for k, v in record.data.items() if k != "interviewers"}
    for key in block:
        check_string(str(key), "a field name", where)
        if key not in INTERVIEW_FIELDS and ALIASES.get(key) not in INTERVIEW_FIELDS:
            raise UsageError(
                f"{where}: {key} is not a field of an interview (known: {', '.join(INTERVIEW_FIELDS)}; give "
                "names and ids inside 'interviewers')"
            )
    people = record.data["interviewers"]
    if not isinstance(people, list) or not people:
        raise UsageError(f"{where}: interviewers must be a list of people ({{name, topics}}), one or more")
    panel = block.pop("panel", None)
    check_strings(panel, "panel", where)
    panel_key = f"panel:{panel}" if panel not in (None, "") else f"interview:{where}"
    for k, person in enumerate(people, start=1):
        line = getattr(person, "line", 0)  # a YAML mapping knows its line
        at = f"{record.source} line {line}" if line else f"{where}, interviewer {k}"
        if isinstance(person, str):
            person = {"interviewer_name": person}
        if not isinstance(person, Mapping):
            raise UsageError(f"{at}: interviewer {k} is {kind_of(person)}, not a name or a mapping")
        own = where_they_work({field_name(key): v for key, v in person.items()}, block)
        yield Record(at, {**block, **own}, record.source, panel=panel_key)


def where_they_work(own: dict[str, Any], block: dict[str, Any]) -> dict[str, Any]:
    """An interviewer's fields, where a company other than the interview's is where they work (a panel
    member from a partner, a professional body or another office: `interviewer_company`); the job is still
    the interview's."""
    job = next((v for k, v in block.items() if field_name(k) == "company"), None)
    theirs = own.get("company")
    if (
        isinstance(job, str)
        and job.strip()
        and isinstance(theirs, str)
        and " ".join(theirs.split()).casefold() != " ".join(job.split()).casefold()
        and not own.get("interviewer_company")
    ):
        own = {k: v for k, v in own.items() if k != "company"}
        own["interviewer_company"] = theirs
    return own


# ---------------------------------------------------------------- validating rows


def _row_id(value: Any, where: str) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise UsageError(f"{where}: id must be text or a whole number, not {kind_of(value)}")
    text = str(value).strip()
    check_string(text, "id", where)
    if len(text) > MAX_ID or any(ch in text for ch in "\r\n\t"):
        raise UsageError(f"{where}: id must be one line of at most {MAX_ID} characters")
    return text


def _context_data(data: dict[str, Any], where: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        check_string(key, "a field name", where)
        canonical = ALIASES.get(key, key)
        if canonical not in ROW_FIELDS:
            raise UsageError(f"{where}: {key} is not a known field (known: {', '.join(ROW_FIELDS)})")
        if canonical in out:
            raise UsageError(f"{where}: both {key} and {canonical} are given: keep one")
        out[canonical] = value
    for key, value in out.items():
        check_strings(value, key, where)
    if out.get("interviewer_name") is None and "interviewer_name" in out:
        out["interviewer_name"] = ""
    return {k: v for k, v in out.items() if v is not None or k == "interviewer_name"}


def _id_and_where(record: Record) -> tuple[str | None, str]:
    given = _row_id(record.data.get("id"), record.where)
    return given, f"{record.where} (id {given})" if given else record.where


def check_row(record: Record, index: int, defaults: Mapping[str, Any] | None = None) -> CheckedRow:
    """One row (an expanded record) checked: its id, every field, its context; `index` is its place in the
    input (an id it does not give is `row-{index + 1}`); `defaults` fill the fields it does not give."""
    given, where = _id_and_where(record)
    data = {
        **(defaults or {}),
        **_context_data({k: v for k, v in record.data.items() if k != "id"}, where),
    }
    data = with_dates(data, where)  # kept with the date read: a panel's rows are validated again
    key, loose = _panel_key(record, data)
    data.pop("panel", None)
    try:
        context = MessageContext.model_validate(data)
    except ValidationError as e:
        raise UsageError(one_line(describe_error(e, where), MAX_ERROR)) from None
    return CheckedRow(
        id=given or f"row-{index + 1}", name=context.interviewer_name, where=where, first_where=record.where,
        key=key, loose=loose, data=data, context=context, index=index,
    )  # fmt: skip


def key_row(record: Record, index: int, defaults: Mapping[str, Any] | None = None) -> RowKey:
    """A row read for what the first pass keeps of it (its id, its interviewer, its panel key), a few times
    quicker than `check_row`: its id and its interview date are checked, nothing else yet."""
    given, where = _id_and_where(record)
    fields = {ALIASES.get(k, k): v for k, v in record.data.items() if k != "id" and v is not None}
    data = with_dates({**(defaults or {}), **fields}, where)
    key, loose = _panel_key(record, data)
    name = data.get("interviewer_name")
    return RowKey(
        id=given or f"row-{index + 1}", name=" ".join(name.split()) if isinstance(name, str) else "",
        where=where, first_where=record.where, key=key, loose=loose,
    )  # fmt: skip


def _panel_key(record: Record, data: Mapping[str, Any]) -> tuple[str | None, bool]:
    """The row's panel key: its interview block, else its `panel` value, else the interview it shares with
    rows of the same candidate, company, role and day (None: neither company nor role, it stands alone);
    and whether that key is loose (only a company and a role in common: maybe a cohort, not a panel).
    Computed from the row's fields as MessageContext cleans them, so `key_row` and `check_row` agree."""
    panel = data.get("panel")
    if record.panel or panel not in (None, ""):
        return record.panel or f"panel:{panel}", False
    company, role = _folded(data.get("company")), _folded(data.get("role"))
    if not (company or role):
        return None, False
    candidate = _folded(data.get("candidate_name"))
    date = data.get("interview_date")
    day = parse_date(date).isoformat() if isinstance(date, dt.date) else ""
    # \x1f cannot be in a cleaned value: str.split() takes it for a space
    return "\x1f".join(("shared", candidate, company, role, day)), not candidate and not day


def _folded(value: Any) -> str:
    return " ".join(value.split()).casefold() if isinstance(value, str) else ""


def cohort_note(size: int, row: Record) -> str:
    """What to tell the user about `size` rows like `row` that share only a company and a role."""
    shared = " and ".join(
        f"{field} {' '.join(value.split())!r}"
        for field in ("company", "role")
        if isinstance(value := row.data.get(field), str) and value.strip()
    )
    return (
        f"{size} rows share only {shared}, with no interview date or candidate: read as a cohort of separate "
        "interviews, not one panel, so their notes are not compared (give them interview_date, "
        "candidate_name or panel to compare one interview's notes)"
    )


# ---------------------------------------------------------------- a panel


def _other_topics(ctx: MessageContext, panel_topics: dict[str, list[str]]) -> list[str]:
    """The row's own `other_topics`, then what the rest of its panel discussed and this member did not."""
    own = {t.casefold() for t in ctx.topics}
    out = list(ctx.other_topics)
    for member, discussed in panel_topics.items():
        if member != ctx.interviewer_name.casefold():
            out += [t for t in discussed if t.casefold() not in own and t not in out]
    return out


def fill_panel(rows: list[CheckedRow], panel: str) -> list[BatchRow]:
    """The rows of one panel (in input order; one row alone is its own), each given the names of the rest
    (`other_names`) and what the rest discussed and it did not (`other_topics`)."""
    members: list[str] = []
    seen: set[str] = set()
    topics: dict[str, list[str]] = {}  # member (folded): the topics discussed with them
    for row in rows:
        folded = row.context.interviewer_name.casefold()
        if folded not in seen:
            seen.add(folded)
            members.append(row.context.interviewer_name)
        known = topics.setdefault(folded, [])
        known.extend(t for t in row.context.topics if t not in known)
    out = []
    for row in rows:
        ctx = row.context
        unique: list[str] = []
        taken = {ctx.interviewer_name.casefold()}
        for name in [*ctx.other_names, *members]:
            if name.casefold() not in taken:
                taken.add(name.casefold())
                unique.append(name)
        theirs = _other_topics(ctx, topics)
        if unique != ctx.other_names or theirs != ctx.other_topics:
            try:
                ctx = MessageContext.model_validate(
                    {**row.data, "other_names": unique, "other_topics": theirs}
                )
            except ValidationError as e:
                raise UsageError(one_line(describe_error(e, row.where), MAX_ERROR)) from None
        out.append(BatchRow(id=row.id, context=ctx, where=row.where, index=row.index, panel=panel))
    return out
