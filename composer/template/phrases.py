"""The facts as phrases a sentence can hold: a topic tidied and cut to fit a budget of characters, and the
interview named by its role and company. Which topics may be named at all is `composer.topics`' to say.

A topic is cut only where what is kept is a complete phrase: before a preposition, a conjunction or a
subordinator, or at punctuation ("seismic retrofitting | of highway bridges", "how the nurses split the
Monday clinic | between the two wards"), never before a determiner or inside a run of nouns, so a noun
phrase keeps its head ("rota planning", never "rota"). When no complete phrase fits, the topic is left out:
a note that names no topic reads better than one that names half of one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from composer.context import MessageContext
from composer.template.clauses import ASKED_TO, PUT_TO_THE_CANDIDATE, as_phrase, unreported
from composer.template.product_names import as_named
from guardrails.dictionary import misspelt
from guardrails.length import count
from guardrails.topics import ASIDE_START, in_another_language, left_unsaid, stage_and_tail

_SYMBOLS = re.compile(
    r"[\[\]{}<>#*_`|^@$%=\\\"“”«»!?]|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]|(?<!\w)~|~(?!\w)"
)
# The function words of a topic (a deliberate subset of guardrails.text.STOPWORDS, which a test holds it to):
# a phrase made only of them names nothing.
PHRASE_JOINTS = frozenset(
    """a an and or but the of to in on at for with by from as about into over under via vs our your my their
    its is are was were be been being how what why when which who that this these those we i you they it
    so than then also very just more most some any all each across between through during without within
    including like around beyond toward towards against among per after before since until while where
    whose using based""".split()
)
# A topic may be cut before a preposition, a conjunction or a subordinator: what follows modifies what was
# kept, or starts another part of it.
_PREPOSITIONS = frozenset(
    """of in on at for with by from about into onto over under via vs versus across between through during
    without within including like around beyond toward towards against among per after before since until
    upon along amid despite except""".split()
)
_COORDINATORS = frozenset("and or but nor plus".split())
_SUBORDINATORS = frozenset(
    "to while when where whereas because although though if unless whether which who whom whose that so as once".split()
)
_CUT_BEFORE = _PREPOSITIONS | _COORDINATORS | _SUBORDINATORS
# A kept phrase never ends on a word that needs what comes after it ("how the nurses split the").
_NEVER_LAST = _CUT_BEFORE | frozenset(
    """a an the this these those our your my their its his her some any each every no both either neither
    another such what how why is are was were be been being has have had do does did will would can could
    should may might must than then also very just more most not out up off down away""".split()
)
_DETERMINERS = frozenset("the a an our your their its this these those".split())
_LOWER_FIRST = frozenset("the a an how what why when where whether which who our your my their its".split())
_LOWER_FIRST |= _DETERMINERS
_PUNCT_END = (",", ";", ":")
MAX_TOPIC_PHRASE = 70  # in a connection note
LONG_TOPIC_PHRASE = 110  # in a follow-up or an email, which have room for a longer phrase
_ROLE_NOUNS = ("role", "position", "job", "internship", "opening", "opportunity")


# Nouns that are counted ('an audit', 'the fermentation programme'): a topic whose head is one of them, with no
# determiner, reads as broken English after 'about' ('our exchange on PCV licence'): it takes 'the'. Nouns of
# mass or activity ('sepsis screening', 'due diligence', 'crew resource management') are left as typed. A law or
# treaty named by what it is takes 'the' too ('the Cape Town Convention', 'the Building Safety Act').
_COUNT_HEADS = frozenset(
    """audit program programme licence license calendar test exam project rollout migration system process plan
    roadmap framework pipeline scheme policy budget model platform tool app dashboard report study trial
    survey campaign initiative course curriculum rota schedule contract launch redesign upgrade workshop
    assessment certification protocol checklist procedure pilot prototype product strategy proposal portfolio
    presentation pitch merger acquisition reorganisation reorganization restructure backlog sprint release
    feature menu season handover database warehouse fleet route timetable syllabus exhibition collection
    catalogue catalog archive newsletter website podcast series show festival tournament league contest
    competition fund grant bid tender mandate brief inquiry investigation renovation
    extension expansion refit roster lesson demo demonstration endorsement caseload workload teardown peak sale
    refresher diary
    allowance tour walkabout certificate qualification ticket permit card visa badge diploma degree module
    unit clinic ward case incident inspection placement apprenticeship internship rotation shift
    pattern session conference summit symposium fair album book novel article paper thesis dissertation
    journal magazine film documentary production musical concert vehicle vessel aircraft crane bridge tunnel
    building site factory plant farm orchard vineyard kitchen recipe matrix template handbook manual
    bar restaurant cafe café shop store lab laboratory depot dormitory hostel canteen cook call class
    patch queue question target territory quota shed barn mill interview
    convention treaty directive act accord agreement charter statute ordinance bill
    round office exercise scenario task stage meeting visit drill
    list crew period line section drawer van ute car forklift level limiter walk install check cycle table
    window timeline deadline date position method panel form post band complaint calculation reference
    station department hospital garden oven desk screen shutdown gateway market room firm decision standard
    requirement rule limit step phase milestone probation appointment score life resume résumé cv essay letter
    portal team path pathway track group promotion walkthrough evaluation point spec sample monolith story
    response take-home record package approach set volume dive whiteboard""".split()
)
# A time after the noun ('LBP licence next year', 'sales target each month') is no part of its head.
_TIME_AFTER = re.compile(
    r"\s+(?:(?:next|this|last|each|every|per|a|once\s+a|twice\s+a)\s+(?:year|month|week|day|quarter|term|semester"
    r"|season|summer|winter|spring|autumn|fall|weekend|shift)|(?:monthly|weekly|yearly|annually|daily))$",
    re.I,
)
_DETERMINED = frozenset(
    """the a an your our my their his her its this that these those each every some any no how what why when
    where whether which who whom one two three four five six seven eight nine ten""".split()
)


def _next_cut(words: list[str], start: int) -> int:
    """The index of the first preposition or conjunction at or after `start` (the end if none)."""
    return next(
        (
            i
            for i in range(start, len(words))
            if (
                words[i].lower() in _CUT_BEFORE and not (words[i].isupper() and len(words[i]) > 1)
            )  # 'WHO', 'AS'
            or (words[i].lower() == "round" and words[i + 1 : i + 2] in (["the"], ["a"], ["our"], ["your"]))
        ),
        len(words),
    )  # 'drive assessment | round the depot' ('ward round' is a noun)


# An -ing word and one noun, the end or a preposition after it ('typing test', 'training programme for new hires'):
# the -ing word is a modifier, and the noun the head (its article is `_with_article`'s to decide).
# (Not a verb that takes an object, as in 'hitting quota in the first quarter' or 'managing stock levels'.)
_ING_AND_HEAD = re.compile(
    r"^(?!(?:hitting|managing|leading|running|handling|reducing|improving|increasing|hiring|winning|reaching"
    r"|beating|missing|making|taking|getting|keeping|growing|cutting|raising|setting|chasing)\s)"
    r"[a-z]+ing\s+(?!(?:and|or|the|a|an)\b)[\w-]+(?:\s+[a-z][\w-]*)?(?:\s+(?:for|on|of|in|at|with|about)\b|$)"
)


_CLAUSE_SUBJECTS = frozenset("we you they i she he".split())


_LAST_BRACKET = re.compile(r"^(\S.*?)(\s+\([^()]*\))$")
# A score or a grade typed after a counted noun ('beep test 9.6', 'second language evaluation CBC'): a label of
# the thing, in brackets after it ('the beep test (9.6)'); a whole number names it ('module 2', 'Part 3').
_CODE_AFTER = re.compile(r"^(\S.*?(?<![\w-])([a-z]+))\s+(\d+\.\d+|\d{1,3}(?:\.\d+)?%|[A-Z]{2,4})$")
# A length or a year typed after a counted noun ('written exercise 45 min', 'trade test 2019'): before it, as
# English puts it ('the 45-minute written exercise', 'the 2019 trade test').
_LENGTH_AFTER = re.compile(
    r"^(\S.*?(?<![\w-])([a-z]+))\s+(\d{1,3})\s*-?\s*(min|mins|minutes?|hours?|hrs?|days?|weeks?|months?)$"
)
_YEAR_AFTER = re.compile(r"^(\S.*?(?<![\w-])([a-z]+))\s+((?:19|20)\d\d)$")
_UNIT = {"min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour"}


# A number and a noun before another noun, typed without their hyphen ('60 bail rotary', '3 day week', '650 cows
# rotary shed'): a compound modifier, written as one ('the 60-bail rotary'); never a count of the first noun.
_COUNT_COMPOUND = re.compile(
    r"^(\d{1,4})\s+([a-z]{2,})\s+((?:(?!(?:a|an|the|of|in|on|at|for|to|per|and|or|with|off|from|by|as|into|over"
    r"|under|after|before|vs|versus|experience)\b)[\w-]{2,}\s+){0,3}(?!(?:a|an|the|of|in|on|at|for|to|per|and|or|with"
    r"|off|from|by|as|experience)\b)[a-z][\w-]{2,})$"
)


def _clause_starts(words: list[str], i: int) -> bool:
    """A clause of its own starts at words[i]: a subject ('we talked through'), a verb of being ('edit test | is on
    Avid'), or an -ing word after a counted noun before a determiner ('exercise | summarising a commercial lease';
    'menu planning' is one noun)."""
    word = words[i].lower()
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    return (
        word in _CLAUSE_SUBJECTS
        or word in ("is", "are", "was", "were")
        or (
            word.endswith("ing")
            and words[i].islower()
            and words[i - 1].lower() in _COUNT_HEADS
            and after in _DETERMINERS
        )
    )


def _counted(words: list[str]) -> bool:
    """The phrase ending at its head names one thing: its head is a counted noun, a service named by what it does
    ('regional anaesthesia service', not 'customer service') or a language by its name ('the Welsh language')."""
    head = words[-1].lower().strip(",.;:")
    if head in _COUNT_HEADS:
        return True
    if head == "service":
        return len(words) >= 3
    return head == "language" and len(words) == 2 and bool(_PROPER_NOUN.fullmatch(words[0].lower()))


def _with_article(text: str) -> str:
    """'fermentation program' -> 'the fermentation program', 'audit of missed fractures on ED x-rays' -> 'the
    audit of ...'; a topic with a determiner, a gerund, a plural or a mass noun at its head stays as typed."""
    code = _CODE_AFTER.match(text)
    if code and code.group(2) in _COUNT_HEADS:
        return f"{_with_article(code.group(1))} ({code.group(3)})"
    length = _LENGTH_AFTER.match(text)
    if length and length.group(2) in _COUNT_HEADS:
        unit = _UNIT.get(length.group(4), length.group(4)).removesuffix("s")
        return f"the {length.group(3)}-{unit} {length.group(1)}"
    year = _YEAR_AFTER.match(text)
    if year and year.group(2) in _COUNT_HEADS:
        return f"the {year.group(3)} {year.group(1)}"
    bracket = _LAST_BRACKET.match(text)
    if bracket:  # 'game season menu (venison and grouse)': the head is before the brackets
        head = _with_article(bracket.group(1))
        plural = re.fullmatch(r"(?:[a-z]+\s+){0,2}[a-z]+[^s\W]s", head)
        if head == bracket.group(1) and plural and head.split()[0] not in _DETERMINED:
            head = f"the {head}"  # 'requirements (NBI clearance and medical)': a set its list spells out
        return head + bracket.group(2)
    compound = _COUNT_COMPOUND.match(text)
    # '60 bail rotary' -> 'the 60-bail rotary', '650 cows rotary shed' -> 'the 650-cow rotary shed' (not '10 days
    # leave')
    if compound and (not compound.group(2).endswith("s") or " " in compound.group(3)):
        number, unit, rest = compound.groups()
        unit = unit[:-1] if unit.endswith("s") and not unit.endswith("ss") else unit
        plural = rest.endswith("s") and not rest.endswith("ss")
        return f"{'' if plural else 'the '}{number}-{unit} {rest}"
    words = text.split()
    first = words[0].lower()
    if (
        (first in _DETERMINED and not words[0].isupper())  # 'WHO checklist' takes 'the'
        or re.fullmatch(r"[\d,.]+", first)
        or (
            first.endswith("ing")
            and words[0][1:].islower()
            and not _title_case(text)
            and not _ING_AND_HEAD.match(text)  # 'typing test' takes 'the'; 'migrating batch jobs' does not
        )
    ):
        return text  # '6g pipe test' and '12-week course' take 'the'; '3 projects' does not; 'Building Safety Act' does
    # a clause after the noun ('COPD case study we talked through', 'written exercise summarising a lease') is no
    # part of its head, nor a time
    words = words[: next((i for i, w in enumerate(words) if i and _clause_starts(words, i)), len(words))]
    words = _TIME_AFTER.sub("", " ".join(words)).split() or words
    head = _next_cut(words, 0) - 1
    if (
        0 <= head < len(words) - 2
        and words[head + 1].lower() in ("and", "or")
        and words[head].lower() not in _COUNT_HEADS
    ):
        head = _next_cut(words, head + 2) - 1  # 'touchstone and acid test for purity': the head is shared
    if head < 0 or not _counted(words[: head + 1]):
        return text
    if any(w in _DETERMINED for w in words[1:head]):  # 'pollock A season' has a label, not a determiner
        return text  # 'stress testing the SME loan book': the head is a verb's object, not the topic's head
    return f"the {text}"


