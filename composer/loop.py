"""The draft-check-rewrite loop: context → request → draft → clean → checks → rewrite → Result.

Each attempt is a new, frozen `DraftRequest` (composer.request): the original task, and after a failed draft,
that draft and the fix line of every failed error rule, verbatim. Nothing the caller passed is changed. When
the attempts run out, the best draft (fewest errors) is kept, or the deterministic template's note takes its
place (marked `source: fallback`); both choices live in composer.selection. Provider errors are not caught
here: they reach the caller (exit 3 on the CLI).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from composer.clean import clean_draft
from composer.context import MessageContext, as_context
from composer.prompting.chat import render_task
from composer.providers.base import Completion, Provider
from composer.providers.registry import resolve_provider
from composer.request import ChatMessage, DraftRequest, chat_messages_from
from composer.result import Attempt, Result, Source, Usage
from composer.selection import best_attempt, fallback_text
from composer.vocabulary import DEFAULT_MAX_ATTEMPTS
from guardrails import Report, check_message

__all__ = ["DEFAULT_MAX_ATTEMPTS", "compose_note", "resolve_provider"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Drafted:
    """One attempt as the loop keeps it: its record, the Report behind the record, and who wrote it."""

    attempt: Attempt
    report: Report
    model: str | None

    @property
    def failed_rules(self) -> list[str]:
        return self.attempt.failed_rules


def compose_note(
    context: MessageContext | Mapping[str, Any],
    provider: Any = "auto",
    *,
    model: str | None = None,
    base_url: str | None = None,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    fallback: bool = True,
    messages: Sequence[ChatMessage | Mapping[str, str]] | None = None,
    revise: str | None = None,
    feedback: Sequence[str] = (),
    on_attempt: Callable[[Attempt], None] | None = None,
) -> Result:
    """Draft the message a context asks for, check it, and have it rewritten until it passes.

    `provider`: a registered name (`auto`, `openai`, `local`, `template`), a Provider, or a langchain-core
    chat model. `max_attempts` counts every call, the first draft included. `fallback`: when no draft
    passes, return the template's note (`source="fallback"`) instead of the best draft. `messages`: your
    own task messages instead of the rendered prompt (they are copied, never changed). `revise`: a draft to
    rewrite, so the first attempt is already a rewrite request carrying `feedback`; `feedback`: extra lines
    sent with every rewrite request after the failed rules' fixes (batch uses both to rewrite a note that is
    too similar to another note of the same panel). `on_attempt`: called with each Attempt as soon as it is
    checked (the web page shows attempts as they arrive).
    Raises `ProviderError` when the provider fails, pydantic's `ValidationError` for an invalid context.
    """
    if max_attempts < 1:
        raise ValueError(f"max_attempts is {max_attempts}; it counts every attempt and must be at least 1")
    ctx = as_context(context)
    chosen = resolve_provider(provider, model=model, base_url=base_url)
    capabilities = chosen.capabilities
    task = _task(ctx, chosen, messages)
    if revise is None:
        first = DraftRequest.first(ctx, task)
    else:
        first = DraftRequest.revision(ctx, revise, feedback, task)
    allowed = 1 if capabilities.deterministic else max_attempts
    drafted = _attempts(chosen, first, allowed, tuple(feedback), on_attempt)
    return _result(ctx, chosen, drafted, fallback=fallback and not capabilities.deterministic)


def _task(
    ctx: MessageContext, provider: Provider, messages: Sequence[ChatMessage | Mapping[str, str]] | None
) -> tuple[ChatMessage, ...]:
    """The caller's own messages (copied), else the rendered chat task for a provider that is sent
    messages, else nothing: that provider renders its prompt from the request's facts."""
    if messages is not None:
        return chat_messages_from(messages)
    if provider.capabilities.needs_messages:
        return tuple(render_task(ctx))
    return ()


def _attempts(
    provider: Provider,
    request: DraftRequest,
    allowed: int,
    extra: tuple[str, ...],
    on_attempt: Callable[[Attempt], None] | None = None,
) -> list[_Drafted]:
    """Call the provider until a draft passes or `allowed` attempts are made; each rewrite carries the last
    draft and its fix lines, then `extra`."""
    ctx = request.context
    drafted: list[_Drafted] = []
    while True:
        started = time.perf_counter()
        completion = provider.draft(request)
        seconds = round(time.perf_counter() - started, 4)
        text = clean_draft(completion.text, ctx.candidate_name)
        report = check_message(text, ctx)
        drafted.append(
            _Drafted(_record(request, text, report, completion, seconds), report, completion.model)
        )
        if on_attempt is not None:
            on_attempt(drafted[-1].attempt)
        log.info(
            "attempt %d/%d from %s: %s (%d characters)",
            request.attempt, allowed, provider.name,
            "passed" if report.passed else "failed " + ", ".join(report.failed_rules), report.characters,
        )  # fmt: skip
        if report.passed or len(drafted) == allowed:
            return drafted
        request = request.rewrite(text, [*report.fixes(), *extra])


def _record(
    request: DraftRequest, text: str, report: Report, completion: Completion, seconds: float
) -> Attempt:
    usage = Usage(
        calls=1,
        prompt_tokens=completion.prompt_tokens,
        completion_tokens=completion.completion_tokens,
        seconds=seconds,
    )
    return Attempt(
        number=request.attempt,
        text=text,
        passed=report.passed,
        failed_rules=report.failed_rules,
        feedback=list(request.fixes),
        usage=usage,
        seconds=seconds,
    )


def _result(ctx: MessageContext, provider: Provider, drafted: list[_Drafted], *, fallback: bool) -> Result:
    """The Result: the best attempt's text and Report, or the template's note when none passed (and
    `fallback`) and that note passes; every text is checked once."""
    best = best_attempt(drafted)
    text, report = best.attempt.text, best.report
    source: Source = provider.capabilities.source
    if not best.report.passed and fallback:
        note = fallback_text(ctx)
        if note.report.passed:
            log.info("no draft passed in %d attempts; using the template fallback", len(drafted))
            text, report, source = note.text, note.report, "fallback"
    attempts = [d.attempt for d in drafted]
    return Result(
        text=text,
        passed=report.passed,
        source=source,
        provider=provider.name,
        model=next((d.model for d in reversed(drafted) if d.model), provider.model),
        attempts=attempts,
        usage=sum((a.usage for a in attempts), Usage()),
        stop_reason="passed" if best.attempt.passed else "max_attempts",
        kind=ctx.kind,
        characters=report.characters,
        limit=report.limit,
        failed_rules=report.failed_rules,
        warnings=[f"{r.rule}: {r.message}" for r in report.warnings],
    )
