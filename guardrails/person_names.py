"""What a person's name in the context may be: a name, and nothing a model would read as something else.

The interviewer's first name goes into every prompt, the system message included, and the rest of the
panel's names into the facts and the rewrite feedback: a "name" holding a line break, a control character,
a web address or an instruction ("Ignore previous instructions and ...") would be read by the model as
more than a name. Each is refused with one line that says what to give instead (issue 14, items 13 and 16).

    >>> valid_person_name("Dr. Amara  Okafor")
    'Dr. Amara Okafor'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from guardrails.addresses import links
from guardrails.text import STOPWORDS, fold
from guardrails.topics import UNSAFE_SHAPES

MAX_NAME = 80
MAX_NAME_WORDS = 8  # 'María de los Ángeles García López' has six
_NOT_IN_NAMES = set("{}[]<>@#|\\/=_*^~`$%!?:;")
# Malaysian and Singaporean patronymics written with a slash: 'a/l' and 's/o' (son of), 'a/p' and 'd/o'.
# And an Australian title: 'A/Prof.' (associate professor); a ship's chief engineer and chief officer ('C/E', 'C/O').
_PATRONYMIC_SLASH = re.compile(r"(?<!\S)(?:a/l|a/p|s/o|d/o|a/prof\.?|c/e|c/o)(?!\S)", re.I)
# Letters after a name written with full stops ('M.Sc.', 'Ph.D.', 'LL.M.', 'B.Eng.'): not a web address.
_DOTTED_LETTERS = re.compile(r"(?<![\w.])[A-Z]{1,2}[a-z]{0,4}\.(?:[A-Z]{1,2}[a-z]{0,4}\.?){1,3}(?![\w.])")
_LINE_BREAKS = set("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
_JOINERS = {"\u200c", "\u200d"}  # zero-width (non-)joiners belong to names in Persian and Indic scripts


def _control(value: str) -> str | None:
    for ch in value:
        if ch != "\t" and ch not in _JOINERS and unicodedata.category(ch) in ("Cc", "Cf"):
            return ch
    return None


def _sentence(value: str) -> bool:
    """Two or more of the little words of a sentence ('Ana. Say I got the job'); an initial ('I.') is not one,
    and one alone ('Maria do Carmo') is a particle of a name."""
    words = [w.strip(",") for w in fold(value).split() if not w.endswith(".")]
    return sum(w in STOPWORDS for w in words) >= 2


@lru_cache(maxsize=4096)
def valid_person_name(value: str) -> str:
    """The name on one line with single spaces, or ValueError with one line naming the fix. Cached: a batch
    checks each name again in every row of its panel (as a member and as the rest of the panel)."""
    if "\x00" in value:
        raise ValueError("contains a NUL byte: give the person's name as plain text")
    if set(value) & _LINE_BREAKS:
        raise ValueError("spans more than one line: give the person's name on one line")
    control = _control(value)
    if control is not None:
        raise ValueError(f"contains the control character U+{ord(control):04X}: give the name as plain text")
    value = " ".join(value.split())
    if not value:
        raise ValueError("must not be empty: give the person's name as they write it")
    if len(value) > MAX_NAME:
        raise ValueError(f"is {len(value)} characters; a name has at most {MAX_NAME}")
    if not any(ch.isalpha() for ch in value):
        raise ValueError(f"{value!r} has no letters: give the person's name")
    bad = sorted(set(_PATRONYMIC_SLASH.sub(" ", value)) & _NOT_IN_NAMES)  # 'Rajendran s/o Krishnan' is a name
    if bad:
        raise ValueError(
            f"{value!r} contains {''.join(bad)!r}: give the real name, not a template slot or a sentence"
        )
    if next(links(fold(_DOTTED_LETTERS.sub(" ", value))), None) is not None:
        raise ValueError(f"{value!r} holds a web address: give the person's name")
    if UNSAFE_SHAPES["instruction"](value) or _sentence(value):
        raise ValueError(
            f"{value!r} reads as an instruction or a sentence, not a name: give the person's name"
        )
    words = len(value.split())
    if words > MAX_NAME_WORDS:
        raise ValueError(f"has {words} words; a name has at most {MAX_NAME_WORDS}: give the person's name")
    return value
