"""A rule's pattern runs only when one of its anchors is in the text: no match may lack an anchor.

Strings generated from each pattern (hypothesis' from_regex) must each contain an anchor; otherwise the
anchor list would let a real problem through unseen.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardrails import eagerness, grammar, gratitude, grounding, placeholder, tone, voice
from guardrails.text import AnyOf, Phrases

PHRASES = {
    f"{module.__name__}.{name}[{i}]": part
    for module in (eagerness, grammar, gratitude, grounding, placeholder, tone, voice)
    for name, value in vars(module).items()
    if isinstance(value, (Phrases, AnyOf))
    for i, part in enumerate(value.parts if isinstance(value, AnyOf) else [value])
}


@pytest.mark.parametrize("name", sorted(PHRASES))
def test_every_match_contains_an_anchor(name):
    phrases = PHRASES[name]

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(phrases.pattern, fullmatch=False))
    def check(text):
        for m in phrases.pattern.finditer(text):
            assert phrases.present(m.group(0)), (name, m.group(0))

    check()


def test_phrases_found_through_anchors():
    assert PHRASES  # the registry above found the rules' phrase lists
    decision = eagerness.DECISION
    assert list(decision.finditer("any update on my application?"))
    assert not list(decision.finditer("thank you for the kafka talk"))


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.from_regex(gratitude._NOT_SINCERE_AFTER))
def test_the_not_sincere_check_is_gated_soundly(text):
    m = gratitude._NOT_SINCERE_AFTER.match(text)
    if m:
        assert any(a in m.group(0) for a in gratitude._AFTER_ANCHORS), m.group(0)
