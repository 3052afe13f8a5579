"""The interview facts, prepared once per context for the rules: folded names, topic stems, vocabulary."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from guardrails.context import MessageContext, as_context
from guardrails.names import first_name
from guardrails.shorthand import written_out
from guardrails.text import GENERIC, STOPWORDS, WORD, content_words, fold, root, stem
from guardrails.topics import (
    informal_conversation,
    is_instruction,
    left_unsaid,
    may_name_topic,
    stage_and_tail,
)

__all__ = [
    "Facts",
    "facts_for",
    "is_instruction",
]  # is_instruction is guardrails.topics'; imported from here too
from guardrails.vocabulary import (
    AFTER_OFFER,
    AFTER_REJECTION,
    CONNECTION_NOTE,
    EMAIL_KINDS,
    FOLLOW_UP,
    FREE,
    POST_COMMENT,
    PREMIUM,
    STATUS_CHECK,
)

# LinkedIn: connection note 200 characters (free) or 300 (Premium); a message after connecting is kept
# short by convention; an email body is judged in words (see guardrails.length). A note after a rejection
# or an offer may go out with the connection request, so it keeps to the request's limit; a comment on a
# post is kept short (a reply, not an essay) whatever the account.
CHAR_LIMITS = {
    (CONNECTION_NOTE, FREE): 200,
    (CONNECTION_NOTE, PREMIUM): 300,
    (FOLLOW_UP, FREE): 600,
    (FOLLOW_UP, PREMIUM): 600,
    (AFTER_REJECTION, FREE): 200,
    (AFTER_REJECTION, PREMIUM): 300,
    (AFTER_OFFER, FREE): 200,
    (AFTER_OFFER, PREMIUM): 300,
    (POST_COMMENT, FREE): 300,
    (POST_COMMENT, PREMIUM): 300,
}


@dataclass(frozen=True, slots=True)
class Facts:
    context: MessageContext
    first: str  # folded name to call the interviewer by (greet_as, else the given name)
    last: str  # folded family name, '' when only one name was given
    name_parts: tuple[str, ...]  # folded parts of the name beyond the first, titles left out
    greet_names: tuple[str, ...]  # folded names a greeting may use on its own ('joon-ho'; greet_as alone)
    titled: bool  # a title and the family name greet too ('Dear Dr. Okafor')
    greeting: str  # the name to greet by, as written ('Joon-ho', 'Dr. Okafor' in a formal email)
    other_topics: tuple[tuple[str, tuple[str, ...]], ...]  # another member's topic, and its stems not ours
    other_firsts: tuple[tuple[str, str], ...]  # (folded first name, name as given)
    topics: tuple[tuple[str, tuple[str, ...]], ...]  # (topic as given, its specific stems)
    topic_pattern: re.Pattern[str] | None  # any topic stem at the start of a word of the draft
    frame_pattern: re.Pattern[str] | None  # the role and the company as a note names them: no topic in there
    vocabulary: frozenset[str]  # every folded word of the facts
    raw: str  # all the facts as one folded string
    limit: int | None
    informal: bool  # not a job interview: a coffee chat, a networking call (guardrails.topics)

    stems: frozenset[str]  # the light stem of every word of the facts
    roots: frozenset[str]  # the root of every word of the facts (any spelling or form: guardrails.text.root)

    @property
    def kind(self) -> str:
        return self.context.kind

    def mentions_topic(self, folded: str) -> bool:
        """True when the folded text names a topic outside its mentions of the role and the company: 'data'
        in 'the Data Engineer role' is the role, not the topic 'data contracts'."""
        if self.topic_pattern is None:
            return False
        if self.frame_pattern is not None:
            folded = self.frame_pattern.sub(_blank, folded)
        return self.topic_pattern.search(folded) is not None

    def holds(self, word: str) -> bool:
        """True when the folded word is the facts' own: by its stem, or in another spelling or form."""
        return stem(word) in self.stems or root(word) in self.roots

    def mentions(self, phrase: str) -> bool:
        """True when the folded phrase is in the facts, or each of its content words is (by stem)."""
        if phrase in self.raw:
            return True
        words = [w for w in WORD.findall(phrase) if w not in STOPWORDS]
        return bool(words) and all(stem(w) in self.stems for w in words)


