"""benchmarks/template_now.yaml, the template's messages for the blind labelling (issue 9): one per interviewer
and kind of benchmarks/sendable_interviews.yaml, split as the labelled set is, and nothing that would unblind
the labeller (no labels, no check results). Entries of a later wave carry `wave` and may wait unlabelled."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import make_sendable_set as sendable  # noqa: E402

FIELDS = ["id", "interview", "split", "kind", "facts", "context", "text"]
FIELDS_LATER_WAVE = ["id", "interview", "split", "wave", "kind", "facts", "context", "text"]


def test_one_message_per_interviewer_and_kind_with_no_verdict():
    items = yaml.safe_load((BENCHMARKS / "template_now.yaml").read_text(encoding="utf-8"))
    interviews = sendable.load_interviews()
    expected = [f"{base}.template_now" for _, _, base, _ in sendable.runs(interviews)]
    assert [item["id"] for item in items] == expected
    split_of = sendable.splits(interviews)
    wave_of = sendable.waves(interviews)
    for item in items:
        assert list(item) == (FIELDS if wave_of[item["interview"]] == 1 else FIELDS_LATER_WAVE)
        assert item.get("wave", 1) == wave_of[item["interview"]]
        assert item["split"] == split_of[item["interview"]]
        assert item["kind"] == item["context"]["kind"] and item["text"].strip()


def test_the_stored_texts_are_what_the_template_writes_now():
    """The labels describe the template as it is: a change to its phrasing (or to what picks a phrasing, such
    as a new context field that is unset) must regenerate the file, and the changed texts be labelled again."""
    from composer.loop import compose_note

    items = yaml.safe_load((BENCHMARKS / "template_now.yaml").read_text(encoding="utf-8"))
    stale = [i["id"] for i in items if compose_note(i["context"], provider="template").text != i["text"]]
    assert stale == [], "regenerate: python benchmarks/make_sendable_set.py template-now, then relabel"


def test_every_label_is_of_a_message_and_wave_1_is_labelled():
    """Wave 1 is labelled in full; a later wave's messages may wait for their labeller (counted as unlabelled
    by benchmarks/default_path.py), but no label names a message that is not in the file."""
    items = yaml.safe_load((BENCHMARKS / "template_now.yaml").read_text(encoding="utf-8"))
    labels = yaml.safe_load((BENCHMARKS / "template_now_labels.yaml").read_text(encoding="utf-8"))
    assert set(labels) <= {i["id"] for i in items}
    assert {i["id"] for i in items if i.get("wave", 1) == 1} <= set(labels)
    assert {entry["label"] for entry in labels.values()} <= {"send", "edit", "reject"}


def test_default_path_counts_unlabelled_messages_and_never_checks_them(monkeypatch, capsys):
    from default_path import main

    import guardrails

    items = yaml.safe_load((BENCHMARKS / "template_now.yaml").read_text(encoding="utf-8"))
    labels = yaml.safe_load((BENCHMARKS / "template_now_labels.yaml").read_text(encoding="utf-8"))
    unlabelled = {i["text"] for i in items if not (labels.get(i["id"]) or {}).get("label")}
    checked = []
    real = guardrails.check_message
    monkeypatch.setattr(
        guardrails, "check_message", lambda text, ctx: checked.append(text) or real(text, ctx)
    )
    assert main([]) == 0
    out = capsys.readouterr().out
    assert checked and not (set(checked) & unlabelled)
    assert (f"{len(unlabelled)} unlabelled" in out) == bool(unlabelled)
