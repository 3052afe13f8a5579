"""A deterministic composer with no model: the article's guidance as a bank of phrasings.

Every note greets the interviewer by first name, thanks them, names one thing actually discussed, and
closes by staying in touch; nothing about the decision, no sales pitch, no placeholders (the article: "Hi
[Interviewer's Name], it was a pleasure meeting you during our interview for the [Job Title] position. I
appreciated the insights you shared about [specific topic discussed]. I would love to stay connected").

Each kind has its own banks, one per part of the message, and each bank holds PANEL_VARIANTS phrasings in
words of their own: the members of one interview panel take distinct phrasings of every part (`choose`), so
the five notes to a panel do not read as one form letter (interviewers compare notes). A long topic is cut
to a phrase that fits the limit; a topic that reads as an instruction to a model is never repeated.
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
from composer.providers.base import Capabilities, Completion
from composer.request import DraftRequest
from guardrails.facts import facts_for, is_instruction
from guardrails.length import count

MODEL = "template-v1"

# Every bank of sentences below holds at least PANEL_VARIANTS phrasings, each in its own words (no two share
# a three-word phrase beyond the facts they name): members of one panel take distinct phrasings of every
# part (see `choose`), so the notes to a panel of up to six read as written separately (issue 5: "loops of
# three to six people"). tests/test_template_provider.py checks the banks' sizes and wording.
PANEL_VARIANTS = 6

# ---------------------------------------------------------------- connection note: 200 (300) characters

GREETINGS = ("Hi {first},", "Hello {first},")
# What the job is called in the thanks ("the Data Engineer position at Acme"), picked with the thanks.
ROLE_NOUNS = ("role", "position", "opening")
# After the greeting: thanks, with the interview described as {about} ("the Data Engineer role at Acme").
THANKS = (
    "thank you for your time during my interview for {about}.",
    "thanks for speaking with me about {about}.",
    "it was a pleasure to meet you and discuss {about}, and thank you for making the time.",
    "I appreciated your time and the chance to learn more about {about}.",
    "many thanks for walking me through {about}.",
    "I'm grateful you made room in your day to talk about {about}.",
)
# One thing actually discussed.
TOPIC = (
    "I enjoyed hearing your perspective on {topic}.",
    "The insights you shared about {topic} were especially helpful.",
    "Our discussion of {topic} really stuck with me.",
    "What you said about {topic} was a highlight for me.",
    "Your thoughts on {topic} gave me a lot to consider.",
    "It was good to hear how you think about {topic}.",
)
CLOSINGS = (
    "I'd be glad to stay connected.",
    "I would love to stay connected and continue the conversation.",
    "I'd welcome staying in touch.",
    "I look forward to following your work.",
    "I hope our paths cross again.",
    "Let's keep in touch.",
)

# ---------------------------------------------------------------- follow-up, once they accept: up to 600

# Thanks for connecting (a thanks word and a connecting word in one sentence), and for the interview.
FOLLOW_UP_THANKS = (
    "thank you for connecting, and again for your time during my interview for {about}.",
    "thanks for accepting my connection request, and for the conversation about {about}.",
    "I appreciate you connecting with me after we met to discuss {about}.",
    "it's good to be connected here, and I'm grateful for the time you gave me when we discussed {about}.",
    "I'm glad we're now connected, and thank you once more for interviewing me for {about}.",
    "it was kind of you to say yes to my invitation, and I appreciated meeting you to talk over {about}.",
)
FOLLOW_UP_TOPIC = (
    "Since we spoke I have kept thinking about {topic}.",
    "Our discussion of {topic} has stayed with me since the interview.",
    "I enjoyed hearing your perspective on {topic}, and it gave me a lot to consider.",
    "Your point about {topic} is something I keep coming back to.",
    "What you shared about {topic} helped me understand the team's work much better.",
    "I found your take on {topic} especially useful.",
)
# Continued interest, calmly: no ask, no pressure.
FOLLOW_UP_INTEREST = (
    "Our talk left me even more interested in the role.",
    "I remain very interested in this opportunity.",
    "Learning how the team works has only deepened my interest in the job.",
    "It made the work sound like something I would love to be part of.",
    "I came away keen on what your team is building.",
    "Everything I heard has made me more enthusiastic about the position.",
)
FOLLOW_UP_CLOSINGS = (
    "All the best.",
    "Have a pleasant rest of the week.",
    "I look forward to following the team's news here.",
    "Thanks again, and take care.",
    "It was a pleasure to meet you.",
    "Wishing the team well with the projects ahead.",
)

# ---------------------------------------------------------------- thank-you email: subject, 80-200 words

# Each names the interview: a company such as 'AT&T' has no word email.vague_subject could match.
EMAIL_SUBJECTS = (
    "Thank you for the {role} interview",
    "Thanks for the {role} interview",
    "Thank you for the interview at {company}",
    "{role} interview: thank you",
    "With thanks for the {company} interview",
    "Grateful for the {role} interview",
    "Thank you for the interview",
    "Thank you for your time at the interview",
)
MAX_SUBJECT = 60  # what an inbox shows
# Thanks for the interview ({about}), and a sentence on the conversation.
EMAIL_OPENINGS = (
    "Thank you for taking the time to speak with me about {about}. Learning more about the team and how you "
    "approach the work was time well spent.",
    "I am grateful for the time you gave me during my interview for {about}. Talking it through made the "
    "role much more concrete for me.",
    "I wanted to thank you for our conversation about {about}. It answered several questions I had been "
    "carrying into the interview.",
    "You were generous with your time when we met to discuss {about}; thank you. It felt like a real "
    "exchange rather than a test, which I valued.",
    "Thanks so much for interviewing me for {about}. You gave me a real sense of what the job involves.",
    "It was a pleasure to meet you and talk through {about}, and I am thankful for the time you set aside "
    "for it.",
)
# The first topic, and what it meant to the candidate.
EMAIL_TOPICS = (
    "I especially enjoyed our discussion of {topic}; it gave me a clearer picture of the work ahead.",
    "Our conversation about {topic} stayed with me after the interview, and I have been thinking since about "
    "how I would approach it.",
    "I appreciated the insights you shared about {topic}. They showed how much care goes into what your team "
    "does.",
    "Your thoughts on {topic} were the part of the interview I keep coming back to.",
    "Hearing your perspective on {topic} was a highlight for me, as it connects closely with work I have "
    "done before.",
    "What you said about {topic} was especially useful, and it helped me understand what good work looks "
    "like in your group.",
)
EMAIL_SECOND_TOPICS = (
    "Your comments on {topic} were helpful as well.",
    "It was good to talk about {topic} as well.",
    "Your view of {topic} was just as interesting.",
    "I was pleased we touched on {topic}, too.",
    "The time we spent on {topic} was equally worthwhile.",
    "Discussing {topic} was rewarding too.",
)
# Continued interest in the role, once and calmly (email.no_continued_interest).
EMAIL_INTEREST = (
    "Speaking with you confirmed my interest in the role. I would welcome the chance to contribute to the "
    "team's work, and I am happy to provide anything else that would be helpful.",
    "I left the conversation more interested in the position than before, and I would be glad to bring my "
    "experience to your team.",
    "The interview strengthened my enthusiasm for this opportunity and for the team behind it. Should you "
    "need anything further from me, please don't hesitate to ask.",
    "I am genuinely excited about the work your team is doing, and I would enjoy contributing to it in this "
    "role.",
    "Everything I heard made the job more appealing, and I remain keen to be part of what the team is "
    "building.",
    "Since we spoke, I have only grown more motivated about this position, and I would value the opportunity "
    "to contribute to what you are building.",
)
# A paragraph more when the email would be short (few or short topics).
EMAIL_EXTRA = (
    "You described the team's priorities openly, which made the day-to-day work and the problems behind it "
    "much easier to imagine.",
    "The way you described how people there collaborate told me a lot about the culture, and it sounds like "
    "a welcoming one.",
    "Your openness about what the work demands made the conversation feel honest and practical, and I left "
    "with a realistic sense of the job.",
    "Your questions made me think carefully about my own experience and what I would bring, and I found that "
    "worthwhile in itself.",
    "I got the sense that careful, thoughtful work is expected there, and that standard matters a great deal "
    "to me.",
    "I came away with a much better understanding of how the role fits into the wider organisation and who "
    "it works with most closely.",
)
MIN_EMAIL_WORDS = 90
EMAIL_CLOSINGS = (
    "Thank you again for your time and for a thoughtful conversation.",
    "I hope our paths cross again in the months ahead.",
    "Thanks again for such a generous and open conversation.",
    "Thank you for your consideration and for making me feel welcome.",
    "Wishing you a good rest of the week.",
    "Thank you once more for a conversation that taught me a lot.",
)
# Taken with the closing line of the same index: "With thanks," goes under a closing without thanks.
EMAIL_SIGN_OFFS = (
    "Best regards,",
    "With thanks,",
    "Kind regards,",
    "All the best,",
    "Sincerely,",
    "Best wishes,",
)

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
        if phrase and phrase not in seen and count(phrase)[0] <= budget and not all(map(_is_stop, words)):
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


def _role_phrase(role: str, noun: str = "role") -> str:
    if "," in role:
        return f"the role of {role}"  # "Senior Engineer, Payments"
    if role.lower().split()[-1] in _ROLE_NOUNS:
        return f"the {role}"
    return f"the {role} {noun}"


def about_phrases(ctx: MessageContext, noun: str = "role") -> list[str]:
    """How to name the interview, most specific first: role and company, role, company, nothing. `noun`
    names the job ('role', 'position', 'opening')."""
    phrases = []
    if ctx.role and ctx.company:
        phrases.append(f"{_role_phrase(ctx.role, noun)} at {ctx.company}")
    if ctx.role:
        phrases.append(_role_phrase(ctx.role, noun))
    if ctx.company:
        phrases.append(f"the {noun} at {ctx.company}")
    phrases.append(f"the {noun}")
    return phrases


@dataclass(frozen=True)
class Choice:
    """Which phrasing of each part a context gets: indices into the banks above, taken modulo a bank's size.

    `greeting`: the greeting, or the email's subject; `thanks`: the thanks, or the email's opening; `topic`:
    the topic sentences; `extra`: the follow-up's and the email's interest, and the email's extra paragraph;
    `closing`: the closing line, and the email's sign-off.
    """

    greeting: int
    thanks: int
    topic: int
    closing: int
    extra: int

    def pick(self, bank: Sequence[str], part: str) -> str:
        return bank[getattr(self, part) % len(bank)]


PARTS = ("greeting", "thanks", "topic", "closing", "extra")


def _digest(data: dict) -> int:
    raw = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str).encode()
    return int.from_bytes(hashlib.sha256(raw).digest()[:8], "big")


def panel_rank(ctx: MessageContext) -> tuple[list[str], int]:
    """The panel's names (case-folded, sorted) and this interviewer's place in it; every member of a panel
    computes the same list from its own `other_names`."""
    panel = sorted({n.casefold() for n in (ctx.interviewer_name, *ctx.other_names)})
    return panel, panel.index(ctx.interviewer_name.casefold())


def choose(ctx: MessageContext) -> Choice:
    """Deterministic phrasing for a context.

    Members of one panel share a seed (the panel's names and the interview's facts, not their own topics or
    account), and each takes the seed plus their place in the sorted panel: with banks of PANEL_VARIANTS
    phrasings, no two members of a panel of up to six get the same phrasing of any part. Past six, each
    further member is shifted by a different amount per part, so it shares a phrasing with several members
    (one part each) rather than every part with one. A note outside a panel gets its phrasing from a hash of
    all its facts.
    """
    data = ctx.model_dump(mode="json")
    if ctx.other_names:
        panel, rank = panel_rank(ctx)
        private = ("interviewer_name", "other_names", "topics", "account")
        seed = _digest({**{k: v for k, v in data.items() if k not in private}, "panel": panel})
    else:
        rank, seed = 0, _digest(data)
    lap = rank // PANEL_VARIANTS
    offsets = [((seed >> (8 * i)) & 0xFF) + rank + lap * i for i in range(len(PARTS))]
    return Choice(**dict(zip(PARTS, offsets, strict=True)))


def usable_topics(ctx: MessageContext) -> list[str]:
    return [t for t in ctx.topics if not is_instruction(t) and _tidy(t)]


# ---------------------------------------------------------------- connection note and follow-up


@dataclass(frozen=True)
class ShortBanks:
    """The banks of a short LinkedIn message: greeting, thanks, a topic, [interest,] closing."""

    thanks: tuple[str, ...]
    topic: tuple[str, ...]
    interest: tuple[str, ...]
    closings: tuple[str, ...]
    bare_thanks: str  # when no topic fits: thanks without naming the role


SHORT_BANKS = {
    "connection_note": ShortBanks(
        THANKS, TOPIC, (), CLOSINGS, bare_thanks="thank you for your time during my interview."
    ),
    "follow_up": ShortBanks(
        FOLLOW_UP_THANKS,
        FOLLOW_UP_TOPIC,
        FOLLOW_UP_INTEREST,
        FOLLOW_UP_CLOSINGS,
        bare_thanks="thank you for connecting, and for your time during my interview.",
    ),
}


def _greeting(ctx: MessageContext, choice: Choice) -> str:
    return choice.pick(GREETINGS, "greeting").format(first=ctx.first_name)


def _thanks(banks: ShortBanks, choice: Choice, about: str) -> str:
    return choice.pick(banks.thanks, "thanks").format(about=about)


def _interest(banks: ShortBanks, choice: Choice) -> str:
    return choice.pick(banks.interest, "extra") if banks.interest else ""


def _closing(banks: ShortBanks, choice: Choice) -> str:
    return choice.pick(banks.closings, "closing")


def _after_greeting(sentence: str) -> str:
    """'Hi Raj, our discussion of ...': lower-case after the greeting's comma, except 'I'."""
    return sentence if re.match(r"I\b", sentence) else sentence[:1].lower() + sentence[1:]


