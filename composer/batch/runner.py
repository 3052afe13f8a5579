"""The batch runner: it schedules. Every row goes through `compose_note`, at most `concurrency` at a time,
panels kept apart, and each line is written the moment its panel is final.

asyncio schedules; the providers are synchronous, so each call runs in one of `concurrency` worker threads
(composer.batch.workers; asyncio's default pool has min(32, CPUs + 4) threads, which on a 2-core machine
would quietly cap a concurrency of 8 at 6). A panel's rows are drafted side by side; when all of them are
back, the panel module (composer.batch.panel) says which notes read too much like another, and those are
rewritten through the loop's own rewrite request (`compose_note(revise=..., feedback=...)`), up to
MAX_REWRITE_ROUNDS rounds; then it annotates each line. Then the panel's lines are written (a row alone is
its own panel), counted in the summary (composer.batch.report), and the progress bar moves on. One
BackoffGate is shared by every worker: a 429 anywhere pauses all of them.

It streams: `concurrency` coroutines each take the next panel when they finish one, so the work in flight
is a few panels whatever the size of the input, the first line is written within moments of the start, and
a record is counted and written, not kept (with an output file; `BatchReport` reads it back when asked).

Interrupted (Ctrl-C, or the task cancelled), it stops: no call starts, the rate-limit gate is cancelled so
every retry sleep and gate wait ends at once, calls in flight are abandoned (their threads die with the
process; nothing of theirs is written), every line already written stays, and the cancellation goes on up
(`run_batch` raises KeyboardInterrupt).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tqdm import tqdm

from composer.batch.gate import BackoffGate, Cancelled
from composer.batch.index import open_rows
from composer.batch.lock import output_lock
from composer.batch.output import (
    ResultLog,
    ResultsFile,
    compact,
    error_record,
    prepare_output,
    result_record,
)
from composer.batch.panel import (
    MAX_REWRITE_ROUNDS,
    Comparison,
    annotate,
    rewrite_feedback,
    too_similar,
)
from composer.batch.report import BatchReport, BatchSummary
from composer.batch.rows import BatchRow
from composer.batch.workers import WorkerThreads
from composer.errors import UsageError
from composer.loop import DEFAULT_MAX_ATTEMPTS, compose_note, resolve_provider
from composer.result import Result
from composer.selection import after_revision
from composer.topics import usable_topics

log = logging.getLogger(__name__)

# Four requests in flight suit a hosted API's lower rate tiers (a few hundred requests a minute at 1-2 s a
# request) without tripping its limits; a local server or a higher tier can take --concurrency 8 or more.
DEFAULT_CONCURRENCY = 4
MAX_CONCURRENCY = 64
FATAL_STATUS = (401, 403)  # a wrong key stops the whole batch: every other row would fail the same way


@dataclass
class _Outcome:
    row: BatchRow
    result: Result | None = None
    error: BaseException | None = None
    rewrites: int = 0
    panel: dict[str, Any] | None = None

    @property
    def text(self) -> str | None:
        return self.result.text if self.result is not None else None

    def record(self) -> dict[str, Any]:
        """The row's JSONL line: its result, or its provider's error."""
        if self.result is not None:
            return result_record(self.row.id, self.row.context.interviewer_name, self.result, self.panel)
        assert self.error is not None
        return error_record(self.row.id, self.error)


class _Stoppable:
    """The provider as the workers call it: once the run stops, no draft starts (no attempt, no rewrite)."""

    def __init__(self, provider: Any, stopped: threading.Event) -> None:
        self.provider = provider
        self.stopped = stopped
        self.name = provider.name
        self.model = provider.model
        self.capabilities = provider.capabilities

    def draft(self, request: Any) -> Any:
        if self.stopped.is_set():
            raise Cancelled()
        return self.provider.draft(request)


class _Runner:
    def __init__(
        self,
        provider: Any,
        gate: BackoffGate,
        *,
        concurrency: int,
        max_attempts: int,
        fallback: bool,
        drafted: Callable[[_Outcome], None] = lambda outcome: None,
    ):
        self.stopped = threading.Event()
        self.provider = _Stoppable(provider, self.stopped)
        self.gate = gate
        self.drafted = drafted  # called as each row's first draft is back: the progress bar moves per row
        self.max_attempts = max_attempts
        self.fallback = fallback
        self.deterministic = provider.capabilities.deterministic  # a rewrite would get the same note back
        self.workers = WorkerThreads(concurrency)
        self.fatal: BaseException | None = None  # a wrong key: set by the worker that met it

    def _compose(self, **kwargs: Any) -> Result:
        """compose_note in a worker thread; once any worker has met a fatal error (a wrong key), the calls
        already queued raise it too, without a request (the event loop may not yet have cancelled them)."""
        if self.fatal is not None:
            raise self.fatal
        try:
            return compose_note(provider=self.provider, max_attempts=self.max_attempts, **kwargs)
        except Exception as e:
            if is_fatal(e):
                self.fatal = e
            raise

    async def _call(self, **kwargs: Any) -> Result:
        return await self.workers.run(functools.partial(self._compose, **kwargs))

    def stop(self) -> None:
        """No call starts from now on, and every retry sleep and rate-limit wait in the workers ends now."""
        self.stopped.set()
        self.gate.cancel()

    async def draft(self, row: BatchRow) -> _Outcome:
        try:
            result = await self._call(context=row.context, fallback=self.fallback)
        except Exception as e:  # a provider's failure is this row's error; the batch goes on
            if is_fatal(e):
                raise  # ... unless it would fail every row alike
            log.info("row %s: %s: %s", row.id, type(e).__name__, e)
            outcome = _Outcome(row, error=e)
        else:
            outcome = _Outcome(row, result=result)
        self.drafted(outcome)
        return outcome

    async def rewrite(
        self, outcome: _Outcome, other: BatchRow, other_text: str, score: float, names: list[str]
    ):
        """Ask for the note again, in other words: the loop's rewrite request with the panel's feedback."""
        assert outcome.result is not None
        ctx = outcome.row.context
        lines = rewrite_feedback(
            outcome.result.text, other_text, other.context.interviewer_name, ctx.first_name, usable_topics(ctx),
            score, names,
        )  # fmt: skip
        try:
            new = await self._call(context=ctx, fallback=False, revise=outcome.result.text, feedback=lines)
        except Exception as e:
            if is_fatal(e):
                raise
            log.info(
                "row %s: panel rewrite failed (%s: %s); keeping the first note",
                outcome.row.id,
                type(e).__name__,
                e,
            )
            outcome.rewrites += 1
            return
        outcome.rewrites += 1
        outcome.result = after_revision(outcome.result, new)  # a rewrite that fails a check is not taken

    async def separate(
        self, members: list[BatchRow], outcomes: dict[str, _Outcome], done: Mapping[str, str | None]
    ):
        """Rewrite the notes too much like another, round by round; then annotate each line of the panel."""
        names = [m.context.interviewer_name for m in members]
        comparison = Comparison(names)  # names masked once, each pair scored once per version of its notes
        fixed = [m.id not in outcomes for m in members]
        rounds = 0 if self.deterministic else MAX_REWRITE_ROUNDS  # the same prompt gives the same note again
        for _ in range(rounds):
            texts = _texts(members, outcomes, done)
            marked = too_similar(texts, names, fixed, comparison=comparison)
            if not marked:
                break
            await asyncio.gather(
                *(
                    self.rewrite(
                        outcomes[members[m.index].id], members[m.other], texts[m.other] or "", m.score, names
                    )
                    for m in marked
                )
            )
        annotations = annotate([m.id for m in members], names, _texts(members, outcomes, done), comparison)
        for member, annotation in zip(members, annotations, strict=True):
            outcome = outcomes.get(member.id)
            if outcome is not None and outcome.result is not None:
                outcome.panel = annotation.field(outcome.rewrites)
                outcome.result = annotation.warn(outcome.result)

    async def panel(self, members: list[BatchRow], done: Mapping[str, str | None], write) -> None:
        pending = [m for m in members if m.id not in done]
        if not pending:
            return
        drafted = await asyncio.gather(*(self.draft(m) for m in pending))
        outcomes = {o.row.id: o for o in drafted}
        if len(members) > 1:
            await self.separate(members, outcomes, done)
        for m in pending:
            write(outcomes[m.id])

    async def run(
        self, groups: Iterable[list[BatchRow]], done: Mapping[str, str | None], write, width: int
    ) -> None:
        """Every panel, `width` at a time: each of `width` coroutines takes the next panel when it has
        written its last (the work in flight stays a few panels, however many rows there are). A row the
        panels' reader refuses (composer.batch.index: a bad row past those checked first) ends the taking:
        the panels in flight are finished and written, then its UsageError is raised."""
        queue: Iterator[list[BatchRow]] = iter(groups)  # shared: next() never awaits, so no two take one
        refused: list[UsageError] = []

        async def take_turns() -> None:
            while True:
                try:
                    members = next(queue)
                except StopIteration:  # the end, or the reader stopped at a refused row: take no more
                    return
                except UsageError as e:
                    refused.append(e)
                    return
                await self.panel(members, done, write)

        await _all_or_none((take_turns() for _ in range(width)), on_error=self.stop)
        if refused:
            raise refused[0]

    def close(self) -> None:
        self.workers.close()


def is_fatal(error: BaseException) -> bool:
    """Whether a provider's error would fail every row alike: the server rejected the key (HTTP 401) or the
    key may not use the model (403). The provider's one-line error keeps the HTTP error as its context."""
    seen: BaseException | None = error
    for _ in range(4):
        if seen is None:
            return False
        if getattr(seen, "status_code", None) in FATAL_STATUS:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


