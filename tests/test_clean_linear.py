"""The cleaner runs on every reply of every attempt: its time must grow linearly with the reply's length.

Issue 14, item 5: a reply of 3,000 spaces took 29 s to clean (the trailing "[Your Name]" pattern
backtracked), 6,000 took 229 s. These tests assert no time: each compares the cleaner with itself on the
same kind of text at two lengths, ten times apart, and fails when the longer takes more than 30 times as
long (linear work takes about 10 times; quadratic 100; cubic 1,000). The absolute figures, 1k to 1M
characters, are printed by benchmarks/cleaner_speed.py.
"""

from __future__ import annotations

import time

import pytest

from composer.clean import MAX_REPLY_CHARS, clean_draft

SHORT, LONG = 100, 1_000  # small enough that a cubic cleaner fails in seconds, not hours
GROWTH = 30  # the most the time may grow from SHORT to LONG characters
REPEATS = 7  # the best of several runs: a busy machine only ever makes a run slower

# Each makes a reply of about n characters built to make a backtracking pattern try every split of it.
CRAFTED = {
    "spaces": lambda n: "Hi" + " " * n + "x",
    "spaces before a name slot": lambda n: "Hi" + " " * n + "-[Your Name]x",
    "tabs and spaces": lambda n: "Hi" + " \t" * (n // 2) + "x",
    "empty lines": lambda n: "Hi" + "\n" * n + "x",
    "empty lines then a bracket": lambda n: "Hi" + "\n" * n + "(",
    "spaced empty lines": lambda n: "Hi" + "\n " * (n // 2) + "x",
    "an open fence": lambda n: "```\n" + "\n" * n + "x",
    "sure and spaces": lambda n: "Sure." + " " * n + "x",
    "chatter then spaces": lambda n: "Hi\n\nLet me know if" + " " * n + "\nx\n\ny",
    "chatter paragraphs": lambda n: "Hi" + "\n\nlet me know if x" * (n // 17) + "\n\nz",
    "asterisks": lambda n: "*" * n,
    "bold openers": lambda n: "**a" * (n // 3),
    "brackets": lambda n: "[" * n + "]",
    "quote markers": lambda n: "> " * (n // 2),
}


def _best_time(text: str, hopeless: float = float("inf")) -> float:
    """The best of REPEATS runs; after one run slower than `hopeless`, that run (no use waiting for more)."""
    best = float("inf")
    for _ in range(REPEATS):
        started = time.perf_counter()
        clean_draft(text, "Lee Wong")
        best = min(best, time.perf_counter() - started)
        if best > hopeless:
            break
    return best


@pytest.mark.parametrize("name", list(CRAFTED))
def test_cleaning_time_grows_linearly_with_the_reply(name):
    make = CRAFTED[name]
    short = max(_best_time(make(SHORT)), 1e-6)
    long = _best_time(make(LONG), hopeless=10 * GROWTH * short)
    assert long <= GROWTH * short, (
        f"{name}: {LONG} characters took {long / short:.0f} times as long as {SHORT}"
    )


def test_a_reply_is_cleaned_only_up_to_the_cap():
    """No message is 20,000 characters long: a longer reply is cut before the cleaner looks at it."""
    reply = "Hi Ana, thank you. " * 60_000  # 1.1 MB
    cleaned = clean_draft(reply)
    assert len(cleaned) <= MAX_REPLY_CHARS
    assert reply.startswith(cleaned)


def test_a_long_run_of_spaces_before_a_name_slot_is_still_cleaned():
    assert clean_draft("Thanks, Ana." + " " * 3_000 + "- [Your Name]") == "Thanks, Ana."
    assert (
        clean_draft("Thanks, Ana." + " " * 3_000 + "- [Your Name]", "Lee")
        == "Thanks, Ana." + " " * 3_000 + "- Lee"
    )
