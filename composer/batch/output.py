"""The batch's JSONL output, and the table printed at the end.

Each finished row is one JSON object on one line, written with a single `write()` on a file opened for
appending, the moment the row is done: a process killed at any point leaves complete lines, at worst
followed by one partial line, which `--resume` cuts off before it appends. Every line carries the row's
`id`; a row whose provider failed is `{"id": ..., "error": {"type": ..., "message": ...}}`.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import stat
import sys
from collections.abc import Collection, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from composer.errors import UsageError, one_line

log = logging.getLogger(__name__)

TABLE_COLUMNS = ("id", "interviewer", "kind", "passed", "source", "characters", "note", "warnings")


def encode(record: Mapping[str, Any]) -> bytes:
    """One line: compact JSON (no raw newline can occur inside it) and the newline that ends it."""
    return (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def read_results(path: str | Path) -> tuple[dict[str, dict[str, Any]], int]:
    """The results already in an output file, by id (the last line of an id wins), and the length of its
    complete lines in bytes. Every record is held: `ResultsFile` holds only where each one is.

    A trailing line without its newline (a write cut short by a kill) is not counted: it is not a result,
    and its bytes are past the returned length. Any other line that is not a result is an error.
    """
    found = ResultsFile(path, strict=True)
    return {record_id: found[record_id] for record_id in found}, found.complete


def prepare_output(
    out: str | Path | None, resume: bool, overwrite: bool
) -> tuple[ResultsFile | None, int | None]:
    """The results already in `out` (None: none to read) and the bytes of its complete lines; reads, never
    writes. Call it holding the output's lock (composer.batch.lock), after `check_target`."""
    if out is None:
        if resume:
            raise UsageError("--resume needs --out: the results to resume are read from the output file")
        return None, None
    path = Path(out)
    if overwrite:
        return None, None
    done = ResultsFile(out, strict=True)
    keep = done.complete
    if not resume:
        if path.exists() and path.stat().st_size > 0:
            n = len(done)
            raise UsageError(
                f"Output {path.name} already holds {n} result{'s' if n != 1 else ''}: pass --resume to skip "
                "them and draft the rest, or --overwrite to start again"
            )
    return done, keep


def compact(path: str | Path) -> int:
    """Keep one line per id, the last (a row drafted again after an error supersedes its error line): the
    file is rewritten beside itself and renamed over it, so a kill at any point leaves the old file or the
    new one, whole. Returns how many lines were dropped (0: the file is left as it is)."""
    p = Path(path)
    last: dict[str, int] = {}
    total = 0
    with p.open("rb") as lines:
        for number, line in enumerate(lines):
            total = number + 1
            record_id = _line_id(line)
            if record_id is not None:
                last[record_id] = number
    dropped = total - len(last)
    if dropped <= 0:
        return 0
    keep = set(last.values())
    temporary = p.with_name(f".{p.name}.compacting")
    with p.open("rb") as lines, temporary.open("wb") as new:
        new.writelines(line for number, line in enumerate(lines) if number in keep)
        new.flush()
        os.fsync(new.fileno())
    os.replace(temporary, p)
    return dropped


def _line_id(line: bytes) -> str | None:
    try:
        record = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return record.get("id") if isinstance(record, dict) and isinstance(record.get("id"), str) else None


