"""Panels: the measure of how alike two notes are, the template's five distinct notes, and the rewrite of a
note too much like another (through the loop's rewrite request, with feedback naming the other note)."""

from __future__ import annotations

import itertools
import json
import re

import pytest

from composer.batch import SIMILARITY_THRESHOLD, run_batch, similarity
from composer.batch.panel import shared_phrases, text_ratio, too_similar
from composer.cli import main
from guardrails import check_message
from tests.batch_support import FakeProvider, note

SOFIA = (
    "Hi Sofía, thank you for speaking with me about the Data Engineer role at Acme. I enjoyed hearing your "
    "perspective on migrating batch jobs to Kafka. I'd be glad to stay connected."
)
RAJ_SAME = (
    "Hi Raj, thank you for speaking with me about the Data Engineer role at Acme. I enjoyed hearing your "
    "perspective on data contracts between teams. I'd be glad to stay connected."
)
RAJ_OWN = (
    "Hi Raj, thanks so much for your time today. Hearing how your team negotiates data contracts between "
    "producers and consumers was eye-opening. I'd love to stay connected."
)
RAJ_SAME_OPENING = (
    "Hi Raj, thank you for speaking with me about the Data Engineer role at Acme. Our chat about data contracts "
    "between teams was a highlight for me. Hope we can stay in touch."
)
NAMES = ["Sofía Martínez", "Raj Patel"]

PANEL = [
    ("Sofía Martínez", "migrating batch jobs to Kafka"),
    ("Raj Patel", "data contracts between teams"),
    ("Mei Chen", "on-call rotations"),
    ("Tom Okafor", "the roadmap for the lakehouse"),
    ("Anna Kowalski", "mentoring junior engineers"),
]
PANEL_YAML = "role: Data Engineer\ncompany: Acme\ninterview_date: 2026-05-18\ninterviewers:\n" + "".join(
    f"  - {{name: {name}, topics: [{topic}]}}\n" for name, topic in PANEL
)


def test_similarity_measure_and_its_threshold():
    assert similarity(SOFIA, SOFIA) == 1.0
    # The same note with the name and the topic swapped is well above the threshold ...
    assert similarity(SOFIA, RAJ_SAME, NAMES) > 0.5 > SIMILARITY_THRESHOLD
    # ... one stock opening sentence in common is below it, and a note in its own words is far below.
    assert 0.15 < similarity(SOFIA, RAJ_SAME_OPENING, NAMES) < SIMILARITY_THRESHOLD
    assert similarity(SOFIA, RAJ_OWN, NAMES) < 0.05
    # Names are masked: greeting another person does not make a copy look original.
    assert similarity("Hi Sofía, thank you", "Hi Raj, thank you", NAMES) == 1.0
    assert similarity("Hi Sofía, thank you", "Hi Raj, thank you") < 1.0


def test_too_similar_marks_the_later_note_and_never_a_fixed_one():
    marked = too_similar([SOFIA, RAJ_SAME, RAJ_OWN], ["Sofía Martínez", "Raj Patel", "Mei Chen"])
    assert [(m.index, m.other) for m in marked] == [(1, 0)]
    marked = too_similar([SOFIA, RAJ_SAME], NAMES, fixed=[False, True])
    assert [(m.index, m.other) for m in marked] == [(0, 1)]  # the note already written stays
    assert too_similar([SOFIA, None], NAMES) == []  # a row whose provider failed has no note
    assert (
        too_similar([SOFIA, SOFIA], ["Sofía Martínez", "Sofía Martínez"]) == []
    )  # same person: a note and an email


def test_shared_phrases_name_what_the_notes_have_in_common():
    phrases = shared_phrases(RAJ_SAME, SOFIA, NAMES)
    assert "thank you for speaking with me about the data engineer role at acme" in phrases


