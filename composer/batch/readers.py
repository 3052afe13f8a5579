"""Reading a batch input's formats: CSV, JSON, JSONL or YAML into plain records, each with where it is
("rows.csv line 4"), for the rows (composer.batch.rows) to expand and validate.

A record's keys are field names ('Interviewer Name' is interviewer_name); its values are as the format gave
them. A reader checks what only it can see: the bytes (UTF-8, with or without a BOM), the syntax, a CSV's
header and cells, and that every item is a mapping of fields. Records come one at a time, in file order, so
the first problem in the file is the one reported.

CSV and JSONL are read from numbered lines (`numbered_lines`: a file a line at a time, never whole), and each
record knows the byte offset and the line it starts on (`at`, `line`), so that it can be read again from
there alone (composer.batch.source). A JSON or YAML document is parsed whole; its records are its items,
`at` their place in it.
"""

from __future__ import annotations

import contextlib
import csv
import itertools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from composer.batch.fields import ALIASES, KNOWN, ROW_FIELDS, check_string, field_name, kind_of
from composer.context_input import LimitedLoader, StructureLimit, load_json
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
    at: int = 0  # where to read it again: its first byte (CSV, JSONL), or its place among the items
    line: int = 0  # the line it starts on (CSV, JSONL)


# A line of a CSV or JSONL file: its first byte, its number (from 1), its text (with its line break), and the
# byte just after it.
Line = tuple[int, int, str, int]


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


def record_of(item: Any, where: str, source: str) -> Record:
    """An item of a JSON, JSONL or YAML input (or of the Python API's list) as a record."""
    if not isinstance(item, Mapping):
        raise UsageError(f"{where}: is {kind_of(item)}, not a mapping of fields (interviewer_name, ...)")
    return Record(where, {field_name(k): v for k, v in item.items()}, source)


# ---------------------------------------------------------------- bytes and lines

_LONE_CR = re.compile(rb"(?<=\r)(?!\n)")  # after a carriage return that ends a line on its own


def numbered_lines(stream: BinaryIO, what: str, offset: int = 0, number: int = 1) -> Iterator[Line]:
    """The lines of a binary stream positioned at `offset` (the start of line `number`), a line at a time:
    split where a line ends (\\n, \\r\\n or a lone \\r, as a CSV from any system may), decoded from UTF-8 (a
    BOM at the start of the file dropped; a byte that is not UTF-8 becomes a lone surrogate, so that the
    check of each field can name the row and the field that hold it). Past MAX_INPUT_BYTES, a UsageError
    naming `what`."""
    for raw in stream:
        for piece in _LONE_CR.split(raw) if b"\r" in raw else (raw,):
            if not piece:
                continue
            end = offset + len(piece)
            if end > MAX_INPUT_BYTES:
                raise UsageError(
                    f"{what} holds more than {MAX_INPUT_BYTES // 2**20} MB, the most read: split it into "
                    "several files"
                )
            text = piece.decode("utf-8", errors="surrogateescape")
            if offset == 0 and text.startswith("\ufeff"):
                text = text[1:]
            yield offset, number, text, end
            offset, number = end, number + 1


def decode(raw: bytes, source: str, fmt: str) -> str:
    """UTF-8 with or without a BOM. Bytes that are not UTF-8 become lone surrogates (JSON), so the check of
    each field can name the row and the field that hold them; YAML is named by its line."""
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


class CsvRecords:
    """The records of CSV lines (`numbered_lines`), each knowing the byte and the line it starts on. The
    header is read first (`columns`); `record_at` reads one record again from lines that start where it
    starts, with the columns the header gave."""

    def __init__(self, source: str, extra_fields: tuple[str, ...] = ()) -> None:
        self.source = source
        self.extra_fields = extra_fields
        self.columns: list[str] = []

    def records(self, lines: Iterator[Line]) -> Iterator[Record]:
        """Every record of the file, from its first line (the header) on."""
        cursor = _CsvCursor(lines, self.source)
        header = cursor.read()
        if header is None or not any(h.strip() for h in header[2]):
            raise UsageError(
                f"{self.source} is empty: the first line names the columns (interviewer_name, ...)"
            )
        self.columns = [field_name(h) for h in header[2]]
        _check_header(self.columns, header[2], self.source, self.extra_fields)
        while (row := cursor.read()) is not None:
            at, line, cells = row
            if any(c.strip() for c in cells):
                yield self._record(cells, at, line)

    def record_at(self, lines: Iterator[Line]) -> Record | None:
        """The record that starts on the first of `lines`, as `records` read it (None: the file ends)."""
        row = _CsvCursor(lines, self.source).read()
        return None if row is None else self._record(row[2], row[0], row[1])

    def _record(self, cells: list[str], at: int, line: int) -> Record:
        where = f"{self.source} line {line}"
        _check_cells_hold_no_rows(self.columns, cells, where)
        return Record(where, _csv_row(self.columns, cells, where), self.source, at=at, line=line)


