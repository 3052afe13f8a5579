"""Voice: the candidate writes, as 'I'. A small model slips into the voice of its examples' other side: 'We
enjoyed our conversation' (the candidate as 'we'), 'I'm glad to have you on board', 'we will be in touch',
'thank you for applying' (the interviewer or the employer). Either way the note is not one the candidate can
send. 'We discussed', 'we talked about' and 'our conversation' are both people's, and fine.

Category `tone`: how the note speaks, like its register, not what it claims or asks.
"""

from __future__ import annotations

from guardrails.rule import Rule, phrase_check
from guardrails.text import AnyOf, Phrases

# "We" as the candidate's own side: feelings, hopes and plans only the writer has ("we both" is left alone).
_AS_WE = AnyOf(
    Phrases(
        r"\bwe(?:\s+(?:really|truly|all|also|greatly|very\s+much|so\s+much|certainly|definitely))?\s+"
        r"(?:enjoyed|loved|liked|appreciated?|valued?|admired?|look(?:ed)?\s+forward|hope(?:d)?\s+to"
        r"|want(?:ed)?\s+to\s+(?:thank|say|stay|keep|follow|learn|join)|thank\s+you|can't\s+wait|remain"
        r"|(?:were|are|felt|feel)\s+(?:so\s+|very\s+|really\s+|truly\s+)?(?:impressed|delighted|pleased|glad|"
        r"happy|excited|thrilled|grateful|thankful|inspired|eager|keen|interested|honou?red|looking\s+forward)"
        r"|would\s+(?:love|like|be\s+(?:happy|glad|delighted|thrilled|excited)))\b",
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
        r"|qualifications|performance))",
        ("your", "thank", "we", "hear", "you", "impressed", "pleased"),
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

SPEAKS_AS_WE = Rule("voice.speaks_as_we", "tone", "error", speaks_as_we)
SPEAKS_AS_HIRER = Rule("voice.speaks_as_hirer", "tone", "error", speaks_as_hirer)
RULES = [SPEAKS_AS_WE, SPEAKS_AS_HIRER]