def _topic_stems(topic: str, exclude: set[str]) -> tuple[str, ...]:
    """The stems that stand for a topic: its specific words, leaving out those of the role, the company and
    the interviewer's name ('engineering' for a Data Engineer), unless nothing else is left."""
    staged = stage_and_tail(topic)
    if staged:  # 'hiring manager chat - team of 7': what was discussed is the team
        topic = staged[1]
    words = content_words(topic)
    written = written_out(topic)
    if written != topic:  # its shorthand written out stands for it too ('weeks' for '2 wks on 2 off')
        words = list(dict.fromkeys([*words, *content_words(written)]))
    ours = [w for w in words if w not in exclude and stem(w) not in exclude]
    specific = [w for w in ours if w not in GENERIC]
    chosen = specific or ours or words
    # A stem under 4 letters is too short to match by prefix ('options' -> 'opt'): keep such words whole.
    return tuple(dict.fromkeys(s if len(s := stem(w)) >= 4 else w for w in chosen))


def _topic_pattern(stems: set[str]) -> re.Pattern[str] | None:
    """Light stemming as a pattern: a long stem matches any word it starts ('migrat' in 'migrating'), and
    all but its last two letters catch another spelling ('optimi' of 'optimiz' in 'optimising'); a short
    stem is a whole word. Two letters, not more: 'check' is not a stem 'checkout' shares with 'checking'."""
    alternatives = set()
    for s in stems:
        if len(s) >= 4:
            alternatives.add(re.escape(s))
            if len(s) >= 7:
                alternatives.add(re.escape(s[: max(6, len(s) - 2)]))
        else:
            alternatives.add(re.escape(s) + r"(?:s|es)?(?![a-z0-9])")
    if not alternatives:
        return None
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(sorted(alternatives, key=len, reverse=True)) + ")")


_SENIORITY = re.compile(r"^(?:senior|junior|lead|staff|principal|head|chief|associate|sr\.?|jr\.?)\s+")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


_COMPANY_TAIL = re.compile(r"\s*,[^,]*$")
_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")


def _frame_pattern(ctx: MessageContext) -> re.Pattern[str] | None:
    """The role and the company as whole words of a note ('Senior Data Engineer' also as 'data engineer',
    but not the start of 'data engineering')."""
    company = fold(ctx.company)
    # the company as a note may shorten it: without a place after a comma or a note in brackets
    # ('Kids in Need of Defense (KIND), Houston office' is named 'Kids in Need of Defense (KIND)')
    shorter = _COMPANY_TAIL.sub("", company)
    phrases = {
        fold(ctx.role),
        _SENIORITY.sub("", fold(ctx.role)),
        company,
        shorter,
        _BRACKETS.sub("", shorter),
        _BRACKETS.sub(
            "", company
        ),  # 'The University of the West Indies (Mona, Jamaica)': the comma is the note's
    }
    phrases = sorted((p for p in phrases if len(p) > 1), key=len, reverse=True)
    if not phrases:
        return None
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(map(re.escape, phrases)) + r")(?![a-z0-9])")


def _greet_names(ctx: MessageContext) -> tuple[tuple[str, ...], bool]:
    """The names a greeting may use: `greet_as` alone when given; else the given name (both readings'
    when the order of the name was a guess between two family names), and title with family name. In a
    email (a thank-you or a status check) to someone with a title, only title with family name ('Dear Dr. Okafor', not 'Dear
    Amara')."""
    if ctx.greet_as:
        return (fold(ctx.greet_as),), False
    name = ctx.name
    titled = bool(name.family)
    if ctx.kind in EMAIL_KINDS and name.title and name.family and name.title != "Sir":
        return (), True
    # 'Wei Zhang': either may be the given name; 'Judge Lopez' is greeted so, and 'Maria' passes too
    names = [fold(name.call), fold(name.other_reading), fold(name.given)]
    return tuple(dict.fromkeys(n for n in names if n)), titled


