"""How alike the notes of one panel read: which to rewrite, the feedback that asks for a note in its own
words, and what each line says about its panel (the closest note, and a warning when it is too close).

Interviewers compare notes. Two notes that differ only in the name and the topic read as a form letter,
however well each passes the guardrails on its own. The measure is the Jaccard overlap of word 3-grams
(three-word phrases): the share of phrases the two notes have in common, out of all phrases either uses.
Names of the panel are masked first, so "Hi Sofía, thank you" and "Hi Raj, thank you" count as the same
phrase, as a reader comparing them would count it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from composer.result import Result

# 0.30: measured on 30-word connection notes (about 28 phrases each) for one Data Engineer role at Acme.
# - Notes that share only what the facts force ("the Data Engineer role at Acme"): about 0.07-0.13.
# - The same stock opening sentence, different topic sentence and closing: 0.22.
# - Same topic sentence and closing, different opening: 0.29.
# - The same note with the name and the topic swapped: 0.56.
# So above 0.30 two notes share more than their facts and one stock sentence: most of their wording is the
# same, and a reader comparing them sees a template. Below it they read as written separately.
SIMILARITY_THRESHOLD = 0.30
NGRAM = 3
MAX_REWRITE_ROUNDS = 2  # after two rewrites a note still too similar is kept, with a warning
_WORD = re.compile(r"\w+(?:['’]\w+)*")
NAME_TOKEN = "\u2063name"  # no real word can be equal to it
_SENTENCE_END = re.compile(r"[.!?;:\n]+")


def name_words(names: Iterable[str]) -> frozenset[str]:
    """Every word of the panel's names, case-folded: the words a note's phrases are compared without."""
    return frozenset(w.casefold() for name in names for w in _WORD.findall(name))


def words(text: str, names: Iterable[str] = (), *, masked: frozenset[str] | None = None) -> list[str]:
    """The note's words, lower-cased, with every word of a panel member's name replaced by one token
    (`masked`: the panel's `name_words`, when already known)."""
    masked = name_words(names) if masked is None else masked
    return [NAME_TOKEN if w in masked else w for w in (m.casefold() for m in _WORD.findall(text))]


def shingles(
    text: str, names: Iterable[str] = (), n: int = NGRAM, *, masked: frozenset[str] | None = None
) -> set[tuple[str, ...]]:
    ws = words(text, names, masked=masked)
    if len(ws) < n:
        return {tuple(ws)} if ws else set()
    return {tuple(ws[i : i + n]) for i in range(len(ws) - n + 1)}


def jaccard(a: set, b: set) -> float:
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def similarity(a: str, b: str, names: Iterable[str] = ()) -> float:
    """Word 3-gram Jaccard overlap of two notes, panel names masked: 0 nothing shared, 1 the same phrases."""
    masked = name_words(names)
    return jaccard(shingles(a, masked=masked), shingles(b, masked=masked))


def text_ratio(a: str, b: str) -> float:
    """difflib's character-level ratio, the second opinion the tests and the report quote."""
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def shared_phrases(
    a: str, b: str, names: Iterable[str] = (), min_words: int = 4, limit: int = 3
) -> list[str]:
    """The longest runs of words the two notes share within a sentence (names masked out), longest first."""
    masked = name_words(names)
    wa = [w for sentence in _SENTENCE_END.split(a) for w in [*words(sentence, masked=masked), NAME_TOKEN]]
    wb = [w for sentence in _SENTENCE_END.split(b) for w in [*words(sentence, masked=masked), NAME_TOKEN]]
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    runs = []
    for block in matcher.get_matching_blocks():
        segment: list[str] = []
        for w in [*wa[block.a : block.a + block.size], NAME_TOKEN]:  # a name or a sentence's end splits a run
            if w != NAME_TOKEN:
                segment.append(w)
                continue
            if len(segment) >= min_words:
                runs.append(" ".join(segment))
            segment = []
    return sorted(runs, key=lambda r: -len(r.split()))[:limit]


@dataclass(frozen=True)
class Resemblance:
    """Note `index` reads too much like note `other` (indices into the panel's notes)."""

    index: int
    other: int
    score: float


class Comparison:
    """One panel's notes compared pairwise, at a cost that grows with the pairs, not faster: the names are
    masked once for the panel, each note's phrases found once, and each pair scored once (again only when
    one of its two notes has changed, after a rewrite)."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = list(names)
        self.folded = [name.casefold() for name in self.names]
        self.masked = name_words(self.names)
        self._phrases: dict[str, set[tuple[str, ...]]] = {}
        self._scores: dict[tuple[int, int], tuple[str, str, float]] = {}

    def phrases(self, text: str) -> set[tuple[str, ...]]:
        if text not in self._phrases:
            self._phrases[text] = shingles(text, masked=self.masked)
        return self._phrases[text]

    def scores(self, texts: Sequence[str | None]) -> dict[tuple[int, int], float]:
        """`similarity` of every pair of notes (i < j) that can be compared: not a row with no note (`None`,
        its provider failed), nor two rows to the same person (a note and an email)."""
        present = [i for i, text in enumerate(texts) if text is not None]
        scores = {}
        for position, i in enumerate(present):
            a = texts[i]
            for j in present[position + 1 :]:
                if self.folded[i] == self.folded[j]:
                    continue
                b = texts[j]
                known = self._scores.get((i, j))
                if known is None or known[0] != a or known[1] != b:
                    known = (a, b, jaccard(self.phrases(a), self.phrases(b)))
                    self._scores[i, j] = known
                scores[i, j] = known[2]
        return scores


def pair_similarities(
    texts: Sequence[str | None], names: Sequence[str], comparison: Comparison | None = None
) -> dict[tuple[int, int], float]:
    """`similarity` of every pair of notes (i < j) that can be compared (see `Comparison.scores`)."""
    return (comparison or Comparison(names)).scores(texts)


def too_similar(
    texts: Sequence[str | None],
    names: Sequence[str],
    fixed: Sequence[bool] = (),
    threshold: float = SIMILARITY_THRESHOLD,
    comparison: Comparison | None = None,
) -> list[Resemblance]:
    """Which notes to rewrite, each with the note it resembles most.

    Notes are kept in order: each note is compared with the notes kept before it, and one that is too
    similar to any of them is marked for a rewrite (so of two alike notes, the later one is rewritten). A
    `fixed` note (already written in an earlier run) is never marked, and is compared with every other
    note. `None` stands for a row with no note (its provider failed). Two rows to the same person (a note
    and an email to one interviewer) are not compared.
    """
    fixed = list(fixed) or [False] * len(texts)
    scores = pair_similarities(texts, names, comparison)
    order = [i for i in range(len(texts)) if fixed[i]] + [i for i in range(len(texts)) if not fixed[i]]
    kept: list[int] = []
    marked: list[Resemblance] = []
    for i in order:
        if texts[i] is None:
            continue
        compared = [(scores.get((min(i, k), max(i, k))), k) for k in kept]
        best = max(((score, k) for score, k in compared if score is not None), default=(0.0, -1))
        if not fixed[i] and best[0] >= threshold:
            marked.append(Resemblance(index=i, other=best[1], score=best[0]))
        kept.append(i)
    return sorted(marked, key=lambda r: r.index)


def max_similarity(
    texts: Sequence[str | None], names: Sequence[str], comparison: Comparison | None = None
) -> tuple[float, int, int] | None:
    """The most alike pair of notes for different people: (score, i, j), or None with fewer than two."""
    best = None
    for (i, j), score in pair_similarities(texts, names, comparison).items():
        if best is None or score > best[0]:
            best = (score, i, j)
    return best


def closest_notes(
    texts: Sequence[str | None], names: Sequence[str], comparison: Comparison | None = None
) -> list[tuple[float, int]]:
    """For each note, the most alike note of another member: (score, its index); (0.0, -1) when none."""
    closest = [(0.0, -1)] * len(texts)
    for (i, j), score in pair_similarities(texts, names, comparison).items():
        closest[i] = max(closest[i], (score, j))
        closest[j] = max(closest[j], (score, i))
    return closest


@dataclass(frozen=True)
class Annotation:
    """What one line of a panel says about it: the note most like its own, and the warning when too alike."""

    size: int  # members of the panel
    max_similarity: float
    closest: str | None  # the id of that note's row
    warning: str | None

    def field(self, rewrites: int) -> dict[str, Any]:
        """The line's `panel` field; `rewrites`: how many times this note was rewritten to stand apart."""
        return {
            "size": self.size,
            "max_similarity": round(self.max_similarity, 3),
            "closest": self.closest,
            "rewrites": rewrites,
        }

    def warn(self, result: Result) -> Result:
        """The result with the `panel.too_similar` warning added, if there is one."""
        if self.warning is None:
            return result
        return result.model_copy(update={"warnings": [*result.warnings, self.warning]})


def annotate(
    ids: Sequence[str],
    names: Sequence[str],
    texts: Sequence[str | None],
    comparison: Comparison | None = None,
) -> list[Annotation]:
    """Each member's annotation, from the panel's final notes (`None`: a row with no note)."""
    annotations = []
    for score, other in closest_notes(texts, names, comparison):
        warning = None
        if score >= SIMILARITY_THRESHOLD:
            warning = (
                f"panel.too_similar: reads like the note to {names[other]} (three-word phrases overlap "
                f"{score:.0%}; the threshold is {SIMILARITY_THRESHOLD:.0%})"
            )
        closest = ids[other] if other >= 0 else None
        annotations.append(Annotation(len(ids), score, closest, warning))
    return annotations


def rewrite_feedback(
    text: str, other_text: str, other_name: str, first_name: str, topics: Sequence[str], score: float,
    names: Iterable[str] = (),
) -> list[str]:  # fmt: skip
    """The lines sent with the rewrite request: which note it resembles, what they share, what to lean on."""
    names = list(names)
    lines = [
        f"This note reads too much like the note to {other_name}, another member of the same interview "
        f"panel (their three-word phrases overlap {score:.0%}), and the panel may compare notes. Rewrite it "
        "in different words.",
    ]
    phrases = shared_phrases(text, other_text, names)
    if phrases:
        quoted = "; ".join(f"'{p}'" for p in phrases)
        lines.append(f"Do not reuse these phrases from the note to {other_name}: {quoted}.")
    if topics:
        listed = "; ".join(topics)
        lines.append(
            f"Lean on what was discussed with {first_name} ({listed}): make that the heart of the note, so it "
            f"could only have been written to {first_name}. Do not name {other_name}."
        )
    else:
        lines.append(
            f"Lean on what was discussed with {first_name}, so the note could only have been written to "
            f"{first_name}. Do not name {other_name}."
        )
    return lines
