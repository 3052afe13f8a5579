"""A topic as typed, turned into a phrase that can follow a preposition ('your thoughts on ___'): reported
speech unwrapped ('we discussed X' -> 'X'), a question made a clause ('How do you handle X?' -> 'how you
handle X', 'Is the team hybrid?' -> 'whether the team is hybrid'), a bare verb made a gerund ('improve
onboarding' -> 'improving onboarding'), and a list joined as English ('patient safety; fall prevention' ->
'patient safety and fall prevention'). Anything else is left as typed.
"""

from __future__ import annotations

import re

from guardrails.shorthand import written_out

# "She asked me to size the market in five minutes", "you had me sight-translate a form": the exercise, 'sizing
# the market in five minutes'.
ASKED_TO = re.compile(
    r"^(?:(?:you|she|he|they|the\s+panel|the\s+interviewer)\s+)?(?:asked\s+(?:me\s+)?to|had\s+me|got\s+me\s+to"
    r"|made\s+me)\s+([\w-]+)\b",
    re.I,
)
# "She asked how I'd handle X", "he asked me what my second book is about": the question, 'how I'd handle X'.
# The asker may be left out, as notes do: "asked whether I'd learn Hungarian".
_ASKED_WH = re.compile(
    r"^(?:(?:you|she|he|they|the\s+panel|the\s+interviewer)\s+)?asked\s+(?:me\s+)?(?=(?:how|what|why|when|where|which"
    r"|whether|if)\b)",
    re.I,
)
# "why underwriting and not broking": asked of the candidate, about the choice they made.
_WHY_NOT = re.compile(
    r"^(?:(?:you|she|he|they)\s+asked\s+(?:me\s+)?)?why\s+([\w&'’ -]{2,40}?)\s+(?:and\s+not|rather\s+than|not|instead\s+of)"
    r"\s+([\w&'’ -]{2,60}?)\W*$",
    re.I,
)
# "why Minneapolis?": a word or three after 'why' and no verb, the interviewer's question about a choice.
_WHY_THIS = re.compile(
    r"^(?:(?:you|she|he|they)\s+asked\s+(?:me\s+)?)?why\s+((?:[\w&'’-]+\s*){1,3}?)\W*$", re.I
)
_VERBISH = frozenset(
    """is are was were do does did should would can could will has have had not i you we they he she it""".split()
)
# "informal chat about the bike technician roles": the meeting, then what it was about.
_MEETING_ABOUT = re.compile(
    r"^(?:an?\s+|the\s+)?(?:(?:informal|quick|short|brief|friendly|intro|introductory)\s+)?(?:chat|call|conversation"
    r"|catch-up|coffee(?:\s+chat)?|meeting)\s+(?:about|on|re|regarding|around)\s+",
    re.I,
)
# "We discussed X", "talked about X", "I asked about X": the topic is X.
_REPORTED = re.compile(
    r"^(?:(?:we|i|they|you|she|he)\s+)?(?:discussed|covered|talked\s+(?:about|through)|spoke\s+about"
    r"|chatted\s+about|went\s+over|asked\s+(?:me\s+|you\s+|them\s+)?about|touched\s+on|mentioned(?:\s+that)?"
    r"|(?<=she\s)said(?:\s+that)?|(?<=he\s)said(?:\s+that)?|(?<=they\s)said(?:\s+that)?|told\s+me(?:\s+that)?"
    r"|explained(?:\s+that)?)\s+",
    re.I,
)
_PRONOUNS = frozenset(("you", "we", "they", "i", "there", "he", "she", "it"))
_SUBJECT = (
    r"(you|we|they|i|there|he|she|it|(?:the|a|an|your|our|their|its|this|that|each|every)\s+[\w-]+|[\w-]+)"
)
# "How do you handle X" reads "how you handle X" after a preposition; "how should we staff X", "how we should".
_QUESTION = re.compile(
    r"^(how\s+(?:many|much|often|long|far)(?:\s+[\w-]+){0,4}?|(?:how|what|which)(?:\s+[\w-]+){0,2}?|why|when|where)"
    r"\s+(do|does|did|should|can|could|would|will)\s+" + _SUBJECT + r"\s+",
    re.I,
)
# "Is the team hybrid", "Do you offer training", "Can the role be remote": a yes-or-no question.
_YES_NO = re.compile(
    r"^(is|are|was|were|do|does|did|can|could|will|would|should|has|have)\s+" + _SUBJECT + r"\s+", re.I
)

