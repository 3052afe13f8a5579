"""The template composer's entry points: every candidate note for a context, best first, and the first of
them that passes every error rule."""

from __future__ import annotations

import re
from collections.abc import Iterator

from composer.context import MessageContext, as_context
from composer.template import linkedin, post_comment, status_check, thank_you_email
from composer.template.choice import Choice, choose
from guardrails import check_message
from guardrails.facts import facts_for

MODEL = "template-v1"  # the model name the template's notes are reported under

_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")


def candidate_notes(context: MessageContext | dict, choice: Choice | None = None) -> Iterator[str]:
    """Every note the bank can make for a context, in order of preference (`choice`: which phrasings)."""
    ctx = as_context(context)
    choice = choice or choose(ctx)
    if ctx.kind == "thank_you_email":
        notes = thank_you_email.candidates(ctx, choice)
    elif ctx.kind == "status_check":
        notes = status_check.candidates(ctx, choice)
    elif ctx.kind == "post_comment":
        notes = post_comment.candidates(ctx, choice, facts_for(ctx).limit or 300)
    else:
        limit = facts_for(ctx).limit or 600
        notes = linkedin.candidates(ctx, choice, limit)
    for note in notes:
        yield _DOUBLE_STOP.sub(".", note)  # "at Stripe, Inc.." reads "at Stripe, Inc."


def compose_from_facts(context: MessageContext | dict) -> str:
    """The first candidate that passes every error rule; if none does, the one with fewest errors."""
    ctx = as_context(context)
    best: tuple[int, str] | None = None
    for text in candidate_notes(ctx):
        report = check_message(text, ctx)
        if report.passed:
            return text
        if best is None or len(report.errors) < best[0]:
            best = (len(report.errors), text)
    assert best is not None  # the generator always yields the no-topic notes
    return best[1]
