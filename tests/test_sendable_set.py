"""The shape of the labelled sendable set (benchmarks/sendable_set.yaml, issue 9). Wave 1 is labelled in full;
the items of a later wave (`wave: N`) may wait unlabelled for their labeller."""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import yaml

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import make_sendable_set as maker  # noqa: E402

from composer.context import MessageContext  # noqa: E402

KINDS = {"connection_note", "follow_up", "thank_you_email"}
GENERATORS = {"local", "local_first_draft", "server_chat", "template"}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return yaml.safe_load((BENCH / "sendable_set.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rubric_ids() -> set[str]:
    text = (BENCH / "sendable_rubric.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\| `([a-z_]+)` \|", text, flags=re.M))


def test_rubric_has_the_issues_criteria(rubric_ids):
    assert {
        "name",
        "thanks_for",
        "grammar",
        "grounded",
        "voice",
        "topic_fit",
        "repetition",
        "signature",
    } <= rubric_ids
    assert {"unsafe_topic", "length", "eagerness", "tone", "placeholder", "panel"} <= rubric_ids


def test_size_and_unique_ids(items):
    assert len(items) >= 200
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids))


def test_every_item_is_labelled_by_the_rubric_or_waits_unlabelled(items, rubric_ids):
    for item in items:
        assert item["generator"] in GENERATORS, item["id"]
        assert item["kind"] in KINDS and item["context"]["kind"] == item["kind"], item["id"]
        assert isinstance(item["text"], str) and item["text"].strip(), item["id"]
        if item["label"] is None:  # not labelled yet: only a later wave, and nothing that would unblind
            assert item.get("wave", 1) >= 2, item["id"]
            assert (item["breaks"], item["why"], item["passed_at_labelling"]) == ([], "", None), item["id"]
            continue
        assert item["label"] in {"send", "edit", "reject"}, item["id"]
        assert isinstance(item["passed_at_labelling"], bool), item["id"]
        assert item["why"].strip(), item["id"]
        assert set(item["breaks"]) <= rubric_ids, (item["id"], item["breaks"])
        if item["label"] == "send":
            assert item["breaks"] == [], item["id"]
        else:
            assert item["breaks"], item["id"]


def test_split_is_by_interview(items):
    splits = defaultdict(set)
    wave_of = {}
    for item in items:
        assert item["split"] in {"dev", "test"}, item["id"]
        splits[item["interview"]].add(item["split"])
        wave_of[item["interview"]] = item.get("wave", 1)
    assert all(len(s) == 1 for s in splits.values()), {k: v for k, v in splits.items() if len(v) > 1}
    for wave in set(wave_of.values()):
        mine = [s for interview, s in splits.items() if wave_of[interview] == wave]
        if wave in maker.WHOLE_WAVE_SPLIT:  # a wave read after its one blind measurement: one split
            assert all(s == {maker.WHOLE_WAVE_SPLIT[wave]} for s in mine), wave
            continue
        test = sum(1 for s in mine if s == {"test"})
        assert 0.25 <= test / len(mine) <= 0.4, wave


def test_stored_splits_and_waves_are_what_the_script_assigns(items):
    """Every item's split (wave 1's were fixed before its labelling and measuring) is what splits() gives
    today: adding a wave of interviews must not move an earlier interview between dev and test."""
    interviews = maker.load_interviews()
    split_of, wave_of = maker.splits(interviews), maker.waves(interviews)
    moved = [i["id"] for i in items if split_of[i["interview"]] != i["split"]]
    assert moved == []
    assert all(i.get("wave", 1) == wave_of[i["interview"]] for i in items)


def test_wave_1_is_as_labelled(items):
    """Wave 1: 315 items (44 interviewers), 91 of them in test; its items come first, a later wave after."""
    waves = [i.get("wave", 1) for i in items]
    assert waves == sorted(waves)
    wave_1 = [i for i in items if i.get("wave", 1) == 1]
    assert len(wave_1) == 315
    assert Counter(i["split"] for i in wave_1) == {"dev": 224, "test": 91}


def test_interviewer_ids_are_unique_across_waves():
    bases = [base for _, _, base, _ in maker.runs(maker.load_interviews())]
    assert len(bases) == len(set(bases)), [b for b, n in Counter(bases).items() if n > 1]


def test_each_generator_covers_the_three_kinds(items):
    kinds = defaultdict(set)
    for item in items:
        kinds[item["generator"]].add(item["kind"])
    assert {"local", "template"} <= set(kinds)
    for generator, seen in kinds.items():
        assert seen == KINDS, generator


def test_assembling_a_wave_rewrites_its_section_only(tmp_path):
    """`assemble --wave 2` replaces the wave-2 section at the end of the set and keeps every byte before it
    (wave 1, labels included), however often it runs."""
    original = (BENCH / "sendable_set.yaml").read_text(encoding="utf-8")
    marker = "\n" + maker.wave_marker(2)
    before = original[: original.index(marker) + 1] if marker in original else original
    split_of = maker.splits(maker.load_interviews())
    path = tmp_path / "set.yaml"
    path.write_text(original, encoding="utf-8")
    for text in ("first", "second"):
        item = {"id": f"test-{text}.note.template", "interview": "w2-hvac-vrf", "split": "dev", "wave": 2}
        path.write_text(maker._with_wave_section(path, 2, [item], split_of), encoding="utf-8")
        written = path.read_text(encoding="utf-8")
        assert written.startswith(before)
        assert yaml.safe_load(written) == (yaml.safe_load(before) or []) + [item]


def test_every_interviewer_field_is_a_field_with_a_value():
    """A comma left unquoted in a YAML flow mapping splits a value into a field of its own ('company: PhilRice
    (Muñoz, Nueva Ecija)' -> company 'PhilRice (Muñoz' and a field 'Nueva Ecija)' with no value)."""
    fields = set(MessageContext.model_fields) | {"name"}
    broken = [
        (interview["id"], key)
        for interview in maker.load_interviews()
        for member in interview["interviewers"]
        for key, value in member.items()
        if key not in fields or value is None
    ]
    assert broken == []
