"""The application layer: the operations every front end calls (the command line today; a web page and a
the journal, the web page), so that no front end reaches into another, or past this module into the parts below it.

    >>> from composer import app
    >>> app.check(note, facts)                    # the guardrails' Report on a message someone wrote
    >>> app.draft(facts, provider="template")     # context → prompt → draft → checks → rewrite → Result
    >>> app.plan(Situation(...), today)           # when and how to reach out: a Plan
    >>> app.batch("panel.yaml", "notes.jsonl")    # a checked note for every row, panels kept distinct

Each takes and returns the project's own types; `plan_record` is the plan as `plan --format json` prints it.
Bad input raises `UsageError` (or pydantic's `ValidationError` for a context), a provider's failure
`ProviderError`: the front end decides how to show them.

Each operation imports what it needs when it is called: `check` and `plan` never load the loop, the
providers, batch (asyncio, tqdm) or the result model, so a command-line `check` starts in about half the
time (benchmarks/help_startup.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.context import MessageContext, as_context
from composer.errors import UsageError
from composer.vocabulary import AUTO, DEFAULT_MAX_ATTEMPTS
from guardrails import Report, check_message

if TYPE_CHECKING:
    from composer.batch import BatchReport
    from composer.journal.store import Journal, open_journal  # noqa: F401 (loaded on first use: __getattr__)
    from composer.plan import Plan, Situation
    from composer.providers.gate import BackoffGate
    from composer.result import Attempt, Result

__all__ = [
    "batch",
    "check",
    "draft",
    "draft_provider",
    "plan",
    "plan_record",
    "variants",
]  # and the journal's operations (below)

Facts = MessageContext | Mapping[str, Any]


def check(text: str, context: Facts) -> Report:
    """The verdict of every guardrail that applies to the context's kind of message."""
    return check_message(text, as_context(context))


def draft_provider(
    provider: Any = AUTO,
    *,
    model: str | None = None,
    base_url: str | None = None,
    prompt_style: str | None = None,
    timeout: float | None = None,
    gate: BackoffGate | None = None,
) -> Any:
    """What `draft` hands the loop: the provider as given, or built here for `prompt_style` (the openai
    provider: the only one whose prompt can be chosen; the local model always gets the completion prompt)
    or for `timeout` (the seconds each request to a server may take; providers that send none ignore it).
    `gate`: the rate-limit gate a provider built here waits at (batch shares one between its workers)."""
    from composer.providers import resolve_auto, resolve_provider

    if not prompt_style:
        if timeout is None or not isinstance(provider, str):
            return provider
        return resolve_provider(provider, model=model, base_url=base_url, timeout=timeout, gate=gate)
    name = resolve_auto(base_url, model) if provider == AUTO else provider
    if name == "local" and prompt_style == "completion":
        return provider
    if name != "openai":
        raise UsageError(
            f"--prompt-style applies to --provider openai, not {name} (the local model always gets the "
            "completion prompt; the template uses none)"
        )
    # The openai SDK takes longer to import than the rest of the composer: only when it is used.
    from composer.providers.openai_provider import OpenAIProvider

    return OpenAIProvider(
        model=model, base_url=base_url, prompt_style=prompt_style, timeout=timeout, gate=gate
    )


def draft(
    context: Facts,
    *,
    provider: Any = AUTO,
    model: str | None = None,
    base_url: str | None = None,
    prompt_style: str | None = None,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    fallback: bool = True,
    timeout: float | None = None,
    on_attempt: Callable[[Attempt], None] | None = None,
) -> Result:
    """Draft the message the context asks for, check it, and have it rewritten until it passes. `timeout`:
    the seconds each request to a model server may take, from its start to its last byte; `on_attempt`:
    called with each attempt as soon as it is checked."""
    from composer.loop import compose_note

    chosen = draft_provider(
        provider, model=model, base_url=base_url, prompt_style=prompt_style, timeout=timeout
    )
    return compose_note(
        context,
        provider=chosen,
        model=model,
        base_url=base_url,
        max_attempts=max_attempts,
        fallback=fallback,
        on_attempt=on_attempt,
    )


def plan(situation: Situation, today: dt.date) -> Plan:
    """Whether to connect now, wait, or hold off and send a thank-you email, as of `today`."""
    from composer.plan import make_plan

    return make_plan(situation, today)


def plan_record(result: Plan, today: dt.date) -> dict[str, Any]:
    """The plan as `plan --format json` prints it: its fields and the day it was made for."""
    return {**result.to_dict(), "today": today.isoformat()}


def batch(
    source: Any, out: str | Path | None = None, *, prompt_style: str | None = None, **options: Any
) -> BatchReport:
    """A checked note for every row of `source` (a file or rows in memory), appended to `out` (JSONL) as each
    is done; the options are `run_batch`'s (`timeout`: the seconds each request to a model server may take,
    from its start to its last byte), and `prompt_style` as `draft`'s."""
    from composer.batch import run_batch
    from composer.providers.gate import BackoffGate

    if prompt_style:
        gate = options.setdefault("gate", BackoffGate())  # the provider built here reports its pauses there
        options["provider"] = draft_provider(
            options.get("provider", AUTO),
            model=options.get("model"),
            base_url=options.get("base_url"),
            prompt_style=prompt_style,
            timeout=options.get("timeout"),
            gate=gate,
        )
    return run_batch(source, out, **options)


# The journal (composer.journal): each operation is one transaction on an open `Journal`. Loaded on first
# use, like everything here, so that `check` and `plan` do not import batch, the loop or the providers.
_JOURNAL = {
    "Journal": ("composer.journal.store", "Journal"),
    "open_journal": ("composer.journal.store", "open_journal"),
    "add_interviews": ("composer.journal.service", "add_interviews"),
    "interviews": ("composer.journal.service", "list_interviews"),
    "show_interview": ("composer.journal.service", "show_interview"),
    "record_sent": ("composer.journal.service", "record_sent"),
    "record_accepted": ("composer.journal.service", "record_accepted"),
    "record_outcome": ("composer.journal.service", "record_outcome"),
    "history": ("composer.journal.service", "history"),
    "due": ("composer.journal.service", "due"),
    "draft_facts": ("composer.journal.service", "draft_facts"),
    "notes_per_month": ("composer.journal.service", "notes_per_month"),
    "export_journal": ("composer.journal.backup", "export_journal"),
    "read_journal_copy": ("composer.journal.backup", "read_copy"),
    "import_journal": ("composer.journal.backup", "import_journal"),
}
__all__ += list(_JOURNAL)


def __getattr__(name: str) -> Any:
    if name not in _JOURNAL:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module, attribute = _JOURNAL[name]
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


def variants(context: Facts, count: int = 3) -> list[str]:
    """Up to `count` distinct passing phrasings of the message from the template, for a person to choose
    from: the template's own note first, then the notes its other phrasings make."""
    from dataclasses import replace

    from composer.template.choice import PARTS, choose
    from composer.template.compose import candidate_notes

    ctx = as_context(context)
    base = choose(ctx)
    found: list[str] = []
    for shift in range(8):
        choice = replace(base, **{part: getattr(base, part) + shift for part in PARTS})
        text = next((t for t in candidate_notes(ctx, choice) if check_message(t, ctx).passed), None)
        if text is not None and text not in found:
            found.append(text)
        if len(found) == count:
            break
    return found
