"""The batch runner: every row through `compose_note`, at most `concurrency` at a time, panels kept apart.

asyncio schedules; the providers are synchronous, so each call runs in a thread of a pool sized to the
concurrency (asyncio's default pool has min(32, CPUs + 4) threads, which on a 2-core machine would quietly
cap a concurrency of 8 at 6). A panel's rows are drafted side by side; when all of them are back, their
notes are compared (composer.batch.panel) and a note too much like another is rewritten, through the loop's
own rewrite request (`compose_note(revise=..., feedback=...)`), up to MAX_REWRITE_ROUNDS times. Then the
panel's lines are written, each the moment its panel is final (a row alone is its own panel). One
BackoffGate is shared by every worker: a 429 anywhere pauses all of them.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import sys
import time
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from composer.batch.gate import BackoffGate
from composer.batch.output import ResultLog, error_record, read_results, render, result_record
from composer.batch.panel import (
    MAX_REWRITE_ROUNDS,
    SIMILARITY_THRESHOLD,
    rewrite_feedback,
    similarity,
    too_similar,
)
from composer.batch.rows import BatchRow, read_rows, rows_from_dicts
from composer.errors import UsageError
from composer.loop import DEFAULT_MAX_ATTEMPTS, compose_note, resolve_provider
from composer.result import Result

log = logging.getLogger(__name__)

# Four requests in flight suit a hosted API's lower rate tiers (a few hundred requests a minute at 1-2 s a
# request) without tripping its limits; a local server or a higher tier can take --concurrency 8 or more.
DEFAULT_CONCURRENCY = 4
MAX_CONCURRENCY = 64


@dataclass
class BatchSummary:
    """What the run did. `passed`, `fallbacks`, `errors`, `failed` count every input row (rows already in
    the output from an earlier run included); `calls`, tokens and `seconds` count this run only."""

    rows: int = 0
    skipped: int = 0  # already in the output (--resume)
    passed: int = 0
    fallbacks: int = 0
    errors: int = 0
    failed: int = 0  # rows with no passing note: errors, and notes that failed a check
    rewrites: int = 0  # notes rewritten because they read like another note of their panel
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    rate_limit_pauses: int = 0

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def line(self) -> str:
        done = f" ({self.skipped} already done)" if self.skipped else ""
        parts = [
            f"{self.rows} rows{done}",
            f"{self.passed} passed",
            f"{self.fallbacks} fallback{'s' if self.fallbacks != 1 else ''}",
            f"{self.errors} error{'s' if self.errors != 1 else ''}",
        ]
        if self.rewrites:
            parts.append(f"{self.rewrites} panel rewrite{'s' if self.rewrites != 1 else ''}")
        cost = [f"{self.calls} calls", f"{self.tokens:,} tokens", f"{self.seconds:.2f} s"]
        if self.rate_limit_pauses:
            cost.append(f"{self.rate_limit_pauses} rate-limit pauses")
        return "batch: " + ", ".join(parts) + "; " + ", ".join(cost)


@dataclass
class BatchReport:
    """Every row's record (the JSONL line) by id, in input order through `records()`, and the summary."""

    rows: list[BatchRow]
    results: dict[str, dict[str, Any]]
    summary: BatchSummary

    @property
    def exit_code(self) -> int:
        """0 when every row has a passing note, 1 otherwise."""
        return 1 if self.summary.failed else 0

    def records(self) -> list[dict[str, Any]]:
        return [self.results[r.id] for r in self.rows if r.id in self.results]

    def render(self, fmt: str) -> str:
        """The final table in input order: `csv`, `markdown` or `json`."""
        ids = [r.id for r in self.rows]
        names = [r.context.interviewer_name for r in self.rows]
        return render(fmt, ids, names, self.results)


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


def load_rows(source: Any, input_format: str | None = None) -> list[BatchRow]:
    """A path (CSV, JSON, JSONL, YAML; '-' for stdin), or an iterable of rows: dicts (rows or interviews
    with 'interviewers'), MessageContexts, or BatchRows."""
    if isinstance(source, (str, Path)):
        return read_rows(str(source), input_format)
    items = list(source)
    if items and all(isinstance(i, BatchRow) for i in items):
        return items
    return rows_from_dicts(items)


