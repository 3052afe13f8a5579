"""Batch input: every format and shape, panels filled in, and every kind of bad input refused up front
(exit 2, one line naming the row and the field, nothing drafted, an existing output left untouched)."""

from __future__ import annotations

import json
import os

import pytest

from composer.batch import read_rows, rows_from_dicts, run_batch
from composer.cli import main
from composer.errors import UsageError
from tests.batch_support import FakeProvider

PANEL_YAML = """\
role: Data Engineer
company: Acme
interview_date: 2026-05-18
account: premium
interviewers:
  - name: Sofía Martínez
    topics: [migrating batch jobs to Kafka]
  - name: Raj Patel
    id: raj
    topics:
      - data contracts between teams
      - schema registry
  - Mei Chen
"""

CSV = (
    "id,interviewer_name,role,company,topics,interview_date,kind\n"
    "s1,Sofía Martínez,Data Engineer,Acme,migrating batch jobs to Kafka;schema registry,2026-05-18,\n"
    'r1,Raj Patel,Data Engineer,Acme,"data contracts, and ownership",2026-05-18,connection_note\n'
    "m1,Mei Chen,Data Engineer,Acme,on-call rotations,2026-05-19,thank_you_email\n"
)


def write(tmp_path, name: str, content: str | bytes):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# ---------------------------------------------------------------- formats


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["no-bom", "bom"])
def test_csv_with_or_without_bom(tmp_path, bom):
    rows = read_rows(str(write(tmp_path, "rows.csv", bom + CSV.encode())))
    assert [r.id for r in rows] == ["s1", "r1", "m1"]
    sofia, raj, mei = (r.context for r in rows)
    assert sofia.topics == ["migrating batch jobs to Kafka", "schema registry"]  # ';' separates topics
    assert raj.topics == ["data contracts, and ownership"]
    assert sofia.kind == "connection_note" and mei.kind == "thank_you_email"  # an empty cell is the default
    # Sofía and Raj were one interview (same company, role and day); Mei was interviewed the next day.
    assert sofia.other_names == ["Raj Patel"] and raj.other_names == ["Sofía Martínez"]
    assert mei.other_names == [] and rows[0].panel == rows[1].panel != rows[2].panel


def test_csv_header_aliases_and_case(tmp_path):
    path = write(tmp_path, "rows.csv", "Name,Topic,Company\nSofía Martínez,Kafka,Acme\n")
    (row,) = read_rows(str(path))
    assert row.id == "row-1" and row.context.interviewer_name == "Sofía Martínez"
    assert row.context.topics == ["Kafka"] and row.context.company == "Acme"


def test_panel_yaml_one_interview_with_its_interviewers(tmp_path):
    rows = read_rows(str(write(tmp_path, "panel.yaml", PANEL_YAML)))
    assert [r.id for r in rows] == ["row-1", "raj", "row-3"]
    assert [r.context.interviewer_name for r in rows] == ["Sofía Martínez", "Raj Patel", "Mei Chen"]
    assert all(r.context.account == "premium" and r.context.company == "Acme" for r in rows)
    assert rows[1].context.topics == ["data contracts between teams", "schema registry"]
    assert rows[0].context.other_names == ["Raj Patel", "Mei Chen"]
    assert rows[2].context.other_names == ["Sofía Martínez", "Raj Patel"]
    assert rows[1].where == "panel.yaml line 8 (id raj)"  # YAML rows are named by their line


def test_a_panel_members_own_company_is_where_they_work_not_the_job(tmp_path):
    text = """\
role: Consultant Geriatrician
company: Royal Devon University Healthcare NHS Foundation Trust
interviewers:
  - {name: Dr. Ugochi Nwankwo-Reid, topics: [the frailty SDEC]}
  - {name: Dr. Helen Rowe, company: Royal College of Physicians, topics: [my audit on delirium screening]}
  - {name: Prof. Stephen Yardley, company: "royal devon university healthcare  NHS foundation trust"}
  - {name: Mr. Tariq Siddiqui, company: Lay panel, interviewer_company: Devon Lay Panel}
"""
    rows = read_rows(str(write(tmp_path, "panel.yaml", text)))
    job = "Royal Devon University Healthcare NHS Foundation Trust"
    assert [r.context.company for r in rows] == [job, job, "royal devon university healthcare NHS foundation trust",
                                                 "Lay panel"]  # fmt: skip
    assert [r.context.interviewer_company for r in rows] == [
        "",
        "Royal College of Physicians",
        "",
        "Devon Lay Panel",
    ]
    # with no company for the interview, a member's company is the job's
    rows = read_rows(
        str(write(tmp_path, "p.yaml", "role: Analyst\ninterviewers: [{name: Raj Patel, company: Acme}]\n"))
    )
    assert (rows[0].context.company, rows[0].context.interviewer_company) == ("Acme", "")


def test_where_the_interviewer_works_is_said_of_each_interviewer_not_the_interview(tmp_path):
    path = write(tmp_path, "p.yaml", "company: Acme\ninterviewer_company: X\ninterviewers: [Raj Patel]\n")
    with pytest.raises(UsageError, match="interviewer_company is not a field of an interview"):
        read_rows(str(path))


