"""The context model's validation: messages that name the field and the fix."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from composer.context import MessageContext, describe_error


def _error(**fields) -> str:
    with pytest.raises(ValidationError) as e:
        MessageContext(**fields)
    return describe_error(e.value)


def test_minimal_context_defaults():
    ctx = MessageContext(interviewer_name="  Zoë   Ng ")
    assert ctx.interviewer_name == "Zoë Ng"
    assert (ctx.account, ctx.kind, ctx.topics, ctx.other_names) == ("free", "connection_note", [], [])
    assert ctx.first_name == "Zoë"


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"interviewer_name": "   "}, "interviewer_name must not be empty"),
        ({"interviewer_name": "Ana", "account": "gold"}, "account got 'gold'"),
        ({"interviewer_name": "Ana", "kind": "poem"}, "kind got 'poem'"),
        ({"interviewer_name": "Ana", "topics": ["x" * 5000]}, "topics topic 1 is 5,000 characters"),
        ({"interviewer_name": "[Name]"}, "interviewer_name '[Name]' contains"),
        ({"interviewer_name": "1234"}, "has no letters"),
        ({}, "interviewer_name is required"),
        ({"interviewer_name": "Ana", "interviewr": "x"}, "interviewr is not a known field"),
        ({"interviewer_name": "Ana", "topics": 5}, "topics"),
        ({"interviewer_name": "Ana", "interview_date": "last week"}, "interview_date"),
    ],
)
def test_invalid_context_names_the_field(fields, expected):
    assert expected in _error(**fields)


def test_titles_are_skipped_for_the_first_name():
    assert MessageContext(interviewer_name="Dr. Priya Nair").first_name == "Priya"


def test_topics_from_a_csv_cell_and_case_of_choices():
    ctx = MessageContext(
        interviewer_name="Ana", topics="Kafka; data quality ;", account="Premium", kind="Follow-Up"
    )
    assert ctx.topics == ["Kafka", "data quality"]
    assert (ctx.account, ctx.kind) == ("premium", "follow_up")


def test_the_context_model_lives_in_guardrails_and_composer_reexports_it():
    import composer.context
    import guardrails.context

    assert composer.context.MessageContext is guardrails.context.MessageContext
    assert composer.context.as_context is guardrails.context.as_context
    assert composer.context.first_name("Prof. Ana Lima") == "Ana"


def test_a_null_role_or_company_means_not_known():
    ctx = MessageContext(interviewer_name="Ana Lima", role=None, company=None)
    assert (ctx.role, ctx.company) == ("", "")
    from guardrails import check_message

    note = "Hi Ana, thank you for your time today and for the tour of the lab. I'd be glad to stay in touch."
    assert check_message(note, {"interviewer_name": "Ana", "role": None, "company": None}).passed