class _Runner:
    def __init__(self, provider: Any, *, concurrency: int, max_attempts: int, fallback: bool):
        self.provider = provider
        self.max_attempts = max_attempts
        self.fallback = fallback
        self.deterministic = provider.capabilities.deterministic  # a rewrite would get the same note back
        self.pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="composer-batch")

    async def _call(self, **kwargs: Any) -> Result:
        loop = asyncio.get_running_loop()
        fn = functools.partial(compose_note, provider=self.provider, max_attempts=self.max_attempts, **kwargs)
        return await loop.run_in_executor(self.pool, fn)

    async def draft(self, row: BatchRow) -> _Outcome:
        try:
            result = await self._call(context=row.context, fallback=self.fallback)
        except Exception as e:  # a provider's failure is this row's error; the batch goes on
            log.info("row %s: %s: %s", row.id, type(e).__name__, e)
            return _Outcome(row, error=e)
        return _Outcome(row, result=result)

    async def rewrite(
        self, outcome: _Outcome, other: BatchRow, other_text: str, score: float, names: list[str]
    ):
        """Ask for the note again, in other words: the loop's rewrite request with the panel's feedback."""
        assert outcome.result is not None
        ctx = outcome.row.context
        lines = rewrite_feedback(
            outcome.result.text, other_text, other.context.interviewer_name, ctx.first_name, ctx.topics,
            score, names,
        )  # fmt: skip
        try:
            new = await self._call(context=ctx, fallback=False, revise=outcome.result.text, feedback=lines)
        except Exception as e:
            log.info(
                "row %s: panel rewrite failed (%s: %s); keeping the first note",
                outcome.row.id,
                type(e).__name__,
                e,
            )
            outcome.rewrites += 1
            return
        outcome.rewrites += 1
        old = outcome.result
        attempts = [
            *old.attempts,
            *(a.model_copy(update={"number": len(old.attempts) + a.number}) for a in new.attempts),
        ]
        usage = old.usage + new.usage
        keep = new if new.passed or not old.passed else old  # a rewrite that fails a check is not taken
        outcome.result = keep.model_copy(update={"attempts": attempts, "usage": usage})

    async def separate(
        self, members: list[BatchRow], outcomes: dict[str, _Outcome], done: Mapping[str, dict]
    ):
        """Compare the panel's notes; rewrite the ones too much like another; record the closest match."""
        names = [m.context.interviewer_name for m in members]
        fixed = [m.id not in outcomes for m in members]

        def texts() -> list[str | None]:
            out = []
            for m in members:
                if m.id in outcomes:
                    out.append(outcomes[m.id].text)
                else:
                    out.append(done.get(m.id, {}).get("text"))
            return out

        for round_number in range(MAX_REWRITE_ROUNDS + 1):
            marked = too_similar(texts(), names, fixed)
            if not marked or self.deterministic or round_number == MAX_REWRITE_ROUNDS:
                break
            current = texts()
            await asyncio.gather(
                *(
                    self.rewrite(
                        outcomes[members[m.index].id],
                        members[m.other],
                        current[m.other] or "",
                        m.score,
                        names,
                    )
                    for m in marked
                )
            )
        final = texts()
        for i, member in enumerate(members):
            outcome = outcomes.get(member.id)
            if outcome is None or outcome.result is None:
                continue
            scores = [
                (similarity(final[i] or "", final[k] or "", names), k)
                for k in range(len(members))
                if k != i and final[k] is not None and names[k].casefold() != names[i].casefold()
            ]
            score, closest = max(scores, default=(0.0, -1))
            outcome.panel = {
                "size": len(members),
                "max_similarity": round(score, 3),
                "closest": members[closest].id if closest >= 0 else None,
                "rewrites": outcome.rewrites,
            }
            if score >= SIMILARITY_THRESHOLD:
                warning = (
                    f"panel.too_similar: reads like the note to {names[closest]} (three-word phrases overlap "
                    f"{score:.0%}; the threshold is {SIMILARITY_THRESHOLD:.0%})"
                )
                outcome.result = outcome.result.model_copy(
                    update={"warnings": [*outcome.result.warnings, warning]}
                )

    async def panel(self, members: list[BatchRow], done: Mapping[str, dict], write) -> None:
        pending = [m for m in members if m.id not in done]
        if not pending:
            return
        drafted = await asyncio.gather(*(self.draft(m) for m in pending))
        outcomes = {o.row.id: o for o in drafted}
        if len(members) > 1:
            await self.separate(members, outcomes, done)
        for m in pending:
            write(outcomes[m.id])

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


