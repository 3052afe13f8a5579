"""The facts as phrases a sentence can hold: a topic tidied and cut to fit a budget of characters (which
topics may be named at all is composer.topics' to say), and the interview named by its role and company."""

from __future__ import annotations

import re
from collections.abc import Iterator

from composer.context import MessageContext
from composer.topics import usable_topics  # noqa: F401  (the template names only these)
from guardrails.length import count

_URL = re.compile(r"\bhttps?://\S+|\bwww\.\S+", re.I)
_SYMBOLS = re.compile(r"[\[\]{}<>#*_`|~^@$%=\\\"“”«»!?]|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]")
_CLAUSE = re.compile(r"\s*(?:[,;:()]|\s[-–—]\s|\.\s|\band\b|\bbut\b|\bwhich\b|\bwhere\b)\s*", re.I)
# The words a topic phrase is never cut after ("the modelling behind them" keeps "them"): a deliberate
# subset of guardrails.text.STOPWORDS, which a test holds it to.
PHRASE_JOINTS = frozenset(
    """a an and or but the of to in on at for with by from as about into over under via vs our your my their
    its is are was were be been being how what why when which who that this these those we i you they it
    so than then also very just more most some any all each across between through during without within
    including like such around beyond toward towards against among per after before since until while where
    whose using based""".split()
)
_LOWER_FIRST = frozenset("the a an how what why when our your my their its this that these those".split())
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
    return word.lower().strip(".,;:'") in PHRASE_JOINTS


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
