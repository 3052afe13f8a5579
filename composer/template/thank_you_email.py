"""The thank-you email: a subject naming the interview, thanks, what was discussed, continued interest and a
sign-off, as candidates from the most complete to the shortest."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from composer.context import MessageContext
from composer.template.banks import (
    CHAT_NO_TOPIC,
    CHAT_OPENINGS,
    CHAT_STAY_IN_TOUCH,
    CHAT_SUBJECTS,
    EMAIL_CLOSINGS,
    EMAIL_EXTRA,
    EMAIL_INTEREST,
    EMAIL_NO_TOPIC,
    EMAIL_OPENINGS,
    EMAIL_SECOND_TOPICS,
    EMAIL_SIGN_OFFS,
    EMAIL_SUBJECTS,
    EMAIL_TOPICS,
    MAX_SUBJECT,
    ROLE_NOUNS,
)
from composer.template.choice import Choice
from composer.template.phrases import (
    LONG_TOPIC_PHRASE,
    about_phrases,
    as_conversation,
    company_before_noun,
    company_name,
    company_phrase,
    plain_topic,
    preferred_topics,
    they_asked_about,
    topic_frames,
    topic_phrases,
)
from composer.topics import informal, usable_topics
from guardrails.names import display_name

# A frequency at a topic's end reads as the talk's after 'talk about' ('We also found time to talk about te reo in
# the classroom every day'): such a topic is never the email's second.
_EVERY = re.compile(r"\b(?:every|each)\s+(?:day|week|morning|night|month|shift)\W*$", re.I)


def _email_topic_sets(topics: list[str]) -> Iterator[tuple[tuple[str, str], ...]]:
    """The topics an email names, each as typed and as the phrase it is named by, best first: the first two
    topics when the second is a plain phrase (a second topic is a second chance to paste a note's shorthand:
    an email names one topic well rather than two badly), then each alone (in a few of its phrasings), then
    none."""
    phrases = [
        [(t, p) for _, p in itertools.islice(topic_phrases(t, LONG_TOPIC_PHRASE, LONG_TOPIC_PHRASE), 4)]
        for t in topics
    ]
    second = len(phrases) > 1 and plain_topic(topics[1]) and not _EVERY.search(topics[1])
    if second and phrases[0] and phrases[1]:
        yield (phrases[0][0], phrases[1][0])
    for options in phrases:
        for named in options:
            yield (named,)
    yield ()


def interview_subject(ctx: MessageContext, choice: Choice, subjects: Sequence[str] = EMAIL_SUBJECTS) -> str:
    """A subject that names the interview, and the role or the company when they fit. A role written with a
    comma ('Associate, Commercial Litigation') reads badly before 'interview', so it is left out; so is the
    company's own 'the' after the subject's ('the NHS interview')."""
    role = "" if "," in ctx.role else ctx.role
    company = company_before_noun(ctx.company)
    fitting = [
        s.format(role=role, company=company, at_company=company_phrase(ctx.company))
        for s in subjects
        if ("{role}" not in s or role) and ("company}" not in s or company)
    ]
    fitting = [s for s in fitting if len(s) <= MAX_SUBJECT]
    named = [n for n in (role, company) if n]
    specific = [s for s in fitting if any(n in s for n in named)]
    return choice.pick(specific or fitting, "greeting")


def _email_opening(choice: Choice, about: str) -> str:
    return choice.pick(EMAIL_OPENINGS, "thanks").format(about=about)


def _email_topics(choice: Choice, named: tuple[tuple[str, str], ...], chat: bool = False) -> str:
    """The paragraph on what was discussed: the first topic and what it meant, then any second topic (`chat`:
    said of an informal conversation, not of an interview); each topic's sentence is chosen for it as typed
    ('she asked about screen time rules': talked over, not her view), and names it by its phrase."""
    if not named:
        return EMAIL_NO_TOPIC
    bank = [as_conversation(s) for s in EMAIL_TOPICS] if chat else EMAIL_TOPICS
    (topic, phrase), *more = named
    first = choice.pick(_frames(bank, topic, phrase), "topic").format(topic=phrase)
    rest = [choice.pick(_frames(EMAIL_SECOND_TOPICS, t, p), "topic").format(topic=p) for t, p in more]
    return " ".join([first, *rest])


def _frames(bank: Sequence[str], topic: str, phrase: str) -> Sequence[str]:
    """The sentences that can carry a topic named by `phrase`: those that suit the phrase, narrowed to those
    that suit the topic as typed when it was reported ('she asked about X': a conversation, never her view)."""
    frames = topic_frames(bank, phrase)
    return topic_frames(frames, topic) if they_asked_about(topic) else frames


def _email_interest(ctx: MessageContext, choice: Choice) -> str:
    """Continued interest; never 'your team' for a household ('Private family': a live-in carer has no team),
    nor to a panel member who works elsewhere (`interviewer_company`: the team is not theirs)."""
    household = bool(ctx.company) and not company_name(ctx.company)
    bank = [s for s in EMAIL_INTEREST if "team" not in s] if household else EMAIL_INTEREST
    interest = choice.pick(bank, "extra")
    return interest.replace("your team", "the team") if ctx.interviewer_company else interest


def _email_extra(choice: Choice) -> str:
    return choice.pick(EMAIL_EXTRA, "extra")


def _email_closing(choice: Choice, chat: bool = False) -> str:
    """The closing line; after an informal conversation, none that waits on a decision."""
    closing = choice.pick(EMAIL_CLOSINGS, "closing")
    return (
        EMAIL_CLOSINGS[0] if chat and ("consideration" in closing or "hearing from" in closing) else closing
    )


def email_signature(ctx: MessageContext, choice: Choice) -> str:
    """The sign-off, with the candidate's name under it whenever it is known."""
    sign_off = choice.pick(EMAIL_SIGN_OFFS, "closing")
    return f"{sign_off}\n{display_name(ctx.candidate_name)}" if ctx.candidate_name else sign_off


