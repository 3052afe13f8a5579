"""Reading a batch: CSV, JSON, JSONL or YAML rows, or interviews with a list of interviewers, every row
validated with `MessageContext` before any model is called, and each row's panel filled in.

Two shapes, in any of the four formats (a list may mix them):

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

import csv
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from composer.context import MessageContext, describe_error
from composer.context_input import read_bytes
from composer.errors import UsageError
from composer.input_formats import FORMATS, SUFFIXES

MAX_INPUT_BYTES = 64 * 1024 * 1024
MAX_CELL = 5_000  # characters in one field; the longest legitimate one is eight 300-character topics
MAX_ID = 100
ALIASES = {
    "name": "interviewer_name",
    "interviewer": "interviewer_name",
    "topic": "topics",
    "candidate": "candidate_name",
    "other_name": "other_names",
}
CONTEXT_FIELDS = tuple(MessageContext.model_fields)
ROW_FIELDS = ("id", "panel", *CONTEXT_FIELDS)
KNOWN = (*ROW_FIELDS, *ALIASES)
INTERVIEW_FIELDS = ("interviewers", "panel", *(f for f in CONTEXT_FIELDS if f != "interviewer_name"))


@dataclass(frozen=True)
class BatchRow:
    """One message to draft: its id, its validated context (panel filled in), and where it came from."""

    id: str
    context: MessageContext
    where: str  # "rows.csv line 4", for messages
    index: int  # place in input order, from 0
    panel: str  # rows with the same panel key were one interview


@dataclass
class _Record:
    where: str
    data: dict[str, Any]
    panel: str | None = None  # set for the interviewers of one interview block


# ---------------------------------------------------------------- reading files


def input_format(path: str, given: str | None = None) -> str:
    """`given` when it is one of FORMATS, else the format the file's suffix names."""
    if given:
        if given not in FORMATS:
            raise UsageError(f"Input format {given!r} is not one of {', '.join(FORMATS)}")
        return given
    suffix = Path(path).suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    *first, last = (f".{f}" for f in FORMATS)
    raise UsageError(
        f"Cannot tell the format of {path!r} from its name: name it {', '.join(first)} or {last}, or pass "
        f"--input-format {'|'.join(FORMATS)}"
    )


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return read_bytes(path, "Input", max_bytes=MAX_INPUT_BYTES)