class _CsvCursor:
    """csv.reader over numbered lines, knowing the byte and the line each record starts on."""

    def __init__(self, lines: Iterator[Line], source: str) -> None:
        self.source = source
        first = next(lines, None)
        self._next = (first[0], first[1]) if first else (0, 1)  # the line the reader has not taken yet
        # strict: a quote still open at the end of the file is an error, not a cell that swallows the rest
        self._reader = csv.reader(self._texts(itertools.chain([first] if first else [], lines)), strict=True)

    def _texts(self, lines: Iterator[Line]) -> Iterator[str]:
        for _, number, text, end in lines:
            self._next = (end, number + 1)  # csv.reader takes a line only when it needs it: never ahead
            yield text

    def read(self) -> tuple[int, int, list[str]] | None:
        """The next record: its first byte, its first line, its cells (None at the end of the file)."""
        at, start = self._next
        try:
            with _field_limit():
                cells = next(self._reader, None)
        except csv.Error as e:
            if str(e) == "unexpected end of data":
                raise UsageError(
                    f'{self.source} line {start}: a quote (") opened in this row is never closed, so every line '
                    "after it would be read as one cell: close the quote, or remove it"
                ) from None
            raise UsageError(f"{self.source} line {self._next[1] - 1}: not valid CSV ({e})") from None
        return None if cells is None else (at, start, cells)


@contextlib.contextmanager
def _field_limit() -> Iterator[None]:
    """csv's limit on a field raised to the whole input while reading: an oversized field is reported by
    its row and name (composer.batch.fields), not as a csv error."""
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, MAX_INPUT_BYTES + 1))
    try:
        yield
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


def jsonl_records(lines: Iterator[Line], source: str) -> Iterator[Record]:
    """A record per JSONL line that is not blank (a row, or an interview with its interviewers)."""
    for at, number, text, _ in lines:
        if not text.strip():
            continue
        try:
            item = load_json(text)
        except StructureLimit as e:
            raise UsageError(f"{source} line {number} {e}") from None
        except json.JSONDecodeError as e:
            raise UsageError(
                f"{source} line {number}: not valid JSON ({e.msg} at column {e.colno})"
            ) from None
        record = record_of(item, f"{source} line {number}", source)
        record.at, record.line = at, number
        yield record


class Document:
    """A JSON or YAML document, parsed whole: a list of rows and interviews, one interview, or
    {interviews|rows: [...]}. Its records are its items; `record_at(n)` is the n-th again."""

    def __init__(self, text: str, source: str, fmt: str) -> None:
        self.source = source
        data = _load_structured(text, source, fmt)
        if isinstance(data, Mapping):
            keys = {field_name(k) for k in data}
            if "interviewers" in keys:
                items, self.label = [data], "interview"
            elif keys & {"interviews", "rows"} and len(keys) == 1:
                items, self.label = list(data.values())[0], "row"
            else:
                raise UsageError(
                    f"{source} holds one mapping without 'interviewers': give a list of rows, or one interview "
                    "with a list of interviewers ({role, company, interviewers: [{name, topics}, ...]})"
                )
        else:
            items, self.label = data, "row"
        if not isinstance(items, list):
            raise UsageError(
                f"{source} holds no rows: give a list of rows, or an interview with 'interviewers'"
            )
        self.items: list[Any] = items

    def records(self) -> Iterator[Record]:
        return (self.record_at(n) for n in range(len(self.items)))

    def record_at(self, at: int) -> Record:
        item = self.items[at]
        line = getattr(item, "line", 0)
        where = f"{self.source} line {line}" if line else f"{self.source} {self.label} {at + 1}"
        record = record_of(item, where, self.source)
        record.at = at
        return record


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
