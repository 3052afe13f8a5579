"""A deterministic composer with no model: the article's guidance as a bank of phrasings.

Every note greets the interviewer by first name, thanks them, names one thing actually discussed, and
closes by staying in touch; nothing about the decision, no sales pitch, no placeholders (the article: "Hi
[Interviewer's Name], it was a pleasure meeting you during our interview for the [Job Title] position. I
appreciated the insights you shared about [specific topic discussed]. I would love to stay connected").

The phrasing is picked from a hash of the facts, so the notes to a panel read differently; a long topic is
cut to a phrase that fits the limit; a topic that reads as an instruction to a model is never repeated.
Candidates are generated from the most complete to the shortest and the first that passes
`check_message` is returned.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from composer.context import MessageContext, as_context
from composer.providers.base import ChatMessage, Completion
from guardrails.facts import is_instruction

MODEL = "template-v1"

GREETINGS = ("Hi {first},", "Hello {first},")

# After the greeting: thanks, with the interview described as {about} ("the Data Engineer role at Acme").
THANKS = (
    "thank you for your time during my interview for {about}.",
    "thank you for speaking with me about {about}.",
    "it was a pleasure meeting you to discuss {about}, and thank you for your time.",
    "I appreciated your time and our conversation about {about}.",
    "thank you for meeting with me to talk about {about}.",
    "I'm grateful for the time you took to discuss {about}.",
)
# One thing actually discussed.
TOPIC = (
    "I enjoyed hearing your perspective on {topic}.",
    "I appreciated the insights you shared about {topic}.",
    "Our discussion of {topic} stayed with me.",
    "I especially valued our conversation about {topic}.",
    "Your thoughts on {topic} gave me a lot to consider.",
)
CLOSINGS = (
    "I'd be glad to stay connected.",
    "I would love to stay connected and continue the conversation.",
    "I'd welcome staying in touch.",
    "Looking forward to staying in touch.",
    "It would be good to stay connected.",
)

# Follow-up, once the interviewer has accepted the connection.
FOLLOW_UP_THANKS = (
    "thank you for connecting, and again for your time during my interview for {about}.",
    "thanks for accepting my connection request, and for the conversation about {about}.",
    "I appreciate you connecting with me after my interview for {about}.",
)
FOLLOW_UP_TOPIC = (
    "Since we spoke I have kept thinking about {topic}.",
    "Our discussion of {topic} has stayed with me since the interview.",
    "I enjoyed hearing your perspective on {topic}, and it gave me a lot to consider.",
)
FOLLOW_UP_INTEREST = (
    "The conversation left me even more interested in {about}.",
    "I remain very interested in {about}.",
    "I enjoyed learning how the team works and remain interested in {about}.",
)

# Thank-you email: a subject line, then about 80-200 words.
EMAIL_SUBJECTS = (
    "Thank you for the {role} interview",
    "Thanks for the {role} interview",
    "Thank you for the interview at {company}",
    "Thank you for the interview",
    "Thank you for your time at the interview",
)
MAX_SUBJECT = 60  # what an inbox shows
EMAIL_OPENINGS = (
    "Thank you for taking the time to speak with me about {about}. I appreciated the chance to learn more "
    "about the team and how you approach the work.",
    "Thank you for meeting with me to discuss {about}. I enjoyed learning about the team and the problems "
    "you are working on, and I am grateful for the time you gave me.",
    "I wanted to thank you for your time during my interview for {about}. It was a pleasure to hear how the "
    "team works and what matters most to you in the role.",
)
EMAIL_TOPICS = (
    "I especially enjoyed our discussion of {topic}.",
    "Our conversation about {topic} stayed with me after the interview.",
    "I appreciated the insights you shared about {topic}.",
)
EMAIL_SECOND_TOPIC = "I also valued what you said about {topic}."
EMAIL_TOPIC_TAIL = "It gave me a clearer picture of the work ahead and how I could contribute to it."
EMAIL_INTEREST = (
    "Speaking with you confirmed my interest in the role. I would welcome the chance to contribute to the "
    "team's work, and I am happy to provide anything else that would be helpful.",
    "I left the conversation more interested in the role than before, and I would be glad to bring my "
    "experience to the team.",
    "The interview strengthened my interest in the position, and I would enjoy contributing to the team. "
    "If anything else from me would help, I am happy to share it.",
)
EMAIL_EXTRA = (
    "I appreciated how openly you described the team's priorities; it helped me picture the day-to-day work "
    "and the kind of problems I would be helping to solve."
)
MIN_EMAIL_WORDS = 90
EMAIL_CLOSINGS = (
    "Thank you again for your time and for a thoughtful conversation.",
    "Thank you again for your time; I hope we stay in touch.",
    "Thanks again for a thoughtful and generous conversation.",
)
EMAIL_SIGN_OFFS = ("Best regards,", "Kind regards,", "With thanks,")

_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+", re.I)
_SYMBOLS = re.compile(r"[\[\]{}<>#*_`|~^@$%=\\\"“”«»!?]|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]")
_CLAUSE = re.compile(r"\s*(?:[,;:()]|\s[-–—]\s|\.\s|\band\b|\bbut\b|\bwhich\b|\bwhere\b)\s*", re.I)
_STOP = frozenset(
    """a an and or but the of to in on at for with by from as about into over under via vs our your my their
    its is are was were be been being how what why when which who that this these those we i you they it
    so than then also very just more most some any all each across between through during without within
    including like such around beyond toward towards against among per after before since until while where
    whose using based""".split()
)
_LOWER_FIRST = frozenset("the a an how what why when our your my their its this that these those".split())
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")
MAX_TOPIC_PHRASE = 70
_ROLE_NOUNS = ("role", "position", "job", "internship", "opening", "opportunity")


def _chars(text: str) -> int:
    """Characters as LinkedIn's counter sees them: a character outside the BMP (an emoji) counts 2."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _tidy(topic: str) -> str:
    text = _URL.sub(" ", topic)
    text = _SYMBOLS.sub(" ", text)
    text = re.sub(r"\(\s*\)|\[\s*\]", " ", text)
    text = " ".join(text.split()).strip(" .,;:-–—'")
    if not text:
        return ""
    first = text.split()[0]
    if first.lower() in _LOWER_FIRST or (first.endswith("ing") and first[1:].islower()):
        text = text[0].lower() + text[1:]  # "Migrating batch jobs" reads as a phrase mid-sentence
    return text


