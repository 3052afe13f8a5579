"""The status-check email: a subject naming the interview, thanks, the one question with the date they gave,
continued interest, a closing line and a sign-off, as candidates from the most complete to the shortest."""

from __future__ import annotations

from collections.abc import Iterator

from composer.context import MessageContext
from composer.template.banks import ROLE_NOUNS
from composer.template.choice import Choice
from composer.template.phrases import about_phrases
from composer.template.sequence_banks import (
    STATUS_ASK_NO_DATE,
    STATUS_ASKS,
    STATUS_CLOSINGS,
    STATUS_INTEREST,
    STATUS_OPENINGS,
    STATUS_SUBJECTS,
)
from composer.template.thank_you_email import email_signature, interview_subject


def _ask(ctx: MessageContext, choice: Choice) -> str:
    if ctx.decision_by is None:
        return STATUS_ASK_NO_DATE
    day = ctx.decision_by
    return choice.pick(STATUS_ASKS, "topic").format(date=f"{day:%B} {day.day}")


def candidates(ctx: MessageContext, choice: Choice) -> Iterator[str]:
    subject = f"Subject: {interview_subject(ctx, choice, STATUS_SUBJECTS)}"
    greeting = f"Dear {ctx.greeting},"
    ask, interest = _ask(ctx, choice), choice.pick(STATUS_INTEREST, "extra")
    closing, signature = choice.pick(STATUS_CLOSINGS, "closing"), email_signature(ctx, choice)
    for about in about_phrases(ctx, choice.pick(ROLE_NOUNS, "thanks")):
        opening = choice.pick(STATUS_OPENINGS, "thanks").format(about=about)
        paragraphs = [greeting, f"{opening} {ask}", interest, closing, signature]
        yield subject + "\n\n" + "\n\n".join(paragraphs)
