"""Grounding: what the note says happened, or will happen, must come from the interview facts.

Names, numbers and products the facts do not hold are a warning (the model may have invented them; the
candidate should confirm each before sending). An offer, an invitation or a promise the facts do not hold
is an error: 'I'll take you up on your offer of a free design workshop', 'as promised, here is the report',
'I look forward to our meeting on Tuesday', 'I'll follow up next week' state things nobody said, and the
interviewer knows it. These are `grounding` errors, not `eagerness`: the fault is that they are untrue of
this interview, whether or not they also press."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from guardrails.facts import Facts
from guardrails.names import TITLES
from guardrails.rule import Finding, Rule, findings_for, phrase_check, shorten
from guardrails.text import GENERIC, STOPWORDS, WORD, AnyOf, Draft, Phrases, fold, starts_sentence, stem
from guardrails.topics import unsafe_shape

# Capitalised words that a note uses without them being facts of the interview: common words, titles, and the
# pieces of a dotted title ('Dipl.-Ing.' reads as 'Dipl' and 'Ing').
COMMON = (
    frozenset(
        """i i'm i'd i've i'll hi hello dear thank thanks best regards kind warm sincerely cheers linkedin
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december it its it's our the a an and your you we my this that looking
    great it was please all also again as at for in on of to with from after before during when what how
    congratulations congrats today yesterday tomorrow""".split()
    )
    | frozenset(TITLES)
    | frozenset(part for t in TITLES for part in re.split(r"[.\-/]", t) if part)
)
_SUBJECT = re.compile(r"[^\n]*")


def invented_detail(draft: Draft, facts: Facts) -> Iterator[Finding]:
    text = draft.text
    known = facts.vocabulary
    start = _SUBJECT.match(text).end() if text[:8].lower() == "subject:" else 0  # a subject is title case
    for found in draft.capitalised:
        if found.start() < start:
            continue
        word, first = found.group(0), text[found.start()]
        if first.isdigit():
            if word not in facts.raw:
                yield Finding(
                    f"Gives the number {shorten(word)!r}, which is not in the interview facts.",
                    f"Remove {shorten(word)!r} unless it really came up in the interview.",
                    found.span(),
                )
            continue
        base = word.removesuffix("'s")
        if base in COMMON or base in known or word in known or starts_sentence(text, found.start()):
            continue
        shown = shorten(text[found.start() : found.end()])
        yield Finding(
            f"Names {shown!r}, which is not in the interview facts.",
            f"Remove {shown!r} unless it really came up in the interview.",
            found.span(),
        )


# An offer, invitation or promise made by the interviewer ('as you suggested' is left alone: a recruiter who
# asked the candidate to connect is a real case, and it claims no gift).
_OFFER = AnyOf(
    Phrases(
        r"\b(?:take\s+you\s+up\s+on\s+(?:your|the|that|this)\b|(?:your|the)\s+(?:very\s+)?(?:kind\s+|generous\s+)?"
        r"offer\s+(?:to|of)\s+(?!connect)|as\s+(?:you\s+)?(?:promised|offered)\b"
        r"|you(?:'ve|\s+have)?\s+(?:kindly\s+|generously\s+)?(?:offered|promised|agreed)\s+to\b"
        r"|(?:invited|inviting)\s+me\s+to\s+(?:the|a|an|your|join)\s+(?:\w+\s+){0,2}?(?:event|conference|meetup|"
        r"workshop|dinner|lunch|party|launch|summit|talk|webinar|session|team|office|hackathon))",
        ("take", "offer", "promised", "agreed", "invit"),
    ),
)
# Plans the candidate announces: sending things, following up on a date, meeting again, seeing them at events.
_PLAN = AnyOf(
    Phrases(
        r"\bi(?:'ll|\s+will|\s+shall)\s+(?:also\s+|definitely\s+|be\s+sure\s+to\s+)?(?:send|forward|e-?mail|mail"
        r"|bring|prepare|put\s+together|drop\s+off|post)\s+(?:you|it|the|a|an|my|over|along|them|this|that|those)\b"
        r"|\bi(?:'ll|\s+will|\s+shall)\s+(?:follow\s+up|be\s+in\s+touch|reach\s+out|check\s+in|circle\s+back"
        r"|get\s+in\s+touch|touch\s+base|ping\s+you)\s+(?:with\s+you\s+)?(?:again\s+)?(?:next|on|in|by|this"
        r"|tomorrow|early|later|after|before|to\s+check)\b",
        ("i'll", "will", "shall"),
    ),
    # An attachment nobody can see: a LinkedIn note carries none, and the facts name none for an email.
    Phrases(
        r"\b(?:i(?:'ve|\s+have)\s+(?:also\s+)?(?:attached|enclosed|included\s+(?:my|a)\b)|(?:please\s+)?find\s+"
        r"(?:attached|enclosed)|(?:attached|enclosed)\s+(?:is|are|please\s+find)\b|i(?:'m|\s+am)\s+(?:attaching"
        r"|enclosing)|i(?:'ll|\s+will)\s+attach)",
        ("attach", "enclos", "included"),
    ),
    Phrases(
        r"\b(?:see\s+you\s+(?:at|there|tomorrow|on\s+(?:the|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        r"|in\s+(?:the|two|a|an|person))"
        r"|(?:our|the)\s+(?:next|upcoming|follow[\s-]?up|second|scheduled|planned)\s+(?:meeting|call|interview|chat"
        r"|conversation|session|catch[\s-]?up|visit)"
        r"|(?:look(?:ing)?\s+forward\s+to|excited\s+for|see\s+you\s+at)\s+(?:our|the|your)\s+(?:meeting|call|chat"
        r"|session|event|conference|meetup|workshop|dinner|lunch|launch|summit|webinar)\s+(?:on|next|this|tomorrow"
        r"|at|in|later)\b"
        r"|(?:article|paper|report|book|link|post|piece|video|podcast|slides|deck|resource|template)s?\s+(?:that\s+)?"
        r"(?:i|you)\s+(?:mentioned|promised|recommended|suggested))",
        ("see", "next", "upcoming", "follow", "second", "scheduled", "planned", "forward", "excited",
         "promised", "mentioned", "recommended", "suggested"),
    ),
)  # fmt: skip

invented_offer = phrase_check(
    _OFFER,
    "Refers to an offer, invitation or promise from the interviewer that the interview facts do not "
    "mention: {!r}.",
    "Remove the offer or invitation: nobody made it. Keep to what you discussed and to staying in touch.",
)
invented_plan = phrase_check(
    _PLAN,
    "Announces a plan, a promise or a meeting that the interview facts do not mention: {!r}.",
    "Remove the promise or the future meeting: nothing was arranged. Thank them, recall one topic you "
    "discussed, and say you would be glad to stay in touch.",
)

# Events and circumstances nobody mentioned: how the interview went or ended ('I left the interview after a
# few days of discussion', 'after the call'), a conference, a trip, a book or a talk that the facts do not hold.
_EVENT = AnyOf(
    Phrases(
        r"\bleft\s+(?:the|our)\s+(?:interview|call|meeting|conversation|office|building|session)"
        r"(?=\s*,|\s+(?:after|before|early|halfway|during|when|because|at|and|but|once|to)\b)"
        r"|\bafter\s+(?:a\s+few|several|many|a\s+couple\s+of|two|three|four|five|\d+)\s+(?:minutes|hours|days"
        r"|weeks|months|years)\b",
        ("left", "after"),
    ),
    Phrases(
        r"\b(?:the|your|our|an?|this)\s+(?:next|upcoming|recent|last|annual|latest|forthcoming|new)\s+"
        r"(?:[a-z0-9-]+\s+){0,3}?(?:conference|summit|event|webinar|meetup|workshop|seminar|fair|trip|visit"
        r"|presentation|launch|hackathon|book|podcast|keynote|panel\s+discussion|open\s+day|retreat|offsite"
        r"|article|paper|blog\s+post|post|study|episode|newsletter|report|talk|debate|announcement|news|merger"
        r"|acquisition|reorgani[sz]ation|restructuring|funding\s+round|campaign|initiative|election|reform"
        r"|controversy|scandal|lawsuit|layoffs?)s?\b"
        r"|\b(?:read|saw|watched|heard|enjoyed|loved|liked)\s+your\s+(?:\w+\s+){0,2}?(?:article|paper|blog|post|book"
        r"|talk|podcast|keynote|episode|newsletter|thesis|interview\s+(?:on|with|in))\b"

        r"|\byour\s+(?:trip|travels?|visit|holiday|vacation)\s+to\b"
        r"|\b(?:a|as\s+a|as\s+the)\s+guest\s+speaker\b|\b(?:presenting|speaking|exhibiting)\s+at\s+(?:the|your|a)\b",
        ("next", "upcoming", "recent", "last", "annual", "latest", "forthcoming", "new", "trip", "travel",
         "visit", "holiday", "vacation", "guest", "presenting", "speaking", "exhibiting", "read", "saw", "watched", "heard", "enjoyed", "loved", "liked"),
    ),
)  # fmt: skip

invented_event = phrase_check(
    _EVENT,
    "Tells of an event or a circumstance that the interview facts do not mention: {!r}.",
    "Remove it: say only what happened in the interview (you met, you discussed the topic) and that you "
    "remain interested.",
)


# ------------------------------------------------------- who the candidate is, where the job is: the facts say
# An employer named where the facts name none ('the Plumbing Apprentice role at Shopify', copied from a
# prompt's example); `specificity.wrong_company` judges the name when the facts give one.
_EMPLOYER_BEFORE = re.compile(
    r"\b(?:(?:role|position|job|opening|interview|internship|vacancy|team|career|future)\s+(?:at|with|for)"
    r"|(?:work|working)\s+(?:at|for)|join(?:ing)?)\s+\Z"
)
# The candidate's own job, stated: 'I am a data engineer', 'my role as a Health Ambassador'.
_IDENTITY = Phrases(
    r"\b(?:i\s+am|i'm|my\s+(?:role|job|position|work|experience|background|time)\s+as|as|working\s+as|worked\s+as)"
    r" an?\s+(?P<job>(?:[a-z-]+\s+){0,2}?(?:engineer|developer|designer|analyst|manager|nurse|teacher"
    r"|scientist|consultant|ambassador|writer|chef|cook|electrician|plumber|officer|worker|specialist|technician"
    r"|director|architect|accountant|pharmacist|researcher|coordinator|administrator|advis[oe]r|lawyer|doctor"
    r"|physician|therapist|supervisor|trainer|barista|marketer|recruiter|programmer|lecturer|professor))s?\b",
    ("as a", "am a", "'m a"),  # one space before the article: a note's own spacing
)  # fmt: skip


def invented_employer(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """The candidate claims a job, or names an employer, that the facts do not hold."""
    folded = draft.folded
    if not facts.context.company:
        for word in draft.capitalised:
            name = word.group(0).removesuffix("'s")
            if name in facts.vocabulary or name in COMMON or folded[word.start()].isdigit():
                continue
            if _EMPLOYER_BEFORE.search(folded, max(0, word.start() - 30), word.start()):
                shown = draft.text[word.start() : word.end()]
                yield Finding(
                    f"Names the employer as {shown!r}; the interview facts name no company.",
                    f"Remove {shown!r}: name the company only when it is given.",
                    word.span(),
                )
    for m in _IDENTITY.finditer(folded):
        if not facts.mentions(m.group("job")):
            said = shorten(draft.text[m.start() : m.end()])
            yield Finding(
                f"Gives the candidate a job the interview facts do not mention: {said!r}.",
                "Remove the claim about your own job or title; speak only of the role you interviewed for.",
                m.span(),
            )


# A conversation that was no job interview ('career chat over coffee', no role: Facts.informal) called an
# interview, or given a job to apply for: 'thank you for interviewing me', 'my interest in the role'.
_AS_AN_INTERVIEW = Phrases(
    r"(?<!informational )\binterview(?:s|ed|ing)?\b"
    r"|\b(?:the|this|that)\s+(?:role|position|job|opening|vacancy|opportunity)\b"
    r"|\bmy\s+(?:application|candidacy)\b|\byour\s+consideration\b",
    ("interview", "role", "position", "job", "opening", "vacancy", "opportunity", "application", "candidacy",
     "consideration"),
)  # fmt: skip


def invented_interview(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """An informal conversation (a coffee chat, a networking call) written up as a job interview."""
    if not facts.informal:
        return
    for m in _AS_AN_INTERVIEW.finditer(draft.folded):
        yield Finding(
            f"Calls an informal conversation a job interview: {shorten(draft.text[m.start() : m.end()])!r}; the "
            "facts give no role and name the meeting as informal.",
            "Thank them for the conversation or their time, and name no interview, role or position.",
            m.span(),
        )


# ------------------------------------------------ content the facts do not support, in the frames that claim it
# What the interviewer or the team said, does or showed ('how you think about design systems for merchants',
# 'the team's work on tools that merchants use every day', 'your example of the checkout redesign'): the
# words after the frame, up to the end of the clause, must come from the facts. Two content words the
# facts lack make it an invention (one is a paraphrase: 'the role of clinical pharmacists in healthcare').
_CLAIM_FRAME = AnyOf(
    Phrases(
        r"\bhow\s+(?:(?:you|the\s+team|they)\s+(?:think|thinks)\s+about|(?:it|this)\s+relates\s+to"
        r"|you\s+can\s+help\s+(?:in|with)|you\s+(?:have\s+been|were|are)\s+able\s+to)\s+"
        r"|\bthe\s+way\s+you\s+(?:have\s+been|were|are)\s+able\s+to\s+",
        ("how", "able"),
    ),
    Phrases(
        r"\b(?:bring|contribute|share)\s+my\s+(?:own\s+)?(?:experience|expertise|skills|knowledge)\s+"
        r"(?:with|in|of|on)\s+|\bcontribute\s+(?:my\s+)?(?:own\s+)?ideas\s+(?:about|on|for)\s+",
        ("bring", "contribute", "share"),
    ),
    # Starts at "work", the rarer word; the words before it are checked by _WORK_OF.
    Phrases(r"work\s+(?:on|with|in)\s+", ("work",)),
    # What the interviewer is said to have said: 'which you said reduced falls by 40% last year'.
    Phrases(
        r"\b(?:(?:which|that|as)\s+you\s+(?:said|mentioned|told\s+me|explained|noted|pointed\s+out)"
        r"|you\s+(?:said|mentioned|told\s+me|explained|noted|pointed\s+out|described|shared)\s+(?:that|how))\s+",
        ("said", "mentioned", "told", "explained", "noted", "pointed", "described", "shared"),
    ),
    Phrases(
        r"\byour\s+(?:(?:example|examples|experience|passion|interest|enthusiasm|faith|belief)\s+(?:of|on|about|for"
        r"|with|in)|(?:ability|commitment|dedication|willingness|openness)\s+to)\s+",
        (
            "example",
            "experience",
            "passion",
            "ability",
            "commitment",
            "dedication",
            "interest",
            "enthusiasm",
            "faith",
            "belief",
            "willingness",
            "openness",
        ),
    ),
)
# The interviewer's interest in the candidate or in the role, claimed: 'I appreciated your interest in the
# role', 'your interest in my application'. Nobody said so, and it presumes.
_THEIR_INTEREST = Phrases(
    r"\byour\s+(?:keen\s+)?(?:interest|enthusiasm)\s+in\s+(?:the\s+(?:role|position|job|opportunity|opening)\b"
    r"|me\b|my\s+(?:application|candidacy|profile|background|experience|work|skills)\b)",
    ("interest", "enthusiasm"),
)
_WORK_OF = re.compile(r"\b(?:the|your|the\s+team's)\s+(?:team's\s+)?\Z")
_CLAUSE = re.compile(r"[^.,;:!?\n()]{0,160}")  # bounded: a long run of frames stays linear
# Work the candidate says they do or did with this employer, or a project of theirs: nobody said so.
_OWN_WORK = Phrases(
    r"\bi(?:'ve|\s+have)\s+been\s+(?:working|collaborating|partnering)\s+(?:closely\s+)?(?:with|on|for|at)\s+"
    r"(?:your|the|a|an|this|our)\b|\b(?:a|the)\s+(?:new\s+)?project\s+(?:that\s+)?i(?:'m|\s+am)\s+working\s+on"
    r"|\bworking\s+with\s+you\s+again|\bour\s+(?:collaboration|partnership|work\s+together)\b"
    r"|\bi(?:'ve|\s+have)\s+(?:worked|been\s+working)\s+very\s+hard\b",
    ("working", "collaborating", "partnering", "again", "collaboration", "partnership", "together", "worked"),
)
_UNSUPPORTED = 2


# A verb that ends the claimed phrase and starts what the writer says of it ('... gave me plenty to think about'),
# unless a relative pronoun opens it ('tools that are used every day by baristas' is still the claim).
_PREDICATE = frozenset(
    """is was were are has have had gave give made make stayed stuck helped showed will would can could really
    reminded left got""".split()
)
_RELATIVE = frozenset("that which who whom whose what how where when why".split())


def _claimed_words(clause: str) -> list[str]:
    words: list[str] = []
    for w in WORD.findall(clause):
        if w in _PREDICATE and words and words[-1] not in _RELATIVE:
            break
        words.append(w)
    return [w for w in words if w not in STOPWORDS]


def _unsupported(words: list[str], facts: Facts) -> list[str]:
    return [w for w in words if len(w) > 2 and w not in GENERIC and stem(w) not in facts.stems]


def _frame_start(folded: str, m: re.Match[str]) -> int | None:
    """Where a claim's frame starts: a 'work on' match starts at 'the' or 'your' before it, or is no frame."""
    if not m.group(0).startswith("work"):
        return m.start()
    before = _WORK_OF.search(folded, max(0, m.start() - 20), m.start())
    return before.start() if before else None


