"""Batch input that used to lose rows, hang or blow up (issue 14): each is refused with one line and exit 2,
nothing drafted and the output left as it was."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from composer.cli import main

ROOT = Path(__file__).resolve().parents[1]


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


# ---------------------------------------------------------------- a subprocess with a memory ceiling

MEMORY_CEILING = 2 << 30  # bytes of address space: a read with no cap dies here instead of eating the host


def run_cli(args: list[str], stdin=subprocess.DEVNULL, timeout: float = 60) -> subprocess.CompletedProcess:
    """`python -m composer ARGS` in a child process that cannot use more than MEMORY_CEILING."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CEILING, MEMORY_CEILING))

    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "COMPOSER_"))}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "composer", *args], stdin=stdin, capture_output=True, timeout=timeout,
        env=env, preexec_fn=limit, cwd=ROOT,
    )  # fmt: skip


# ---------------------------------------------------------------- item 4: the input under another name


@pytest.mark.parametrize("how", ["hard link", "symlink"])
def test_the_input_under_another_name_is_refused_as_output_even_with_overwrite(tmp_path, capsys, how):
    source = write(tmp_path, "rows.jsonl", '{"id": "a", "interviewer_name": "Raj Patel"}\n')
    before = source.read_bytes()
    other = tmp_path / "elsewhere" / "out.jsonl"
    other.parent.mkdir()
    os.link(source, other) if how == "hard link" else other.symlink_to(source)
    code = main(["batch", str(source), "--out", str(other), "--provider", "template", "--overwrite"])
    err = capsys.readouterr().err
    assert code == 2 and "is the input file" in err
    assert source.read_bytes() == before


# ---------------------------------------------------------------- item 10: reads with a cap, --out a file


def test_dev_zero_as_batch_input_is_refused_after_the_cap(tmp_path):
    done = run_cli(["batch", "/dev/zero", "--input-format", "csv", "--out", str(tmp_path / "o.jsonl")])
    assert done.returncode == 2, done.stderr[-500:]
    assert b"holds more than 64 MB" in done.stderr and done.stderr.count(b"\n") == 1


def test_batch_input_on_stdin_is_read_with_a_cap(tmp_path):
    with open("/dev/zero", "rb") as zero:
        done = run_cli(["batch", "-", "--input-format", "jsonl", "--out", str(tmp_path / "o.jsonl")], zero)
    assert done.returncode == 2, done.stderr[-500:]
    assert b"The input on stdin holds more than 64 MB" in done.stderr


def test_dev_zero_as_the_note_file_of_check_is_refused():
    done = run_cli(["check", "--interviewer", "Raj Patel", "--file", "/dev/zero"])
    assert done.returncode == 2, done.stderr[-500:]
    assert b"holds more than 1 MB" in done.stderr and done.stderr.count(b"\n") == 1


def test_dev_zero_as_a_context_file_is_refused():
    done = run_cli(["check", "--context", "/dev/zero", "--text", "Hi Raj, thank you."])
    assert done.returncode == 2, done.stderr[-500:]
    assert b"holds more than 1 MB" in done.stderr


def test_a_fifo_as_out_is_refused_instead_of_blocking(tmp_path):
    source = write(tmp_path, "rows.jsonl", '{"id": "a", "interviewer_name": "Raj Patel"}\n')
    fifo = tmp_path / "out.jsonl"
    os.mkfifo(fifo)
    for mode in ([], ["--resume"], ["--overwrite"]):
        done = run_cli(
            ["batch", str(source), "--out", str(fifo), "--provider", "template", *mode], timeout=30
        )
        assert done.returncode == 2, done.stderr[-500:]
        assert b"is not a regular file" in done.stderr


# ---------------------------------------------------------------- item 11: alias bombs and deep nesting


