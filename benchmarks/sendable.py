"""Sendable rate, false accepts and false rejects of the guardrails on the labelled set (issue 9).

    python benchmarks/sendable.py          # the tables, by split, generator and kind
    python benchmarks/sendable.py -v       # and every false accept / false reject, with its id
    python benchmarks/sendable.py --file OTHER.yaml
    python benchmarks/sendable.py --split dev -v   # one split only: tune rules on dev, never look at test
    python benchmarks/sendable.py --split dev --ignore grounding.unsafe_topic   # as if that rule did not exist
    python benchmarks/sendable.py --split dev --by-rule    # how many rejects, edits and sends each rule fails
    python benchmarks/sendable.py --wave 2 --split dev     # one wave of interviews only (default: every wave)

No model and no network: it re-runs `check_message` on the stored texts of benchmarks/sendable_set.yaml
(messages really produced by the project's generators, labelled send / edit / reject against
benchmarks/sendable_rubric.md). For each group it prints:

- n, and how many are labelled send / edit / reject;
- sendable: labelled send / n (the quality of what the generator printed, whatever the checks say);
- passed: how many pass every check today;
- false accepts: labelled reject but passing every check (count, and % of the rejects);
- false rejects: labelled send but failing a check (count, and % of the sends).

Groups: all; each generator, and each generator by kind; "local first drafts (raw model)": the bundled
model's first attempts (the `local_first_draft` items, and the `local` items whose first attempt was kept),
where the false accepts on raw model output show, not only on what the loop printed; each kind.

The test split is kept aside, to be reported once at the end of the work; it is printed here too. The last
line is the summary of the dev split.

Items not labelled yet (`label` empty: a new wave waiting for its labeller) are left out before any check
runs on them, so labelling stays blind; their number is printed as "unlabelled". An item without `wave` is
wave 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

SET = HERE / "sendable_set.yaml"
KINDS = ("connection_note", "follow_up", "thank_you_email")
GENERATORS = ("local", "local_first_draft", "server_chat", "template")


@dataclass
class Row:
    item: dict
    passed: bool
    failed: list[str] = field(default_factory=list)


@dataclass
class Tally:
    n: int = 0
    send: int = 0
    edit: int = 0
    reject: int = 0
    passed: int = 0
    false_accepts: list[Row] = field(default_factory=list)
    false_rejects: list[Row] = field(default_factory=list)

    @classmethod
    def of(cls, rows: Iterable[Row]) -> Tally:
        t = cls()
        for row in rows:
            label = row.item["label"]
            t.n += 1
            setattr(t, label, getattr(t, label) + 1)
            t.passed += row.passed
            if label == "reject" and row.passed:
                t.false_accepts.append(row)
            if label == "send" and not row.passed:
                t.false_rejects.append(row)
        return t


def is_first_draft(item: dict) -> bool:
    """The bundled model's first attempt: a `local_first_draft`, or a `local` text that passed at once."""
    return item["generator"] == "local_first_draft" or (
        item["generator"] == "local" and item.get("attempts") == 1
    )


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} = {pct(part, whole)}" if whole else f"{part}/0"


def line(name: str, t: Tally) -> str:
    return (
        f"  {name:40s} {t.n:4d} {t.send:5d} {t.edit:5d} {t.reject:6d}   {pct(t.send, t.n):>5s}  {t.passed:6d}"
        f"   {ratio(len(t.false_accepts), t.reject):>14s}   {ratio(len(t.false_rejects), t.send):>14s}"
    )


def summary(split: str, t: Tally) -> str:
    return (
        f"{split}: sendable {pct(t.send, t.n)} | false accepts {ratio(len(t.false_accepts), t.reject)} of "
        f"rejects | false rejects {ratio(len(t.false_rejects), t.send)} of sends"
    )


