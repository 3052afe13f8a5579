"""The draft-check-rewrite loop, with a fake provider that takes queued replies and records every request.

The fake stands in for a model only here, to pin down what the loop sends and keeps; the real providers are
tested against a real HTTP server (test_draft_transport.py) and by what they produce (test_template_provider.py).
"""

from __future__ import annotations

import copy

import pytest

from composer.context import MessageContext
from composer.errors import ProviderError
from composer.loop import compose_note, resolve_provider
from composer.providers import ChatMessage
from composer.template import compose_from_facts
from guardrails import check_message
from tests.fakes import FakeProvider

CTX = MessageContext(
    interviewer_name="Sofía Martínez",
    role="Data Engineer",
    company="Acme",
    topics=["migrating batch jobs to Kafka"],
    other_names=["Raj Patel"],
)
GOOD = (
    "Hi Sofía, thank you for speaking with me about the Data Engineer role at Acme. I enjoyed hearing your "
    "perspective on migrating batch jobs to Kafka. I'd be glad to stay connected."
)
TOO_LONG = (  # 1 error: over the free account's 200 characters
    GOOD + " I also appreciated hearing how the team reviews its pipelines every week, and how on-call "
    "engineers share what each incident taught them."
)
PUSHY = "Hi Sofía, any update on my application?!! Raj said I am the perfect fit."  # several errors
NO_THANKS = "Hi Sofía, I enjoyed hearing your perspective on migrating batch jobs to Kafka. Stay in touch."


def errors(text: str) -> int:
    return len(check_message(text, CTX).errors)


def test_the_drafts_differ_in_their_errors_as_the_tests_assume():
    assert errors(GOOD) == 0
    assert errors(TOO_LONG) == 1
    assert errors(PUSHY) >= 3
    assert errors(NO_THANKS) == 1


def test_first_draft_that_passes_is_returned_after_one_call():
    fake = FakeProvider(GOOD)
    result = compose_note(CTX, provider=fake)
    assert (result.text, result.passed, result.source, result.stop_reason) == (GOOD, True, "llm", "passed")
    assert len(fake.requests) == 1 and len(result.attempts) == 1
    assert result.attempts[0].feedback == [] and result.provider == "fake" and result.model == "fake-1"


def test_rewrite_request_carries_the_task_the_last_draft_and_every_fix_verbatim():
    fake = FakeProvider(PUSHY, GOOD)
    result = compose_note(CTX, provider=fake)
    assert result.passed and len(fake.requests) == 2
    first, second = fake.requests
    fixes = check_message(PUSHY, CTX).fixes()
    assert len(fixes) >= 3
    assert second[: len(first)] == first  # the original task, unchanged
    assert second[len(first)] == ChatMessage("assistant", PUSHY)
    request = second[len(first) + 1]
    assert request.role == "user"
    for fix in fixes:
        assert f"- {fix}" in request.content
    assert result.attempts[1].feedback == fixes
    assert result.attempts[0].failed_rules == check_message(PUSHY, CTX).failed_rules


def test_each_attempt_gets_a_new_list_and_only_the_last_draft():
    fake = FakeProvider(PUSHY, TOO_LONG, GOOD)
    compose_note(CTX, provider=fake)
    first, second, third = fake.requests
    assert len({id(first), id(second), id(third)}) == 3
    assert len(first) == 2 and len(second) == 4 and len(third) == 4  # never grows: task + last draft + fixes
    assert third[2].content == TOO_LONG and PUSHY not in third[3].content


def test_callers_messages_are_never_changed():
    mine = [
        {"role": "system", "content": "Write a short LinkedIn note after an interview."},
        {"role": "user", "content": "To Sofía Martínez, about Kafka."},
    ]
    before = copy.deepcopy(mine)
    fake = FakeProvider(PUSHY, TOO_LONG, GOOD)
    result = compose_note(CTX, provider=fake, messages=mine)
    assert result.passed
    assert mine == before and len(mine) == 2
    assert [m.to_dict() for m in fake.requests[0]] == before
    assert len(fake.requests[0]) == 2  # the first request was not extended by later attempts
    assert fake.requests[1] is not mine and fake.requests[0] is not mine