def check_target(path: Path, source: Any = None) -> None:
    """Refuse an output that is a folder, not a regular file (a FIFO would block, a device swallow the
    lines), or the input itself under any name: a hard link, a symlink, another path (same device and inode)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return  # a new file
    except OSError as e:
        raise UsageError(f"Output {str(path)!r} cannot be read: {e.strerror}") from None
    if stat.S_ISDIR(st.st_mode):
        raise UsageError(f"Output {str(path)!r} is a folder: give a file name such as results.jsonl")
    if not stat.S_ISREG(st.st_mode):
        raise UsageError(
            f"Output {str(path)!r} is not a regular file (a pipe, a device or a socket): give a file name such "
            "as results.jsonl"
        )
    if _same_file(st, source):
        raise UsageError(f"The output {path.name} is the input file: write the results to another file")


def _same_file(st: os.stat_result, source: Any) -> bool:
    if not isinstance(source, (str, Path)):
        return False
    try:
        other = os.fstat(sys.stdin.fileno()) if str(source) == "-" else os.stat(source)
    except (OSError, ValueError):
        return False
    return (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino)


class ResultLog:
    """Appends one complete line per result; `open()` first cuts a partial last line left by a kill."""

    def __init__(self, path: str | Path, *, fsync: bool = False) -> None:
        self.path = Path(path)
        self.fsync = fsync
        self._fd: int | None = None

    def open(self, *, keep: int | None, truncate: bool = False) -> None:
        """`keep`: bytes of complete lines to keep (from read_results); `truncate`: start an empty file."""
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
        try:
            self._fd = os.open(self.path, flags, 0o644)
            if truncate:
                os.ftruncate(self._fd, 0)
            elif keep is not None and (size := os.fstat(self._fd).st_size) > keep:
                os.ftruncate(self._fd, keep)  # the partial line a killed run left
                log.warning(
                    "%s ended in a partial line (%d bytes after its last complete line, left by a run that "
                    "was cut short): cut it off; that row is drafted again",
                    self.path.name, size - keep,
                )  # fmt: skip
        except OSError as e:
            raise UsageError(f"Output {str(self.path)!r} cannot be written: {e.strerror}") from None

    def append(self, record: Mapping[str, Any]) -> None:
        assert self._fd is not None, "open() the log first"
        data = encode(record)
        written = os.write(self._fd, data)  # one write of the whole line; a regular file takes it whole
        while written < len(data):  # only on a full disk or a signal mid-write: finish the line
            written += os.write(self._fd, data[written:])
        if self.fsync:
            os.fsync(self._fd)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> ResultLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def result_record(row_id: str, interviewer: str, result: Any, panel: Mapping[str, Any] | None) -> dict:
    record: dict[str, Any] = {"id": row_id, "interviewer_name": interviewer}
    record.update(result.model_dump(mode="json"))
    if panel is not None:
        record["panel"] = dict(panel)
    return record


def error_record(row_id: str, error: BaseException) -> dict:
    message = one_line(error) or type(error).__name__
    return {"id": row_id, "error": {"type": type(error).__name__, "message": message}}


def table_row(row_id: str, name: str, record: Mapping[str, Any] | None) -> list:
    """One row of the final table (TABLE_COLUMNS) for a row's record (None: it has none)."""
    if record is None:
        return [row_id, name, "", "", "", "", "(not drafted)", ""]
    if "error" in record:
        err = record["error"]
        return [row_id, name, "", False, "", "", f"error: {err.get('type')}: {err.get('message')}", ""]
    return [row_id, name, record.get("kind", ""), record.get("passed"), record.get("source", ""),
            record.get("characters", ""), record.get("text", ""), "; ".join(record.get("warnings", []))]  # fmt: skip


def table_rows(
    ids: Sequence[str], names: Sequence[str], results: Mapping[str, Mapping[str, Any]]
) -> list[list]:
    return [table_row(i, name, results.get(i)) for i, name in zip(ids, names, strict=True)]


def render(fmt: str, ids: Sequence[str], names: Sequence[str], results: Mapping[str, Mapping]) -> str:
    """The final table in input order: csv, markdown, or json (the full records, a list)."""
    return "".join(render_chunks(fmt, ids, names, results))


