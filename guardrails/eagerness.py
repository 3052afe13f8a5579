"""Eagerness: a note after an interview thanks and stays in touch. Asking about the decision, selling hard,
presuming the offer, begging, pressing for a call, a referral or contact details, raising pay, following up
again and again, exclamation marks and capitals all read as pressure (the article: 'no pressure, no
excessive follow-ups'; career sources: 'don't ask about next steps', 'don't claim to be the perfect fit')."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from guardrails.facts import Facts
from guardrails.rule import EVERY_KIND, Finding, Rule, findings_for, phrase_check, shorten
from guardrails.text import STOPWORDS, WORD, AnyOf, Draft, Phrases, fold, stem
from guardrails.topics import may_name_topic
from guardrails.vocabulary import STATUS_CHECK

DECISION = AnyOf(
    Phrases(
        r"\b(?:any\s+(?:updates?|news|word|feedback)(?:\s+(?:on|about|regarding)\b[^.?!]{0,40})?"
        r"|(?:an?\s+)?updates?\s+(?:on|about|regarding)\s+(?:my|the)\s+(?:application|candidacy|status|decision|"
        r"process|hiring|role|position)"
        r"|(?:have|has)\s+(?:you|the\s+team|a\s+decision)\s+(?:made|reached|been\s+made|decided)"
        r"|(?:make|making|made|reach|reaching|reached)\s+(?:a|the|your)\s+(?:final\s+|hiring\s+)?decision"
        r"|decision\s+(?:yet|soon)|decided\s+yet"
        r"|when\s+(?:will|can|could|should|might|do)\s+(?:i|we)\s+(?:hear|expect|know|get)"
        r"|when\s+(?:will|do)\s+you\s+(?:decide|expect\s+to\s+decide|make\s+a\s+decision)"
        r"|hear\s+back\s+(?:soon|shortly|by|this\s+week|next\s+week|about|on|regarding)"
        r"|hope\s+to\s+hear\s+(?:good\s+news|back)|how\s+i\s+did\b"
        r"|(?:status|outcome|result)s?\s+of\s+(?:my|the)\s+(?:application|candidacy|interview|process)"
        r"|where\s+(?:things|i)\s+stands?|still\s+(?:in\s+the\s+running|being\s+considered|under\s+consideration"
        r"|in\s+consideration|in\s+contention)"
        r"|(?:what|share|know|let\s+me\s+know)\s+(?:are\s+|about\s+|of\s+)?the\s+next\s+steps"
        r"|next\s+steps\s*\?|timeline\s*\?"
        r"|(?:what(?:'s|\s+is)|share|know)\s+the\s+(?:hiring\s+)?timeline"
        r"|did\s+i\s+(?:get|make)\s+(?:it|the\s+(?:job|cut|next\s+round))"
        r"|(?:if|whether)\s+i\s+(?:got|get|have\s+got|made|make|passed|was\s+(?:selected|successful|chosen"
        r"|shortlisted|accepted))\b(?:\s+(?:it|the\s+(?:job|role|position|offer|cut|next\s+round)))?"
        r"|had\s+a\s+chance\s+to\s+(?:review|look\s+at|read|go\s+over)\s+my"
        r"|(?:move|moving)\s+forward\s+with\s+(?:me|my)"
        r"|keep\s+me\s+(?:posted|updated|informed))",
        ("any", "update", "made", "mak", "reach", "decis", "decid", "when", "hear", "status", "outcome", "result",
         "stand", "still", "next", "timeline", "did", "chance", "forward", "keep", "if", "whether"),
    ),
    Phrases(
        r"\b(?:thank(?:s|\s+you)\s+in\s+advance|hear(?:ing)?\s+back\s+(?:by|before|soon|shortly)"
        r"|(?:appreciate|like|love)\s+(?:hearing|to\s+hear)\s+back|follow(?:ing)?\s+up\s+on\s+my\s+(?:application|candidacy)"
        r"|when\s+(?:the\s+team|you|they|the\s+company|the\s+panel)\s+(?:expects?|plans?|hopes?|intends?|will|might|may)"
        r"\s+to\s+(?:decide|make\s+(?:a|the|their|your)\s+(?:final\s+)?decision|reach\s+a\s+decision|get\s+back))",
        ("advance", "back", "application", "candidacy", "decide", "decision"),
    ),
)  # fmt: skip
HARD_SELL = AnyOf(
    Phrases(
        r"\b(?:(?:perfect|ideal|best|only|obvious|dream|strongest|top|most\s+qualified)\s+(?:fit|candidate"
        r"|applicant|match|person\s+for|hire|choice)"
        r"|(?:the\s+)?right\s+(?:candidate|person\s+for|choice|hire)"
        r"|\bi(?:'m|\s+am|'d\s+be|\s+would\s+be|'ll\s+be|\s+will\s+be)\s+(?:a\s+|an\s+)?(?:really\s+|truly\s+|very\s+)?"
        r"(?:great|excellent|fantastic|amazing|outstanding|exceptional|incredible|superb|brilliant)\s+"
        r"(?:fit|match|candidate|hire|addition)"
        r"|(?:better|stronger|more\s+qualified)\s+(?:candidate|fit|person|hire)\s+than"
        r"|(?:won't|will\s+not|wouldn't|can't)\s+find\s+(?:a|anyone|someone|anybody)\s+(?:better|more)"
        r"|you\s+won't\s+regret|you\s+will\s+not\s+regret|look\s+no\s+further|hire\s+me"
        r"|exactly\s+(?:who|what)\s+you(?:'re|\s+are)?\s+(?:need|want|looking\s+for)"
        r"|no\s+one\s+(?:else\s+)?(?:is|would\s+be)\s+better|better\s+than\s+(?:any|all)\s+(?:other|the\s+other)"
        r"|(?:guarantee|promise)\s+(?:you|that\s+i)|you\s+need\s+me|can't\s+afford\s+to\s+(?:miss|pass)"
        r"|(?:look(?:ing)?\s+forward\s+to|can't\s+wait\s+to|excited\s+to)\s+(?:join(?:ing)?\s+(?:the|your|you)\b"
        r"|start(?:ing)?\b)|when\s+i\s+(?:join|start)\b|once\s+i\s+(?:join|start)\b|my\s+first\s+day)",
        ("fit", "candidate", "applicant", "match", "person", "hire", "choice", "find", "regret", "further", "exactly",
         "addition",
         "better", "guarantee", "promise", "need", "afford", "join", "start", "first"),
    ),
    Phrases(
        r"\b(?:(?:look(?:ing)?\s+forward\s+to|can't\s+wait\s+to|excited\s+to\s+be)\s+work(?:ing)?\s+(?:together|with\s+you"
        r"|alongside\s+you)\b(?!\s+(?:again|on\s+this|in\s+the\s+future))|see\s+you\s+(?:next\s+(?:week|month)|on\s+monday"
        r"|on\s+my\s+first\s+day|soon\s+in\s+the\s+office)|(?:my|our)\s+(?:new\s+)?(?:colleagues|teammates)\b)",
        ("together", "with", "alongside", "see", "colleagues", "teammates"),
    ),
)  # fmt: skip
BEGGING = Phrases(
    r"\b(?:please\s+(?:hire|pick|choose|select|consider\s+me|give\s+me|don't(?!\s+hesitate))|give\s+me\s+a\s+(?:chance|shot)"
    r"|i\s+(?:really\s+|truly\s+)?need\s+this\s+(?:job|role|position)|begging|beg\s+you|desperate(?:ly)?"
    r"|i'd\s+do\s+anything|i\s+would\s+do\s+anything|(?:really|so)\s+hope\s+you\s+(?:pick|choose|hire)"
    r"|my\s+last\s+chance|please,?\s+please)",
    ("please", "give", "need", "beg", "desperat", "anything", "hope", "chance"),
)
MEETING = AnyOf(
    Phrases(
        r"\b(?:(?:schedule|set\s+up|hop\s+on|jump\s+on|book|arrange|have|grab|get)\s+(?:a\s+|another\s+)?"
        r"(?:(?:quick|short|brief|virtual|[0-9]+[\s-]min(?:ute)?s?|follow[\s-]up)\s+){0,3}(?:call|phone\s+call|zoom|"
        r"meeting|coffee|chat\s+(?:this|next)\s+week|lunch|drink)"
        r"|(?:have|find|make)\s+(?:some\s+)?time\s+for\s+(?:a\s+)?(?:quick\s+)?(?:coffee|call|chat|meeting|lunch|drink)"
        r"|(?:for|over)\s+(?:a\s+)?coffee"
        r"|(?:buy|take|treat|invite)\s+you\s+(?:out\s+)?(?:to\s+|for\s+)?(?:a\s+)?(?:coffee|lunch|drink|dinner)"
        r"|call\s+me|give\s+me\s+a\s+call|my\s+(?:phone\s+)?number\s+is|meet\s+(?:up|for\s+coffee|in\s+person)"
        # 'I would love to meet with you in the future', 'happy to meet with you in person'
        r"|meet\s+(?:with\s+)?you\s+(?:again\s+)?(?:in\s+person|in\s+the\s+(?:near\s+)?future|soon|again|sometime|for\s+(?:a\s+)?(?:coffee|lunch|chat))"
        r"|i(?:'ll|\s+will)\s+(?:call|phone|ring|drop\s+by|stop\s+by|visit))",
        (
            "call",
            "zoom",
            "meet",
            "coffee",
            "chat",
            "lunch",
            "drink",
            "dinner",
            "number",
            "phone",
            "ring",
            "by",
            "visit",
        ),
    ),
    Phrases(
        r"\b(?:(?:are|would)\s+you\s+(?:be\s+)?(?:free|available)\s+(?:for|to|this|next)"
        r"|(?:have|spare|find|got)\s+(?:\d+|a\s+few|five|ten|fifteen|twenty|thirty)\s+(?:minutes|mins)"
        r"|(?:this|next)\s+week\s+for\s+a|(?:[0-9]+|a\s+few|five|ten|fifteen|twenty|thirty)\s+(?:minutes|mins)\s+"
        r"(?:on|in|of|from)\s+your)",
        ("free", "available", "min", "week"),
    ),
    Phrases(
        r"\b(?:move|moving|advance|advancing|progress|progressing|proceed|invite\s+me|get|getting|make\s+it"
        r"|making\s+it)\s+(?:me\s+)?(?:on\s+)?(?:to|into)\s+(?:the\s+|a\s+)?(?:next|final|second)\s+"
        r"(?:round|stage|interview)",
        ("next", "final", "second"),
    ),
    Phrases(
        r"\b(?:schedule|arrange|set\s+up|book)\s+(?:a|the|another|my)\s+(?:second\s+|follow[\s-]up\s+|next\s+)?"
        r"interview",
        ("schedul", "arrang", "set", "book"),
    ),
    # Invitations to talk again: "How about a quick chat?", "I'd love to chat more", "let's grab a coffee".
    Phrases(
        r"\b(?:how\s+about\s+(?:a|another)\s+(?:quick\s+|short\s+|brief\s+|virtual\s+)?(?:chat|call|coffee"
        r"|catch[\s-]?up|meeting|zoom|conversation)"
        r"|(?:'d|would)\s+(?:love|like|be\s+(?:happy|glad|keen|delighted))\s+to\s+(?:chat|talk|speak|catch\s+up"
        r"|meet)\s+(?:more|again|further|sometime|soon|next|over|in\s+person)"
        r"|let's\s+(?:chat|talk|catch\s+up|meet|grab|get\s+(?:a\s+)?coffee|have\s+a\s+(?:chat|call)|hop|jump"
        r"|set\s+up|schedule|find\s+(?:a\s+)?time)"
        r"|(?:can|could|shall)\s+we\s+(?:hop|jump|get|have|set\s+up|schedule|chat|talk|meet|catch\s+up|grab"
        r"|find\s+(?:a\s+)?time)"
        r"|(?:up|open)\s+(?:for|to)\s+a\s+(?:quick\s+)?(?:chat|call|coffee)"
        r"|fancy\s+(?:a|another)\s+(?:quick\s+)?(?:chat|call|coffee|catch[\s-]?up|drink|lunch)"
        r"|(?:chat|call|coffee|catch[\s-]?up)\s+(?:next|this|later\s+this)\s+(?:week|month)\b(?!\s+(?:was|were)))\b",
        (
            "about",
            "love",
            "like",
            "happy",
            "glad",
            "keen",
            "delighted",
            "let's",
            "we",
            "up",
            "open",
            "fancy",
            "week",
            "month",
        ),
    ),
)
REFERRAL = AnyOf(
    Phrases(
        r"\b(?:refer\s+me|referral|(?:put|say|put\s+in)\s+a\s+good\s+word|good\s+word\s+for\s+me"
        r"|recommend\s+me|vouch\s+for\s+me|endorse\s+me|pass\s+(?:my|along\s+my)\s+(?:resume|cv|application)"
        r"|forward\s+my\s+(?:resume|cv|application)|introduce\s+me\s+to)",
        ("refer", "word", "recommend", "vouch", "endorse", "pass", "forward", "introduce"),
    ),
    Phrases(
        r"\b(?:keep\s+me\s+in\s+mind|(?:think|thought|thinking)\s+of\s+me\b|(?:keep|have)\s+me\s+on\s+your\s+radar"
        r"|consider(?:ed)?\s+(?:me\s+)?for\s+(?:other|future|any\s+other)\s+(?:roles?|openings?|positions?|opportunities)"
        r"|let\s+me\s+know\s+(?:if|about)\s+(?:any\s+)?(?:other|future)\s+(?:roles?|openings?|positions?|opportunities))",
        ("mind", "think", "thought", "radar", "other", "future"),
    ),
)  # fmt: skip
# Asking for their contact details: never exempt, whatever the facts hold (issue 14, item 13).
CONTACT_ASK = Phrases(
    r"\b(?:(?:share|send|give)\s+(?:me\s+)?your\s+(?:personal\s+)?(?:e-?mail|phone|cell|mobile|number|contact)"
    r"|what(?:'s|\s+is)\s+your\s+(?:personal\s+)?(?:e-?mail|phone|cell|mobile|number)"
    r"|(?:best\s+)?(?:phone\s+)?(?:number|e-?mail|way)\s+to\s+reach\s+you|reach\s+you\s+(?:on\s+)?directly"
    r"|your\s+(?:personal\s+)?(?:phone\s+number|cell(?:\s+number)?|mobile\s+number|contact\s+(?:details|info)"
    r"|direct\s+line|e-?mail\s+address))",
    ("mail", "phone", "cell", "mobile", "number", "contact", "line", "reach"),
)
# Asking about pay, in words that never name a topic of the interview: never exempt by the facts (a topic
# 'what is the salary range' must not let the question through).
MONEY_ASKED = AnyOf(
    Phrases(
        r"\b(?:(?:salary|salaries|pay|compensation|comp|wage|rate)\s+(?:range|band|bracket|expectations?|scale"
        r"|package|details|level)"
        r"|(?:how\s+much|what)\s+(?:does|would|will|could|might)\s+(?:it|this|that|the\s+(?:role|job|position))"
        r"\s+(?:pay|offer)"
        r"|how\s+much\s+(?:would|will|could|can|might)\s+i\s+(?:be\s+paid|earn|make|get)"
        r"|what(?:'s|\s+is|\s+would\s+be|\s+will\s+be)\s+the\s+(?:pay|salary|compensation|comp|wage|package"
        r"|rate)\b)",
        ("salar", "pay", "comp", "wage", "rate", "much", "what"),
    ),
    Phrases(
        r"\b(?:(?:six|seven|6|7)[\s-]figures?|[0-9]+\s?k\b)|[$\u00a3\u20ac]\s?[0-9]",
        ("figure", "$", "\u00a3", "\u20ac", *"0123456789"),
    ),
)  # fmt: skip
MONEY = Phrases(
    r"\b(?:salary|salaries|compensation|(?:signing|sign-on)\s+bonus|equity"
    r"|benefits\s+package|stock\s+options|start\s+date|when\s+(?:can|could|would|do)\s+i\s+start"
    r"|i\s+(?:can|could|am\s+able\s+to|am\s+available\s+to|'m\s+available\s+to)\s+start|available\s+to\s+start"
    r"|vacation\s+days|pto|annual\s+leave"
    r"|paid\s+leave|holiday\s+allowance|budget\s+(?:is\s+)?(?:flexible|range|for\s+(?:the|this)\s+role)"
    r"|does\s+the\s+(?:package|offer|role)\s+(?:include|offer))\b",
    ("salar", "compensation", "bonus", "equity", "benefits", "stock", "start", "vacation", "pto",
     "leave", "holiday", "budget", "does"),
)  # fmt: skip
REPEATED = Phrases(
    r"\b(?:following\s+up\s+again|(?:another|one\s+more|a\s+second|a\s+third)\s+follow[\s-]?up"
    r"|(?:quick|gentle|friendly|little)\s+(?:nudge|reminder|bump)|just\s+(?:bumping|circling\s+back)"
    r"|checking\s+in\s+again|haven't\s+heard\s+back|have\s+not\s+heard\s+back|still\s+haven't\s+heard"
    r"|(?:my|the)\s+(?:last|previous|earlier)\s+(?:\w+\s+)?(?:messages?|emails?|notes?|invitations?)"
    r"|got\s+buried|bump(?:ing)?\s+(?:this|my)|resend(?:ing)?|(?:in\s+case|did)\s+you\s+(?:missed|miss))",
    ("again", "another", "more", "second", "third", "nudge", "reminder", "bump", "circling", "heard", "last",
     "previous", "earlier", "buried", "resend", "miss"),
)  # fmt: skip
OTHER_OFFERS = Phrases(
    r"\b(?:(?:other|another|competing|a\s+couple\s+of|two|three|several|multiple|some)\s+(?:other\s+)?(?:job\s+)?offers?"
    r"|offers?\s+on\s+the\s+table|(?:weighing|considering|juggling|have|got)\s+(?:up\s+)?(?:a\s+few\s+|a\s+couple\s+of\s+)?offers"
    r"|(?:another|other)\s+(?:company|companies|firm|employer)\s+(?:is|are|has|have)\s+(?:made|offered|interested)"
    r"|(?:my|your)\s+first\s+choice|deadline\s+to\s+(?:decide|respond|accept))",
    ("offer", "company", "companies", "firm", "employer", "choice", "deadline"),
)  # fmt: skip
EXCLAIM = re.compile(r"!{2,}")
TWO_CAPITALS = re.compile(r"[A-Z]{2}")
CAPS = re.compile(r"\b[A-Z][A-Z']{3,}\b|\b[A-Z]{2,}(?:\s+[A-Z]{2,})+\b")
ACRONYMS = frozenset(
    """ACID AJAX ANSI ASAP AWS BERT CCPA CICD CRUD CSS DBMS DEVOPS DNS ETL FAANG FHIR GAAP GDPR GPU GPUS GRPC
    GTM HIPAA HTML HTTP HTTPS IEEE IFRS JSON JVM KPI KPIS LLM LLMS MLOPS NASA NATO NLP NOSQL OKR OKRS OSHA PCI
    REST RFID SAAS SDK SLA SLAS SLO SLOS SOAP SOC SOX SPA SQL TCP UNIX USA USB UTF WCAG XML YAML API APIS GCP
    CEO CFO CTO COO CMO CISO CRM ERP SEO SRE QA UX UI ML AI AR VR EU UK US NYC IBM SAP NHS CPA CFA MBA PHD
    ESG IPO HR IT""".split()
)
FLATTERY = Phrases(
    r"\b(?:amazing|incredible|incredibly|brilliant|outstanding|extraordinary|phenomenal|awesome|fantastic|"
    r"inspiring|inspirational|inspiration|visionary|genius|legendary|world[\s-]class|remarkable|exceptional|"
    r"stellar|unbelievable|mind[\s-]blowing|superb|magnificent|groundbreaking|ground-breaking|trailblazing|"
    r"pioneering|iconic|unparalleled|unmatched|second\s+to\s+none|best\s+(?:leader|manager|interviewer)|"
    r"huge\s+fan|big\s+fan|admire|idol|rock\s*star|hero|greatest|spectacular|breathtaking|jaw[\s-]dropping|"
    r"masterful|masterclass|superstar|top[\s-]notch|first[\s-]class|best[\s-]in[\s-]class|unbeatable|peerless|"
    r"awe[\s-]inspiring|dazzling|marvell?ous|terrific|revolutionary|game[\s-]chang(?:ing|er)|world[\s-]leading|"
    r"industry[\s-]leading|flawless|unrivall?ed|mind[\s-]boggling|legend|guru|wizard|unreal|insanely)\b",
    ("amazing", "incredibl", "brilliant", "outstanding", "extraordinary", "phenomenal", "awesome", "fantastic",
     "inspir", "visionary", "genius", "legend", "world", "remarkable", "exceptional", "stellar",
     "unbelievable", "mind", "superb", "magnificent", "ground", "trailblazing", "pioneering", "iconic",
     "unparalleled", "unmatched", "second", "leader", "manager", "interviewer", "fan", "admire", "idol", "rock",
     "hero", "greatest", "spectacular", "breathtaking", "dropping", "master", "superstar", "notch", "class",
     "unbeatable", "peerless", "awe", "dazzling", "marvel", "terrific", "revolutionary", "chang", "leading",
     "flawless", "unrival", "guru", "wizard", "unreal", "insanely"),
)  # fmt: skip
# An absolute superlative ("the best team in the world", "the greatest company on earth", "the most brilliant
# marketer I have ever met") is flattery however few the other words of praise: it counts as a pile.
HYPERBOLE = Phrases(
    r"\b(?:best|greatest|finest|smartest|brightest|coolest|most\s+[a-z-]+)\s+(?:[a-z,'-]+\s+){0,4}?"
    r"(?:on\s+(?:earth|the\s+planet)|in\s+the\s+(?:world|universe|industry|business|country)|of\s+all\s+time"
    r"|in\s+history|(?:i(?:'ve|\s+have)?\s+)?ever\s+(?:met|known|seen|worked\s+with))\b",
    ("earth", "planet", "world", "universe", "industry", "business", "country", "time", "history", "ever"),
)
PILE = 3
# A sentence, to its end or the end of the text: it always matches, so no start is tried twice (a pattern
# that had to end in "?" tried every start of a long run without one: quadratic, issue 14).
SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?\n]|\Z)")
PROCESS_WORDS = re.compile(
    r"\b(?:decision|decide|decided|status|update|updates|candidacy|application|timeline|shortlist|shortlisted"
    r"|feedback|outcome|result|results|hear\s+back|next\s+steps|offer|selected|progress|running)\b"
)

asks_about_decision_phrases = phrase_check(
    DECISION,
    "Asks about the hiring decision, status or timeline: {!r}.",
    "Remove the question about the decision, status, timeline or next steps; the note only thanks and stays "
    "in touch.",
)


def asks_about_decision(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """The phrases above, and any question about the process ('Is there news on the decision?')."""
    found = list(asks_about_decision_phrases(draft, facts))
    yield from found
    if found or "?" not in draft.folded:
        return
    for q in SENTENCE.finditer(draft.folded):
        if not q.group(0).endswith("?"):
            continue
        word = PROCESS_WORDS.search(q.group(0))
        if word and not facts.mentions(word.group(0)):
            yield Finding(
                f"Asks a question about the hiring process: {draft.text[q.start() : q.end()].strip()!r}.",
                "Remove the question about the decision, status, timeline or next steps; the note only thanks "
                "and stays in touch.",
                q.span(),
            )


hard_sell = phrase_check(
    HARD_SELL,
    "Sells hard or presumes the offer: {!r}.",
    "Drop the claim about being the perfect or best candidate, and do not write as if hired; show interest "
    "through the topic you discussed instead.",
)
begging = phrase_check(
    BEGGING,
    "Pleads for the job: {!r}.",
    "Remove the plea; state your interest once, calmly, for example 'I remain very interested in the role'.",
)
pushes_meeting = phrase_check(
    MEETING,
    "Pushes for a call, meeting or next round: {!r}.",
    "Remove the request for a call, coffee, meeting or next round; close with 'I'd be glad to stay in touch' "
    "instead.",
)


def _safe_facts(facts: Facts) -> tuple[str, set[str]]:
    """The role, the company and the topics a message may name, folded, and the stems of their words: what
    may exempt a word such as 'salary' ('salary benchmarking' as the work discussed). A topic kept out as an
    instruction exempts nothing."""
    ctx = facts.context
    raw = fold("\n".join([ctx.role, ctx.company, *(t for t in ctx.topics if may_name_topic(t))]))
    return raw, {stem(w) for w in WORD.findall(raw)}


def _in_safe_facts(phrase: str, safe: tuple[str, set[str]]) -> bool:
    raw, stems = safe
    if phrase in raw:
        return True
    words = [w for w in WORD.findall(phrase) if w not in STOPWORDS]
    return bool(words) and all(stem(w) in stems for w in words)


def _never_exempt_first(strict, lenient, draft: Draft, facts: Facts) -> list[re.Match[str]]:
    """The matches of `strict` whatever the facts hold, and those of `lenient` not in the safe facts and
    not inside a strict match, in order (each tested against the strict ones by bisection: linear)."""
    hard = sorted(strict.finditer(draft.folded), key=lambda m: m.start())
    starts = [h.start() for h in hard]
    reach = list(itertools.accumulate((h.end() for h in hard), max))  # the furthest end so far
    safe = None
    soft = []
    for m in lenient.finditer(draft.folded):
        before = bisect.bisect_left(starts, m.end()) - 1
        if before >= 0 and reach[before] > m.start():
            continue  # inside a strict match
        safe = safe or _safe_facts(facts)
        if not _in_safe_facts(m.group(0), safe):
            soft.append(m)
    return sorted(hard + soft, key=lambda m: m.start())


def asks_referral(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """A referral, a good word (unless the facts name it: 'the referral program'), or their contact details
    (whatever the facts hold)."""
    for m in _never_exempt_first(CONTACT_ASK, REFERRAL, draft, facts):
        yield Finding(
            f"Asks for a referral, a good word or contact details: {shorten(draft.text[m.start() : m.end()])!r}.",
            "Remove the request for a referral, a recommendation or contact details; ask for nothing.",
            m.span(),
        )


def salary_or_start(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """Pay, benefits or a start date. A question about pay or a figure counts whatever the facts hold; a word
    such as 'salary' is left alone when a topic the message may name holds it ('salary benchmarking')."""
    for m in _never_exempt_first(MONEY_ASKED, MONEY, draft, facts):
        yield Finding(
            f"Raises pay, benefits or a start date: {shorten(draft.text[m.start() : m.end()])!r}.",
            "Remove any mention of salary, benefits, leave or start date; those belong to the recruiter, later.",
            m.span(),
        )


mentions_other_offers = phrase_check(
    OTHER_OFFERS,
    "Brings other offers or a deadline into the note: {!r}.",
    "Leave other offers and deadlines out; this note thanks this interviewer and nothing more.",
)
repeated_wording = phrase_check(
    REPEATED,
    "Reads as one follow-up too many: {!r}.",
    "Do not mention earlier messages or nudge; write one self-contained note that thanks and stays in touch.",
)
# What already went to this interviewer (the context's `history`, from the journal) and makes this message
# one too many: a second note after a request, a second follow-up, a second thank-you email.
ALREADY_SENT = {
    "connection_note": ("connection_note", "connection_request"),
    "follow_up": ("follow_up",),
    "thank_you_email": ("thank_you_email",),
    "after_rejection": ("after_rejection",),
    "after_offer": ("after_offer",),
}
ONE_TOO_MANY = (
    "Do not send this {kind}: one already went to them; wait for their reply (the article: avoid excessive "
    "follow-ups)."
)


def repeated_follow_up(draft: Draft, facts: Facts) -> Iterator[Finding]:
    """Wording that nudges ('following up again'), or, with a history, a message of a kind already sent to
    this person, or a second status check (asking about the decision after one went out)."""
    yield from repeated_wording(draft, facts)
    history = facts.context.history
    kind = facts.context.kind
    earlier = [h for h in history if h.kind in ALREADY_SENT.get(kind, ())]
    if earlier:
        first = earlier[0]
        yield Finding(
            f"A {first.kind.replace('_', ' ')} already went to {facts.context.interviewer_name} on "
            f"{first.sent_on}; this {kind.replace('_', ' ')} would be number {len(earlier) + 1}.",
            ONE_TOO_MANY.format(kind=kind.replace("_", " ")),
        )
    checked = [h for h in history if h.kind == "status_check"]
    if checked and any(True for _ in DECISION.finditer(draft.folded)):
        yield Finding(
            f"Asks about the decision again after the status check of {checked[0].sent_on}.",
            "Remove the question about the decision: one status check was sent, and a second is one too many.",
        )


def shouting(draft: Draft, facts: Facts) -> Iterator[Finding]:
    text = draft.text
    total = text.count("!")
    for m in EXCLAIM.finditer(text) if "!!" in text else ():
        yield Finding(
            f"Uses {len(m.group(0))} exclamation marks in a row.",
            "Use at most one '!' in the whole note, or none.",
            m.span(),
        )
    if total >= 3 and "!!" not in text:
        yield Finding(f"Uses {total} exclamation marks.", "Use at most one '!' in the whole note, or none.")
    for m in CAPS.finditer(text) if TWO_CAPITALS.search(text) else ():
        words = [w.strip("'") for w in m.group(0).split()]
        if all(w in ACRONYMS or w.lower() in facts.vocabulary for w in words):
            continue
        if len(words) == 1 and len(words[0]) < 4:
            continue
        yield Finding(
            f"Shouts in capitals: {shorten(m.group(0))!r}.",
            f"Write {shorten(m.group(0))!r} in normal case.",
            m.span(),
        )


def flattery(draft: Draft, facts: Facts) -> Iterator[Finding]:
    found = list(findings_for(FLATTERY, draft, facts, "{!r}", ""))
    absolute = list(findings_for(HYPERBOLE, draft, facts, "{!r}", ""))
    if len(found) >= PILE or absolute:
        words = ", ".join(f.message for f in absolute + found)
        yield Finding(
            f"Piles up {len(found)} superlatives ({words})."
            if not absolute
            else f"Praises in absolutes ({words}).",
            "Keep at most one plain word of praise, never 'the best in the world', and let the specific topic "
            "show your interest.",
            (absolute or found)[0].span,
        )


# A status check asks about the decision, once, by design: guardrails.status_check judges how.
ASKS_ABOUT_DECISION = Rule(
    "eagerness.asks_about_decision",
    "eagerness",
    "error",
    asks_about_decision,
    kinds=EVERY_KIND - {STATUS_CHECK},
)
HARD_SELL_RULE = Rule("eagerness.hard_sell", "eagerness", "error", hard_sell)
BEGGING_RULE = Rule("eagerness.begging", "eagerness", "error", begging)
PUSHES_MEETING = Rule("eagerness.pushes_meeting", "eagerness", "error", pushes_meeting)
ASKS_REFERRAL = Rule("eagerness.asks_referral", "eagerness", "error", asks_referral)
SALARY_OR_START = Rule("eagerness.salary_or_start", "eagerness", "error", salary_or_start)
MENTIONS_OTHER_OFFERS = Rule("eagerness.mentions_other_offers", "eagerness", "error", mentions_other_offers)
REPEATED_FOLLOW_UP = Rule("eagerness.repeated_follow_up", "eagerness", "error", repeated_follow_up)
SHOUTING = Rule("eagerness.shouting", "eagerness", "error", shouting)
FLATTERY_RULE = Rule("eagerness.flattery", "eagerness", "error", flattery)
RULES = [
    ASKS_ABOUT_DECISION, HARD_SELL_RULE, BEGGING_RULE, PUSHES_MEETING, ASKS_REFERRAL, SALARY_OR_START,
    MENTIONS_OTHER_OFFERS, REPEATED_FOLLOW_UP, SHOUTING, FLATTERY_RULE,
]  # fmt: skip
