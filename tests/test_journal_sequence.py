"""The journal and the later messages: the note after an outcome spends the free account's allowance when it
goes with the request, and what was sent of each later kind is not asked for again."""

from __future__ import annotations

from tests.journal_support import PANEL, write
from tests.test_journal_next import _seven_interviewers


def _items(cli, today: str, *more: str) -> list[tuple[str, str]]:
    ran = cli("next", "--today", today, "--format", "json", *more)
    assert ran.code == 0, ran.err
    return [(i["interviewer_name"][-1], i["kind"]) for i in ran.json()]


def test_notes_after_a_rejection_spend_the_allowance_like_connection_notes(cli, tmp_path):
    cli("interview", "add", _seven_interviewers(tmp_path))
    cli("outcome", "1", "rejected", "--on", "2026-05-21")
    items = dict(_items(cli, "2026-05-21"))
    assert sorted(k for k, v in items.items() if v == "after_rejection") == ["A", "B", "D", "E", "F"]
    assert items["G"] == "connection_request" and items["C"] == "post_comment"


def test_a_note_after_the_outcome_sent_with_the_request_comes_off_the_month(cli, tmp_path):
    cli("interview", "add", _seven_interviewers(tmp_path))
    cli("outcome", "1", "rejected", "--on", "2026-05-21")
    for person in ("2", "4"):
        cli("sent", person, "--kind", "after_rejection", "--on", "2026-05-21")
    items = _items(cli, "2026-05-22", "--notes-per-month", "3")
    assert sorted(k for k, v in items if v == "after_rejection") == ["F"]
    assert sorted(k for k, v in items if v == "connection_request") == ["A", "E", "G"]


def test_after_the_follow_up_the_note_after_an_offer_is_due_once_and_costs_nothing(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    cli("sent", "1", "--kind", "connection_note", "--on", "2026-05-20")
    cli("accepted", "1", "--on", "2026-05-21")
    cli("sent", "1", "--kind", "follow_up", "--on", "2026-05-21")
    cli("outcome", "1", "offer", "--on", "2026-06-02")
    assert ("z", "after_offer") in [
        (n[-1], k) for n, k in _items(cli, "2026-06-02", "--notes-per-month", "0")
    ]
    cli("sent", "1", "--kind", "after_offer", "--on", "2026-06-02")
    assert all(k != "after_offer" or n != "z" for n, k in _items(cli, "2026-06-03"))