def test_yaml_list_of_interviews_keeps_each_panel_apart(tmp_path):
    text = """\
- {candidate_name: Ana, company: Acme, role: Analyst, interviewers: [Raj Patel, Mei Chen]}
- {candidate_name: Ben, company: Acme, role: Analyst, interviewers: [Tom Okafor]}
"""
    rows = read_rows(str(write(tmp_path, "cohort.yml", text)))
    assert [r.context.other_names for r in rows] == [["Mei Chen"], ["Raj Patel"], []]


def test_json_rows_and_json_interview(tmp_path):
    rows_json = [
        {
            "id": 1,
            "interviewer_name": "Sofía Martínez",
            "topic": "Kafka",
            "company": "Acme",
            "panel": "loop-1",
        },
        {
            "id": 2,
            "interviewer_name": "Raj Patel",
            "topics": ["contracts"],
            "company": "Globex",
            "panel": "loop-1",
        },
    ]
    rows = read_rows(str(write(tmp_path, "rows.json", json.dumps(rows_json))))
    assert [r.id for r in rows] == ["1", "2"]
    assert rows[0].context.other_names == ["Raj Patel"]  # an explicit panel groups rows
    interview = {
        "company": "Acme",
        "role": "SRE",
        "interviewers": [{"name": "Raj Patel", "topics": ["SLOs"]}],
    }
    (row,) = read_rows(str(write(tmp_path, "interview.json", json.dumps(interview))))
    assert row.context.role == "SRE" and row.context.topics == ["SLOs"]


def test_jsonl_mixes_rows_and_interviews(tmp_path):
    lines = [
        {"id": "a", "interviewer_name": "Sofía Martínez", "topics": "Kafka"},
        {
            "company": "Acme",
            "interviewers": [{"name": "Raj Patel", "id": "b"}, {"name": "Mei Chen", "id": "c"}],
        },
    ]
    text = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n"
    rows = read_rows(str(write(tmp_path, "rows.jsonl", text)))
    assert [r.id for r in rows] == ["a", "b", "c"]
    assert rows[0].context.other_names == [] and rows[1].context.other_names == ["Mei Chen"]


def test_a_note_and_an_email_to_the_same_person_do_not_name_them_as_another_member():
    rows = rows_from_dicts(
        [
            {"id": "n", "interviewer_name": "Raj Patel", "company": "Acme", "role": "SRE"},
            {
                "id": "e",
                "interviewer_name": "Raj Patel",
                "company": "Acme",
                "role": "SRE",
                "kind": "thank_you_email",
            },
            {"id": "m", "interviewer_name": "Mei Chen", "company": "acme", "role": "sre"},
        ]
    )
    assert [r.context.other_names for r in rows] == [["Mei Chen"], ["Mei Chen"], ["Raj Patel"]]


# ---------------------------------------------------------------- bad input

