"""Length: LinkedIn cuts a connection note at 200 characters (free) or 300 (Premium), and a note too short
cannot carry a greeting, thanks and a topic. Counted conservatively, as a browser's counter would."""

from __future__ import annotations

from collections.abc import Iterator

from guardrails.email import parse_email
from guardrails.facts import Facts
from guardrails.rule import Finding, Rule
from guardrails.text import MAX_CHECKED_CHARS, Draft
from guardrails.vocabulary import (
    AFTER_OFFER,
    AFTER_REJECTION,
    CONNECTION_NOTE,
    FOLLOW_UP,
    PREMIUM,
    THANK_YOU_EMAIL,
)

MIN_CHARS = {CONNECTION_NOTE: 60, FOLLOW_UP: 80, AFTER_REJECTION: 60, AFTER_OFFER: 60}
EMAIL_WORDS = (70, 230)  # aim 80-200 words; rejected only outside this margin


def count(text: str) -> tuple[int, int, int]:
    """(conservative count, Unicode code points, UTF-16 code units): an emoji is 2 in a browser."""
    return Draft(text).count


def _describe(counted: tuple[int, int, int]) -> tuple[int, str]:
    n, points, units = counted
    if points == units:
        return n, f"{n} characters"
    return (
        n,
        f"{n} characters as LinkedIn's counter sees them ({units} UTF-16 code units, {points} code points)",
    )


def over_limit(draft: Draft, facts: Facts) -> Iterator[Finding]:
    if facts.limit is None:
        return
    n, said = _describe(draft.count)
    if n > facts.limit:
        tier = "Premium" if facts.context.account == PREMIUM else "free-account"
        yield Finding(
            f"Note is {said}; the {tier} limit is {facts.limit}.",
            f"Cut at least {n - facts.limit} characters so the note is at most {facts.limit}: keep the "
            "greeting, the thanks and one topic, and drop everything else.",
        )


def too_short(draft: Draft, facts: Facts) -> Iterator[Finding]:
    minimum = MIN_CHARS.get(facts.kind)
    if minimum is None:
        return
    n, said = _describe(count(draft.text.strip()))
    if n < minimum:
        yield Finding(
            f"Note is {said}; about {minimum} are needed to carry a greeting, thanks and a topic.",
            f"Write at least {minimum - n} more characters: greet {facts.context.first_name} by name, thank "
            "them, and mention one thing you discussed.",
        )


def email_body_words(draft: Draft, facts: Facts) -> Iterator[Finding]:
    if draft.beyond:  # past the cap: far too long, however few its words
        n, said = _describe(draft.count)
        yield Finding(
            f"Email is {said}; a thank-you email runs about 80-200 words (the checks read only the first "
            f"{MAX_CHECKED_CHARS:,} characters).",
            "Cut the email to about 80-200 words: keep the thanks, one or two specifics and your interest.",
        )
        return
    words = len(parse_email(draft.text).body.split())
    low, high = EMAIL_WORDS
    if words < low:
        yield Finding(
            f"Email body is {words} words; a thank-you email runs about 80-200.",
            f"Add about {80 - words} words: thank them, recall one or two specifics from the interview, and "
            "restate your interest in the role.",
        )
    elif words > high:
        yield Finding(
            f"Email body is {words} words; a thank-you email runs about 80-200.",
            f"Cut about {words - 200} words: keep the thanks, one or two specifics and your interest.",
        )


# the kinds LinkedIn counts in characters (a post comment: guardrails.post_comment)
NOTE_KINDS = frozenset({CONNECTION_NOTE, FOLLOW_UP, AFTER_REJECTION, AFTER_OFFER})
OVER_LIMIT = Rule("length.over_limit", "length", "error", over_limit, kinds=NOTE_KINDS)
TOO_SHORT = Rule("length.too_short", "length", "error", too_short, kinds=NOTE_KINDS)
EMAIL_BODY_WORDS = Rule(
    "length.email_body_words", "length", "error", email_body_words, kinds=frozenset({THANK_YOU_EMAIL})
)
RULES = [OVER_LIMIT, TOO_SHORT, EMAIL_BODY_WORDS]
