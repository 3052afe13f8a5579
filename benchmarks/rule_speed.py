"""The worst time of every rule, of check_message and of the reply cleaner over crafted texts of 1k to 1M characters.

python benchmarks/rule_speed.py [--sizes 1000,10000,100000,1000000]

Each crafted text repeats what once made a rule slow (issue 14, item 6: `tone.repetition` compared every pair
of places a word came back, a 1 MB note died with MemoryError; "?" + 100k characters took 25 s in the
question pattern of `eagerness.asks_about_decision`), or is random words and characters. Times are CPU time
(time.process_time: a loaded machine steals wall time, not CPU), the best of three runs below 1M characters
and one run at 1M.

- Each rule is timed alone, with the cap lifted (on the whole text, as tests/test_guardrails_linear.py does):
  linear work grows about ten times per row. Its worst crafted text at the largest size is named.
- check_message is timed as called: its rules read the first MAX_CHECKED_CHARS characters and the length is
  counted in full, so 1M characters cost little more than 10k.
- The cleaner (composer.clean.clean_draft) is timed by benchmarks/cleaner_speed.py's crafted replies, as
  called (the loop cuts a reply first) and with that cap lifted.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

import cleaner_speed

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the crafted texts live with the tests

from guardrails import check_message  # noqa: E402
from guardrails.check import RULES  # noqa: E402
from guardrails.facts import facts_for  # noqa: E402
from guardrails.text import MAX_CHECKED_CHARS, Draft  # noqa: E402
from guardrails.vocabulary import KINDS  # noqa: E402
from tests.crafted_texts import CONTEXT, CRAFTED  # noqa: E402

SIZES = (1_000, 10_000, 100_000, 1_000_000)


def _cpu(run, repeats: int) -> float:
    best = float("inf")
    gc.disable()
    try:
        for _ in range(repeats):
            started = time.process_time()
            run()
            best = min(best, time.process_time() - started)
    finally:
        gc.enable()
    return best


def _prepared(text: str) -> Draft:
    draft = Draft(text)
    draft.folded, draft.tokens, draft.count, draft.capitalised  # noqa: B018
    return draft


def rule_times(sizes: tuple[int, ...]) -> dict[str, list[tuple[float, str]]]:
    """For each rule, its worst (seconds, crafted text) at each size, on the whole text (no cap)."""
    facts = {kind: facts_for({**CONTEXT, "kind": kind}) for kind in KINDS}
    rule_facts = [(rule, facts[next(k for k in KINDS if k in rule.kinds)]) for rule in RULES]
    worst: dict[str, list[tuple[float, str]]] = {rule.id: [] for rule in RULES}
    for size in sizes:
        repeats = 1 if size >= 1_000_000 else 3
        per_rule = {rule.id: (0.0, "") for rule in RULES}
        for name, make in CRAFTED.items():
            draft = _prepared(make(size))
            for rule, f in rule_facts:
                took = _cpu(lambda r=rule, f=f, d=draft: list(r.check(d, f)), repeats)
                per_rule[rule.id] = max(per_rule[rule.id], (took, name))
        for rule_id, found in per_rule.items():
            worst[rule_id].append(found)
    return worst


def check_times(sizes: tuple[int, ...]) -> list[tuple[float, str]]:
    """check_message as called (the cap in force): its worst time at each size over the kinds and texts."""
    worst = []
    for size in sizes:
        repeats = 1 if size >= 1_000_000 else 3
        found = (0.0, "")
        for name, make in CRAFTED.items():
            text = make(size)
            for kind in KINDS:
                ctx = {**CONTEXT, "kind": kind}
                found = max(
                    found, (_cpu(lambda t=text, c=ctx: check_message(t, c), repeats), f"{name}, {kind}")
                )
        worst.append(found)
    return worst


def _row(label: str, found: list[tuple[float, str]]) -> str:
    times = "".join(f"{t * 1e3:11.2f}" for t, _ in found)
    return f"{label:<38}{times}   {found[-1][1]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="characters, comma-separated")
    sizes = tuple(int(s) for s in parser.parse_args().sizes.split(","))
    head = "".join(f"{s:>11,}" for s in sizes)
    print(
        f"{len(CRAFTED)} crafted texts per size; CPU ms, worst over them; the worst text at the largest size"
    )
    print(f"\nevery rule, on the whole text (cap lifted)\n{'rule':<38}{head}   worst at {sizes[-1]:,}")
    worst = rule_times(sizes)
    for rule_id in sorted(worst, key=lambda r: -worst[r][-1][0]):
        print(_row(rule_id, worst[rule_id]))
    print(
        f"\ncheck_message as called (rules read {MAX_CHECKED_CHARS:,} characters), worst over the {len(KINDS)} kinds"
    )
    print(_row("check_message", check_times(sizes)))
    print("\nthe reply cleaner (benchmarks/cleaner_speed.py's crafted replies, wall ms, best of 3)")
    cleaner = [cleaner_speed._worst(size) for size in sizes]
    print(_row("clean_draft, as called", cleaner))
    cap = cleaner_speed.clean.MAX_REPLY_CHARS
    lifted = []
    for size in sizes:
        cleaner_speed.clean.MAX_REPLY_CHARS = size + 10
        try:
            lifted.append(cleaner_speed._worst(size))
        finally:
            cleaner_speed.clean.MAX_REPLY_CHARS = cap
    print(_row("clean_draft, cap lifted", lifted))


if __name__ == "__main__":
    main()
