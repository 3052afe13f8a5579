"""The draft-check-rewrite loop: context → prompt → draft → clean → checks → rewrite → Result.

Each attempt sends a *new* list of messages: the original task, and after a failed draft, that draft and the
fix line of every failed error rule, verbatim. Nothing the caller passed is changed. When the attempts run
out, the best draft (fewest errors) is kept, or the deterministic template's note takes its place (marked
`source: fallback`). Provider errors are not caught here: they reach the caller (exit 3 on the CLI).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence
from typing import Any

from composer.clean import clean_draft
from composer.context import MessageContext, as_context
from composer.providers import ChatMessage, Provider, get_provider, resolve_auto
from composer.result import Attempt, Result, Usage

log = logging.getLogger(__name__)

DEFAULT_MAX_ATTEMPTS = 4


def resolve_provider(provider: Any, *, model: str | None = None, base_url: str | None = None) -> Provider:
    """A Provider from a registered name ("auto", "openai", "local", "template", ...), a Provider object,
    or any langchain-core chat model."""
    if isinstance(provider, str):
        name = resolve_auto(base_url) if provider == "auto" else provider
        return get_provider(name, model=model, base_url=base_url)
    if callable(getattr(provider, "complete", None)):
        return provider
    if _is_langchain_chat_model(provider):
        from composer.providers.langchain_provider import LangChainProvider

        return LangChainProvider(provider)
    raise TypeError(
        f"provider must be a provider name, an object with complete(messages, context=...), or a langchain "
        f"chat model; got {type(provider).__name__}"
    )


def _is_langchain_chat_model(obj: Any) -> bool:
    if not any(cls.__module__.startswith("langchain") for cls in type(obj).__mro__):
        return False
    from langchain_core.language_models.chat_models import BaseChatModel

    return isinstance(obj, BaseChatModel)


def _as_messages(messages: Sequence[ChatMessage | Mapping[str, str]]) -> tuple[ChatMessage, ...]:
    """Copies of the caller's messages, as frozen ChatMessages."""
    out = []
    for m in messages:
        if isinstance(m, ChatMessage):
            out.append(m)
        else:
            out.append(ChatMessage(m["role"], m["content"]))  # type: ignore[arg-type]
    return tuple(out)


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
) -> Result:
    """Draft the message a context asks for, check it, and have it rewritten until it passes.

    `provider`: a registered name (`auto`, `openai`, `local`, `template`), a Provider, or a langchain-core
    chat model. `max_attempts` counts every call, the first draft included. `fallback`: when no draft
    passes, return the template's note (`source="fallback"`) instead of the best draft. `messages`: your
    own task messages instead of the rendered prompt (they are copied, never changed). `revise`: a draft to
    rewrite, so the first attempt is already a rewrite request carrying `feedback`; `feedback`: extra lines
    sent with every rewrite request after the failed rules' fixes (batch uses both to rewrite a note that is
    too similar to another note of the same panel).
    Raises `ProviderError` when the provider fails, pydantic's `ValidationError` for an invalid context.
    """
    from guardrails import check_message

    if max_attempts < 1:
        raise ValueError(f"max_attempts is {max_attempts}; it counts every attempt and must be at least 1")
    ctx = as_context(context)
    chosen = resolve_provider(provider, model=model, base_url=base_url)
    if messages is not None:
        task = _as_messages(messages)
    elif getattr(chosen, "needs_messages", True):
        from composer.prompt import render_task

        task = tuple(render_task(ctx))
    else:
        task = ()
    deterministic = getattr(chosen, "deterministic", False)
    attempts_allowed = 1 if deterministic else max_attempts

    attempts: list[Attempt] = []
    best: tuple[int, int] | None = None  # (errors, index into attempts)
    extra = list(feedback)
    fixes: list[str] = list(extra) if revise is not None else []
    previous = revise
    last_model: str | None = getattr(chosen, "model", None)
    for number in range(1, attempts_allowed + 1):
        request = list(task)
        if previous is not None:
            from composer.prompt import render_rewrite

            request += render_rewrite(ctx, previous, fixes)
        started = time.perf_counter()
        completion = chosen.complete(request, context=ctx)
        seconds = round(time.perf_counter() - started, 4)
        last_model = completion.model or last_model
        text = clean_draft(completion.text, ctx.candidate_name)
        report = check_message(text, ctx)
        usage = Usage(
            calls=1,
            prompt_tokens=completion.prompt_tokens,
            completion_tokens=completion.completion_tokens,
            seconds=seconds,
        )
        attempts.append(
            Attempt(
                number=number,
                text=text,
                passed=report.passed,
                failed_rules=report.failed_rules,
                feedback=list(fixes),
                usage=usage,
                seconds=seconds,
            )
        )
        log.info(
            "attempt %d/%d from %s: %s (%d characters)",
            number, attempts_allowed, chosen.name,
            "passed" if report.passed else "failed " + ", ".join(report.failed_rules), report.characters,
        )  # fmt: skip
        if best is None or len(report.errors) < best[0]:
            best = (len(report.errors), len(attempts) - 1)
        if report.passed:
            break
        previous = text
        fixes = report.fixes() + extra

    assert best is not None
    total = sum((a.usage for a in attempts), Usage())
    chosen_attempt = attempts[best[1]]
    text, source = chosen_attempt.text, "template" if chosen.name == "template" else "llm"
    if not chosen_attempt.passed and fallback and not deterministic:
        from composer.providers.template_provider import compose_from_facts

        fallback_text = compose_from_facts(ctx)
        if check_message(fallback_text, ctx).passed:
            log.info("no draft passed in %d attempts; using the template fallback", len(attempts))
            text, source = fallback_text, "fallback"
    final = check_message(text, ctx)
    return Result(
        text=text,
        passed=final.passed,
        source=source,
        provider=chosen.name,
        model=last_model,
        attempts=attempts,
        usage=total,
        stop_reason="passed" if chosen_attempt.passed else "max_attempts",
        kind=ctx.kind,
        characters=final.characters,
        limit=final.limit,
        failed_rules=final.failed_rules,
        warnings=[f"{r.rule}: {r.message}" for r in final.warnings],
    )
