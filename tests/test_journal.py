"""The journal: interviews stored from any input batch reads, what was sent recorded, one-line errors that
leave the journal unchanged, export and import, and where the file lives."""

from __future__ import annotations

import json
import sqlite3

import pytest

from composer.journal.schema import SCHEMA_VERSION
from composer.journal.store import journal_path
from tests.journal_support import PANEL, table_counts, write


@pytest.fixture
def panel(cli, tmp_path):
    ran = cli("interview", "add", write(tmp_path / "panel.yaml", PANEL), "--format", "json")
    assert ran.code == 0, ran.err
    return ran.json()


def test_interview_add_stores_a_panel_and_prints_the_ids(cli, home, tmp_path):
    ran = cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    assert ran.code == 0, ran.err
    assert ran.out.splitlines() == [
        "interview 1: Data Engineer at Acme",
        "  interviewer 1: Sofía Martínez",
        "  interviewer 2: Raj Patel",
        "  interviewer 3: Dr. Helen Park",
    ]
    assert (home / "journal.sqlite3").is_file()
    assert table_counts(home) == {"interviews": 1, "interviewers": 3, "sends": 0}


def test_the_file_is_wal_and_carries_its_schema_version(panel, home):
    conn = sqlite3.connect(home / "journal.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION


def test_show_gives_each_interviewer_their_facts(cli, panel):
    shown = cli("interview", "show", "1", "--format", "json").json()
    people = {p["name"]: p for p in shown["interviewers"]}
    assert people["Sofía Martínez"]["topics"] == ["migrating batch jobs to Kafka"]
    assert (people["Raj Patel"]["vibe"], people["Raj Patel"]["decision_by"]) == ("neutral", "2026-05-29")
    assert (people["Dr. Helen Park"]["formality"], people["Dr. Helen Park"]["culture"]) == (
        "formal",
        "unknown",
    )
    assert shown["interview_date"] == "2026-05-18" and shown["candidate_name"] == "Jordan Lee"


def test_a_csv_of_rows_is_one_interview_per_panel(cli, home, tmp_path):
    rows = (
        "interviewer_name,role,company,interview_date,topic,vibe,culture\n"
        "Ana Silva,Analyst,Initech,2026-05-11,dashboards,positive,encouraged\n"
        "Bo Chen,Analyst,Initech,2026-05-11,SQL tuning,neutral,encouraged\n"
        "Cy Ode,Designer,Globex,2026-05-12,typography,Positive,\n"
    )
    ran = cli("interview", "add", write(tmp_path / "rows.csv", rows), "--format", "json")
    assert ran.code == 0, ran.err
    assert [[p["name"] for p in i["interviewers"]] for i in ran.json()] == [
        ["Ana Silva", "Bo Chen"],
        ["Cy Ode"],
    ]
    listed = cli("interview", "list", "--format", "json").json()
    assert [p["culture"] for p in listed[0]["interviewers"]] == ["encouraged", "encouraged"]
    assert listed[1]["interviewers"][0]["vibe"] == "positive"


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (lambda t: t.replace("    vibe: neutral\n", ""), "vibe is missing"),
        (lambda t: t.replace("vibe: neutral", "vibe: great"), "vibe"),
        (lambda t: t.replace("formality: formal", "formality: stiff"), "formality"),
        (lambda t: t.replace("decision_by: 2026-05-29", "decision_by: 2026-05-01"), "decision_by"),
        (lambda t: t.replace("interview_date: 2026-05-18\n", ""), "interview_date is missing"),
        (lambda t: t.replace("role: Data", "mood: good\nrole: Data"), "mood"),
    ],
)
def test_bad_input_is_one_line_naming_the_field_and_stores_nothing(cli, home, tmp_path, edit, field):
    cli("interview", "list")  # the journal exists, empty
    ran = cli("interview", "add", write(tmp_path / "panel.yaml", edit(PANEL)))
    assert ran.code == 2
    assert len(ran.err.strip().splitlines()) == 1 and field in ran.err, ran.err
    assert table_counts(home) == {"interviews": 0, "interviewers": 0, "sends": 0}


def test_sent_accepted_outcome_and_history(cli, panel):
    assert cli("sent", "3", "--kind", "thank_you_email", "--on", "2026-05-18").code == 0
    ran = cli("sent", "1", "--kind", "Connection-Note", "--on", "2026-05-20", "--format", "json")
    assert ran.code == 0 and ran.json()["kind"] == "connection_note"
    assert (
        cli("accepted", "1", "--on", "2026-05-21").out == "Recorded: Sofía Martínez accepted on 2026-05-21.\n"
    )
    assert cli("outcome", "1", "Offer", "--on", "2026-06-01").code == 0
    history = cli("history", "--format", "json").json()
    assert [(h["interviewer_name"], h["kind"], h["sent_on"]) for h in history] == [
        ("Dr. Helen Park", "thank_you_email", "2026-05-18"),
        ("Sofía Martínez", "connection_note", "2026-05-20"),
    ]
    assert cli("history", "3").out == "2026-05-18  thank_you_email to Dr. Helen Park (3)\n"
    shown = cli("interview", "show", "1", "--format", "json").json()
    assert (shown["outcome"], shown["outcome_on"]) == ("offer", "2026-06-01")
    assert shown["interviewers"][0]["accepted_on"] == "2026-05-21"


