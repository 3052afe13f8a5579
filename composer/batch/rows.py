"""The rows of a batch: records (composer.batch.readers) expanded, validated with `MessageContext` before
any model is called, and each row's panel filled in.

Two shapes, in any of the four formats (a list may mix them), or in the Python API's list of dicts:

- rows that each carry their own context: `id`, `interviewer_name` (or `name`), `role`, `company`,
  `topics` or `topic` (';'-separated in a CSV cell), `account`, `kind`, `candidate_name`, `interview_date`,
  `other_names`, and optionally `panel` to say which rows were one interview;
- one interview with its interviewers: `{role, company, account, ..., interviewers: [{name, topics}, ...]}`
  (every interviewer inherits the interview's fields and may override them).

A row's panel is its interview block, else its `panel` value, else the rows that share candidate, company,
role and interview date. Each row's `other_names` gets the rest of its panel, so the guardrails catch a note
that greets the wrong person. Rows without an `id` are numbered `row-1`, `row-2`, ... in input order (give
ids if you edit the input between a run and its `--resume`).

Every problem is a `UsageError` whose one line names the row (its line, or its place, and its id) and the
field: an unknown or missing column, an empty name, an oversized field, bytes that are not UTF-8, a
duplicate id.
"""

from __future__ import annotations

import json
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
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
from composer.batch.readers import Record, read_records, record_of
from composer.context import MessageContext, describe_error
from composer.context_input import MAX_ERROR, with_dates
from composer.errors import UsageError, one_line


@dataclass(frozen=True)
class BatchRow:
    """One message to draft: its id, its validated context (panel filled in), and where it came from."""

    id: str
    context: MessageContext
    where: str  # "rows.csv line 4", for messages
    index: int  # place in input order, from 0
    panel: str  # rows with the same panel key were one interview


def load_rows(
    source: Any, input_format: str | None = None, defaults: Mapping[str, Any] | None = None
) -> list[BatchRow]:
    """A path (CSV, JSON, JSONL, YAML; '-' for stdin), or an iterable of rows: dicts (rows or interviews
    with 'interviewers'), MessageContexts, or BatchRows. `defaults`: fields a row that lacks them gets (the
    account and the candidate's name set once: `composer/config.py`)."""
    if isinstance(source, (str, Path)):
        return read_rows(str(source), input_format, defaults)
    items = list(source)
    if items and all(isinstance(i, BatchRow) for i in items):
        return items
    return rows_from_dicts(items, defaults)


def read_rows(path: str, fmt: str | None = None, defaults: Mapping[str, Any] | None = None) -> list[BatchRow]:
    """Read and validate a batch input file (CSV, JSON, JSONL or YAML; `-` is stdin, with `fmt`)."""
    records = deque(r for record in read_records(path, fmt) for r in expand(record))  # every one read first
    return validate_records(_handed_out(records), defaults)


def _handed_out(items: deque) -> Iterator[Any]:
    """Each item in turn, dropped from `items` as it is handed out: a record need not outlive its row."""
    while items:
        yield items.popleft()


def rows_from_dicts(
    items: Iterable[Mapping[str, Any] | MessageContext], defaults: Mapping[str, Any] | None = None
) -> list[BatchRow]:
    """The Python API's input: dicts (rows, or interviews with 'interviewers') or MessageContexts."""
    records: list[Record] = []
    for number, item in enumerate(items, start=1):
        if isinstance(item, MessageContext):
            item = item.model_dump(exclude_defaults=True)
        records.extend(expand(record_of(item, f"row {number}", "input")))
    return validate_records(records, defaults)


def panels(rows: Iterable[BatchRow]) -> list[list[BatchRow]]:
    """The rows of each panel in input order; the panels in the order of their first rows."""
    members: dict[str, list[BatchRow]] = {}
    for row in rows:
        members.setdefault(row.panel, []).append(row)
    return list(members.values())


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
        own = {field_name(key): v for key, v in person.items()}
        yield Record(at, {**block, **own}, record.source, panel=panel_key)


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


# A real interview panel is a handful of people. More rows than this that share only a company and a role
# (no interview date, no candidate) are a coach's cohort of separate interviews, not one panel: comparing
# them pairwise would rewrite notes to people who never compare notes, at a cost that grows with the square.
MAX_LOOSE_PANEL = 30

_Pending = tuple[str, dict[str, Any], MessageContext, str, "str | None", bool]


class RowList(list):
    """The validated rows (a list of BatchRow), and the notes to tell the user about how they were read."""

    notes: list[str]


