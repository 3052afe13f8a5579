"""Gratitude: every message thanks the interviewer sincerely, and for something one thanks a person for.
Thanks in advance asks rather than thanks; 'no thanks' and sarcasm are not thanks at all; thanks for 'the
Data Engineer role' reads as if the candidate had been hired, and thanks for a topic or an object is not
English a person would write."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.facts import Facts
from guardrails.rule import Finding, Rule
from guardrails.text import Draft, Phrases, stem

_THANKS = Phrases(
    r"\b(?:thank(?:s|\s+you|ful)?|thx|grateful|gratitude|appreciat(?:e|ed|es|ing|ion|ive))\b",
    ("thank", "thx", "grateful", "gratitude", "appreciat"),
)
# Uses of those words that are not sincere thanks, tested on the text around each match.
_NOT_SINCERE_AFTER = re.compile(  # used with match(): each branch starts at the end of the thanks
    r"[\w\s,']{0,25}?\b(?:in\s+advance|ahead\s+of\s+time|for\s+nothing|for\s+wasting|for\s+ghosting|"
    r"for\s+(?:keeping|leaving)\s+me|i\s+guess|but\s+no\s+thanks|anyway|though\b)"
    r"|\s*,?\s*(?:i\s+guess|anyway|not)\b"
    r"|\s+(?:it\s+)?if\b"
)
_NOT_SINCERE_BEFORE = re.compile(
    r"(?:\bno|\bgee|\byeah|\bi\s+guess|\bwould|'d|\bnot|\bwithout|\bnever|\bany)[\s,]*\Z"
)


# Every match of _NOT_SINCERE_AFTER holds one of these (checked in tests/test_guardrails_anchors.py).
_AFTER_ANCHORS = ("advance", "ahead", "nothing", "wasting", "ghosting", "keeping", "leaving", "guess",
                  "thanks", "anyway", "though", "not", "if")  # fmt: skip


def _sincere(folded: str, m: re.Match[str]) -> bool:
    after = folded[m.end() : m.end() + 45]
    if any(a in after for a in _AFTER_ANCHORS) and _NOT_SINCERE_AFTER.match(after):
        return False
    return not _NOT_SINCERE_BEFORE.search(folded[max(0, m.start() - 14) : m.start()])


def no_thanks(draft: Draft, facts: Facts) -> Iterator[Finding]:
    matches = list(_THANKS.finditer(draft.folded))
    if any(_sincere(draft.folded, m) for m in matches):
        return
    who = facts.context.first_name
    if matches:
        said = draft.text[matches[0].start() : matches[0].end() + 20].strip()
        yield Finding(
            f"The only thanks ({said!r}…) is not sincere thanks: it is in advance, conditional or sarcastic.",
            f"Thank {who} plainly for their time or the conversation, for example 'Thank you for your "
            "time', and ask for nothing.",
            matches[0].span(),
        )
    else:
        yield Finding(
            "Expresses no thanks or appreciation.",
            f"Thank {who} for their time or the conversation in one short clause, for example 'Thank you "
            "for your time'.",
        )


# "thank you for", "thanks so much, Sofía, for", "I'm grateful for": what follows is what the thanks is for.
_THANKS_FOR = Phrases(
    r"\b(?:thank(?:s|\s+you|ful)?|grateful)(?:\s+(?:so|very|much|a\s+lot|again|once\s+more|both|all|kindly|"
    r"sincerely|truly|to\s+you)){0,3}(?:\s*,\s*[a-z'-]+(?:\s+[a-z'-]+)?\s*,)?\s+for\s+",
    ("thank", "grateful"),
)
# What one thanks a person for (by stem): their time, the conversation, an insight, the welcome, the tour.
THANKABLE = frozenset(
    stem(w)
    for w in """time times interview interviews conversation chat talk discussion discussions meeting call session
    panel round tour visit walk walkthrough walkround demo demonstration overview introduction intro explanation
    insight insights advice perspective perspectives view views thoughts take input feedback question questions
    answer answers opportunity opportunities chance invitation invite welcome reception hospitality patience
    kindness generosity help support guidance encouragement consideration interest openness honesty candour
    candor transparency clarity warmth enthusiasm effort care attention connection request note message reply
    response email follow update info information detail details context background pointer pointers tip tips
    suggestion suggestions recommendation recommendations idea ideas word words exchange dialogue experience
    glimpse look peek window dive rundown breakdown summary recap presentation exercise task case shift trial
    test screen screening catch-up catchup
    review offer_to hour hours minute minutes morning afternoon evening day days week today yesterday tonight
    monday tuesday wednesday thursday friday saturday sunday lunch coffee everything all that this it them those
    these both everyone""".split()
)  # fmt: skip
# Words that end what the thanks is for: "the interview | for the role", "the role | at Acme".
_NOUN_PHRASE_END = frozenset(
    """for to of about on at in with into around regarding during from over through across as but which that
    who whom where when while since so because by before after i you we he she they me us it's i'm yesterday
    today""".split()
)
_NEW_NOUN_PHRASE = frozenset("the a an your our my his her their this that for".split())
_DETERMINERS = frozenset("the a an your our my his her their".split())
_AFTER_THANKS = re.compile(r"[^.,;:!?\n()\"]{1,100}")
_TOKEN = re.compile(r"[a-z0-9][a-z0-9'&-]*")
_GERUND = re.compile(r"[a-z]{2,}ing\b")
MOST_WORDS = 7


def _blank_frame(folded: str, facts: Facts) -> str:
    """The role and the company as one word of q's each ('the qqqqqqqqqqqqqqqqqqqqqqqqqqq interview'), so a
    comma or a full stop inside them ('Software Engineer, Payments'; 'St. Luke's') ends nothing."""
    if facts.frame_pattern is None:
        return folded
    return facts.frame_pattern.sub(lambda m: "q" * len(m.group(0)), folded)


def _thanked_for(folded: str, at: int) -> tuple[list[str], int]:
    """The words of what the thanks is for, to the first preposition or clause, and where they end. 'and'
    joins two adjectives ('a generous and open conversation') but ends the phrase before a new one ('the
    role and the tour')."""
    m = _AFTER_THANKS.match(folded, at)
    tokens = list(_TOKEN.finditer(m.group(0) if m else ""))
    words: list[str] = []
    end = at
    for i, t in enumerate(tokens):
        word = t.group(0)
        if word in _NOUN_PHRASE_END or len(words) == MOST_WORDS:
            if words and words[-1] == "offer" and word in ("to", "of"):
                words[-1] = (
                    "offer_to"  # an offer to do something, thanked for (grounding judges if it was made)
                )
            break
        if word in ("and", "or", "&"):
            if i + 1 == len(tokens) or tokens[i + 1].group(0) in _NEW_NOUN_PHRASE:
                break
            continue
        words.append(word.removesuffix("'s"))
        end = at + t.end()
    return words, end


def _thankable(words: list[str]) -> bool:
    if not words or words[0].endswith("ing") and len(words[0]) > 4:
        return True  # "for taking the time", "for walking me through": an act of theirs
    if words[-1] in _ROLE_HEADS:
        return False  # "the extended care paramedic role": a role, whatever words of thanks ('care') it holds
    # the head says what is thanked for: 'the discussion group' is a group, not a discussion; 'round' before a
    # determiner starts another phrase ('the walk round | the warehouse'; not 'the Save the Children interview')
    first_phrase = next(
        (
            words[:i]
            for i in range(2, len(words))
            if words[i] in _DETERMINERS and words[i - 1] in ("round", "around")
        ),
        words,
    )
    head = first_phrase[-1].split("-")[-1]
    return head in THANKABLE or stem(head) in THANKABLE


# Thanks that only a hired candidate gives: "for hiring me", "for the opportunity to work with you", "for
# welcoming me to the team". (Thanks for the opportunity to interview, or for a warm welcome, are fine.)
_AS_IF_HIRED = re.compile(
    r"(?:hiring\s+me|(?:choosing|selecting|picking)\s+me(?!\s+for\s+(?:an?|the|this|your)\s+(?:interview|shortlist"
    r"|second|next|final|call|conversation))|(?:welcoming|bringing|taking)\s+me\s+(?:on\s?to|on\s+board|aboard|into"
    r"|to\s+(?:the|your)\s+team)"
    r"|having\s+me\s+(?:on|join)\s+(?:the|your)\s+team"
    r"|(?:the|this|an?)\s+(?:(?:amazing|great|wonderful|exciting)\s+)?(?:opportunity|chance)\s+to\s+(?:work\s+(?:with"
    r"|for|at|alongside)|join\s+(?:the|your|you|our)|be\s+(?:a\s+)?part\s+of|start\s+(?:working|at|with)))\b"
)  # fmt: skip


def _hired_thanks(draft: Draft, facts: Facts, m: re.Match[str]) -> Finding | None:
    hired = _AS_IF_HIRED.match(draft.folded, m.end())
    if hired is None:
        return None
    who = facts.context.first_name
    said = draft.text[m.end() : hired.end()]
    return Finding(
        f"Thanks {who} for {said!r}: as if the candidate had been hired; one thanks a person for their time "
        "or the conversation.",
        f"Thank {who} for their time or for the conversation, not for {said!r}: nobody has been hired yet.",
        (m.start(), hired.end()),
    )


# A second thing thanked for in the same sentence: "thank you for your time and for the course".
_AND_FOR = re.compile(r",?\s+and\s+(?:also\s+|again\s+)?for\s+")


def _thanks_and_more(folded: str) -> Iterator[re.Match[str]]:
    """Each 'thank you for', then each 'and for' that follows it in the same sentence."""
    for m in _THANKS_FOR.finditer(folded):
        yield m
        stop = re.compile(r"[.!?\n]").search(folded, m.end())
        yield from _AND_FOR.finditer(folded, m.end(), stop.start() if stop else len(folded))


def thanks_for_wrong_thing(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """Thanks for the role, the job, the company, a topic or an object instead of for the person's time."""
    ctx = facts.context
    folded = None
    for m in _thanks_and_more(draft.folded):
        hired = _hired_thanks(draft, facts, m)
        if hired is not None:
            yield hired
            continue
        first = _AFTER_THANKS.match(draft.folded, m.end())
        if first is None or _GERUND.match(first.group(0)):
            continue  # most thanks: "for taking the time", "for walking me through"
        folded = folded or _blank_frame(draft.folded, facts)
        words, end = _thanked_for(folded, m.end())
        if _thankable(words):
            continue
        said = draft.text[m.end() : end]
        hired = any(w in _JOB_WORDS or not w.strip("q") for w in words)
        why = "as if the candidate had been hired" if hired else "one thanks a person, not a topic or a thing"
        topic = f" about {min((t for t, _ in facts.topics), key=len)}" if facts.topics else ""
        yield Finding(
            f"Thanks {ctx.first_name} for {said!r}: {why}; one thanks a person for their time or the "
            "conversation.",
            f"Thank {ctx.first_name} for their time or for the conversation{topic}, not for {said!r}.",
            (m.start(), end),
        )


_JOB_WORDS = frozenset("role roles position job post vacancy opening offer company team contract".split())
_ROLE_HEADS = frozenset("role roles position positions job post vacancy opening".split())

NO_THANKS = Rule("gratitude.no_thanks", "gratitude", "error", no_thanks)
THANKS_FOR_WRONG_THING = Rule(
    "gratitude.thanks_for_wrong_thing", "gratitude", "error", thanks_for_wrong_thing
)
RULES = [NO_THANKS, THANKS_FOR_WRONG_THING]
