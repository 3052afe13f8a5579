"""Follow-up: the message after the interviewer accepts the request. It thanks them for connecting, recalls
one thing discussed, may share one relevant article or piece of company news, and asks for nothing. The
article: "A simple thank-you message acknowledging the connection can go a long way. You might ... share a
relevant article"; "Refrain from bombarding interviewers with messages constantly after connecting."

Length, the greeting, the topic and the pressure rules (decision, meeting, referral) are shared by every kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.facts import Facts
from guardrails.rule import Finding, Rule
from guardrails.text import LINKS, Draft
from guardrails.vocabulary import FOLLOW_UP

KINDS = frozenset({FOLLOW_UP})

_THANKS = re.compile(r"\b(?:thank(?:s|\s+you)?|grateful|appreciat(?:e|ed|es|ing|ion))\b")
_CONNECTED = re.compile(
    r"\b(?:connect(?:ing|ed|ion)?|accept(?:ing|ed)?|add(?:ing|ed)?\s+me|invitation|invite|request)\b"
)
_SENTENCES = re.compile(r"[^.!?\n]+")
_ASKS_TO_CONNECT = re.compile(
    r"\b(?:love|like|want|wanted|hope|hoping|glad|happy)\s+to\s+connect(?:\s+with\s+you)?(?:\s+on\s+linkedin)?\b"
    r"|\b(?<!to\s)(?<!for\s)(?:please\s+)?accept\s+my\s+(?:connection\s+)?(?:request|invitation|invite)"
    r"|\bhope\s+you(?:'ll|\s+will|\s+would)\s+accept\b"
    r"|\badd\s+you\s+to\s+my\s+(?:professional\s+)?network"
    r"|\blet's\s+connect\b"
)
REQUEST = re.compile(  # asking them for something (post_comment uses it too)
    r"\b(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:take\s+a\s+look|look|review|check|read|send|share"
    r"|forward|help|let\s+me\s+know|give|tell|introduce|pass|recommend|connect\s+me|put\s+me|spare|find)\b"
    r"|\bwould\s+you\s+(?:mind|be\s+(?:willing|open|able|up\s+for|interested))\b"
    r"|\bplease\s+(?:take\s+a\s+look|look|review|check|read|send|share|forward|consider|let\s+me\s+know)\b"
    r"|\blet\s+me\s+know\s+if\s+(?:there|you|any)\b"
    r"|\b(?:any|some)\s+(?:advice|tips|pointers|feedback|guidance|suggestions)\b"
    r"|\b(?:i\s+was|i'm|i\s+am)\s+(?:hoping|wondering)\s+(?:if|whether|you)\b"
    r"|\bif\s+you\s+(?:could|can|have\s+a\s+(?:moment|minute|few\s+minutes))\b"
    r"|\bkeep\s+me\s+in\s+mind\b"
    r"|\bdo\s+you\s+(?:have|know)\s+(?:any|of)\b"
)
MAX_LINKS = 1


def no_thanks_for_connecting(draft: Draft, facts: Facts) -> Iterator[Finding]:
    for sentence in _SENTENCES.findall(draft.folded):
        if _THANKS.search(sentence) and _CONNECTED.search(sentence):
            return
    who = facts.context.first_name
    yield Finding(
        "Does not thank them for connecting; a follow-up is sent because they accepted the request.",
        f"Open by thanking {who} for connecting, for example 'Hi {who}, thank you for connecting.'",
    )


def _matches(pattern: re.Pattern[str], draft: Draft, facts: Facts) -> Iterator[re.Match[str]]:
    """Matches in the folded draft, except words that are themselves interview facts (a topic such as
    'any advice on data contracts')."""
    for m in pattern.finditer(draft.folded):
        if m.group(0) not in facts.raw:
            yield m


def asks_to_connect(draft: Draft, facts: Facts) -> Iterator[Finding]:
    for m in _matches(_ASKS_TO_CONNECT, draft, facts):
        yield Finding(
            f"Asks to connect, but they have already accepted: {draft.text[m.start() : m.end()]!r}.",
            "Remove the request to connect (they already accepted); thank them for connecting instead.",
            m.span(),
        )


def makes_request(draft: Draft, facts: Facts) -> Iterator[Finding]:
    for m in _matches(REQUEST, draft, facts):
        yield Finding(
            f"Asks them for something: {draft.text[m.start() : m.end()]!r}.",
            "Remove the request; a follow-up thanks them for connecting, recalls one thing you discussed "
            "and, at most, shares one article, and asks for nothing.",
            m.span(),
        )


def too_many_links(draft: Draft, facts: Facts) -> Iterator[Finding]:
    links = list(LINKS.finditer(draft.folded, draft.text))
    if len(links) > MAX_LINKS:
        shown = ", ".join(repr(draft.text[m.start() : m.end()]) for m in links)
        yield Finding(
            f"Shares {len(links)} links ({shown}); a follow-up shares at most {MAX_LINKS}.",
            "Keep only the one link most relevant to what you discussed, and remove the others.",
            links[MAX_LINKS].span(),
        )


NO_THANKS_FOR_CONNECTING = Rule(
    "follow_up.no_thanks_for_connecting", "gratitude", "error", no_thanks_for_connecting, kinds=KINDS
)
ASKS_TO_CONNECT = Rule("follow_up.asks_to_connect", "tone", "error", asks_to_connect, kinds=KINDS)
MAKES_REQUEST = Rule("follow_up.makes_request", "eagerness", "error", makes_request, kinds=KINDS)
TOO_MANY_LINKS = Rule("follow_up.too_many_links", "tone", "error", too_many_links, kinds=KINDS)
RULES = [NO_THANKS_FOR_CONNECTING, ASKS_TO_CONNECT, MAKES_REQUEST, TOO_MANY_LINKS]