def _topic_first(ctx: MessageContext, choice: Choice) -> bool:
    """Half of a panel's connection notes open with the topic and thank after it, so the notes are not
    built alike even where they must share the role and the company."""
    return ctx.kind == "connection_note" and choice.greeting % 2 == 1


def _short_notes(ctx: MessageContext, choice: Choice, limit: int) -> Iterator[str]:
    """Candidates best first. The topic is what makes the note this interviewer's own, so a whole topic
    with a shorter name for the job ('the Data Engineer role', without the company they work at) comes
    before a topic cut short, and the closing is dropped before either."""
    banks = SHORT_BANKS[ctx.kind]
    greeting = _greeting(ctx, choice)
    interest = _interest(banks, choice)
    closings = [_closing(banks, choice), ""]
    thanks_options = [
        _thanks(banks, choice, a) for a in about_phrases(ctx, choice.pick(ROLE_NOUNS, "thanks"))
    ]
    topic_first = _topic_first(ctx, choice)
    for topic in usable_topics(ctx):
        pattern = choice.pick(banks.topic, "topic")
        options: list[tuple[int, int, int, int, str]] = []
        for shorter, thanks in enumerate(thanks_options):
            body = (
                [_after_greeting(pattern), thanks[:1].upper() + thanks[1:]]
                if topic_first
                else [thanks, pattern]
            )
            for dropped, closing in enumerate(closings):
                frame = " ".join(p for p in (greeting, *body, interest, closing) if p)
                budget = limit - count(frame.replace("{topic}", ""))[0]
                for order, (tier, phrase) in enumerate(topic_phrases(topic, budget)):
                    options.append((tier, shorter, dropped, order, frame.replace("{topic}", phrase)))
        yield from (text for *_, text in sorted(options))
    for thanks in thanks_options:  # no topic to name (or none fits)
        for closing in closings:
            yield " ".join(p for p in (greeting, thanks, interest, closing) if p)
    for closing in closings:  # the role too long to name: thanks and staying in touch still make a note
        yield f"{greeting} {banks.bare_thanks} {closing or banks.closings[0]}"