def _is_stop(word: str) -> bool:
    return word.lower().strip(".,;:'") in _STOP


def _trim(words: list[str]) -> list[str]:
    while words and (_is_stop(words[-1]) or words[-1] in ("-", "–", "—", "&")):
        words = words[:-1]
    while words and words[0].lower() in ("and", "or", "but", "which", "where", "including"):
        words = words[1:]
    return words


def _chunks(words: list[str]) -> list[list[str]]:
    """Runs of content words between stop words: 'real-time fraud detection', 'Kafka transactions'."""
    runs: list[list[str]] = [[]]
    for w in words:
        if _is_stop(w) or w.endswith((",", ";", ":")):
            if not _is_stop(w):
                runs[-1].append(w.rstrip(",;:"))
            runs.append([])
        else:
            runs[-1].append(w)
    return [r for r in runs if r]


def topic_phrases(topic: str, budget: int) -> Iterator[tuple[int, str]]:
    """(tier, phrase) for the phrases of a topic that fit in `budget` characters, best first.

    Tier 0 is the whole topic; 1 a whole clause; 2 the first clause cut before a stop word; 3 a run of
    content words ('schema evolution'); 4 a single word. Words are kept as typed, so the phrase still names
    what was discussed.
    """
    text = _tidy(topic)
    budget = min(budget, MAX_TOPIC_PHRASE)
    if not text or budget < 4:
        return
    seen: set[str] = set()

    def fits(words: list[str]) -> str | None:
        words = _trim(list(words))
        phrase = " ".join(words).strip(" ,;:-")
        if phrase and phrase not in seen and _chars(phrase) <= budget and not all(map(_is_stop, words)):
            seen.add(phrase)
            return phrase
        return None

    words = text.split()
    clauses = [c.split() for c in _CLAUSE.split(text) if c and c.strip()]
    for tier, options in ((0, [words]), (1, clauses)):
        for option in options:
            if phrase := fits(option):
                yield tier, phrase
    first = clauses[0] if clauses else words
    prefixes = [first[:i] for i in range(len(first) - 1, 0, -1) if _is_stop(first[i])]
    for prefix in prefixes:
        if phrase := fits(prefix):
            yield 2, phrase
    runs = _chunks(words)
    for run in sorted((r for r in runs if len(r) > 1), key=len, reverse=True):
        for size in range(len(run), 1, -1):
            if phrase := fits(run[:size]):
                yield 3, phrase
                break
    for run in runs:
        for w in run:
            for part in (w, *re.split(r"[-/.]", w)):
                if phrase := fits([part]):
                    yield 4, phrase


