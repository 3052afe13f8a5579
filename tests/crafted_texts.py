"""Texts of about n characters, each built to make some pattern try every start or every split, and the
interview facts they are checked against: for tests/test_guardrails_linear.py and benchmarks/rule_speed.py."""

from __future__ import annotations

import random

CONTEXT = {
    "interviewer_name": "Ana Lima",
    "role": "Data Engineer",
    "company": "Acme",
    "topics": ["migrating batch jobs to Kafka", "dbt tests"],
    "other_names": ["Raj Patel", "Will Chen"],
    "candidate_name": "Lee Wong",
}
NOTE = "Hi Ana, thank you for your time. I enjoyed our talk about migrating batch jobs to Kafka."
_WORDS = (
    "hi ana thank you for the time we discussed was inspiring kafka salary ? . , ! http://a.io www. @ 1 - "
    "Raj I'm i guess keep me posted any updates look forward AMAZING !! subject: dear best regards x.tech "
    "+1 (415) 555 0100 a-b [Name] { } < > :) # 2024-05-01 and the role at Acme"
).split(" ")


def _random_words(n: int) -> str:
    rng = random.Random(n)
    out, size = [], 0
    while size < n:
        word = rng.choice(_WORDS)
        out.append(word)
        size += len(word) + 1
    return " ".join(out)


def _sharing_a_prefix(prefix: str, n: int) -> str:
    """Distinct words that all start alike ('Kafaaaa Kafbaaa ...'): each is compared with the earlier ones."""
    count = n // (len(prefix) + 5)
    return " ".join(prefix + "".join(chr(97 + i // 26**k % 26) for k in range(4)) for i in range(count))


def _random_characters(n: int) -> str:
    rng = random.Random(n)
    alphabet = " \n.?!,:;'\"-@/+()[]{}<>#$0123456789aeiostxAEKR"
    return "".join(rng.choice(alphabet) for _ in range(n))


# Each makes a text of about n characters, built to make some pattern try every start or every split.
CRAFTED = {
    "question marks": lambda n: "?" * n,
    "a question, then no stop": lambda n: "?" + "x" * n,
    "spaces": lambda n: " " * n,
    "line breaks": lambda n: "\n" * n,
    "one short word, repeated": lambda n: "a " * (n // 2),
    "one topic word, repeated": lambda n: "Kafka " * (n // 6),
    "a greeting, then one long word": lambda n: "Hi " + "x" * n,
    "the note, repeated": lambda n: (NOTE + " ") * (n // (len(NOTE) + 1)),
    "verbs with no full stop": lambda n: "we discussed Kafka " * (n // 19),
    "i guess, then spaces": lambda n: "i guess" + " " * n + "x",
    "spaces before a comma": lambda n: "Hi ," + " " * n + "x",
    "a subject with spaces": lambda n: "Subject: x" + " " * n + "y",
    "hyphens before a domain": lambda n: "a-" * (n // 2) + " acme.com",
    "dotted words": lambda n: "a." * (n // 2),
    "digits and dashes": lambda n: "1-" * (n // 2),
    "capitals": lambda n: "ABC " * (n // 4),
    "names sharing three letters": lambda n: _sharing_a_prefix("Kaf", n),
    "long words sharing three letters": lambda n: _sharing_a_prefix("migrat", n),
    "pay and contact asks, repeated": lambda n: "salary range, your email; salary " * (n // 34),
    "random words": _random_words,
    "random characters": _random_characters,
}
