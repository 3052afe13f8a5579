"""Eagerness: a note after an interview thanks and stays in touch. Asking about the decision, selling hard,
begging, pressing for a call or a referral, or raising pay reads as pressure (the article: 'no pressure,
no excessive follow-ups')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from guardrails.facts import Facts
from guardrails.rule import Finding, Rule, findings_for
from guardrails.text import Draft

_DECISION = re.compile(
    r"\b(?:any\s+(?:updates?|news|word|feedback)(?:\s+(?:on|about|regarding)\b[^.?!]{0,40})?"
    r"|(?:an?\s+)?updates?\s+(?:on|about|regarding)\s+(?:my|the)\s+(?:application|candidacy|status|decision|"
    r"process|hiring|role|position)"
    r"|(?:have|has)\s+(?:you|the\s+team|a\s+decision)\s+(?:made|reached|been\s+made|decided)"
    r"|(?:made|reached)\s+a\s+decision"
    r"|decision\s+(?:yet|soon)|decided\s+yet"
    r"|when\s+(?:will|can|could|should|might|do)\s+(?:i|we)\s+(?:hear|expect|know|get)"
    r"|when\s+(?:will|do)\s+you\s+(?:decide|expect\s+to\s+decide|make\s+a\s+decision)"
    r"|hear\s+back\s+(?:soon|shortly|by|this\s+week|next\s+week|about|on|regarding)"
    r"|hope\s+to\s+hear\s+(?:good\s+news|back)"
    r"|(?:status|outcome)\s+of\s+(?:my|the)\s+(?:application|candidacy|interview|process)"
    r"|where\s+(?:things|i)\s+stands?"
    r"|(?:what|share|know|let\s+me\s+know)\s+(?:are\s+|about\s+|of\s+)?the\s+next\s+steps"
    r"|next\s+steps\s*\?|timeline\s*\?"
    r"|(?:what(?:'s|\s+is)|share|know)\s+the\s+(?:hiring\s+)?timeline"
    r"|did\s+i\s+(?:get|make)\s+(?:it|the\s+(?:job|cut|next\s+round))"
    r"|(?:move|moving)\s+forward\s+with\s+(?:me|my)"
    r"|keep\s+me\s+(?:posted|updated|informed))"
)
_HARD_SELL = re.compile(
    r"\b(?:(?:perfect|ideal|best|only|obvious|dream)\s+(?:fit|candidate|match|person\s+for|hire|choice)"
    r"|(?:the\s+)?right\s+(?:candidate|person\s+for|choice|hire)"
    r"|you\s+won't\s+regret|you\s+will\s+not\s+regret|look\s+no\s+further|hire\s+me|i\s+am\s+exactly\s+what"
    r"|i'm\s+exactly\s+what|exactly\s+what\s+you(?:'re|\s+are)\s+looking\s+for|no\s+one\s+(?:else\s+)?is\s+better"
    r"|better\s+than\s+(?:any|all)\s+(?:other|the\s+other)|(?:guarantee|promise)\s+(?:you|that\s+i)"
    r"|you\s+need\s+me|can't\s+afford\s+to\s+(?:miss|pass))"
)
_BEGGING = re.compile(
    r"\b(?:please\s+(?:hire|pick|choose|select|consider\s+me|give\s+me|don't)|give\s+me\s+a\s+(?:chance|shot)"
    r"|i\s+(?:really\s+|truly\s+)?need\s+this\s+(?:job|role|position)|begging|beg\s+you|desperate(?:ly)?"
    r"|i'd\s+do\s+anything|i\s+would\s+do\s+anything|(?:really|so)\s+hope\s+you\s+(?:pick|choose|hire)"
    r"|my\s+last\s+chance|please,?\s+please)"
)
_MEETING = re.compile(
    r"\b(?:(?:schedule|set\s+up|hop\s+on|jump\s+on|book|arrange|have|grab|get)\s+(?:a\s+|another\s+)?"
    r"(?:quick\s+|short\s+|brief\s+|15[\s-]minute\s+|follow[\s-]up\s+)?(?:call|phone\s+call|zoom|meeting|"
    r"coffee|chat\s+(?:this|next)\s+week|lunch|drink)"
    r"|call\s+me|give\s+me\s+a\s+call|my\s+(?:phone\s+)?number\s+is|meet\s+(?:up|for\s+coffee|in\s+person)"
    r"|(?:are|would)\s+you\s+(?:be\s+)?(?:free|available)\s+(?:for|to|this|next)"
    r"|(?:this|next)\s+week\s+for\s+a|\d+\s+minutes\s+of\s+your\s+time|(?:next|final)\s+(?:round|stage)"
    r"|(?:schedule|arrange|set\s+up|book)\s+(?:a|the|another|my)\s+(?:second\s+|follow[\s-]up\s+|next\s+)?interview)"
)
_REFERRAL = re.compile(
    r"\b(?:refer\s+me|referral|(?:put|say|put\s+in)\s+a\s+good\s+word|good\s+word\s+for\s+me"
    r"|recommend\s+me|vouch\s+for\s+me|endorse\s+me|pass\s+(?:my|along\s+my)\s+(?:resume|cv|application)"
    r"|forward\s+my\s+(?:resume|cv|application)|introduce\s+me\s+to"
    r"|(?:share|send|give)\s+(?:me\s+)?your\s+(?:personal\s+)?(?:email|phone|cell|mobile|number|contact)"
    r"|what(?:'s|\s+is)\s+your\s+(?:personal\s+)?(?:email|phone|cell|mobile|number)"
    r"|your\s+(?:personal\s+)?(?:phone\s+number|cell(?:\s+number)?|mobile\s+number|contact\s+(?:details|info)"
    r"|direct\s+line|email\s+address))"
)
_MONEY = re.compile(
    r"\b(?:salary|salaries|compensation|pay\s+(?:range|band|scale)|(?:signing|sign-on)\s+bonus|equity\s+package"
    r"|benefits\s+package|stock\s+options|start\s+date|when\s+(?:can|could|would|do)\s+i\s+start"
    r"|(?:how\s+much|what)\s+(?:does|would)\s+(?:it|the\s+role)\s+pay|vacation\s+days|pto)\b"
)
_EXCLAIM = re.compile(r"!{2,}")
_CAPS = re.compile(r"\b[A-Z][A-Z']{3,}\b|\b[A-Z]{2,}(?:\s+[A-Z]{2,})+\b")
ACRONYMS = frozenset(
    """ACID AJAX ANSI ASAP AWS BERT CCPA CICD CRUD CSS DBMS DEVOPS DNS ETL FAANG FHIR GAAP GDPR GPU GRPC GTM
    HIPAA HTML HTTP HTTPS IEEE IFRS JSON JVM KPI KPIS LLM LLMS MLOPS NASA NATO NLP NOSQL OKR OKRS OSHA PCI
    REST RFID SAAS SDK SLA SLAS SLO SLOS SOAP SOC SOX SPA SQL TCP UNIX USA USB UTF WCAG XML YAML API APIS
    CEO CFO CTO COO CMO CISO CRM ERP SEO SRE QA UX UI ML AI AR VR EU UK US NYC IBM SAP AT&T""".split()
)
_FLATTERY = re.compile(
    r"\b(?:amazing|incredible|incredibly|brilliant|outstanding|extraordinary|phenomenal|awesome|fantastic|"
    r"inspiring|inspirational|visionary|genius|legendary|world[\s-]class|remarkable|exceptional|stellar|"
    r"unbelievable|mind[\s-]blowing|superb|magnificent|best\s+(?:leader|manager|interviewer|team)|"
    r"huge\s+fan|big\s+fan|admire|idol|rock\s*star|hero)\b"
)


def asks_about_decision(draft: Draft, facts: Facts) -> Iterator[Finding]:
    yield from findings_for(
        _DECISION, draft.folded,
        lambda s: f"Asks about the hiring decision, status or timeline: {s!r}.",
        "Remove the question about the decision, status, timeline or next steps; the note only thanks "
        "and stays in touch.",
        facts.raw,
    )  # fmt: skip


def hard_sell(draft: Draft, facts: Facts) -> Iterator[Finding]:
    yield from findings_for(
        _HARD_SELL, draft.folded,
        lambda s: f"Sells hard: {s!r}.",
        "Drop the claim about being the perfect or best candidate; show interest through the topic you "
        "discussed instead.",
        facts.raw,
    )  # fmt: skip


def begging(draft: Draft, facts: Facts) -> Iterator[Finding]:
    yield from findings_for(
        _BEGGING, draft.folded,
        lambda s: f"Pleads for the job: {s!r}.",
        "Remove the plea; state your interest once, calmly, for example 'I remain very interested in the "
        "role'.",
        facts.raw,
    )  # fmt: skip


def pushes_meeting(draft: Draft, facts: Facts) -> Iterator[Finding]:
    yield from findings_for(
        _MEETING, draft.folded,
        lambda s: f"Pushes for a call, meeting or next round: {s!r}.",
        "Remove the request for a call, coffee, meeting or next round; close with 'I'd be glad to stay in "
        "touch' instead.",
        facts.raw,
    )  # fmt: skip


def asks_referral(draft: Draft, facts: Facts) -> Iterator[Finding]:
    yield from findings_for(
        _REFERRAL, draft.folded,
        lambda s: f"Asks for a referral, a good word or contact details: {s!r}.",
        "Remove the request for a referral, a recommendation or contact details; ask for nothing.",
        facts.raw,
    )  # fmt: skip


def salary_or_start(draft: Draft, facts: Facts) -> Iterator[Finding]:
    yield from findings_for(
        _MONEY, draft.folded,
        lambda s: f"Raises pay, benefits or a start date: {s!r}.",
        "Remove any mention of salary, benefits or start date; those belong to the recruiter, later.",
        facts.raw,
    )  # fmt: skip


def shouting(draft: Draft, facts: Facts) -> Iterator[Finding]:
    text = draft.text
    total = text.count("!") + text.count("\uff01")
    for m in _EXCLAIM.finditer(text):
        yield Finding(
            f"Uses {len(m.group(0))} exclamation marks in a row.",
            "Use at most one '!' in the whole note, or none.",
            m.span(),
        )
    if total >= 3 and not _EXCLAIM.search(text):
        yield Finding(f"Uses {total} exclamation marks.", "Use at most one '!' in the whole note, or none.")
    for m in _CAPS.finditer(text):
        words = [w.strip("'") for w in m.group(0).split()]
        if all(w in ACRONYMS or w.lower() in facts.vocabulary for w in words):
            continue
        if len(words) == 1 and len(words[0]) < 4:
            continue
        yield Finding(
            f"Shouts in capitals: {m.group(0)!r}.",
            f"Write {m.group(0)!r} in normal case.",
            m.span(),
        )


def flattery(draft: Draft, facts: Facts) -> Iterator[Finding]:
    found = [m for m in _FLATTERY.finditer(draft.folded) if m.group(0) not in facts.vocabulary]
    if len(found) >= 3:
        words = ", ".join(repr(draft.text[m.start() : m.end()]) for m in found)
        yield Finding(
            f"Piles up {len(found)} superlatives ({words}).",
            "Keep at most one word of praise, and let the specific topic show your interest.",
            found[0].span(),
        )


ASKS_ABOUT_DECISION = Rule("eagerness.asks_about_decision", "eagerness", "error", asks_about_decision)
HARD_SELL = Rule("eagerness.hard_sell", "eagerness", "error", hard_sell)
BEGGING = Rule("eagerness.begging", "eagerness", "error", begging)
PUSHES_MEETING = Rule("eagerness.pushes_meeting", "eagerness", "error", pushes_meeting)
ASKS_REFERRAL = Rule("eagerness.asks_referral", "eagerness", "error", asks_referral)
SALARY_OR_START = Rule("eagerness.salary_or_start", "eagerness", "error", salary_or_start)
SHOUTING = Rule("eagerness.shouting", "eagerness", "error", shouting)
FLATTERY = Rule("eagerness.flattery", "eagerness", "error", flattery)
RULES = [ASKS_ABOUT_DECISION, HARD_SELL, BEGGING, PUSHES_MEETING, ASKS_REFERRAL, SALARY_OR_START, SHOUTING,
         FLATTERY]  # fmt: skip
