"""`draft --interviewer-id`: the message `next` asks for, drafted from the facts the journal holds; with
its history, a second note or follow-up to the same person fails eagerness.repeated_follow_up."""

from __future__ import annotations

from composer.cli import build_parser
from composer.cli.draft import _context
from tests.journal_support import PANEL, write


def _draft(cli, *argv: str):
    return cli("draft", "--provider", "template", "--format", "json", *argv)


def _failed(result: dict) -> set[str]:
    return {rule for attempt in result["attempts"] for rule in attempt["failed_rules"]}


def test_draft_takes_the_facts_and_the_kind_next_asks_for(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    args = build_parser().parse_args(["draft", "--interviewer-id", "1", "--today", "2026-05-20"])
    ctx = _context(args)
    assert (ctx.interviewer_name, ctx.kind, ctx.role, ctx.company) == (
        "Sofía Martínez", "connection_note", "Data Engineer", "Acme",
    )  # fmt: skip
    assert ctx.topics == ["migrating batch jobs to Kafka"] and ctx.candidate_name == "Jordan Lee"
    assert ctx.other_names == ["Raj Patel", "Dr. Helen Park"] and ctx.history == []
    ran = _draft(cli, "--interviewer-id", "1", "--today", "2026-05-20")
    assert ran.code == 0, ran.err
    assert ran.json()["passed"] and "Sof" in ran.json()["text"]


def test_the_thank_you_email_when_that_is_what_is_due(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    args = build_parser().parse_args(["draft", "--interviewer-id", "3", "--today", "2026-05-18"])
    assert _context(args).kind == "thank_you_email"


def test_the_follow_up_after_they_accept_carries_the_history(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    cli("sent", "1", "--kind", "connection_note", "--on", "2026-05-20")
    cli("accepted", "1", "--on", "2026-05-21")
    args = build_parser().parse_args(["draft", "--interviewer-id", "1", "--today", "2026-05-21"])
    ctx = _context(args)
    assert ctx.kind == "follow_up"
    assert [(h.kind, h.sent_on.isoformat()) for h in ctx.history] == [("connection_note", "2026-05-20")]
    ran = _draft(cli, "--interviewer-id", "1", "--today", "2026-05-21")
    assert "eagerness.repeated_follow_up" not in _failed(ran.json())


def test_a_second_note_to_the_same_person_fails(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    cli("sent", "1", "--kind", "connection_note", "--on", "2026-05-20")
    ran = _draft(cli, "--interviewer-id", "1", "--today", "2026-05-21", "--kind", "connection_note")
    assert ran.code == 1
    assert "eagerness.repeated_follow_up" in _failed(ran.json())


def test_a_second_follow_up_fails(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    cli("sent", "1", "--kind", "connection_note", "--on", "2026-05-20")
    cli("accepted", "1", "--on", "2026-05-21")
    cli("sent", "1", "--kind", "follow_up", "--on", "2026-05-22")
    ran = _draft(cli, "--interviewer-id", "1", "--today", "2026-05-23", "--kind", "follow_up")
    assert ran.code == 1 and "eagerness.repeated_follow_up" in _failed(ran.json())


def test_nothing_due_is_one_line(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    cli("outcome", "1", "withdrawn", "--on", "2026-05-19")
    ran = _draft(cli, "--interviewer-id", "2", "--today", "2026-05-20")
    assert ran.code == 2 and "Nothing is due for Raj Patel" in ran.err and "--kind" in ran.err
    assert len(ran.err.strip().splitlines()) == 1


def test_the_status_check_is_drafted_with_the_date_they_gave(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    args = build_parser().parse_args(["draft", "--interviewer-id", "2", "--today", "2026-06-04"])
    ctx = _context(args)
    assert (ctx.kind, ctx.decision_by.isoformat()) == ("status_check", "2026-05-29")
    ran = _draft(cli, "--interviewer-id", "2", "--today", "2026-06-04")
    assert ran.code == 0, ran.err
    text = ran.json()["text"]
    assert text.startswith("Subject: ") and "May 29" in text and text.endswith("Jordan Lee")


def test_a_second_status_check_fails(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    cli("sent", "2", "--kind", "status_check", "--on", "2026-06-04")
    ran = _draft(cli, "--interviewer-id", "2", "--today", "2026-06-10", "--kind", "status_check")
    assert ran.code == 1 and "eagerness.repeated_follow_up" in _failed(ran.json())


def test_after_the_outcome_the_note_after_it_is_drafted(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    cli("outcome", "1", "rejected", "--on", "2026-06-02")
    ran = _draft(cli, "--interviewer-id", "1", "--today", "2026-06-02")
    assert ran.code == 0, ran.err
    assert "drafting the after rejection" not in ran.err  # json: nothing on stderr but warnings
    args = build_parser().parse_args(["draft", "--interviewer-id", "1", "--today", "2026-06-02"])
    assert _context(args).kind == "after_rejection"
    assert "Sofía" in ran.json()["text"] and len(ran.json()["text"]) <= 200


def test_a_comment_on_their_post_needs_the_posts_text(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    ran = _draft(cli, "--interviewer-id", "3", "--today", "2026-05-21")
    assert ran.code == 2 and "--post" in ran.err and len(ran.err.strip().splitlines()) == 1
    post = "Our on-call rotation now has a quiet week after every busy one, and pages are down by half."
    ran = _draft(cli, "--interviewer-id", "3", "--today", "2026-05-21", "--post", post)
    assert ran.code == 0, ran.err
    assert "Helen" in ran.json()["text"] and "interview" not in ran.json()["text"].lower()


def test_an_unknown_interviewer_is_one_line(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    ran = _draft(cli, "--interviewer-id", "12")
    assert ran.code == 2 and "INTERVIEWER_ID 12 is not in the journal" in ran.err


def test_a_late_note_names_the_interview(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    args = build_parser().parse_args(["draft", "--interviewer-id", "1", "--today", "2026-05-28"])
    ctx = _context(args)
    assert ctx.kind == "connection_note" and ctx.remind_of_interview is True
    ran = _draft(cli, "--interviewer-id", "1", "--today", "2026-05-28")
    assert ran.code == 0, ran.err
    text = ran.json()["text"]
    assert "interview" in text.lower() and ("Data Engineer" in text or "May 18" in text), text


def test_a_note_within_the_few_days_need_not(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    args = build_parser().parse_args(["draft", "--interviewer-id", "1", "--today", "2026-05-21"])
    assert _context(args).remind_of_interview is False


def test_a_request_without_a_note_has_nothing_to_draft(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    cli("allowance", "0")
    ran = _draft(cli, "--interviewer-id", "1", "--today", "2026-05-21")
    assert ran.code == 2 and "nothing to draft" in ran.err and "connection_request" in ran.err


def test_interview_add_reads_stdin_with_its_format(cli, tmp_path, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(PANEL.encode("utf-8"))))
    ran = cli("interview", "add", "-", "--input-format", "yaml", "--format", "json")
    assert ran.code == 0, ran.err
    assert [p["name"] for p in ran.json()[0]["interviewers"]] == [
        "Sofía Martínez",
        "Raj Patel",
        "Dr. Helen Park",
    ]