def _role_phrase(role: str) -> str:
    if "," in role:
        return f"the role of {role}"
    if role.lower().split()[-1] in _ROLE_NOUNS:
        return f"the {role}"
    return f"the {role} role"


def about_phrases(ctx: MessageContext) -> list[str]:
    """How to name the interview, most specific first: role and company, role, company, nothing."""
    phrases = []
    if ctx.role and ctx.company:
        phrases.append(f"{_role_phrase(ctx.role)} at {ctx.company}")
    if ctx.role:
        phrases.append(_role_phrase(ctx.role))
    if ctx.company:
        phrases.append(f"the role at {ctx.company}")
    phrases.append("the role")
    return phrases


@dataclass(frozen=True)
class Choice:
    """Which phrasing of each part a context gets: indices into the banks above."""

    greeting: int
    thanks: int
    topic: int
    closing: int
    extra: int

    def pick(self, bank: Sequence[str], part: str) -> str:
        return bank[getattr(self, part) % len(bank)]


def _digest(data: dict) -> int:
    raw = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str).encode()
    return int.from_bytes(hashlib.sha256(raw).digest()[:8], "big")


def choose(ctx: MessageContext) -> Choice:
    """Deterministic phrasing for a context. Notes to members of one panel (`other_names`) share a seed and
    are offset by the interviewer's place in the panel, so no two of them get the same sentences."""
    data = ctx.model_dump(mode="json")
    if ctx.other_names:
        panel = sorted({ctx.interviewer_name, *ctx.other_names}, key=str.casefold)
        rank = panel.index(ctx.interviewer_name)
        shared = {k: v for k, v in data.items() if k not in ("interviewer_name", "other_names", "topics")}
        shared["panel"] = panel
        seed = _digest(shared)
    else:
        rank, seed = 0, _digest(data)
    parts = [(seed >> shift) & 0xFF for shift in (0, 8, 16, 24, 32)]
    return Choice(
        greeting=parts[0] + rank,
        thanks=parts[1] + rank,
        topic=parts[2] + rank,
        closing=parts[3] + rank,
        extra=parts[4] + rank,
    )


def usable_topics(ctx: MessageContext) -> list[str]:
    return [t for t in ctx.topics if not is_instruction(t) and _tidy(t)]


def _short_notes(ctx: MessageContext, choice: Choice, limit: int, follow_up: bool) -> Iterator[str]:
    greeting = choice.pick(GREETINGS, "greeting").format(first=ctx.first_name)
    thanks_bank = FOLLOW_UP_THANKS if follow_up else THANKS
    topic_bank = FOLLOW_UP_TOPIC if follow_up else TOPIC
    topics = usable_topics(ctx)
    closings = [choice.pick(CLOSINGS, "closing"), ""]
    for about in about_phrases(ctx):
        head = f"{greeting} {choice.pick(thanks_bank, 'thanks').format(about=about)}"
        interest = choice.pick(FOLLOW_UP_INTEREST, "extra").format(about="the role") if follow_up else ""
        for topic in topics:
            pattern = choice.pick(topic_bank, "topic")
            # A closing is dropped before the topic is cut short: (tier of the phrase, closing dropped).
            options: list[tuple[int, int, int, str]] = []
            for dropped, closing in enumerate(closings):
                frame = " ".join(p for p in (head, pattern, interest, closing) if p)
                budget = limit - _chars(frame.replace("{topic}", ""))
                for order, (tier, phrase) in enumerate(topic_phrases(topic, budget)):
                    options.append((tier, dropped, order, frame.replace("{topic}", phrase)))
            yield from (text for *_, text in sorted(options))
        if not topics:
            for closing in closings:
                yield " ".join(p for p in (head, interest, closing) if p)
    # No topic fits (or none was given): thanks and staying in touch still make a note.
    for closing in closings:
        yield f"{greeting} thank you for your time during my interview. {closing or CLOSINGS[0]}"