_IRREGULAR = {
    "does": {"do": "does", "go": "goes", "have": "has", "be": "is"},
    "did": {"do": "did", "go": "went", "have": "had", "make": "made", "build": "built", "get": "got",
            "run": "ran", "set": "set", "take": "took", "find": "found", "keep": "kept", "lead": "led",
            "choose": "chose", "bring": "brought", "think": "thought", "begin": "began", "grow": "grew",
            "know": "knew", "become": "became", "deal": "dealt", "cut": "cut", "put": "put", "win": "won",
            "leave": "left", "feel": "felt", "say": "said", "tell": "told", "pay": "paid", "buy": "bought",
            "teach": "taught", "catch": "caught", "sell": "sold", "spend": "spent", "send": "sent", "meet": "met",
            "hear": "heard", "write": "wrote", "speak": "spoke", "give": "gave", "come": "came", "see": "saw",
            "hold": "held", "stand": "stood", "understand": "understood", "lose": "lost", "fall": "fell",
            "break": "broke", "drive": "drove", "rise": "rose", "fly": "flew", "draw": "drew", "eat": "ate",
            "forget": "forgot", "sit": "sat", "sleep": "slept", "wear": "wore", "mean": "meant", "lend": "lent",
            "seek": "sought", "fight": "fought", "shoot": "shot", "stick": "stuck", "read": "read", "let": "let",
            "quit": "quit", "hit": "hit", "shut": "shut", "spread": "spread", "learn": "learned"},
}  # fmt: skip


def _inflect(verb: str, aux: str) -> str:
    """The verb an auxiliary 'does' or 'did' carried: 'does ... involve' -> 'involves', 'did ... handle' ->
    'handled' (a doubled consonant, 'planned', is beyond it)."""
    low = verb.lower()
    if low in _IRREGULAR[aux]:
        return _IRREGULAR[aux][low]
    if aux == "does":
        if low.endswith(("s", "sh", "ch", "x", "z", "o")):
            return verb + "es"
        return verb[:-1] + "ies" if re.search(r"[^aeiou]y$", low) else verb + "s"
    if low.endswith("e"):
        return verb + "d"
    return verb[:-1] + "ied" if re.search(r"[^aeiou]y$", low) else verb + "ed"


# Verbs a question about work asks with: after 'what does a typical week', the verb is 'look', so the subject
# is 'a typical week' (a determiner, then words up to the verb).
_BASE_VERBS = frozenset(
    """look involve handle manage mean work need take make do go have get use decide measure plan approach see
    expect define run deal support structure balance prioritise prioritize train onboard hire choose keep
    build cope stay change happen differ compare feel sound fit become grow scale test review track report
    ship deploy price schedule staff split share organise organize assess evaluate offer include require
    allow provide cover hand stall fail succeed start end begin evolve respond react communicate collaborate
    operate perform compete recover adapt teach learn treat triage prepare approach drop rise fall last
    move spread vary""".split()
)
# Words that are never the verb after a question's subject: 'the migration to Postgres 16 take' (the verb is
# 'take', not 'to'; a word after a preposition is its object, 'the rollout of kubernetes stall').
_FUNCTION = frozenset(
    """a an the this that these those my our your their its his her of to in on at for from with by about into
    onto over under after before between during without within across through per via and or but nor as than
    so if whether who whom whose which what when where why how i you we they he she it there here not no yet still
    already""".split()
)
# How far after a question's subject its verb may come: 'the migration to Postgres 16 take' is four words.
_SUBJECT_WORDS = 8
# Verbs that start a topic as an instruction would ('improve onboarding for new hires'): never a noun too
# ('support tickets', 'change management' are left alone).
_LEADING_VERBS = frozenset(
    """improve reduce migrate streamline automate modernise modernize implement introduce expand optimise
    optimize replace rebuild redesign refactor standardise standardize consolidate onboard deliver handle
    manage grow build develop create prevent minimise minimize maximise maximize simplify strengthen retain
    recruit engage prioritise prioritize evaluate assess integrate adopt avoid coordinate ensure increase
    lower cut scale hire launch""".split()
)