def _other_topics(
    ctx: MessageContext, topics: tuple[tuple[str, tuple[str, ...]], ...], frame: set[str]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each topic of another panel member with the stems that are its own: not this interviewer's topics'
    stems, nor the role's, the company's or the name's. A topic both discussed is not another's."""
    ours = {s for _, stems in topics for s in stems}
    own_words = {fold(t) for t in ctx.topics}
    out = []
    for topic in ctx.other_topics:
        if fold(topic) in own_words or not may_name_topic(topic):
            continue
        stems = tuple(s for s in _topic_stems(topic, frame) if s not in ours)
        if stems:
            out.append((topic, stems))
    return tuple(out)


_cache: dict[tuple, Facts] = {}


def _key(context: MessageContext | dict[str, Any]) -> tuple | None:
    items = context.items() if isinstance(context, dict) else iter(context)
    try:
        key = (type(context), *((k, tuple(v) if isinstance(v, list) else v) for k, v in items))
        hash(key)
        return key
    except TypeError:
        return None


def _pieces(ctx: MessageContext) -> list[str]:
    """Every piece of text the facts hold: names, role, company, topics, dates and what a kind adds."""
    pieces = [ctx.interviewer_name, ctx.role, ctx.company, ctx.interviewer_company, *ctx.topics]
    pieces.extend(ctx.other_names)
    # a topic's shorthand written out is the topic too: 'children' for 'kids', 'November' for 'Nov'
    pieces.extend(out for t in ctx.topics if (out := written_out(t)) != t)
    if ctx.candidate_name:
        pieces.append(ctx.candidate_name)
    if ctx.share and may_name_topic(ctx.share):
        pieces.append(ctx.share)
    if ctx.interview_date:
        pieces.append(f"{ctx.interview_date:%Y %m %d %B %A} {ctx.interview_date.day}")
    if ctx.post and ctx.kind == POST_COMMENT:  # the post a comment answers: its words are facts
        pieces.append(ctx.post)
    if ctx.decision_by and ctx.kind == STATUS_CHECK:  # the day they gave, which a status check mentions
        pieces.append(f"{ctx.decision_by:%Y %m %d %B %A} {ctx.decision_by.day}")
    return pieces


def facts_for(context: MessageContext | dict[str, Any]) -> Facts:
    """The prepared facts of a context; the same context (as a model or a dict) is prepared only once."""
    key = _key(context)
    cached = _cache.get(key) if key is not None else None
    if cached is not None:
        return cached
    ctx = as_context(context)
    first = fold(ctx.first_name)
    parts = fold(ctx.interviewer_name).split()
    last = fold(ctx.name.family)
    own = {first, fold(first_name(ctx.candidate_name)) if ctx.candidate_name else ""}
    others = tuple((fold(first_name(n)), n) for n in ctx.other_names if fold(first_name(n)) not in ("", *own))
    frame_words = WORD.findall(fold(" ".join([ctx.role, ctx.company, ctx.interviewer_name])))
    frame = set(frame_words) | {stem(w) for w in frame_words}
    raw = fold("\n".join(_pieces(ctx)))
    # a note in another language, pay and perks, who the interviewer is: not asked for (guardrails.topics)
    topics = tuple(
        (t, _topic_stems(t, frame)) for t in ctx.topics if may_name_topic(t) and not left_unsaid(t)
    )
    greet_names, titled = _greet_names(ctx)
    facts = Facts(
        context=ctx,
        first=first,
        last=last,
        name_parts=tuple(
            p.strip(".,") for p in parts[1:] if len(p.strip(".,")) > 1 and p.strip(".,") != first
        ),
        other_firsts=others,
        greet_names=greet_names,
        titled=titled,
        greeting=ctx.greeting,
        other_topics=_other_topics(ctx, topics, frame),
        topics=topics,
        topic_pattern=_topic_pattern({s for _, stems in topics for s in stems}),
        frame_pattern=_frame_pattern(ctx),
        vocabulary=frozenset(WORD.findall(raw)),
        stems=frozenset(stem(w) for w in WORD.findall(raw) if w not in STOPWORDS),
        roots=frozenset(root(w) for w in WORD.findall(raw)),
        raw=raw,
        limit=CHAR_LIMITS.get((ctx.kind, ctx.account)),
        informal=informal_conversation(ctx.role, ctx.topics),
    )
    if len(_cache) > 512:
        _cache.clear()
    if key is not None:
        _cache[key] = facts
    return facts
