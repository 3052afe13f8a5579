"""The vocabularies are written once (guardrails.vocabulary) and everything that names a choice reads them."""

from __future__ import annotations

from typing import get_args

import pytest

from guardrails import RULES
from guardrails.context import MessageContext
from guardrails.facts import CHAR_LIMITS
from guardrails.rule import Rule
from guardrails.vocabulary import ACCOUNTS, CATEGORIES, KINDS, SEVERITIES


def test_the_context_model_allows_exactly_the_vocabulary():
    fields = MessageContext.model_fields
    assert get_args(fields["kind"].annotation) == KINDS
    assert get_args(fields["account"].annotation) == ACCOUNTS
    assert (fields["kind"].default, fields["account"].default) == ("connection_note", "free")


def test_every_kind_has_rules_and_the_limits_name_known_words():
    for kind in KINDS:
        assert any(kind in rule.kinds for rule in RULES), kind
    assert {kind for kind, _ in CHAR_LIMITS} <= set(KINDS)
    assert {account for _, account in CHAR_LIMITS} == set(ACCOUNTS)


def test_rules_use_known_categories_and_severities():
    assert {rule.category for rule in RULES} == set(CATEGORIES)
    assert {rule.severity for rule in RULES} == set(SEVERITIES)


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        ({"kinds": frozenset({"thank_you_note"})}, "unknown kind 'thank_you_note'"),
        ({"category": "politeness"}, "unknown category 'politeness'"),
        ({"severity": "fatal"}, "unknown severity 'fatal'"),
    ],
)
def test_a_rule_with_a_misspelt_word_is_refused_when_made(fields, said):
    rule = {"id": "tone.x", "category": "tone", "severity": "error", "check": lambda draft, facts: iter(())}
    with pytest.raises(ValueError, match=said):
        Rule(**{**rule, **fields})