def _subject_end(words: list[str]) -> int | None:
    """How many words belong to the subject, the verb coming next: up to the first known verb ('a typical
    week look like'), else up to the first plain lowercase word that follows a content word and is followed
    by a function word, a number or nothing ('the rollout of kubernetes stall'); None when no word is the
    verb (the question is left as typed rather than given a wrong verb: 'the migration toed')."""
    window = words[:_SUBJECT_WORDS]
    for i, word in enumerate(window):
        if i and word.lower() in _BASE_VERBS:
            return i
    for i, word in enumerate(window):
        after = window[i + 1] if i + 1 < len(window) else ""
        if (
            i
            and word.isalpha()
            and word.islower()
            and word not in _FUNCTION
            and window[i - 1].lower() not in _FUNCTION
            and (not after or after.lower() in _FUNCTION or after[0].isdigit())
        ):
            return i
    return None


def _split_subject(subject: str, rest: list[str]) -> tuple[str, list[str]] | None:
    """'a typical' + 'week look like': the subject runs to the verb ('a typical week', 'look like'); a
    pronoun is the whole subject ('you' + 'handle X'). None when no word after the subject is its verb."""
    if subject.lower() in _PRONOUNS:
        return subject, rest
    head, _, noun = subject.partition(" ")
    words = [noun or head, *" ".join(rest).split()]
    n = _subject_end(words)
    if n is None:
        return None
    rest = " ".join(words[n:]).split(maxsplit=1)
    kept = " ".join(words[:n])
    return (f"{head} {kept}" if noun else kept, rest) if rest else None


# Words that open a subject: after 'how' or 'what' they make a clause, not a question ('how the nurses do
# handover').
_OWNERS = frozenset("the our your their my his her its this these those we you they i he she".split())
# 'How do you see the team growing?' asks for their view: 'how you see the team growing', never 'how to see'.
_OPINION_VERBS = frozenset("see think feel find like view expect imagine envision rate rank judge".split())


def _declarative(text: str) -> str:
    """A wh-question as the clause a preposition takes: 'How do you handle X' -> 'how you handle X', 'what
    does the role involve' -> 'what the role involves', 'how should we staff X' -> 'how we should staff X',
    'how many yard visits a day do your vets manage' -> 'how many yard visits a day your vets manage'."""
    m = _QUESTION.match(text)
    if not m:
        return text
    wh, aux, subject = m.groups()
    if wh.split()[1:2] and wh.split()[1].lower() in _OWNERS:
        return text  # 'how our squads do code review': a clause already, its subject before the verb
    split = _split_subject(subject, text[m.end() :].split(maxsplit=1))
    if split is None:
        return text
    subject, rest = split
    if (
        aux.lower() == "do"
        and subject.lower() == "you"
        and wh.lower() in ("how", "what")
        and rest[0].lower() not in _OPINION_VERBS
    ):
        # 'How do you tell a choir they have been turned down?': whoever asked it, the message can say 'how to
        # tell a choir ...' and be right; 'how you tell' would be wrong if the candidate was the one asked.
        return f"{wh} to {' '.join(rest)}"
    if aux.lower() in ("does", "did"):
        rest[0] = _inflect(rest[0], aux.lower())
    verb = "" if aux.lower() in ("do", "does", "did") else f" {aux}"
    return f"{wh} {subject}{verb} {' '.join(rest)}"


def _whether(text: str) -> str | None:
    """A yes-or-no question as a 'whether' clause: 'Is the team hybrid' -> 'whether the team is hybrid',
    'Does the role involve travel' -> 'whether the role involves travel'; None when it is not one."""
    m = _YES_NO.match(text)
    if not m:
        return None
    aux, subject = m.group(1).lower(), m.group(2)
    split = _split_subject(subject, text[m.end() :].split(maxsplit=1))
    if split is None:
        return None
    subject, rest = split
    if aux in ("does", "did"):
        rest[0] = _inflect(rest[0], aux)
    verb = "" if aux in ("do", "does", "did") else f" {aux}"
    subject = subject if subject in ("I",) else subject[0].lower() + subject[1:]
    return f"whether {subject}{verb} {' '.join(rest)}"


