"""check_message never raises, whatever Unicode text and valid context it is given."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.context import MessageContext
from guardrails import RULES, check_message
from guardrails.person_names import valid_person_name


def _is_name(text: str) -> bool:
    try:
        valid_person_name(text)
    except ValueError:
        return False
    return True


# A NUL byte is refused in every field (issue 14); a lone surrogate is not text (pydantic refuses it too).
_NO_NUL = st.characters(exclude_characters="\x00", exclude_categories=("Cs",))
# Names of letters in any script with the marks names carry: random text is rarely a valid name, and filtering
# it out failed hypothesis's health check now and then.
_NAME_CHARACTERS = st.characters(categories=("L", "M")) | st.sampled_from(" -'.")
names = st.text(_NAME_CHARACTERS, min_size=1, max_size=40).filter(_is_name)
contexts = st.builds(
    MessageContext,
    interviewer_name=names,
    role=st.text(_NO_NUL, max_size=60),
    company=st.text(_NO_NUL, max_size=60),
    topics=st.lists(st.text(_NO_NUL, max_size=120), max_size=4),
    account=st.sampled_from(["free", "premium"]),
    kind=st.sampled_from(["connection_note", "follow_up", "thank_you_email"]),
    other_names=st.lists(names, max_size=4),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=600), context=contexts)
def test_check_message_never_raises(text, context):
    report = check_message(text, context)
    assert len({r.rule for r in report.results}) == len(report.results)
    assert {r.rule for r in report.results} <= {r.id for r in RULES}
    assert report.passed == (not report.errors)
    for r in report.results:
        if not r.passed:
            assert r.message and r.fix
        for start, end in r.spans:
            assert 0 <= start <= end <= len(report.text)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.characters(categories=["L", "M", "P", "Zs", "So", "Sm", "Nd"]), max_size=400))
def test_dict_context_matches_model(text):
    ctx = {"interviewer_name": "Zoë O'Brien", "topics": ["AT&T's 5G rollout", "dbt {{ ref() }}"]}
    assert check_message(text, ctx).to_dict() == check_message(text, MessageContext(**ctx)).to_dict()