_QUESTION_START = re.compile(
    r"^\W*(?:what|how|why|when|where|which|who|is|are|do|does|did|can|could|would|should)\b", re.I
)


# A span of months or days typed after a noun without its 'from' ('seasonal contract March to October'): the
# 'from' is put back ('the seasonal contract from March to October'), which also makes the noun the head.
_WHEN = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|january|february"
    r"|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep"
    r"|sept|oct|nov|dec)"
)
_BARE_SPAN = re.compile(rf"(?<=[^\W\d_]) (?={_WHEN}\s+(?:to|until|till|through)\s+{_WHEN}\b)", re.I)


def _from_span(text: str) -> str:
    """'shifts Monday to Friday' -> 'shifts from Monday to Friday'; 'between May and June' stays."""
    match = _BARE_SPAN.search(text)
    if match is None:
        return text
    before = text[: match.start()].split()
    if (
        not before
        or _bare(before[-1]) in _PREPOSITIONS | _DETERMINED
        or re.fullmatch(_WHEN, before[-1], re.I)
    ):
        return text
    return f"{text[: match.start()]} from {text[match.end() :]}"


# A working pattern jotted as numbers ('6 days a week and split shifts', '1 week on and 1 week off', 'hybrid and 2
# days in the office'): 'working' makes it a thing one goes over ('working 6 days a week and split shifts').
_PATTERN_START = re.compile(
    r"^(?:\d+(?:\s*(?:[-–]|to)\s*\d+)?|one|two|three|four|five|six|seven)\s+(?:days?|weeks?|nights?|shifts?|hours?)"
    r"\s+(?:a|per|on|in)\b",
    re.I,
)
_HYBRID = re.compile(r"^hybrid\s*(?:and|with|,|/|\+|-)?\s*(?=\d+\s+days?\b)", re.I)


