"""Post comment: a short public reply to one of the interviewer's posts, the plan's "engage with their
posts" where a request would be too forward. It answers the post (the post's text is a fact), thanks them
for sharing it, and asks for nothing; it is public, so it never brings up the interview or the job. The
article: "Engaging with their professional content (liking, commenting, sharing) shows your interest and
keeps you relevant in their professional sphere."
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.facts import Facts
from guardrails.follow_up import REQUEST  # the follow-up's requests: a comment makes none either
from guardrails.length import count
from guardrails.rule import Finding, Rule
from guardrails.text import GENERIC, STOPWORDS, WORD, Draft, fold, stem
from guardrails.vocabulary import POST_COMMENT

KINDS = frozenset({POST_COMMENT})
CHARS = (30, 300)  # a reply, not an essay

_JOB_TALK = re.compile(
    r"\b(?:(?:my|our|the|last\s+week's|recent)\s+(?:\w+\s+){0,2}?interview(?:s)?|interview(?:ed|ing)\s+(?:me|with)"
    r"|my\s+(?:application|candidacy|job\s+search|resume|cv)|(?:the|this)\s+(?:role|position|opening|vacancy)"
    r"|hiring\s+(?:process|decision|manager)|(?:hire|hiring)\s+me|job\s+offer|(?:open\s+to|looking\s+for)\s+"
    r"(?:new\s+)?(?:roles|opportunities|work|a\s+job)|dm(?:ed)?\s+you|(?:sent|send)\s+you\s+(?:a\s+)?(?:message|dm|email)"
    r"|connection\s+request|(?:accept|connect)\s+(?:my\s+request|with\s+me))\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")


def _questions(text: str) -> Iterator[tuple[int, int]]:
    """Each question's span: from the end of the sentence before it to its '?'. One pass (a pattern such as
    `[^.!?]*\\?` would rescan a long run with no '?' from every position)."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group(0) == "?":
            yield start, m.end()
        start = m.end()


# Words any comment says whatever the post: they show nothing of it.
_ANY_COMMENT = frozenset(
    stem(w)
    for w in """thank thanks thanked sharing share shared post posting posted great good nice see seeing read
    reading proud happy excited glad today week year news congratulations congrats well done love""".split()
)


def _post_stems(facts: Facts) -> set[str]:
    post = facts.context.post or ""
    words = [w for w in WORD.findall(fold(post)) if w not in STOPWORDS and w not in GENERIC and len(w) > 2]
    return {stem(w) for w in words} - _ANY_COMMENT - {facts.first, facts.last}


def no_post_reference(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """The comment names at least one specific word of the post (by stem): it answers this post."""
    stems = _post_stems(facts)
    if not stems:
        return
    said = {stem(w) for w in WORD.findall(draft.folded)}
    if said & stems:
        return
    yield Finding(
        "Names nothing from the post it comments on; a comment answers the post.",
        "Mention one specific point of their post, in a few words, so the comment is about it.",
    )


def job_talk(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """A public comment that brings up the interview, the application or the job: pressure, in public."""
    for m in _JOB_TALK.finditer(draft.folded):
        if facts.context.post and fold(m.group(0)) in fold(facts.context.post):
            continue  # the post itself talks of the role ('we are hiring for this role')
        yield Finding(
            f"Brings the interview or the job into a public comment: {draft.text[m.start() : m.end()]!r}.",
            "Remove any mention of the interview, the role or your application: the comment is public and "
            "only answers the post.",
            m.span(),
        )


def asks_something(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """A question or a request: the comment asks for nothing (the article's 'without being intrusive')."""
    found = list(_questions(draft.folded))
    found += [m.span() for m in REQUEST.finditer(draft.folded) if m.group(0) not in facts.raw]
    if found:
        start, end = found[0]
        yield Finding(
            f"Asks for something: {draft.text[start:end].strip()!r}.",
            "Remove the question or request; the comment thanks them for sharing and adds one thought of "
            "your own about the post.",
            (start, end),
        )


def length(draft: Draft, facts: Facts) -> Iterator[Finding]:
    n = draft.count[0] if draft.beyond else count(draft.text.strip())[0]
    low, high = CHARS
    if n > high:
        yield Finding(
            f"Comment is {n} characters; a comment on a post stays under {high}.",
            f"Cut at least {n - high} characters: keep the thanks and one point about the post.",
        )
    elif n < low:
        yield Finding(
            f"Comment is {n} characters; about {low} are needed to say something about the post.",
            f"Write at least {low - n} more characters: thank them for sharing and name one point of the post.",
        )


NO_POST_REFERENCE = Rule(
    "post_comment.no_post_reference", "specificity", "error", no_post_reference, kinds=KINDS
)
JOB_TALK = Rule("post_comment.job_talk", "eagerness", "error", job_talk, kinds=KINDS)
ASKS_SOMETHING = Rule("post_comment.asks_something", "eagerness", "error", asks_something, kinds=KINDS)
LENGTH = Rule("post_comment.length", "length", "error", length, kinds=KINDS)
RULES = [NO_POST_REFERENCE, JOB_TALK, ASKS_SOMETHING, LENGTH]
