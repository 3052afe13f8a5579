"""Email: a thank-you email opens with a 'Subject:' line that names the interview, greets the interviewer by
name, and restates interest in the role, calmly, before a sign-off (the article: "Sending a thoughtful thank
you email reiterating your interest in the position is a great way to keep the lines of communication open").

Thanks, a topic, the body's length and the absence of pressure are judged by the rules every kind shares.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from guardrails.facts import Facts
from guardrails.names import TITLE_PATTERN, TITLES, first_name
from guardrails.rule import Finding, Rule
from guardrails.text import GENERIC, STOPWORDS, WORD, Draft, fold, stem
from guardrails.vocabulary import STATUS_CHECK, THANK_YOU_EMAIL

KINDS = frozenset({THANK_YOU_EMAIL, STATUS_CHECK})  # the status check is an email too
SUBJECT_CHARS = (10, 70)  # inboxes show about 60 characters of a subject; 'Thanks' alone says nothing

# The subject is the rest of the line, its trailing blanks cut in Python (a lazy group before '[ \t]*$'
# rescanned the blanks at each step: quadratic on a line of spaces, issue 14).
_SUBJECT_LINE = re.compile(r"^[ \t]*subject[ \t]*:[ \t]*(?P<subject>[^\n]*)$", re.I | re.M)
_OPENER = re.compile(r"\A\W*(?:(?:dear|hi|hello|good\s+(?:morning|afternoon|evening))\b[\s,]*)?")
_SALUTATION = re.compile(
    r"\A\W*(?:(?:dear|hi|hello|good\s+(?:morning|afternoon|evening))\b[\s,]*)?"
    rf"(?:{TITLE_PATTERN})?(?P<name>[a-z][a-z'-]*)"
)
_INTEREST_CUE = re.compile(
    r"\b(?:interest(?:ed)?|excit(?:ed|ing|ement)|enthusias(?:m|tic)|keen|eager|look(?:ing)?\s+forward"
    r"|love\s+to|welcome\s+the\s+(?:chance|opportunity)|appeal(?:s|ing)?|thrilled|motivated)\b"
)
_INTEREST_TARGET = re.compile(
    r"\b(?:role|position|opportunity|job|team|join(?:ing)?|contribut\w*|be\s+(?:a\s+)?part"
    r"|work(?:ing)?\s+(?:with|on|at|alongside|together))\b"
)
_SIGN_OFF = re.compile(
    r"\A\W*(?:best(?:\s+regards|\s+wishes)?|(?:kind|warm|warmest|many)\s+(?:regards|thanks)|regards"
    r"|sincerely(?:\s+yours)?|yours\s+(?:sincerely|truly)|thanks\s+again|thank\s+you\s+again"
    r"|with\s+(?:thanks|gratitude|appreciation)|all\s+the\s+best|respectfully)"
    r"\s*(?:,\s*[^\n,]{0,40})?[.!]?\s*\Z"  # only the closing on the line, perhaps ', Name' after it
)
_SENTENCES = re.compile(r"[^.!?\n]+")


@dataclass(frozen=True, slots=True)
class Email:
    """A draft split into its subject line and body, with where each starts in the text."""

    subject: str | None  # None when the first line is not 'Subject: ...'
    subject_span: tuple[int, int] | None  # the 'Subject:' line wherever it is, even when not first
    subject_line_number: int | None  # 1 when it is first, as it should be
    body: str
    body_start: int


def parse_email(text: str) -> Email:
    m = _SUBJECT_LINE.search(text)
    if m is None:
        return Email(None, None, None, text, 0)
    if text[: m.start()].strip():  # a 'Subject:' line, but not the first line
        return Email(None, m.span(), text.count("\n", 0, m.start()) + 1, text, 0)
    return Email(m.group("subject").rstrip(" \t"), m.span(), 1, text[m.end() :], m.end())


def example_subject(facts: Facts) -> str:
    """A subject to suggest in a fix: the role, else the company, else the interview alone."""
    ctx = facts.context
    if ctx.kind == STATUS_CHECK:
        return _status_subject(facts)
    if facts.informal:  # a coffee chat, a networking call: no interview to name
        return "Thank you for our conversation"
    if ctx.role and len(ctx.role) <= 40:
        return f"Thank you for the {ctx.role} interview"
    if ctx.company and len(ctx.company) <= 40:
        return f"Thank you for the interview at {ctx.company}"
    return "Thank you for the interview"


def _an_email(facts: Facts) -> str:
    return "a status-check email" if facts.kind == STATUS_CHECK else "a thank-you email"


def _status_subject(facts: Facts) -> str:
    ctx = facts.context
    if ctx.role and len(ctx.role) <= 40:
        return f"Following up on the {ctx.role} interview"
    if ctx.company and len(ctx.company) <= 40:
        return f"Following up on my interview at {ctx.company}"
    return "Following up on my interview"


def missing_subject(draft: Draft, facts: Facts) -> Iterator[Finding]:
    email = parse_email(draft.text)
    example = example_subject(facts)
    if email.subject is None and email.subject_span is not None:
        yield Finding(
            f"The subject line is line {email.subject_line_number}; an email's first line is its subject.",
            "Move the 'Subject: ...' line to the very top, then a blank line, then the greeting.",
            email.subject_span,
        )
    elif email.subject is None:
        yield Finding(
            f"Has no subject line; {_an_email(facts)} opens with 'Subject: ...'.",
            f"Add a first line 'Subject: {example}', then a blank line, then the greeting.",
            (0, 0),
        )
    elif not email.subject:
        yield Finding(
            "The subject line is empty.",
            f"Write the subject after 'Subject:', for example 'Subject: {example}'.",
            email.subject_span,
        )


def subject_length(draft: Draft, facts: Facts) -> Iterator[Finding]:
    email = parse_email(draft.text)
    if not email.subject:
        return  # email.missing_subject says what to do
    n = len(email.subject)
    low, high = SUBJECT_CHARS
    example = example_subject(facts)
    if n > high:
        yield Finding(
            f"Subject is {n} characters; inboxes show about 60, and a subject runs {low}-{high}.",
            f"Shorten the subject to at most {high} characters, for example 'Subject: {example}'.",
            email.subject_span,
        )
    elif n < low:
        yield Finding(
            f"Subject is {n} characters ({email.subject!r}); a subject runs {low}-{high} and names the "
            "interview.",
            f"Write a subject that says what the email is about, for example 'Subject: {example}'.",
            email.subject_span,
        )


def _stems(text: str) -> set[str]:
    return {stem(w) for w in WORD.findall(fold(text)) if w not in STOPWORDS}


def _frame_stems(facts: Facts) -> set[str]:
    """The role's and the company's own words: 'data', 'engineer', 'acme' (not 'role' or 'team')."""
    ctx = facts.context
    return {s for s in _stems(f"{ctx.role} {ctx.company}") if s not in GENERIC and len(s) > 1}


# What the subject of an email after an informal conversation (Facts.informal) names in place of an interview.
_CONVERSATION = {stem(w) for w in "conversation chat coffee call talk talking meeting meet time".split()}


def vague_subject(draft: Draft, facts: Facts) -> Iterator[Finding]:
    email = parse_email(draft.text)
    if not email.subject or len(email.subject) < SUBJECT_CHARS[0]:
        return  # missing or too short: the other subject rules say what to do
    said = _stems(email.subject)
    if said & ({"interview"} | _frame_stems(facts) | (_CONVERSATION if facts.informal else set())):
        return
    company = fold(facts.context.company)
    if company and company in fold(email.subject):  # "AT&T": no word of it long enough to stem
        return
    yield Finding(
        f"Subject {email.subject!r} names neither the interview, the role nor the company.",
        f"Say in the subject what the email is about, for example 'Subject: {example_subject(facts)}'.",
        email.subject_span,
    )


def _named(folded: str, facts: Facts) -> bool:
    names = [n for n in (*facts.greet_names, facts.first, facts.last) if n]
    return any(re.search(rf"(?<![a-z0-9]){re.escape(n)}(?![a-z0-9])", folded) for n in names)


def _greets(line: str, facts: Facts) -> bool:
    """The salutation line names them as they are greeted: a greeting name, or title and family name."""
    m = _SALUTATION.match(line)
    if m is None:
        return False
    rest = line[m.start("name") :]
    titled = m.group(0)[: m.start("name")].rstrip().endswith(tuple(TITLES) + tuple(f"{t}." for t in TITLES))
    if facts.titled and titled and rest.startswith(facts.last):
        return True
    # The greeting as the context writes it, title and all ('Dear Station Manager al-Harthi', 'Dear Mr. Wong'
    # for a greet_as of 'Mr. Wong'): a rank of two words or a title inside greet_as is no single title.
    after = line[_OPENER.match(line).end() :]
    return any(after.startswith(n) for n in (fold(facts.greeting), *facts.greet_names) if n) or any(
        rest.startswith(n) for n in facts.greet_names if n
    )


def no_greeting(draft: Draft, facts: Facts) -> Iterator[Finding]:
    if not _named(draft.folded, facts):
        return  # not named anywhere: specificity.greets_interviewer says what to do
    email = parse_email(draft.text)
    body = email.body
    first = re.search(r"[^\s][^\n]*", body)
    if first is None:
        return
    line = fold(first.group(0))
    if _greets(line, facts):
        return
    who = facts.greeting
    start = email.body_start + first.start()
    yield Finding(
        f"The email opens with {first.group(0)[:40]!r} instead of a greeting to {who}.",
        f"Start the body, right after the subject line, with 'Dear {who},' on its own line.",
        (start, start + len(first.group(0))),
    )


def no_continued_interest(draft: Draft, facts: Facts) -> Iterator[Finding]:
    if facts.informal:  # a coffee chat, a networking call: no role to be interested in
        return
    body = fold(parse_email(draft.text).body)
    frame = _frame_stems(facts)
    for sentence in _SENTENCES.findall(body):
        if not _INTEREST_CUE.search(sentence):
            continue
        if _INTEREST_TARGET.search(sentence) or frame & _stems(sentence):
            return
    ctx = facts.context
    role = f"the {ctx.role} role" if ctx.role else "the role"
    at = f" at {ctx.company}" if ctx.company else ""
    yield Finding(
        f"Does not restate interest in the role; {_an_email(facts)} reiterates it once.",
        "Add one calm sentence restating your interest, for example "
        f"'I remain very interested in {role}{at}.'",
    )


def _closing(draft: Draft) -> tuple[list[str], int | None]:
    """The email's last three lines (folded) and which of them is the sign-off ('Best regards,'), if any."""
    lines = [line for line in fold(draft.text).split("\n") if line.strip()]
    tail = lines[-3:]
    return tail, next((i for i, line in enumerate(tail) if _SIGN_OFF.match(line)), None)