# Shifts noted by their hours ('nights 10pm-6:30am', 'earlies 6-2'): 'working nights (10pm to 6:30am)'.
_SHIFT_HOURS = re.compile(
    r"^(nights|days|lates|earlies|evenings|weekends)\s+(\d{1,2}(?::\d{2})?\s*(?:am|pm)?)\s*[-–]\s*"
    r"(\d{1,2}(?::\d{2})?\s*(?:am|pm)?)$",
    re.I,
)


def _working_pattern(text: str) -> str:
    if _HYBRID.match(text):
        return _HYBRID.sub("hybrid working with ", text)
    if shift := _SHIFT_HOURS.match(text):
        return f"working {shift.group(1).lower()} ({shift.group(2)} to {shift.group(3)})"
    return f"working {text}" if _PATTERN_START.match(text) else text


_SAID_AFTER_DASH = re.compile(
    r"^(.{3,40}?)\s+[-–—]\s+(?:you|she|he|they|we|i)\s+(?:said|liked|loved|asked|mentioned|thought|think|passed"
    r"|failed|want|wanted|need|needed)\b.*$",
    re.I,
)


# A step still to come, noted with 'next' after it ('pair programming round next'): the upcoming one.
_NEXT_AFTER = re.compile(
    r"^((?!(?:the|a|an|my|your|our|their|what|who|how|which|when|where|why|whether|is|are|do|does)\b)[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*){0,3}\s+(?:round|interview|stage|step|test|exam|assessment|task|call|meeting|visit|shift"
    r"|trial|session|panel))\s+next\W*$",
    re.I,
)
# Their children, noted by number and age ('two girls aged 3 and 6'): theirs.
_THEIR_CHILDREN = re.compile(
    r"^((?:two|three|four|2|3|4)\s+(?:girls|boys|kids|children|sons|daughters)\s+(?:aged|age|ages)\b)", re.I
)
# A move noted with an arrow ('how she went retail banking -> product support').
_WENT = re.compile(
    r"\b(went|moved|switched|got|transitioned|came)\s+(?:from\s+)?([^>→]+?)\s*(?:->|→|=>)\s*(.+)$", re.I
)
# Their place, noted as 'this' in the room ('shrink at this store'): theirs in a message read elsewhere.
_THIS_PLACE = re.compile(
    r"(?<=\s)this\s+(store|branch|site|office|ward|school|restaurant|hotel|location|clinic|practice|shop|depot|plant"
    r"|farm|kitchen|lab|warehouse)\b",
    re.I,
)
# Ages typed as a span after the people ('kids 6-9', 'students 11-14', 'kids 6-8yo'): said with 'aged', and
# with 'for' after a thing for them ('demo lesson kids 6-8yo' -> 'demo lesson for kids aged 6 to 8').
_AGED = re.compile(
    r"(?:\b([a-z]+)\s+)?\b(children|kids|students|pupils|boys|girls|learners|teens|teenagers)\s+(\d{1,2})\s*(?:[-–]|to)\s*"
    r"(\d{1,2})(?:\s*(?:yo|y/o|yrs?|years?(?:\s+old)?))?\b(?!\s*%)",
    re.I,
)


def _aged(m: re.Match[str]) -> str:
    before = m.group(1) or ""
    joint = f"{before} for " if before.lower() in _COUNT_HEADS else f"{before} " if before else ""
    return f"{joint}{m.group(2)} aged {m.group(3)} to {m.group(4)}"


# What to bring, noted for themselves ('weld test thurs 7am bring own PPE'): not what was discussed.
_BRING_OWN = re.compile(r"\s+[-–—]?\s*bring\s+(?:own|your|my|the)\b.*$", re.I)
# A rota noted as a ratio ('1 in 6 weekend on call').
_ONE_IN = re.compile(r"^1\s+in\s+(\d{1,2})\s+(weekends?|nights?|days?|weeks?)\s+on[\s-]?call\W*$", re.I)
# 'next cohort march': the next one and its month.
_NEXT_IN_MONTH = re.compile(rf"^next\s+([a-z]+(?:\s+[a-z]+)?)\s+({_WHEN})\W*$", re.I)
# A note's word left hanging at its end ('SNB conditional registration first', 'the nurses' community here',
# 'background and polygraph next').
_LEFT_HANGING = re.compile(
    r"^((?!(?:what|who|how|which|when|where|why)\b)\S+\s+\S+.*?)\s+(?:first|here|next)\W*$", re.I
)
# Languages listed without their commas ('Arabic English and French').
_LANGUAGE = (
    r"(?:arabic|english|french|spanish|german|italian|portuguese|mandarin|cantonese|hindi|urdu|punjabi|tamil"
    r"|bengali|russian|japanese|korean|dutch|swahili|tagalog|polish|turkish|greek|hebrew|malay|thai|vietnamese)"
)
_LANGUAGES = re.compile(rf"^({_LANGUAGE})\s+({_LANGUAGE})\s+(and|or)\s+({_LANGUAGE})$", re.I)
# A test in a language, noted with no preposition ('oral test french + english').
_IN_LANGUAGES = re.compile(
    rf"^(.*\b(?:test|exam|interview|assessment|class|lesson|exercise))\s+({_LANGUAGE}(?:\s*(?:\+|and|&|or|/)\s*"
    rf"{_LANGUAGE})?)$",
    re.I,
)
# One named thing and not another ('SLOs not SLAs'): the one rather than the other.
_NOT_THE_OTHER = re.compile(r"^([A-Z][\w-]*)\s+not\s+([A-Z][\w-]*)$")
# A start or an end noted with no 'in' ('calving starts early Aug'); and a start noted without its 'has'
# ('preseason already started'): said as English, the fact told it is.
_STARTS_WHEN = re.compile(
    rf"\b(starts|begins|opens|ends|finishes|closes|kicks\s+off)\s+(?=(?:early|late|mid)\b|{_WHEN}\b)", re.I
)
_ALREADY = re.compile(
    r"^((?!(?:i|we|you|they|he|she|it)\b)[\w-]+(?:\s+[\w-]+){0,3}?)\s+already\s+(started|begun|opened|finished|closed"
    r"|ended|gone\s+live|launched)\W*$",
    re.I,
)
_DASHED = re.compile(r"^([^-–—]{3,60}?)\s+[-–—]\s+([^-–—]+)$")
_LISTED = re.compile(r"\s(?:\+|&|and)\s|,")


# A stage of the interview, or an exercise, named before a dash and what it held after it ('hiring manager chat -
# team of 7', 'competency qs - working under pressure', 'role play - shoplifter in the Arndale'): a stage is only
# when it was said; an exercise needs what it was on.
_EXERCISE_HEAD = re.compile(
    r"^(?:[\w-]+\s+){0,2}(?:qs|questions?|role[\s-]?play|practical|scenario|case\s+study|presentation|task"
    r"|exercise|assessment)$",
    re.I,
)


def _labelled(head: str, tail: str) -> str | None:
    if stage_and_tail(f"{head} - {tail}"):
        return tail  # 'hiring manager chat - team of 7' -> 'team of 7'
    words = tail.split()
    if len(words) > 6 or ASIDE_START.match(tail) or not _names_something(words):
        return None
    if not _EXERCISE_HEAD.match(head):
        return None
    the = "" if head.split()[0].lower() in _DETERMINED else "the "
    if re.match(r"[a-z]+ing\b", tail):  # 'competency qs - working under pressure'
        return f"{the}{head} on {tail}"
    return f"{the}{head} ({tail})"  # 'role play - shoplifter in the Arndale' -> 'the role play (shoplifter in ...)'


# What the candidate walked them through, noted as done ('talked him through a no heat call on a combi'): the
# thing itself.
_WALKED_THEM = r"(?:i\s+)?(?:talked|walked|took)\s+(?:him|her|them)\s+through"
_TALKED_THROUGH = re.compile(rf"^{_WALKED_THEM}\s+", re.I)