def test_five_person_panel_offline_five_distinct_passing_notes(tmp_path, capsys):
    source = tmp_path / "panel.yaml"
    source.write_text(PANEL_YAML, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "--out", str(out), "--provider", "template", "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    texts = [r["text"] for r in records]
    assert [r["passed"] for r in records] == [True] * 5
    for (name, _), record, text in zip(PANEL, records, texts, strict=True):
        first = name.split()[0]
        assert re.match(rf"(Hi|Hello) {first},", text), text  # greets its own interviewer
        others = [w for other, _ in PANEL if other != name for w in other.split()]
        assert not any(re.search(rf"\b{w}\b", text) for w in others), text  # names no other member
        assert record["panel"]["size"] == 5 and record["warnings"] == []
        context = {"interviewer_name": name, "role": "Data Engineer", "company": "Acme", "topics": [_]}
        assert check_message(text, {**context, "other_names": [n for n, _ in PANEL if n != name]}).passed
    jaccard = [similarity(a, b, [n for n, _ in PANEL]) for a, b in itertools.combinations(texts, 2)]
    ratios = [text_ratio(a, b) for a, b in itertools.combinations(texts, 2)]
    print(
        f"\nfive-person panel: largest 3-gram Jaccard {max(jaccard):.3f}, largest difflib ratio {max(ratios):.3f}"
    )
    assert max(jaccard) < SIMILARITY_THRESHOLD
    assert max(ratios) < 0.6
    assert len(set(texts)) == 5


def _copycat(messages, context):
    """Writes every member the same note, until a rewrite request asks for its own words."""
    rewrite = any("reads too much like the note to" in m.content for m in messages)
    topic = context.topics[0]
    if not rewrite:
        return note(context.first_name, topic, context.role, context.company, variant=0)
    return (
        f"Hello {context.first_name}, many thanks for the time you gave me. Hearing how you approach {topic} "
        "was the part I keep coming back to. Let's stay in touch."
    )


def test_a_note_like_another_is_rewritten_with_feedback_naming_that_note():
    rows = [
        {"id": "sofia", "interviewer_name": "Sofía Martínez", "topics": ["Kafka migrations"]},
        {"id": "raj", "interviewer_name": "Raj Patel", "topics": ["data contracts"]},
    ]
    rows = [{**r, "role": "Data Engineer", "company": "Acme"} for r in rows]
    fake = FakeProvider(_copycat)
    report = run_batch(rows, provider=fake)
    sofia, raj = report.records()
    assert report.exit_code == 0 and report.summary.rewrites == 1 and len(fake.requests) == 3
    assert sofia["panel"]["rewrites"] == 0 and raj["panel"]["rewrites"] == 1
    assert raj["text"].startswith("Hello Raj, many thanks") and raj["passed"]
    assert raj["panel"]["max_similarity"] < SIMILARITY_THRESHOLD and raj["warnings"] == []
    # The rewrite went through the loop's rewrite request: the task, the first draft, then the feedback.
    messages, context = fake.requests[-1], fake.contexts[-1]
    assert context.interviewer_name == "Raj Patel"
    assert messages[-2].role == "assistant" and messages[-2].content == raj["attempts"][0]["text"]
    feedback = raj["attempts"][1]["feedback"]
    assert "reads too much like the note to Sofía Martínez" in feedback[0]
    assert any("Lean on what was discussed with Raj (data contracts)" in line for line in feedback)
    assert all(line in messages[-1].content for line in feedback)
    assert raj["usage"]["calls"] == 2 and len(raj["attempts"]) == 2


def test_a_note_that_stays_alike_is_kept_with_a_warning_after_the_last_round():
    fake = FakeProvider(lambda messages, ctx: note(ctx.first_name, ctx.topics[0], "SRE", "Acme", variant=0))
    rows = [
        {"interviewer_name": name, "role": "SRE", "company": "Acme", "topics": [topic]}
        for name, topic in PANEL[:2]
    ]
    report = run_batch(rows, provider=fake)
    first, second = report.records()
    assert second["panel"]["rewrites"] == 2 and len(fake.requests) == 1 + 1 + 2
    assert second["passed"] and report.exit_code == 0  # alike is a warning, not a failed check
    assert any(
        w.startswith("panel.too_similar: reads like the note to Sofía Martínez") for w in second["warnings"]
    )
    assert first["panel"]["rewrites"] == 0  # the first note is kept; the pair is flagged on both rows
    assert any(w.startswith("panel.too_similar: reads like the note to Raj Patel") for w in first["warnings"])


@pytest.mark.parametrize("kind", ["follow_up", "thank_you_email"])
def test_a_panel_yaml_of_follow_ups_or_emails_through_the_template_has_no_alike_pair(tmp_path, kind):
    """`kind:` in the interview block applies to every interviewer; the template's five messages of that
    kind pass, each greets its own interviewer, and none is flagged as too like another."""
    source = tmp_path / "panel.yaml"
    source.write_text(
        PANEL_YAML.replace("interviewers:\n", f"kind: {kind}\ninterviewers:\n"), encoding="utf-8"
    )
    report = run_batch(str(source), str(tmp_path / "out.jsonl"), provider="template", progress=False)
    records = report.records()
    texts = [r["text"] for r in records]
    assert report.exit_code == 0 and report.summary.rewrites == 0
    assert [r["kind"] for r in records] == [kind] * 5 and all(r["passed"] for r in records)
    for (name, topic), text in zip(PANEL, texts, strict=True):
        greeting = (
            rf"Subject: .+\n\nDear {name.split()[0]},\n"
            if kind == "thank_you_email"
            else rf"(Hi|Hello) {name.split()[0]},"
        )
        assert re.match(greeting, text) and topic in text, text
    assert not [w for r in records for w in r["warnings"] if w.startswith("panel.too_similar")]
    names = [n for n, _ in PANEL]
    jaccard = max(similarity(a, b, names) for a, b in itertools.combinations(texts, 2))
    ratio = max(text_ratio(a, b) for a, b in itertools.combinations(texts, 2))
    print(f"\n{kind} panel: largest 3-gram Jaccard {jaccard:.3f}, largest difflib ratio {ratio:.3f}")
    assert jaccard < SIMILARITY_THRESHOLD and ratio < 0.6
    assert max(r["panel"]["max_similarity"] for r in records) < SIMILARITY_THRESHOLD


def test_a_csv_kind_column_sets_each_rows_kind(tmp_path, capsys):
    """`kind` per row in a CSV (any spelling the context accepts; an empty cell is a connection note)."""
    source = tmp_path / "rows.csv"
    source.write_text(
        "id,interviewer_name,role,company,topic,kind\ns,Sofía Martínez,Data Engineer,Acme,migrating batch "
        "jobs to Kafka,follow-up\nr,Raj Patel,Data Engineer,Acme,data contracts between "
        "teams,thank_you_email\nm,Mei Chen,Data Engineer,Acme,on-call rotations,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "--out", str(out), "--provider", "template", "--format", "json"]) == 0
    records = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert {k: r["kind"] for k, r in records.items()} == {
        "s": "follow_up",
        "r": "thank_you_email",
        "m": "connection_note",
    }
    assert records["r"]["text"].startswith("Subject: ") and "connect" in records["s"]["text"]
    assert all(r["passed"] for r in records.values())
