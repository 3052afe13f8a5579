"""A batch input that can be read twice, a record at a time: once to check every row, then a panel at a
time while the batch runs (composer.batch.index), reading any record again from where it starts.

- CSV and JSONL files are read a line at a time, never whole; a record is read again by seeking to its first
  byte (`record_at`), with a file opened for it, so what it reads is what the file holds then.
- Stdin, a pipe or a device is first copied to a temporary file (removed by `close`), with the same cap of
  MAX_INPUT_BYTES (/dev/zero is refused after 64 MB, not read forever), so it too can be read twice.
- A JSON or YAML document is parsed whole, once, and its items held: a batch of many thousands of rows is
  better given as CSV or JSONL.
- A list (the Python API's rows, or the journal's records) is its own source.
"""

from __future__ import annotations

import dataclasses
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from composer.batch.readers import (
    MAX_INPUT_BYTES,
    CsvRecords,
    Document,
    Record,
    decode,
    input_format,
    jsonl_records,
    numbered_lines,
    record_of,
)
from composer.context import MessageContext
from composer.context_input import read_bytes, read_limited
from composer.errors import UsageError

READ_BUFFER = 1 << 16


class BatchInput:
    """The records of an input in order (`records`), and any one of them again (`record_at`)."""

    name = "input"  # for messages: "rows.csv", "stdin", "input"

    def records(self) -> Iterator[Record]:
        raise NotImplementedError

    def record_at(self, at: int, line: int) -> Record | None:
        """The record that starts at `at` (its first byte, or its place among the items) on `line`, read
        again (None: the input no longer has it)."""
        raise NotImplementedError

    def close(self) -> None:
        """Let go of what reading it holds (a temporary copy of stdin)."""


class _LineFile(BatchInput):
    """A CSV or JSONL file, read a line at a time."""

    def __init__(self, path: str, name: str, fmt: str, what: str, extra_fields: tuple[str, ...] = ()) -> None:
        self.path, self.name, self.what = path, name, what
        self.csv = CsvRecords(name, extra_fields) if fmt == "csv" else None
        self.temporary: str | None = None  # a copy of stdin, a pipe or a device, removed on close

    def _open(self) -> BinaryIO:
        try:
            return open(self.path, "rb", buffering=READ_BUFFER)  # closed by the caller
        except OSError as e:  # it was there a moment ago
            raise UsageError(f"{self.what} cannot be read: {e.strerror}") from None

    def records(self) -> Iterator[Record]:
        with self._open() as stream:
            lines = numbered_lines(stream, self.what)
            if self.csv is not None:
                yield from self.csv.records(lines)
            else:
                yield from jsonl_records(lines, self.name)

    def record_at(self, at: int, line: int) -> Record | None:
        with self._open() as stream:
            stream.seek(at)
            lines = numbered_lines(stream, self.what, at, line)
            if self.csv is not None:
                return self.csv.record_at(lines)
            return next(jsonl_records(lines, self.name), None)

    def close(self) -> None:
        if self.temporary is not None:
            try:
                os.unlink(self.temporary)
            except OSError:
                pass
            self.temporary = None


class _DocumentInput(BatchInput):
    def __init__(self, document: Document) -> None:
        self.document = document
        self.name = document.source

    def records(self) -> Iterator[Record]:
        return self.document.records()

    def record_at(self, at: int, line: int) -> Record | None:
        return self.document.record_at(at)


class _ItemsInput(BatchInput):
    """The Python API's rows: dicts (rows, or interviews with 'interviewers') or MessageContexts; or Records
    already read (the journal's), each taken as it is."""

    def __init__(self, items: list[Any]) -> None:
        self.items = items

    def records(self) -> Iterator[Record]:
        return (self._record(at) for at in range(len(self.items)))

    def record_at(self, at: int, line: int) -> Record | None:
        return self._record(at) if at < len(self.items) else None

    def _record(self, at: int) -> Record:
        item = self.items[at]
        if isinstance(item, Record):
            return dataclasses.replace(item, at=at)
        if isinstance(item, MessageContext):
            item = item.model_dump(exclude_defaults=True)
        record = record_of(item, f"row {at + 1}", "input")
        record.at = at
        return record


def open_input(source: Any, fmt: str | None = None, extra_fields: tuple[str, ...] = ()) -> BatchInput:
    """A path (`-` is stdin) in one of the four formats (`fmt`, else the file name's suffix), or a list of
    rows. A file that is missing, a folder, or larger than MAX_INPUT_BYTES is a UsageError, raised here."""
    if not isinstance(source, (str, Path)):
        return _ItemsInput(list(source))
    path = str(source)
    fmt = input_format(path, fmt)
    name = "stdin" if path == "-" else Path(path).name
    what = "The input on stdin" if path == "-" else f"Input {path!r}"
    if fmt in ("json", "yaml"):
        raw = read_limited(sys.stdin.buffer, what, MAX_INPUT_BYTES) if path == "-" else _read_whole(path)
        return _DocumentInput(Document(decode(raw, name, fmt), name, fmt))
    opened = _LineFile(path, name, fmt, what, extra_fields)
    if path == "-":
        opened.path = opened.temporary = _copy(sys.stdin.buffer, what)
    elif not _regular(path):
        with open(path, "rb") as stream:
            opened.path = opened.temporary = _copy(stream, what)
    return opened


def _read_whole(path: str) -> bytes:
    return read_bytes(path, "Input", max_bytes=MAX_INPUT_BYTES)


def _regular(path: str) -> bool:
    """Whether `path` is a regular file of at most MAX_INPUT_BYTES (False: a pipe or a device, to be copied
    first); the errors `read_bytes` would give for anything else (missing, a folder, too large)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise UsageError(f"Input {path!r} does not exist") from None
    except OSError as e:
        raise UsageError(f"Input {path!r} cannot be read: {e.strerror}") from None
    if stat.S_ISDIR(st.st_mode):
        raise UsageError(f"Input {path!r} is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        return False
    if st.st_size > MAX_INPUT_BYTES:
        raise UsageError(
            f"Input {path!r} is {st.st_size / 2**20:.1f} MB; the most read is {MAX_INPUT_BYTES // 2**20} MB: "
            "split it into several files"
        )
    try:
        open(path, "rb").close()  # an unreadable file is refused now, before any row is read
    except OSError as e:
        raise UsageError(f"Input {path!r} cannot be read: {e.strerror}") from None
    return True


def _copy(stream: BinaryIO, what: str) -> str:
    """`stream` copied to a temporary file, at most MAX_INPUT_BYTES of it; the copy's path."""
    fd, path = tempfile.mkstemp(prefix="composer-batch-", suffix=".input")
    try:
        with os.fdopen(fd, "wb") as copy:
            total = 0
            while chunk := stream.read(min(READ_BUFFER * 16, MAX_INPUT_BYTES + 1 - total)):
                total += len(chunk)
                if total > MAX_INPUT_BYTES:
                    raise UsageError(
                        f"{what} holds more than {MAX_INPUT_BYTES // 2**20} MB, the most read: split it into "
                        "several files"
                    )
                copy.write(chunk)
    except BaseException:
        os.unlink(path)
        raise
    return path


def read_records(path: str, fmt: str | None = None, extra_fields: tuple[str, ...] = ()) -> Iterator[Record]:
    """The records of an input file (`-` is stdin), in order; no field is validated yet. `extra_fields`:
    columns a CSV may have beyond a row's own (the journal's `vibe`, ...), for the caller to take out."""
    source = open_input(path, fmt, extra_fields)
    try:
        yield from source.records()
    finally:
        source.close()
