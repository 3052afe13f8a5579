"""Grammar: the failures a small model really makes, caught by narrow patterns that good notes never match.

- a clause or a pasted topic used where a sentence already has its verb: "We discussed how the clinic
  schedules follow-up visits was inspiring." ("Discussing how ... was inspiring" is fine: no verb before it);
- two verbs run together, or a verb without its "to": "I enjoyed learned", "I am excited learn", "It was a
  pleasure meet you";
- the role "on" the company: "the role on Monzo";
- a corrupted copy of a word of the facts or the note: "We discussed APIs ... about APIRs";
- a small word written twice: "thank you for the the interview";
- a number cut at its thousands comma: "timetabling 20" and "000 students" for "timetabling 20,000 students".

General fluency is out of reach of patterns; these catch the shapes seen in the bundled model's drafts.
Category `tone`: broken English reads as careless, like slang reads as casual.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from guardrails.dictionary import english_word
from guardrails.facts import Facts
from guardrails.rule import Finding, Rule, shorten
from guardrails.shorthand import written_out
from guardrails.text import STOPWORDS, WORD, Draft, Phrases, fold, starts_sentence, stem
from guardrails.topics import in_another_language

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
    "that which who whom whose because but so while since as if it this they he she there i we".split()
)  # not 'and', which joins the nouns of one object ('we discussed SLOs and error budgets were inspiring')
_WH = frozenset("how what why whether where when".split())


def _run_on(between: list[str]) -> bool:
    """True when the words between the verb and 'was' are one object with no subject of its own: a noun
    phrase ('triage for emergency cases'), or a wh-clause long enough to hold its own verb ('how the clinic
    schedules follow-up visits', not 'how the team')."""
    if not between or any(w in _NEW_CLAUSE for w in between):
        return False
    wh = next((i for i, w in enumerate(between) if w in _WH), None)
    return wh is None or len(between) - wh - 1 >= 4


class _NextMatch:
    """The first match of a pattern at or after each of a rising series of places, each part of the text
    scanned once (a search per place would rescan a long clause for every verb in it: quadratic)."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.pattern, self.text = pattern, text
        self.found: re.Match[str] | None = None
        self.searched = -1  # the place the last search started from

    def at_or_after(self, at: int) -> re.Match[str] | None:
        if self.searched < 0 or self.found is not None and self.found.start() < at:
            self.found, self.searched = self.pattern.search(self.text, at), at
        return self.found


def _copula_before(copulas: _NextMatch, folded: str, at: int, stop: int) -> re.Match[str] | None:
    """The first 'was ...' from `at` that ends by `stop` (as `_COPULA.search(folded, at, stop)` finds it)."""
    copula = copulas.at_or_after(at)
    if copula is None or copula.start() >= stop:
        return None
    return copula if copula.end() <= stop else _COPULA.search(folded, at, stop)


def clause_as_subject(draft: Draft, facts: Facts) -> Iterator[Finding]:
    folded = draft.folded
    ends, copulas = _NextMatch(_CLAUSE_END, folded), _NextMatch(_COPULA, folded)
    for verb in _MAIN_VERB.finditer(folded):
        end = ends.at_or_after(verb.end())
        stop = end.start() if end else len(folded)
        copula = _copula_before(copulas, folded, verb.end(), stop)
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
# Two verbs run together, each part found by the word it cannot do without, then narrowed by what comes
# before it: "I enjoyed learned" ("i" or "we" before), "am excited learn", "'d love stay", "look forward hear".
_LIKED_THEN_PAST = Phrases(
    r"\b(?:enjoyed|loved|liked|appreciated|valued|discussed|learned|learnt)\s+(?:learned|learnt|discussed|talked"
    r"|heard|spoke|spoken|met|explored|saw|understood|knew|went|took|enjoyed|loved|interviewed|visited)\b",
    ("enjoyed", "loved", "liked", "appreciated", "valued", "discussed", "learn"),
)
_GLAD_THEN_BARE = Phrases(
    rf"\b(?:excited|eager|keen|thrilled|delighted|glad|happy|pleased|love|like)\s+{_BARE}\b",
    ("excited", "eager", "keen", "thrilled", "delighted", "glad", "happy", "pleased", "love", "like"),
)
_FORWARD_WITHOUT_TO = Phrases(
    rf"\bforward\s+(?:{_BARE}(?:ing)?|(?:see|com|hav|mak|tak|giv)ing|to\s+{_BARE}\b(?!\s+(?:with|on|alongside"
    r"|together|at|in)\b))\b",
    ("forward",),
)
# "It was a pleasure meet you", "great speak with you": the 'to' left out after a word of pleasure.
_PLEASURE_THEN_BARE = Phrases(
    r"\b(?:a\s+pleasure|nice|great|good|lovely|wonderful|an\s+honou?r|a\s+privilege)\s+(?:meet|speak|learn|hear"
    r"|connect|discuss|talk\s+(?:with|to))\b(?!-)",
    ("pleasure", "nice", "great", "good", "lovely", "wonderful", "hono", "privilege"),
)
_TO_THEN_PAST = Phrases(
    r"\bto\s+(?:learned|discussed|talked|explored|enjoyed)\b",
    ("learned", "discussed", "talked", "explored", "enjoyed"),
)
# A note's clause pasted after a preposition: 'our conversation about he asked me to rank ...'.
# And after 'discussed', which takes a clause only with 'how', 'that' or 'what': 'We discussed he asked me to'.
_CLAUSE_AFTER_PREPOSITION = Phrases(
    r"\b(?:about|of|on|discussed|discussing)\s+(?:(?:he|she|they)\s+(?:asked|said|told|wants?|wanted|is|was|has"
    r"|runs|leads|thinks)|i\s+(?:asked|said|told|found|was|had|did|made|worked|led|ran|wanted|would|could))\b",
    ("about", "of", "on", "discuss"),
)
_BEFORE = {
    "liked": re.compile(r"\b(?:i|we)\s+(?:(?:really|truly|also)\s+)?\Z"),
    "glad": re.compile(r"(?:\b(?:am|are|was|were|be|feel|felt)|'m|'re)\s+(?:(?:so|very|really|truly)\s+)?\Z"),
    "love": re.compile(r"(?:'d|\bwould)\s+(?:(?:really|truly)\s+)?\Z"),
    "forward": re.compile(r"\blook(?:ing)?\s+\Z"),
}


def _at_anchors(phrases: Phrases, text: str) -> Iterator[re.Match[str]]:
    """The matches of a pattern that starts with one of its anchors, tried only where an anchor starts a word
    (a few places) instead of at every character."""
    starts = set()
    for anchor in phrases.anchors:
        at = text.find(anchor)
        while at >= 0:
            if at == 0 or not text[at - 1].isalnum():
                starts.add(at)
            at = text.find(anchor, at + 1)
    for at in sorted(starts):
        m = phrases.pattern.match(text, at)
        if m is not None:
            yield m


def verbs_run_together(draft: Draft, facts: Facts) -> Iterator[Finding]:
    folded = draft.folded
    for phrases, before in (
        (_LIKED_THEN_PAST, _BEFORE["liked"]),
        (_GLAD_THEN_BARE, _BEFORE["glad"]),
        (_FORWARD_WITHOUT_TO, _BEFORE["forward"]),
        (_PLEASURE_THEN_BARE, None),
        (_TO_THEN_PAST, None),
        (_CLAUSE_AFTER_PREPOSITION, None),
    ):
        found = phrases.finditer(folded) if before is None else _at_anchors(phrases, folded)
        for m in found:
            needed = _BEFORE["love"] if m.group(0).startswith(("love", "like")) else before
            if needed is not None and not needed.search(folded, max(0, m.start() - 24), m.start()):
                continue  # "I like work that ...", "a happy work environment": only "I'd love stay" is the slip
            yield Finding(
                f"Runs two verbs together or leaves out 'to': {draft.text[m.start() : m.end()]!r}.",
                "Rewrite the phrase as plain English: 'I enjoyed learning', 'I am excited to learn', 'I look "
                "forward to hearing'.",
                m.span(),
            )


_ROLE_NOUN = r"(?:role|position|job|post|interview|opportunity|opening|vacancy|internship|career)"


def company_preposition(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """'the role on Monzo': a role, a job or an interview is at a company."""
    company, role = facts.context.company, facts.context.role
    if not (company or role) or " on " not in draft.folded:
        return
    for m in _on_pattern(fold(company or ""), fold(role or "")).finditer(draft.folded):
        said, on = draft.text[m.start() : m.end()], draft.text[m.start(1) : m.end()]
        if m.groupdict().get("company"):
            fact, fix = (
                "one has a role, a job or an interview at a company, not on it",
                f"Write 'at {company}'",
            )
        else:
            fact, fix = "the role is not a place to be on", f"Write 'the {role} role'"
        yield Finding(f"Says {said!r}: {fact}.", f"{fix} instead of {on!r}.", m.span(1))


_PHRASE_ENDS = r"(?=\s*(?:[.,;:!?]|$)|\s+(?:and|where|which|i)\b)"


@lru_cache(maxsize=256)
def _on_pattern(company: str, role: str) -> re.Pattern[str]:
    """'the role on Monzo'; 'the role on the St. Mary's Regional Hospital.', 'the role on Child Protection
    Social Worker.' (the noun phrase ends there: 'the interview on the Acme campus' is a place)."""
    names = []
    if company:
        escaped = re.escape(company)
        names.append(rf"(?P<company>{escaped}(?![\w'])|the\s+{escaped}{_PHRASE_ENDS})")
    if role:
        names.append(rf"(?:the\s+)?{re.escape(role)}{_PHRASE_ENDS}")
    return re.compile(rf"\b{_ROLE_NOUN}\s+(on)\s+(?:{'|'.join(names)})")


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


_LONG_LOWER = re.compile(r"(?<![a-z0-9'])[a-z]{6,}(?![a-z0-9])")
_FACT_WORDS: dict[int, tuple[Facts, dict[str, set[str]], dict[str, set[str]]]] = {}


def _fact_words(facts: Facts) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The facts' words a corrupted copy could be of, by their first three letters (prepared once per facts):
    names and acronyms from four letters ('APIs', 'Kafka'), other words from seven ('migrating'); shorter
    lower-case words have real words a letter away ('lean', 'learn')."""
    cached = _FACT_WORDS.get(id(facts))
    if cached is not None and cached[0] is facts:
        return cached[1], cached[2]
    ctx = facts.context
    capital: dict[str, set[str]] = {}
    lower: dict[str, set[str]] = {}
    for text in (ctx.interviewer_name, ctx.role, ctx.company, *ctx.topics, *ctx.other_names):
        for m in _WORDS_AS_WRITTEN.finditer(text):
            word, is_capital = fold(m.group(0)), _capital(text, m.start(), m.group(0))
            if word not in STOPWORDS and len(word) >= (4 if is_capital else 7):
                (capital if is_capital else lower).setdefault(word[:3], set()).add(word)
    if len(_FACT_WORDS) > 512:
        _FACT_WORDS.clear()
    _FACT_WORDS[id(facts)] = (facts, capital, lower)
    return capital, lower


_NOT_PROSE = re.compile(r"'[a-rt-z]|[./@_\\][a-z0-9]|[0-9]")
_JOINERS = ("'", ".", "/", "@", "_", "\\") + tuple("0123456789")


def _copy_of(word: str, facts_words: set[str], earlier: dict[str, int]) -> str | None:
    """The word this one is a corrupted copy of: of a word of the facts; of an earlier word of the note,
    only with a letter added or swapped ('APIs' ... 'APIRs', not the other way round)."""
    for model in facts_words:
        if model != word and not _inflection(word, model) and _one_letter_off(word, model):
            return model
    return _earlier_copy(word, earlier)


def _earlier_copy(word: str, earlier: dict[str, int]) -> str | None:
    """The first word of the note (`earlier`: word -> when first seen) that this one is with an inner letter
    added or two neighbouring letters swapped: the few such words are looked up, not every earlier word
    compared (a note of many names sharing three letters was quadratic)."""
    candidates = {word[:i] + word[i + 1 :] for i in range(3, len(word) - 1)}
    candidates.update(
        word[:d] + word[d + 1] + word[d] + word[d + 2 :]
        for d in range(3, len(word) - 1)
        if word[d] != word[d + 1]
    )
    found = [(earlier[c], c) for c in candidates if c in earlier and not _inflection(word, c)]
    return min(found)[1] if found else None


def non_word(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """A corrupted copy of a word of the facts or of the note ('APIRs' beside 'APIs'), or a word no English
    dictionary holds and the facts do not give ('geolgery')."""
    copies = list(_corrupted_copies(draft, facts))
    yield from copies
    yield from _unknown_words(draft, facts, {f.span[0] for f in copies if f.span})


def _corrupted_copies(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """Capitalised words are compared with names and acronyms, long lower-case words with long words; most
    words share their first three letters with none, and cost a dictionary look-up."""
    facts_capital, facts_lower = _fact_words(facts)
    text = draft.text
    capital = (m for m in draft.capitalised if len(m.group(0)) >= 4 and text[m.start()].isalpha())
    lower = (m for m in _LONG_LOWER.finditer(draft.folded) if text[m.start() : m.end()].islower())
    for matches, pools, shortest in ((capital, facts_capital, 4), (lower, facts_lower, 7)):
        earlier: dict[str, dict[str, int]] = {}  # by first three letters: word -> when first seen
        for n, m in enumerate(matches):
            word = m.group(0).removesuffix("'s")
            pool, before = pools.get(word[:3], ()), earlier.get(word[:3], {})
            if (pool or before) and word not in before:
                model = _judge(draft, facts, m.start(), word, pool, before, pools is facts_capital)
                if model is not None:
                    yield model
            if len(word) >= shortest:
                earlier.setdefault(word[:3], {}).setdefault(word, n)


def _judge(draft: Draft, facts: Facts, start: int, word: str, pool, before, capital: bool) -> Finding | None:
    end = start + len(word)
    folded = draft.folded
    if word in facts.vocabulary or not word.isalpha():
        return None
    if _NOT_PROSE.match(folded, end) or folded[start - 1 : start] in _JOINERS:
        return None  # "o'brien", "example.com", "s/4hana": not a word of prose
    if capital and not _capital(draft.text, start, draft.text[start:end]):
        return None  # a capital only because it opens a sentence
    if not capital and english_word(word):
        return None  # 'welcome' beside 'Wellcome Sanger Institute' is a word of its own
    model = _copy_of(word, pool, before)
    if model is None:
        return None
    shown, original = draft.text[start:end], _shown(draft, facts, model)
    return Finding(
        f"Uses {shown!r}, which is not a word: it looks like a corrupted copy of {original!r}.",
        f"Replace {shown!r} with {original!r}, or with the word you meant.",
        (start, end),
    )


# A lower-case word of six letters or more standing alone in prose: not part of an address, a name with an
# apostrophe, a hyphenated compound or a figure ('example.com', "o'brien", 'follow-up', 's/4hana').
_PROSE_WORD = re.compile(r"(?<![\w'’/.@:\\-])[a-z]{6,}(?![\w'’/@:\\-]|\.\w)")


def _unknown_words(draft: Draft, facts: Facts, flagged: set[int]) -> Iterator[Finding]:
    """Words of prose neither the facts nor an English dictionary hold: a misspelling or a word made up
    ('exploring geolgyre'). Names and acronyms (capitalised) are the corrupted copies' to judge."""
    seen: set[str] = set()
    for m in _PROSE_WORD.finditer(draft.text):
        word = m.group(0)
        if m.start() in flagged or word in seen:
            continue
        seen.add(word)
        if facts.holds(word) or english_word(word):
            continue
        shown = shorten(word)
        yield Finding(
            f"Uses {shown!r}, which is no English word and not in the facts.",
            f"Replace {shown!r} with the word you meant (check its spelling), or leave it out.",
            (m.start(), m.end()),
        )


def _shown(draft: Draft, facts: Facts, folded_word: str) -> str:
    """A folded word as the note or the facts write it ('APIs' for 'apis')."""
    written = draft.spellings.get(folded_word)  # the note's own spelling: one scan per draft, not per finding
    if written is not None:
        return written
    for text in (*facts.context.topics, facts.context.role, facts.context.company):
        for m in _WORDS_AS_WRITTEN.finditer(text):
            if fold(m.group(0)) == folded_word:
                return m.group(0)
    return folded_word


# "I have a question about Kafka. I am curious about ..." and no question follows: the note promises what it
# never delivers (and a question to the interviewer is the follow-up's to make, not the small model's to hint).
_ANNOUNCED_QUESTION = Phrases(
    r"\bi(?:\s+(?:have|had|still\s+have)|'ve\s+got)\s+(?:a|one|some|a\s+few|two|a\s+couple\s+of)\s+(?:quick\s+|small"
    r"\s+|short\s+|little\s+|follow-up\s+)?questions?\b|\bi\s+(?:want|wanted|would\s+like|'d\s+like)\s+to\s+ask\s+"
    r"(?:you\s+)?(?:a\s+(?:quick\s+)?question|about)\b",
    ("question", "ask"),
)


def unasked_question(draft: Draft, facts: Facts) -> Iterator[Finding]:
    if "?" in draft.text:
        return
    for m in _ANNOUNCED_QUESTION.finditer(draft.folded):
        yield Finding(
            f"Announces a question and never asks it: {draft.text[m.start() : m.end()]!r}.",
            "Remove the sentence that announces a question; the note thanks them and recalls one topic.",
            m.span(),
        )


# A small word written twice: "thank you for the the interview", "I look forward to to hearing".
_DOUBLED_PATTERN = (
    r"\b(the|a|an|to|of|and|for|in|on|with|my|your|i|is|was|at|you|it|we|our|this|be|as|by|or|from|about)"
    r"\s+\1\b(?![-'’&./@])"  # 'our exchange on on-call', 'at AT&T' are two words
)
_DOUBLED = Phrases(_DOUBLED_PATTERN, re.compile(_DOUBLED_PATTERN))  # short fixed words: linear in the text


def doubled_word(draft: Draft, facts: Facts) -> Iterator[Finding]:
    for m in _DOUBLED.finditer(draft.folded):
        yield Finding(
            f"Writes a word twice: {draft.text[m.start() : m.end()]!r}.",
            f"Write {m.group(1)!r} once.",
            m.span(),
        )


def foreign_fragment(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """A note in another language pasted into an English sentence ('Your view of ¿qué tal tu quechua was just
    as interesting'): a Spanish question mark, or a topic in another language quoted as it was typed."""
    mark = re.search(r"[¿¡]", draft.text)
    if mark:
        yield Finding(
            f"Pastes a fragment in another language into an English sentence ({draft.text[mark.start() : mark.start() + 30]!r}).",
            "Say in English what was discussed, or leave that topic out.",
            (mark.start(), mark.start() + 1),
        )
        return
    for topic in facts.context.topics:
        if not in_another_language(topic, scripts=False):  # a translator's note may quote '존댓말' as it is
            continue
        probe = " ".join(fold(topic).strip(" ?!.").split()[:3])
        at = draft.folded.find(probe) if len(probe) >= 6 else -1
        if at >= 0:
            yield Finding(
                f"Pastes {topic!r}, a note in another language, into an English sentence.",
                "Say in English what was discussed, or leave that topic out.",
                (at, at + len(probe)),
            )
            return


# A number of the facts with a thousands comma ('20,000'): the part before the comma standing alone in the note,
# or the part after it opening a number.
_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})(,\d{3})+(?![\d,])")
_NUMBER = re.compile(r"(?<![\d.,])(?:\d+(?:[.,]\d+)*)(?![\d])")


