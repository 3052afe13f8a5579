"""The shape of the labelled sendable set (benchmarks/sendable_set.yaml, issue 9)."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
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


def test_every_item_is_labelled_by_the_rubric(items, rubric_ids):
    for item in items:
        assert item["label"] in {"send", "edit", "reject"}, item["id"]
        assert item["generator"] in GENERATORS, item["id"]
        assert item["kind"] in KINDS and item["context"]["kind"] == item["kind"], item["id"]
        assert isinstance(item["text"], str) and item["text"].strip(), item["id"]
        assert isinstance(item["passed_at_labelling"], bool), item["id"]
        assert item["why"].strip(), item["id"]
        assert set(item["breaks"]) <= rubric_ids, (item["id"], item["breaks"])
        if item["label"] == "send":
            assert item["breaks"] == [], item["id"]
        else:
            assert item["breaks"], item["id"]


def test_split_is_by_interview(items):
    splits = defaultdict(set)
    for item in items:
        assert item["split"] in {"dev", "test"}, item["id"]
        splits[item["interview"]].add(item["split"])
    assert all(len(s) == 1 for s in splits.values()), {k: v for k, v in splits.items() if len(v) > 1}
    test = sum(1 for s in splits.values() if s == {"test"})
    assert 0.25 <= test / len(splits) <= 0.4


def test_each_generator_covers_the_three_kinds(items):
    kinds = defaultdict(set)
    for item in items:
        kinds[item["generator"]].add(item["kind"])
    assert {"local", "template"} <= set(kinds)
    for generator, seen in kinds.items():
        assert seen == KINDS, generator