def _as_said(text: str) -> str:
    """What notes leave out, put back: 'pair programming round next' -> 'the upcoming pair programming round',
    'shrink at this store' -> 'shrink at your store', 'classes of kids 6-9' -> 'classes of kids aged 6 to 9',
    'calving starts early Aug' -> 'calving starts in early Aug', 'preseason already started' -> 'preseason has
    already started'."""
    text = _TALKED_THROUGH.sub("", text)
    text = _BRING_OWN.sub("", text)
    text = _ONE_IN.sub(lambda m: f"being on call one {m.group(2).rstrip('s')} in {m.group(1)}", text)
    text = _NEXT_AFTER.sub(r"the upcoming \1", text)
    text = _NEXT_IN_MONTH.sub(lambda m: f"the next {m.group(1)} in {m.group(2).capitalize()}", text)
    text = _LEFT_HANGING.sub(r"\1", text)
    text = _LANGUAGES.sub(r"\1, \2 \3 \4", text)
    text = _NOT_THE_OTHER.sub(r"\1 rather than \2", text)
    text = _THIS_PLACE.sub(r"your \1", text)
    text = _THEIR_CHILDREN.sub(r"your \1", text)
    text = _IN_LANGUAGES.sub(r"\1 in \2", text)
    text = _AGED.sub(_aged, text)
    text = _STARTS_WHEN.sub(r"\1 in ", text)
    return _ALREADY.sub(r"\1 has already \2", text)


def _label_and_detail(text: str) -> str:
    """A label and its detail after a colon or a dash, joined as English or left for the thing itself."""
    head, colon, tail = text.partition(": ")
    tail = re.split(r"\s+[-–—]\s+", tail)[
        0
    ]  # 'triage qn: 50yo male chest pain - ATS cat 2': the note's first part
    if colon:  # 'the sim ride: engine failure after V1': a label, then its detail, joined as English
        if not _names_something(head.split()):
            text = tail
        elif _names_something(tail.split()) and len(tail.split()) <= 8:
            text = f"{head} ({tail})"
        else:
            text = head
    # 'Tekla or Revit': two names as a choice noted; said as the comparison talked over
    text = re.sub(r"^([A-Z][\w.+#-]*)\s+or\s+([A-Z][\w.+#-]*)\??$", r"\1 versus \2", text)
    # 'tribal consultation, how we do it in R9': a thing, then a question about it, joined as English (not a
    # relative clause: 'the Leeds site, where ...', 'Monday, when ...')
    text = re.sub(r"^([^,]{3,40}?),\s+(?=(?:how|what|why|whether)\s)", r"\1 and ", text, flags=re.I)
    said = _SAID_AFTER_DASH.match(text)
    if said:  # 'portfolio - she liked the packaging proj': the thing, then a note of what was said of it
        text = said.group(1)
    elif (
        (dash := _DASHED.match(text))
        and any(w.isalpha() and len(w) > 2 for w in _content(dash.group(1).split()))
        and dash.group(1).split()[0].lower() not in ("no", "not", "never")
    ):
        # 'mustering - horses + bikes + chopper': a thing, then a short list of its parts, in brackets; any other
        # note after a dash ('take home - rate limiter', 'USAJOBS resume - way more detail') is left for the
        # thing itself, which a sentence can carry
        head, tail = dash.group(1), dash.group(2)
        listed = _LISTED.search(tail) and len(tail.split()) <= 6 and _names_something(tail.split())
        text = f"{head} ({tail})" if listed else _labelled(head, tail) or head
    return text


def _tidy(topic: str) -> str:
    topic = _WENT.sub(r"\1 from \2 to \3", topic)  # before the arrow's '>' goes with the other symbols
    text = _SYMBOLS.sub(lambda m: m.group(0) if m.group(0) == "%" else " ", topic)
    text = re.sub(r"(?<![\d\s])%|%(?![\s-]|$)", " ", text)  # '30%', '3%-of-GDP' stay; any other '%' goes
    text = re.sub(r"\(\s*\)|\[\s*\]", " ", text)
    # a note's aside: 'the editing test (2,000 words, ...)'; not brackets inside a word ('IR(ME)R')
    aside = re.sub(r"(?:^|\s+)\([^()]*\)", " ", text)
    if aside != text and _content(aside.split()):
        text = aside
    text = " ".join(text.split()).strip(" .,;:-–—")
    text = _label_and_detail(text)
    if text.count("'") % 2:
        text = text.strip("'")
    if _QUESTION_START.match(text):  # "what does 'shared heritage' mean": a question reads without its quotes
        text = re.sub(r"(?<!\w)['‘]([^'‘’]+)['’](?!\w)", r"\1", text)
    text = as_phrase(_as_said(text))
    if not text:
        return ""
    text = _working_pattern(_with_article(_from_span(text)))
    # 'availability over christmas', 'boxing day'
    text = _PROPER_NOUN.sub(lambda m: " ".join(w.capitalize() for w in m.group(0).split()), text)
    text = as_named(text)  # 'xero + sage' -> 'Xero + Sage'
    text = _acronyms(text)
    first = text.split()[0]
    if _title_case(text):
        return text  # a name: 'Delivering at Pace', 'Seeing the Big Picture'
    if _LETTER_AND_NAME.match(text):
        return text  # 'A Level Literature set texts', 'B Corp certification': a letter of a name, no article
    proper = _PROPER_NOUN.fullmatch(
        first.split("-")[0].lower()
    )  # 'Mandarin-speaking guests' keeps its capital
    if (first.lower() in _LOWER_FIRST and not first.isupper()) or (
        first.endswith("ing") and first[1:].islower() and not proper
    ):  # 'WHO checklist' keeps its acronym
        text = text[0].lower() + text[1:]  # "Migrating batch jobs" reads as a phrase mid-sentence
    return text


_LETTER_AND_NAME = re.compile(r"^[A-Z]\s+[A-Z][a-z]")


# Words English always writes with a capital, typed in a hurry in lower case (the languages of `_LANGUAGE` first).
_PROPER_NOUN = re.compile(
    rf"\b(?:{_LANGUAGE}|"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|january|february|april|june|july"
    r"|august|september|october|november|december|christmas|easter|ramadan|eid|diwali|hanukkah|passover"
    r"|thanksgiving|welsh|scottish|irish|british|hinglish|spanglish|taglish|singlish|pacific|atlantic"
    r"|chinese|european|african|american|asian|filipino|bangla|gujarati|marathi|telugu|kannada|malayalam"
    r"|sinhala|nepali|zulu|xhosa|afrikaans|sesotho|setswana|shona|yoruba|igbo|hausa|amharic|somali"
    r"|tigrinya|maori|māori|samoan|tongan|fijian|ukrainian|romanian|persian|farsi|indonesian|canadian"
    r"|australian|indian|pakistani|nigerian|kenyan|ghanaian|muslim|christian|catholic|anglican|jewish"
    r"|hindu|sikh|buddhist|islamic|ofsted|boxing\s+day|black\s+friday|good\s+friday|new\s+year(?:'s)?)\b"
)


# Acronyms typed in a hurry in lower case ('the 6g pipe test', 'tig on stainless', 'upvc doors'), written as
# the trade writes them; only words that are no English word in lower case ('sap', 'iv', 'ot' are left alone).
_ACRONYMS = {
    word.casefold(): word
    for word in """TIG MIG MMA uPVC PVC HVAC CNC PLC PLCs HACCP COSHH RIDDOR PPE CPR AED GDPR SQL API APIs CRM ERP KPI
    KPIs SEO NHS ICU CAD BIM HGV LGV CSCS OSHA NDT ECG EKG EHR EMR AWS GCP FIFO SaaS B2B B2C UX UI QA HR CCTV
    LOLER PUWER IOSH NEBOSH SLA SLAs CPD DBS EAL SEN SENCO GCSE GCSEs IELTS TEFL CELTA ESL IFRS GAAP VAT AML KYC
    OKR OKRs MVP CI/CD""".split()
}
_ACRONYM_WORD = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(k) for k in sorted(_ACRONYMS, key=len, reverse=True))
    + r")(?![\w.])"
)
_WELD_POSITION = re.compile(r"\b([1-6])g\b")  # '6g' (a welding position; also '4g', '5g' networks)


