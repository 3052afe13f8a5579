"""Tone: brief, professional, friendly. LinkedIn's default invitation reads as generic; emoji, slang,
text-speak, hashtags and links read as unprofessional in a note to an interviewer."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.addresses import emails, phones
from guardrails.facts import Facts
from guardrails.rule import Finding, Rule, findings_for, phrase_check, shorten
from guardrails.text import GENERIC, LINKS, STOPWORDS, WORD, AnyOf, Draft, Phrases, fold
from guardrails.vocabulary import (
    AFTER_OFFER,
    AFTER_REJECTION,
    CONNECTION_NOTE,
    FOLLOW_UP,
    POST_COMMENT,
    STATUS_CHECK,
    THANK_YOU_EMAIL,
)

_DEFAULT_INVITE = Phrases(
    r"i'd\s+like\s+to\s+(?:add\s+you\s+to\s+my\s+professional\s+network|join\s+your\s+(?:linkedin\s+|professional\s+)?"
    r"network|connect\s+with\s+you\s+on\s+linkedin)|i\s+would\s+like\s+to\s+add\s+you\s+to\s+my\s+professional\s+network",
    ("network", "linkedin"),
)
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\U00002600-\U000027bf\u2b50\u2b06\u2934\u2935\u3030\u303d\u3297\u3299\ufe0f"
    "\u200d\u231a\u231b\u23e9-\u23fa\u2b1b\u2b1c\u2b55]"
)
_EMOTICON = Phrases(
    r"(?<![\w/])(?::-?[)(DPpO]|;-?[)D]|<3|:'\(|\^_\^|xD)(?!\w)", (":", ";", "<3", "^_^", "xD")
)
SLANG_WORDS = frozenset(
    """thx thnx tnx ty u ur r gonna wanna gotta kinda sorta hey heya hiya yo sup lol lmao omg btw imo imho fyi
    pls plz tho cuz coz bc ttyl dude bro ya yeah yep nope stoked awesomesauce rad dope legit lit vibe vibes gr8
    l8r 2day 4ever b4 np xoxo cheerz k kk haha hahaha hehe asap""".split()
)
_HASHTAG = Phrases(r"(?<![\w&#])#[A-Za-z_]\w*", ("#",))
_IMPERSONAL = Phrases(
    r"\b(?:dear\s+(?:sir|madam)(?:\s*(?:/|or|and)\s*(?:sir|madam))?|to\s+whom\s+it\s+may\s+concern|"
    r"dear\s+(?:hiring\s+manager|recruiter|interviewer|hiring\s+team)|dear\s+all)\b",
    ("dear", "whom"),
)


_SARCASM = AnyOf(
    Phrases(r"\bi\s+guess[\s.!]*$", ("guess",), re.M),
    Phrases(r"\b(?:great|nice|lovely|wonderful|fun)\s+way\s+to\s+spend", ("spend",)),
    Phrases(
        r"\bthanks\s+(?:a\s+lot\s+)?for\s+(?:nothing|wasting|ghosting|keeping\s+me\s+waiting|the\s+rejection)",
        ("nothing", "wasting", "ghosting", "waiting", "rejection"),
    ),
    Phrases(r"\byeah,?\s+right\b", ("yeah",)),
    Phrases(r"(?:\A|[.!?]\s+)so\s+much\s+for\b", ("much",)),
    Phrases(r"\bnot\s+that\s+(?:it|anyone|you)\s+(?:matters|cares?|asked)", ("matters", "care", "asked")),
    Phrases(
        r"['\"](?:quick|short|brief|fun|friendly|casual|informal|relaxed)['\"]",
        ("quick", "short", "brief", "fun", "friendly", "casual", "informal", "relaxed"),
    ),
)
_APOLOGY = Phrases(
    r"\b(?:sorry\s+(?:again\s+|once\s+more\s+)?(?:(?:for|about)\s+)?(?:my|that\s+i|i\b|being|rambling|not\s)|(?:i\s+)?apologi[sz]e\s+for"
    r"|apologies\s+for|(?:i\s+was|i\s+got|i\s+felt)\s+(?:so\s+|really\s+|very\s+|a\s+bit\s+)?nervous"
    r"|didn't\s+prepare|did\s+not\s+prepare|(?:messed|screwed)\s+up|i\s+blanked|i\s+rambled"
    r"|my\s+(?:answers?|performance|responses?)\s+(?:was|were)\s+(?:so\s+|really\s+|a\s+bit\s+)?"
    r"(?:weak|poor|bad|terrible|awful|rough)|(?:wasn't|was\s+not)\s+as\s+bad\s+as|hopefully\s+my\s+(?:answers?|responses?))",
    ("sorry", "apolog", "nervous", "prepare", "up", "blanked", "rambled", "my", "bad"),
)
_COMPLAINT = AnyOf(
    Phrases(
        r"\b(?:(?:a\s+)?(?:shame|pity)|too\s+bad|unfortunately)\s+(?:that\s+)?(?:the|our|my|your|it|there)\b",
        ("shame", "pity", "bad", "unfortunately"),
    ),
    Phrases(
        r"\b(?:was|were|felt|seemed)\s+(?:so\s+|too\s+|really\s+|a\s+bit\s+|quite\s+|rather\s+|very\s+)?"
        r"(?:rushed|disorganised|disorganized|unprofessional|chaotic|boring|tedious|unfair|pointless|a\s+mess|a\s+waste)\b",
        ("rushed", "disorgani", "unprofessional", "chaotic", "boring", "tedious", "unfair", "pointless", "mess",
         "waste"),
    ),
    Phrases(
        r"\b(?:(?:wasn't|was\s+not|isn't)\s+(?:really\s+)?enough\s+(?:time\s+)?to\s+show"
        r"|(?:more|less|much\s+more|far\s+more)\s+\w+\s+than\s+(?:the\s+(?:session|interview|call|round|one)\s+with|with)\b"
        r"|(?:manager|boss|employer|company|team)\s+(?:is|was)\s+(?:a\s+)?(?:nightmare|terrible|awful|toxic|horrible|the\s+worst)"
        r"|hate\s+my\s+(?:job|boss|manager|team)|need\s+to\s+(?:leave|get\s+out\s+of)\s+my\s+(?:current\s+)?(?:job|role|company)"
        r"|i(?:'m|\s+am|\s+was|\s+felt)\s+(?:a\s+(?:bit|little)\s+|quite\s+|very\s+|so\s+|really\s+|rather\s+)?"
        r"(?:disappointed|frustrated|annoyed|upset|unhappy|let\s+down))",
        ("enough", "with", "nightmare", "terrible", "awful", "toxic", "horrible", "worst", "hate", "need",
         "disappointed", "frustrated", "annoyed", "upset", "unhappy", "down"),
    ),
)  # fmt: skip


default_invite = phrase_check(
    _DEFAULT_INVITE,
    "Uses LinkedIn's default invitation text: {!r}.",
    "Replace the default invitation line with a sentence about the interview and one topic you discussed.",
)


def emoji(draft: Draft, facts: Facts) -> Iterator[Finding]:
    found = [] if draft.text.isascii() else list(_EMOJI.finditer(draft.text))
    found += [m for m in _EMOTICON.finditer(draft.text) if m.group(0) not in facts.raw]
    if found:
        shown = "".join(dict.fromkeys(m.group(0) for m in found))
        yield Finding(
            f"Contains {len(found)} emoji or emoticon(s): {shown!r}.",
            "Remove every emoji and emoticon; let the words carry the warmth.",
            found[0].span(),
        )


def slang(draft: Draft, facts: Facts) -> Iterator[Finding]:
    if draft.tokens.isdisjoint(SLANG_WORDS):
        return
    for m in WORD.finditer(draft.folded):
        word = m.group(0)
        if word not in SLANG_WORDS or word in facts.vocabulary:
            continue
        original = draft.text[m.start() : m.end()]
        if len(word) <= 2 and (
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
        _HASHTAG, draft, facts, "Contains a hashtag: {!r}.", "Remove the hashtags; a private note is not a post.",
        text=draft.text,
    )  # fmt: skip


def link(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """A link on any domain. The facts exempt nothing (a topic 'notes at evil.example' would let the link
    through): only the company's own name when it is a domain ('the role at Booking.com')."""
    company = fold(facts.context.company)
    for m in LINKS.finditer(draft.folded, draft.text):
        if m.group(0) == company:
            continue
        yield Finding(
            f"Contains a link: {shorten(draft.text[m.start() : m.end()])!r}.",
            "Remove the link; a connection note carries no links.",
            m.span(),
        )