def _gerund(verb: str) -> str:
    """'improve' -> 'improving', 'cut' -> 'cutting', 'scale' -> 'scaling'."""
    low = verb.lower()
    if low.endswith("ie"):
        return verb[:-2] + "ying"
    if low.endswith("e") and not low.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if re.search(r"(?:^|[^aeiou])[aeiou][bdgmnpt]$", low) and len(low) <= 4:
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _as_list(text: str) -> str:
    """'a; b' (or 'a / b', 'a + b') -> 'a and b', 'a; b; c' -> 'a, b and c'; 'A — B' keeps A, the thing itself."""
    dash = re.split(r"\s+[—–-]\s+", text, maxsplit=1)
    if len(dash) == 2 and re.match(r"(?:no|not|never|without)\b", dash[0], re.I) and dash[1].strip():
        # 'no drawings - the panrita lopi builds from the keel up': what is said after the dash
        text = dash[1]
    elif len(dash) == 2 and len(dash[0].split()) >= 2:
        text = dash[0]
    parts = [p.strip() for p in re.split(r";|\s[/+]\s", text) if p.strip()]
    if len(parts) < 2:
        return text
    return ", ".join(parts[:-1]) + " and " + parts[-1]


# A candidate's notes speak of the interviewer, or their team, in the third person ('how they triage
# walk-ins', 'the deal she worked on'); the message speaks to them: 'how you triage', 'the deal you worked on'.
_THIRD_PERSON = re.compile(r"\b(?:she|he|they|her|his|their|theirs|hers|him|them|we|our|ours|us)\b", re.I)
_CONTRACTED = re.compile(r"^(?:she|he|they|we)'(s|re|ve|d|ll)$", re.I)
# What the candidate and the interviewer did together, after a noun: 'the COPD case study we talked through'.
_TOGETHER = frozenset(
    "talked discussed covered went looked did reviewed walked worked spoke ran role-played practised practiced".split()
)
# A thing the candidate did in an exercise, after its noun: 'the Grab brief we did in the test' is the brief from
# the test ('we' would make the interviewer its co-author).
_DONE_IN = re.compile(
    r"(?<=\w)\s+(?:we|i)\s+(?:did|had|got|sat|wrote|were\s+given|was\s+given)\s+(?:in|at|during|for)\s+"
    r"(?:the|our|my)\s+(?=\w)",
    re.I,
)
_WHAT_LIKE = re.compile(r"^\W*what(?:'s|’s|\s+is)\s+(.+?)\s+like\W*$", re.I)
# Where the candidate stands on a thing, noted after it ('F endorsement sorted', 'GWO BST in date', 'first aid
# BST done'): the thing was discussed; the note is the candidate's own.
_STATUS_END = re.compile(r"\s+(?:sorted|in\s+date|done|pending|asked\s+twice|booked)\W*$", re.I)
_PARTICIPLES = frozenset("been built done made got gotten taken run seen grown led kept brought".split())
_YOU_VERBS = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't",
              "hasn't": "haven't", "doesn't": "don't", "'s": "'re"}  # fmt: skip