def test_best_draft_is_kept_when_none_passes():
    fake = FakeProvider(PUSHY, TOO_LONG, NO_THANKS + " Any news on the timeline?")
    result = compose_note(CTX, provider=fake, max_attempts=3, fallback=False)
    assert not result.passed and result.source == "llm" and result.stop_reason == "max_attempts"
    assert result.text == TOO_LONG  # 1 error; the others have more
    assert result.failed_rules == ["length.over_limit"]
    assert [a.passed for a in result.attempts] == [False, False, False]


def test_ties_keep_the_earlier_draft():
    fake = FakeProvider(TOO_LONG, NO_THANKS)
    result = compose_note(CTX, provider=fake, max_attempts=2, fallback=False)
    assert result.text == TOO_LONG


def test_usage_adds_up_over_attempts():
    fake = FakeProvider(PUSHY, TOO_LONG, GOOD)
    result = compose_note(CTX, provider=fake)
    assert result.usage.calls == 3 == len(result.attempts)
    assert result.usage.prompt_tokens == 10 * (2 + 4 + 4)
    assert result.usage.completion_tokens == 7 * 3
    assert result.usage.prompt_tokens == sum(a.usage.prompt_tokens for a in result.attempts)
    assert result.usage.seconds == pytest.approx(sum(a.seconds for a in result.attempts), abs=1e-3)


def test_usage_is_reported_when_no_draft_passes():
    result = compose_note(CTX, provider=FakeProvider(PUSHY), max_attempts=2, fallback=False)
    assert (result.usage.calls, result.usage.prompt_tokens, result.usage.completion_tokens) == (2, 60, 14)


@pytest.mark.parametrize("max_attempts", [1, 2, 4, 6])
def test_max_attempts_counts_every_call(max_attempts):
    fake = FakeProvider(PUSHY)
    result = compose_note(CTX, provider=fake, max_attempts=max_attempts, fallback=False)
    assert len(fake.requests) == max_attempts == len(result.attempts)
    assert [a.number for a in result.attempts] == list(range(1, max_attempts + 1))


def test_max_attempts_below_one_is_refused():
    with pytest.raises(ValueError, match="at least 1"):
        compose_note(CTX, provider=FakeProvider(GOOD), max_attempts=0)


def test_fallback_is_the_template_note_marked_as_such():
    result = compose_note(CTX, provider=FakeProvider(PUSHY), max_attempts=2)
    assert result.passed and result.source == "fallback" and result.stop_reason == "max_attempts"
    assert result.text == compose_from_facts(CTX)
    assert len(result.attempts) == 2 and result.provider == "fake"


def test_replies_are_cleaned_before_they_are_checked():
    fake = FakeProvider(f'Here\'s your note:\n\n"{GOOD}"\n\nLet me know if you would like changes!')
    result = compose_note(CTX, provider=fake)
    assert result.passed and result.text == GOOD


def test_provider_errors_reach_the_caller():
    class Broken:
        name = "broken"

        def complete(self, messages, *, context):
            raise ProviderError("The server rejected the API key: set OPENAI_API_KEY")

    with pytest.raises(ProviderError, match="OPENAI_API_KEY"):
        compose_note(CTX, provider=Broken())


def test_template_provider_is_one_attempt():
    result = compose_note(CTX, provider="template", max_attempts=4)
    assert result.passed and result.source == "template" and result.provider == "template"
    assert len(result.attempts) == 1 and result.usage.calls == 1 and result.usage.prompt_tokens == 0


def test_context_can_be_a_plain_dict():
    result = compose_note({"interviewer_name": "Ana Lima", "topics": ["dbt tests"]}, provider=FakeProvider(
        "Hi Ana, thank you for your time during my interview. I enjoyed our talk about dbt tests."
    ))  # fmt: skip
    assert result.passed


def test_resolve_provider_by_name_and_by_object():
    assert resolve_provider("template").name == "template"
    fake = FakeProvider(GOOD)
    assert resolve_provider(fake) is fake
    with pytest.raises(ProviderError, match="Unknown provider"):
        resolve_provider("nope")
    with pytest.raises(TypeError):
        resolve_provider(42)
