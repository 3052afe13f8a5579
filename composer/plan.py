"""The send plan: whether, when and how to reach out after an interview, following the article's guidance.

    >>> import datetime as dt
    >>> from composer.plan import Situation, make_plan
    >>> plan = make_plan(Situation(interview_date="2026-05-18", vibe="positive"), today=dt.date(2026, 5, 18))
    >>> plan.action, plan.send_on, plan.alternative
    ('wait', datetime.date(2026, 5, 20), 'thank_you_email')

Pure and deterministic: `make_plan(situation, today)` reads no clock (the command line passes
`date.today()`). Every reason quotes the sentence of the article it rests on (`GUIDANCE`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from composer.context import normal_choice

Vibe = Literal["positive", "neutral", "negative"]
Formality = Literal["formal", "casual"]
Culture = Literal["encouraged", "neutral", "conservative", "unknown"]
Outcome = Literal["none", "offer", "rejected"]
Action = Literal["connect", "wait", "hold_off"]
Alternative = Literal["thank_you_email", "engage_with_posts"]

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

# Which branch of the plan decided, for programs and tests: every branch has at least one test.
BRANCHES = (
    "offer",
    "rejected_reserved",
    "rejected_network",
    "negative",
    "conservative_culture",
    "formal",
    "decision_overdue",
    "wait_for_feedback",
    "decision_before_wait",
    "wait_few_days",
    "connect_now",
    "connect_late",
)


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


def make_plan(situation: Situation, today: dt.date) -> Plan:
    """The recommendation for `situation` as of `today`. Raises `PlanError` for an interview date after
    `today` or more than `MAX_DAYS` before it, and for a date outside `DATE_RANGE`."""
    s = situation
    days = _days_since_interview(s, today)

    email_by = s.interview_date + dt.timedelta(days=THANK_YOU_DAYS)
    email_timely = s.outcome == "none" and today <= email_by

    def plan(action: Action, send_on, alternative, reasons: list[str], branch: str) -> Plan:
        return Plan(
            action=action,
            send_on=send_on,
            alternative=alternative,
            reasons=reasons,
            branch=branch,
            days_since_interview=days,
            thank_you_email_by=email_by if email_timely else None,
        )

    def instead() -> tuple[Alternative, str]:
        if email_timely:
            return "thank_you_email", (
                f"Send a thank-you email instead, by {email_by} (within a day or so of the interview); "
                + said("thank_you")
            )
        return "engage_with_posts", (
            f"It is {_days(days)} since the interview, past the day or so a thank-you email allows; engage "
            "with their posts instead; " + said("engage")
        )

    # The outcome is known: the decision is made, so reaching out can no longer read as pressing for it.
    if s.outcome == "offer":
        return plan(
            "connect",
            today,
            None,
            [
                "You have an offer: the decision is made, so a connection request cannot read as pressing "
                "for it; " + said("maintain"),
            ],
            "offer",
        )
    if s.outcome == "rejected":
        reserved = []
        if s.vibe == "negative":
            reserved.append("The interview went poorly; " + said("negative"))
        if s.formality == "formal":
            reserved.append("The interview was formal; " + said("forward"))
        if s.culture == "conservative":
            reserved.append("The company's culture is conservative; " + said("traditional"))
        if reserved:
            return plan(
                "hold_off",
                None,
                "engage_with_posts",
                [
                    *reserved,
                    "The role went to someone else; to stay on their radar for later openings without a "
                    "request, engage with their posts; " + said("engage"),
                ],
                "rejected_reserved",
            )
        return plan(
            "connect",
            today,
            None,
            [
                "The role went to someone else, but the rapport was not poor: connect for future networking, "
                "thank them and ask for nothing; " + said("future"),
            ],
            "rejected_network",
        )

    # Still open. First, the reasons to hold off, all of them.
    cautions: list[tuple[str, str]] = []
    if s.vibe == "negative":
        cautions.append(("negative", "You felt the interview went poorly; " + said("negative")))
    if s.culture == "conservative":
        cautions.append(
            ("conservative_culture", "The company's culture is conservative; " + said("traditional"))
        )
        cautions.append(("conservative_culture", "A request may read as too forward; " + said("forward")))
    if s.formality == "formal" and not (s.vibe == "positive" and s.culture == "encouraged"):
        if s.vibe == "positive":
            cautions.append(("formal", "The interview was formal; " + said("forward")))
        else:
            cautions.append(("formal", "The interview was formal and the rapport minimal; " + said("formal")))
    if cautions:
        alternative, why = instead()
        return plan("hold_off", None, alternative, [why for _, why in cautions] + [why], cautions[0][0])

    if s.decision_by is not None and s.decision_by < today:
        alternative, why = instead()
        return plan(
            "hold_off",
            None,
            alternative,
            [
                f"The decision was expected by {s.decision_by} and has not come: the process is delayed, so "
                "wait for feedback, then run the plan again with the outcome; " + said("feedback"),
                why,
            ],
            "decision_overdue",
        )

    signals: list[str] = []
    if s.vibe == "positive":
        signals.append("The interview went well; " + said("positive"))
    if s.culture == "encouraged":
        signals.append("The company encourages networking; " + said("culture_fit"))
    if s.formality == "formal":  # only reached when positive and the culture encourages networking
        signals.append("The interview was formal, but the rapport was good and the culture welcomes it.")

    if s.vibe == "neutral" and s.culture != "encouraged" and s.decision_by is not None:
        send_on = s.decision_by + dt.timedelta(days=1)
        alternative = "thank_you_email" if email_timely else None
        reasons = [
            f"The interview was neither clearly good nor poor and the decision is due by {s.decision_by}: "
            "wait until you hear back, then run the plan again with the outcome; " + said("feedback"),
        ]
        if email_timely:
            reasons.append(f"Meanwhile a thank-you email by {email_by} is always fine; " + said("thank_you"))
        return plan("wait", send_on, alternative, reasons, "wait_for_feedback")
    if not signals:
        signals.append(
            "The interview was neither clearly good nor poor, and nothing calls for holding off: the "
            "article's general timing applies; " + said("fresh")
        )

    earliest = s.interview_date + dt.timedelta(days=WAIT_DAYS)
    before_decision = f"Connecting before the decision ({s.decision_by}) is fine; " + said("top_of_mind")
    if today < earliest:
        reasons = [
            *signals,
            f"Wait until {earliest} ({_days(WAIT_DAYS)} after the interview) before sending the request; "
            + said("wait"),
        ]
        branch = "wait_few_days"
        if s.decision_by is not None and s.decision_by < earliest:
            branch = "decision_before_wait"
            reasons.append(
                f"The decision is due by {s.decision_by}, before then: send the thank-you email now so it "
                f"reaches them while they decide, and if the outcome is known by {earliest}, run the plan "
                "again with it."
            )
        elif s.decision_by is not None:
            reasons.append(before_decision)
        reasons.append(f"Meanwhile a thank-you email by {email_by} is always fine; " + said("thank_you"))
        return plan("wait", earliest, "thank_you_email", reasons, branch)

    reasons = list(signals)
    if s.decision_by is not None:
        reasons.append(before_decision)
    if days <= FRESH_DAYS:
        reasons.append(f"It is {_days(days)} since the interview: a few days, as advised; " + said("wait"))
        return plan("connect", today, None, reasons, "connect_now")
    reasons.append(
        f"It is {_days(days)} since the interview, later than the few days advised: connect now, and say "
        "which interview it was (the role and the day); " + said("remind")
    )
    return plan("connect", today, None, reasons, "connect_late")
