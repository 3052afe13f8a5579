"""Which shared rules judge the later messages of the sequence, and which do not."""

from __future__ import annotations

from guardrails import check_message
from guardrails.check import rules_for
from tests.rule_examples import BASE
from tests.rule_examples_sequence import GOOD_COMMENT, GOOD_REJECTION, GOOD_STATUS, POST, REJECTION, STATUS


def _ids(kind: str) -> set[str]:
    return {rule.id for rule in rules_for(kind)}


def test_a_status_check_asks_about_the_decision_by_design_and_needs_no_topic():
    assert "eagerness.asks_about_decision" not in _ids("status_check")
    assert "status_check.asks_once" in _ids("status_check")
    assert {"specificity.no_topic", "specificity.vague_praise"}.isdisjoint(
        _ids("status_check") | _ids("post_comment")
    )
    assert check_message(GOOD_STATUS, {**BASE, **STATUS}).passed
    asked = GOOD_REJECTION + " Is there any update on the decision?"
    assert "eagerness.asks_about_decision" in check_message(asked, {**BASE, **REJECTION}).failed_rules


def test_the_email_rules_judge_a_status_check():
    assert {"email.missing_subject", "email.no_greeting", "email.unsigned"} <= _ids("status_check")
    unsigned = GOOD_STATUS.removesuffix("\nJordan Lee")
    assert "email.unsigned" in check_message(unsigned, {**BASE, **STATUS}).failed_rules


def test_a_repeated_sentence_or_a_link_fails_the_short_kinds():
    twice = GOOD_COMMENT + " " + GOOD_COMMENT.split(". ", 1)[1]
    assert "tone.repetition" in check_message(twice, {**BASE, **POST}).failed_rules
    linked = GOOD_REJECTION + " My portfolio: https://example.com/me"
    assert "tone.link" in check_message(linked, {**BASE, **REJECTION}).failed_rules


def test_the_post_and_the_decision_date_are_facts_only_for_their_kind():
    post = {**BASE, **POST}
    assert check_message(GOOD_COMMENT, post).passed
    named = "Thank you for sharing this, Sofía. The Zephyr rollout sounds like a careful piece of work."
    assert "grounding.invented_detail" in [r.rule for r in check_message(named, post).warnings]
    with_zephyr = {**post, "post": "The Zephyr rollout is done: our nightly jobs now run on Kafka streams."}
    assert "grounding.invented_detail" not in [r.rule for r in check_message(named, with_zephyr).warnings]
