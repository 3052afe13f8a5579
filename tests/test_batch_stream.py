"""A batch streams its input (issue 14, "Memory"): every row is checked first, but of each only its id, its
name, where it is and its panel are kept; the rows are read again a panel at a time as the batch goes, a
panel's rows together however far apart they are in the file.

Memory is measured with tracemalloc at the moment of the first request (after every row has been checked,
and an earlier run's output read): per row of input, in bytes, never in seconds. The figures of a real run
(peak resident memory of 100,000 rows, the time to the first line) are benchmarks/batch_memory.py's."""

from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from composer.batch import run_batch
from composer.errors import UsageError
from composer.providers import Capabilities
from tests.batch_support import FakeProvider, cohort, note, output_records

ROOT = Path(__file__).resolve().parent.parent
ROWS = 2_000
BYTES_A_ROW = 1_000  # what the first pass may keep of a row (a row checked and held up front: 3-5 KB)


class Refused(Exception):
    """A server that rejects the key (HTTP 401): a batch stops at the first, which ends the measurement."""

    status_code = 401


class MeasuringProvider:
    """On its first request, takes the memory tracemalloc has seen so far (the peak), then stops the batch."""

    name = "measuring"
    model = None
    capabilities = Capabilities()

    def __init__(self) -> None:
        self.peak: int | None = None

    def draft(self, request):
        self.peak = tracemalloc.get_traced_memory()[1]
        raise Refused("stop here")


