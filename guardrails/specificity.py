"""Specificity: the note is for this interviewer, about this interview. A wrong name is the copy-paste slip
a panel notices; a note with no topic reads like LinkedIn's generic invite."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from guardrails.facts import Facts
from guardrails.names import TITLE_PATTERN, first_name
from guardrails.rule import EVERY_KIND, Finding, Rule
from guardrails.text import Draft, fold
from guardrails.vocabulary import CONNECTION_NOTE, POST_COMMENT, STATUS_CHECK, THANK_YOU_EMAIL


@lru_cache(maxsize=1024)
def _name_pattern(name: str, title: bool = False) -> re.Pattern[str]:
    prefix = TITLE_PATTERN if title else ""
    return re.compile(rf"(?<![a-z0-9]){prefix}{re.escape(name)}(?![a-z0-9])")


def _names(name: str, folded: str, title: bool = False):
    """Matches of a folded name as a whole word (a plain substring test first: most texts lack it)."""
    if name not in folded:
        return iter(())
    return _name_pattern(name, title).finditer(folded)


def _topic_mentioned(draft: Draft, facts: Facts) -> bool:
    return facts.mentions_topic(draft.folded)


_HONORIFIC = re.compile(r"[- ]?(?:san|sama|sensei|ssi|nim)(?![a-z])")


def greeted_by_name(folded: str, facts: Facts) -> bool:
    """The interviewer named as they are greeted: by `greet_as` when given, else by the given name ('Joon-ho'
    for Park Joon-ho, not 'Park') or by title and family name ('Dr. Okafor'); in a thank-you email to
    someone with a title, by title and family name."""
    if any(next(_names(name, folded), None) for name in facts.greet_names):
        return True
    if not (facts.titled and facts.last):
        return False
    if next(_names(facts.last, folded, title=True), None):
        return True
    if next(_names(fold(facts.greeting), folded), None):  # a rank of two words: 'Station Manager al-Harthi'
        return True
    # The family name with an honorific after it: 'Watanabe-san', 'Kim-ssi', 'Tanaka sensei'.
    return any(_HONORIFIC.match(folded, m.end()) for m in _names(facts.last, folded))


def greets_interviewer(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """The interviewer named anywhere by the name they go by (`greeted_by_name`)."""
    if greeted_by_name(draft.folded, facts):
        return
    who = facts.greeting
    how = "by name" if facts.first == fold(who) else f"as {who}"
    written = facts.context.interviewer_name
    yield Finding(
        f"Does not address {written} {how} anywhere in the note.",
        f"Open with '{'Dear' if facts.kind in (THANK_YOU_EMAIL, STATUS_CHECK) else 'Hi'} {who},' so the note is "
        "plainly written to them.",
        (0, 0),
    )


def guessed_name(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """A warning: the name to greet was guessed from how the name is written (a family-name-first
    convention, or an order two family names leave open); `greet_as` settles it."""
    ctx = facts.context
    if ctx.greet_as or not ctx.name.guessed:
        return
    yield Finding(
        f"Greets {ctx.interviewer_name} as {facts.greeting!r}, a guess ({ctx.name.why}).",
        f"If {ctx.interviewer_name} goes by another name, set greet_as (--greet-as) to it.",
    )


_GREETING = re.compile(
    r"\A\W*(?:(?:hi|hello|dear|hey|good\s+(?:morning|afternoon|evening))\W+)?(?:" + TITLE_PATTERN + ")?"
)


_GREETING_LINE = re.compile(r"[^,:;.!?\n]{0,60}")


def names_other_panelist(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """Greeting another member of the panel, or naming one and never the interviewer: the copy-paste slip.

    Naming a colleague in passing ('please pass my thanks to Raj') in a note that greets the interviewer
    is gracious, not a slip.
    """
    greeting_end = _GREETING.match(draft.folded).end()
    # The greeting line: up to the first comma, colon, stop or line break ("Hi Obinna and Grace, ...").
    line = _GREETING_LINE.match(draft.folded, greeting_end)
    greeting_line_end = line.end() if greeting_end and line else 0
    named = greeted_by_name(draft.folded, facts)
    for folded, given in facts.other_firsts:
        for m in _names(folded, draft.folded):
            if not (draft.text[m.start()].isupper() or not draft.text[m.start()].isalpha()):
                continue  # "will", "may": a word, not the name
            greeted = m.start() == greeting_end or m.start() < greeting_line_end
            if greeted or not named:
                yield Finding(
                    f"{'Greets' if greeted else 'Names'} {given}, another member of the "
                    f"panel; this note is for {facts.context.interviewer_name}.",
                    f"Address {facts.greeting}, not {first_name(given)}: open with "
                    f"'Hi {facts.greeting},' and keep to what you discussed with them.",
                    m.span(),
                )


_EMPLOYER_BEFORE = re.compile(
    r"(?:\bjoin(?:ing)?|\b(?:team|role|position|job|opportunity|career|future|interview|everyone|people|culture|"
    r"work|working)\s+(?:at|with|for))\s+(?:the\s+team\s+at\s+)?\Z"
)


def wrong_company(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """Another employer's name where this one's belongs ('excited to join Globex'): a copied note."""
    company = facts.context.company
    if not company:
        return
    for word in draft.capitalised:
        name = word.group(0).removesuffix("'s")
        if (
            name in facts.vocabulary
            or word.group(0) in facts.vocabulary
            or name in _NOT_EMPLOYERS
            or draft.text[word.start()].isdigit()
        ):
            continue
        if not _EMPLOYER_BEFORE.search(draft.folded[max(0, word.start() - 40) : word.start()]):
            continue
        shown = draft.text[word.start() : word.end()]
        yield Finding(
            f"Names the employer as {shown!r}; the interview was with {company}.",
            f"Replace {shown!r} with {company}, or remove it: this note must be about this interview.",
            word.span(),
        )


_NOT_EMPLOYERS = frozenset("i you linkedin the a an my your our this that".split())


def no_topic(draft: Draft, facts: Facts) -> Iterator[Finding]:
    if not facts.topics or _topic_mentioned(draft, facts):
        return
    listed = "; ".join(t for t, _ in facts.topics)
    example = min((t for t, _ in facts.topics), key=len)
    yield Finding(
        f"Mentions none of the {len(facts.topics)} topic(s) discussed ({listed}).",
        f"Mention one thing you actually discussed with {facts.context.first_name}, for example "
        f"'{example}', in a few words.",
    )


_VAGUE = re.compile(
    r"\b(?:(?:great|good|nice|wonderful|lovely|insightful|interesting|productive|fantastic|amazing|"
    r"enjoyable|pleasant|informative|fruitful|engaging|stimulating|fun)\s+"
    r"(?:conversation|chat|talk|discussion|interview|meeting|exchange|time)s?|"
    r"enjoyed\s+(?:our|the)\s+(?:conversation|chat|talk|discussion|interview|meeting)|"
    r"learned\s+a\s+lot|everything\s+we\s+(?:discussed|talked\s+about)|all\s+the\s+insights?)\b"
)


def vague_praise(draft: Draft, facts: Facts) -> Iterator[Finding]:
    if not facts.topics or _topic_mentioned(draft, facts):
        return
    matches = list(_VAGUE.finditer(draft.folded))
    example = min((t for t, _ in facts.topics), key=len)
    for m in matches:
        yield Finding(
            f"Praises the interview only in general terms ({draft.text[m.start() : m.end()]!r}) and names "
            "nothing concrete.",
            f"Replace the general praise with the specific thing you discussed, for example '{example}'.",
            m.span(),
        )


_INTERVIEW = re.compile(r"(?<![a-z])interview")


def _day_named(folded: str, facts: Facts) -> bool:
    """The interview's day as a note writes it: 'May 18', '18 May', 'on Monday', or 2026-05-18."""
    day = facts.context.interview_date
    if day is None:
        return False
    month, weekday = fold(f"{day:%B}"), fold(f"{day:%A}")
    forms = (f"{month} {day.day}", f"{day.day} {month}", f"{month[:3]} {day.day}", weekday, day.isoformat())
    return any(re.search(rf"(?<![a-z0-9]){re.escape(form)}(?![0-9])", folded) for form in forms)