def _acronyms(text: str) -> str:
    text = _ACRONYM_WORD.sub(lambda m: _ACRONYMS[m.group(0)], text)
    return _WELD_POSITION.sub(lambda m: f"{m.group(1)}G", text)


def _title_case(text: str) -> bool:
    """A name written in title case, every content word capitalised ('Delivering at Pace'): kept as typed."""
    content = [w for w in text.split() if w.lower() not in PHRASE_JOINTS]
    return len(content) >= 2 and all(w[:1].isupper() for w in content)


def _bare(word: str) -> str:
    return word.lower().strip(",;:.'\"()")


def _is_name(word: str) -> bool:
    """An acronym or a product's name that stands on its own: 'SLOs', 'IFRS', 'GraphQL' (not 'Monday',
    which alone would not say what was discussed)."""
    core = word.strip(",;:.'\"()")
    return len(core) > 1 and any(c.isupper() for c in core[1:]) and _bare(core) not in _NEVER_LAST


def _content(words: list[str]) -> list[str]:
    return [w for w in words if _bare(w) not in PHRASE_JOINTS | _NEVER_LAST and re.search(r"[^\W_]", w)]


def _names_something(words: list[str]) -> bool:
    """Two content words, or one that is an acronym or a product's name: 'caseload limits', 'SLOs'; not 'the
    logistics' (of what?)."""
    content = _content(words)
    return len(content) >= 2 or (len(content) == 1 and _is_name(content[0]))


def _complete(words: list[str]) -> bool:
    """A phrase that can stand on its own: it does not end on a word that needs more, its brackets close, it
    names something, and so does its last conjunct ('migrating batch jobs to Kafka and the cost' is cut
    from '... and the cost of the old cluster': the cost of what?)."""
    if not words or _bare(words[-1]) in _NEVER_LAST:
        return False
    text = " ".join(words)
    if text.count("(") != text.count(")") or not _names_something(words):
        return False
    joins = [i for i, w in enumerate(words) if _bare(w) in _COORDINATORS]
    return not joins or _names_something(words[joins[-1] + 1 :])


# A clause set off by a comma ('the system, which holds records for ...'): cut inside it, the sentence that
# goes on after the topic needs the comma that closed it; cut before the comma instead. The same for a
# relative clause cut short ('patients who fast during Ramadan and still want to eat', without 'with their
# families'): it may say the opposite of what was meant; cut before 'who'.
_OPEN_CLAUSE = re.compile(r",\s+(?:which|who|whom|whose|where)\b|\s(?:who|whom|whose)\s", re.I)


def _cut_points(words: list[str]) -> list[int]:
    """Where the topic may be cut (the kept part is words[:i]), latest first."""
    points = []
    for i in range(len(words) - 1, 0, -1):
        here, before = words[i], words[i - 1]
        if _bare(here) in _CUT_BEFORE or before.endswith(_PUNCT_END) or here[:1] in ("-", "–", "—", "("):
            points.append(i)
    return points


def topic_phrases(topic: str, budget: int, longest: int = MAX_TOPIC_PHRASE) -> Iterator[tuple[int, str]]:
    """(tier, phrase) for the phrases of a topic that fit in `budget` characters, best first.

    Tier 0 is the whole topic; 1 the topic cut at a phrase boundary, longest first ('migrating batch jobs'
    of 'migrating batch jobs to Kafka'). Nothing else: a noun or a name picked out of the middle of a topic
    ('the rainy season', '4,000 staff') would say something other than what was discussed. Words are kept
    as typed, so the phrase still names what was discussed; `longest` caps the phrase (a note's sentence
    holds less than an email's).
    """
    text = _tidy(topic)
    budget = min(budget, longest)
    if not text or budget < 3:
        return
    words = text.split()
    seen: set[str] = set()

    def fits(kept: list[str]) -> str | None:
        phrase = " ".join(kept).strip(" ,;:-–—")
        if phrase and phrase not in seen and count(phrase)[0] <= budget:
            seen.add(phrase)
            return phrase
        return None

    if _content(words) and (phrase := fits(words)):
        yield 0, phrase
    for i in _cut_points(words):
        kept = [*words[: i - 1], words[i - 1].rstrip(",;:")]
        if _complete(kept) and not _OPEN_CLAUSE.search(" ".join(kept)) and (phrase := fits(kept)):
            yield 1, phrase


# Topics a note names only when nothing else was discussed: pay, dates and terms (a note that dwells on them
# reads as pushing), a question put to the candidate ('Can you start in March?', 'Why do you want to be a
# firefighter?': 'you' would be the reader),
# and a whole sentence ('They want someone to lead the Berlin office'), which no preposition takes.
_TERMS = (
    r"\b(?:salary|salaries|pay\s+(?:band|range|rise|scale)|compensation|bonus(?:es)?|equity|stock\s+options"
    r"|benefits\s+package|start\s+date|notice\s+period|relocat(?:ion|ing)(?:\s+(?:to|support|package|assistance|help|costs?|allowance)\b|\W*$)|availability"
    r"|start(?:ing)?\s+(?:in\s+|on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"|\d+-(?:month|year)\s+(?:contract|appointment|post)|fixed-term|contract\s+from|due\s+next|ctc|lpa|[₹£€$]\s?\d|\d+\s?k\b|on-call\s+\d|\d+\s*x\s*\d+s?"
    # a working pattern jotted as numbers: '2 weeks on, 2 off', 'nights 4 on 4 off', '4 days x 12 hrs', 'hybrid 2 days'
    r"|\d+\s*(?:days?|weeks?|nights?)?\s+on\b[\s,/&and]*\d+\s*(?:days?|weeks?|nights?)?\s+off"
    r"|\d+\s*days?\s*[×x*]\s*\d+|hybrid\s*(?:,|and|&|/|\+|-|working\s+with)?\s*\d+\s+days?|\d+\s+days?\s+(?:a|per)\s+week\b|\d+-day\s+week"
    r"|\w+\s+allowance)\b"  # 'housing allowance': pay too
)
_LAST_RESORT = re.compile(
    _TERMS + r"|^(?:can|could|would|will|are|do|have)\s+you\b"
    r"|^(?:they|we|she|he|it|you|i)(?:'re|’re|'s|’s|'ve|’ve|'d|’d|'ll|’ll|'m|’m)?\s+(?!\w+ing\b)\w+"
    r"|^(?:she|he)(?:'s|’s|\s+is|\s+was)\s+\w+ing\b"
    r"|^(?:my|our|his|her|their|your)\s+[\w-]+\s+(?:[\w-]+ed|was|is|has|had|runs|ran|won|built|began|grew)\b|"  # 'she's going on leave in February': about her, not work
     + PUT_TO_THE_CANDIDATE.pattern,
    re.I,
)


