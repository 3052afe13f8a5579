"""Normalising a draft and the interview facts once, so every rule reads the same prepared text.

`Draft.folded` has exactly the length of `Draft.text`: accents stripped, lower case, curly quotes straight,
so a match in the folded text is a span in the text a person sees.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from guardrails.addresses import LINKS as _LINKS

_PUNCT = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2026": ".", "\uff01": "!",
}  # fmt: skip


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in [*range(0x80, 0x2B0), *range(0x1E00, 0x1F00)]:  # Latin-1, Extended-A/B, Extended Additional
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        low = base.lower()
        if len(low) == 1 and low != ch:
            table[cp] = low
    for ch, rep in _PUNCT.items():
        table[ord(ch)] = rep
    return table


_FOLD = _build_fold_table()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_FOLD_CHARS = {chr(cp): rep for cp, rep in _FOLD.items()}


def _fold_char(m: re.Match[str]) -> str:
    ch = m.group(0)
    return _FOLD_CHARS.get(ch, ch)


def fold(text: str) -> str:
    """Lower case, accents off, quotes and dashes plain; the same length as the input.

    Only the non-ASCII characters need the table (most drafts have a handful), so they are replaced one by
    one instead of translating every character.
    """
    if text.isascii():
        return text.lower()
    out = _NON_ASCII.sub(_fold_char, text)
    low = out.lower()
    return low if len(low) == len(text) else out


def normalize(text: str) -> str:
    return unicodedata.normalize("NFC", text)


_PUNCTUATION_TO_SPACE = str.maketrans({c: " " for c in '!"#$%&()*+,-./:;<=>?@[\\]^_`{|}~'})
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# A capital or digit not preceded by a word character (the look-behind spans the letter itself, so the
# pattern starts with a character class and the scan is fast).
_CAPITAL_OR_DIGIT = re.compile(r"[A-Z0-9\u00c0-\u00d6\u00d8-\u00de](?<![\w'].)")
_LETTERS_ONLY = re.compile(r"[^\W\d_]+")
_SUFFIXES = ("ational", "ations", "ation", "ings", "ing", "ies", "ied", "ions", "ion", "ers", "er",
             "ed", "es", "s", "ly", "al")  # fmt: skip


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """A light stem: enough that 'pipelines', 'pipeline' and 'testing', 'tests' meet."""
    w = word.removesuffix("'s")
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)] + ("y" if suf in ("ies", "ied") else "")
            break
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    return w


# British and American spellings of one word are one word: 'paediatric' and 'pediatric', 'organise' and
# 'organize', 'colour' and 'color', 'centre' and 'center'.
_SPELLINGS = ((re.compile(r"(?<=\w)(?:ae|oe)(?=\w)"), "e"), (re.compile(r"is(?=e|ing|ed|ation)"), "iz"),
              (re.compile(r"(?<=\w\w)our(?=s?$|ed$|ing$|ful)"), "or"), (re.compile(r"(?<=\w)tre(?=s?$)"), "ter"),
              (re.compile(r"ys(?=e|ing|ed)"), "yz"))  # fmt: skip


@lru_cache(maxsize=4096)
def american(word: str) -> str:
    """A word as American spelling writes it ('colour' -> 'color', 'organise' -> 'organize'); else as given."""
    for pattern, written in _SPELLINGS:
        word = pattern.sub(written, word)
    return word


@lru_cache(maxsize=4096)
def root(word: str) -> str:
    """One form for the spellings and the forms of a word, coarser than `stem`: 'paediatric' and 'pediatric',
    'tune' and 'tuning', 'cut' and 'cutting'."""
    word = stem(american(word)).removesuffix("e")
    return word[:-1] if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls" else word


# Words that carry no topic: left out of a topic's stems, of "is this phrase in the facts?", of repeated runs
# (and, in the template provider, the joints between a topic's chunks).
STOPWORDS = frozenset(
    """a about above across after again against all also am among an and any are around as at based be been
    before being below between beyond both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in including into is it its
    itself just like me more most my myself no nor not now of off on once only or other our ours ourselves out
    over own per same she should since so some such than that the their theirs them themselves then there
    these they this those through to too toward towards under until up very was we were what when where
    which while who whom whose why will with within without would you your yours yourself yourselves via vs
    using use used new how's what's it's i'm we're you're they're let's s t""".split()
)
GENERIC = frozenset(
    """team teams work working role roles company job position interview interviews discussion discussions
    conversation conversations chat talk approach approaches way ways thing things time day opportunity
    insight insights experience experiences idea ideas people group plan plans today yesterday week great good
    lot part really well also""".split()
)


_SENTENCE_END = '.!?:\n"('


def starts_sentence(text: str, at: int) -> bool:
    """After a full stop, a colon, an opening quote, or at the start of a line ("Dear Ana,\n\nMany ...")."""
    i = at - 1
    while i >= 0 and text[i].isspace():
        if text[i] == "\n":
            return True
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def content_words(text: str) -> list[str]:
    return [w for w in WORD.findall(fold(text)) if w not in STOPWORDS and len(w) > 1]


# The most of a draft the rules read. The longest message that can pass is a thank-you email of about 230
# words (some 1,500 characters; LinkedIn's own longest, an InMail, is 2,000): a text past this cap fails on
# its length whatever else it says, so the rules read its first MAX_CHECKED_CHARS characters and its length
# is counted in full. A 1 MB text (the most `check` reads) then costs little more than a long email.
MAX_CHECKED_CHARS = 10_000


@dataclass
class Draft:
    """A draft as the rules see it: `text`, and `beyond`, what lies past the cap (counted, never read)."""

    text: str
    beyond: str = ""

    @classmethod
    def capped(cls, text: str) -> Draft:
        return cls(text[:MAX_CHECKED_CHARS], text[MAX_CHECKED_CHARS:])

    @cached_property
    def folded(self) -> str:
        return fold(self.text)

    @cached_property
    def tokens(self) -> frozenset[str]:
        """The folded text's tokens between spaces and ASCII punctuation ("don't" stays whole): a cheap
        set for rules that look for whole words (slang)."""
        return frozenset(self.folded.translate(_PUNCTUATION_TO_SPACE).split())

    @cached_property
    def count(self) -> tuple[int, int, int]:
        """(conservative count, code points, UTF-16 code units): an emoji is 2 in LinkedIn's counter."""
        points = len(self.text) + len(self.beyond)
        units = sum(len(part.encode("utf-16-le", "surrogatepass")) for part in (self.text, self.beyond)) // 2
        return max(points, units), points, units

    @cached_property
    def spellings(self) -> dict[str, str]:
        """Each word of letters, folded, and how the text first writes it ('apis' -> 'APIs')."""
        written: dict[str, str] = {}
        for m in _LETTERS_ONLY.finditer(self.text):
            written.setdefault(fold(m.group(0)), m.group(0))
        return written

    @cached_property
    def capitalised(self) -> list[re.Match[str]]:
        """Words that begin with a capital letter or a digit (matches in `folded`): names, products, figures."""
        found = []
        for m in _CAPITAL_OR_DIGIT.finditer(self.text):
            word = WORD.match(self.folded, m.start())
            if word is not None:
                found.append(word)
        return found