def cut_number(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """'timetabling 20' and '000 students' for 'timetabling 20,000 students': a topic split at a thousands comma."""
    whole = {m.group(0): m.group(1) for m in _THOUSANDS.finditer(facts.raw)}
    if not whole:
        return
    alone = {m.group(0) for m in _NUMBER.finditer(facts.raw)}
    heads = {head: number for number, head in whole.items() if head not in alone}
    tails = {number.split(",", 1)[1]: number for number in whole}
    for m in _NUMBER.finditer(draft.text):
        said = m.group(0).rstrip(",.")
        number = heads.get(said) or tails.get(said)
        if number and said not in alone:
            yield Finding(
                f"Cuts the number {number!r} of the facts at its comma: {shorten(draft.text[max(0, m.start() - 20) : m.end() + 12])!r}.",
                f"Write {number!r} whole, in one phrase, or leave the number out.",
                m.span(),
            )
            return


# A note pasted into prose: words joined by '+' ('radio + online + TV all in one shift'; not a name such as
# 'Resort + Spa' or a stack such as 'dbt + BigQuery'), or a sentence of the notes after a preposition ('the
# conversation about I talked about the role').
_PLUS = re.compile(r"(?<![\w'’-])([a-z]{2,})\s+\+\s+([a-z]{2,})(?![\w'’-])")
_SENTENCE_AFTER = re.compile(r"\b(?:about|on|of|for|with|regarding)\s+I\s+[a-z]+ed\b")


# A note after a dash in a topic ('latte art test - my rosetta was wonky'): the candidate's aside, never a phrase
# of a message; pasted after its dash, it reads as the notes it is.
_DASH = re.compile(r"\s[-–—]\s+")


def _pasted_aside(draft: Draft, facts: Facts) -> Finding | None:
    for topic, _ in facts.topics:
        parts = _DASH.split(fold(topic), maxsplit=1)
        if len(parts) == 2 and len(WORD.findall(parts[1])) >= 2:
            m = re.search(r"\s[-–—]\s+" + re.escape(parts[1].strip(" ?!.")), draft.folded)
            if m:
                return Finding(
                    f"Pastes the aside of the notes after its dash: {shorten(draft.text[m.start() : m.end()])!r}.",
                    "Name the thing discussed only; leave the note after the dash out.",
                    m.span(),
                )
    return None


_WRITTEN_SO_TOO = frozenset({"vs", "calcs"})  # "buy side vs sell side", "the graduates' calcs" read well too


@lru_cache(maxsize=4096)
def _shorthand_of(topic: str) -> tuple[str, ...]:
    """The words of a topic's shorthand that the notes write out and no dictionary holds ('wk', 'nxt', 'pkg')."""
    written = set(WORD.findall(fold(written_out(topic))))
    return tuple(
        w
        for w in sorted(set(WORD.findall(fold(topic))) - written - _WRITTEN_SO_TOO)
        if len(w) > 1 and not english_word(w)
    )


def _pasted_shorthand(draft: Draft, facts: Facts) -> Finding | None:
    """A word of the notes' shorthand ('wk', 'nxt', 'pkg') the notes write out, pasted as typed."""
    ctx = facts.context
    framed: set[str] | None = None
    for topic, _ in facts.topics:
        for word in _shorthand_of(topic):
            m = re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", draft.folded)
            if m is None:
                continue
            if framed is None:  # 'Teacher (Yr 9-13)': the role's own words are no paste
                framed = set(WORD.findall(fold(f"{ctx.role} {ctx.company} {ctx.interviewer_company}")))
            if word not in framed:
                return Finding(
                    f"Pastes the notes' shorthand {draft.text[m.start() : m.end()]!r}.",
                    "Write the word out, as a sentence would.",
                    m.span(),
                )
    return None


def pasted_note(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """Shorthand of the notes pasted into a sentence: 'radio + online', 'about I talked through', '3 days/wk',
    'latte art test - my rosetta was wonky'."""
    pasted = _pasted_aside(draft, facts) or _pasted_shorthand(draft, facts)
    if pasted:
        yield pasted
        return
    for m in _PLUS.finditer(draft.text):
        if english_word(m.group(1)) and english_word(m.group(2)):
            yield Finding(
                f"Pastes the notes' shorthand: {shorten(draft.text[m.start() : m.end() + 20])!r}.",
                f"Write it as English: '{m.group(1)} and {m.group(2)}', in a phrase of its own.",
                m.span(),
            )
            return
    m = _SENTENCE_AFTER.search(draft.text)
    if m:
        yield Finding(
            f"Puts a sentence after a preposition: {shorten(draft.text[m.start() : m.end() + 20])!r}.",
            "Name what was discussed as a phrase ('our conversation about escalating a PPH').",
            m.span(),
        )


CLAUSE_AS_SUBJECT = Rule("grammar.clause_as_subject", "tone", "error", clause_as_subject)
VERBS_RUN_TOGETHER = Rule("grammar.verbs_run_together", "tone", "error", verbs_run_together)
COMPANY_PREPOSITION = Rule("grammar.company_preposition", "tone", "error", company_preposition)
NON_WORD = Rule("grammar.non_word", "tone", "error", non_word)
UNASKED_QUESTION = Rule("grammar.unasked_question", "tone", "error", unasked_question)
DOUBLED_WORD = Rule("grammar.doubled_word", "tone", "error", doubled_word)
FOREIGN_FRAGMENT = Rule("grammar.foreign_fragment", "tone", "error", foreign_fragment)
CUT_NUMBER = Rule("grammar.cut_number", "tone", "error", cut_number)
PASTED_NOTE = Rule("grammar.pasted_note", "tone", "error", pasted_note)
RULES = [
    CLAUSE_AS_SUBJECT,
    VERBS_RUN_TOGETHER,
    COMPANY_PREPOSITION,
    NON_WORD,
    UNASKED_QUESTION,
    DOUBLED_WORD,
    FOREIGN_FRAGMENT,
    CUT_NUMBER,
    PASTED_NOTE,
]
