"""Batch input that used to lose rows, hang or blow up (issue 14): each is refused with one line and exit 2,
nothing drafted and the output left as it was."""

from __future__ import annotations

import os

from composer.cli import main


def write(tmp_path, name: str, content: str | bytes):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def refused(tmp_path, capsys, argv_tail: list[str], source) -> str:
    """Run `batch SOURCE --out out.jsonl ...`; assert exit 2, one short line, and the output untouched."""
    out = write(tmp_path, "out.jsonl", '{"id": "earlier", "text": "kept"}\n')
    before = (out.read_bytes(), os.stat(out).st_mtime_ns)
    code = main(["batch", str(source), "--out", str(out), "--provider", "template", "--resume", *argv_tail])
    err = capsys.readouterr().err
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1 and len(err) < 400, err[:600]
    assert (out.read_bytes(), os.stat(out).st_mtime_ns) == before
    return err


# ---------------------------------------------------------------- item 1: a quote left open in a CSV

HEADER = "id,interviewer_name,role,company,topics\n"


def test_a_quote_still_open_at_the_end_of_a_csv_is_an_error_naming_its_line(tmp_path, capsys):
    source = write(
        tmp_path,
        "rows.csv",
        HEADER + "r0,Sofía Martínez,DE,Acme,schema registry\n"
        'r1,Raj Patel,DE,Acme,"Kafka\nr2,Mei Chen,DE,Acme,contracts\nr3,Tom Berg,DE,Acme,on-call\n',
    )
    err = refused(tmp_path, capsys, [], source)
    assert "rows.csv line 3" in err and "never closed" in err


def test_a_multi_line_cell_that_holds_another_row_is_refused(tmp_path, capsys):
    source = write(
        tmp_path,
        "rows.csv",
        HEADER + 'r1,Raj Patel,DE,Acme,"Kafka\nr2,Mei Chen,DE,Acme,contracts"\nr3,Tom Berg,DE,Acme,on-call\n',
    )
    err = refused(tmp_path, capsys, [], source)
    assert "rows.csv line 2" in err and "topics cell" in err and "r2,Mei Chen" in err


def test_a_quoted_cell_with_a_comma_or_a_line_break_is_still_fine(tmp_path):
    from composer.batch import read_rows

    source = write(
        tmp_path,
        "rows.csv",
        HEADER + 'r1,Raj Patel,DE,Acme,"Kafka, Flink\nand Spark"\nr2,Mei Chen,DE,Acme,contracts\n',
    )
    rows = read_rows(str(source))
    assert [r.id for r in rows] == ["r1", "r2"]
    assert rows[0].context.topics == ["Kafka, Flink and Spark"]
