"""Addresses in a draft: links, e-mail addresses and phone numbers, found the way a reader's app finds them.

A link is a scheme ("https://"), "www.", an IP address, or a dotted name that ends in a real top-level
domain, whatever it is: "acme.tech", "x.gg", "janedoe.link/kafka", "bücher.de". The top-level domains are
the Public Suffix List's, shipped in the `publicsuffixlist` package and read once, on the first dotted name
that could be a domain. "node.js" ends in none; "asp.net" is the framework. A full-width dot ("acme．tech")
is a dot, and a zero-width character inside a name ("acme\u200b.tech") hides it from the eye, not from the
app that makes it a link, so both are read through.

Every pattern here starts only where a run starts (after a space, not inside a word), so a long run is tried
once, not once per character: the time is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

# Characters that change no link: zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE_RUN = re.compile(f"[{_INVISIBLE}]")
# Full-width and ideographic dots, and full-width letters and digits, as the ASCII they stand for.
_WIDE = {0xFF0E: ".", 0x3002: ".", 0xFF61: "."} | {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
_NARROW = str.maketrans(_WIDE)
_ADDRESS = re.compile(
    r"\b(?:https?|ftp)://\S+|\bwww\.\S+"
    r"|(?<![\w.@/+-])[\w-]+(?:\.[\w-]+)+(?:[/:]\S*)?"
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(
    r"(?<![\w+.,/-])(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,6}(?:[\s.-]\d{2,6}){1,5}(?![\w/]|[.,]\d)"
)
_DOT_BEFORE_A_WORD = re.compile(r"[.\uff0e\u3002\uff61](?=[\w" + _INVISIBLE + r"])")
_TRAILING = ".,;:!?)]}'\""
# Dotted names that are not sites a note links to.
NOT_LINKS = frozenset({"asp.net", "vb.net", "ado.net"})


@dataclass(frozen=True, slots=True)
class Found:
    """A link, an e-mail address or a phone number: where it is in the text searched, and its words."""

    text: str
    begin: int
    finish: int

    def group(self, index: int = 0) -> str:
        return self.text

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def span(self) -> tuple[int, int]:
        return self.begin, self.finish


def _view(text: str) -> tuple[str, list[int] | None]:
    """The text with wide dots and letters narrowed (same length) and invisible characters dropped, and,
    when any were dropped, where each character of the view stands in the text."""
    if text.isascii():
        return text, None
    narrow = text.translate(_NARROW)
    if _INVISIBLE_RUN.search(narrow) is None:
        return narrow, None
    where = [i for i, ch in enumerate(narrow) if ch not in _INVISIBLE]
    return "".join(narrow[i] for i in where), where


def _found(text: str, where: list[int] | None, start: int, end: int) -> Found:
    if where is None:
        return Found(text[start:end], start, end)
    begin, finish = where[start], where[end - 1] + 1
    return Found(text[begin:finish], begin, finish)


@lru_cache(maxsize=1)
def _suffixes():
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList(only_icann=True)


@lru_cache(maxsize=4096)
def is_domain(host: str) -> bool:
    """True for an IP address, or a name under a real top-level domain ('acme.tech', not 'node.js')."""
    labels = host.split(".")
    if all(label.isdigit() for label in labels):
        return len(labels) == 4 and all(int(label) <= 255 for label in labels)
    tld = labels[-1]
    if not (len(tld) >= 2 and (tld.isalpha() or tld.startswith("xn--"))) or not all(labels):
        return False
    if host in NOT_LINKS:
        return False
    return _suffixes().privatesuffix(host, accept_unknown=False) is not None


def _host(address: str) -> str:
    return re.split(r"[/:]", address, maxsplit=1)[0].lower()


def links(text: str, original: str | None = None) -> Iterator[Found]:
    """The links in a (folded) text. `original`, the text as written, tells a missing space ('time.It was')
    from a domain: a top-level domain written as a capitalised word is the start of a sentence."""
    if "://" not in text and "www." not in text and _DOT_BEFORE_A_WORD.search(text) is None:
        return
    view, where = _view(text)
    for m in _ADDRESS.finditer(view):
        address = m.group(0)
        end = m.end() - (len(address) - len(address.rstrip(_TRAILING)))
        address = view[m.start() : end]
        if not address.startswith(("http", "ftp", "www.")):
            if view[end : end + 1] == "@":
                continue  # the name before an e-mail address ('jane.dev@acme.tech')
            host = _host(address)
            if not is_domain(host):
                continue
            if original is not None and _sentence_start(original, _found(text, where, m.start(), end), host):
                continue
        yield _found(text, where, m.start(), end)


def _sentence_start(original: str, found: Found, host: str) -> bool:
    """'time.It was': the last label written as a capitalised word, right after the dot, with no path."""
    written = original[found.begin : found.finish]
    tld = written.rsplit(".", 1)[-1]
    return len(host.split(".")) == 2 and tld[:1].isupper() and tld[1:].islower() and "/" not in written


def emails(text: str) -> Iterator[Found]:
    """The e-mail addresses in a text ('jane.doe@acme.tech')."""
    if "@" not in text and "\uff20" not in text:
        return
    view, where = _view(text)
    for m in _EMAIL.finditer(view):
        yield _found(text, where, m.start(), m.end())


_DIGIT = re.compile(r"\d")
_DATE = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4}")
_THOUSANDS = re.compile(r"\d{1,3}(?:[ .,]\d{3})+")
_YEARS = re.compile(r"\d{4}\s?-\s?\d{4}")


def phones(text: str) -> Iterator[Found]:
    """The phone numbers in a text: seven to fifteen digits in groups ('+44 20 7946 0958', '(415) 555-0100',
    '555-0100'), not a date, a range of years or a number with thousands separators."""
    first = _DIGIT.search(text)  # most notes hold no digit at all: one fast scan
    if first is None or sum(map(str.isdigit, text[first.start() :])) < 7:
        return
    view, where = _view(text)
    for m in _PHONE.finditer(view):
        number = m.group(0)
        digits = sum(map(str.isdigit, number))
        if not 7 <= digits <= 15:
            continue
        plain = not number.startswith(("+", "("))
        if plain and any(p.fullmatch(number) for p in (_DATE, _THOUSANDS, _YEARS)):
            continue
        yield _found(text, where, m.start(), m.end())


class Links:
    """The links of a text, with the `finditer` of a pattern (for the rules that count or quote them)."""

    def finditer(self, text: str, original: str | None = None) -> Iterator[Found]:
        return links(text, original)


LINKS = Links()