def validate_records(records: Iterable[Record], defaults: Mapping[str, Any] | None = None) -> RowList:
    """Every record validated in order (the first problem is raised), ids checked, panels filled in;
    `defaults` fill the fields a row does not give."""
    rows: list[_Pending] = []
    first_seen: dict[str, str] = {}
    for index, record in enumerate(records):
        given = _row_id(record.data.get("id"), record.where)
        where = f"{record.where} (id {given})" if given else record.where
        data = {
            **(defaults or {}),
            **_context_data({k: v for k, v in record.data.items() if k != "id"}, where),
        }
        panel = data.pop("panel", None)
        try:
            context = MessageContext.model_validate(with_dates(data, where))
        except ValidationError as e:
            raise UsageError(one_line(describe_error(e, where), MAX_ERROR)) from None
        row_id = given or f"row-{index + 1}"
        if row_id in first_seen:
            raise UsageError(
                f"{where}: id {row_id!r} is used again (first at {first_seen[row_id]}): give each row its own id"
            )
        first_seen[row_id] = record.where
        key = record.panel or (f"panel:{panel}" if panel not in (None, "") else None)
        loose = key is None and not context.candidate_name and context.interview_date is None
        rows.append((row_id, data, context, where, key or _shared_interview(context), loose))
    if not rows:
        raise UsageError("The input has no rows: give at least one row with an interviewer_name")
    return _fill_panels(rows)


def _shared_interview(ctx: MessageContext) -> str | None:
    """Rows of one interview: the same candidate, company, role and day (rows with neither company nor role
    stand alone)."""
    if not (ctx.company or ctx.role):
        return None
    fold = str.casefold
    date = ctx.interview_date.isoformat() if ctx.interview_date else ""
    return json.dumps(["shared", fold(ctx.candidate_name or ""), fold(ctx.company), fold(ctx.role), date])


def _cohorts(rows: list[_Pending]) -> tuple[set[str], list[str]]:
    """The keys of loose groups too big to be one interview, and a note on each."""
    sizes = Counter(key for *_, key, loose in rows if loose and key is not None)
    big = {key for key, size in sizes.items() if size > MAX_LOOSE_PANEL}
    notes = []
    for key in big:
        ctx = next(ctx for _, _, ctx, _, k, _ in rows if k == key)
        shared = " and ".join(f"{f} {v!r}" for f, v in (("company", ctx.company), ("role", ctx.role)) if v)
        notes.append(
            f"{sizes[key]} rows share only {shared}, with no interview date or candidate: read as a cohort of "
            "separate interviews, not one panel, so their notes are not compared (give them interview_date, "
            "candidate_name or panel to compare one interview's notes)"
        )
    return big, notes


def _other_topics(ctx: MessageContext, panel_topics: dict[str, list[str]]) -> list[str]:
    """The row's own `other_topics`, then what the rest of its panel discussed and this member did not."""
    own = {t.casefold() for t in ctx.topics}
    out = list(ctx.other_topics)
    for member, discussed in panel_topics.items():
        if member != ctx.interviewer_name.casefold():
            out += [t for t in discussed if t.casefold() not in own and t not in out]
    return out


def _fill_panels(rows: list[_Pending]) -> RowList:
    cohort_keys, notes = _cohorts(rows)
    members: dict[str, list[str]] = {}
    seen: dict[str, set[str]] = {}
    topics: dict[str, dict[str, list[str]]] = {}  # panel: member (folded): the topics discussed with them
    panel_of = []
    for row_id, _, ctx, _, key, _ in rows:
        panel = key if key is not None and key not in cohort_keys else f"row:{row_id}"
        panel_of.append(panel)
        folded = ctx.interviewer_name.casefold()
        if folded not in seen.setdefault(panel, set()):
            seen[panel].add(folded)
            members.setdefault(panel, []).append(ctx.interviewer_name)
        known = topics.setdefault(panel, {}).setdefault(folded, [])
        known.extend(t for t in ctx.topics if t not in known)
    out = RowList()
    out.notes = sorted(notes)
    for index, ((row_id, data, ctx, where, _, _), panel) in enumerate(zip(rows, panel_of, strict=True)):
        unique: list[str] = []
        taken = {ctx.interviewer_name.casefold()}
        for name in [*ctx.other_names, *members[panel]]:
            if name.casefold() not in taken:
                taken.add(name.casefold())
                unique.append(name)
        theirs = _other_topics(ctx, topics[panel])
        if unique != ctx.other_names or theirs != ctx.other_topics:
            try:
                ctx = MessageContext.model_validate({**data, "other_names": unique, "other_topics": theirs})
            except ValidationError as e:
                raise UsageError(one_line(describe_error(e, where), MAX_ERROR)) from None
        out.append(BatchRow(id=row_id, context=ctx, where=where, index=index, panel=panel))
    return out
