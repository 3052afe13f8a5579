"""Voice: the candidate writes, as 'I'. A small model slips into the voice of its examples' other side: 'We
enjoyed our conversation' (the candidate as 'we'), 'I'm glad to have you on board', 'we will be in touch',
'thank you for applying' (the interviewer or the employer). Either way the note is not one the candidate can
send. 'We discussed', 'we talked about' and 'our conversation' are both people's, and fine.

Category `tone`: how the note speaks, like its register, not what it claims or asks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from guardrails.facts import Facts
from guardrails.names import TITLE_PATTERN
from guardrails.rule import Finding, Rule, phrase_check
from guardrails.text import AnyOf, Draft, Phrases, fold

# "We" as the candidate's own side: feelings, hopes and plans only the writer has ("we both" is left alone).
_AS_WE = AnyOf(
    Phrases(
        r"\bwe(?:\s+(?:really|truly|all|also|greatly|very\s+much|so\s+much|certainly|definitely))?\s+"
        r"(?:enjoyed|loved|liked|appreciated?|valued?|admired?|look(?:ed)?\s+forward|hope(?:d)?\s+to"
        r"|want(?:ed)?\s+to\s+(?:thank|say|stay|keep|follow|learn|join)|thank\s+you|can't\s+wait|remain"
        r"|(?:were|are|felt|feel)\s+(?:so\s+|very\s+|really\s+|truly\s+)?(?:impressed|delighted|pleased|glad|"
        r"happy|excited|thrilled|grateful|thankful|inspired|eager|keen|interested|honou?red|looking\s+forward)"
        r"|would\s+(?:love|like|be\s+(?:happy|glad|delighted|thrilled|excited))"
        # 'We discussed committee sittings and would love to stay in touch': the wish is the candidate's
        r"|(?:discussed|talked\s+about)\b[^.!?\n]{0,80}?\band\s+would\s+(?:love|like))\b",
        ("we",),
    ),
    Phrases(
        r"\bwe(?:'d|'re|'ll|'ve)\s+(?:really\s+|truly\s+|also\s+|so\s+|very\s+)?(?:love|like|be\s+(?:happy|glad|"
        r"delighted|thrilled|excited)|been\s+(?:impressed|inspired)|looking\s+forward|excited|delighted"
        r"|glad|happy|thrilled|impressed|grateful|thankful|inspired|eager|keen|interested)\b",
        ("we'",),
    ),
)
# The interviewer's or the employer's side of the table: welcoming, offering, judging the application.
_AS_HIRER = AnyOf(
    Phrases(
        r"\b(?:(?:glad|happy|pleased|delighted|excited|thrilled)\s+to\s+(?:have|welcome)\s+you"
        r"(?:\s+(?:on\s+board|aboard|with\s+us|on\s+the\s+team|join|as))?"
        r"|welcome\s+(?:you\s+)?(?:aboard|on\s+board|to\s+(?:the|our)\s+(?:team|company|family))"
        r"|(?:look(?:ing)?\s+forward\s+to|can't\s+wait\s+for)\s+having\s+you"
        r"|(?:offer|extend)\s+you\s+(?:the|a|an|this)\s+(?:\w+\s+){0,3}?(?:role|position|job|offer|post)"
        r"|you(?:'ll|\s+will)\s+be\s+joining|when\s+you\s+join\s+(?:us|the\s+team)|your\s+first\s+day"
        r"|on\s+behalf\s+of\s+(?:the|our|everyone|all)\b)",
        ("have", "welcome", "having", "offer", "extend", "joining", "join", "first", "behalf"),
    ),
    Phrases(
        r"\b(?:your\s+(?:job\s+)?(?:application|candidacy)(?!\s+(?:of|to)\b)|your\s+(?:resume|cv|r[eé]sum[eé])\b"
        r"|thank(?:s|\s+you)\s+for\s+(?:applying|your\s+application|your\s+interest\s+in\s+(?:the|this|our|"
        r"joining|working))"
        r"|we(?:'ll|\s+will|\s+shall)\s+(?:be\s+in\s+touch|get\s+back\s+to\s+you|let\s+you\s+know|contact\s+you)"
        r"|hear\s+from\s+us|(?:you(?:'d|\s+would|'ll|\s+will)\s+be|you're|you\s+are)\s+a\s+(?:great|strong|perfect|"
        r"wonderful)\s+(?:fit|addition|asset|candidate)|you\s+were\s+a\s+(?:great|strong)\s+candidate"
        r"|(?:impressed|pleased)\s+(?:with|by)\s+your\s+(?:application|experience|background|skills|answers"
        r"|qualifications|performance)|your\s+interest\s+in\s+(?:our|joining\s+us|working\s+(?:with|for)\s+us))",
        ("your", "thank", "we", "hear", "you", "impressed", "pleased"),
    ),
)

# The employer's own side, as the small model writes it from the candidate's chair: 'the project updates we
# are making', 'how we can improve our supply chain', 'the work we do every day', 'our products', 'I would
# love to have you as a part of my team'. 'We discussed' and 'our conversation' are both people's, and fine.
_AS_EMPLOYER = AnyOf(
    Phrases(
        r"\bwe(?:\s+are|'re|\s+were)\s+(?:currently\s+|now\s+)?(?:making|building|hiring|developing|launching|planning"
        r"|rolling\s+out|looking\s+(?:at|for)|working\s+on|doing\s+(?:here|at))\b"
        r"|\bthe\s+work\s+we\s+(?:do|are\s+doing)\b|\bwe\s+can\s+(?:improve|grow|make\s+money|help(?:\s+(?:them|in|with|our|the|customers|clients|businesses))?|serve)\b"
        # what the employer and the candidate would do together, as if hired: 'how we can make a difference'
        r"|\bhow\s+we\s+(?:can|could|will|would)\s+(?:make|improve|grow|build|help|change|work|deliver|achieve)\b"
        r"|\bwe\s+have\s+(?:many|so\s+many|a\s+lot\s+of|great|talented)\s+(?:talented\s+)?(?:people|staff|employees"
        r"|colleagues)\b",
        re.compile(r"we[\s']"),
    ),
    # Going on with work the candidate never started there: 'continue to work with the team'.
    Phrases(
        r"\bcontinu(?:e|ing)\s+(?:to\s+work|working)\s+(?:with|alongside|for)\s+(?:you|the\s+team|your\s+team|the\s+"
        r"(?:company|practice|ward|clinic|hospital|school|firm))\b"
        r"|\b(?:opportunity|chance)\s+to\s+work\s+(?:on\s+(?:a|the|this|that)\s+(?:\w+\s+){0,2}?)?together\b",
        ("continu", "together"),
    ),
    Phrases(
        r"\bour\s+(?:products?|customers?|clients?|supply\s+chain|company|business(?:es)?|business\s+models?"
        r"|organi[sz]ation|patients|users|staff|employees|hiring|new\s+hires?)\b",
        tuple(
            "product customer client supply company business organi patients users staff employees hiring hire".split()
        ),
    ),
    Phrases(
        r"\bhave\s+you\s+(?:as|on|in|join)\s+(?:a\s+)?(?:part\s+of\s+)?(?:my|our)\s+team\b",
        re.compile(r"have\s+you"),
    ),
)

speaks_as_we = phrase_check(
    _AS_WE,
    "Speaks as 'we' for the candidate's own side: {!r}.",
    "Write as the candidate, in the singular: 'I enjoyed', 'I look forward to', 'I'd love to', never 'we' for "
    "yourself ('we discussed' is fine).",
)
speaks_as_hirer = phrase_check(
    _AS_HIRER,
    "Writes as the interviewer or the employer, not as the candidate: {!r}.",
    "Write as the candidate who was interviewed: remove the words of the hiring side (welcoming, offering, "
    "'your application', 'we will be in touch'); thank them for their time and the conversation.",
)

speaks_as_employer = phrase_check(
    _AS_EMPLOYER,
    "Speaks as the employer, of the employer's work or people as 'we' or 'our': {!r}.",
    "Write as the candidate: say 'your team', 'your work', 'the team's work', never 'we' or 'our' for the "
    "employer; you have not been hired.",
)

# The interviewer, in a note to them, as "Fiona": "I enjoyed chatting with Fiona", "Henrik's team".
_BEFORE_THIRD_PERSON = re.compile(
    rf"\b(?:with|to|meet|met|meeting|from|by|about|for|and|than|thank|of)\s+(?:{TITLE_PATTERN})?\Z"
)
_GREETING_LINE = re.compile(r"\s*(?:subject:[^\n]*\n\s*)?(?:hi|hello|dear|hey|good\s+\w+)\b[^,:\n]{0,60}")


@lru_cache(maxsize=256)
def _name(folded_name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9]){re.escape(folded_name)}(?![a-z0-9])('s\b|\s+and\s+i\b)?")


def interviewer_in_third_person(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """Naming the reader as someone else: 'chatting with Fiona', 'Fiona's team', 'Fiona and I' in a note to
    Fiona. 'Thank you again, Fiona.' speaks to her, and the greeting line ('Hi Raj and Fiona,') is left alone."""
    folded, first = draft.folded, facts.first
    if not first or first not in folded:
        return
    greeting = _GREETING_LINE.match(folded)
    after_greeting = greeting.end() if greeting else 0
    who = facts.context.first_name
    for m in _name(first).finditer(folded, after_greeting):
        if not draft.text[m.start()].isupper():
            continue  # "will", "grace": a word, not the name
        if not m.group(1) and not _BEFORE_THIRD_PERSON.search(folded, max(0, m.start() - 20), m.start()):
            continue
        start = m.start() if m.group(1) else folded.rfind(" ", 0, max(0, m.start() - 1)) + 1
        said = draft.text[start : m.end()]
        yield Finding(
            f"Speaks of {who} in the third person ({said!r}) in a message to {who}.",
            f"Address {who} as 'you' ('with you', 'your team'), not by name in the third person.",
            m.span(),
        )
    yield from _pasted_she(draft, facts)


# A topic's note of what the interviewer did, copied with its 'she' or 'he' ('how she got permanent'): in a
# message to her, she is 'you'.
_SHE = re.compile(r"\b(?:she|he)\s+[a-z'’]+\s+[a-z'’]+")


def _pasted_she(draft: Draft, facts: Facts) -> Iterator[Finding]:
    who = facts.context.first_name
    for topic in facts.context.topics:
        for m in _SHE.finditer(fold(topic)):
            at = draft.folded.find(m.group(0))
            if at >= 0 and (at == 0 or not draft.folded[at - 1].isalpha()):
                said = draft.text[at : at + len(m.group(0))]
                pronoun = m.group(0).split()[0]
                yield Finding(
                    f"Speaks of {who} in the third person ({said!r}), copied from the notes, in a message to {who}.",
                    f"Address {who} as 'you', not '{pronoun}': rewrite the phrase in your own words.",
                    (at, at + len(m.group(0))),
                )
                return


SPEAKS_AS_WE = Rule("voice.speaks_as_we", "tone", "error", speaks_as_we)
SPEAKS_AS_HIRER = Rule("voice.speaks_as_hirer", "tone", "error", speaks_as_hirer)
SPEAKS_AS_EMPLOYER = Rule("voice.speaks_as_employer", "tone", "error", speaks_as_employer)
INTERVIEWER_IN_THIRD_PERSON = Rule(
    "voice.interviewer_in_third_person", "tone", "error", interviewer_in_third_person
)
RULES = [SPEAKS_AS_WE, SPEAKS_AS_HIRER, SPEAKS_AS_EMPLOYER, INTERVIEWER_IN_THIRD_PERSON]
