"""Every rule against its table of examples, and the registry's own invariants."""

from __future__ import annotations

import pytest

import guardrails
from guardrails import RULES, check_message
from tests.rule_examples import BASE
from tests.rule_examples import EXAMPLES as NOTE_EXAMPLES
from tests.rule_examples_follow_up_and_email import EXAMPLES as KIND_EXAMPLES
from tests.rule_examples_sequence import EXAMPLES as SEQUENCE_EXAMPLES

EXAMPLES = {**NOTE_EXAMPLES, **KIND_EXAMPLES, **SEQUENCE_EXAMPLES}


def _cases(outcome: str):
    for rule_id, table in EXAMPLES.items():
        for i, (text, overrides) in enumerate(table[outcome]):
            yield pytest.param(rule_id, text, overrides, id=f"{rule_id}-{outcome}-{i}")


def _result(rule_id: str, text: str, overrides: dict):
    """The rule's result, or None when the rule does not apply to this kind of message."""
    report = check_message(text, {**BASE, **overrides})
    found = [r for r in report.results if r.rule == rule_id]
    return found[0] if found else None


@pytest.mark.parametrize(("rule_id", "text", "overrides"), list(_cases("fail")))
def test_rule_fails_bad_text(rule_id, text, overrides):
    result = _result(rule_id, text, overrides)
    assert result is not None, f"{rule_id} did not run for kind {overrides.get('kind', 'connection_note')}"
    assert not result.passed, f"{rule_id} passed {text!r}"
    assert result.message and result.fix


@pytest.mark.parametrize(("rule_id", "text", "overrides"), list(_cases("pass")))
def test_rule_passes_good_text(rule_id, text, overrides):
    result = _result(rule_id, text, overrides)
    assert result is not None, f"{rule_id} did not run for kind {overrides.get('kind', 'connection_note')}"
    assert result.passed, f"{rule_id} failed {text!r}: {result.message}"


def test_every_rule_has_examples():
    tables = EXAMPLES
    missing = [r.id for r in RULES if r.id not in tables]
    assert not missing, f"rules without examples: {missing}"
    thin = [rid for rid, t in tables.items() if len(t["fail"]) < 3 or len(t["pass"]) < 3]
    assert not thin, f"rules with fewer than 3 failing or passing examples: {thin}"
    unknown = set(tables) - {r.id for r in RULES}
    assert not unknown, f"examples for rules that do not exist: {unknown}"


def test_rule_ids_unique():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))


def test_rule_ids_start_with_their_module():
    for module in guardrails.MODULES:
        short = module.__name__.rsplit(".", 1)[-1]
        for rule in module.RULES:
            assert rule.id.startswith(short + "."), f"{rule.id} lives in {module.__name__}"


def test_categories_and_severities_are_known():
    categories = {"length", "specificity", "gratitude", "eagerness", "placeholder", "tone", "grounding"}
    for rule in RULES:
        assert rule.category in categories, rule.id
        assert rule.severity in ("error", "warning"), rule.id


def test_boundary_lengths():
    from tests.rule_examples import BASE_200, BASE_300

    assert check_message(BASE_200, BASE).characters == 200
    over = [r for r in check_message(BASE_200 + "x", BASE).results if r.rule == "length.over_limit"][0]
    assert "201 characters" in over.message and "limit is 200" in over.message
    assert "Cut at least 1 characters" in over.fix
    premium = {**BASE, "account": "premium"}
    assert [r for r in check_message(BASE_300, premium).results if r.rule == "length.over_limit"][0].passed
    assert not [r for r in check_message(BASE_300 + "x", premium).results if r.rule == "length.over_limit"][
        0
    ].passed


def test_emoji_counted_as_two_and_both_counts_reported():
    text = BASE_200_MINUS_ONE = "x" * 199 + "😀"
    assert len(BASE_200_MINUS_ONE) == 200
    result = [r for r in check_message(text, BASE).results if r.rule == "length.over_limit"][0]
    assert not result.passed
    assert "201" in result.message and "200 code points" in result.message