class Phrases:
    """A compiled pattern plus the literal anchors that every match contains.

    Most drafts contain none of a rule's anchors, and a substring test is far cheaper than running a
    pattern of many alternatives over the whole text. `tests/test_guardrails_anchors.py` checks, with
    strings generated from each pattern, that no match can get past the anchors.
    """

    __slots__ = ("pattern", "anchors")

    def __init__(self, pattern: str, anchors: tuple[str, ...] | re.Pattern[str], flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags)
        self.anchors = anchors

    def present(self, text: str) -> bool:
        """True when the text may hold a match: one of the anchors is in it (or, when the anchors are a
        compiled pattern, that pattern is found in it: one scan instead of many)."""
        if isinstance(self.anchors, re.Pattern):
            return self.anchors.search(text) is not None
        for anchor in self.anchors:  # a plain loop: cheaper than any() over a generator
            if anchor in text:
                return True
        return False

    def finditer(self, text: str):
        return self.pattern.finditer(text) if self.present(text) else iter(())


class AnyOf:
    """Several phrase lists checked as one, each behind its own anchors (cheaper than one big pattern)."""

    __slots__ = ("parts",)

    def __init__(self, *parts: Phrases) -> None:
        self.parts = parts

    def finditer(self, text: str):
        found = [m for part in self.parts for m in part.finditer(text)]
        return sorted(found, key=lambda m: m.start()) if len(found) > 1 else found


# A link: a scheme, "www.", an IP address or a name on any real top-level domain (guardrails.addresses), in
# the note and the follow-up alike.
LINKS = _LINKS