async def _all_or_none(
    coroutines: Iterable[Awaitable[None]], on_error: Callable[[], None] | None = None
) -> None:
    """Run the coroutines side by side; the first to raise (or a cancellation: Ctrl-C) calls `on_error` and
    cancels the others, and its error is raised once they have stopped (asyncio.gather would leave them
    running)."""
    tasks = [asyncio.ensure_future(c) for c in coroutines]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        if on_error is not None:
            on_error()
        raise
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def _texts(
    members: list[BatchRow], outcomes: Mapping[str, _Outcome], done: Mapping[str, str | None]
) -> list[str | None]:
    """The panel's notes as they stand: drafted in this run, or read from an earlier run's output (None: the
    row has no note, its provider failed)."""
    return [outcomes[m.id].text if m.id in outcomes else done.get(m.id) for m in members]


class _Writer:
    """Each finished row: its line appended to the output and counted. Its record is kept only when there is
    no output file to read it back from (`keep_records`). The bar moves on as each row is drafted (a panel's
    lines are written once all of them are), and counts the fallbacks."""

    def __init__(self, summary: BatchSummary, bar: tqdm | None, *, keep_records: bool) -> None:
        self.summary = summary
        self.results: dict[str, dict[str, Any]] | None = {} if keep_records else None
        self.counted = 0  # rows counted in the summary: written in this run, or found done
        self.bar = bar
        self.sink: ResultLog | None = None
        self.fallbacks = 0

    def drafted(self, outcome: _Outcome) -> None:
        if self.bar is None:
            return
        if outcome.result is not None and outcome.result.source == "fallback":
            self.fallbacks += 1
            self.bar.set_postfix_str(f"{self.fallbacks} by the template fallback", refresh=False)
        self.bar.update(1)

    def open(self, out: str | Path | None, *, keep: int | None, truncate: bool, fsync: bool) -> None:
        if out is not None:
            self.sink = ResultLog(out, fsync=fsync)
            self.sink.open(keep=keep, truncate=truncate)

    def write(self, outcome: _Outcome) -> None:
        record = outcome.record()
        usage = outcome.result.usage if outcome.result is not None else None
        self.summary.add_drafted(usage, outcome.rewrites)
        self.summary.add_outcomes([record])
        self.counted += 1
        if self.sink is not None:
            self.sink.append(record)
        if self.results is not None:
            self.results[outcome.row.id] = record

    def close(self) -> None:
        if self.sink is not None:
            self.sink.close()
        if self.bar is not None:
            self.bar.close()


