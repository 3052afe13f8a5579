"""Cleaning a model's reply: what models wrap around a note is removed before the checks."""

from __future__ import annotations

import pytest

from composer.clean import clean_draft

NOTE = "Hi Ana, thank you for your time. I enjoyed our talk about dbt tests."

CASES = [
    (NOTE, NOTE),
    (f'"{NOTE}"', NOTE),
    (f"\u201c{NOTE}\u201d", NOTE),
    (f"Here's your note:\n\n{NOTE}", NOTE),
    (f"Sure! Here is a LinkedIn connection note for Ana:\n\n\"{NOTE}\"", NOTE),
    (f"**Note:** {NOTE}", NOTE),
    (f"Connection note (68 characters):\n{NOTE}", NOTE),
    (f"```\n{NOTE}\n```", NOTE),
    (f"```text\n{NOTE}\n```", NOTE),
    ("Hi **Ana**, thank you for your *time*. I enjoyed our talk about `dbt tests`.", NOTE),
    (f"> {NOTE}", NOTE),
    (f"{NOTE}\n\n(68 characters)", NOTE),
    (f"{NOTE}\n\nCharacter count: 68", NOTE),
    (f"{NOTE}\n\nLet me know if you'd like a shorter version!", NOTE),
    (f"{NOTE}\n\nBest,\n[Your Name]", f"{NOTE}\n\nBest,"),
    (f"{NOTE} [Your Name]", NOTE),
    (f"{NOTE} \u2014 [Your Name]", NOTE),
    (f"{NOTE}\n\n{{Your Name}}", NOTE),
    ("Subject: Thank you\n\nDear Ana,\n\nThanks.\n\nBest regards,\n[Your Name]",
     "Subject: Thank you\n\nDear Ana,\n\nThanks.\n\nBest regards,"),
    (f"```\n{NOTE}\n```\nLet me know.\n```", f"{NOTE}\n```\nLet me know."),
    (f"```md note\n{NOTE}\n```", f"```md note\n{NOTE}\n```"),
    (f"{NOTE}\n \t\nlet me know whether it works\n \nGood luck.", NOTE),
    (f"{NOTE}\n\nNote:\n\nIt is 68 characters.", NOTE),
    (f"{NOTE}\n\nLet me know if it helps.\n\nBest,", f"{NOTE}\n\nLet me know if it helps.\n\nBest,"),
    (f"{NOTE}\n\n\n\n(68 characters).", NOTE),
    (f"{NOTE}\u2014[Name]", NOTE),
    (f"{NOTE} [Name] [Your Name]", f"{NOTE} [Name]"),
]  # fmt: skip


@pytest.mark.parametrize(("reply", "expected"), CASES)
def test_clean(reply, expected):
    assert clean_draft(reply) == expected


def test_signature_placeholder_becomes_the_candidates_name():
    assert clean_draft(f"{NOTE}\n\nBest,\n[Your Name]", "Lee Wong") == f"{NOTE}\n\nBest,\nLee Wong"
    assert clean_draft(f"{NOTE} - [Your Name]", "Lee Wong") == f"{NOTE} - Lee Wong"


def test_text_that_only_looks_like_wrapping_is_kept():
    kept = "Hi Ana, here is what stayed with me: your point on dbt tests. Thank you for your time."
    assert clean_draft(kept) == kept
    slot = "Hi [Name], thank you for your time."  # a slot inside the note is the guardrails' to catch
    assert clean_draft(slot) == slot


def test_chatter_is_only_a_last_paragraph():
    email = "Dear Ana,\n\nI hope this email finds you well. Thank you for the interview.\n\nBest regards,"
    assert clean_draft(email) == email
    follow_up = "Hi Ana, thank you for connecting. Let me know if the article on dbt tests is useful."
    assert clean_draft(follow_up) == follow_up
    assert clean_draft(f"{NOTE}\n\nI hope this helps!\nGood luck.") == NOTE


def test_empty_reply_stays_empty():
    assert clean_draft("   \n ") == ""