def _decode(raw: bytes, source: str, fmt: str) -> str:
    """UTF-8 with or without a BOM. Bytes that are not UTF-8 become lone surrogates (CSV, JSON), so the
    check of each field can name the row and the field that hold them; YAML is named by its line."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        if fmt != "yaml":
            return raw.decode("utf-8-sig", errors="surrogateescape")
        line_no = raw.count(b"\n", 0, e.start) + 1
        line = raw.split(b"\n")[line_no - 1].decode("utf-8", errors="replace")
        key = re.match(r"\s*(?:-\s+)?([\w ]+?)\s*:", line)
        field = f"{_field_name(key.group(1))} " if key else ""
        raise UsageError(
            f"{source} line {line_no}: {field}is not UTF-8 text (byte 0x{raw[e.start]:02X}): save the file "
            "as UTF-8"
        ) from None


def _field_name(key: Any) -> str:
    return str(key).strip().lower().replace(" ", "_").replace("-", "_")


def _records_csv(text: str, source: str) -> Iterator[_Record]:
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))  # oversized fields are reported by name, not by csv
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        header = next(reader, None)
        if not header or not any(h.strip() for h in header):
            raise UsageError(f"{source} is empty: the first line names the columns (interviewer_name, ...)")
        columns = [_field_name(h) for h in header]
        _check_header(columns, header, source)
        for cells in reader:
            where = f"{source} line {reader.line_num}"
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(columns):
                raise UsageError(
                    f"{where}: has {len(cells)} cells but the header has {len(columns)} columns: quote a "
                    "cell that contains a comma"
                )
            row: dict[str, Any] = {}
            for number, (column, cell) in enumerate(zip(columns, cells, strict=False), start=1):
                if column == "":
                    if cell.strip():
                        raise UsageError(
                            f"{where}: cell {number} has a value but no column name in the header"
                        )
                    continue
                if cell.strip() or ALIASES.get(column, column) == "interviewer_name":
                    row[column] = cell
            yield _Record(where, row)
    except csv.Error as e:
        raise UsageError(f"{source} line {reader.line_num}: not valid CSV ({e})") from None
    finally:
        csv.field_size_limit(limit)


def _check_header(columns: list[str], header: list[str], source: str) -> None:
    where = f"{source} line 1 (header)"
    for raw, column in zip(header, columns, strict=True):
        _check_string(raw, "a column name", where)
        if column and column not in KNOWN:
            raise UsageError(f"{where}: column {raw!r} is not a known field (known: {', '.join(ROW_FIELDS)})")
    seen: dict[str, str] = {}
    for raw, column in zip(header, columns, strict=True):
        canonical = ALIASES.get(column, column)
        if not canonical:
            continue
        if canonical in seen:
            raise UsageError(f"{where}: columns {seen[canonical]!r} and {raw!r} are both {canonical}")
        seen[canonical] = raw
    if "interviewer_name" not in seen:
        have = ", ".join(h for h in header if h.strip()) or "none"
        raise UsageError(
            f"{where}: the interviewer_name column is missing (columns: {have}): add it, with one "
            "interviewer's name per row"
        )


def _records_jsonl(text: str, source: str) -> Iterator[_Record]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            raise UsageError(
                f"{source} line {number}: not valid JSON ({e.msg} at column {e.colno})"
            ) from None
        yield from _records_from_item(item, f"{source} line {number}", source, lines=None)


class _LineDict(dict):
    """A YAML mapping that remembers its line."""

    line: int = 0


class _BadDate(ValueError):
    """A YAML scalar that reads as a date the calendar does not have (2025-13-45), with its key and line."""

    def __init__(self, node: Any) -> None:
        super().__init__(node.value)
        self.node = node
        self.key: str | None = None


def _yaml_loader():
    import yaml

    class LineLoader(yaml.SafeLoader):
        pass

    def construct_map(loader, node):
        data = _LineDict()
        data.line = node.start_mark.line + 1
        yield data
        try:
            data.update(loader.construct_mapping(node))
        except _BadDate as e:
            if e.key is None:
                e.key = next((str(k.value) for k, v in node.value if v is e.node), None)
            raise

    def construct_timestamp(loader, node):
        try:
            return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
        except ValueError:
            raise _BadDate(node) from None

    LineLoader.add_constructor("tag:yaml.org,2002:map", construct_map)
    LineLoader.add_constructor("tag:yaml.org,2002:timestamp", construct_timestamp)
    return LineLoader


def _load_structured(text: str, source: str, fmt: str) -> Any:
    if fmt == "json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as e:
            raise UsageError(
                f"{source} is not valid JSON: {e.msg} at line {e.lineno}, column {e.colno}"
            ) from None
    import yaml

    try:
        return yaml.load(text, Loader=_yaml_loader())  # a SafeLoader that records each mapping's line
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark else ""
        problem = getattr(e, "problem", None)
        raise UsageError(f"{source} is not valid YAML{at}" + (f" ({problem})" if problem else "")) from None
    except _BadDate as e:
        field = f"{e.key} " if e.key else ""
        raise UsageError(
            f"{source} line {e.node.start_mark.line + 1}: {field}{e.node.value!r} is not a valid date "
            "(YYYY-MM-DD)"
        ) from None
    except ValueError as e:  # any other value the YAML types refuse
        raise UsageError(f"{source} is not valid YAML ({e})") from None


def _records_structured(text: str, source: str, fmt: str) -> Iterator[_Record]:
    data = _load_structured(text, source, fmt)
    if isinstance(data, Mapping):
        keys = {_field_name(k) for k in data}
        if "interviewers" in keys:
            items, label = [data], "interview"
        elif keys & {"interviews", "rows"} and len(keys) == 1:
            items, label = list(data.values())[0], "row"
        else:
            raise UsageError(
                f"{source} holds one mapping without 'interviewers': give a list of rows, or one interview "
                "with a list of interviewers ({role, company, interviewers: [{name, topics}, ...]})"
            )
    else:
        items, label = data, "row"
    if not isinstance(items, list):
        raise UsageError(f"{source} holds no rows: give a list of rows, or an interview with 'interviewers'")
    for number, item in enumerate(items, start=1):
        line = getattr(item, "line", 0)
        where = f"{source} line {line}" if line else f"{source} {label} {number}"
        yield from _records_from_item(item, where, source, lines=fmt == "yaml")


def _records_from_item(item: Any, where: str, source: str, lines: bool | None) -> Iterator[_Record]:
    if not isinstance(item, Mapping):
        raise UsageError(f"{where}: is {_kind_of(item)}, not a mapping of fields (interviewer_name, ...)")
    data = {_field_name(k): v for k, v in item.items()}
    if "interviewers" not in data:
        yield _Record(where, data)
        return
    block = {k: v for k, v in data.items() if k != "interviewers"}
    for key in block:
        _check_string(str(key), "a field name", where)
        if key not in INTERVIEW_FIELDS and ALIASES.get(key) not in INTERVIEW_FIELDS:
            raise UsageError(
                f"{where}: {key} is not a field of an interview (known: {', '.join(INTERVIEW_FIELDS)}; give "
                "names and ids inside 'interviewers')"
            )
    people = data["interviewers"]
    if not isinstance(people, list) or not people:
        raise UsageError(f"{where}: interviewers must be a list of people ({{name, topics}}), one or more")
    panel = block.pop("panel", None)
    panel_key = f"panel:{panel}" if panel not in (None, "") else f"interview:{where}"
    for k, person in enumerate(people, start=1):
        line = getattr(person, "line", 0)
        at = f"{source} line {line}" if line else f"{where}, interviewer {k}"
        if isinstance(person, str):
            person = {"interviewer_name": person}
        if not isinstance(person, Mapping):
            raise UsageError(f"{at}: interviewer {k} is {_kind_of(person)}, not a name or a mapping")
        own = {_field_name(key): v for key, v in person.items()}
        yield _Record(at, {**block, **own}, panel=panel_key)


def _kind_of(value: Any) -> str:
    names = {list: "a list", str: "text", int: "a number", float: "a number", bool: "true/false"}
    return "empty" if value is None else names.get(type(value), type(value).__name__)


def _check_string(value: str, field: str, where: str) -> None:
    bad = next((ch for ch in value if "\udc80" <= ch <= "\udcff"), None)
    if bad is not None:
        byte = ord(bad) - 0xDC00
        raise UsageError(f"{where}: {field} is not UTF-8 text (byte 0x{byte:02X}): save the file as UTF-8")
    if len(value) > MAX_CELL:
        raise UsageError(
            f"{where}: {field} is {len(value):,} characters; a field holds at most {MAX_CELL:,} (a topic is a "
            "phrase such as 'migrating batch jobs to Kafka')"
        )


def _check_strings(value: Any, field: str, where: str) -> None:
    if isinstance(value, str):
        _check_string(value, field, where)
    elif isinstance(value, Mapping):
        for k, v in value.items():
            _check_string(str(k), f"a key in {field}", where)
            _check_strings(v, field, where)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _check_strings(v, field, where)


def read_records(path: str, fmt: str | None = None) -> list[_Record]:
    """The raw records of an input file, each with where it came from (no validation of fields yet)."""
    fmt = input_format(path, fmt)
    source = "stdin" if path == "-" else Path(path).name
    text = _decode(_read_bytes(path), source, fmt)
    if fmt == "csv":
        return list(_records_csv(text, source))
    if fmt == "jsonl":
        return list(_records_jsonl(text, source))
    return list(_records_structured(text, source, fmt))


# ---------------------------------------------------------------- validating rows


def _row_id(value: Any, where: str) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise UsageError(f"{where}: id must be text or a whole number, not {_kind_of(value)}")
    text = str(value).strip()
    _check_string(text, "id", where)
    if len(text) > MAX_ID or any(ch in text for ch in "\r\n\t"):
        raise UsageError(f"{where}: id must be one line of at most {MAX_ID} characters")
    return text


def _context_data(data: dict[str, Any], where: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        _check_string(key, "a field name", where)
        canonical = ALIASES.get(key, key)
        if canonical not in ROW_FIELDS:
            raise UsageError(f"{where}: {key} is not a known field (known: {', '.join(ROW_FIELDS)})")
        if canonical in out:
            raise UsageError(f"{where}: both {key} and {canonical} are given: keep one")
        out[canonical] = value
    for key, value in out.items():
        _check_strings(value, key, where)
    if out.get("interviewer_name") is None and "interviewer_name" in out:
        out["interviewer_name"] = ""
    return {k: v for k, v in out.items() if v is not None or k == "interviewer_name"}


def validate_records(records: Iterable[_Record]) -> list[BatchRow]:
    """Every record validated in order (the first problem is raised), ids checked, panels filled in."""
    rows: list[tuple[str, dict[str, Any], MessageContext, str, str | None]] = []
    first_seen: dict[str, str] = {}
    for index, record in enumerate(records):
        given = _row_id(record.data.get("id"), record.where)
        where = f"{record.where} (id {given})" if given else record.where
        data = _context_data({k: v for k, v in record.data.items() if k != "id"}, where)
        panel = data.pop("panel", None)
        try:
            context = MessageContext.model_validate(data)
        except ValidationError as e:
            raise UsageError(describe_error(e, where)) from None
        row_id = given or f"row-{index + 1}"
        if row_id in first_seen:
            raise UsageError(
                f"{where}: id {row_id!r} is used again (first at {first_seen[row_id]}): give each row its own id"
            )
        first_seen[row_id] = record.where
        key = record.panel or (f"panel:{panel}" if panel not in (None, "") else _shared_interview(context))
        rows.append((row_id, data, context, where, key))
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


def _fill_panels(rows: list[tuple[str, dict[str, Any], MessageContext, str, str | None]]) -> list[BatchRow]:
    members: dict[str, list[str]] = {}
    for row_id, _, ctx, _, key in rows:
        names = members.setdefault(key or f"row:{row_id}", [])
        if ctx.interviewer_name.casefold() not in {n.casefold() for n in names}:
            names.append(ctx.interviewer_name)
    out = []
    for index, (row_id, data, ctx, where, key) in enumerate(rows):
        panel = key or f"row:{row_id}"
        mine = ctx.interviewer_name.casefold()
        unique: list[str] = []
        for name in [*ctx.other_names, *members[panel]]:
            if name.casefold() != mine and name.casefold() not in {u.casefold() for u in unique}:
                unique.append(name)
        if unique != ctx.other_names:
            try:
                ctx = MessageContext.model_validate({**data, "other_names": unique})
            except ValidationError as e:
                raise UsageError(describe_error(e, where)) from None
        out.append(BatchRow(id=row_id, context=ctx, where=where, index=index, panel=panel))
    return out


def read_rows(path: str, fmt: str | None = None) -> list[BatchRow]:
    """Read and validate a batch input file (CSV, JSON, JSONL or YAML; `-` is stdin, with `fmt`)."""
    return validate_records(read_records(path, fmt))


def rows_from_dicts(items: Iterable[Mapping[str, Any] | MessageContext]) -> list[BatchRow]:
    """The Python API's input: dicts (rows, or interviews with 'interviewers') or MessageContexts."""
    records: list[_Record] = []
    for number, item in enumerate(items, start=1):
        if isinstance(item, MessageContext):
            item = item.model_dump(exclude_defaults=True)
        records.extend(_records_from_item(item, f"row {number}", "input", lines=None))
    return validate_records(records)