TEN_MB = "x" * (10 * 1024 * 1024)
BAD_INPUTS = {
    "csv missing a required column": (
        "rows.csv",
        "id,role,company,topics\nr1,Data Engineer,Acme,Kafka\n",
        ["rows.csv line 1", "interviewer_name", "missing"],
    ),
    "empty name": (
        "rows.csv",
        "id,interviewer_name,topics\nr1,Sofía Martínez,Kafka\nr2,  ,contracts\n",
        ["rows.csv line 3 (id r2)", "interviewer_name must not be empty"],
    ),
    "10 MB field": (
        "rows.csv",
        f"id,interviewer_name,topics\nr1,Sofía Martínez,{TEN_MB}\n",
        ["rows.csv line 2 (id r1)", "topics is 10,485,760 characters"],
    ),
    "invalid UTF-8 in a CSV cell": (
        "rows.csv",
        b"id,interviewer_name,company\nr1,Sof\xc3\xada,Acme\nr2,Raj Patel,Soci\xe9t\xe9 G\xe9n\xe9rale\n",
        ["rows.csv line 3 (id r2)", "company is not UTF-8 text (byte 0xE9)"],
    ),
    "invalid UTF-8 in YAML": (
        "panel.yaml",
        b"company: Acme\ninterviewers:\n  - name: Ra\xefj Patel\n",
        ["panel.yaml line 3", "name is not UTF-8 text (byte 0xEF)"],
    ),
    "duplicate id": (
        "rows.jsonl",
        '{"id": "a", "interviewer_name": "Raj Patel"}\n{"id": "a", "interviewer_name": "Mei Chen"}\n',
        ["rows.jsonl line 2 (id a)", "id 'a' is used again (first at rows.jsonl line 1)"],
    ),
    "unknown column": (
        "rows.csv",
        "interviewer_name,topcis\nRaj Patel,Kafka\n",
        ["rows.csv line 1 (header)", "'topcis' is not a known field"],
    ),
    "unknown kind": (
        "rows.json",
        '[{"interviewer_name": "Raj Patel"}, {"interviewer_name": "Mei Chen", "kind": "poem"}]',
        ["rows.json row 2", "kind got 'poem'"],
    ),
    "a line that is not JSON": (
        "rows.jsonl",
        '{"interviewer_name": "Raj Patel"}\n{"interviewer_name": \n',
        ["rows.jsonl line 2", "not valid JSON"],
    ),
    "too many cells": (
        "rows.csv",
        "interviewer_name,company\nRaj Patel,Acme,Inc\n",
        ["rows.csv line 2", "3 cells but the header has 2 columns"],
    ),
    "a date the calendar does not have in a row": (
        "rows.yaml",
        "- id: a\n  interviewer_name: Raj Patel\n  interview_date: 2025-13-45\n",
        ["rows.yaml line 3", "interview_date '2025-13-45' is not a valid date (YYYY-MM-DD)"],
    ),
    "a date the calendar does not have in an interview": (
        "panel.yaml",
        "company: Acme\ninterviewers:\n  - {name: Raj Patel, interview_date: 2025-02-30}\n",
        ["panel.yaml line 3", "interview_date '2025-02-30' is not a valid date (YYYY-MM-DD)"],
    ),
    "a NUL byte in an id": (
        "rows.csv",
        b"id,interviewer_name,company\nr1,Raj Patel,Acme\nr\x002,Mei Chen,Acme\n",
        ["rows.csv line 3: id contains a NUL byte: give plain text"],
    ),
    "a NUL byte in a panel cell": (
        "rows.csv",
        b"id,interviewer_name,company,panel\nr1,Raj Patel,Acme,loop\nr2,Mei Chen,Acme,lo\x00op\n",
        ["rows.csv line 3 (id r2): panel contains a NUL byte: give plain text"],
    ),
    "a NUL byte in an interview's panel": (
        "panel.json",
        '{"company": "Acme", "panel": "lo\\u0000op", "interviewers": ["Raj Patel", "Mei Chen"]}',
        ["panel.json interview 1: panel contains a NUL byte: give plain text"],
    ),
    "a name that is a template slot": (
        "panel.yaml",
        "company: Acme\ninterviewers:\n  - name: Raj Patel\n  - name: '{first_name}'\n",
        ["panel.yaml line 4", "interviewer_name", "template slot"],
    ),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS), ids=list(BAD_INPUTS))
def test_bad_input_exits_2_with_one_line_and_leaves_the_output_untouched(tmp_path, capsys, case):
    name, content, expected = BAD_INPUTS[case]
    source = write(tmp_path, name, content)
    out = write(tmp_path, "out.jsonl", '{"id": "earlier", "text": "kept"}\n')
    before = (out.read_bytes(), os.stat(out).st_mtime_ns)
    code = main(["batch", str(source), "--out", str(out), "--provider", "template", "--resume"])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err[:500]
    assert len(err) < 400  # the 10 MB field is not echoed
    for part in expected:
        assert part in err
    assert (out.read_bytes(), os.stat(out).st_mtime_ns) == before


def test_bad_input_is_found_before_any_call():
    fake = FakeProvider(lambda messages, context: "unused")
    rows = [{"interviewer_name": f"Person {i}"} for i in range(20)] + [{"interviewer_name": ""}]
    with pytest.raises(UsageError, match=r"row 21: interviewer_name must not be empty"):
        run_batch(rows, provider=fake)
    assert fake.requests == []


def test_an_existing_output_is_not_overwritten_without_resume_or_overwrite(tmp_path, capsys):
    source = write(tmp_path, "rows.csv", "interviewer_name,topics\nRaj Patel,Kafka\n")
    out = write(tmp_path, "out.jsonl", '{"id": "row-1", "text": "kept"}\n')
    assert main(["batch", str(source), "--out", str(out), "--provider", "template"]) == 2
    assert "already holds 1 result: pass --resume" in capsys.readouterr().err
    assert out.read_text() == '{"id": "row-1", "text": "kept"}\n'


def test_the_input_formats_are_one_list_for_the_reader_and_the_command_line(tmp_path):
    from composer.cli import build_parser
    from composer.input_formats import FORMATS

    batch = build_parser()._subparsers._group_actions[0].choices["batch"]
    (option,) = [a for a in batch._actions if a.dest == "input_format"]
    assert tuple(option.choices) == FORMATS
    source = write(tmp_path, "rows.yaml", "- interviewer_name: Raj Patel\n")
    with pytest.raises(UsageError, match=r"Input format 'xml' is not one of csv, json, jsonl, yaml"):
        read_rows(str(source), "xml")  # not read as YAML for want of a check


def test_unknown_suffix_needs_input_format(tmp_path, capsys):
    source = write(tmp_path, "rows.txt", "interviewer_name\nRaj Patel\n")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "--out", str(out), "--provider", "template"]) == 2
    assert "--input-format" in capsys.readouterr().err and not out.exists()
    assert (
        main(["batch", str(source), "--out", str(out), "--provider", "template", "--input-format", "csv"])
        == 0
    )
