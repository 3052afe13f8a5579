"""Agreement of `check_message` with labelled notes (pass/fail as a career adviser would judge them).

    python benchmarks/labelled_agreement.py [FILE.yaml ...]

Each set was written by someone who had not read the rules, from public career-advice pages (each item names
its source): labelled_notes.yaml (120), heldout_notes.yaml (100), heldout2_notes.yaml (80). The rules were
tuned on the first two after measuring them; heldout2 was measured before any change made for it (91.2%).
Prints the agreement, the confusion counts and every disagreement with the rules that decided it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from guardrails import check_message

HERE = Path(__file__).parent


SETS = ("labelled_notes.yaml", "heldout_notes.yaml", "heldout2_notes.yaml")


def main(argv: list[str]) -> None:
    for path in [Path(a) for a in argv] or [HERE / name for name in SETS]:
        measure(path)


def measure(path: Path) -> None:
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    confusion = {("pass", True): 0, ("pass", False): 0, ("fail", True): 0, ("fail", False): 0}
    misses = []
    for item in items:
        report = check_message(item["note"], item["context"])
        confusion[(item["label"], report.passed)] += 1
        if (item["label"] == "pass") != report.passed:
            misses.append((item, report))
    agree = confusion[("pass", True)] + confusion[("fail", False)]
    print(f"{path.name}: {len(items)} notes, agreement {agree}/{len(items)} = {agree / len(items):.1%}")
    print(f"  good notes passed {confusion[('pass', True)]}, good notes failed {confusion[('pass', False)]}")
    print(f"  bad notes failed {confusion[('fail', False)]}, bad notes passed {confusion[('fail', True)]}")
    for item, report in misses:
        print(f"- {item['id']} (label {item['label']}): {item['note']!r}")
        print(f"    why: {item.get('why', '')}")
        for r in report.errors:
            print(f"    {r.rule}: {r.message}")


if __name__ == "__main__":
    main(sys.argv[1:])
