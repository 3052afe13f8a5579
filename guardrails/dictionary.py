"""An English word list (pyspellchecker's), for the words no dictionary holds: the guardrails fail a note that
uses one the facts do not give ('exploration geolgery', grammar.non_word). (Correcting a topic's misspelt
word was tried and left: one letter off, 'liggers' is a slur and 'tandoor' becomes 'tandoori'.)

Read once, on first use; a pure look-up after that (no I/O, no clock).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from guardrails.text import american

# Other British spellings American dictionaries lack: 'programme', 'catalogue', 'travelled', 'licence'.
_BRITISH = ((re.compile(r"mme(?=s?$)"), "m"), (re.compile(r"ogue(?=s?$)"), "og"),
            (re.compile(r"ll(?=ed$|ing$|er$|ers$)"), "l"), (re.compile(r"ence(?=s?$)"), "ense"),
            (re.compile(r"(?<=\w)our(?=\w)"), "or"), (re.compile(r"ould(?=\w)"), "old"))  # fmt: skip
_ENDINGS = tuple("s es ed d ing er ers ly ies ied ful ness ment less ship able".split())
_LONGEST_WORD = 30
_COMMON_WORD = 10_000  # a word this common, one letter off an unknown one, is what the writer meant
_COMMON = 100  # how often a word of a compound is used in the list's source, at least ('walk', 'fail')
_PREFIXES = frozenset(
    "re pre un co non over under sub multi inter cross up out self mis de on in off".split()
)


@lru_cache(maxsize=1)
def _checker() -> Any:
    """pyspellchecker's English checker (160,000 words, American spellings): read once, on first use."""
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)


def _english() -> Any:
    return _checker().word_frequency


@lru_cache(maxsize=8192)
def english_word(word: str) -> bool:
    """A lower-case word an English dictionary holds, in any spelling or with an ending ('colours',
    'programmes', 'rostering'), or two such words run together ('walkthrough', 'failover', 'reframe')."""
    if len(word) > _LONGEST_WORD:  # no English word is this long: never split a run of letters
        return False
    if _listed(word):
        return True
    words = _english()
    return any(
        (word[:i] in _PREFIXES or (i >= 4 and words[word[:i]] >= _COMMON))
        and (
            len(word) - i >= 4 or words[word[i:]] >= _COMMON_WORD <= words[word[:i]]
        )  # 'backend', 'frontend'
        and _listed(word[i:])
        for i in range(2, len(word) - 2)
    )


def _listed(word: str) -> bool:
    words = _english()
    forms = {word, american(word)}
    for pattern, written in _BRITISH:
        forms |= {pattern.sub(written, f) for f in forms}
    for form in list(forms):
        for end in _ENDINGS:
            if form.endswith(end) and len(form) - len(end) >= 3:
                base = form[: -len(end)]
                forms |= {base, base + "e", base + "y", base[:-1] if base[-1:] == base[-2:-1] else base}
    return any(len(f) >= 3 and f in words for f in forms)


@lru_cache(maxsize=4096)
def misspelt(word: str) -> bool:
    """A lower-case word of six letters or more the list lacks that is one letter off a common word it holds
    ('mostley', 'somtimes'): most likely a slip, not a term of the trade ('tawarruq', 'vancomycin')."""
    if (
        len(word) < 6
        or len(word) > _LONGEST_WORD
        or not (word.isalpha() and word.islower())
        or english_word(word)
    ):
        return False
    checker = _checker()
    return any(
        checker.word_frequency[w] >= _COMMON_WORD for w in checker.known(checker.edit_distance_1(word))
    )