def _you_verb(verb: str) -> str:
    """The verb after 'you' that followed 'she' or 'he': 'runs' -> 'run', 'has' -> 'have', 'worked' stays."""
    low = verb.lower()
    if low in _YOU_VERBS:
        return _YOU_VERBS[low]
    if not verb.isalpha() or not verb.islower() or low in _FUNCTION or low.endswith(("ss", "us", "is")):
        return verb
    if low.endswith("ies") and len(low) > 4:
        return verb[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return verb[:-2]
    return verb[:-1] if low.endswith("s") else verb


_INFINITIVE_QUESTION = re.compile(r"^(?:how|what|when|where|whether|which\s+[\w-]+)\s+to\s", re.I)
# 'we're moving off Redshift to a lakehouse': the work itself, 'moving off Redshift to a lakehouse'.
_SUBJECT_BEFORE_GERUND = re.compile(r"^(?:we|they)(?:'re|’re|\s+are|\s+were)\s+(?=\w+ing\b)", re.I)
# 'she's curating the textiles show': the interviewer's news, said to them ('you're curating ...').
_HER_DOING = re.compile(r"^(?:she|he)(?:'s|’s|\s+is)\s+(?=\w+ing\b)", re.I)


def _second_person(text: str) -> str:
    """'how they triage walk-ins' -> 'how you triage walk-ins', 'the deal she worked on' -> 'the deal you
    worked on', 'how she runs her clinic' -> 'how you run your clinic'."""
    if not _THIRD_PERSON.search(text) or _INFINITIVE_QUESTION.match(text):
        return text  # 'how to tell a choir they have been turned down': 'they' is the choir
    words = text.split(" ")
    out: list[str] = []
    subject_seen = False
    for i, word in enumerate(words):
        low = word.lower() if not (word.isupper() and len(word) > 2) else word  # 'HIS software' is an acronym
        if low in ("you", "i") and not subject_seen:
            # 'how you tell a choir they've been turned down': the subject is 'you'; who follows is someone else
            out.extend(words[i:])
            break
        subject_seen = subject_seen or low in ("she", "he", "they", "we") or bool(_CONTRACTED.match(low))
        after = words[i + 1] if i + 1 < len(words) else ""
        contracted = _CONTRACTED.match(low)
        if contracted:  # "she's built" -> "you've built"; "she's hiring" -> "you're hiring"
            ending = contracted.group(1)
            if ending == "s":
                participle = after.lower() in _PARTICIPLES or after.lower().endswith("ed")
                ending = "ve" if participle else "re"
            out.append(f"you'{ending}")
        elif low == "we" and i and words[i - 1].lower() not in _FUNCTION and after.lower() in _TOGETHER:
            out.append(word)  # 'the case study we talked through': the candidate and the interviewer
        elif low in ("she", "he", "they", "we"):  # 'how we staff nights' quotes their team: 'how you staff'
            out.append("you")
            if low in ("she", "he") and after:
                words[i + 1] = _you_verb(after)
        elif low in ("his", "their", "our"):  # 'whether graduate staff get their tickets paid' keeps theirs
            noun_before = any(w.isalpha() and w.lower() not in _FUNCTION for w in words[:i])
            out.append(word if low == "their" and noun_before and not subject_seen else "your")
        elif low in ("hers", "theirs", "ours"):
            out.append("yours")
        elif low in ("him", "them") or word == "us":  # 'US', the country, is no pronoun
            out.append(word if subject_seen else "you")  # 'how you train them': the subject was theirs
        elif low == "her":  # 'her clinic' -> 'your clinic'; 'with her' -> 'with you'
            possessive = after[:1].isalnum() and after.lower() not in _FUNCTION
            if possessive:
                out.append("your")
            else:
                out.append(word if subject_seen else "you")
        else:
            out.append(word)
    return " ".join(out)


# A question the interviewer put to the candidate ('Why do you want to be a firefighter?'): 'you' is the
# candidate, so the message says 'why I want to be a firefighter', never 'your thoughts on why you want'.
PUT_TO_THE_CANDIDATE = re.compile(
    r"^\W*(?:(?:how|what|why|when|where|which)(?:\s+[\w-]+){0,2}?\s+(?:would|did|have|could|can)\s+you\b"
    r"|why\s+(?:do|did|would)\s+you\s+(?:want|wish|choose|chose|apply|applied|decide|like)|why\s+you\s+"
    r"(?:want|applied|chose|decided|like)|what\s+(?:would|could|can|do|will)\s+you\s+(?:bring|offer|contribute"
    r"|do\s+in\s+your\s+first)|what\s+you\s+(?:would|could|can)\s+(?:bring|offer|contribute)"
    r"|where\s+(?:do\s+)?you\s+see\s+yourself|tell\s+(?:me|us)\s+about\s+(?:yourself|a\s+time)"
    r"|what\s+(?:does|do|did)\s+(?:[\w'-]+\s+){1,6}mean\s+to\s+you"
    r"|your\s+(?:greatest\s+|biggest\s+)?(?:strengths?|weakness(?:es)?|motivations?|career\s+goals)"
    # 'what's the first thing you'd automate?': what the candidate would do
    r"|(?:(?:what|which)(?:'s|’s|\s+is|\s+was)\s+)?the\s+(?:[\w-]+\s+){0,4}you(?:'d|’d|\s+would|'ll|’ll|\s+will)\s)",
    re.I,
)
_FIRST_PERSON = {"you": "I", "your": "my", "yours": "mine", "yourself": "myself", "you're": "I'm",
                 "you've": "I've", "you'd": "I'd", "you'll": "I'll"}  # fmt: skip


def _first_person(text: str) -> str:
    """'why you want to be a firefighter' -> 'why I want to be a firefighter'; 'you are' -> 'I am'."""
    text = re.sub(r"^\W*tell\s+(?:me|us)\s+about\s+", "", text, flags=re.I)  # 'a time I led a team'
    text = re.sub(
        r"\b(to|for|with|about|at|from|of|by|than)\s+you\b", r"\1 me", text, flags=re.I
    )  # 'mean to you'
    text = re.sub(r"\byou\s+are\b", "I am", text, flags=re.I)
    text = re.sub(r"\byou\s+were\b", "I was", text, flags=re.I)
    text = re.sub(
        r"\b(?:you(?:'re|'ve|'d|'ll)?|your(?:s|self)?)\b",
        lambda m: _FIRST_PERSON[m.group(0).lower()],
        text,
        flags=re.I,
    )
    # the interviewer's side, now spoken to: 'why I want to work with us' -> 'why I want to work with you'
    return re.sub(r"\b(?:us|our)\b", lambda m: "you" if m.group(0) == "us" else "your", text)


_LAUGHTER = re.compile(
    r"\s*\b(?:lol|lmao|haha+|hehe+|omg|rofl)\b[!.]*", re.I
)  # 'the 10-min test lol' -> 'the 10-min test'
# 'What's our lawful basis for the app?', 'What is the biggest challenge?': the thing asked about.
_WHAT_IS = re.compile(
    r"^what(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s+(?=(?:the|our|your|their|its|a|an)\b)", re.I
)


_EVERY = {"morning": "daily", "day": "daily", "night": "nightly", "week": "weekly", "month": "monthly"}
_EVERY_END = re.compile(r"\s+(?:every|each)\s+(morning|day|night|week|month)\W*$", re.I)
_OFTEN_END = re.compile(r"\s+(daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually)\W*$", re.I)
# Up to four words naming things, the last a plural ('area manager visits'), with no verb or pronoun before it.
_NOUNS_BEFORE = re.compile(
    r"^(?:the\s+)?(?!(?:we|they|you|i|he|she|it|how|what|when|why|who|do|does|did|is|are|our|your|their|my|his|her)"
    r"\b)(?:[\w-]+\s+){0,3}"
    r"[\w-]+[^s\W]s$",
    re.I,
)
_ABOUT_A_NUMBER = re.compile(
    r"\b(caseload|workload|team|budget|class|list|fleet|portfolio|crew|staff|group|ward|unit|rota|roster"
    r"|conferences|events|weddings|functions|classes|groups|teams)"
    r"\s+(?=(?:around|about|roughly|approximately|some|~|more\s+than|over|up\s+to)\s*\d)",
    re.I,
)
# 'the backlog on householder apps right now': the note is read later, when 'now' is no longer now.
_NOW = re.compile(r"[\s,]+(?:right\s+now|at\s+the\s+moment|these\s+days|currently|atm)\W*$", re.I)


def unreported(text: str) -> str:
    """The topic without the words that report it ('we discussed X', 'I asked about X' -> 'X')."""
    return _REPORTED.sub("", text).strip() or text


# 'demo a bath bomb to a customer': a verb that is a noun too ('the demo lesson') is a verb only before its object.
_VERB_AND_OBJECT = re.compile(
    r"^(demo|pitch|sell|present|explain)\s+(?=(?:a|an|the|my|your|our|their|how|why|what)\s)", re.I
)


def as_phrase(text: str) -> str:
    """The topic as a phrase a preposition takes (see the module); the text itself when nothing applies."""
    text = _LAUGHTER.sub("", text).strip() or text
    text = written_out(text)
    text = _NOW.sub("", text).strip() or text
    choice = _WHY_NOT.match(text)
    if choice:  # 'why ops and not the commercial graduate scheme': the interviewer asked the candidate
        text = f"why I chose {choice.group(1)} over {choice.group(2)}"
    elif (chosen := _WHY_THIS.match(text)) and not _VERBISH & {w.lower() for w in chosen.group(1).split()}:
        # 'why Minneapolis?', 'why nursing': what the candidate chose
        text = f"why I chose {'your team' if chosen.group(1).lower() == 'us' else chosen.group(1)}"
    text = _VERB_AND_OBJECT.sub(lambda m: _gerund(m.group(1).lower()) + " ", text)
    asked = ASKED_TO.match(text)
    if asked:
        text = _gerund(asked.group(1).lower()) + text[asked.end() :]
    text = _ASKED_WH.sub("", text)
    text = _SUBJECT_BEFORE_GERUND.sub("", text)
    text = _HER_DOING.sub("you're ", text)  # 'he's curating the show': their news, said to them
    text = _MEETING_ABOUT.sub("", text) or text
    text = re.sub(r"^if\s+(?=\w)", "whether ", text, flags=re.I)  # 'if I'd learn Hungarian' -> 'whether ...'
    text = re.sub(r"^needing\s+(?=(?:a|an|the)\s)", "the need for ", text, flags=re.I)  # 'needing a licence'
    text = _DONE_IN.sub(" from the ", text)  # 'the Grab brief we did in the test' -> '... from the test'
    # "what's the handover like?" -> 'what the handover is like'
    text = _WHAT_LIKE.sub(r"what \1 is like", text)
    text = _STATUS_END.sub("", text) or text  # 'F endorsement sorted' -> 'F endorsement'
    text = _as_list(_REPORTED.sub("", text))
    # 'the Bowie-Dick test every morning' -> 'the daily Bowie-Dick test': a frequency at the end would read as
    # the writer's ('I have kept thinking about the Bowie-Dick test every morning')
    if often := _EVERY_END.search(text):
        if re.match(r"the\s", text, re.I) and len(text[: often.start()].split()) <= 5:
            text = f"the {_EVERY[often.group(1).lower()]} {text[4 : often.start()]}"
    elif (often := _OFTEN_END.search(text)) and _NOUNS_BEFORE.match(text[: often.start()]):
        # 'area manager visits weekly' -> 'the weekly area manager visits'
        noun = re.sub(r"^the\s+", "", text[: often.start()], flags=re.I)
        text = f"the {often.group(1).lower()} {noun}"
    text = re.sub(
        r"^in\s+(?:the\s+)?office\b", "being in the office", text, flags=re.I
    )  # 'in office Tue-Thu'
    # 'the caseload around 12 families' -> 'the caseload of around 12 families'
    text = _ABOUT_A_NUMBER.sub(r"\1 of ", text)
    text = re.sub(r"^on[- ]call\b(?=\s+(?:for|at|on|with|over|during)\b)", "being on call", text, flags=re.I)
    # 'asked me about a time I found a dispensing error': the question's words; the story is 'the time I found'
    text = re.sub(r"^a\s+time\s+(?:when\s+)?(?=I\b)", "the time ", text)
    text = _WHAT_IS.sub("", text)
    if PUT_TO_THE_CANDIDATE.search(text):
        return _first_person(_declarative(text))
    question = _whether(text)
    if question is not None:
        return _second_person(question)
    text = _second_person(_declarative(text))
    words = text.split(maxsplit=1)
    proper = words[-1][:1].isupper() and words[0][:1].isupper()  # 'Develop Your Creative Practice grants'
    if len(words) == 2 and words[0].lower() in _LEADING_VERBS and words[0][1:].islower() and not proper:
        return f"{_gerund(words[0].lower())} {words[1]}"
    if _OWN_EXPERIENCE.match(text) and text.split()[0].lower() not in _EXPERIENCE_FIELDS:
        return f"my {text}"  # 'B-double experience': the candidate's, talked over ('customer experience' is a field)
    return text


# A bare '... experience' jotted after an interview is the candidate's own ('B-double experience', 'ICU
# experience'); a few such phrases name a field of work instead.
_OWN_EXPERIENCE = re.compile(
    r"^(?!(?:the|a|an|my|your|our|their|his|her|its)\s)(?:[\w/&+-]+\s){1,3}experience$", re.I
)
_EXPERIENCE_FIELDS = frozenset(
    "customer patient user guest employee candidate client visitor member student learner digital brand fan".split()
)
