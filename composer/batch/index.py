"""The rows of a whole batch input, in two passes, so that a batch of any size runs in flat memory and
writes its first line within moments.

The first pass (`RowIndex`) reads the input a record at a time. It checks each of the first CHECKED_FIRST
rows whole (composer.batch.rows.check_row) and, of every row, its syntax, its id (unique) and its interview
date, and its panel (`key_row`): the first problem is a UsageError naming the row, before any model is
called and before the output is touched. Of each row it keeps only its id, its interviewer's name, where it
is in the input and its panel key's hash (a few dozen bytes; not its context), and counts each panel's rows,
so that a loose group too big to be one interview is read as a cohort.

The second pass (`RowIndex.panels`), as the batch takes them, reads the input again and hands out each
panel with its rows checked whole and filled in (composer.batch.rows.fill_panel): a row alone as it is
read, a panel when its first row is, its other rows read from where the first pass saw them (however far
down the file they are), so the panels come in the order of their first rows and only the panels in flight
are held. A row past the first CHECKED_FIRST that fails its check there, or a row that reads differently
the second time (the input changed while the batch ran), is a UsageError naming it; the lines already
written stay, and `--resume` goes on from them once it is fixed.

`read_rows`, `rows_from_dicts` and `validate_records` run both passes at once and hand back every row, for
callers that want them all (the journal, the web page's small panels, tests).
"""

from __future__ import annotations

import itertools
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from composer.batch.readers import Record
from composer.batch.rows import (
    MAX_LOOSE_PANEL,
    BatchRow,
    CheckedRow,
    check_row,
    cohort_note,
    expand,
    fill_panel,
    key_row,
)
from composer.batch.source import BatchInput, open_input
from composer.context import MessageContext
from composer.errors import UsageError

# Rows checked whole before anything is drafted: a batch of ordinary size is checked whole (a bad row costs
# nothing), and a mistake made in every row (a misspelt kind) shows in the first; checking a row whole takes
# a few times longer than reading its id and panel, so a larger input is checked past this as it is drafted,
# and its first line is written within seconds however long it is.
CHECKED_FIRST = 10_000
# Said after a row that reads differently the second time: what happened, and what to do.
CHANGED = "(the input changed while the batch ran: the lines already written stay; fix it and run again with --resume)"


class RowList(list):
    """The validated rows (a list of BatchRow), and the notes to tell the user about how they were read."""

    notes: list[str]


def _rows_of(source: BatchInput) -> Iterator[tuple[Record, int, Record]]:
    """Every row of the input in order: the record it is in, its place among that record's rows, itself."""
    for record in source.records():
        for k, row in enumerate(expand(record)):
            yield record, k, row


def _panel_hash(key: str | None) -> int:
    """A panel key as a number (0: the row stands alone). Two keys with one hash would be one panel's count;
    `panels` still hands out each key's rows apart."""
    return 0 if key is None else (hash(key) or 1)


class RowIndex:
    """The first pass over an input (the first CHECKED_FIRST rows checked whole, every row's id, date and
    panel), and the second (`panels`: every row checked whole, a panel at a time)."""

    def __init__(self, source: BatchInput, defaults: Mapping[str, Any] | None = None) -> None:
        self.source = source
        self.defaults = defaults
        self.ids: dict[str, int] = {}  # each row's id: its place (in input order)
        self.names: list[str] = []  # each row's interviewer, for the final table
        self._at, self._line, self._nth, self._hash = array("q"), array("q"), array("q"), array("q")
        sizes: Counter[int] = Counter()
        cohorts: dict[int, Record] = {}  # a loose key with too many rows: one of them
        for index, (record, nth, row) in enumerate(_rows_of(source)):
            checked = (
                check_row(row, index, defaults) if index < CHECKED_FIRST else key_row(row, index, defaults)
            )
            if checked.id in self.ids:
                first = self._row_record(self.ids[checked.id]).where
                raise UsageError(
                    f"{checked.where}: id {checked.id!r} is used again (first at {first}): give each row its "
                    "own id"
                )
            self.ids[checked.id] = index
            self.names.append(checked.name)
            key = _panel_hash(checked.key)
            self._at.append(record.at)
            self._line.append(record.line)
            self._nth.append(nth)
            self._hash.append(key)
            if key:
                sizes[key] += 1
                if checked.loose and sizes[key] == MAX_LOOSE_PANEL + 1:
                    cohorts[key] = row
        if not self.names:
            raise UsageError("The input has no rows: give at least one row with an interviewer_name")
        self.notes = sorted(cohort_note(sizes[key], row) for key, row in cohorts.items())
        self.cohorts = set(cohorts)
        # The rows of every panel of more than one row, by key: the second pass reads them together.
        self._members: dict[int, list[int]] = {}
        for index, key in enumerate(self._hash):
            if key and sizes[key] > 1 and key not in self.cohorts:
                self._members.setdefault(key, []).append(index)

    @property
    def count(self) -> int:
        return len(self.names)

    def panels(self) -> Iterator[list[BatchRow]]:
        """Each panel's rows, filled in, in the order of the panels' first rows (a row alone is a panel)."""
        seen = 0
        for index, (_, _, row) in enumerate(_rows_of(self.source)):
            if index >= self.count:
                raise UsageError(f"{row.where} is a row more than the batch began with {CHANGED}")
            seen = index + 1
            key = self._hash[index]
            members = self._members.get(key)
            if members is None:
                checked = self._check_again(row, index)
                alone = not key or key in self.cohorts
                yield fill_panel([checked], f"row:{checked.id}" if alone else str(checked.key))
            elif members[0] == index:  # the panel's first row: read the others from where they are
                rows = [self._check_again(row, index), *self._fetch(members[1:])]
                for same in _by_key(rows):
                    yield fill_panel(same, str(same[0].key))
        if seen != self.count:
            raise UsageError(f"{self.source.name} now has {seen:,} rows, not {self.count:,} {CHANGED}")

    def _row_record(self, index: int, cache: dict[int, list[Record]] | None = None) -> Record:
        """The row at `index` read again from where the first pass saw it (`cache`: records expanded)."""
        at = self._at[index]
        rows = cache.get(at) if cache is not None else None
        if rows is None:
            record = self.source.record_at(at, self._line[index])
            rows = [] if record is None else list(expand(record))
            if cache is not None:
                cache[at] = rows
        nth = self._nth[index]
        if nth >= len(rows):
            raise UsageError(f"{self.source.name}: row {index + 1} is gone {CHANGED}")
        return rows[nth]

    def _fetch(self, indexes: list[int]) -> Iterator[CheckedRow]:
        cache: dict[int, list[Record]] = {}  # an interview block's rows: read once for all of them
        for index in indexes:
            yield self._check_again(self._row_record(index, cache), index)

    def _check_again(self, row: Record, index: int) -> CheckedRow:
        """A row checked in the second pass: it must still pass, and still be the row the first pass saw."""
        try:
            checked = check_row(row, index, self.defaults)
        except UsageError as e:
            if index < CHECKED_FIRST:
                raise UsageError(f"{e} {CHANGED}") from None
            raise UsageError(
                f"{e} (rows past the first {CHECKED_FIRST:,} are checked as the batch reaches them: the lines "
                "already written stay; fix the row and run again with --resume)"
            ) from None
        if self.ids.get(checked.id) != index or _panel_hash(checked.key) != self._hash[index]:
            raise UsageError(f"{checked.where} is not the row that was checked there {CHANGED}")
        return checked

    def close(self) -> None:
        self.source.close()

    def all(self) -> RowList:
        """Every row, filled in, in input order."""
        out = RowList(sorted(itertools.chain.from_iterable(self.panels()), key=lambda row: row.index))
        out.notes = self.notes
        return out


