"""Memory and time to the first line of `batch` (issue 14): a batch must stream, in flat memory.

Each run is `python -m composer batch INPUT --out OUT` in a subprocess, watched from here: its resident
memory (VmRSS, from /proc) and the lines in OUT are sampled every 50 ms. Printed for each run: the time to
the first line (wall clock, and the CPU time the batch had used by then: on a busy host the second is the
steadier), the total time, the resident memory once the first line is out and when 25/50/75/100% of the
lines are, the peak (VmHWM, the kernel's high-water mark), and the growth per row from a quarter of the lines
to three quarters (flat: about 0 KiB a row).

    .venv/bin/python benchmarks/batch_memory.py                       # all three runs, full size
    .venv/bin/python benchmarks/batch_memory.py --local-rows 200      # fewer local rows (about 1 s a row)
    .venv/bin/python benchmarks/batch_memory.py --only template-100k
    .venv/bin/python benchmarks/batch_memory.py --only template-100k --first-line-only   # seconds, not minutes

Runs: `local` (the bundled model, --local-rows, default 1,000: it needs the `local` extra), `template-100k`
(--template-rows separate interviews, default 100,000, template provider) and `single-company` (1,000 rows
for one company and role, template provider: a cohort, as a career coach's batch).

`--local-loop N` measures the mechanism alone, in this process, quicker than a batch: N one-token
completions of the bundled model called bare, then N through the local provider's generation (a full
collection every COLLECT_EVERY), and the resident memory each left behind, in KiB per completion.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST = ("Sofía", "Raj", "Mei", "Tom", "Anna", "Kofi", "Lena", "Omar")
LAST = ("Martínez", "Patel", "Chen", "Okafor", "Berg", "Mensah", "Novak", "Haddad")
TOPICS = ("migrating batch jobs to Kafka", "data contracts", "on-call rotations", "schema evolution")


def rows(n: int, *, one_company: bool) -> list[dict]:
    return [
        {
            "id": f"r{i:06d}",
            "interviewer_name": f"{FIRST[i % 8]} {LAST[(i // 8) % 8]}",
            "role": "Data Engineer",
            "company": "Acme" if one_company else f"Company {i}",
            "topics": [TOPICS[i % 4]],
        }
        for i in range(n)
    ]


def _status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of a process, in KiB (empty once it has exited)."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    out = {}
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0])
    return out


def _cpu_seconds(pid: int) -> float:
    """The CPU time a process has used so far (user and system), in seconds: on a busy host, the work done
    by a moment, which the wall-clock time to it is not."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def _lines(path: Path) -> int:
    try:
        with path.open("rb") as f:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    except FileNotFoundError:
        return 0


