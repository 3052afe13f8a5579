"""The short LinkedIn messages, the connection note and the follow-up: greeting, thanks, a topic,
[interest,] closing, as candidates from the most complete to the shortest that fit the limit."""

from __future__ import annotations

import re
from collections.abc import Iterator

from composer.context import MessageContext
from composer.template.banks import (
    GREETINGS,
    REMIND_THANKS,
    ROLE_NOUNS,
    SHARE_SENTENCE,
    SHORT_BANKS,
    ShortBanks,
)
from composer.template.choice import Choice
from composer.template.phrases import (
    LONG_TOPIC_PHRASE,
    MAX_TOPIC_PHRASE,
    about_phrases,
    as_conversation,
    preferred_topics,
    topic_frames,
    topic_phrases,
)
from composer.template.sequence_banks import OUTCOME_BANKS
from composer.topics import informal, shareable, usable_topics
from guardrails.length import count


def _greeting(ctx: MessageContext, choice: Choice) -> str:
    return choice.pick(GREETINGS, "greeting").format(first=ctx.greeting)


def _thanks(banks: ShortBanks, choice: Choice, about: str, remind: bool = False) -> str:
    return (REMIND_THANKS if remind else choice.pick(banks.thanks, "thanks")).format(about=about)


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


def candidates(ctx: MessageContext, choice: Choice, limit: int) -> Iterator[str]:
    """Candidates best first. The topic is what makes the note this interviewer's own, so a whole topic
    with a shorter name for the job ('the Data Engineer role', without the company they work at) comes
    before a topic cut short, and the closing is dropped before either. A topic with no complete phrase
    that fits is left out, and with none left the note thanks without naming a topic."""
    banks = SHORT_BANKS[ctx.kind] if ctx.kind in SHORT_BANKS else OUTCOME_BANKS[ctx.kind]
    # a coffee chat, a networking call: thanks for the talk, no role, no interest in a job
    chat = informal(ctx) and bool(banks.chat_thanks)
    greeting = _greeting(ctx, choice)
    share = shareable(ctx)  # a follow-up shares the article or news it was given, in place of interest
    interest = SHARE_SENTENCE.format(share=share) if share else "" if chat else _interest(banks, choice)
    closings = [_closing(banks, choice), ""]
    thanks_options = (
        [choice.pick(banks.chat_thanks, "thanks")]
        if chat
        else [
            _thanks(banks, choice, a, remind=ctx.remind_of_interview and ctx.kind == "connection_note")
            for a in about_phrases(ctx, choice.pick(ROLE_NOUNS, "thanks"))
        ]
    )
    topic_bank = [as_conversation(t) for t in banks.topic] if chat else banks.topic
    bare_thanks = thanks_options[0] if chat else banks.bare_thanks
    topic_first = _topic_first(ctx, choice)
    longest = LONG_TOPIC_PHRASE if ctx.kind == "follow_up" else MAX_TOPIC_PHRASE
    options: list[tuple[int, int, int, int, int, str]] = []
    for which, topic in enumerate(
        preferred_topics(usable_topics(ctx))
    ):  # the bare thanks last: room for a longer topic
        pattern = choice.pick(topic_frames(topic_bank, topic), "topic")
        for shorter, thanks in enumerate([*thanks_options, bare_thanks]):
            body = (
                [_after_greeting(pattern), thanks[:1].upper() + thanks[1:]]
                if topic_first
                else [thanks, pattern]
            )
            for dropped, closing in enumerate(closings):
                frame = " ".join(p for p in (greeting, *body, interest, closing) if p)
                budget = limit - count(frame.replace("{topic}", ""))[0]
                for order, (tier, phrase) in enumerate(topic_phrases(topic, budget, longest)):
                    options.append((tier, which, shorter, dropped, order, frame.replace("{topic}", phrase)))
    yield from (text for *_, text in sorted(options))
    for thanks in thanks_options:  # no topic to name (or none fits)
        for closing in closings:
            yield " ".join(p for p in (greeting, thanks, interest, closing) if p)
    for closing in closings:  # the role too long to name: thanks and staying in touch still make a note
        yield f"{greeting} {bare_thanks} {closing or banks.closings[0]}"
