"""Which phrasing of each part a context gets: one seed per panel, and a distinct phrasing of every part for
each member of it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from composer.context import MessageContext
from composer.template.banks import PANEL_VARIANTS


@dataclass(frozen=True)
class Choice:
    """Which phrasing of each part a context gets: indices into the banks, modulo a bank's size.

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


# The facts the phrasing was first chosen from. A field added to the context since counts only when it is
# set, so that adding one never changes a note written without it (tests/test_template_now.py holds this).
PHRASING_FIELDS = frozenset(
    {"interviewer_name", "role", "company", "topics", "account", "kind", "candidate_name", "other_names",
     "interview_date"}
)  # fmt: skip
# What was sent before, whether the note must say which interview it was, and where the interviewer works
# (never named), pick no phrasing at all.
NOT_PHRASING = frozenset({"history", "remind_of_interview", "interviewer_company"})


def _phrasing_facts(ctx: MessageContext) -> dict:
    data = ctx.model_dump(mode="json", exclude=set(NOT_PHRASING))
    return {k: v for k, v in data.items() if k in PHRASING_FIELDS or v not in (None, "", [], False)}


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
    data = _phrasing_facts(ctx)
    if ctx.other_names:
        panel, rank = panel_rank(ctx)
        private = ("interviewer_name", "other_names", "topics", "account", "greet_as", "other_topics")
        seed = _digest({**{k: v for k, v in data.items() if k not in private}, "panel": panel})
    else:
        rank, seed = 0, _digest(data)
    lap = rank // PANEL_VARIANTS
    offsets = [((seed >> (8 * i)) & 0xFF) + rank + lap * i for i in range(len(PARTS))]
    return Choice(**dict(zip(PARTS, offsets, strict=True)))