# A topic about the candidate ('why I want to be a firefighter', once as_phrase has turned the interviewer's
# question round): a frame that credits the interviewer with a view of it ('Your thoughts on ...') misreads
# the interview, so only the frames about the conversation take it ('Our discussion of ...').
# An exercise the candidate sat ('the written test on inflation forecasting', 'the case study'): the
# interviewer had no 'view' of it to thank them for; the frames about the conversation carry it.
_EXERCISE = re.compile(
    r"^(?:the|my|a|an)\s(?:[\w-]+\s){0,3}(?:test|exercise|case\s+study|task|assessment\s+(?:drive|day|centre)"
    r"|role-?play|simulation|(?:observed|demo|mock|sample|trial|model)\s+lesson|teaching\s+demo|work\s+trial"
    r"|presentation|drive|questions?|(?:programming|coding|technical|case|final|practical|assessment|pair)\s+round)(?=\s*$|\s+(?:on|of|about|for|in|with|at|through|around)\b)"
    # a piece of work from one ('the Grab brief from the test')
    r"|^(?:the|my|a|an)\s(?:[\w-]+\s){1,4}from\s+the\s+(?:[\w-]+\s+){0,2}(?:test|exercise|task|round|assessment)$",
    re.I,
)
# A phrase that opens with a gerund ('sight-translating a consent form', made from 'you had me sight-translate
# ...') is no clause: 'It was helpful to learn that sight-translating ...' would be broken English.
_GERUND_FIRST = re.compile(r"^[\w-]+ing\b(?!\s+(?:is|are|was|were|has|had|takes|took)\b)")
_TALKED = re.compile(r"\b(?:discussion|conversation|talk|talking|touched|exchange|chat|discussed)\b", re.I)
_MINE = re.compile(r"\b(?:I|I'm|I've|I'd|my|myself|me|mine)\b")
# Something done together in the interview ('the Grab brief we did in the test', 'the case we worked through'):
# as with the candidate's own, what was talked about, never the interviewer's view of it.
_DONE_TOGETHER = re.compile(
    r"\bwe\s+(?:did|sat|wrote|completed|worked|went|ran|had|made|prepared|presented|talked|looked|walked"
    r"|role-?played|practised|practiced)\b",
    re.I,
)
_THEIRS = re.compile(r"\byour?\b", re.I)


# The one sentence for pay, dates and terms, when nothing else was discussed: 'a highlight' or 'something I
# would like to learn more about' would read as pressing about them.
TERMS_FRAME = "It was useful to go over {topic}."
# The one sentence for an exercise the candidate sat ('the written test', 'the competency-based questions').
# 'Covered' is true whether the candidate sat the exercise or it was only discussed (a verb of doing,
# 'Completing the cut test', claims what the notes may not say).
EXERCISE_FRAME = "I was glad we covered {topic}."


# The one sentence for news of theirs ('you're curating the textiles show next year').
NEWS_FRAME = "It was good to hear that {topic}."
# The one sentence for a fact told as a whole sentence ('the family keeps kosher', 'he leads the glass workshop').
LEARNED_FRAME = "It was helpful to learn that {topic}."
_FINITE = (
    r"(?:is|are|was|were|has|have|had|keeps|runs|ran|uses|leads|led|owns|manages|started|starts|opened|founded"
    r"|moved|grew|built|launched|closed|won|lost|wants|needs|plans|expects|relies|depends|works|offers|lands"
    r"|covers|pays|employs|serves|sells|makes|takes|does|did|goes|went|rose|fell|doubled|comes|came|gets|got"
    r"|handles|oversees|supports|provides|deals|reports|hires|trains|funds|approves|signs|sits|looks|builds|holds"
    r"|teaches|sends|writes|carries|visits|treats|spends|shares|follows|gives|brings)"
)
_SENTENCE = re.compile(
    # a pronoun and its verb ('he leads the glass workshop'), never a report of what was asked or said
    r"^(?:she|he|they|we|you)\s+(?!(?:asked|said|told|mentioned|explained|wanted|wondered|discussed|talked|spoke)\b)"
    r"(?-i:[a-z]+)(?![\w'’-])"
    # or a noun of theirs and a verb English knows as one ('the family keeps kosher', 'our founder started it')
    # (a pronoun after the noun opens a clause of its own: 'the Grab brief we did in the test' is no sentence)
    r"|^(?:the|our|their|his|her|your)\s+[\w-]+(?:\s+(?!(?:it|that|which|who|what|how|we|you|they|i|he|she)\b)"
    r"[\w-]+){0,2}\s+" + _FINITE + r"(?![\w-])"
    # a share of theirs and its verb ('half the team sits in New York')
    r"|^(?:half|most|some|all|part|much|many)\s+(?:of\s+)?(?:the|our|their|your)\s+[\w-]+(?:\s+[\w-]+){0,2}\s+"
    + _FINITE
    + r"(?![\w-])"
    r"|^you(?:'re|’re|\s+are)\s+(?:the|a|an)\s"  # 'he's the hiring manager', said to him
    r"|^(?:you|they|we)(?:'re|’re)\s+(?:short|busy|hiring|growing|moving|expanding|opening|closing|based|looking)\b"
    # or a plain noun phrase and 'is', 'are', 'went' ('Giselle rehearsals start in January', 'two of the kids are')
    r"|^(?!(?:how|what|why|when|where|whether|which|who)\b)(?:(?!(?:that|which|who|it|what|how|why|where|when)\b)"
    r"\w[\w'%-]*\s+){1,4}(?-i:is|are|was|were|went|start|land|rose|fell|takes|lasts|requires|involves|varies)\s"
    # 'rookie training starts in May' ('insulin pump starts in the clinic' are starts of pumps)
    # 'preseason already started': a fact told
    r"|^(?!(?:how|what|why|when|where|whether|which|who|i|we|you)\b)(?:[\w'%-]+\s+){1,4}(?:has\s+)?already\s+[a-z]+ed\b"
    r"|^(?!(?:how|what|why|when|where|whether|which|who)\b)(?:[\w'%-]+\s+){1,4}(?-i:starts|begins|opens|ends)\s+"
    r"(?:(?:in|on|from|at)\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter"
    r"|next|early|late|mid)",
    re.I,
)


# A clause about the candidate with the candidate as its subject ('which department I'd like', 'whether I'd learn
# Hungarian within a year'): it was talked about, no more, and goes last in its sentence. A verb of the frame right
# after it is read as the clause's own ('Our discussion of which department I'd like has stayed with me'), and
# 'has stayed with me' or 'a lot to consider' read as second thoughts about the candidate's own answer.
_CLAUSE_WITH_SUBJECT = re.compile(
    r"^(?:which|what|how|whether|why|when|where|who|if)\b(?=.*\b(?:i|i'd|i'm|i'll|i've)\b)", re.I
)
TALKED_FRAME = "It was good to talk about {topic}."


_THEY_ASKED_ABOUT = re.compile(
    rf"^\W*(?:(?:she|he|they)\s+asked\s+(?:me\s+|us\s+)?about|{_WALKED_THEM})\b",
    re.I,
)  # and what the candidate walked them through ('talked him through a no heat call'): talked over, not their view


def they_asked_about(topic: str) -> bool:
    """'she asked about screen time rules': what they asked about, talked over, never their view of it."""
    return bool(_THEY_ASKED_ABOUT.match(topic.strip()))


