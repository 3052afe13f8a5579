"""The rules of the follow-up and the thank-you email: their registration, and whole messages of each kind
against every rule that applies to it (their example tables run with all the others in test_guardrails_rules)."""

from __future__ import annotations

import pytest

import guardrails
from guardrails import check_message, email, follow_up, rules_for
from tests.rule_examples_follow_up_and_email import (
    BASE,
    EMAIL,
    FOLLOW_UP,
    GOOD_EMAIL,
    GOOD_FOLLOW_UP,
    SIGNED,
)

MODULES = (follow_up, email)
NEW_RULES = [rule for module in MODULES for rule in module.RULES]


# The tables themselves run in tests/test_guardrails_rules.py, with every other rule's.


def test_new_rules_are_registered_named_and_scoped():
    assert follow_up in guardrails.MODULES and email in guardrails.MODULES
    categories = {"length", "specificity", "gratitude", "eagerness", "placeholder", "tone", "grounding"}
    for module in MODULES:
        short = module.__name__.rsplit(".", 1)[-1]
        for rule in module.RULES:
            assert rule.id.startswith(short + "."), rule.id
            assert rule in guardrails.RULES, rule.id
            assert rule.category in categories and rule.severity in ("error", "warning"), rule.id
            assert rule.kinds == module.KINDS, rule.id
    assert {r.id for r in rules_for("connection_note")}.isdisjoint(r.id for r in NEW_RULES)


@pytest.mark.parametrize(
    ("text", "overrides"),
    [(GOOD_FOLLOW_UP, FOLLOW_UP), (GOOD_EMAIL, SIGNED)],
    ids=["follow_up", "thank_you_email"],
)
def test_a_good_message_of_each_kind_passes_every_rule(text, overrides):
    report = check_message(text, {**BASE, **overrides})
    failed = [(r.rule, r.message) for r in report.results if not r.passed]
    assert not failed, failed


def test_a_signature_the_facts_do_not_know_is_only_a_warning():
    report = check_message(GOOD_EMAIL, {**BASE, **EMAIL})  # no candidate_name: 'Lee' is not a fact
    assert report.passed
    assert [r.rule for r in report.warnings] == ["grounding.invented_detail"]


def test_email_fixes_name_the_subject_greeting_and_role():
    report = check_message(GOOD_EMAIL.split("\n", 2)[2], {**BASE, **EMAIL})  # subject line dropped
    fixes = {r.rule: r.fix for r in report.errors}
    assert fixes["email.missing_subject"] == (
        "Add a first line 'Subject: Thank you for the Data Engineer interview', then a blank line, then the "
        "greeting."
    )
    bare = check_message(
        "Subject: Thank you for your time\n\n" + GOOD_EMAIL.split("\n\n", 1)[1], {**BASE, **EMAIL}
    )
    assert [r.rule for r in bare.errors] == ["email.vague_subject"]
    assert "'Subject: Thank you for the Data Engineer interview'" in bare.errors[0].fix


def test_email_without_role_suggests_the_company_then_the_interview():
    no_role = {**BASE, **EMAIL, "role": ""}
    fix = [
        r for r in check_message("Dear Sofía, thanks.", no_role).results if r.rule == "email.missing_subject"
    ]
    assert "'Subject: Thank you for the interview at Acme'" in fix[0].fix
    bare = {**no_role, "company": ""}
    fix = [r for r in check_message("Dear Sofía, thanks.", bare).results if r.rule == "email.missing_subject"]
    assert "'Subject: Thank you for the interview'" in fix[0].fix


def test_subject_and_body_spans_point_at_the_text():
    text = "Subject: Hi\n\nHello,\n\nThank you, Sofía."
    report = check_message(text, {**BASE, **EMAIL})
    by_rule = {r.rule: r for r in report.results}
    (start, end) = by_rule["email.subject_length"].spans[0]
    assert text[start:end] == "Subject: Hi"
    (start, end) = by_rule["email.no_greeting"].spans[0]
    assert text[start:end] == "Hello,"


def test_follow_up_rules_report_every_request_and_link():
    text = GOOD_FOLLOW_UP + " Could you review my repo? Any advice welcome: https://example.com/two"
    report = check_message(text, {**BASE, **FOLLOW_UP})
    by_rule = {r.rule: r for r in report.results}
    assert len(by_rule["follow_up.makes_request"].spans) == 2
    assert "Shares 2 links" in by_rule["follow_up.too_many_links"].message