def test_sent_keeps_the_text_file(cli, panel, tmp_path):
    note = write(tmp_path / "note.txt", "Hi Sofía, thank you for the talk on Kafka.")
    assert cli("sent", "1", "--kind", "connection_note", "--on", "2026-05-20", "--text-file", note).code == 0
    assert cli("history", "1", "--format", "json").json()[0]["text"] == note.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["sent", "9", "--kind", "follow_up"], "INTERVIEWER_ID 9 is not in the journal"),
        (["sent", "x", "--kind", "follow_up"], "INTERVIEWER_ID 'x' is not an id"),
        (["sent", "1", "--kind", "poem"], "--kind 'poem' is not a kind"),
        (
            ["sent", "1", "--kind", "follow_up", "--on", "2026-05-17"],
            "--on 2026-05-17 is before the interview",
        ),
        (["sent", "1", "--kind", "follow_up", "--on", "someday"], "--on 'someday' is not a date"),
        (["accepted", "0"], "INTERVIEWER_ID '0' is not an id"),
        (["outcome", "1", "hired"], "OUTCOME 'hired' is not known"),
        (["outcome", "5", "offer"], "INTERVIEW_ID 5 is not in the journal"),
        (["history", "7"], "INTERVIEWER_ID 7 is not in the journal"),
        (["interview", "show", "2"], "INTERVIEW_ID 2 is not in the journal"),
        (["sent", "1", "--kind", "follow_up", "--text-file", "/nonexistent/note.txt"], "--text-file"),
    ],
)
def test_bad_input_to_a_command_is_one_line_and_changes_nothing(cli, home, panel, argv, says):
    before = table_counts(home)
    ran = cli(*argv)
    assert ran.code == 2
    assert len(ran.err.strip().splitlines()) == 1 and says in ran.err, ran.err
    assert table_counts(home) == before


def test_export_and_import_round_trip(cli, home, panel, tmp_path, monkeypatch):
    cli("sent", "1", "--kind", "connection_note", "--on", "2026-05-20")
    cli("accepted", "1", "--on", "2026-05-22")
    copy = tmp_path / "backup.json"
    assert cli("export", "--out", copy).code == 0
    exported = json.loads(copy.read_text(encoding="utf-8"))
    assert exported["schema_version"] == SCHEMA_VERSION
    monkeypatch.setenv("COMPOSER_HOME", str(tmp_path / "elsewhere"))
    assert cli("import", copy).out == "Imported 1 interview(s), 3 interviewer(s), 1 message(s) sent.\n"
    assert cli("export").json() == exported


def test_import_refuses_a_journal_that_holds_interviews_unless_replace(cli, home, panel, tmp_path):
    copy = tmp_path / "backup.json"
    cli("export", "--out", copy)
    cli("sent", "2", "--kind", "thank_you_email", "--on", "2026-05-18")
    ran = cli("import", copy)
    assert ran.code == 2 and "--replace" in ran.err
    assert table_counts(home)["sends"] == 1
    assert cli("import", copy, "--replace").code == 0
    assert table_counts(home) == {"interviews": 1, "interviewers": 3, "sends": 0}


def test_import_of_a_broken_copy_names_the_field(cli, home, panel, tmp_path):
    data = cli("export").json()
    data["interviews"][0]["interviewers"][0]["vibe"] = "great"
    ran = cli("import", write(tmp_path / "bad.json", json.dumps(data)), "--replace")
    assert ran.code == 2 and "interviews.0.interviewers.0.vibe" in ran.err
    assert table_counts(home) == {"interviews": 1, "interviewers": 3, "sends": 0}


def test_no_secret_reaches_the_file(cli, home, tmp_path, monkeypatch):
    key = "sk-journaltest0123456789abcdef"
    monkeypatch.setenv("OPENAI_API_KEY", key)
    cli("interview", "add", write(tmp_path / "panel.yaml", PANEL))
    cli("sent", "1", "--kind", "thank_you_email", "--on", "2026-05-18")
    cli("next", "--today", "2026-05-19")
    for path in home.iterdir():
        assert key.encode() not in path.read_bytes()


def test_the_journal_lives_in_the_user_data_folder_by_default(tmp_path, monkeypatch):
    monkeypatch.delenv("COMPOSER_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert journal_path() == tmp_path / "data" / "interview-followup-composer" / "journal.sqlite3"
    monkeypatch.setenv("COMPOSER_HOME", str(tmp_path / "mine"))
    assert journal_path() == tmp_path / "mine" / "journal.sqlite3"


def test_a_journal_folder_that_cannot_be_made_is_one_line(cli, tmp_path, monkeypatch):
    blocker = write(tmp_path / "file", "")
    monkeypatch.setenv("COMPOSER_HOME", str(blocker / "sub"))
    ran = cli("interview", "list")
    assert ran.code == 2 and "COMPOSER_HOME" in ran.err and len(ran.err.strip().splitlines()) == 1


def test_an_id_too_big_for_sqlite_is_one_line(cli, panel):
    ran = cli("sent", str(2**70), "--kind", "follow_up")
    assert ran.code == 2 and "is not an id" in ran.err


def test_a_copy_with_an_id_used_twice_is_refused_whole(cli, home, panel, tmp_path):
    data = cli("export").json()
    data["interviews"][0]["interviewers"][1]["id"] = 1
    ran = cli("import", write(tmp_path / "twice.json", json.dumps(data)), "--replace")
    assert ran.code == 2 and "used twice" in ran.err and len(ran.err.strip().splitlines()) == 1
    assert table_counts(home) == {"interviews": 1, "interviewers": 3, "sends": 0}


def test_a_file_that_is_not_a_journal_is_one_line(cli, home):
    home.mkdir()
    write(home / "journal.sqlite3", "not a database, just text " * 100)
    ran = cli("interview", "list")
    assert ran.code == 2 and "cannot be read" in ran.err and "export" in ran.err
    assert len(ran.err.strip().splitlines()) == 1
