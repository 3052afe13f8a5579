"""The comment on one of the interviewer's posts: thanks for sharing it, then a line of the post quoted as
written, then perhaps a short closing; nothing about the interview, no question. Candidates best first."""

from __future__ import annotations

import re
from collections.abc import Iterator

from composer.context import MessageContext
from composer.template.choice import Choice
from composer.template.sequence_banks import COMMENT_CLOSINGS, COMMENT_QUOTES, COMMENT_THANKS
from composer.topics import may_name_topic
from guardrails.length import count
from guardrails.text import normalize

MAX_QUOTE = 90  # characters of the post quoted: a line, not a paragraph
# Where a long sentence may be cut and still read as a whole clause: before one of these words.
_CUT = re.compile(r"\s(?=(?:by|with|and|but|because|so|after|while|which|when)\s)", re.I)
_PIECES = re.compile(r"[^.!?\n;:]+[.!?;:]?")
_LINK = re.compile(r"\S*(?:https?://|www\.)\S*")
_THANKS = re.compile(r"(?i)(?:many\s+)?thanks?\b|thank\s+you|grateful")
_JOINED = re.compile(r"(?i)(?:and|but|or|so|then)\b")  # a clause that leans on the one before it
_NOT_QUOTABLE = re.compile(r"[#@\"?]|https?:|www\.|[\u2190-\U0010ffff]")


def _heads(piece: str) -> list[str]:
    """The longest start of a long sentence that ends before a joining word and fits MAX_QUOTE."""
    cuts = [m.start() for m in _CUT.finditer(piece) if m.start() <= MAX_QUOTE]
    head = piece[: cuts[-1]].strip() if cuts and len(piece.strip()) > MAX_QUOTE else ""
    return [head] if len(head.split()) >= 5 else []


def quotable_lines(post: str | None) -> list[str]:
    """The post's sentences (then their clauses) a comment may quote: three words or more, at most
    MAX_QUOTE characters, no hashtag, mention, link, question, emoji or instruction to a model."""
    if not post:
        return []
    found = []
    for piece in _PIECES.findall(_LINK.sub("@", normalize(post))):
        if piece.endswith("?"):
            continue
        piece = piece.rstrip(".!;:")
        clauses = [c for c in piece.split(",") if c.strip() != piece.strip()]
        for line in [piece, *clauses, *_heads(piece)]:
            line = line.strip(" -\u2013\u2014'")
            if len(line.split()) < 3 or len(line) > MAX_QUOTE or _NOT_QUOTABLE.search(line):
                continue
            if _THANKS.match(line) or _JOINED.match(line) or not may_name_topic(line) or line in found:
                continue  # their own thanks to others is theirs to give, not a line to quote back
            found.append(line)
    return found


def candidates(ctx: MessageContext, choice: Choice, limit: int) -> Iterator[str]:
    thanks = choice.pick(COMMENT_THANKS, "thanks").format(first=ctx.first_name)
    closings = [choice.pick(COMMENT_CLOSINGS, "closing"), ""]
    pattern = choice.pick(COMMENT_QUOTES, "topic")
    for quote in quotable_lines(ctx.post):
        for closing in closings:
            text = " ".join(p for p in (thanks, pattern.format(quote=quote), closing) if p)
            if count(text)[0] <= limit:
                yield text
    yield f"{thanks} {closings[0]}"
