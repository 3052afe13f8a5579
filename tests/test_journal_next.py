"""`next`: what is due follows the plan's rules for every branch of the plan (the situations of
tests/test_plan.py, stored in a journal), then the steps after: the follow-up once they accept, one status
check after the decision date, and then nothing. `--ics` writes events that parse back."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from composer.journal.due import STATUS_CHECK_WORKING_DAYS, add_working_days
from composer.plan import BRANCHES, Situation, make_plan
from tests.journal_support import PANEL, write
from tests.test_plan import ARTICLE, SITUATIONS, TODAY, ago


def _interview_file(days: int, fields: dict) -> str:
    lines = [f"interview_date: {ago(days)}", "role: Analyst", "company: Initech", "interviewers:",
             "  - name: Ana Silva", "    topics: [dashboards]"]  # fmt: skip
    lines += [f"    {key}: {value}" for key, value in fields.items() if key != "outcome"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("days", "fields", "branch"),
    [pytest.param(case[1], case[2], case[-1], id=case[0]) for case in SITUATIONS],
)
def test_next_follows_the_plan(cli, tmp_path, days, fields, branch):
    assert cli("interview", "add", write(tmp_path / "i.yaml", _interview_file(days, fields))).code == 0
    if fields.get("outcome", "none") != "none":
        assert cli("outcome", "1", fields["outcome"], "--on", TODAY).code == 0
    ran = cli("next", "--today", TODAY, "--format", "json")
    assert ran.code == 0, ran.err
    items = ran.json()
    plan = make_plan(Situation(interview_date=ago(days), **fields), today=TODAY)
    assert plan.branch == branch
    # once the outcome is known, the note after it is the connection note (issue 11: the later messages)
    note_kind = {"offer": "after_offer", "rejected": "after_rejection"}.get(
        fields.get("outcome"), "connection_note"
    )
    notes = [i for i in items if i["kind"] == note_kind]
    emails = [i for i in items if i["kind"] == "thank_you_email"]
    comments = [i for i in items if i["kind"] == "post_comment"]
    engage = plan.action == "hold_off" and plan.alternative == "engage_with_posts"
    assert [c["due"] for c in comments] == ([TODAY.isoformat()] if engage else []), items
    if plan.action == "connect":
        assert len(notes) == 1 and notes[0]["due"] <= TODAY.isoformat(), items
    elif plan.action == "wait":
        assert [n["due"] for n in notes] == [plan.send_on.isoformat()]
        assert notes[0]["overdue"] is False
    else:
        assert notes == [], items
    if plan.alternative == "thank_you_email":
        assert [e["due"] for e in emails] == [plan.thank_you_email_by.isoformat()]
    else:
        assert emails == [], items
    for item in notes + emails + comments:
        assert item["branch"] == branch and item["why"].startswith(tuple(plan.reasons))
        assert (item["interview_id"], item["interviewer_id"], item["interviewer_name"]) == (1, 1, "Ana Silva")
        assert item["overdue"] == (item["due"] < TODAY.isoformat())
    assert {i["kind"] for i in items} <= {note_kind, "thank_you_email", "status_check", "post_comment"}


def test_every_branch_is_covered_here():
    assert {case[-1] for case in SITUATIONS} == set(BRANCHES)


def _kinds(cli, today: str) -> list[tuple[str, str, str]]:
    ran = cli("next", "--today", today, "--format", "json")
    assert ran.code == 0, ran.err
    return [(i["interviewer_name"].split()[-1], i["kind"], i["due"]) for i in ran.json()]


def test_a_panel_day_by_day_until_nothing_is_due(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    assert _kinds(cli, "2026-05-18") == [
        ("Martínez", "connection_note", "2026-05-20"),
        ("Martínez", "thank_you_email", "2026-05-20"),
        ("Patel", "thank_you_email", "2026-05-20"),
        ("Park", "thank_you_email", "2026-05-20"),
        ("Patel", "connection_note", "2026-05-30"),
    ]
    for person in ("1", "2", "3"):
        cli("sent", person, "--kind", "thank_you_email", "--on", "2026-05-18")
    assert _kinds(cli, "2026-05-19") == [
        ("Martínez", "connection_note", "2026-05-20"),
        ("Patel", "connection_note", "2026-05-30"),
    ]
    cli("sent", "1", "--kind", "connection_note", "--on", "2026-05-20")
    # Past the thank-you email's window the plan still holds off with Dr. Park and offers their posts instead:
    # one comment on a post, once.
    assert _kinds(cli, "2026-05-21") == [
        ("Park", "post_comment", "2026-05-21"),
        ("Patel", "connection_note", "2026-05-30"),
    ]
    cli("sent", "3", "--kind", "post_comment", "--on", "2026-05-21")
    assert _kinds(cli, "2026-05-21") == [("Patel", "connection_note", "2026-05-30")]
    cli("accepted", "1", "--on", "2026-05-22")
    assert _kinds(cli, "2026-05-22") == [
        ("Martínez", "follow_up", "2026-05-22"),
        ("Patel", "connection_note", "2026-05-30"),
    ]
    cli("sent", "1", "--kind", "follow_up", "--on", "2026-05-22")
    assert _kinds(cli, "2026-05-23") == [("Patel", "connection_note", "2026-05-30")]
    # The decision (2026-05-29, a Friday) passes without word: one status check three working days later.
    check_day = add_working_days(dt.date(2026, 5, 29), STATUS_CHECK_WORKING_DAYS).isoformat()
    assert check_day == "2026-06-03"
    # While the decision is overdue the plan holds off and offers their posts: one comment, besides the check.
    assert _kinds(cli, "2026-06-01") == [
        ("Patel", "post_comment", "2026-06-01"),
        ("Patel", "status_check", check_day),
    ]
    assert _kinds(cli, "2026-06-04")[0][1] == "status_check"
    cli("sent", "2", "--kind", "status_check", "--on", "2026-06-04")
    cli("sent", "2", "--kind", "post_comment", "--on", "2026-06-04")
    assert _kinds(cli, "2026-06-05") == []
    assert _kinds(cli, "2026-06-20") == []


def test_the_note_falls_due_the_first_day_the_plan_connects_and_is_then_overdue(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "i.yaml", _interview_file(0, {"vibe": "positive"})))
    items = cli("next", "--today", TODAY + dt.timedelta(days=5), "--format", "json").json()
    assert [(i["kind"], i["due"], i["overdue"]) for i in items] == [
        ("connection_note", (TODAY + dt.timedelta(days=2)).isoformat(), True)
    ]


def test_a_request_without_a_note_counts_as_connecting(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "i.yaml", _interview_file(3, {"vibe": "positive"})))
    cli("sent", "1", "--kind", "connection_request", "--on", TODAY)
    assert cli("next", "--today", TODAY, "--format", "json").json() == []


def test_withdrawn_means_nothing_is_due(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    cli("outcome", "1", "withdrawn", "--on", "2026-05-19")
    assert cli("next", "--today", "2026-05-19", "--format", "json").json() == []
    assert cli("next", "--today", "2026-06-10").out == "Nothing due on 2026-06-10.\n"


def test_an_offer_stops_the_status_check_and_asks_for_the_note(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    cli("outcome", "1", "offer", "--on", "2026-06-02")
    items = cli("next", "--today", "2026-06-04", "--format", "json").json()
    assert {i["kind"] for i in items} == {"after_offer"}  # the note after the offer, in place of the note
    assert all(i["due"] == "2026-06-02" and i["branch"] == "offer" for i in items)


def test_text_output_says_what_when_and_why(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    out = cli("next", "--today", "2026-05-20").out
    assert "DUE 2026-05-20: thank-you email to Raj Patel (interviewer 2, interview 1)" in out
    assert "DUE 2026-05-20: connection request with a note to Sofía Martínez" in out
    assert "send by 2026-05-20: thank-you email" in cli("next", "--today", "2026-05-19").out
    later = cli("next", "--today", "2026-05-22").out
    assert "OVERDUE since 2026-05-20: connection request with a note to Sofía" in later
    assert '  why: It is 2 days since the interview: a few days, as advised; the article: "' in out


def _unfold(text: str) -> list[str]:
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    physical = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    return re.sub(r"\r\n[ \t]", "", text).split("\r\n")[:-1]


def test_ics_holds_one_event_per_item_and_parses_back(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    ics = tmp_path / "due.ics"
    items = cli("next", "--today", "2026-05-18", "--format", "json", "--ics", ics).json()
    lines = _unfold(ics.read_bytes().decode("utf-8"))
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR" and "VERSION:2.0" in lines
    starts = [line.split(":", 1)[1] for line in lines if line.startswith("DTSTART;VALUE=DATE:")]
    assert starts == [i["due"].replace("-", "") for i in items]
    assert lines.count("BEGIN:VEVENT") == len(items) == 5
    summaries = [line for line in lines if line.startswith("SUMMARY:")]
    assert "SUMMARY:Email Sofía Martínez a thank-you" in summaries
    description = next(line for line in lines if line.startswith("DESCRIPTION:"))
    assert "\\, " in description or "\\;" in description  # commas and semicolons escaped (RFC 5545 3.3.11)


def test_ics_parses_with_the_icalendar_package(cli, tmp_path):
    icalendar = pytest.importorskip("icalendar")
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    ics = tmp_path / "due.ics"
    items = cli("next", "--today", "2026-05-18", "--format", "json", "--ics", ics).json()
    events = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert [e.decoded("DTSTART").isoformat() for e in events] == [i["due"] for i in items]
    assert [str(e["DESCRIPTION"]) for e in events] == [i["why"] for i in items]


def test_ics_to_a_folder_that_does_not_exist_is_one_line(cli, tmp_path):
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    ran = cli("next", "--ics", tmp_path / "nowhere" / "due.ics")
    assert ran.code == 2 and "--ics" in ran.err and len(ran.err.strip().splitlines()) == 1


@pytest.mark.skipif(not ARTICLE.exists(), reason="the article lives outside the repository")
def test_the_journals_own_reasons_quote_the_article_verbatim():
    from composer.journal.due import FOLLOW_UP_WHY, STATUS_CHECK_WHY

    article = " ".join(ARTICLE.read_text(encoding="utf-8").replace("\u2019", "'").split())
    for why in (FOLLOW_UP_WHY, STATUS_CHECK_WHY):
        quote = why.split('the article: "', 1)[1].rstrip('"')
        assert quote in article, quote


def _seven_interviewers(tmp_path) -> str:
    """Seven interviewers on one day, all on a free account: three positive, three neutral, and one negative
    (the plan holds off there: no note to spend)."""
    vibes = ["neutral", "positive", "negative", "positive", "neutral", "positive", "neutral"]
    people = "".join(f"  - name: Person {chr(65 + n)}\n    vibe: {vibe}\n" for n, vibe in enumerate(vibes))
    return write(
        tmp_path / "seven.yaml", f"interview_date: 2026-05-18\nrole: Analyst\ninterviewers:\n{people}"
    )


def test_the_free_allowance_goes_to_the_best_rapport_and_says_so(cli, tmp_path):
    cli("interview", "add", _seven_interviewers(tmp_path))
    items = cli("next", "--today", "2026-05-21", "--format", "json").json()
    kinds = {i["interviewer_name"][-1]: i["kind"] for i in items}
    assert sorted(k for k, v in kinds.items() if v == "connection_note") == ["A", "B", "D", "E", "F"]
    assert sorted(k for k, v in kinds.items() if v == "connection_request") == ["G"]
    assert kinds["C"] == "post_comment"  # the plan holds off there and offers their posts: no note to spend
    request = next(i for i in items if i["kind"] == "connection_request")
    assert "allows 5 personalised notes a month" in request["why"] and "without a note" in request["why"]


def test_notes_sent_this_month_come_off_the_allowance(cli, tmp_path):
    cli("interview", "add", _seven_interviewers(tmp_path))
    for person in ("2", "4", "6"):  # the positive ones
        cli("sent", person, "--kind", "connection_note", "--on", "2026-05-20")
    items = cli("next", "--today", "2026-05-21", "--notes-per-month", "4", "--format", "json").json()
    assert [(i["interviewer_name"][-1], i["kind"]) for i in items] == [
        ("A", "connection_note"), ("E", "connection_request"), ("G", "connection_request"),
        ("C", "post_comment"),
    ]  # fmt: skip
    assert cli("allowance", "2").code == 0
    assert cli("allowance").out == "A free account's personalised notes a month: 2.\n"
    items = cli("next", "--today", "2026-06-01", "--format", "json").json()  # a new month
    assert [i["kind"] for i in items].count("connection_note") == 2


def test_premium_accounts_are_not_limited(cli, tmp_path):
    path = _seven_interviewers(tmp_path)
    path.write_text(
        path.read_text(encoding="utf-8").replace("role: Analyst", "role: Analyst\naccount: premium")
    )
    cli("interview", "add", path)
    items = cli("next", "--today", "2026-05-21", "--notes-per-month", "0", "--format", "json").json()
    assert {i["kind"] for i in items} == {"connection_note", "post_comment"}