def watch(name: str, data: list[dict], provider: str, folder: Path, first_line_only: bool = False) -> dict:
    source = folder / f"{name}.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), encoding="utf-8")
    out = folder / f"{name}.out.jsonl"
    command = [
        sys.executable,
        "-m",
        "composer",
        "batch",
        str(source),
        "--out",
        str(out),
        "--provider",
        provider,
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    n = len(data)
    marks = {"first line": 1, "25%": n // 4, "50%": n // 2, "75%": 3 * n // 4, "100%": n}
    seen: dict[str, tuple[float, int]] = {}
    peak = rss = 0
    first_cpu = 0.0
    size_every = 0  # counting 100,000 lines every 50 ms costs more than the batch: every 10th sample then
    while proc.poll() is None:
        status = _status(proc.pid)
        peak = max(peak, status.get("VmHWM", 0))
        rss = status.get("VmRSS", rss)
        size_every += 1
        if len(seen) < len(marks) and (n < 20_000 or size_every % 10 == 0 or "first line" not in seen):
            done = _lines(out)
            for mark, at in marks.items():
                if mark not in seen and done >= at:
                    seen[mark] = (time.perf_counter() - started, status.get("VmRSS", 0))
                    if mark == "first line":
                        first_cpu = _cpu_seconds(proc.pid)
                        if first_line_only:
                            proc.kill()  # our own child: the rest of the run is not measured
        time.sleep(0.05)
    total = time.perf_counter() - started
    if "100%" not in seen and _lines(out) >= n:  # it ended between two samples: its last resident memory,
        seen["100%"] = (total, rss)  # maybe taken as it exited (the growth is measured up to 75%)
    stderr = proc.stderr.read().decode(errors="replace").strip().splitlines()
    return {
        "run": name, "rows": n, "exit": proc.returncode, "total_s": round(total, 2), "peak_mib": peak / 1024,
        "marks": seen, "lines": _lines(out), "summary": stderr[-1] if stderr else "", "first_cpu": first_cpu,
    }  # fmt: skip


def report(result: dict) -> None:
    marks = result["marks"]
    print(
        f"\n{result['run']}: {result['rows']:,} rows, exit {result['exit']}, {result['lines']:,} lines written"
    )
    if "first line" in marks:
        print(
            f"  first line after {marks['first line'][0]:.2f} s ({result['first_cpu']:.2f} s of CPU); total "
            f"{result['total_s']:.2f} s"
        )
    for mark, (at, rss) in marks.items():
        print(f"  {mark:>10}: {at:8.2f} s  RSS {rss / 1024:7.1f} MiB")
    print(f"  peak (VmHWM): {result['peak_mib']:.1f} MiB")
    if "25%" in marks and "75%" in marks and result["rows"] >= 8:
        # From a quarter of the lines to three quarters: past the start (caches filling) and before the end
        # (a process exiting frees memory between two samples).
        rows = 3 * result["rows"] // 4 - result["rows"] // 4
        growth = (marks["75%"][1] - marks["25%"][1]) / max(1, rows)
        print(f"  growth from 25% to 75% of the rows: {growth:.2f} KiB a row")
    print(f"  {result['summary']}")


def _rss_kib() -> int:
    return _status(os.getpid()).get("VmRSS", 0)


def local_loop(n: int) -> None:
    """KiB of resident memory each one-token completion leaves: bare llama-cpp-python, then the provider's."""
    sys.path.insert(0, str(ROOT))
    from composer.providers import local_provider

    llm = local_provider.load_model()
    prompt = "Note: Hi Sofía, thank you for"
    for name, call in (
        ("bare create_completion", lambda: llm.create_completion(prompt, max_tokens=1)),
        ("local provider (collects)", lambda: local_provider._generate(llm, prompt, max_tokens=1)),
    ):
        call()  # warm
        gc.collect()  # start each from a clean heap
        before = _rss_kib()
        started = time.perf_counter()
        for _ in range(n):
            call()
        seconds = time.perf_counter() - started
        grown = _rss_kib() - before
        print(
            f"{name:>26}: {n} completions, RSS +{grown / 1024:.1f} MiB ({grown / n:.1f} KiB each), {seconds:.1f} s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--local-rows", type=int, default=1000)
    parser.add_argument("--template-rows", type=int, default=100_000)
    parser.add_argument("--single-company-rows", type=int, default=1000)
    parser.add_argument("--only", choices=("local", "template-100k", "single-company"), action="append")
    parser.add_argument("--local-loop", type=int, metavar="N", help="only the bare completion loop, N calls")
    parser.add_argument(
        "--first-line-only", action="store_true", help="stop each batch once its first line is out"
    )
    args = parser.parse_args()
    if args.local_loop:
        local_loop(args.local_loop)
        return
    runs = {
        "single-company": (rows(args.single_company_rows, one_company=True), "template"),
        "template-100k": (rows(args.template_rows, one_company=False), "template"),
        "local": (rows(args.local_rows, one_company=False), "local"),
    }
    with tempfile.TemporaryDirectory() as folder:
        for name, (data, provider) in runs.items():
            if args.only and name not in args.only:
                continue
            report(watch(name, data, provider, Path(folder), args.first_line_only))


if __name__ == "__main__":
    main()