def _email_topic_sets(topics: list[str]) -> Iterator[tuple[str, ...]]:
    """The topic phrases an email names, best first: the first two topics, then each alone (in a few of
    its phrasings), then none."""
    phrases = [[p for _, p in itertools.islice(topic_phrases(t, MAX_TOPIC_PHRASE), 4)] for t in topics]
    if len(phrases) > 1 and phrases[0] and phrases[1]:
        yield (phrases[0][0], phrases[1][0])
    for options in phrases:
        for phrase in options:
            yield (phrase,)
    yield ()


def _subject(ctx: MessageContext, choice: Choice) -> str:
    """A subject that names the interview, and the role or the company when they fit."""
    fitting = [
        s.format(role=ctx.role, company=ctx.company)
        for s in EMAIL_SUBJECTS
        if ("{role}" not in s or ctx.role) and ("{company}" not in s or ctx.company)
    ]
    fitting = [s for s in fitting if len(s) <= MAX_SUBJECT]
    specific = [s for s in fitting if ctx.role in s or ctx.company in s] if (ctx.role or ctx.company) else []
    return choice.pick(specific or fitting, "greeting")


def _emails(ctx: MessageContext, choice: Choice) -> Iterator[str]:
    greeting = f"Dear {ctx.first_name},"
    subject = f"Subject: {_subject(ctx, choice)}"
    sign_off = choice.pick(EMAIL_SIGN_OFFS, "closing")
    signatures = [f"{sign_off}\n{ctx.candidate_name}", sign_off] if ctx.candidate_name else [sign_off]
    interest = choice.pick(EMAIL_INTEREST, "extra")
    closing = choice.pick(EMAIL_CLOSINGS, "closing")
    for about in about_phrases(ctx):
        opening = choice.pick(EMAIL_OPENINGS, "thanks").format(about=about)
        for phrases in _email_topic_sets(usable_topics(ctx)):
            sentences = []
            if phrases:
                sentences.append(choice.pick(EMAIL_TOPICS, "topic").format(topic=phrases[0]))
                sentences += [EMAIL_SECOND_TOPIC.format(topic=p) for p in phrases[1:]]
                sentences.append(EMAIL_TOPIC_TAIL)
            middle = [" ".join(sentences)] if sentences else []
            words = len(" ".join([opening, *middle, interest, closing]).split())
            if words < MIN_EMAIL_WORDS:
                middle.append(EMAIL_EXTRA)
            for signature in signatures:
                paragraphs = [greeting, opening, *middle, interest, closing, signature]
                yield subject + "\n\n" + "\n\n".join(p for p in paragraphs if p)


def candidate_notes(context: MessageContext | dict, choice: Choice | None = None) -> Iterator[str]:
    """Every note the bank can make for a context, in order of preference (`choice`: which phrasings)."""
    from guardrails import check_message

    ctx = as_context(context)
    choice = choice or choose(ctx)
    if ctx.kind == "thank_you_email":
        notes = _emails(ctx, choice)
    else:
        limit = check_message("", ctx).limit or 600
        notes = _short_notes(ctx, choice, limit, follow_up=ctx.kind == "follow_up")
    for note in notes:
        yield _DOUBLE_STOP.sub(".", note)  # "at Stripe, Inc.." reads "at Stripe, Inc."


def compose_from_facts(context: MessageContext | dict) -> str:
    """The first candidate that passes every error rule; if none does, the one with fewest errors."""
    from guardrails import check_message

    ctx = as_context(context)
    best: tuple[int, str] | None = None
    for text in candidate_notes(ctx):
        report = check_message(text, ctx)
        if report.passed:
            return text
        if best is None or len(report.errors) < best[0]:
            best = (len(report.errors), text)
    assert best is not None  # the generator always yields the no-topic notes
    return best[1]


class TemplateProvider:
    """The `template` provider: no model, no network, the same note for the same facts."""

    name = "template"
    needs_messages = False  # composes from the facts; the loop need not render a chat prompt for it
    deterministic = True  # a rewrite request would get the same note back

    def __init__(self, model: str | None = None, base_url: str | None = None) -> None:
        pass

    def complete(self, messages: Sequence[ChatMessage], *, context: MessageContext) -> Completion:
        return Completion(text=compose_from_facts(context), model=MODEL)
