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
# Contractions typed without their apostrophe ('theyre short on closers', 'HSE incidents ive handled'): only
# those that are no English word without it ('its', 'were', 'ill', 'well', 'lets', 'shell' are left alone).
_CONTRACTIONS = {
    w.replace("'", ""): w
    for w in """they're they've we've you're you've i've i'm can't don't doesn't didn't isn't aren't wasn't
    weren't won't wouldn't couldn't shouldn't haven't hasn't hadn't what's that's there's who's""".split()
}
_CONTRACTION_WORD = re.compile(r"(?<![\w'’-])(?:" + "|".join(_CONTRACTIONS) + r")(?![\w'’-])", re.I)
# Words cut short in a hurry: 'pair programming round nxt', 'the packaging proj', 'competency qs'.
_CLIPPED = {"nxt": "next", "proj": "project", "projs": "projects", "qs": "questions", "sys": "system",
            "anims": "animations", "convo": "conversation", "appt": "appointment", "tmrw": "tomorrow",
            "b4": "before", "wkend": "weekend", "wkends": "weekends", "avg": "average", "hosp": "hospital",
            "ppl": "people", "pkg": "package", "grad": "graduate", "calcs": "calculations", "calc": "calculation",
            "qn": "question", "qns": "questions", "sched": "schedule", "collab": "collaboration", "obs": "observation",
            "hols": "holidays"}  # fmt: skip
