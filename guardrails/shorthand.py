"""How candidates jot notes, and the words the notes stand for: 'kids' is 'children', 'Oct–Mar' is 'October
to March', 'w/' is 'with', 'cert' is 'certification'.

Written once for both sides: the template composer writes a topic out before it names it (`written_out`), and
the guardrails accept the written-out words as the topic's own (`guardrails.facts`), so 'our discussion of
telehealth with children' is grounded in the topic 'telehealth w/ kids'.
"""

from __future__ import annotations

import re

# Text-speak in notes typed in a hurry: 'what would u do' -> 'what would you do'.
_TEXTSPEAK = {"u": "you", "ur": "your", "r": "are", "pls": "please", "thx": "thanks", "w/": "with"}
# Lower case only, and never beside '&': 'R' is a programming language, 'R&D' a department.
_TEXTSPEAK_WORD = re.compile(r"(?<![\w'’&-])(?:u|ur|r|pls|thx)(?![\w'’&-])|(?<![\w/])w/(?=\s)")
_MONTHS = dict(
    zip(
        "Jan Feb Mar Apr Jun Jul Aug Sep Oct Nov Dec".split(),
        "January February March April June July August September October November December".split(),
        strict=True,
    )
)
_WEEKDAYS = dict(
    zip(
        "Mon Tue Wed Thu Fri Sat Sun".split(),
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
        strict=True,
    )
)
# Shorthand of notes written out: 'roster & leave' -> 'roster and leave', 'by hand vs. on the saw' -> 'by hand
# versus on the saw', 'the initial course then box training' -> 'the initial course and then box training'.
_SHORTHAND = (
    (re.compile(r"\s+&\s+"), " and "),
    (re.compile(r"(?<![\w.])vs\.?(?=\s)", re.I), "versus"),
    (re.compile(r"(?<![,;:])(?<!\band)\s+then\s+(?=[\w'])", re.I), " and then "),
    (re.compile(r"\b(\d+)\+\s+(?=[a-z])"), r"more than \1 "),  # '300+ men'
    # months jotted short: 'Oct–Mar' -> 'October to March'
    (
        re.compile(
            r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\s*[–-]\s*(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b)"
        ),
        r"\1 to ",
    ),
    # a month only beside a date or a range, or after 'from', 'in', 'until', 'start' ('Jan Steen' is a painter)
    (
        re.compile(
            r"(?:(?<=\d\s)|(?<=\bto\s)|(?<=\bfrom\s)|(?<=\bin\s)|(?<=\buntil\s)|(?<=\bstart\s)|(?<=\bby\s))"
            r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
            r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?(?=\s*(?:\d|to\s))"
        ),
        lambda m: _MONTHS[m.group(0).rstrip(".")[:3]],
    ),
    # a span of weekdays jotted short: 'in office Tue-Thu' -> 'in office Tuesday to Thursday'
    (
        re.compile(
            r"\b(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\s*[–-]\s*(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b"
        ),
        lambda m: f"{_WEEKDAYS[m.group(1)[:3]]} to {_WEEKDAYS[m.group(2)[:3]]}",
    ),
    # a weekday jotted short after 'on', 'every', 'a busy' ...: 'on a busy Sat' -> 'on a busy Saturday'
    (
        re.compile(
            r"\b(on|every|each|busy|a|next|last|this)\s(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?"
        ),
        lambda m: f"{m.group(1)} {_WEEKDAYS[m.group(2)[:3]]}",
    ),
    (re.compile(r"\bcerts?\b"), lambda m: "certifications" if m.group(0).endswith("s") else "certification"),
    # units jotted short: '12-hr shifts', '1 wk/month', '2 yrs'
    (re.compile(r"(?<=\d)(-?)hrs?\b"), r"\1hour"),  # '12-hr shifts', '12hr shifts'
    (re.compile(r"(?<=\d\s)hrs\b"), "hours"),  # 'within 24 hrs'
    (re.compile(r"(?<=\d\s)hr\b"), "hour"),
    (re.compile(r"(?<=\d\s)wks\b"), "weeks"),
    (re.compile(r"(?<=\d\s)wk\b"), "week"),
    (re.compile(r"(?<=\d)-mins?\b"), "-minute"),  # 'the 10-min test'
    (re.compile(r"(?<=\d\s)mins\b"), "minutes"),  # 'within 15 mins'
    # the plural units are never another word: 'the billable hrs target', 'wks of leave'
    (re.compile(r"(?<![\w/])hrs\b"), "hours"),
    (re.compile(r"(?<![\w/])mins\b"), "minutes"),
    (re.compile(r"(?<![\w/])wks\b"), "weeks"),
    (re.compile(r"(?<![\w/])(?:mths|mnths)\b"), "months"),
    (re.compile(r"(?<=\w)/(month|week|year|day)\b"), r" a \1"),
    (re.compile(r"(?<=\w)/wk\b"), " a week"),  # '4 days/wk'
    (re.compile(r"(?<=\w)/(?:hr|hour)\b"), " an hour"),
    (re.compile(r"\bincl\.?(?=\s)", re.I), "including"),  # 'shift work incl. nights'
    (re.compile(r"\bapprox\.?(?=\s)", re.I), "about"),
    (re.compile(r"\bmgmt\b"), "management"),
    (re.compile(r"(?<![\w/])yrs\b"), "years"),  # '2 yrs', 'yrs of experience', 'final yr project'
    (re.compile(r"(?<![\w/])yr\b"), "year"),
    (re.compile(r"\bpax\b"), "passengers"),
    (re.compile(r"\bmgr\b"), "manager"),
    (re.compile(r"\bdept\b"), "department"),
    (re.compile(r"\bgovt\b"), "government"),
    (re.compile(r"\bperf\b"), "performance"),  # 'rendering perf'
    (re.compile(r"\bcomms\b"), "communications"),
    (re.compile(r"\breqs\b"), "requirements"),
    (re.compile(r"\bbefore\s+start\b", re.I), "before starting"),  # 'BLS and ACLS before start'
    (re.compile(r"\s+(?:prob|probs|tbc|tbd|idk|fyi|btw|ish)\W*$", re.I), ""),  # a note's hedge at the end
    # a requirement noted after its noun ('weekends and holidays required'): the noun is what was discussed
    (re.compile(r"(?<=\w)\s+(?:required|needed|essential|a\s+must|mandatory|compulsory)\W*$", re.I), ""),
    # casual words a letter to an interviewer writes out: 'kids treated under anaesthesia', 'a young guy'
    (re.compile(r"\bkids['’](?!\w)"), "children's"),  # 'the kids' ward'
    (re.compile(r"\bkids\b"), "children"),
    (re.compile(r"\bkid\b(?!-)"), "child"),
    (re.compile(r"\bguys\b"), "people"),
    (re.compile(r"\bguy\b"), "man"),
    (re.compile(r"(?<![\w/])w/o(?=\s)", re.I), "without"),  # 'transfers w/o lifting'
    (re.compile(r"\b(\d{1,2}(?:st|nd|rd|th))[- ]c\.?(?=\s|$)"), r"\1-century"),  # 'an 18th-c. cello'
)


def written_out(text: str) -> str:
    """The note with its text-speak and shorthand written out; the text itself when nothing applies."""
    text = _TEXTSPEAK_WORD.sub(lambda m: _TEXTSPEAK[m.group(0).lower()], text)
    for pattern, written in _SHORTHAND:
        text = pattern.sub(written, text)
    return text