# ---------------------------------------------------------------- thank-you email


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


def _email_opening(choice: Choice, about: str) -> str:
    return choice.pick(EMAIL_OPENINGS, "thanks").format(about=about)


def _email_topics(choice: Choice, phrases: tuple[str, ...]) -> str:
    """The paragraph on what was discussed: the first topic and what it meant, then any second topic."""
    if not phrases:
        return ""
    first = choice.pick(EMAIL_TOPICS, "topic").format(topic=phrases[0])
    more = [choice.pick(EMAIL_SECOND_TOPICS, "topic").format(topic=p) for p in phrases[1:]]
    return " ".join([first, *more])


def _email_interest(choice: Choice) -> str:
    return choice.pick(EMAIL_INTEREST, "extra")


def _email_extra(choice: Choice) -> str:
    return choice.pick(EMAIL_EXTRA, "extra")


def _email_closing(choice: Choice) -> str:
    return choice.pick(EMAIL_CLOSINGS, "closing")


def _signatures(ctx: MessageContext, choice: Choice) -> list[str]:
    """The sign-off with the candidate's name under it, then (a fallback) the sign-off alone."""
    sign_off = choice.pick(EMAIL_SIGN_OFFS, "closing")
    return [f"{sign_off}\n{ctx.candidate_name}", sign_off] if ctx.candidate_name else [sign_off]