def invented_content(draft: Draft, facts: Facts) -> Iterator[Finding]:
    folded = draft.folded
    for m in _CLAIM_FRAME.finditer(folded):
        start = _frame_start(folded, m)
        if start is None:
            continue
        clause = _CLAUSE.match(folded, m.end())
        missing = _unsupported(_claimed_words(clause.group(0)), facts)
        if len(missing) >= _UNSUPPORTED:
            said = shorten(draft.text[start : clause.end()].strip(), 90)
            yield Finding(
                f"Claims what the interviewer or the team said or does, in words the interview facts do not "
                f"hold ({', '.join(repr(w) for w in missing[:4])}): {said!r}.",
                "Say only what the facts support: name the topic you discussed in its own words, without "
                "details, examples or projects nobody mentioned.",
                (start, clause.end()),
            )
    yield from _invented_second_topic(draft, facts)
    yield from findings_for(
        _THEIR_INTEREST,
        draft,
        facts,
        "Claims the interviewer's interest in the candidate or the role, which nobody said: {!r}.",
        "Remove it: thank them for their time and recall what you discussed.",
    )
    yield from findings_for(
        _OWN_WORK,
        draft,
        facts,
        "Claims work with this team or a project of the candidate's that the facts do not mention: {!r}.",
        "Remove the claim: you have not worked with them; thank them and recall what you discussed.",
    )


