"""How long the command line takes to start: the median wall time over a number of runs, per command.

    .venv/bin/python benchmarks/help_startup.py            # 10 runs
    .venv/bin/python benchmarks/help_startup.py --runs 30

The target for `--help` is under 0.3 s: pydantic, the openai SDK, tenacity and langchain-core are imported
only on the paths that need them, never for --help. Also timed: `draft --help`, a `check` of a short note,
a `plan`, a `draft --provider template` (no model), and bare interpreter start-up for scale; then the
load average, because on a busy machine every figure moves with it. `python -X importtime` shows where
a command's own time goes.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 0.3
FACTS = ["--interviewer", "Ana Lima", "--topic", "dbt tests"]
NOTE = "Hi Ana, thank you for the interview. I enjoyed our talk about dbt tests."
PLAN = ["--interview-date", "2026-05-18", "--vibe", "positive", "--today", "2026-05-19"]


def wall_times(argv: list[str], runs: int) -> list[float]:
    return [wall for wall, _ in timings(argv, runs)]


def timings(argv: list[str], runs: int) -> list[tuple[float, float]]:
    """(wall seconds, CPU seconds: user + system) of each run. On a busy machine the wall time mostly
    measures the wait for a core; the CPU time is the work the command itself does."""
    times = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        times.append((wall, cpu))
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    python = sys.executable
    cases = [
        ("python -m composer --help", [python, "-m", "composer", "--help"]),
        ("python -m composer draft --help", [python, "-m", "composer", "draft", "--help"]),
        ("python -m composer check", [python, "-m", "composer", "check", *FACTS, "--text", NOTE]),
        ("python -m composer plan", [python, "-m", "composer", "plan", *PLAN]),
        (
            "python -m composer draft (template)",
            [python, "-m", "composer", "draft", *FACTS, "--provider", "template"],
        ),
        ("python -c pass (interpreter only)", [python, "-c", "pass"]),
    ]
    wall_times(cases[0][1], 1)  # warm the file cache and __pycache__
    print(f"median wall time, and median CPU time (user + system), over {args.runs} runs ({python}):")
    verdict = 0
    for label, argv in cases:
        runs = timings(argv, args.runs)
        median = statistics.median(wall for wall, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        walls = [wall for wall, _ in runs]
        print(
            f"  {label:36s} {median:6.3f} s   (min {min(walls):.3f}, max {max(walls):.3f})   CPU {cpu:6.3f} s"
        )
        if label == cases[0][0] and median >= TARGET:
            verdict = 1
    print(f"target for --help: under {TARGET} s: {'met' if verdict == 0 else 'NOT met'}")
    print("load average: " + " ".join(Path("/proc/loadavg").read_text().split()[:3]))
    return verdict


if __name__ == "__main__":
    raise SystemExit(main())
