"""What a batch run hands back: every row's record (its JSONL line) and the summary line's counts."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from composer.batch.output import ResultsFile, read_results, render_chunks
from composer.result import Usage


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
    notes: list[str] = field(default_factory=list)  # how the input was read (a cohort, not one panel)
    provider: str = ""  # the provider's name: 'template' means no model wrote any note

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def add_drafted(self, usage: Usage | None, rewrites: int) -> None:
        """Count a row drafted in this run: its calls and tokens (None: its provider failed), its rewrites."""
        if usage is not None:
            self.calls += usage.calls
            self.prompt_tokens += usage.prompt_tokens
            self.completion_tokens += usage.completion_tokens
        self.rewrites += rewrites

    def add_outcomes(self, records: Iterable[Mapping[str, Any]]) -> None:
        """Count every input row's record ({} for a row with none): errors, passed, failed, fallbacks."""
        for record in records:
            if "error" in record:
                self.errors += 1
            if record.get("passed") is True:
                self.passed += 1
            else:
                self.failed += 1
            if record.get("source") == "fallback":
                self.fallbacks += 1

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
        if self.provider == "template":  # no model wrote any note: --provider template, or auto with no key
            parts.append("every note written by the template (no model)")
        fell_back = f"; {self.fallbacks} written by the template fallback (every model draft failed)"
        return "batch: " + ", ".join(parts) + "; " + ", ".join(cost) + (fell_back if self.fallbacks else "")


class BatchReport:
    """Every row's record (the JSONL line) by id, in input order through `records()`, and the summary.

    A run with an output file keeps no record in memory (a batch of any size runs in flat memory): `results`
    reads them back from `out` when first asked for. Of each row it keeps its id and its interviewer's name
    (`ids`, `names`, in input order), for the final table."""

    def __init__(
        self,
        ids: Collection[str],
        names: Sequence[str],
        results: dict[str, dict[str, Any]] | None,
        summary: BatchSummary,
        out: str | Path | None = None,
    ) -> None:
        self.ids, self.names, self._results, self.summary, self.out = ids, names, results, summary, out

    @property
    def results(self) -> dict[str, dict[str, Any]]:
        if self._results is None:
            self._results = read_results(self.out)[0] if self.out is not None else {}
        return self._results

    @property
    def exit_code(self) -> int:
        """0 when every row has a passing note, 1 otherwise."""
        return 1 if self.summary.failed else 0

    def records(self) -> list[dict[str, Any]]:
        return [self.results[i] for i in self.ids if i in self.results]

    def render(self, fmt: str) -> str:
        """The final table in input order: `csv`, `markdown` or `json`."""
        return "".join(self.render_chunks(fmt))

    def render_chunks(self, fmt: str) -> Iterator[str]:
        """`render`, a row at a time; with an output file, each record is read back from it as its row is
        written, so the table of a batch of any size is printed without holding it."""
        results: Mapping[str, Mapping[str, Any]]
        if self._results is None and self.out is not None:
            results = ResultsFile(self.out)
        else:
            results = self.results
        return render_chunks(fmt, self.ids, self.names, results)
