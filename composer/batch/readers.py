"""Reading a batch input: CSV, JSON, JSONL or YAML (a file, or stdin) into plain records, each with where
it is ("rows.csv line 4"), for the rows (composer.batch.rows) to expand and validate.

A record's keys are field names ('Interviewer Name' is interviewer_name); its values are as the format gave
them. A reader checks what only it can see: the bytes (UTF-8, with or without a BOM), the syntax, a CSV's
header and cells, and that every item is a mapping of fields. Records come one at a time, in file order, so
the first problem in the file is the one reported.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from composer.batch.fields import ALIASES, KNOWN, ROW_FIELDS, check_string, field_name, kind_of
from composer.context_input import LimitedLoader, StructureLimit, load_json, read_bytes, read_limited
from composer.errors import UsageError
from composer.input_formats import FORMATS, SUFFIXES

MAX_INPUT_BYTES = 64 * 1024 * 1024


@dataclass
class Record:
    """One item of the input: its fields, where it is, and the name of the input it came from."""

    where: str  # "rows.csv line 4", "panel.yaml interview 2", "row 3"
    data: dict[str, Any]
    source: str  # "rows.csv", "stdin", "input"
    panel: str | None = None  # set (by the rows) for the interviewers of one interview block


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


def read_records(path: str, fmt: str | None = None, extra_fields: tuple[str, ...] = ()) -> Iterator[Record]:
    """The records of an input file (`-` is stdin), in order; no field is validated yet. `extra_fields`:
    columns a CSV may have beyond a row's own (the journal's `vibe`, ...), for the caller to take out."""
    fmt = input_format(path, fmt)
    source = "stdin" if path == "-" else Path(path).name
    text = _decode(_read_bytes(path), source, fmt)
    if fmt == "csv":
        return _records_csv(text, source, extra_fields)
    if fmt == "jsonl":
        return _records_jsonl(text, source)
    return _records_structured(text, source, fmt)


def record_of(item: Any, where: str, source: str) -> Record:
    """An item of a JSON, JSONL or YAML input (or of the Python API's list) as a record."""
    if not isinstance(item, Mapping):
        raise UsageError(f"{where}: is {kind_of(item)}, not a mapping of fields (interviewer_name, ...)")
    return Record(where, {field_name(k): v for k, v in item.items()}, source)


# ---------------------------------------------------------------- bytes


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return read_limited(sys.stdin.buffer, "The input on stdin", MAX_INPUT_BYTES)
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
        field = f"{field_name(key.group(1))} " if key else ""
        raise UsageError(
            f"{source} line {line_no}: {field}is not UTF-8 text (byte 0x{raw[e.start]:02X}): save the file "
            "as UTF-8"
        ) from None


# ---------------------------------------------------------------- CSV


def _records_csv(text: str, source: str, extra_fields: tuple[str, ...] = ()) -> Iterator[Record]:
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))  # oversized fields are reported by name, not by csv
    start = 1  # the line the row being read starts on
    try:
        # strict: a quote still open at the end of the file is an error, not a cell that swallows the rest
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        header = next(reader, None)
        if not header or not any(h.strip() for h in header):
            raise UsageError(f"{source} is empty: the first line names the columns (interviewer_name, ...)")
        columns = [field_name(h) for h in header]
        _check_header(columns, header, source, extra_fields)
        start = reader.line_num + 1
        for cells in reader:
            if any(c.strip() for c in cells):
                where = f"{source} line {start}"
                _check_cells_hold_no_rows(columns, cells, where)
                yield Record(where, _csv_row(columns, cells, where), source)
            start = reader.line_num + 1
    except csv.Error as e:
        if str(e) == "unexpected end of data":
            raise UsageError(
                f'{source} line {start}: a quote (") opened in this row is never closed, so every line after '
                "it would be read as one cell: close the quote, or remove it"
            ) from None
        raise UsageError(f"{source} line {reader.line_num}: not valid CSV ({e})") from None
    finally:
        csv.field_size_limit(limit)