def names_the_interview(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """A note sent later than the few days advised says which interview it was (the article: 'a personalized
    connection request that briefly mentions your recent interview ... will help jog their memory')."""
    ctx = facts.context
    if not ctx.remind_of_interview or facts.informal:  # a coffee chat was no interview to name
        return
    folded = draft.folded
    names_role = facts.frame_pattern is not None and facts.frame_pattern.search(folded) is not None
    if _INTERVIEW.search(folded) and (names_role or _day_named(folded, facts)):
        return
    what = " for the " + ctx.role + " role" if ctx.role else ""
    when = f" on {ctx.interview_date:%B} {ctx.interview_date.day}" if ctx.interview_date else ""
    yield Finding(
        "The note goes out some time after the interview and does not say which interview it was.",
        f"Say which interview it was in a few words, for example 'our interview{what}{when}', so they place "
        "you at once.",
    )


def others_topic(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """A topic another member of the panel discussed, not this interviewer: the note to one of two Alexes
    that thanks them for what the other said. Named means most of the topic's own words (by stem) are in
    the note: two of them, or its only one."""
    folded = draft.folded
    for topic, stems in facts.other_topics:
        hits = [s for s in stems if re.search(rf"(?<![a-z0-9]){re.escape(s)}", folded)]
        if len(hits) >= min(2, len(stems)):
            mine = min((t for t, _ in facts.topics), key=len, default="")
            instead = f", for example '{mine}'" if mine else ""
            yield Finding(
                f"Names {topic!r}, which another member of the panel discussed, not "
                f"{facts.context.interviewer_name}.",
                f"Remove {topic!r}; name what you discussed with {facts.greeting}{instead}.",
            )


GREETS_INTERVIEWER = Rule("specificity.greets_interviewer", "specificity", "error", greets_interviewer)
NAMES_OTHER_PANELIST = Rule("specificity.names_other_panelist", "specificity", "error", names_other_panelist)
WRONG_COMPANY = Rule("specificity.wrong_company", "specificity", "error", wrong_company)
# A comment on a post is public and about the post (guardrails.post_comment); a status check names the
# interview and the decision date (guardrails.status_check): neither has to recall a topic.
TOPIC_KINDS = EVERY_KIND - {POST_COMMENT, STATUS_CHECK}
NO_TOPIC = Rule("specificity.no_topic", "specificity", "error", no_topic, kinds=TOPIC_KINDS)
VAGUE_PRAISE = Rule("specificity.vague_praise", "specificity", "error", vague_praise, kinds=TOPIC_KINDS)
NAMES_THE_INTERVIEW = Rule(
    "specificity.names_the_interview", "specificity", "error", names_the_interview,
    kinds=frozenset({CONNECTION_NOTE}),
)  # fmt: skip
GUESSED_NAME = Rule("specificity.guessed_name", "specificity", "warning", guessed_name)
OTHERS_TOPIC = Rule("specificity.others_topic", "specificity", "error", others_topic)
RULES = [
    GREETS_INTERVIEWER,
    GUESSED_NAME,
    NAMES_OTHER_PANELIST,
    OTHERS_TOPIC,
    WRONG_COMPANY,
    NO_TOPIC,
    VAGUE_PRAISE,
    NAMES_THE_INTERVIEW,
]
