"""How long the journal's commands take on a busy candidate's journal: `next` (every interviewer's plan and
history) and one recorded send (a write transaction, committed to disk), as medians over repeats.

python benchmarks/journal_speed.py [INTERVIEWS]   (default 100 interviews of 3 interviewers)
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

from composer.journal import service
from composer.journal.store import open_journal

START = dt.date(2026, 5, 1)
VIBES = ("positive", "neutral", "negative")


def _panel_file(folder: Path, interviews: int) -> Path:
    lines = []
    for n in range(interviews):
        day = START + dt.timedelta(days=n % 20)
        lines += [f"- interview_date: {day}", f"  role: Role {n}", "  company: Acme", "  interviewers:"]
        for k in range(3):
            lines += [
                f"    - name: Person {n}-{k}",
                f"      vibe: {VIBES[(n + k) % 3]}",
                "      topics: [data]",
            ]
            if k == 1:
                lines.append(f"      decision_by: {day + dt.timedelta(days=10)}")
    path = folder / "interviews.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _median_ms(action, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        action()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main(interviews: int = 100) -> None:
    with tempfile.TemporaryDirectory() as folder, open_journal(Path(folder) / "journal.sqlite3") as journal:
        added = service.add_interviews(journal, str(_panel_file(Path(folder), interviews)))
        first = added[0]["interviewers"][0]["id"]
        for interview in added[::2]:  # half the panels thanked
            for person in interview["interviewers"]:
                service.record_sent(journal, person["id"], "thank_you_email", START + dt.timedelta(days=20))
        today = START + dt.timedelta(days=22)
        items = service.due(journal, today)
        next_ms = _median_ms(lambda: service.due(journal, today), 5)
        sent_ms = _median_ms(lambda: service.record_sent(journal, first, "follow_up", today), 20)
    people = interviews * 3
    print(f"journal of {interviews} interviews, {people} interviewers: next lists {len(items)} items")
    print(f"next: median {next_ms:.1f} ms ({next_ms / people * 1000:.0f} us per interviewer)")
    print(f"sent (one write transaction, WAL): median {sent_ms:.2f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