def _check_cells_hold_no_rows(columns: list[str], cells: list[str], where: str) -> None:
    """A quoted cell that runs over several lines, one of which reads like a row of its own (as many commas
    as the header has), is a quote left open by mistake that swallowed the rows after it."""
    if len(columns) < 3:
        return
    for column, cell in zip(columns, cells, strict=False):
        for line in cell.splitlines()[1:]:
            if line.count(",") >= len(columns) - 1:
                shown = line if len(line) <= 60 else line[:59] + "\u2026"
                raise UsageError(
                    f"{where}: the {column or 'unnamed'} cell runs on over several lines, one of which reads "
                    f'like another row ({shown!r}): a quote (") is probably left open; close it where the cell '
                    "ends"
                )


def _csv_row(columns: list[str], cells: list[str], where: str) -> dict[str, Any]:
    """A CSV line's cells by column; an empty cell is left out, except the interviewer's name."""
    if len(cells) > len(columns):
        raise UsageError(
            f"{where}: has {len(cells)} cells but the header has {len(columns)} columns: quote a "
            "cell that contains a comma"
        )
    row: dict[str, Any] = {}
    for number, (column, cell) in enumerate(zip(columns, cells, strict=False), start=1):
        if column == "":
            if cell.strip():
                raise UsageError(f"{where}: cell {number} has a value but no column name in the header")
            continue
        if cell.strip() or ALIASES.get(column, column) == "interviewer_name":
            row[column] = cell
    return row


def _check_header(columns: list[str], header: list[str], source: str, extra: tuple[str, ...] = ()) -> None:
    where = f"{source} line 1 (header)"
    for raw, column in zip(header, columns, strict=True):
        check_string(raw, "a column name", where)
        if column and column not in KNOWN and column not in extra:
            known = ", ".join((*ROW_FIELDS, *extra))
            raise UsageError(f"{where}: column {raw!r} is not a known field (known: {known})")
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


# ---------------------------------------------------------------- JSONL, JSON, YAML


def _records_jsonl(text: str, source: str) -> Iterator[Record]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = load_json(line)
        except StructureLimit as e:
            raise UsageError(f"{source} line {number} {e}") from None
        except json.JSONDecodeError as e:
            raise UsageError(
                f"{source} line {number}: not valid JSON ({e.msg} at column {e.colno})"
            ) from None
        yield record_of(item, f"{source} line {number}", source)


def _records_structured(text: str, source: str, fmt: str) -> Iterator[Record]:
    """A JSON or YAML document: a list of rows and interviews, one interview, or {interviews|rows: [...]}."""
    data = _load_structured(text, source, fmt)
    if isinstance(data, Mapping):
        keys = {field_name(k) for k in data}
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
        yield record_of(item, f"{source} line {line}" if line else f"{source} {label} {number}", source)


def _load_structured(text: str, source: str, fmt: str) -> Any:
    if fmt == "json":
        try:
            return load_json(text)
        except StructureLimit as e:
            raise UsageError(f"{source} {e}") from None
        except json.JSONDecodeError as e:
            raise UsageError(
                f"{source} is not valid JSON: {e.msg} at line {e.lineno}, column {e.colno}"
            ) from None
    try:
        return yaml.load(text, Loader=_LineLoader)  # a LimitedLoader that records each mapping's line
    except StructureLimit as e:
        raise UsageError(f"{source} {e}") from None
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


class _LineDict(dict):
    """A YAML mapping that remembers its line."""

    line: int = 0


class _BadDate(ValueError):
    """A YAML scalar that reads as a date the calendar does not have (2025-13-45), with its key and line."""

    def __init__(self, node: Any) -> None:
        super().__init__(node.value)
        self.node = node
        self.key: str | None = None


class _LineLoader(LimitedLoader):
    """A LimitedLoader (no alias bombs, no deep nesting) whose mappings are `_LineDict`s and whose impossible dates raise `_BadDate`."""


def _construct_map(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Iterator[_LineDict]:
    data = _LineDict()
    data.line = node.start_mark.line + 1
    yield data
    try:
        data.update(loader.construct_mapping(node))
    except _BadDate as e:
        if e.key is None:
            e.key = next((str(k.value) for k, v in node.value if v is e.node), None)
        raise


def _construct_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        raise _BadDate(node) from None


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
