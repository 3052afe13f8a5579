"""One run per output file (a second is refused: exit 2, one line), and what `--resume` does with the rows an
earlier run could not draft (issue 14, items 2 and 3)."""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from composer.batch import run_batch
from composer.cli import main
from composer.errors import ProviderError
from tests.batch_support import FakeProvider, NoteServer, cohort, note, serving
from tests.batch_support import output_records as lines

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    for name in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "COMPOSER_MODEL",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("COMPOSER_RETRY_MAX_WAIT", "0.01")


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def child_env() -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "COMPOSER_")) and "PROXY" not in k
    }
    env.update(NO_PROXY="127.0.0.1,localhost", COMPOSER_RETRY_MAX_WAIT="0.01", PYTHONPATH=str(ROOT))
    return env


# ---------------------------------------------------------------- item 2: one run per output


@pytest.mark.parametrize("mode", ["--resume", "--overwrite"])
def test_a_second_run_on_a_locked_output_is_refused_and_changes_nothing(tmp_path, capsys, mode):
    source = write_jsonl(tmp_path / "rows.jsonl", cohort(3))
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "r01", "text": "kept"}\n')
    before = (out.read_bytes(), os.stat(out).st_mtime_ns)
    with open(out, "rb") as held:  # what a first run holds for as long as it runs
        fcntl.flock(held, fcntl.LOCK_EX)
        code = main(["batch", str(source), "--out", str(out), "--provider", "template", mode])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "being written by another batch run" in err
    assert (out.read_bytes(), os.stat(out).st_mtime_ns) == before


def test_two_real_runs_on_one_output_draft_each_row_once(tmp_path, capsys):
    rows = 8
    source = write_jsonl(tmp_path / "rows.jsonl", cohort(rows))
    out = tmp_path / "out.jsonl"
    server = NoteServer(latency=0.15)
    with serving(server) as url:
        command = [sys.executable, "-m", "composer", "batch", str(source), "--out", str(out)]
        command += ["--provider", "openai", "--base-url", url, "--concurrency", "1"]
        first = subprocess.Popen(command, env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while (not out.exists() or out.read_bytes().count(b"\n") < 1) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert first.poll() is None, "the first run ended before the second started"
        for mode in ("--resume", "--overwrite"):
            code = main(
                ["batch", str(source), "--out", str(out), "--provider", "openai", "--base-url", url, mode]
            )
            assert code == 2 and "being written by another batch run" in capsys.readouterr().err
        assert first.wait(timeout=120) == 0, first.stderr.read().decode()
        first.stderr.close()
    ids = [r["id"] for r in lines(out)]
    assert sorted(ids) == [f"r{i:02d}" for i in range(1, rows + 1)]  # each row once
    assert server.requests == rows  # and paid for once


def test_a_run_that_cannot_start_leaves_no_empty_output_behind(tmp_path, capsys):
    source = write_jsonl(tmp_path / "rows.jsonl", cohort(2))
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "--out", str(out), "--provider", "openai"]) == 3  # no key
    assert "No API key" in capsys.readouterr().err and not out.exists()


# ---------------------------------------------------------------- item 3: resume redrafts the rows that failed


def good(messages, ctx):
    return note(ctx.first_name, ctx.topics[0], ctx.role, ctx.company)


def test_resume_drafts_again_the_rows_that_ended_in_an_error_and_keeps_one_line_per_id(tmp_path, capsys):
    def storm(messages, ctx):
        if ctx.first_name in ("Mei", "Anna"):
            raise ProviderError("Still rate limited after 4 tries (HTTP 429: slow down): try again later")
        return good(messages, ctx)

    source = write_jsonl(tmp_path / "rows.jsonl", cohort(6))
    out = tmp_path / "out.jsonl"
    first = run_batch(str(source), out, provider=FakeProvider(storm))
    assert first.exit_code == 1 and first.summary.errors == 2
    again = FakeProvider(good)
    second = run_batch(str(source), out, provider=again, resume=True)
    assert second.exit_code == 0 and second.summary.errors == 0 and second.summary.skipped == 4
    assert {c.first_name for c in again.contexts} == {"Mei", "Anna"}  # only the rows that failed
    records = lines(out)
    assert sorted(r["id"] for r in records) == [f"r{i:02d}" for i in range(1, 7)]  # one line per id
    assert all(r["passed"] for r in records)
    assert not list(tmp_path.glob(".*compacting*"))


def test_a_wrong_key_stops_the_whole_batch_with_exit_3(tmp_path, capsys):
    server = NoteServer(status_for=lambda n: (401, {}))
    source = write_jsonl(tmp_path / "rows.jsonl", cohort(6))
    out = tmp_path / "out.jsonl"
    with serving(server) as url:
        argv = ["batch", str(source), "--out", str(out), "--provider", "openai", "--base-url", url]
        code = main([*argv, "--concurrency", "1"])
    err = capsys.readouterr().err
    assert code == 3, err
    assert len(err.strip().splitlines()) == 1 and "401" in err
    assert server.requests == 1  # no other row was tried
    assert not out.exists() or not any("error" in r for r in lines(out))  # nothing to resume wrongly


def test_a_key_that_may_not_use_the_model_stops_the_batch_too(tmp_path, capsys):
    server = NoteServer(status_for=lambda n: (403, {}))
    with serving(server) as url:
        source = write_jsonl(tmp_path / "rows.jsonl", cohort(4))
        argv = ["batch", str(source), "--out", str(tmp_path / "o.jsonl"), "--provider", "openai"]
        code = main([*argv, "--base-url", url, "--concurrency", "1"])
    assert code == 3 and "403" in capsys.readouterr().err
    assert server.requests == 1
