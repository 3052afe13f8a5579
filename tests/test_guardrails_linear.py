"""Every rule's time grows linearly with the text, and check_message caps what its rules read.

Issue 14, item 6: `tone.repetition` compared every pair of places a word came back (a 1 MB note died with
MemoryError), and the question pattern behind `eagerness.asks_about_decision` backtracked ("?" followed by
100k characters took 25 s). These tests assert no wall-clock figure: each rule is timed against itself on
the same crafted text at sizes ten times apart, in CPU time (a loaded machine only steals wall time), the
best of a few runs, and fails when the larger size takes more than GROWTH times as long (linear work takes
about 10 times; quadratic 100). The rules run here without the cap `check_message` applies, so the patterns
themselves are what is timed. The absolute figures, 1k to 1M characters, are printed by
benchmarks/rule_speed.py.
"""

from __future__ import annotations

import gc
import time

import pytest

from guardrails import check_message
from guardrails.check import RULES
from guardrails.facts import facts_for
from guardrails.text import MAX_CHECKED_CHARS, Draft
from guardrails.vocabulary import KINDS
from tests.crafted_texts import CONTEXT, CRAFTED

SIZES = (1_000, 10_000, 100_000)
GROWTH = 30  # the most a rule's time may grow from one size to the next, ten times larger
FLOOR = 0.002  # seconds: below this a rule is fast whatever its growth, and timer noise dominates
REPEATS = 3


def _prepared(text: str) -> Draft:
    """A draft with everything rules share computed, so each rule is timed for its own work alone."""
    draft = Draft(text)
    draft.folded, draft.tokens, draft.count, draft.capitalised  # noqa: B018
    return draft


def _best(run, hopeless: float = float("inf")) -> float:
    """The best of REPEATS runs in CPU time, with the garbage collector held off (a collection landing in
    one run is not the rule's time)."""
    best = float("inf")
    gc.disable()
    try:
        for _ in range(REPEATS):
            started = time.process_time()
            run()
            best = min(best, time.process_time() - started)
            if best > hopeless or best < FLOOR:
                break  # hopeless: no use waiting; under the floor: no verdict can come of it
    finally:
        gc.enable()
    return best


def _cpu(rule, draft: Draft, facts, hopeless: float = float("inf")) -> float:
    return _best(lambda: list(rule.check(draft, facts)), hopeless)


# Each rule is timed once, with the facts of the first kind it applies to.
_FACTS = {kind: facts_for({**CONTEXT, "kind": kind}) for kind in KINDS}
_RULE_FACTS = [(rule, _FACTS[next(k for k in KINDS if k in rule.kinds)]) for rule in RULES]


@pytest.mark.parametrize("name", list(CRAFTED))
def test_every_rule_grows_linearly_with_the_text(name):
    make = CRAFTED[name]
    drafts = [_prepared(make(size)) for size in SIZES]
    slow = []
    for rule, facts in _RULE_FACTS:
        before = _cpu(rule, drafts[0], facts)
        for size, draft in zip(SIZES[1:], drafts[1:], strict=True):
            bound = GROWTH * max(before, FLOOR)
            took = _cpu(rule, draft, facts, hopeless=10 * bound)
            if took > bound:
                slow.append(f"{rule.id}: {size:,} characters took {took:.3f} s, {took / before:.0f}x")
                break
            before = took
    assert not slow, f"{name}: " + "; ".join(slow)


def test_drafts_prepare_linearly():
    for name, make in CRAFTED.items():
        times = []
        for size in SIZES[1:]:
            text = make(size)
            times.append(_best(lambda t=text: _prepared(t)))
        assert times[1] <= GROWTH * max(times[0], FLOOR), (name, times)


@pytest.mark.parametrize("kind", KINDS)
def test_a_megabyte_is_reported_too_long_in_about_the_time_of_the_cap(kind):
    """The documented limit of `check` (1 MB) is accepted, and such a text fails on its length: the rules
    read only the first MAX_CHECKED_CHARS characters, so 1M characters cost little more than 100k."""
    context = {**CONTEXT, "kind": kind}
    texts = {size: ("Kafka thanks? " * (size // 14 + 1))[:size] for size in (100_000, 1_000_000)}
    times = {}
    for size, text in texts.items():
        started = time.process_time()
        report = check_message(text, context)
        times[size] = time.process_time() - started
        assert not report.passed
        assert report.characters == size
        length = [r for r in report.errors if r.category == "length"]
        assert length, [r.rule for r in report.errors]
        assert f"{size:,}" in length[0].message or str(size) in length[0].message, length[0].message
        for r in report.results:
            for start, end in r.spans:
                assert 0 <= start <= end <= MAX_CHECKED_CHARS
    assert times[1_000_000] <= GROWTH * max(times[100_000], FLOOR), times


def test_a_long_email_of_long_words_fails_on_its_length():
    """An email over the cap fails even when it has few words (the word count alone would pass it)."""
    body = "Dear Ana,\n\n" + " ".join(["Thank" + "x" * 200] * 100) + "\n\nBest regards,\nLee Wong"
    text = "Subject: Thank you for the Data Engineer interview\n\n" + body
    assert len(text) > MAX_CHECKED_CHARS
    report = check_message(text, {**CONTEXT, "kind": "thank_you_email"})
    assert "length.email_body_words" in report.failed_rules