def alias_bomb(indent: str = "  ") -> str:
    """Nine aliases of nine aliases ... nine levels down: 380 bytes that read as 387 million strings."""
    lines = [f"{indent}- &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"{indent}- &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    return "\n".join(lines) + "\n"


BOMBS = {
    "batch rows.yaml": ("rows.yaml", "- interviewer_name: Raj Patel\n  topics:\n" + alias_bomb("    ")),
    "batch panel.yaml": (
        "panel.yaml",
        "company: Acme\ninterviewers:\n  - name: Raj Patel\n    other_names:\n" + alias_bomb("      "),
    ),
}
DEEP = 100_000
NESTED = {
    "batch rows.json": (
        "rows.json",
        '[{"interviewer_name": "Raj", "topics": ' + "[" * DEEP + "]" * DEEP + "}]",
    ),
    "batch rows.jsonl": (
        "rows.jsonl",
        '{"interviewer_name": "Raj", "topics": ' + "[" * DEEP + "]" * DEEP + "}\n",
    ),
    "batch rows.yaml": ("rows.yaml", "- interviewer_name: Raj\n  topics: " + "[" * DEEP + "]" * DEEP + "\n"),
}


@pytest.mark.parametrize("case", list(BOMBS), ids=list(BOMBS))
def test_a_yaml_alias_bomb_in_batch_input_is_one_line_exit_2(tmp_path, capsys, case):
    name, content = BOMBS[case]
    err = refused(tmp_path, capsys, [], write(tmp_path, name, content))
    assert "aliases" in err


@pytest.mark.parametrize("case", list(NESTED), ids=list(NESTED))
def test_deeply_nested_batch_input_is_one_line_exit_2(tmp_path, capsys, case):
    name, content = NESTED[case]
    err = refused(tmp_path, capsys, [], write(tmp_path, name, content))
    assert "nested more than 20 levels deep" in err


CONTEXTS = {
    "alias bomb": ("ctx.yaml", "interviewer_name: Raj Patel\nkind:\n" + alias_bomb(), "aliases"),
    "alias bomb in topics": ("ctx.yaml", "interviewer_name: Raj Patel\ntopics:\n" + alias_bomb(), "aliases"),
    "a value that contains itself": ("ctx.yaml", "interviewer_name: Raj Patel\ntopics: &t [*t]\n", "itself"),
    "deep JSON": (
        "ctx.json",
        '{"interviewer_name": "Raj", "kind": ' + "[" * DEEP + "]" * DEEP + "}",
        "nested",
    ),
    "deep YAML": ("ctx.yaml", "interviewer_name: Raj\nkind: " + "[" * DEEP + "]" * DEEP + "\n", "nested"),
    "deep YAML blocks": (
        "ctx.yaml",
        "interviewer_name: Raj\nkind:\n"
        + "".join("  " * i + "- \n" for i in range(1, 40))
        + "  " * 40
        + "- x\n",
        "nested",
    ),
}


@pytest.mark.parametrize("case", list(CONTEXTS), ids=list(CONTEXTS))
def test_a_context_file_bomb_or_deep_nesting_is_one_short_line_exit_2(tmp_path, capsys, case):
    name, content, needle = CONTEXTS[case]
    context = write(tmp_path, name, content)
    code = main(["check", "--context", str(context), "--text", "Hi Raj, thank you for the interview."])
    err = capsys.readouterr().err
    assert code == 2, err[:300]
    assert len(err.strip().splitlines()) == 1 and len(err) < 400, err[:600]
    assert needle in err


def test_aliases_that_a_person_would_write_still_load(tmp_path):
    from composer.batch import read_rows

    source = write(
        tmp_path,
        "rows.yaml",
        "- &base {id: a, interviewer_name: Raj Patel, company: Acme, role: SRE, topics: [SLOs, on-call]}\n"
        "- {<<: *base, id: b, interviewer_name: Mei Chen}\n"
        "- {<<: *base, id: c, interviewer_name: Tom Berg}\n",
    )
    rows = read_rows(str(source))
    assert [r.context.company for r in rows] == ["Acme"] * 3
