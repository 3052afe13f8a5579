"""`check_message`: every rule that applies to a kind of message, run over one draft, into one Report."""

from __future__ import annotations

from typing import Any

from guardrails import (
    eagerness,
    email,
    follow_up,
    grammar,
    gratitude,
    grounding,
    length,
    outcome_note,
    placeholder,
    post_comment,
    specificity,
    status_check,
    tone,
    voice,
)
from guardrails.context import MessageContext
from guardrails.facts import facts_for
from guardrails.rule import Finding, Report, Rule, RuleResult, run_rule
from guardrails.text import Draft, normalize
from guardrails.vocabulary import KINDS

__all__ = ["MODULES", "RULES", "Finding", "Report", "Rule", "RuleResult", "check_message", "rules_for"]

MODULES = (
    length,
    specificity,
    gratitude,
    eagerness,
    placeholder,
    tone,
    voice,
    grammar,
    grounding,
    follow_up,
    email,
    post_comment,
    status_check,
    outcome_note,
)
RULES: tuple[Rule, ...] = tuple(rule for module in MODULES for rule in module.RULES)

_BY_KIND = {kind: tuple(rule for rule in RULES if kind in rule.kinds) for kind in KINDS}


def rules_for(kind: str) -> tuple[Rule, ...]:
    """The rules that judge this kind of message, in registry order."""
    return _BY_KIND[kind]


def check_message(text: str, context: MessageContext | dict[str, Any]) -> Report:
    """Run every rule that applies to the context's kind of message and return the verdict.

    `context` is a `MessageContext` or a dict with its keys; an invalid dict raises pydantic's
    `ValidationError`. Pure: no I/O, no model, no clock.
    """
    facts = facts_for(context)
    text = normalize(text)
    draft = Draft.capped(text)  # the rules read the first MAX_CHECKED_CHARS characters; all are counted
    results = [run_rule(rule, draft, facts) for rule in rules_for(facts.kind)]
    return Report(text=text, results=results, characters=draft.count[0], limit=facts.limit)