def rows_file(path: Path, rows: list[dict], fmt: str) -> Path:
    if fmt == "jsonl":
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    else:
        lines = ["id,interviewer_name,role,company,topics"]
        lines += [
            f"{r['id']},{r['interviewer_name']},{r['role']},{r['company']},{r['topics'][0]}" for r in rows
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def done_line(row: dict) -> str:
    """A finished row's line as batch writes it (a note, one attempt, its panel field)."""
    text = note(row["interviewer_name"].split()[0], row["topics"][0], row["role"], row["company"])
    attempt = {"number": 1, "text": text, "passed": True, "failed_rules": [], "feedback": [], "seconds": 0.01}
    record = {
        "id": row["id"], "interviewer_name": row["interviewer_name"], "text": text, "passed": True,
        "source": "template", "provider": "template", "model": "template-v1", "attempts": [attempt],
        "usage": {"calls": 1, "prompt_tokens": 0, "completion_tokens": 0}, "warnings": [],
        "stop_reason": "passed", "characters": len(text), "kind": "connection_note",
    }  # fmt: skip
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def peak_before_the_first_request(source: Path, out: Path, **options) -> int:
    warm = rows_file(source.with_name("warm.jsonl"), cohort(1), "jsonl")  # what is imported on first use
    with pytest.raises(Refused):
        run_batch(str(warm), provider=MeasuringProvider())
    provider = MeasuringProvider()
    tracemalloc.start()
    try:
        with pytest.raises(Refused):
            run_batch(str(source), out, provider=provider, **options)
    finally:
        tracemalloc.stop()
    assert provider.peak is not None
    return provider.peak


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_checking_every_row_first_keeps_a_few_hundred_bytes_a_row(tmp_path, fmt):
    source = rows_file(tmp_path / f"rows.{fmt}", cohort(ROWS), fmt)
    peak = peak_before_the_first_request(source, tmp_path / "out.jsonl")
    assert peak / ROWS < BYTES_A_ROW, f"{peak / ROWS:.0f} bytes a row"


def test_resuming_does_not_hold_the_earlier_results(tmp_path):
    rows = cohort(ROWS)
    source = rows_file(tmp_path / "rows.jsonl", rows, "jsonl")
    out = tmp_path / "out.jsonl"
    out.write_text("".join(done_line(r) for r in rows[:-10]), encoding="utf-8")  # all but the last ten
    peak = peak_before_the_first_request(source, out, resume=True)
    assert peak / ROWS < BYTES_A_ROW, f"{peak / ROWS:.0f} bytes a row"


# ---------------------------------------------------------------- panels, read a panel at a time


def scattered(n_alone: int = 60) -> list[dict]:
    """Rows of two panels far apart in the file, among rows that each stand alone."""
    alone = [
        {
            "id": f"a{i:02d}",
            "interviewer_name": f"Kofi Example{i}",
            "company": f"Solo {i}",
            "topics": ["SLOs"],
        }
        for i in range(n_alone)
    ]
    acme = [
        ("p1", "Sofía Martínez", "Kafka"),
        ("p2", "Raj Patel", "data contracts"),
        ("p3", "Mei Chen", "dbt"),
    ]
    globex = [("g1", "Tom Okafor", "latency"), ("g2", "Anna Berg", "tracing")]
    panel = [
        {"id": i, "interviewer_name": name, "company": "Acme", "role": "SRE", "interview_date": "2026-05-18",
         "topics": [topic]}
        for i, name, topic in acme
    ] + [
        {"id": i, "interviewer_name": name, "company": "Globex", "role": "SRE", "panel": "globex-loop",
         "topics": [topic]}
        for i, name, topic in globex
    ]  # fmt: skip
    rows = list(alone)
    for at, row in zip((3, 20, 59, 10, 61), panel, strict=True):
        rows.insert(at, row)
    return rows


def same_note(messages, ctx):  # the same words for everyone: each panel's notes must be rewritten apart
    return note(ctx.first_name, ctx.topics[0], ctx.role, ctx.company)


@pytest.mark.parametrize("fmt", ["jsonl", "yaml", "csv"])
def test_a_panels_rows_far_apart_in_the_file_are_drafted_together(tmp_path, fmt):
    rows = scattered()
    source = tmp_path / f"rows.{fmt}"
    if fmt == "yaml":
        import yaml

        source.write_text(yaml.safe_dump(rows, allow_unicode=True), encoding="utf-8")
    elif fmt == "jsonl":
        rows_file(source, rows, "jsonl")
    else:
        columns = ["id", "interviewer_name", "role", "company", "interview_date", "panel", "topics"]
        lines = [",".join(columns)] + [
            ",".join(str(r.get(c, "")).strip("[]'") for c in columns) for r in rows
        ]
        source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    fake = FakeProvider(same_note)
    report = run_batch(str(source), out, provider=fake, concurrency=1)
    written = output_records(out)
    ids = [r["id"] for r in written]
    assert sorted(ids) == sorted(r["id"] for r in rows) and len(ids) == len(set(ids))
    # One worker: a panel is drafted when its first row is reached, its lines written together.
    assert ids[:6] == ["a00", "a01", "a02", "p1", "p2", "p3"]
    assert ids[ids.index("g1") : ids.index("g1") + 2] == ["g1", "g2"] and ids.index("g1") == 12
    by_id = {r["id"]: r for r in written}
    assert by_id["p1"]["panel"]["size"] == 3 and by_id["g2"]["panel"]["size"] == 2
    assert "panel" not in by_id["a00"]
    others = {c.interviewer_name: c.other_names for c in fake.contexts}
    assert others["Mei Chen"] == ["Sofía Martínez", "Raj Patel"] and others["Anna Berg"] == ["Tom Okafor"]
    assert report.summary.rewrites >= 2  # the same words for all three: the later notes were asked again
    assert [line.split(",")[0] for line in report.render("csv").splitlines()[1:]] == [r["id"] for r in rows]


def test_a_row_that_reads_differently_the_second_time_stops_the_batch_and_keeps_the_lines(tmp_path):
    rows = scattered()
    source = rows_file(tmp_path / "rows.jsonl", rows, "jsonl")
    text = source.read_text(encoding="utf-8")
    changed = text.replace('"Mei Chen"', '"{first_}"')  # as long as before: the other lines stay in place
    assert len(changed) == len(text)

    def edit_the_input(messages, ctx):  # someone saves the file while the batch runs
        source.write_text(changed, encoding="utf-8")
        return same_note(messages, ctx)

    out = tmp_path / "out.jsonl"
    with pytest.raises(UsageError) as raised:
        run_batch(str(source), out, provider=FakeProvider(edit_the_input), concurrency=1)
    message = str(raised.value)
    assert message.startswith("rows.jsonl line 61 (id p3): interviewer_name")
    assert "the input changed while the batch ran" in message and "--resume" in message
    assert "\n" not in message
    written = [r["id"] for r in output_records(out)]
    assert written == ["a00", "a01", "a02"]  # drafted before the panel whose row changed: kept


# ---------------------------------------------------------------- reading a line at a time


def test_stdin_is_read_twice_through_a_copy(tmp_path):
    csv_text = "id,interviewer_name,company,role,interview_date,topics\n" + "".join(
        f"r{i},{name},Acme,SRE,2026-05-18,{topic}\n"
        for i, (name, topic) in enumerate([("Sofía Martínez", "Kafka"), ("Raj Patel", "data contracts")])
    )
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "composer", "batch", "-", "--input-format", "csv", "--out", str(out),
         "--provider", "template"],
        input=csv_text.encode(), capture_output=True, timeout=120, cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()[-500:]
    written = {r["id"]: r for r in output_records(out)}
    assert set(written) == {"r0", "r1"} and written["r0"]["panel"]["size"] == 2


def test_a_jsonl_line_holding_a_line_separator_in_a_string_is_one_line(tmp_path):
    source = tmp_path / "rows.jsonl"
    row = {"id": "a", "interviewer_name": "Raj Patel", "topics": ["the roadmap\u2028and the budget"]}
    source.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    report = run_batch(str(source), provider="template")
    assert report.summary.rows == 1


def test_a_csv_with_old_mac_line_endings_is_read_row_by_row(tmp_path):
    source = tmp_path / "rows.csv"
    source.write_bytes(b'id,interviewer_name,topics\rr1,Raj Patel,Kafka\rr2,Mei Chen,"dbt\rand SQL"\r')
    report = run_batch(str(source), provider="template")
    assert [r["id"] for r in report.records()] == ["r1", "r2"]