def _emails(ctx: MessageContext, choice: Choice) -> Iterator[str]:
    subject = f"Subject: {_subject(ctx, choice)}"
    greeting = f"Dear {ctx.first_name},"
    interest, closing = _email_interest(choice), _email_closing(choice)
    for about in about_phrases(ctx, choice.pick(ROLE_NOUNS, "thanks")):
        opening = _email_opening(choice, about)
        for phrases in _email_topic_sets(usable_topics(ctx)):
            middle = [p for p in (_email_topics(choice, phrases),) if p]
            if len(" ".join([opening, *middle, interest, closing]).split()) < MIN_EMAIL_WORDS:
                middle.append(_email_extra(choice))
            for signature in _signatures(ctx, choice):
                paragraphs = [greeting, opening, *middle, interest, closing, signature]
                yield subject + "\n\n" + "\n\n".join(paragraphs)


def candidate_notes(context: MessageContext | dict, choice: Choice | None = None) -> Iterator[str]:
    """Every note the bank can make for a context, in order of preference (`choice`: which phrasings)."""
    ctx = as_context(context)
    choice = choice or choose(ctx)
    if ctx.kind == "thank_you_email":
        notes = _emails(ctx, choice)
    else:
        limit = facts_for(ctx).limit or 600
        notes = _short_notes(ctx, choice, limit)
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
    """The `template` provider: no model, no network, the same note for the same facts.

    Capabilities: writes from the facts (no prompt to render), deterministic (a rewrite request would get
    the same note back, so the loop makes one attempt), and its text is `source: template`."""

    name = "template"
    model = MODEL
    capabilities = Capabilities(prompt_style="facts", deterministic=True, source="template")

    def __init__(self, model: str | None = None, base_url: str | None = None) -> None:
        pass

    def draft(self, request: DraftRequest) -> Completion:
        return Completion(text=compose_from_facts(request.context), model=MODEL)