def contact_details(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """An e-mail address or a phone number, whatever the facts hold: a connection note asks for nothing and
    offers no other channel; the interviewer can reply on LinkedIn."""
    found = sorted([*emails(draft.folded), *phones(draft.folded)], key=lambda m: m.start())
    for m in found:
        what = "an e-mail address" if "@" in m.group(0) else "a phone number"
        yield Finding(
            f"Contains {what}: {shorten(draft.text[m.start() : m.end()])!r}.",
            "Remove the e-mail address or phone number; a connection note carries no contact details.",
            m.span(),
        )


def impersonal_greeting(draft: Draft, facts: Facts) -> Iterator[Finding]:
    yield from findings_for(
        _IMPERSONAL, draft, facts, "Uses an impersonal greeting: {!r}.",
        f"Greet {facts.context.first_name} by name instead.",
    )  # fmt: skip


sarcasm = phrase_check(
    _SARCASM,
    "Reads as sarcastic: {!r}.",
    "Remove the sarcastic remark; thank them plainly and mean it.",
)
complaint = phrase_check(
    _COMPLAINT,
    "Complains about the interview, a person or a current employer: {!r}.",
    "Remove the complaint; keep the note warm and about what you valued in the conversation.",
)
apologetic = phrase_check(
    _APOLOGY,
    "Apologises for the interview or makes excuses: {!r}.",
    "Remove the apology and the excuses; close on what you enjoyed discussing and your interest in the role.",
)


def _content(word: str) -> bool:
    return word not in STOPWORDS and word not in GENERIC


def _first_repeat(ws: list[str], starts: list[int], size: int, needed: int) -> tuple[int, int] | None:
    """Where a run of `size` words with at least `needed` content words comes back, not overlapping itself:
    (start of the repeat, offset of its first content word). Only the runs from `starts` (those around a
    content word that comes back: any repeated run holds one) are hashed, each once: linear in the words.

    Of all repeats, the one whose first content word comes first (then whose repeat comes first, then the
    run that starts at that word) is reported, as a comparison of the places each word comes back would."""
    first_seen: dict[tuple[str, ...], int] = {}
    done: set[tuple[str, ...]] = set()  # runs whose earliest repeat is known: later ones come after it
    best: tuple[int, int, int] | None = None  # (place of the content word, of its repeat, offset)
    for i in starts:
        if i + size > len(ws):
            break
        gram = tuple(ws[i : i + size])
        j = first_seen.setdefault(gram, i)
        if i - j < size or gram in done:
            continue
        content = [k for k, w in enumerate(gram) if _content(w)]
        if len(content) < needed:
            continue
        offset = content[0]
        key = (j + offset, i + offset, offset)
        if best is None or key < best:
            best = key
        done.add(gram)
    return None if best is None else (best[1] - best[2], best[2])


def repetition(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """The same words twice ("... about batch jobs to Kafka. ... discuss batch jobs to Kafka ..."): a short
    message that repeats itself reads as filler (and is how a small model pads a note). Counted: four words
    with at least one content word, or three with at least two ("about the role at" does not count)."""
    ws = WORD.findall(draft.folded)
    seen: set[str] = set()
    again: set[str] = set()
    for w in ws:
        if w not in STOPWORDS and w not in GENERIC:
            (again if w in seen else seen).add(w)
    if not again:
        return
    places = [i for i, w in enumerate(ws) if w in again]
    for size, needed in ((3, 2), (4, 1)):
        starts = sorted({i - k for i in places for k in range(size) if i >= k})
        found = _first_repeat(ws, starts, size, needed)
        if found is None:
            continue
        again_at = found[0]
        words = list(WORD.finditer(draft.folded))
        start, end = words[again_at].start(), words[again_at + size - 1].end()
        shown = draft.text[start:end]
        yield Finding(
            f"Says {shown!r} twice.",
            f"Say {shown!r} once; use the other sentence for something new, such as your "
            "interest in the role or staying in touch.",
            (start, end),
        )
        return


PASSAGE_WORDS = 8  # an email may come back to a point, but not in the same eight words


def repeated_passage(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """An email that says the same eight words twice: a repeated sentence, clause or paragraph (how a small
    model fills an email: 'I would love to work with you ...' again and again). The role and the company
    count as one word each, so naming them twice is not a repeat."""
    folded = draft.folded
    if facts.frame_pattern is not None:
        folded = facts.frame_pattern.sub(lambda m: "q" * len(m.group(0)), folded)
    words = list(WORD.finditer(folded))
    seen: dict[tuple[str, ...], int] = {}
    for i in range(len(words) - PASSAGE_WORDS + 1):
        gram = tuple(w.group(0) for w in words[i : i + PASSAGE_WORDS])
        first = seen.setdefault(gram, i)
        if i - first >= PASSAGE_WORDS:
            start, end = words[i].start(), words[i + PASSAGE_WORDS - 1].end()
            shown = shorten(draft.text[start:end])
            yield Finding(
                f"Says {shown!r} twice.",
                f"Say {shown!r} once and cut the repeat; if a paragraph repeats another, delete it.",
                (start, end),
            )
            return


DEFAULT_INVITE = Rule("tone.default_invite", "tone", "error", default_invite)
EMOJI = Rule("tone.emoji", "tone", "error", emoji)
SLANG = Rule("tone.slang", "tone", "error", slang)
HASHTAG = Rule("tone.hashtag", "tone", "error", hashtag)
# A connection note is a sentence or two to a near-stranger: no links. Sharing an article is welcome in a
# follow-up after connecting (the article), and a portfolio link is usual in a thank-you email.
# A link has no place in a note that goes with a request (the notes after an outcome may), nor in a comment.
LINK = Rule(
    "tone.link", "tone", "error", link,
    kinds=frozenset({CONNECTION_NOTE, AFTER_REJECTION, AFTER_OFFER, POST_COMMENT}),
)  # fmt: skip
CONTACT_DETAILS = Rule(
    "tone.contact_details", "tone", "error", contact_details,
    kinds=frozenset({CONNECTION_NOTE, AFTER_REJECTION, AFTER_OFFER, POST_COMMENT}),
)  # fmt: skip
IMPERSONAL_GREETING = Rule("tone.impersonal_greeting", "tone", "error", impersonal_greeting)
SARCASM = Rule("tone.sarcasm", "tone", "error", sarcasm)
APOLOGETIC = Rule("tone.apologetic", "tone", "error", apologetic)
COMPLAINT = Rule("tone.complaint", "tone", "error", complaint)
# An email has room to come back to a point; a note of two sentences does not.
REPETITION = Rule(
    "tone.repetition", "tone", "error", repetition,
    kinds=frozenset({CONNECTION_NOTE, FOLLOW_UP, AFTER_REJECTION, AFTER_OFFER, POST_COMMENT}),
)  # fmt: skip
REPEATED_PASSAGE = Rule(
    "tone.repeated_passage",
    "tone",
    "error",
    repeated_passage,
    kinds=frozenset({THANK_YOU_EMAIL, STATUS_CHECK}),
)
RULES = [
    DEFAULT_INVITE,
    EMOJI,
    SLANG,
    HASHTAG,
    LINK,
    CONTACT_DETAILS,
    IMPERSONAL_GREETING,
    SARCASM,
    APOLOGETIC,
    COMPLAINT,
    REPETITION,
    REPEATED_PASSAGE,
]
