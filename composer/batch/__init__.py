"""Batch drafting: a note for every row of a file, panels kept apart, safe to interrupt and resume.

    >>> from composer.batch import run_batch
    >>> report = run_batch("panel.yaml", "notes.jsonl", provider="template")
    >>> report.exit_code, report.summary.line()
    >>> for record in report.records(): print(record["id"], record.get("text"))

- `readers`: reading CSV, JSON, JSONL and YAML into plain records, each with its line (and its first byte).
- `source`: an input read twice, a record at a time (stdin copied first); any record read again alone.
- `fields`: the fields a row may carry, their other spellings, and the checks of every value.
- `rows`: one row: interviews expanded to their interviewers, a row checked, a panel's rows filled in.
- `index`: the two passes: every row checked first (ids, names, panels kept), then a panel at a time.
- `panel`: how alike two notes are (word 3-gram Jaccard), which to rewrite, the feedback for a rewrite, and
  what each line says about its panel.
- `gate`: the backoff every worker shares, so a 429 slows the whole batch.
- `output`: the JSONL written one complete line at a time, and the final table.
- `report`: what a run hands back: every row's record and the summary's counts.
- `workers`: the daemon threads that run the providers' synchronous calls (a Ctrl-C never waits for them).
- `runner`: the asyncio scheduler (`run_batch`, `arun_batch`): panels streamed a few at a time, Ctrl-C.
"""

from composer.batch.gate import BackoffGate
from composer.batch.index import read_rows, rows_from_dicts
from composer.batch.panel import SIMILARITY_THRESHOLD, similarity
from composer.batch.report import BatchReport, BatchSummary
from composer.batch.rows import BatchRow
from composer.batch.runner import DEFAULT_CONCURRENCY, arun_batch, run_batch

__all__ = [
    "DEFAULT_CONCURRENCY",
    "SIMILARITY_THRESHOLD",
    "BackoffGate",
    "BatchReport",
    "BatchRow",
    "BatchSummary",
    "arun_batch",
    "read_rows",
    "rows_from_dicts",
    "run_batch",
    "similarity",
]