def report(rows: list[Row], split: str, verbose: bool) -> Tally:
    mine = [r for r in rows if r.item["split"] == split]
    total = Tally.of(mine)
    print(f"\n== {split} split: {total.n} messages ==")
    print(
        f"  {'group':40s} {'n':>4s} {'send':>5s} {'edit':>5s} {'reject':>6s}   {'sendable':>5s} {'passed':>6s}"
        f"   {'false accepts':>14s}   {'false rejects':>14s}"
    )
    print(line("all", total))
    for generator in GENERATORS:
        of_gen = [r for r in mine if r.item["generator"] == generator]
        if not of_gen:
            continue
        print(line(generator, Tally.of(of_gen)))
        for kind in KINDS:
            of_kind = [r for r in of_gen if r.item["kind"] == kind]
            if of_kind:
                print(line(f"  {generator} / {kind}", Tally.of(of_kind)))
    raw = [r for r in mine if is_first_draft(r.item)]
    print(line("local first drafts (raw model)", Tally.of(raw)))
    for kind in KINDS:
        print(line(f"  first drafts / {kind}", Tally.of(r for r in raw if r.item["kind"] == kind)))
    for kind in KINDS:
        print(line(f"kind {kind}", Tally.of(r for r in mine if r.item["kind"] == kind)))
    if verbose:
        for title, group in (("false accepts", total.false_accepts), ("false rejects", total.false_rejects)):
            print(f"  {title} ({len(group)}):")
            for row in group:
                item = row.item
                print(f"  - {item['id']} [{', '.join(item['breaks'])}] {item['why']}")
                print(f"      {item['text']!r}")
                if row.failed:
                    print(f"      failed: {', '.join(row.failed)}")
    return total


def by_rule(rows: list[Row]) -> None:
    """Each failing rule, with how many messages of each label it fails (a rule that fails sends costs)."""
    counts: dict[str, dict[str, int]] = {}
    for row in rows:
        for rule in dict.fromkeys(row.failed):
            tally = counts.setdefault(rule, {"reject": 0, "edit": 0, "send": 0})
            tally[row.item["label"]] += 1
    print(f"\n  {'rule':40s} {'rejects':>7s} {'edits':>5s} {'sends':>5s}   (messages each rule fails)")
    for rule, tally in sorted(counts.items()):
        print(f"  {rule:40s} {tally['reject']:7d} {tally['edit']:5d} {tally['send']:5d}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every false accept and reject")
    parser.add_argument("--file", type=Path, default=SET)
    parser.add_argument(
        "--split",
        choices=("dev", "test", "all"),
        default="all",
        help="report one split only (tune on dev; test is measured once, at the end)",
    )
    parser.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="RULE",
        help="count a failure of this rule as a pass (repeatable): what a rule adds, measured",
    )
    parser.add_argument("--by-rule", action="store_true", help="per rule: the rejects, edits, sends it fails")
    parser.add_argument("--wave", default="all", help="one wave of interviews only, by number (default: all)")
    args = parser.parse_args(argv)

    from guardrails import check_message

    splits = ("test", "dev") if args.split == "all" else (args.split,)
    chosen = [
        i
        for i in yaml.safe_load(args.file.read_text(encoding="utf-8"))
        if i["split"] in splits and args.wave in ("all", str(i.get("wave", 1)))
    ]
    # Unlabelled items are set aside before check_message sees them: their verdicts stay unknown.
    items = [i for i in chosen if i.get("label")]
    unlabelled = len(chosen) - len(items)
    if unlabelled:
        print(f"{unlabelled} unlabelled items left out (not checked)")
    rows = []
    for item in items:
        result = check_message(item["text"], item["context"])
        failed = [r.rule for r in result.errors if r.rule not in args.ignore]
        rows.append(Row(item, not failed, failed))
    print(
        f"{args.file.name}: {len(rows)} messages; sendable = labelled send / n; false accepts: labelled reject"
    )
    print("but passing every check (% of rejects); false rejects: labelled send but failing one (% of sends)")
    changed = sum(1 for r in rows if r.item.get("passed_at_labelling") not in (None, r.passed))
    if changed:
        print(f"{changed} messages get another verdict than when they were labelled (passed_at_labelling)")
    totals = {split: report(rows, split, args.verbose) for split in splits}
    if args.by_rule:
        by_rule(rows)
    print()
    for split in splits:
        print(summary(split, totals[split]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
