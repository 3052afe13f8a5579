"""A rule is data plus one small function: the function yields findings, the rule says what they mean."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from guardrails.vocabulary import CATEGORIES, KINDS, SEVERITIES

Category = Literal[CATEGORIES]
Severity = Literal[SEVERITIES]
EVERY_KIND = frozenset(KINDS)


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing wrong with a draft: the fact (with numbers), the fix (an instruction), where it is."""

    message: str
    fix: str
    span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: Category
    severity: Severity
    check: Callable[..., Iterable[Finding]]
    kinds: frozenset[str] = EVERY_KIND

    def __post_init__(self) -> None:
        """A misspelt category, severity or kind would silently never run: refuse it when the rule is made."""
        unknown = [f"kind {kind!r}" for kind in sorted(self.kinds - EVERY_KIND)]
        if self.category not in CATEGORIES:
            unknown.append(f"category {self.category!r}")
        if self.severity not in SEVERITIES:
            unknown.append(f"severity {self.severity!r}")
        if unknown:
            raise ValueError(f"Rule {self.id}: unknown {', '.join(unknown)}")


@dataclass(frozen=True, slots=True)
class RuleResult:
    rule: str
    category: str
    severity: str
    passed: bool
    message: str = ""
    fix: str = ""
    spans: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "passed": self.passed,
            "message": self.message,
            "fix": self.fix,
            "spans": [list(s) for s in self.spans],
        }


@dataclass(frozen=True, slots=True)
class Report:
    """The verdict on one draft: `passed` when no error-severity rule failed."""

    text: str
    results: list[RuleResult]
    characters: int
    limit: int | None

    @property
    def passed(self) -> bool:
        return not any(r.severity == "error" and not r.passed for r in self.results)

    @property
    def errors(self) -> list[RuleResult]:
        return [r for r in self.results if r.severity == "error" and not r.passed]

    @property
    def warnings(self) -> list[RuleResult]:
        return [r for r in self.results if r.severity == "warning" and not r.passed]

    @property
    def failed_rules(self) -> list[str]:
        return [r.rule for r in self.errors]

    def fixes(self) -> list[str]:
        """The fix lines of the failed errors, in rule order: what a rewrite request carries."""
        return [r.fix for r in self.errors]

    def to_dict(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "characters": self.characters,
            "limit": self.limit,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "results": [r.to_dict() for r in self.results],
        }


_PASSED: dict[str, RuleResult] = {}


def run_rule(rule: Rule, *args: Any) -> RuleResult:
    found = iter(rule.check(*args))
    first = next(found, None)
    if first is None:  # results are immutable: one passed result per rule serves every report
        passed = _PASSED.get(rule.id)
        if passed is None:
            passed = _PASSED[rule.id] = RuleResult(rule.id, rule.category, rule.severity, True)
        return passed
    findings = [first, *found]
    fixes: list[str] = []
    for f in findings:
        if f.fix not in fixes:
            fixes.append(f.fix)
    return RuleResult(
        rule.id,
        rule.category,
        rule.severity,
        False,
        message=" ".join(f.message for f in findings),
        fix=" ".join(fixes),
        spans=tuple(f.span for f in findings if f.span is not None),
    )


def shorten(quoted: str, most: int = 60) -> str:
    """A matched piece of the draft, cut to `most` characters for a message."""
    return quoted if len(quoted) <= most else quoted[: most - 1] + "\u2026"


def findings_for(phrases, draft, facts, message: str, fix: str, text: str | None = None) -> Iterator[Finding]:
    """One finding per match of `phrases` in the folded draft; `message` gets the matched words as {!r}.

    A match whose words all belong to the interview facts ("salary benchmarking" as a topic, "referral
    program") is the candidate talking about what was discussed, not a finding.
    """
    for m in phrases.finditer(draft.folded if text is None else text):
        if facts.mentions(m.group(0)):
            continue
        yield Finding(message.format(shorten(draft.text[m.start() : m.end()])), fix, m.span())


def phrase_check(phrases, message: str, fix: str) -> Callable[..., Iterator[Finding]]:
    """The check function of a rule that is one list of phrases."""

    def check(draft, facts) -> Iterator[Finding]:
        return findings_for(phrases, draft, facts, message, fix)

    return check
