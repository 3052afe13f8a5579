"""Grammar: the failures a small model really makes, caught by narrow patterns that good notes never match.

- a clause or a pasted topic used where a sentence already has its verb: "We discussed how the clinic
  schedules follow-up visits was inspiring." ("Discussing how ... was inspiring" is fine: no verb before it);
- two verbs run together, or a verb without its "to": "I enjoyed learned", "I am excited learn";
- the role "on" the company: "the role on Monzo";
- a corrupted copy of a word of the facts or the note: "We discussed APIs ... about APIRs".

General fluency is out of reach of patterns; these catch the shapes seen in the bundled model's drafts.
Category `tone`: broken English reads as careless, like slang reads as casual.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from guardrails.facts import Facts
from guardrails.rule import Finding, Rule, phrase_check, shorten
from guardrails.text import STOPWORDS, WORD, AnyOf, Draft, Phrases, fold, starts_sentence, stem

# A sentence whose subject ("I", "we") already has its verb, then, with no clause between, "was inspiring".
_MAIN_VERB = re.compile(
    r"\b(?:i|we)\s+(?:(?:really|truly|also|especially|particularly|greatly|thoroughly)\s+)?(?:discussed|enjoyed"
    r"|loved|liked|appreciated|valued|covered|explored|(?:talked|spoke|learned|learnt)\s+about"
    r"|went\s+(?:over|through))\s+"
)
_CLAUSE_END = re.compile(r"[,;:.!?\n()\"]|\s-\s")
_COPULA = re.compile(r"\b(?:was|were|is|are)\s+(?P<next>[a-z-]+)")
_EVALUATION = frozenset(
    """inspiring interesting fascinating insightful helpful great eye-opening impressive valuable exciting
    enlightening informative useful enjoyable amazing wonderful fantastic brilliant excellent illuminating
    thought-provoking engaging encouraging refreshing memorable fun motivating compelling powerful intriguing
    remarkable good clear very really so truly particularly especially incredibly extremely quite a an the
    such""".split()
)
# Words that start a new clause, after which a "was" has a subject of its own.
_NEW_CLAUSE = frozenset(
    "that which who whom whose because and but so while since as if it this they he she there i we".split()
)
_WH = frozenset("how what why whether where when".split())


def _run_on(between: list[str]) -> bool:
    """True when the words between the verb and 'was' are one object with no subject of its own: a noun
    phrase ('triage for emergency cases'), or a wh-clause long enough to hold its own verb ('how the clinic
    schedules follow-up visits', not 'how the team')."""
    if not between or any(w in _NEW_CLAUSE for w in between):
        return False
    wh = next((i for i, w in enumerate(between) if w in _WH), None)
    return wh is None or len(between) - wh - 1 >= 4


def clause_as_subject(draft: Draft, facts: Facts) -> Iterator[Finding]:
    folded = draft.folded
    for verb in _MAIN_VERB.finditer(folded):
        end = _CLAUSE_END.search(folded, verb.end())
        stop = end.start() if end else len(folded)
        copula = _COPULA.search(folded, verb.end(), stop)
        if copula is None or copula.group("next") not in _EVALUATION:
            continue
        if not _run_on(WORD.findall(folded[verb.end() : copula.start()])):
            continue
        said = shorten(draft.text[verb.start() : copula.end()].strip(), 90)
        yield Finding(
            f"Is not a sentence: {said!r} gives a clause a second verb ('{copula.group(0).split()[0]}').",
            "Rewrite the sentence so it has one subject and one verb, for example 'I enjoyed our conversation "
            "about ...' or 'Hearing how ... was inspiring.'",
            (verb.start(), copula.end()),
        )


_BARE = (
    r"(?:learn|discuss|hear|talk|explore|connect|continue|see|meet|join|stay|contribute|share|follow|speak|keep"
    r"|build|grow|bring|apply|work)"
)
_RUN_TOGETHER = AnyOf(
    Phrases(
        r"\b(?:i|we)\s+(?:really\s+|truly\s+|also\s+)?(?:enjoyed|loved|liked|appreciated|valued|discussed|learned"
        r"|learnt)\s+(?:learned|learnt|discussed|talked|heard|spoke|spoken|met|explored|saw|understood|knew|went"
        r"|took|enjoyed|loved|interviewed|visited)\b",
        ("enjoyed", "loved", "liked", "appreciated", "valued", "discussed", "learn"),
    ),
    Phrases(
        r"\b(?:am|'m|are|'re|was|were|be|feel|felt)\s+(?:so\s+|very\s+|really\s+|truly\s+)?(?:excited|eager|keen"
        rf"|thrilled|delighted|glad|happy|pleased)\s+{_BARE}\b"
        rf"|(?:'d|would)\s+(?:really\s+|truly\s+)?(?:love|like)\s+{_BARE}\b"
        rf"|\blook(?:ing)?\s+forward\s+(?:{_BARE}(?:ing)?|(?:see|com|hav|mak|tak|giv)ing)\b"
        rf"|\blook(?:ing)?\s+forward\s+to\s+{_BARE}\b(?!\s+(?:with|on|alongside|together|at|in))",
        ("excited", "eager", "keen", "thrilled", "delighted", "glad", "happy", "pleased", "love", "like",
         "forward"),
    ),
    Phrases(
        r"\bto\s+(?:learned|discussed|talked|explored|enjoyed)\b",
        ("learned", "discussed", "talked", "explored", "enjoyed"),
    ),
)  # fmt: skip
verbs_run_together = phrase_check(
    _RUN_TOGETHER,
    "Runs two verbs together or leaves out 'to': {!r}.",
    "Rewrite the phrase as plain English: 'I enjoyed learning', 'I am excited to learn', 'I look forward to "
    "hearing'.",
)

_ROLE_NOUN = r"(?:role|position|job|post|interview|opportunity|opening|vacancy|internship|career)"


def company_preposition(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """'the role on Monzo': a role, a job or an interview is at a company."""
    company = facts.context.company
    if not company or " on " not in draft.folded:
        return
    pattern = re.compile(rf"\b{_ROLE_NOUN}\s+(on)\s+{re.escape(fold(company))}(?![\w'])")
    for m in pattern.finditer(draft.folded):
        said = draft.text[m.start() : m.end()]
        yield Finding(
            f"Says {said!r}: one has a role, a job or an interview at a company, not on it.",
            f"Write 'at {company}' instead of 'on {company}'.",
            m.span(1),
        )


# -------------------------------------------------------------- non-words: a corrupted copy of another word
_INFLECTIONS = ("s", "es", "'s", "d", "ed", "ing", "r", "er", "ers", "al", "ly", "y", "ic", "e")
_LETTERS = re.compile(r"[a-z]+")


def _inflection(a: str, b: str) -> bool:
    """One word is the other with an ending ('checkouts', 'designer', 'clinical'), or both share a stem."""
    short, long_ = sorted((a, b), key=len)
    return long_[len(short) :] in _INFLECTIONS and long_.startswith(short) or stem(a) == stem(b)


def _one_letter_off(word: str, model: str) -> bool:
    """`word` is `model` with one letter added or dropped inside it (not at the end, where an ending would
    be), or two neighbouring letters swapped: 'apirs' of 'apis', 'kafak' of 'kafka', 'migratin'."""
    if len(word) == len(model) + 1:
        return any(word[:i] + word[i + 1 :] == model for i in range(3, len(word) - 1))
    if len(word) + 1 == len(model):
        return any(model[:i] + model[i + 1 :] == word for i in range(3, len(model)))
    if len(word) == len(model):
        diff = [i for i in range(len(word)) if word[i] != model[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and word[diff[0]] == model[diff[1]]
            and (word[diff[1]] == model[diff[0]])
        )
    return False


_WORDS_AS_WRITTEN = re.compile(r"[^\W\d_]+")


def _capital(text: str, at: int, word: str) -> bool:
    """Written as a name or an acronym: capitals inside ('APIs'), or a capital not opening a sentence."""
    if any(c.isupper() for c in word[1:]):
        return True
    return word[0].isupper() and not starts_sentence(text, at)


@dataclass
class _Model:
    """A word a corrupted copy could be of: written as a name or acronym?, in the facts?, where first in
    the note (None when only in the facts)."""

    capital: bool
    in_facts: bool
    first: int | None


def _models(draft: Draft, facts: Facts) -> dict[str, dict[str, _Model]]:
    """The words a corrupted copy could be of, by their first three letters: the words of the facts and of
    the note, names and acronyms from four letters ('APIs', 'Kafka'), other words from seven ('migrating'):
    shorter lower-case words have real words a letter away ('lean', 'learn')."""
    ctx = facts.context
    sources = [draft.text, ctx.interviewer_name, ctx.role, ctx.company, *ctx.topics, *ctx.other_names]
    by_prefix: dict[str, dict[str, _Model]] = {}
    for n, text in enumerate(sources):
        for m in _WORDS_AS_WRITTEN.finditer(text):
            word = fold(m.group(0))
            capital = _capital(text, m.start(), m.group(0))
            if word in STOPWORDS or len(word) < (4 if capital else 7):
                continue
            model = by_prefix.setdefault(word[:3], {}).setdefault(word, _Model(capital, n > 0, None))
            model.capital = model.capital or capital
            model.in_facts = model.in_facts or n > 0
            if n == 0 and model.first is None:
                model.first = m.start()
    return by_prefix


_NOT_PROSE = re.compile(r"'[a-rt-z]|[./@_\\][a-z0-9]|[0-9]")
_JOINERS = ("'", ".", "/", "@", "_", "\\") + tuple("0123456789")


def _corrupted_copy(draft: Draft, models, m: re.Match[str]) -> str | None:
    """The word of the facts or the note that this word of the note is a corrupted copy of, if any: of a
    word of the note, only a later copy with a letter added or swapped ('APIs' ... 'APIRs', not the other
    way round)."""
    word, written = m.group(0), draft.text[m.start() : m.end()]
    capital = _capital(draft.text, m.start(), written)
    for name, model in models.get(word[:3], {}).items():
        if model.capital != capital or not capital and (len(word) < 6 or not written.islower()):
            continue  # 'learn' is no copy of 'Lean'; a lower-case copy is of a long lower-case word
        if not model.in_facts and (len(word) < len(name) or model.first is None or model.first > m.start()):
            continue
        if name != word and not _inflection(word, name) and _one_letter_off(word, name):
            return name
    return None


def non_word(draft: Draft, facts: Facts) -> Iterator[Finding]:
    models = None
    seen = set()
    for m in _LETTERS.finditer(draft.folded):
        word = m.group(0)
        if len(word) < 4 or word in facts.vocabulary or word in STOPWORDS or word in seen:
            continue
        if _NOT_PROSE.match(draft.folded, m.end()) or draft.folded[m.start() - 1 : m.start()] in _JOINERS:
            continue  # "o'brien", "example.com", "s/4hana": not a word of prose
        seen.add(word)
        models = _models(draft, facts) if models is None else models
        model = _corrupted_copy(draft, models, m)
        if model is not None:
            shown, original = draft.text[m.start() : m.end()], _shown(draft, facts, model)
            yield Finding(
                f"Uses {shown!r}, which is not a word: it looks like a corrupted copy of {original!r}.",
                f"Replace {shown!r} with {original!r}, or with the word you meant.",
                m.span(),
            )


def _shown(draft: Draft, facts: Facts, folded_word: str) -> str:
    """A folded word as the note or the facts write it ('APIs' for 'apis')."""
    for text in (draft.text, *facts.context.topics, facts.context.role, facts.context.company):
        for m in _WORDS_AS_WRITTEN.finditer(text):
            if fold(m.group(0)) == folded_word:
                return m.group(0)
    return folded_word


CLAUSE_AS_SUBJECT = Rule("grammar.clause_as_subject", "tone", "error", clause_as_subject)
VERBS_RUN_TOGETHER = Rule("grammar.verbs_run_together", "tone", "error", verbs_run_together)
COMPANY_PREPOSITION = Rule("grammar.company_preposition", "tone", "error", company_preposition)
NON_WORD = Rule("grammar.non_word", "tone", "error", non_word)
RULES = [CLAUSE_AS_SUBJECT, VERBS_RUN_TOGETHER, COMPANY_PREPOSITION, NON_WORD]