def topic_frames(bank: Sequence[str], topic: str) -> Sequence[str]:
    """The sentences of `bank` that can carry `topic`: all of them, or for a topic about the candidate those
    that speak of the conversation, not of the interviewer's view; for a topic of theirs ('your charcoal
    tandoor') those without a 'your' of their own before it ('Your thoughts on your charcoal tandoor')."""
    phrase = as_phrase(topic)
    first = re.match(r"[^\W\d_]+", phrase)
    if first:  # never the same word twice at the joint ('Our exchange on on-call weekends'): the next frame
        clash = [bool(re.search(rf"\b{first.group(0)}\s*$", f.split("{topic}")[0], re.I)) for f in bank]
        if any(clash) and not all(clash):  # in its place, so that every other choice stays as it was
            n = len(bank)
            bank = [next(bank[(i + k) % n] for k in range(n) if not clash[(i + k) % n]) for i in range(n)]
    if re.search(_TERMS, phrase, re.I):  # 'the relocation package': thanks for going over it, no more
        return [TERMS_FRAME]
    # 'the competency-based questions', 'bar bending schedule question': worked through, not talked over
    if _EXERCISE.search(phrase) or _EXERCISE.search(_with_article(phrase)):
        return [EXERCISE_FRAME]
    if re.match(r"you(?:'re|’re)\s+\w+ing\b", phrase):  # 'you're curating the textiles show': their news
        return [NEWS_FRAME]
    if (_SENTENCE.match(topic.strip()) or _SENTENCE.match(phrase)) and not _GERUND_FIRST.match(phrase):
        return [LEARNED_FRAME]  # 'he leads the glass workshop', 'the family keeps kosher': a fact told
    if _CLAUSE_WITH_SUBJECT.match(phrase) and _MINE.search(phrase):
        return [TALKED_FRAME]  # 'which department I'd like', 'how I'd cut the proposal to one page'
    if (
        _MINE.search(phrase)
        or _DONE_TOGETHER.search(phrase)
        or ASKED_TO.match(topic.strip())
        or they_asked_about(topic)  # 'she asked about screen time rules': no view of hers
    ):
        # 'my thesis project', or what they had me do ('sizing the market'): what was talked about, never
        # their view of it nor what I keep thinking about
        talked = [
            f
            for f in bank
            if _TALKED.search(f.split("{topic}")[0]) and not _THEIRS.search(f.split("{topic}")[0])
        ]
        return talked or [f for f in bank if not _THEIRS.search(f.split("{topic}")[0])] or bank
    if re.match(r"\W*taking\b", phrase, re.I):  # never 'your take on taking a first call'
        bank = [f for f in bank if "take on" not in f] or bank
    if re.match(r"\W*your\b", phrase, re.I):
        return [f for f in bank if not _THEIRS.search(f.split("{topic}")[0])] or bank
    return bank


# A topic in another language ('¿qué tal tu quechua?', 'pam Ysgol Gymraeg?'): a question whose first word is
# no English one, or Spanish marks. An English sentence cannot carry it.
_ENGLISH_QUESTION_START = frozenset(
    """how what what's whats why when where which who whom whose whether is are was were do does did can could
    will would should shall has have had any anything may might must""".split()
)
# A question asked about the candidate's own record ('what's your sea time since you got your CoC?'): whether
# the 'you' is the candidate or the interviewer, the notes do not say; it is named only when nothing else was.
_YOUR_QUESTION = re.compile(r"^\W*(?:what|how|which)(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s+your\b", re.I)


def _last_resort(topic: str) -> bool:
    text = unreported(topic.strip())  # 'I asked about the trainee rotation': the rotation, not my question
    words = re.findall(r"[^\W\d_][\w'’-]*", text.lower())
    if _LAST_RESORT.search(text) or _YOUR_QUESTION.search(text) or re.search(r"[¿¡]", text):
        return True
    if in_another_language(text):
        return True
    return text.endswith("?") and bool(words) and words[0] not in _ENGLISH_QUESTION_START


# Not plain: figures and shorthand, a question, a list or aside set off by a comma ('evenings and weekend
# bonspiels, October to March'), a clause inside ('running the pass when chef is out', 'rules on how many
# ashore at once'), a word that limits or piles up ('only marinara and margherita', 'lots of diabetes patients').
_NOT_PLAIN = re.compile(
    r"[\d/+&:;()@#~×,]|\b(?:vs|w|etc|e\.g|i\.e)\b|^\W*(?:how|what|why|when|where|which|who|whether|if|is|are|do|does|can"
    r"|could|would|should)\b|\b(?:when|while|whenever|because|who|whom|which|how|what|whether|if|unless|until)\b"
    r"|\b(?:only|lots|loads|plenty|tons)\b",
    re.I,
)


def plain_topic(topic: str) -> bool:
    """A topic that reads as plain English as typed: a short phrase with no figures, shorthand, question,
    sentence, note of the candidate's own, term of the offer or other language ('community fundraising
    groups', 'the bedside handover'), the kind an email may add as a second topic."""
    text = topic.strip()
    phrase = as_phrase(text)
    return (
        len(text.split()) <= 8
        and not _NOT_PLAIN.search(text)
        and not _last_resort(text)
        and not in_another_language(text)
        and not _MINE.search(phrase)
        and not _SENTENCE.match(text)
        and not _SENTENCE.match(phrase)
        and not _EXERCISE.search(phrase)
        # no word misspelt ('kitchens and stairs mostley' is not plain; 'vancomycin TDM' is)
        and not any(misspelt(w) for w in re.findall(r"(?<![\w'’-])[a-z]{6,}(?![\w'’-])", phrase))
    )


def never_named(topic: str) -> bool:
    """A topic no template message names, even when nothing else was discussed: a note in another language
    (with its script), pay and perks, who the interviewer is, their words with no subject
    (guardrails.topics.left_unsaid): a thank-you that named pay, even as something gone over, would read as
    pressing about money."""
    return in_another_language(topic) or left_unsaid(topic)


def preferred_topics(topics: list[str]) -> list[str]:
    """The topics a message names, best first: never one `never_named` keeps out (pay, another language), the
    last-resort ones only when there is nothing else, and a plain English phrase before a note that needs
    rephrasing ('ironwood planks from Kalimantan' before 'sap season 12-hour days from Feb-Apr'), else in the
    order typed."""
    named = [t for t in topics if not never_named(t)]
    ordinary = [t for t in named if not _last_resort(t)] or named
    return sorted(ordinary, key=lambda t: not plain_topic(t))


def _role_phrase(role: str, noun: str = "role") -> str:
    role = _ROLE_ASIDE.sub("", role).strip() or role  # 'Live-out Nanny (twins, age 3)': the ad's note
    if "," in role:
        return f"the role of {role}"  # "Senior Engineer, Payments"
    if role.lower().split()[-1] in _ROLE_NOUNS:
        return f"the {role}"
    return f"the {role} {noun}"


# An institution named by what it is takes 'the': 'at the University of Edinburgh', 'at the Department of
# Housing' (but 'at Bank of America', 'at Four Seasons Hotel Prague').
_INSTITUTION_NOUN = (
    r"(?:university|department|ministry|office|institute|museum|library|government|council|board|agency|embassy|"
    r"consulate|high\s+commission|mission|church|navy|army|air\s+force|police|"
    r"commission|society|college|academy|foundation|centre|center|hospital|court|bank|authority|service|"
    r"trust|archive|archives|gallery|parliament|assembly|theatre|theater|orchestra|opera|ballet|zoo|aquarium"
    r"|observatory|gardens?|laboratory|health\s+service|borough|county|city|diocese|church|port|festival"
    r"|ephorate|directorate|inspectorate|secretariat|tribunal|registry)"
)
# 'University of Edinburgh', 'Max Planck Institute for Biology', 'Superior Court of California', 'National Film
# and Sound Archive of Australia', 'Ephorate of Antiquities of Heraklion', 'International School of Bujumbura' (a
# school only so: not 'Norfolk Island Central School'); 'National
# Széchényi Library', 'Royal Society'. Not 'Royal Mail' (no institution's noun last), 'Birmingham City
# Council' (a place's name first), nor a name with an apostrophe ('St. Mary's Regional Hospital').
_INSTITUTION = re.compile(
    rf"^(?:(?:[\w.-]+\s+){{0,4}}(?:{_INSTITUTION_NOUN}|school)\s+(?:of|for)\s"
    rf"|\w+museum$"  # 'the Rijksmuseum'
    # 'the Wellcome Trust', 'the Environment Agency', 'the Northern Ireland Policing Board'
    rf"|(?:[\w.,'’&-]+\s+){{1,7}}(?:trust|authority|board|commission|agency|foundation|institute|society|observatory"
    rf"|federation|organi[sz]ation|association|alliance|cent(?:er|re)|orchestra|philharmonic|programme|program"
    rf"|museum|gallery|library|theatre|theater|office|government|committee|department"
    rf"|(?:development|investment|reserve|central|world)\s+bank)$"
    # a nationality first: 'the Norwegian Refugee Council', 'the Asian Development Bank'
    rf"|\w+(?:ian|ean|ish|ese)\s(?:[\w.-]+\s+){{0,3}}(?:{_INSTITUTION_NOUN}|programme|orchestra)$"
    # an institution named in its own language: 'the Museo Nacional del Prado', 'the Universidade de Lisboa'
    rf"|(?:museo|museu|musée|teatro|théâtre|biblioteca|bibliothèque|galleria|orquesta|orchestre|universidad"
    rf"|universidade|université|università|instituto|institut|istituto|office\s+(?:national|français|fédéral)"
    rf"|ministère|ministerio|ministério)\s"
    rf"|(?:republic|kingdom|state|commonwealth|principality|sultanate|emirate)\s+of\s"  # 'the Republic of Nauru ...'
    rf"|(?:[\w.'’&-]+\s+){{2,5}}court$"  # 'the Family Drug and Alcohol Court', not 'Hampton Court'
    rf"|(?:[\w.'’&-]+\s+){{0,3}}(?:commissioners|trustees|governors|guards|samaritans)$"  # 'the Revenue Commissioners'
    rf"|(?:[\w.-]+\s+){{0,2}}(?:national|royal|british|european|international|federal|supreme|high|central"
    rf"|metropolitan|natural|government)\s"
    rf"(?:[\w.'’-]+\s+){{0,3}}(?:{_INSTITUTION_NOUN}|company)$)",  # 'the Royal Shakespeare Company'
    re.I,
)