def candidates(ctx: MessageContext, choice: Choice) -> Iterator[str]:
    if informal(ctx):
        yield from _chat_candidates(ctx, choice)
        return
    subject = f"Subject: {interview_subject(ctx, choice)}"
    greeting = f"Dear {ctx.greeting},"
    interest, offer, closing = _email_interest(ctx, choice), _email_extra(choice), _email_closing(choice)
    signature = email_signature(ctx, choice)
    for about in about_phrases(ctx, choice.pick(ROLE_NOUNS, "thanks")):
        opening = _email_opening(choice, about)
        for phrases in _email_topic_sets(preferred_topics(usable_topics(ctx))):
            middle = [p for p in (_email_topics(choice, phrases),) if p]
            paragraphs = [greeting, opening, *middle, f"{interest} {offer}", closing, signature]
            yield subject + "\n\n" + "\n\n".join(paragraphs)


def _chat_candidates(ctx: MessageContext, choice: Choice) -> Iterator[str]:
    """The email after an informal conversation (a coffee chat, a networking call): thanks for the talk, what
    was discussed, staying in touch; no interview, no role, no interest in a job."""
    subject = f"Subject: {choice.pick(CHAT_SUBJECTS, 'greeting')}"
    greeting = f"Dear {ctx.greeting},"
    opening = choice.pick(CHAT_OPENINGS, "thanks")
    stay = choice.pick(CHAT_STAY_IN_TOUCH, "extra")
    closing, signature = _email_closing(choice, chat=True), email_signature(ctx, choice)
    for phrases in _email_topic_sets(preferred_topics(usable_topics(ctx))):
        topics = _email_topics(choice, phrases, chat=True) if phrases else CHAT_NO_TOPIC
        paragraphs = [greeting, opening, topics, stay, closing, signature]
        yield subject + "\n\n" + "\n\n".join(paragraphs)