# 'our conversation about X and Y': each thing said to have been discussed is a topic of the facts, in the
# facts' words. A second one that holds none of them was made up ('... about room attendant productivity and
# how it can be applied in various industries'), and so is one on offer ('... and the opportunity to work with
# you'), and so is a thing ('the ...') with a word the facts do not hold ('FHRS re-rating visits and the role
# of FHRS in healthcare', 'committee sittings and the meeting with the Clerk'). The first is the topic as the
# writer puts it, in their own words ('how you spot visual regressions').
_DISCUSSED_ABOUT = re.compile(
    r"\b(?:conversation|conversations|discussion|discussions|talk|chat|exchange)\s+(?:about|on|of|around)\s+"
    r"(?P<what>[^.;:!?\n()]{3,160})"
)
_AND = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+")
# What was discussed ends at a comma unless 'and' goes on with the list: ', which was worthwhile' is a comment.
_LIST = re.compile(r"[^,]*(?:,\s+(?:and|as\s+well\s+as)\s[^,]*)*")
_NOUN_PHRASE = re.compile(r"(?:the|how)\s")
_CLAUSE_WORDS = frozenset("i i'd i'm i've sounds seems looks feels".split())
# Discussed as if it were on offer: 'the opportunity to work with you', 'the chance to join your team'.
_AS_IF_OFFERED = re.compile(
    r"the\s+(?:opportunity|chance|possibility)\s+(?:to|of)\s+(?:work|working|join|joining)\b"
)
# Words a writer puts around a topic without adding to it: 'the opening', 'your plans for X', 'X versus Y'.
_AROUND_A_TOPIC = frozenset(
    """opening position vacancy process processes versus whether you'd i'd we'd they'd plans future
    importance challenges challenge""".split()
)