_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z&.\s]{2,12}\)\s*$")
_MEDICAL_CENTRE = re.compile(r"\bmedical\s+cent(?:er|re)$", re.I)
_SMALL_WORDS = frozenset("of and the for in on at to &".split())


# A note on the company typed after its name ('Ledgerly (seed-stage, YC W26)'): the candidate's, not its name.
# A role's note in brackets with a comma or a lower-case word ('(twins, age 3)'); '(Band 5)', '(Piano)' stay.
_ROLE_ASIDE = re.compile(r"\s*\((?=[^()]*(?:,|\b[a-z]{2,}\b))[^()]*\)\s*$")
# A company's note in brackets: that, or a place ('Ryanair Engineering (Prestwick)'); '(UK)' stays.
_COMPANY_ASIDE = re.compile(r"\s*\((?=[^()]*(?:,|\b[a-z]{2,}\b)|[^()]*\b[A-Z][a-z]{2,}[^()]*\))[^()]*\)\s*$")


# A place or office typed after a comma ('World Food Programme, Rome HQ', 'Asian Development Bank, Manila'): a
# form's field, not the name ('Skidmore, Owings & Merrill' keeps its comma: its '&' says it is one name).
_COMPANY_PLACE = re.compile(
    r"(?<=[\w)]),\s*(?:[A-Z][\w.'’-]*\s*){1,3}(?:(?:office|branch|campus|site|hq|headquarters)\b\.?\s*)?$(?<![&])"
)


# What a form's company field holds when there is no company to name ('Private family', 'n/a', 'TBC'): the
# message names none, as when the field is empty.
_NOT_A_COMPANY = re.compile(
    r"^(?:private\s+(?:family|household|client|individual)|self[- ]employed|freelance|n/?a|none|tbc|tbd|unknown"
    r"|confidential|undisclosed|stealth(?:\s+startup)?|various|-+)$",
    re.I,
)


# A note typed after a dash: where the interview was or who ran it ('Ujjivan SFB – Bengaluru HQ (HR)', 'Royal
# Navy – Admiralty Interview Board (HMS Sultan)'): the employer is the head. A unit that is a place of its own
# stays ('Scottish Prison Service – HMP Barlinnie').
_DASH_NOTE = re.compile(
    r"\s+[–—-]\s+(?=[^–—]*\b(?:HQ|[Hh]ead\s?[Oo]ffice|[Hh]eadquarters|[Oo]ffice|[Bb]ranch|[Cc]ampus|[Ss]ite|[Dd]epot"
    r"|[Bb]ase|HR|[Ii]nterview|[Rr]ecruitment|[Cc]areers|[Tt]alent)\b)[^–—]*$"
)


def company_name(company: str) -> str:
    """The company as a message names it: as typed, without a note typed after it in brackets ('Ledgerly
    (seed-stage, YC W26)' -> 'Ledgerly'; 'Acme (UK)' stays), and unless typed all in lower case with no dot or
    digit ('acme corp' -> 'Acme Corp'; 'bol.com' and 'about you' in any case other than lower stay as they are)."""
    company = _COMPANY_ASIDE.sub("", company).strip() or company
    company = _COMPANY_PLACE.sub("", company).strip() or company
    company = _DASH_NOTE.sub("", company).strip() or company
    if _NOT_A_COMPANY.match(company):
        return ""
    if company != company.lower() or any(c == "." or c.isdigit() for c in company) or " " not in company:
        return company  # one word in lower case is how a brand writes itself ('mydentist', 'thebigword')
    words = company.split(" ")
    return " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


def company_phrase(company: str) -> str:
    """The company as it reads after 'at': 'the University of Edinburgh', 'Acme'."""
    company = company_name(company)
    first = company.split(" ")[0]
    if re.search(r",\s+the\s", company, re.I):
        return company  # 'Gavi, the Vaccine Alliance': the name says what it is itself
    head, dash, unit = company.partition(" – ")
    if dash and unit[:4] == "The " and head.isupper():  # 'LTA – The Lawn Tennis Association': its full name
        return f"the {unit[4:]}"
    if dash and head.strip():  # 'Scottish Prison Service – HMP Barlinnie': the article is the head's
        return f"{company_phrase(head)}{dash}{unit}"
    head, comma, parent = company.rpartition(", ")
    if comma and head and parent[:1].isupper() and _INSTITUTION.match(head):
        return f"the {company}"  # 'the Earthquake Research Institute, University of Tokyo'
    if company[:4].lower() == "the " or "'" in first or "’" in first:
        return company  # 'St. Mary's Hospital', 'Lloyd's Market Association' ('the Royal Army Chaplains' Department')
    named = _ACRONYM_AFTER.sub("", company)  # 'Family Drug and Alcohol Court (FDAC)'
    named = _IN_PLACE.sub("", named) or named  # 'Snow Leopard Foundation in Kyrgyzstan'
    if _MEDICAL_CENTRE.search(named):
        return company  # 'at Boston Medical Center', as hospitals are named
    return f"the {company}" if _INSTITUTION.match(named) else company


def company_before_noun(company: str) -> str:
    """The company as it reads after a 'the' of the sentence's own ('the {company} interview'): 'the NHS' ->
    'NHS', so it is never 'the the NHS interview'."""
    company = company_name(company)
    return company[4:] if company[:4].lower() == "the " and company[4:].strip() else company


def as_conversation(sentence: str) -> str:
    """A sentence of the banks said of an informal conversation (a coffee chat: `composer.topics.informal`):
    'since the interview' -> 'since we met', 'a highlight of the interview' -> '... of our conversation'."""
    return sentence.replace("since the interview", "since we met").replace(
        "the interview", "our conversation"
    )


def about_phrases(ctx: MessageContext, noun: str = "role") -> list[str]:
    """How to name the interview, most specific first: role and company, role, company, nothing. `noun`
    names the job ('role', 'position', 'opening'); alone it is 'the role' ('discuss the opening' could
    be the opening of anything)."""
    phrases = []
    company = company_name(ctx.company)
    at = company_phrase(ctx.company)
    if ctx.role and company:
        phrases.append(f"{_role_phrase(ctx.role, noun)} at {at}")
    if ctx.role:
        phrases.append(_role_phrase(ctx.role, noun))
    if company:
        phrases.append(f"the {noun} at {at}")
    phrases.append("the role")
    return phrases
