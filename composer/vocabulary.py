"""The words the composer's interfaces accept, written once: kinds of message and accounts, output and
input formats, prompt styles and the send plan's choices, each a tuple of its values in the order
`--help` lists them.

A leaf module (it imports only `guardrails.vocabulary`, which imports nothing and loads none of the rules),
so the command line builds its choices from it and `--help` stays fast. A pydantic model that needs one of these sets as a type writes `Literal[VIBES]`.

Providers are not a closed set: they are a registry (`composer.providers.provider_names()`), and `AUTO`
is the choice that picks one of them.
"""

import difflib
from collections.abc import Iterable

# The kinds of message and the accounts are the guardrails' own, which the rules are keyed by.
from guardrails.vocabulary import (
    ACCOUNTS,
    AFTER_OFFER,
    AFTER_REJECTION,
    CONNECTION_NOTE,
    CONNECTION_REQUEST,
    FOLLOW_UP,
    FREE,
    KINDS,
    POST_COMMENT,
    PREMIUM,
    SENT_KINDS,
    STATUS_CHECK,
    THANK_YOU_EMAIL,
)

# `--format` of check, draft and plan; batch prints its rows at the end in one of its own.
OUTPUT_FORMATS = ("text", "json")
BATCH_FORMATS = ("text", "csv", "markdown", "json")

# The files `batch` reads, by name (`--input-format`) and by file suffix.
INPUT_FORMATS = ("csv", "json", "jsonl", "yaml")
INPUT_SUFFIXES = {
    ".csv": "csv",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".yaml": "yaml",
    ".yml": "yaml",
}

# A chat for capable models, or the few-shot completion document the small bundled model continues.
PROMPT_STYLES = ("chat", "completion")

# `--max-attempts` when not given: the attempts at a message in total, the first draft included.
DEFAULT_MAX_ATTEMPTS = 4

AUTO = "auto"  # --provider: openai with a key, else the local model when installed, else template

# The send plan: what the candidate says about the interview, and what the plan answers.
VIBES = ("positive", "neutral", "negative")
FORMALITIES = ("formal", "casual")
CULTURES = ("encouraged", "neutral", "conservative", "unknown")
OUTCOMES = ("none", "offer", "rejected")
PLAN_CHOICES = {"vibe": VIBES, "formality": FORMALITIES, "culture": CULTURES, "outcome": OUTCOMES}
ACTIONS = ("connect", "wait", "hold_off")
ALTERNATIVES = ("thank_you_email", "engage_with_posts")

# The journal: what a candidate records having sent (the guardrails' SENT_KINDS: the kinds of message, a
# request without a note), and how an interview ended.
SEND_KINDS = SENT_KINDS
JOURNAL_OUTCOMES = ("offer", "rejected", "withdrawn")

# A result: who wrote the text, and why the loop stopped.
SOURCES = ("llm", "fallback", "template")
STOP_REASONS = ("passed", "max_attempts")


def normal_word(value: str) -> str:
    """A word as people write it ('Follow-Up ', 'Premium') in the form the vocabularies use ('follow_up')."""
    return value.strip().lower().replace("-", "_")


def did_you_mean(value: object, choices: Iterable[object], *, quote: bool = True) -> str:
    """A hint for a near miss of one of `choices` (difflib), to end an error line with: "; did you mean
    'premium'?" (`quote=False`: "; did you mean --account?"), or '' when nothing is near."""
    if not isinstance(value, str):
        return ""
    names = [str(c) for c in choices]
    by_normal = {normal_word(n): n for n in names}
    close = difflib.get_close_matches(normal_word(value), list(by_normal), n=1, cutoff=0.6)
    if not close:
        return ""
    match = by_normal[close[0]]
    return f"; did you mean {match!r}?" if quote else f"; did you mean {match}?"


__all__ = [
    "ACCOUNTS",
    "ACTIONS",
    "AFTER_OFFER",
    "AFTER_REJECTION",
    "ALTERNATIVES",
    "AUTO",
    "BATCH_FORMATS",
    "CONNECTION_REQUEST",
    "CONNECTION_NOTE",
    "CULTURES",
    "FOLLOW_UP",
    "FORMALITIES",
    "FREE",
    "INPUT_FORMATS",
    "INPUT_SUFFIXES",
    "JOURNAL_OUTCOMES",
    "KINDS",
    "OUTCOMES",
    "OUTPUT_FORMATS",
    "PLAN_CHOICES",
    "POST_COMMENT",
    "PREMIUM",
    "PROMPT_STYLES",
    "SEND_KINDS",
    "SOURCES",
    "STATUS_CHECK",
    "STOP_REASONS",
    "THANK_YOU_EMAIL",
    "VIBES",
    "did_you_mean",
    "normal_word",
]
