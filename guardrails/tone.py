"""Tone: brief, professional, friendly. LinkedIn's default invitation reads as generic; emoji, slang,
text-speak, hashtags and links read as unprofessional in a note to an interviewer."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.facts import Facts
from guardrails.rule import Finding, Rule, findings_for
from guardrails.text import Draft

_DEFAULT_INVITE = re.compile(
    r"i'd\s+like\s+to\s+(?:add\s+you\s+to\s+my\s+professional\s+network|join\s+your\s+(?:linkedin\s+|professional\s+)?"
    r"network|connect\s+with\s+you\s+on\s+linkedin)|i\s+would\s+like\s+to\s+add\s+you\s+to\s+my\s+professional\s+network"
)
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\U00002600-\U000027bf\U0001f900-\U0001f9ff\u2b50\u2b06\u2934\u2935\u3030\u303d"
    "\u3297\u3299\ufe0f\u200d\u231a\u231b\u23e9-\u23fa\u2b1b\u2b1c\u2b55]"
    r"|(?<![\w/])(?::-?[)(DPpO]|;-?[)D]|<3|:\'\(|\^_\^|xD)(?![\w])"
)
_SLANG = re.compile(
    r"\b(?:thx|thnx|tnx|ty|u|ur|r|gonna|wanna|gotta|kinda|sorta|hey|heya|hiya|yo|sup|lol|lmao|omg|btw|imo|imho|"
    r"fyi|pls|plz|tho|cuz|coz|bc|w/e|ttyl|dude|bro|ya|yeah|yep|nope|cool\s+beans|super\s+stoked|stoked|"
    r"awesomesauce|rad|dope|legit|lit|vibes?|gr8|l8r|2day|4ever|b4|np|xoxo|cheerz|k|kk)\b"
)
_HASHTAG = re.compile(r"(?<![\w&#])#[A-Za-z_]\w*")
_LINK = re.compile(r"\bhttps?://\S+|\bwww\.\S+|\b[\w-]+\.(?:com|io|org|co|ly|me|dev|ai)(?:/\S*)?\b", re.I)
_IMPERSONAL = re.compile(
    r"\b(?:dear\s+(?:sir|madam)(?:\s*(?:/|or|and)\s*(?:sir|madam))?|to\s+whom\s+it\s+may\s+concern|"
    r"dear\s+(?:hiring\s+manager|recruiter|interviewer|hiring\s+team)|dear\s+all)\b"
)


def default_invite(draft: Draft, facts: Facts) -> Iterator[Finding]:
    yield from findings_for(
        _DEFAULT_INVITE, draft.folded,
        lambda s: f"Uses LinkedIn's default invitation text: {s!r}.",
        "Replace the default invitation line with a sentence about the interview and one topic you "
        "discussed.",
    )  # fmt: skip


def emoji(draft: Draft, facts: Facts) -> Iterator[Finding]:
    found = [m for m in _EMOJI.finditer(draft.text) if m.group(0) not in facts.context.topics]
    if found:
        shown = "".join(dict.fromkeys(m.group(0) for m in found))
        yield Finding(
            f"Contains {len(found)} emoji or emoticon(s): {shown!r}.",
            "Remove every emoji and emoticon; let the words carry the warmth.",
            found[0].span(),
        )


def slang(draft: Draft, facts: Facts) -> Iterator[Finding]:
    for m in _SLANG.finditer(draft.folded):
        word = m.group(0)
        if word in facts.vocabulary:
            continue
        original = draft.text[m.start() : m.end()]
        if word in ("r", "u", "k", "ya") and (
            draft.text[m.end() : m.end() + 1] in (".", "&", "'", "-") or original.isupper()
        ):
            continue  # "U.S.", "R&D", initials
        yield Finding(
            f"Uses slang or text-speak: {original!r}.",
            f"Replace {original!r} with plain professional wording ('Hi' for 'hey', 'thank you' for 'thx').",
            m.span(),
        )


def hashtag(draft: Draft, facts: Facts) -> Iterator[Finding]:
    yield from findings_for(
        _HASHTAG, draft.text,
        lambda s: f"Contains a hashtag: {s!r}.",
        "Remove the hashtags; a private note is not a post.",
        facts.raw,
    )  # fmt: skip


def link(draft: Draft, facts: Facts) -> Iterator[Finding]:
    kinds_allowing_links = facts.kind == "follow_up"  # sharing an article is welcome after connecting
    if kinds_allowing_links:
        return
    yield from findings_for(
        _LINK, draft.folded,
        lambda s: f"Contains a link: {s!r}.",
        "Remove the link; a connection note carries no links.",
        facts.raw,
    )  # fmt: skip


def impersonal_greeting(draft: Draft, facts: Facts) -> Iterator[Finding]:
    yield from findings_for(
        _IMPERSONAL, draft.folded,
        lambda s: f"Uses an impersonal greeting: {s!r}.",
        f"Greet {facts.context.first_name} by name instead.",
    )  # fmt: skip


DEFAULT_INVITE = Rule("tone.default_invite", "tone", "error", default_invite)
EMOJI = Rule("tone.emoji", "tone", "error", emoji)
SLANG = Rule("tone.slang", "tone", "error", slang)
HASHTAG = Rule("tone.hashtag", "tone", "error", hashtag)
LINK = Rule("tone.link", "tone", "error", link)
IMPERSONAL_GREETING = Rule("tone.impersonal_greeting", "tone", "error", impersonal_greeting)
RULES = [DEFAULT_INVITE, EMOJI, SLANG, HASHTAG, LINK, IMPERSONAL_GREETING]