class _Done(Mapping[str, "str | None"]):
    """The rows an earlier run finished (their last line is not an error), each as its note's text, read
    back from the output file when a panel needs it: all a panel needs of them."""

    def __init__(self, found: ResultsFile | None) -> None:
        self.found = found

    def __contains__(self, row_id: object) -> bool:
        found = self.found
        return found is not None and row_id in found and row_id not in found.errors

    def __getitem__(self, row_id: str) -> str | None:
        if row_id not in self:
            raise KeyError(row_id)
        assert self.found is not None
        return self.found[row_id].get("text")

    def __iter__(self) -> Iterator[str]:
        return (row_id for row_id in self.found or () if row_id in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _already_done(ids: Iterable[str], found: ResultsFile | None, summary: BatchSummary) -> tuple[_Done, bool]:
    """The rows an earlier run finished, counted in the summary. Also whether some line is an error (that
    row is drafted again, and the file compacted after)."""
    done = _Done(found)
    if found is None:
        return done, False
    for row_id in ids:
        if row_id in done:
            summary.add_outcomes([found.outcome(row_id)])
            summary.skipped += 1
    return done, bool(found.errors)


async def arun_batch(
    source: Any,
    out: str | Path | None = None,
    *,
    provider: Any = "auto",
    model: str | None = None,
    base_url: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    resume: bool = False,
    overwrite: bool = False,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    fallback: bool = True,
    input_format: str | None = None,
    progress: bool | None = False,
    fsync: bool = False,
    gate: BackoffGate | None = None,
    timeout: float | None = None,
    defaults: Mapping[str, Any] | None = None,
) -> BatchReport:
    """`run_batch` for code that already runs an event loop. Cancelled, it stops at once (see the module's
    docstring) and the cancellation goes on up."""
    started = time.perf_counter()
    if not 1 <= concurrency <= MAX_CONCURRENCY:
        raise UsageError(f"--concurrency is {concurrency}; use 1 to {MAX_CONCURRENCY}")
    # The first pass: the rows checked before anything else happens; of each, only its id, its name, where it
    # is and its panel are kept. The runner takes the panels from the second pass as it goes.
    rows = open_rows(source, input_format, defaults)
    # A provider built here by name waits at this gate (a provider object keeps its own).
    gate = gate or BackoffGate()
    # One run at a time writes `out`, from reading it to the last line.
    with contextlib.closing(rows), output_lock(out, source):
        found, keep = prepare_output(out, resume, overwrite)
        chosen = resolve_provider(provider, model=model, base_url=base_url, gate=gate, timeout=timeout)
        # The bundled model generates one note at a time: so does batch.
        concurrency = min(concurrency, chosen.capabilities.max_concurrency or concurrency)
        summary = BatchSummary(rows=rows.count, notes=list(rows.notes))
        writer = _Writer(summary, None, keep_records=out is None)
        done, retry = _already_done(rows.ids, found, summary)
        writer.counted = summary.skipped
        summary.provider = chosen.name
        writer.bar = _progress_bar(rows.count - summary.skipped, progress, chosen.name)
        writer.open(out, keep=keep, truncate=overwrite, fsync=fsync)
        runner = _Runner(
            chosen, gate, concurrency=concurrency, max_attempts=max_attempts, fallback=fallback,
            drafted=writer.drafted,
        )  # fmt: skip
        try:
            await runner.run(rows.panels(), done, writer.write, width=concurrency)
        finally:
            runner.close()
            writer.close()
        if out is not None and retry:
            compact(out)  # a row drafted again after an error: its last line is the one kept

    summary.add_outcomes([{}] * (rows.count - writer.counted))  # a row with no line: not drafted
    summary.rate_limit_pauses = gate.pauses
    summary.seconds = round(time.perf_counter() - started, 3)
    return BatchReport(ids=rows.ids, names=rows.names, results=writer.results, summary=summary, out=out)


def run_batch(source: Any, out: str | Path | None = None, **options: Any) -> BatchReport:
    """Draft every row of a batch and check each note; append each result to `out` (JSONL) when it is done.

    `source`: a CSV, JSON, JSONL or YAML file, or an iterable of dicts / MessageContexts. Options:
    `provider`, `model`, `base_url` (as compose_note), `concurrency` (default 4), `resume` (skip ids already
    in `out`), `overwrite` (start `out` again), `max_attempts`, `fallback`, `input_format`, `progress`
    (a progress bar on stderr; None: only when stderr is a terminal), `fsync`, `timeout` (the seconds each
    request to a model server may take, start to last byte), `gate` (a BackoffGate to share), `defaults`
    (fields a row lacks: the account and candidate's name from the environment or config). Bad input
    raises UsageError before any call and before `out` is touched; past the first CHECKED_FIRST rows
    (composer.batch.index), a row that fails its whole check raises it when the batch reaches the row, the
    lines already written kept.
    """
    return asyncio.run(arun_batch(source, out, **options))


def _progress_bar(total: int, progress: bool | None, provider: str = "") -> tqdm | None:
    if progress is None:
        progress = sys.stderr.isatty()
    if not progress or total == 0:
        return None
    desc = "drafting (template, no model)" if provider == "template" else "drafting"
    return tqdm(total=total, file=sys.stderr, unit="row", desc=desc, leave=False, dynamic_ncols=True)