def render_chunks(
    fmt: str, ids: Collection[str], names: Sequence[str], results: Mapping[str, Mapping]
) -> Iterator[str]:
    """`render`, a row at a time: a table of any length is written without being held (with `ResultsFile`
    as `results`, nor are the records)."""
    if fmt not in ("json", "csv", "markdown"):
        raise ValueError(f"unknown table format {fmt!r}")
    if fmt == "json":  # the same text as json.dumps(records, indent=2)
        for k, row_id in enumerate(ids):
            record = results.get(
                row_id, {"id": row_id, "error": {"type": "Missing", "message": "not drafted"}}
            )
            item = json.dumps(record, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            yield ("[\n  " if k == 0 else ",\n  ") + item
        yield "\n]\n" if ids else "[]\n"
        return
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(TABLE_COLUMNS)
        for row_id, name in zip(ids, names, strict=True):
            writer.writerow([_csv_cell(c) for c in table_row(row_id, name, results.get(row_id))])
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue()
        return
    yield "| " + " | ".join(TABLE_COLUMNS) + " |\n" + "|" + "---|" * len(TABLE_COLUMNS) + "\n"
    for row_id, name in zip(ids, names, strict=True):
        yield "| " + " | ".join(_md_cell(c) for c in table_row(row_id, name, results.get(row_id))) + " |\n"


class ResultsFile(Mapping[str, dict[str, Any]]):
    """The results of an output file by id (the last line of an id wins), read from the file when asked
    for: only each id's place in the file is held, not its record, and the ids whose last line is an error
    (`errors`), passed (`passed`) or by the template fallback (`fallbacks`), for the summary's counts.

    The file is read a line at a time. `complete` is the length of its complete lines in bytes: a trailing
    line without its newline (a write cut short by a kill) is not a result. `strict`: any other line that
    is not a result (a JSON object with an id) is a UsageError; else it is passed over. A missing file holds
    no results."""

    def __init__(self, path: str | Path, *, strict: bool = False) -> None:
        self.path = Path(path)
        self._offsets: dict[str, int] = {}
        self.errors: set[str] = set()
        self.passed: set[str] = set()
        self.fallbacks: set[str] = set()
        self.complete = 0
        try:
            with self.path.open("rb") as lines:
                for number, line in enumerate(lines, start=1):
                    if not line.endswith(b"\n"):
                        break  # the partial last line of a run that was killed
                    self._take(line, number, strict)
                    self.complete += len(line)
        except FileNotFoundError:
            return
        except IsADirectoryError:
            raise UsageError(
                f"Output {str(path)!r} is a folder: give a file name such as results.jsonl"
            ) from None
        except OSError as e:
            raise UsageError(f"Output {str(path)!r} cannot be read: {e.strerror}") from None

    def _take(self, line: bytes, number: int, strict: bool) -> None:
        if not line.strip():
            return
        try:
            record = json.loads(line)
        except (UnicodeDecodeError, json.JSONDecodeError):
            record = None
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            if not strict:
                return
            raise UsageError(
                f"Output {self.path.name} line {number} is not a batch result (a JSON object with an id): "
                "remove the line, or start again with --overwrite"
            )
        record_id = record["id"]
        self._offsets[record_id] = self.complete
        for kind, holds in (
            (self.errors, "error" in record),
            (self.passed, record.get("passed") is True),
            (self.fallbacks, record.get("source") == "fallback"),
        ):
            if holds:
                kind.add(record_id)
            else:
                kind.discard(record_id)

    def outcome(self, record_id: str) -> dict[str, Any]:
        """What the summary counts of an id's result (BatchSummary.add_outcomes), without reading it."""
        outcome: dict[str, Any] = {"passed": record_id in self.passed}
        if record_id in self.errors:
            outcome["error"] = True
        if record_id in self.fallbacks:
            outcome["source"] = "fallback"
        return outcome

    def __getitem__(self, record_id: str) -> dict[str, Any]:
        offset = self._offsets[record_id]
        with self.path.open("rb") as f:
            f.seek(offset)
            return json.loads(f.readline())

    def __iter__(self) -> Iterator[str]:
        return iter(self._offsets)

    def __len__(self) -> int:
        return len(self._offsets)


def _csv_cell(value: Any) -> Any:
    return {True: "yes", False: "no"}.get(value, value) if isinstance(value, bool) else value


def _md_cell(value: Any) -> str:
    text = _csv_cell(value)
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>")
