"""The send plan: whether, when and how to reach out after an interview, following the article's guidance.

    >>> import datetime as dt
    >>> from composer.plan import Situation, make_plan
    >>> plan = make_plan(Situation(interview_date="2026-05-18", vibe="positive"), today=dt.date(2026, 5, 18))
    >>> plan.action, plan.send_on, plan.alternative
    ('wait', datetime.date(2026, 5, 20), 'thank_you_email')

Pure and deterministic: `make_plan(situation, today)` reads no clock (the command line passes
`date.today()`). Every reason quotes the sentence of the article it rests on (`GUIDANCE`).

The plan is made by `STEPS`, one per branch (`BRANCHES` are their names), in order: the first step whose
`decide` returns a `Decision` makes the plan, and the last one always does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from composer.context import normal_choice
from composer.vocabulary import ACTIONS, ALTERNATIVES, CULTURES, FORMALITIES, OUTCOMES, VIBES

Vibe = Literal[VIBES]
Formality = Literal[FORMALITIES]
Culture = Literal[CULTURES]
Outcome = Literal[OUTCOMES]
Action = Literal[ACTIONS]
Alternative = Literal[ALTERNATIVES]

WAIT_DAYS = 2  # "wait a few days": the first day a connection request goes out after a good interview
FRESH_DAYS = 7  # "within a few days ... keeps your recent interaction fresh"; later, the note must remind
THANK_YOU_DAYS = 2  # a thank-you email goes out "within a day or so"; this is the last day it is timely
MAX_DAYS = 30  # past this, the advice on reaching out *after an interview* no longer applies
DATE_RANGE = (dt.date(1970, 1, 1), dt.date(2100, 12, 31))  # dates a plan is made for (and sums stay in range)

# The sentences of the article (seed/connecting-on-linkedin-after-an-interview.txt) the plan rests on,
# verbatim apart from straight quotes and a capital at the start (a test holds them to the article).
GUIDANCE = {
    "wait": (
        "Many experts suggest waiting a few days after the interview before sending a connection request."
    ),
    "fresh": ("It's wise to send a connection request within a few days following your interview."),
    "remind": (
        "Start by sending a personalized connection request that briefly mentions your recent interview. "
        "This reminder will help jog their memory and make it clear why you're reaching out."
    ),
    "positive": (
        "If the interview went well and you felt a positive rapport with the interviewers, connecting can "
        "be a great way to maintain that relationship."
    ),
    "formal": (
        "If the interview was formal and the rapport was minimal, it may be best to refrain from sending "
        "a connection request immediately."
    ),
    "forward": (
        "In conservative industries or highly formal interviews, connecting may be seen as overly forward."
    ),
    "negative": (
        "If you felt the interview went poorly or did not align with your expectations, it might be best "
        "to reassess before connecting."
    ),
    "culture_fit": (
        "If the company emphasizes team cohesion and encourages networking, this can be an excellent "
        "opportunity to build connections."
    ),
    "traditional": (
        "If the office dynamic seems more traditional, you might want to take a more reserved approach."
    ),
    "feedback": (
        "If you encounter delays in the hiring process or feel the interview was less favorable, it might "
        "be better to wait until you receive feedback."
    ),
    "top_of_mind": (
        "By connecting on LinkedIn, you become a part of their professional network, which keeps you in "
        "their thoughts as they make hiring decisions."
    ),
    "maintain": (
        "It allows you to maintain the professional relationship you've established during the interview "
        "process."
    ),
    "future": (
        "Even if you're not offered the position, a connection with interviewers could lead to future job "
        "opportunities, referrals, or collaborations."
    ),
    "thank_you": (
        "Sending a thoughtful thank you email reiterating your interest in the position is a great way to "
        "keep the lines of communication open."
    ),
    "engage": (
        "Engaging with their professional content (liking, commenting, sharing) shows your interest and "
        "keeps you relevant in their professional sphere."
    ),
}


def said(key: str) -> str:
    return f'the article: "{GUIDANCE[key]}"'


class PlanError(ValueError):
    """A situation the advice does not cover (an interview in the future, or too long ago)."""

    def __init__(self, field: str, detail: str) -> None:
        super().__init__(f"{field} {detail}")
        self.field = field
        self.detail = detail


class Situation(BaseModel):
    """How the interview went and what is known since: what the plan is made from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    interview_date: dt.date = Field(description="The day of the interview.")
    vibe: Vibe = Field(description="How it went: positive, neutral or negative.")
    formality: Formality | None = Field(None, description="formal or casual; None when not said.")
    culture: Culture = Field("unknown", description="The company's networking culture, if known.")
    decision_by: dt.date | None = Field(None, description="The day the decision is expected, if known.")
    outcome: Outcome = Field("none", description="none (still open), offer or rejected.")

    @field_validator("vibe", "formality", "culture", "outcome", mode="before")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        return normal_choice(value)

    @field_validator("decision_by")
    @classmethod
    def _not_before_interview(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        interview = info.data.get("interview_date")
        if value is not None and interview is not None and value < interview:
            raise ValueError(
                f"{value} is before the interview ({interview}): give the day the decision is expected"
            )
        return value


class Plan(BaseModel):
    """What to do: `connect` today, `wait` until `send_on`, or `hold_off`; `alternative` is the other
    channel to use instead (or meanwhile); `reasons` quote the guidance each step rests on."""

    model_config = ConfigDict(frozen=True)

    action: Action
    send_on: dt.date | None
    alternative: Alternative | None
    reasons: list[str]
    branch: str
    days_since_interview: int
    thank_you_email_by: dt.date | None = Field(
        description="The last day a thank-you email is timely; None once past, or when the outcome is known."
    )

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def _days_since_interview(s: Situation, today: dt.date) -> int:
    """Days from the interview to `today`; raises `PlanError` for a date the advice does not cover."""
    first, last = DATE_RANGE
    for field, day in (
        ("today", today),
        ("interview_date", s.interview_date),
        ("decision_by", s.decision_by),
    ):
        if day is not None and not first <= day <= last:
            raise PlanError(field, f"{day} is outside the dates a plan is made for ({first} to {last})")
    days = (today - s.interview_date).days
    if days < 0:
        raise PlanError(
            "interview_date",
            f"{s.interview_date} is {_days(-days)} after today ({today}): "
            "give the day the interview took place",
        )
    if days > MAX_DAYS:
        raise PlanError(
            "interview_date",
            f"{s.interview_date} is {days} days ago; this advice covers the first {MAX_DAYS} days after an "
            "interview: check the date, or reach out as you would to any professional contact",
        )
    return days


@dataclass(frozen=True)
class Now:
    """The situation as of `today`, and the dates that follow from it: what every step reads."""

    situation: Situation
    today: dt.date

    @property
    def days(self) -> int:
        """Days since the interview."""
        return (self.today - self.situation.interview_date).days

    @property
    def email_by(self) -> dt.date:
        """The last day a thank-you email is timely."""
        return self.situation.interview_date + dt.timedelta(days=THANK_YOU_DAYS)

    @property
    def email_timely(self) -> bool:
        return self.situation.outcome == "none" and self.today <= self.email_by

    @property
    def earliest(self) -> dt.date:
        """The first day a connection request goes out after a good interview."""
        return self.situation.interview_date + dt.timedelta(days=WAIT_DAYS)

    def instead(self) -> tuple[Alternative, str]:
        """The other channel while holding off, and the reason for it."""
        if self.email_timely:
            return "thank_you_email", (
                f"Send a thank-you email instead, by {self.email_by} (within a day or so of the interview); "
                + said("thank_you")
            )
        return "engage_with_posts", (
            f"It is {_days(self.days)} since the interview, past the day or so a thank-you email allows; "
            "engage with their posts instead; " + said("engage")
        )

    def meanwhile_email(self) -> str:
        return f"Meanwhile a thank-you email by {self.email_by} is always fine; " + said("thank_you")


class Decision(NamedTuple):
    """What a step decides; `make_plan` adds the branch (the step's name) and the days and dates."""

    action: Action
    send_on: dt.date | None
    alternative: Alternative | None
    reasons: list[str]


class Step(NamedTuple):
    """One branch of the plan: `decide` returns a `Decision` when the branch applies, else None."""

    name: str
    decide: Callable[[Now], Decision | None]


# The outcome is known: the decision is made, so reaching out can no longer read as pressing for it.


def _offer(now: Now) -> Decision | None:
    if now.situation.outcome != "offer":
        return None
    return Decision(
        "connect",
        now.today,
        None,
        [
            "You have an offer: the decision is made, so a connection request cannot read as pressing "
            "for it; " + said("maintain"),
        ],
    )


def _reserved(s: Situation) -> list[str]:
    """Why to keep the distance after a rejection: a poor, formal interview or a conservative culture."""
    reserved: list[str] = []
    if s.vibe == "negative":
        reserved.append("The interview went poorly; " + said("negative"))
    if s.formality == "formal":
        reserved.append("The interview was formal; " + said("forward"))
    if s.culture == "conservative":
        reserved.append("The company's culture is conservative; " + said("traditional"))
    return reserved


def _rejected_reserved(now: Now) -> Decision | None:
    if now.situation.outcome != "rejected":
        return None
    reserved = _reserved(now.situation)
    if not reserved:
        return None
    return Decision(
        "hold_off",
        None,
        "engage_with_posts",
        [
            *reserved,
            "The role went to someone else; to stay on their radar for later openings without a "
            "request, engage with their posts; " + said("engage"),
        ],
    )


def _rejected_network(now: Now) -> Decision | None:
    if now.situation.outcome != "rejected":
        return None
    return Decision(
        "connect",
        now.today,
        None,
        [
            "The role went to someone else, but the rapport was not poor: connect for future networking, "
            "thank them and ask for nothing; " + said("future"),
        ],
    )


# Still open. First, the reasons to hold off: each is a step, and the plan gives all that apply.


def _poor_rapport(s: Situation) -> list[str]:
    if s.vibe != "negative":
        return []
    return ["You felt the interview went poorly; " + said("negative")]


def _conservative_culture(s: Situation) -> list[str]:
    if s.culture != "conservative":
        return []
    return [
        "The company's culture is conservative; " + said("traditional"),
        "A request may read as too forward; " + said("forward"),
    ]


def _too_formal(s: Situation) -> list[str]:
    """A formal interview holds the request back, unless it went well and the culture encourages networking."""
    if s.formality != "formal" or (s.vibe == "positive" and s.culture == "encouraged"):
        return []
    if s.vibe == "positive":
        return ["The interview was formal; " + said("forward")]
    return ["The interview was formal and the rapport minimal; " + said("formal")]


_CAUTIONS = (_poor_rapport, _conservative_culture, _too_formal)


def _hold_off_for(caution: Callable[[Situation], list[str]]) -> Callable[[Now], Decision | None]:
    """A step that holds off when `caution` applies, giving the reasons of every caution that does."""

    def hold_off(now: Now) -> Decision | None:
        if not caution(now.situation):
            return None
        alternative, why = now.instead()
        reasons = [reason for each in _CAUTIONS for reason in each(now.situation)]
        return Decision("hold_off", None, alternative, [*reasons, why])

    return hold_off


# Nothing calls for holding off: the decision timeline, then the article's timing.


def _decision_overdue(now: Now) -> Decision | None:
    decision_by = now.situation.decision_by
    if decision_by is None or decision_by >= now.today:
        return None
    alternative, why = now.instead()
    return Decision(
        "hold_off",
        None,
        alternative,
        [
            f"The decision was expected by {decision_by} and has not come: the process is delayed, so "
            "wait for feedback, then run the plan again with the outcome; " + said("feedback"),
            why,
        ],
    )


def _wait_for_feedback(now: Now) -> Decision | None:
    s = now.situation
    if s.vibe != "neutral" or s.culture == "encouraged" or s.decision_by is None:
        return None
    reasons = [
        f"The interview was neither clearly good nor poor and the decision is due by {s.decision_by}: "
        "wait until you hear back, then run the plan again with the outcome; " + said("feedback"),
    ]
    if now.email_timely:
        reasons.append(now.meanwhile_email())
    alternative = "thank_you_email" if now.email_timely else None
    return Decision("wait", s.decision_by + dt.timedelta(days=1), alternative, reasons)


def _signals(s: Situation) -> list[str]:
    """What speaks for connecting; the article's general timing when nothing in particular does."""
    signals: list[str] = []
    if s.vibe == "positive":
        signals.append("The interview went well; " + said("positive"))
    if s.culture == "encouraged":
        signals.append("The company encourages networking; " + said("culture_fit"))
    if s.formality == "formal":  # only reached when positive and the culture encourages networking
        signals.append("The interview was formal, but the rapport was good and the culture welcomes it.")
    return signals or [
        "The interview was neither clearly good nor poor, and nothing calls for holding off: the "
        "article's general timing applies; " + said("fresh")
    ]


def _before_decision(s: Situation) -> list[str]:
    if s.decision_by is None:
        return []
    return [f"Connecting before the decision ({s.decision_by}) is fine; " + said("top_of_mind")]


def _wait(now: Now, decision: list[str]) -> Decision:
    """Wait until `now.earliest`, a thank-you email meanwhile; `decision` says how the decision date bears."""
    wait = (
        f"Wait until {now.earliest} ({_days(WAIT_DAYS)} after the interview) before sending the request; "
        + said("wait")
    )
    reasons = [*_signals(now.situation), wait, *decision, now.meanwhile_email()]
    return Decision("wait", now.earliest, "thank_you_email", reasons)


def _decision_before_wait(now: Now) -> Decision | None:
    decision_by = now.situation.decision_by
    if now.today >= now.earliest or decision_by is None or decision_by >= now.earliest:
        return None
    return _wait(
        now,
        [
            f"The decision is due by {decision_by}, before then: send the thank-you email now so it "
            f"reaches them while they decide, and if the outcome is known by {now.earliest}, run the plan "
            "again with it."
        ],
    )


def _wait_few_days(now: Now) -> Decision | None:
    if now.today >= now.earliest:
        return None
    return _wait(now, _before_decision(now.situation))


def _connect(now: Now, timing: str) -> Decision:
    reasons = [*_signals(now.situation), *_before_decision(now.situation), timing]
    return Decision("connect", now.today, None, reasons)


def _connect_now(now: Now) -> Decision | None:
    if now.days > FRESH_DAYS:
        return None
    return _connect(
        now, f"It is {_days(now.days)} since the interview: a few days, as advised; " + said("wait")
    )


def _connect_late(now: Now) -> Decision:
    return _connect(
        now,
        f"It is {_days(now.days)} since the interview, later than the few days advised: connect now, and say "
        "which interview it was (the role and the day); " + said("remind"),
    )


# The plan's branches in order: the first step that decides makes the plan. The last always decides.
STEPS = (
    Step("offer", _offer),
    Step("rejected_reserved", _rejected_reserved),
    Step("rejected_network", _rejected_network),
    Step("negative", _hold_off_for(_poor_rapport)),
    Step("conservative_culture", _hold_off_for(_conservative_culture)),
    Step("formal", _hold_off_for(_too_formal)),
    Step("decision_overdue", _decision_overdue),
    Step("wait_for_feedback", _wait_for_feedback),
    Step("decision_before_wait", _decision_before_wait),
    Step("wait_few_days", _wait_few_days),
    Step("connect_now", _connect_now),
    Step("connect_late", _connect_late),
)

# Which branch of the plan decided, for programs and tests: every branch has at least one test.
BRANCHES = tuple(step.name for step in STEPS)


def make_plan(situation: Situation, today: dt.date) -> Plan:
    """The recommendation for `situation` as of `today`. Raises `PlanError` for an interview date after
    `today` or more than `MAX_DAYS` before it, and for a date outside `DATE_RANGE`."""
    days = _days_since_interview(situation, today)
    now = Now(situation, today)
    for step in STEPS:
        decision = step.decide(now)
        if decision is not None:
            return Plan(
                **decision._asdict(),
                branch=step.name,
                days_since_interview=days,
                thank_you_email_by=now.email_by if now.email_timely else None,
            )
    raise AssertionError(f"no step decided; the last, {STEPS[-1].name!r}, always does")