_I_WOULD = re.compile(r"\b(how|what|why|whether|if|that|where|when)\s+id\b(?=\s+[a-z])", re.I)
_CLIPPED_WORD = re.compile(r"(?<![\w'’/-])(?:" + "|".join(_CLIPPED) + r")(?![\w'’/-])")
_EVENT = re.compile(r"\b(?:conference|event|wedding|banquet|function|gala|dinner|restaurant|hotel)s?\b", re.I)
# 'commercial awareness q on the budget': a lone lower-case 'q' is a question (not 'q&a', 'q and a', 'q1')
_Q = re.compile(r"(?<![\w'’/&-])q(?![\w'’/&-])(?!\s*(?:&|and\s+a\b|/))")
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
            r"(?:(?<=\d\s)|(?<=\bto\s)|(?<=\bfrom\s)|(?<=\bin\s)|(?<=\buntil\s)|(?<=\bstart\s)|(?<=\bby\s)"
            r"|(?<=\bearly\s)|(?<=\blate\s)|(?<=\bmid\s)|(?<=\bstarts\s)|(?<=\bafter\s)|(?<=\bbefore\s))"
            r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
            r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?(?=\s*(?:\d|to\s))"
        ),
        lambda m: _MONTHS[m.group(0).rstrip(".")[:3]],
    ),
    # a month typed short in lower case after a word of time: 'due jan', 'from feb', 'next cohort march'
    (
        re.compile(
            r"(?:(?<=\bdue\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bby\s)|(?<=\bsince\s)|(?<=\bbefore\s)"
            r"|(?<=\bafter\s)|(?<=\bearly\s)|(?<=\blate\s)|(?<=\bmid\s))(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?"
        ),
        lambda m: _MONTHS[m.group(1)[:3].capitalize()],
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
    # ... and lower case at the end of a note: 'trial shift in the Strathearn on sat' -> '... on Saturday'
    (
        re.compile(r"\b(on|every|each|next|last)\s(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?(?=\W*$)"),
        lambda m: f"{m.group(1)} {_WEEKDAYS[m.group(2)[:3].capitalize()]}",
    ),
    # a weekday jotted short and lower case before a time: 'trial shift sat 7am' -> 'trial shift on Saturday at 7am'
    (
        re.compile(
            r"(?<!\bwe\s)(?<!\bi\s)(?<!\bI\s)(?<!\bthey\s)(?<!\bshe\s)(?<!\bhe\s)(?<!\byou\s)"  # 'we sat 2pm exams'
            r"\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\s+(?=\d{1,2}(?::\d{2})?\s*(?:am|pm)\b)"
        ),
        lambda m: f"on {_WEEKDAYS[m.group(1)[:3].capitalize()]} at ",
    ),
    (re.compile(r"\bcerts?\b"), lambda m: "certifications" if m.group(0).endswith("s") else "certification"),
    # a pattern's word typed after it: '12-hour shifts rotating' -> 'rotating 12-hour shifts'
    (re.compile(r"^(\S.*?s)\s+(rotating|alternating|varying|fixed|split)\W*$", re.I), r"\2 \1"),
    # a role's holder with no article after a preposition: 'the handover from current mgr' -> '... the current'
    (
        re.compile(
            r"\b(from|with|to|for|by)\s+(?=(?:current|previous|former|outgoing|incoming|existing)\s+[a-z]*[^\Ws]\b)"
        ),
        r"\1 the ",
    ),
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
    (re.compile(r"(?<=\ba\s)wk\b"), "week"),  # 'once a wk'
    (re.compile(r"(?<![\w/])(?:mths|mnths)\b"), "months"),
    (re.compile(r"(?<=\w)/(month|week|year|day)\b"), r" a \1"),
    (re.compile(r"(?<=\w)/wk\b"), " a week"),  # '4 days/wk'
    (re.compile(r"(?<=\w)/(?:hr|hour)\b"), " an hour"),
    # a number and its unit before a plural noun: '12 hour shifts' -> '12-hour shifts'
    (
        re.compile(r"\b(\d+)\s+(hour|day|week|month|year|minute|bed|seat|storey|person)\s+(?=[a-z]+s\b)"),
        r"\1-\2 ",
    ),
    (re.compile(r"\b1x(?=\s+(?:a|per)\b)", re.I), "once"),  # 'aftercare duty 1x a wk' -> 'once a week'
    (re.compile(r"\b2x(?=\s+(?:a|per)\b)", re.I), "twice"),
    (re.compile(r"\b([3-9])x(?=\s+(?:a|per)\b)", re.I), r"\1 times"),
    (re.compile(r"\btake[\s-]home\b", re.I), "take-home"),  # 'SQL take home' -> 'SQL take-home'
    (
        re.compile(
            r"(?<=\b[A-Z]{2}\s)reg\b|(?<=\b[A-Z]{3}\s)reg\b|(?<=\b[A-Z]{4}\s)reg\b|(?<=\b[A-Z]{5}\s)reg\b"
        ),
        "registration",
    ),  # 'HPCSA reg'
    (re.compile(r"\baccom\b"), "accommodation"),
    (re.compile(r"\b(\d+)\s?mos?\b"), r"\1 months"),  # '9 mo contract', '18mo'
    (re.compile(r"(?<=[a-z0-9]\s)w(?=\s+[a-z])"), "with"),  # 'band 6 w only 18 months' (a lone 'w' is 'with')
    (re.compile(r"(?<=\bCPD\s)pts\b"), "points"),  # 'CPD pts' ('pts' alone may be patients)
    (re.compile(r"(?<=[a-z]\s)n(?=\s+[a-z])"), "and"),  # 'nap sched n weaning'
    (re.compile(r"^min\s+(?=\d)", re.I), "at least "),  # 'min 3 shifts a week'
    (re.compile(r"\bcny\b", re.I), "Chinese New Year"),
    (re.compile(r"\bincl\.?(?=\s)", re.I), "including"),  # 'shift work incl. nights'
    (re.compile(r"\bapprox\.?(?=\s)", re.I), "about"),
    (re.compile(r"\bmgmt\b"), "management"),
    (re.compile(r"(?<![\w/])yrs\b"), "years"),  # '2 yrs', 'yrs of experience', 'final yr project'
    (re.compile(r"(?<![\w/])yr\b"), "year"),
    (re.compile(r"\bpax\b"), "passengers"),  # at an event, guests (`_EVENT`)
    (re.compile(r"\bmgr\b"), "manager"),
    (re.compile(r"\bdept\b"), "department"),
    (re.compile(r"\bgovt\b"), "government"),
    (re.compile(r"\bperf\b"), "performance"),  # 'rendering perf'
    (re.compile(r"\bcomms\b"), "communications"),
    (re.compile(r"\breqs\b"), "requirements"),
    (re.compile(r"\bbefore\s+start\b", re.I), "before starting"),  # 'BLS and ACLS before start'
    (
        re.compile(
            r"\s+(?:prob|probs|tbc|tbd|idk|fyi|btw|ish|lol|haha|lmao|honestly|tbh|ngl|basically)\W*$", re.I
        ),
        "",
    ),  # a note's hedge at the end
    (re.compile(r"\s+rn\W*$"), ""),  # 'right now' (lower case: 'RN' is a registered nurse)
    (re.compile(r"\bheaps\s+of\b"), "a lot of"),  # 'heaps of hospital work'
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
    text = _CONTRACTION_WORD.sub(_contraction, text)
    text = _CLIPPED_WORD.sub(lambda m: _CLIPPED[m.group(0)], text)
    text = _Q.sub("question", text)
    if _EVENT.search(text):  # 'conferences 2000+ pax': guests at an event, not passengers
        text = re.sub(r"\bpax\b", "guests", text)
    text = _I_WOULD.sub(r"\1 I'd", text)  # 'how id handle a rush' -> "how I'd handle a rush"
    for pattern, written in _SHORTHAND:
        text = pattern.sub(written, text)
    return text


def _contraction(m: re.Match[str]) -> str:
    written = _CONTRACTIONS[m.group(0).lower()]
    if written.startswith("i'"):
        return "I" + written[1:]
    return written[0].upper() + written[1:] if m.group(0)[0].isupper() else written
