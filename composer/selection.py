"""Which text a note ends with, written once for the loop and for batch: the best of several attempts, and
the template's fallback note when none of them passed.

    >>> best = best_attempt(result.attempts)   # fewest failed error rules; the earliest among equals
    >>> note = fallback_text(context)          # the template's note and its Report, checked once
    >>> note.report.passed, note.text
    >>> result = after_revision(result, rewritten)  # batch: a note and its rewrite, as one Result
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple, Protocol, TypeVar

from composer.context import MessageContext
from composer.result import Result
from composer.template import compose_from_facts
from guardrails import Report, check_message


class Judged(Protocol):
    """Anything checked: an `Attempt`, a `Result`, or the loop's own record of an attempt."""

    @property
    def failed_rules(self) -> Sequence[str]: ...


J = TypeVar("J", bound=Judged)


def best_attempt(attempts: Sequence[J]) -> J:
    """The one that fails the fewest error rules (a passing one fails none); the earliest among equals."""
    if not attempts:
        raise ValueError("best_attempt needs at least one attempt")
    return min(attempts, key=lambda a: len(a.failed_rules))


class CheckedText(NamedTuple):
    """A text and the guardrails' Report on it."""

    text: str
    report: Report


def fallback_text(ctx: MessageContext) -> CheckedText:
    """The deterministic template's note for `ctx`, and its Report: the note to send when no draft passed,
    if it passes itself (`report.passed`)."""
    text = compose_from_facts(ctx)
    return CheckedText(text, check_message(text, ctx))


def after_revision(first: Result, revision: Result) -> Result:
    """A note and its rewrite as one Result: every attempt (numbered on from the first's) and all the usage,
    and the rewrite's note unless it fails a check where the first note passed."""
    attempts = [
        *first.attempts,
        *(a.model_copy(update={"number": len(first.attempts) + a.number}) for a in revision.attempts),
    ]
    keep = revision if revision.passed or not first.passed else first
    return keep.model_copy(update={"attempts": attempts, "usage": first.usage + revision.usage})