def _held(word: str, facts: Facts) -> bool:
    """The word is the facts' own, by its stem, in another spelling or form, or one put around a topic."""
    return facts.holds(word) or word in _AROUND_A_TOPIC


def _invented_second_topic(draft: Draft, facts: Facts) -> Iterator[Finding]:
    if not facts.topics:
        return
    for m in _DISCUSSED_ABOUT.finditer(draft.folded):
        parts = _AND.split(_LIST.match(m.group("what")).group(0))
        at = m.start("what")
        first = [w for w in WORD.findall(parts[0]) if w not in STOPWORDS and w not in GENERIC and len(w) > 2]
        if len(first) >= 2 and not any(
            _held(w, facts) for w in first
        ):  # 'about design systems for merchants'
            said = draft.text[at : at + len(parts[0])]
            yield Finding(
                f"Says you discussed {shorten(said, 90)!r}, which is none of the topics of the interview facts.",
                "Name only what you discussed, in the topic's own words; leave the rest out.",
                (at, at + len(parts[0])),
            )
            return
        for part in parts[1:]:
            said_words = set(WORD.findall(part))
            if not _NOUN_PHRASE.match(part) or (_PREDICATE | _CLAUSE_WORDS) & (said_words - {"can"}):
                break  # '..., and I would love to ...', '..., and the interview left me ...': a clause, no topic
            if _AS_IF_OFFERED.match(part):
                words, held, added = [part], 0, []
            else:  # the role, the team and the company may be named beside a topic
                words = [
                    w for w in WORD.findall(part) if w not in STOPWORDS and w not in GENERIC and len(w) > 2
                ]
                added = [w for w in words if not _held(w, facts)] if part.startswith("the ") else []
                held = sum(stem(w) in facts.stems for w in words)
            if added or len(words) >= 2 and not held or words == [part]:
                start = draft.folded.find(part, at)
                said = draft.text[start : start + len(part)]
                which = f" ({', '.join(repr(w) for w in added[:3])} in none of them)" if added else ""
                yield Finding(
                    f"Says you discussed {shorten(said, 90)!r}, which is none of the topics of the interview "
                    f"facts{which}.",
                    "Name only what you discussed, in the topic's own words; leave the rest out.",
                    (start, start + len(part)),
                )
                return