# ---------------------------------------------------------------- rows past the first CHECKED_FIRST


def numbered(n: int) -> list[dict]:
    return [
        {"id": f"r{i:02d}", "interviewer_name": f"Raj Example{i}", "company": f"C{i}", "topics": ["SLOs"]}
        for i in range(1, n + 1)
    ]


def test_a_bad_row_past_the_rows_checked_first_stops_the_batch_where_it_is(tmp_path, monkeypatch):
    from composer.batch import index

    monkeypatch.setattr(index, "CHECKED_FIRST", 5)  # 10,000 in a real run: rows 6 on are checked late
    rows = numbered(12)
    rows[8]["interviewer_name"] = "  "
    source = rows_file(tmp_path / "rows.jsonl", rows, "jsonl")
    out = tmp_path / "out.jsonl"
    with pytest.raises(UsageError) as raised:
        run_batch(str(source), out, provider=FakeProvider(same_note), concurrency=4)
    message = str(raised.value)
    assert message.startswith("rows.jsonl line 9 (id r09): interviewer_name must not be empty")
    assert "rows past the first 5 are checked as the batch reaches them" in message and "--resume" in message
    written = [r["id"] for r in output_records(out)]
    assert sorted(written) == [f"r{i:02d}" for i in range(1, 9)]  # every row before it (those in flight too)
    rows[8]["interviewer_name"] = "Mei Chen"  # fixed: --resume drafts the rest
    rows_file(source, rows, "jsonl")
    report = run_batch(str(source), out, provider=FakeProvider(same_note), resume=True)
    assert report.exit_code == 0 and report.summary.skipped == 8
    assert len(out.read_text(encoding="utf-8").splitlines()) == 12


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ({"id": "r02"}, "rows.jsonl line 9 (id r02): id 'r02' is used again (first at rows.jsonl line 2)"),
        ({"interview_date": "someday"}, "rows.jsonl line 9 (id r09): interview_date 'someday' is not a date"),
        ({"id": "r\x0009"}, "rows.jsonl line 9: id contains a NUL byte"),
    ],
    ids=["duplicate id", "bad date", "NUL in an id"],
)
def test_every_rows_id_and_date_are_checked_before_anything_is_drafted(tmp_path, monkeypatch, row, expected):
    from composer.batch import index

    monkeypatch.setattr(index, "CHECKED_FIRST", 5)
    rows = numbered(12)
    rows[8].update(row)
    source = rows_file(tmp_path / "rows.jsonl", rows, "jsonl")
    fake = FakeProvider(same_note)
    with pytest.raises(UsageError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        run_batch(str(source), tmp_path / "out.jsonl", provider=fake)
    assert fake.requests == [] and not (tmp_path / "out.jsonl").exists()


def test_a_panel_interviewed_today_is_filled_in(tmp_path):
    from composer.batch import rows_from_dicts

    panel = [
        {"interviewer_name": "Raj Patel", "company": "Acme", "interview_date": "today"},
        {"interviewer_name": "Mei Chen", "company": "Acme", "interview_date": "today"},
    ]
    rows = rows_from_dicts(panel)  # the rows were validated again with the word 'today' for a date
    assert [r.context.other_names for r in rows] == [["Mei Chen"], ["Raj Patel"]]


AGREE = [
    {"interviewer_name": "Raj Patel", "company": " Acme  Corp ", "role": "SRE"},
    {"interviewer_name": "Raj Patel", "company": "ACME corp", "role": "sre", "candidate_name": None},
    {"name": "Mei Chen", "company": "Acme", "candidate": "Ana  Lima", "interview_date": "today"},
    {"interviewer_name": "Mei Chen", "company": "Acme", "interview_date": "2026-05-18", "panel": ""},
    {"interviewer_name": "Mei Chen", "company": "Acme", "panel": 7},
    {"interviewer_name": "Mei Chen", "company": None, "role": "  "},
    {"interviewer_name": "Tom Okafor", "role": "SRE", "interview_date": "yesterday", "account": "Premium"},
]


@pytest.mark.parametrize("defaults", [None, {"candidate_name": "Ana Lima", "account": "premium"}])
def test_reading_a_row_for_its_panel_agrees_with_checking_it_whole(defaults):
    """The first pass reads the rows past CHECKED_FIRST for their id and panel only (`key_row`), the second
    checks them whole (`check_row`): a row read two ways must land in the same panel."""
    from composer.batch.readers import Record
    from composer.batch.rows import check_row, key_row

    for n, data in enumerate(AGREE):
        record = Record(f"row {n + 1}", dict(data), "input")
        whole, quick = check_row(record, n, defaults), key_row(record, n, defaults)
        assert (quick.id, quick.name, quick.key, quick.loose) == (
            whole.id,
            whole.name,
            whole.key,
            whole.loose,
        )