def _signed(tail: list[str], closing: int | None, candidate: str) -> bool:
    """The candidate's first name (or any part of the name) after the sign-off, or on the last lines."""
    said = set(WORD.findall(" ".join(tail[closing or 0 :])))
    parts = {fold(first_name(candidate))} | {p for p in WORD.findall(fold(candidate)) if len(p) > 1}
    return not said.isdisjoint(parts)


def no_sign_off(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """A warning: no 'Best regards,' (or the like) before the name. A missing name, when the candidate's name
    is known, is `email.unsigned`'s error."""
    tail, closing = _closing(draft)
    candidate = facts.context.candidate_name
    if closing is not None or candidate and not _signed(tail, closing, candidate):
        return
    name = f"your name ({candidate})" if candidate else "your name"
    yield Finding(
        "Ends without a sign-off such as 'Best regards,' before the sender's name.",
        f"End with 'Best regards,' on its own line and {name} on the next.",
    )


def unsigned(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """The candidate's name is known but the email does not end with it: 'Best regards,' and nothing after."""
    candidate = facts.context.candidate_name
    if not candidate:
        return
    tail, closing = _closing(draft)
    if _signed(tail, closing, candidate):
        return
    ending = "after the sign-off" if closing is not None else "at the end"
    yield Finding(
        f"The email is not signed: the candidate's name ({candidate}) is not {ending}.",
        f"End with 'Best regards,' on its own line and {candidate} on the next.",
    )


MISSING_SUBJECT = Rule("email.missing_subject", "tone", "error", missing_subject, kinds=KINDS)
SUBJECT_LENGTH = Rule("email.subject_length", "length", "error", subject_length, kinds=KINDS)
VAGUE_SUBJECT = Rule("email.vague_subject", "specificity", "error", vague_subject, kinds=KINDS)
NO_GREETING = Rule("email.no_greeting", "specificity", "error", no_greeting, kinds=KINDS)
NO_CONTINUED_INTEREST = Rule(
    "email.no_continued_interest", "specificity", "error", no_continued_interest, kinds=KINDS
)
NO_SIGN_OFF = Rule("email.no_sign_off", "tone", "warning", no_sign_off, kinds=KINDS)
UNSIGNED = Rule("email.unsigned", "tone", "error", unsigned, kinds=KINDS)
RULES = [
    MISSING_SUBJECT,
    SUBJECT_LENGTH,
    VAGUE_SUBJECT,
    NO_GREETING,
    NO_CONTINUED_INTEREST,
    NO_SIGN_OFF,
    UNSIGNED,
]