# -------------------------------------------------------------- unsafe topics: never named, never obeyed
# Whom a message addresses when it repeats or obeys an instruction to a model ("Reminder for the AI: ...").
_TO_A_MODEL = Phrases(
    r"\b(?:(?:reminder|note|message|memo|instructions?|hint|request)\s+(?:for|to)\s+(?:the\s+|this\s+|my\s+)?"
    r"(?:ai|a\.i\.|assistant(?!\s+(?:manager|director|head|editor|professor|principal|buyer|producer|coach))"
    r"|(?:ai|language)\s+model|llm|chat\s?bot|chatgpt|gpt)\b"
    r"|as\s+an?\s+(?:ai|language\s+model|llm)\b|(?:system|developer|hidden)\s+prompt\b"
    r"|(?:ignore|disregard)\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier)\s+(?:instructions|prompts?"
    r"|rules|directions))",
    ("reminder", "note", "message", "memo", "instruction", "hint", "request", "as", "prompt", "ignore",
     "disregard"),
)  # fmt: skip
_RUN = 4  # words of an unsafe topic in a row that make it 'named' in the message


def _word_runs(words: list[str], size: int) -> set[tuple[str, ...]]:
    size = min(size, len(words))
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)} if size else set()


@lru_cache(maxsize=1024)
def _unsafe_pieces(topic: str) -> tuple[str, frozenset[str], frozenset[tuple[str, ...]]] | None:
    """What of an unsafe topic must not reach a message: why it is unsafe, its web or e-mail addresses
    (folded), and its runs of words (four in a row, or the whole topic when shorter); None for a safe topic."""
    shape = unsafe_shape(topic)
    if shape is None:
        return None
    folded = fold(topic)
    found = _ADDRESS.finditer(folded) if shape != "instruction" else ()
    addresses = {_SCHEME.sub("", m.group(0)).rstrip(".,;:") for m in found}
    return shape, frozenset(addresses), frozenset(_word_runs(WORD.findall(folded), _RUN))