def _by_key(rows: list[CheckedRow]) -> Iterator[list[CheckedRow]]:
    """The rows of each key among `rows` (one key, unless two keys share a hash)."""
    groups: dict[str | None, list[CheckedRow]] = {}
    for row in rows:
        groups.setdefault(row.key, []).append(row)
    yield from groups.values()


class RowsInMemory:
    """Rows already checked and filled in (a list of BatchRow), with what the runner asks of a RowIndex."""

    def __init__(self, rows: list[BatchRow]) -> None:
        self.rows = rows
        self.ids = {row.id: row.index for row in rows}
        self.names = [row.context.interviewer_name for row in rows]
        self.notes: list[str] = list(getattr(rows, "notes", []))
        self.count = len(rows)

    def panels(self) -> Iterator[list[BatchRow]]:
        """The rows of each panel in input order; the panels in the order of their first rows."""
        members: dict[str, list[BatchRow]] = {}
        for row in self.rows:
            members.setdefault(row.panel, []).append(row)
        return iter(list(members.values()))

    def close(self) -> None:
        pass


def open_rows(
    source: Any, input_format: str | None = None, defaults: Mapping[str, Any] | None = None
) -> RowIndex | RowsInMemory:
    """The first pass over a batch's input: a path (CSV, JSON, JSONL, YAML; '-' for stdin), or an iterable
    of rows: dicts (rows or interviews with 'interviewers'), MessageContexts, Records, or BatchRows (taken
    as they are). `defaults`: fields a row that lacks them gets (the account and the candidate's name set
    once: `composer/config.py`). Close it when done."""
    if not isinstance(source, (str, Path)):
        source = list(source)
        if source and all(isinstance(i, BatchRow) for i in source):
            return RowsInMemory(source)
    opened = open_input(source, input_format)
    try:
        return RowIndex(opened, defaults)
    except BaseException:
        opened.close()
        raise


def load_rows(
    source: Any, input_format: str | None = None, defaults: Mapping[str, Any] | None = None
) -> list[BatchRow]:
    """Every row of `source` (see `open_rows`), checked and filled in, in input order."""
    rows = open_rows(source, input_format, defaults)
    if isinstance(rows, RowsInMemory):
        return rows.rows
    try:
        return rows.all()
    finally:
        rows.close()


def read_rows(path: str, fmt: str | None = None, defaults: Mapping[str, Any] | None = None) -> RowList:
    """Read and validate a batch input file (CSV, JSON, JSONL or YAML; `-` is stdin, with `fmt`)."""
    return load_rows(str(path), fmt, defaults)  # type: ignore[return-value]


def rows_from_dicts(
    items: Iterable[Mapping[str, Any] | MessageContext], defaults: Mapping[str, Any] | None = None
) -> RowList:
    """The Python API's input: dicts (rows, or interviews with 'interviewers') or MessageContexts."""
    return load_rows(list(items), defaults=defaults)  # type: ignore[return-value]


def validate_records(records: Iterable[Record], defaults: Mapping[str, Any] | None = None) -> RowList:
    """Every record validated in order (the first problem is raised), ids checked, panels filled in;
    `defaults` fill the fields a row does not give."""
    return load_rows(list(records), defaults=defaults)  # type: ignore[return-value]