def _prepare_output(
    out: str | Path | None, resume: bool, overwrite: bool, source: Any = None
) -> tuple[dict[str, dict], int | None]:
    """The results already in `out` and the bytes of its complete lines; reads, never writes."""
    if out is None:
        if resume:
            raise UsageError("--resume needs --out: the results to resume are read from the output file")
        return {}, None
    path = Path(out)
    if isinstance(source, (str, Path)) and str(source) != "-" and path.exists():
        if path.resolve() == Path(source).resolve():
            raise UsageError(f"The output {path.name} is the input file: write the results to another file")
    if overwrite:
        if path.is_dir():
            raise UsageError(f"Output {str(out)!r} is a folder: give a file name such as results.jsonl")
        return {}, None
    done, keep = read_results(out)
    if not resume:
        if path.exists() and path.stat().st_size > 0:
            n = len(done)
            raise UsageError(
                f"Output {path.name} already holds {n} result{'s' if n != 1 else ''}: pass --resume to skip "
                "them and draft the rest, or --overwrite to start again"
            )
    return done, keep


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
) -> BatchReport:
    """`run_batch` for code that already runs an event loop."""
    started = time.perf_counter()
    if not 1 <= concurrency <= MAX_CONCURRENCY:
        raise UsageError(f"--concurrency is {concurrency}; use 1 to {MAX_CONCURRENCY}")
    rows = load_rows(source, input_format)  # every row validated before anything else happens
    done, keep = _prepare_output(out, resume, overwrite, source)
    gate = (
        gate or BackoffGate()
    )  # a provider built here by name waits at it (a provider object keeps its own)
    chosen = resolve_provider(provider, model=model, base_url=base_url, gate=gate)
    concurrency = min(concurrency, chosen.capabilities.max_concurrency or concurrency)  # local: one at a time

    done = {r.id: done[r.id] for r in rows if r.id in done}
    todo = [r for r in rows if r.id not in done]
    panels: dict[str, list[BatchRow]] = {}
    for r in rows:
        panels.setdefault(r.panel, []).append(r)

    results: dict[str, dict[str, Any]] = dict(done)
    summary = BatchSummary(rows=len(rows), skipped=len(done))
    bar = _progress_bar(len(todo), progress)
    sink = ResultLog(out, fsync=fsync) if out is not None else None
    if sink is not None:
        sink.open(keep=keep, truncate=overwrite)
    runner = _Runner(chosen, concurrency=concurrency, max_attempts=max_attempts, fallback=fallback)

    def write(outcome: _Outcome) -> None:
        row = outcome.row
        if outcome.result is not None:
            record = result_record(row.id, row.context.interviewer_name, outcome.result, outcome.panel)
            usage = outcome.result.usage
            summary.calls += usage.calls
            summary.prompt_tokens += usage.prompt_tokens
            summary.completion_tokens += usage.completion_tokens
        else:
            assert outcome.error is not None
            record = error_record(row.id, outcome.error)
        summary.rewrites += outcome.rewrites
        if sink is not None:
            sink.append(record)
        results[row.id] = record
        if bar is not None:
            bar.update(1)

    try:
        await asyncio.gather(*(runner.panel(members, done, write) for members in panels.values()))
    finally:
        runner.close()
        if sink is not None:
            sink.close()
        if bar is not None:
            bar.close()

    for r in rows:
        record = results.get(r.id, {})
        if "error" in record:
            summary.errors += 1
        if record.get("passed") is True:
            summary.passed += 1
        else:
            summary.failed += 1
        if record.get("source") == "fallback":
            summary.fallbacks += 1
    summary.rate_limit_pauses = gate.pauses
    summary.seconds = round(time.perf_counter() - started, 3)
    return BatchReport(rows=rows, results=results, summary=summary)


def run_batch(source: Any, out: str | Path | None = None, **options: Any) -> BatchReport:
    """Draft every row of a batch and check each note; append each result to `out` (JSONL) when it is done.

    `source`: a CSV, JSON, JSONL or YAML file, or an iterable of dicts / MessageContexts. Options:
    `provider`, `model`, `base_url` (as compose_note), `concurrency` (default 4), `resume` (skip ids already
    in `out`), `overwrite` (start `out` again), `max_attempts`, `fallback`, `input_format`, `progress`
    (a progress bar on stderr; None: only when stderr is a terminal), `fsync`, `gate` (a BackoffGate to
    share). Bad input raises UsageError before any call and before `out` is touched.
    """
    return asyncio.run(arun_batch(source, out, **options))


def _progress_bar(total: int, progress: bool | None):
    if progress is None:
        progress = sys.stderr.isatty()
    if not progress or total == 0:
        return None
    from tqdm import tqdm

    return tqdm(total=total, file=sys.stderr, unit="row", desc="drafting", leave=False, dynamic_ncols=True)