_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?")


def unsafe_topic(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """A topic that is an instruction to a model, a URL or an e-mail address (guardrails.topics) is data:
    a message that quotes it ('our conversation about Reminder for the AI: say ...') or speaks to a model
    has passed it on."""
    folded = draft.folded
    words: list[str] | None = None
    for topic in facts.context.topics:
        pieces = _unsafe_pieces(topic)
        if pieces is None:
            continue
        shape, addresses, runs = pieces
        if shape == "meeting":  # thanks for the call are fine; 'our talk about the call' is not
            said = re.search(
                rf"\b(?:about|on|of|regarding)\s+{re.escape(fold(topic).strip(' ?.!'))}\b", folded
            )
            if said:
                yield Finding(
                    f"Names {shorten(topic)!r}, the meeting itself, as something you discussed.",
                    "Name a subject you talked about instead, or thank them for the conversation.",
                    said.span(),
                )
            continue
        words = WORD.findall(folded) if words is None else words
        if any(a in folded for a in addresses) or runs & _word_runs(words, len(next(iter(runs), ()))):
            yield Finding(
                f"Repeats the topic {shorten(topic)!r}, which is {_SHAPE_NAMES[shape]}, not something discussed.",
                "Remove every word of that topic: it is not a subject of the interview. Name another topic "
                "you discussed, or none.",
            )
    for m in _TO_A_MODEL.finditer(folded):
        yield Finding(
            f"Speaks to or about an AI model: {shorten(draft.text[m.start() : m.end()])!r}.",
            "Remove the words addressed to a model: the message is from the candidate to the interviewer.",
            m.span(),
        )


_SHAPE_NAMES = {
    "instruction": "an instruction to a model",
    "url": "a web address",
    "email": "an e-mail address",
    "meeting": "the meeting itself",
}


INVENTED_DETAIL = Rule("grounding.invented_detail", "grounding", "warning", invented_detail)
INVENTED_OFFER = Rule("grounding.invented_offer", "grounding", "error", invented_offer)
INVENTED_PLAN = Rule("grounding.invented_plan", "grounding", "error", invented_plan)
INVENTED_EMPLOYER = Rule("grounding.invented_employer", "grounding", "error", invented_employer)
INVENTED_INTERVIEW = Rule("grounding.invented_interview", "grounding", "error", invented_interview)
INVENTED_CONTENT = Rule("grounding.invented_content", "grounding", "error", invented_content)
INVENTED_EVENT = Rule("grounding.invented_event", "grounding", "error", invented_event)
UNSAFE_TOPIC = Rule("grounding.unsafe_topic", "grounding", "error", unsafe_topic)
RULES = [
    INVENTED_DETAIL,
    INVENTED_OFFER,
    INVENTED_PLAN,
    INVENTED_EVENT,
    INVENTED_EMPLOYER,
    INVENTED_INTERVIEW,
    INVENTED_CONTENT,
    UNSAFE_TOPIC,
]
