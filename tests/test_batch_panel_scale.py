"""Big panels (issue 14, item 7): the work of forming and comparing a panel grows with its pairs, not with
their cube; and a "panel" of hundreds of rows that share only a company and a role is a cohort.

The cost is counted in operations (calls of `str.casefold`, the name matching at the heart of both), never
in seconds: doubling a panel may multiply them by about four (the pairs), not eight (the cube)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from composer.batch import panel as panel_module
from composer.batch import rows_from_dicts, run_batch
from composer.batch.panel import Comparison, annotate, too_similar
from composer.cli import main

FIRST = ("Sofía", "Raj", "Mei", "Tom", "Anna", "Kofi", "Lena", "Omar")


def people(n: int, **shared) -> list[dict]:
    return [
        {"id": f"p{i}", "interviewer_name": f"{FIRST[i % 8]} Person{i}", "topics": [f"topic {i}"], **shared}
        for i in range(n)
    ]


def casefolds(work: Callable[[], object]) -> int:
    """How many times `str.casefold` runs (in this thread) while `work` does."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event == "c_call" and getattr(arg, "__name__", "") == "casefold":
            count += 1

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


def test_forming_a_panel_grows_with_its_pairs_not_their_cube():
    small = casefolds(lambda: rows_from_dicts(people(60, company="Acme", role="SRE", panel="loop")))
    large = casefolds(lambda: rows_from_dicts(people(120, company="Acme", role="SRE", panel="loop")))
    assert large / small < 5, (small, large)  # the cube would be 8


def notes_for(n: int) -> tuple[list[str], list[str]]:
    names = [f"{FIRST[i % 8]} Person{i}" for i in range(n)]
    texts = [
        f"Hi {name.split()[0]}, thank you for the talk about topic {i} and the team."
        for i, name in enumerate(names)
    ]
    return names, texts


def compare(n: int) -> None:
    names, texts = notes_for(n)
    comparison = Comparison(names)
    too_similar(texts, names, comparison=comparison)
    annotate([f"p{i}" for i in range(n)], names, texts, comparison)


def test_comparing_a_panel_masks_names_once_and_scores_each_pair_once(monkeypatch):
    small, large = casefolds(lambda: compare(100)), casefolds(lambda: compare(200))
    assert large / small < 3, (small, large)  # names masked once per panel: linear, not quadratic
    calls = []
    real = panel_module.jaccard
    monkeypatch.setattr(panel_module, "jaccard", lambda a, b: calls.append(1) or real(a, b))
    compare(50)
    assert len(calls) == 50 * 49 // 2  # too_similar and annotate share the scores


def test_a_big_group_sharing_only_company_and_role_is_a_cohort_and_says_so(tmp_path, capsys):
    rows = rows_from_dicts(people(250, company="Acme", role="Data Engineer"))
    assert all(r.context.other_names == [] for r in rows)  # each stands alone
    assert len({r.panel for r in rows}) == 250
    assert rows.notes and "250 rows share only company 'Acme' and role 'Data Engineer'" in rows.notes[0]
    report = run_batch(people(40, company="Acme", role="Data Engineer"), provider="template")
    assert report.exit_code == 0 and all("panel" not in r for r in report.records())
    source = tmp_path / "cohort.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in people(40, company="Acme", role="SRE")))
    assert main(["batch", str(source), "--out", str(tmp_path / "out.jsonl"), "--provider", "template"]) == 0
    err = capsys.readouterr().err
    assert "note: 40 rows share only company 'Acme' and role 'SRE'" in err and "cohort" in err


def test_a_small_loose_group_and_a_big_dated_panel_are_still_panels():
    few = rows_from_dicts(people(5, company="Acme", role="SRE"))
    assert all(len(r.context.other_names) == 4 for r in few) and not few.notes
    dated = rows_from_dicts(people(60, company="Acme", role="SRE", interview_date="2026-05-18"))
    assert all(len(r.context.other_names) == 59 for r in dated) and not dated.notes
