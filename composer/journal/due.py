"""What is due, per interviewer, as of a day: the plan's rules (composer/plan.py) applied to what the
journal knows was sent, then the steps the plan does not cover, each at most once.

- The connection note: when the plan says `connect` (due the first day it did), or on the plan's
  `send_on` when it says `wait`; never while it says `hold_off`. Not once a note or a request went out.
- The thank-you email: when the plan offers it (`alternative`), due by the last day it is timely; once.
- The follow-up: after they accepted the request; once.
- The status check: one per interview, to the interviewer with the best rapport, a few working days after
  the decision date has passed with no outcome; once, then nothing.
- Once the outcome is known (offer or rejected), the note after it (`after_offer`, `after_rejection`) takes
  the place of the connection note or the follow-up still due, or is due on its own once those went out;
  once. While the plan holds off and offers their posts instead, a comment on one of their posts
  (`post_comment`), once.

A withdrawn interview has nothing due. Pure: no clock, no file; `due_items(interviews, today)`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, replace
from typing import Any

from composer.plan import Plan, PlanError, Situation, make_plan, said
from composer.vocabulary import (
    AFTER_OFFER,
    AFTER_REJECTION,
    CONNECTION_NOTE,
    CONNECTION_REQUEST,
    FOLLOW_UP,
    POST_COMMENT,
    STATUS_CHECK,
    THANK_YOU_EMAIL,
)

STATUS_CHECK_WORKING_DAYS = 3  # after the decision date, before one polite status check
RAPPORT = {"positive": 0, "neutral": 1, "negative": 2}  # best first

# The article's sentences for the steps the plan does not make (seed/connecting-on-linkedin-after-an-interview.txt).
FOLLOW_UP_WHY = (
    'They accepted: follow up once; the article: "A simple thank-you message acknowledging the connection can '
    'go a long way."'
)
STATUS_CHECK_WHY = (
    "The decision was expected by {decision_by} and {days} working days have passed without word: one polite "
    'status check, then nothing more; the article: "Refrain from bombarding interviewers with messages '
    'constantly after connecting."'
)

OUTCOME_KINDS = {"offer": AFTER_OFFER, "rejected": AFTER_REJECTION}  # the note once the outcome is known
OUTCOME_WHY = {
    AFTER_OFFER: (
        "You have an offer: thank them once, and leave pay, the start date and the terms to the recruiter; "
        "the article: \"It allows you to maintain the professional relationship you've established during the "
        'interview process."'
    ),
    AFTER_REJECTION: (
        'The role went to someone else: thank them once, graciously, and stay in touch; the article: "Even '
        "if you're not offered the position, a connection with interviewers could lead to future job "
        'opportunities, referrals, or collaborations."'
    ),
}


@dataclass(frozen=True)
class DueItem:
    """One message to send: to whom, what, by when, and the rule it rests on."""

    interview_id: int
    interviewer_id: int
    interviewer_name: str
    kind: str
    due: dt.date
    overdue: bool
    why: str
    branch: str  # the plan's branch, or the journal's own step (follow_up, status_check)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "due": self.due.isoformat()}


def add_working_days(day: dt.date, n: int) -> dt.date:
    while n > 0:
        day += dt.timedelta(days=1)
        n -= day.weekday() < 5
    return day


def situation_of(interview: dict[str, Any], person: dict[str, Any]) -> Situation | None:
    """The plan's situation for one interviewer; None once the candidate withdrew."""
    outcome = interview["outcome"]
    if outcome == "withdrawn":
        return None
    return Situation(
        interview_date=interview["interview_date"], vibe=person["vibe"], formality=person["formality"],
        culture=person["culture"], decision_by=person["decision_by"], outcome=outcome,
    )  # fmt: skip


def plan_on(situation: Situation, day: dt.date) -> Plan | None:
    try:
        return make_plan(situation, day)
    except PlanError:  # past the days the advice covers, or before the interview
        return None


def first_connect_day(situation: Situation, since: dt.date, today: dt.date) -> dt.date:
    """The first day from `since` to `today` on which the plan said connect (the day the note fell due)."""
    day = since
    while day < today:
        plan = plan_on(situation, day)
        if plan is not None and plan.action == "connect":
            return day
        day += dt.timedelta(days=1)
    return today


def _reason(plan: Plan, *marks: str) -> str:
    """The plan's reason that carries one of `marks`, else its last."""
    return next((r for r in plan.reasons if any(m in r for m in marks)), plan.reasons[-1])


def _item(interview: dict, person: dict, kind: str, due: dt.date, today: dt.date, why: str, branch: str):
    return DueItem(interview["id"], person["id"], person["name"], kind, due, due < today, why, branch)


def note_item(interview: dict, person: dict, plan: Plan, today: dt.date) -> DueItem | None:
    """The connection note, when the plan connects or waits."""
    situation = situation_of(interview, person)
    if plan.action == "connect":
        since = dt.date.fromisoformat(interview["outcome_on"] or interview["interview_date"])
        due = first_connect_day(situation, max(since, situation.interview_date), today)
        return _item(interview, person, CONNECTION_NOTE, due, today, plan.reasons[-1], plan.branch)
    if plan.action == "wait":
        why = _reason(plan, "Wait until", "wait until")
        return _item(interview, person, CONNECTION_NOTE, plan.send_on, today, why, plan.branch)
    return None


def email_item(interview: dict, person: dict, plan: Plan, today: dt.date) -> DueItem | None:
    """The thank-you email, when the plan offers it and it is still timely."""
    if plan.alternative != THANK_YOU_EMAIL or plan.thank_you_email_by is None:
        return None
    why = _reason(plan, said("thank_you"))  # due by the last day it is timely; after that the plan drops it
    return _item(interview, person, THANK_YOU_EMAIL, plan.thank_you_email_by, today, why, plan.branch)


def post_item(interview: dict, person: dict, plan: Plan, today: dt.date) -> DueItem | None:
    """A comment on one of their posts, when the plan holds off and offers their posts instead."""
    if plan.action != "hold_off" or plan.alternative != "engage_with_posts":
        return None
    why = _reason(plan, said("engage"))
    return _item(interview, person, POST_COMMENT, today, today, why, plan.branch)


def person_items(interview: dict[str, Any], person: dict[str, Any], today: dt.date) -> list[DueItem]:
    """What is due for one interviewer, given what was sent (`person["sent"]`: the kinds recorded)."""
    situation = situation_of(interview, person)
    if situation is None:
        return []
    sent = {s["kind"] for s in person["sent"]}
    items: list[DueItem | None] = []
    if person["accepted_on"] is not None:
        if FOLLOW_UP not in sent:
            accepted = dt.date.fromisoformat(person["accepted_on"])
            items.append(_item(interview, person, FOLLOW_UP, accepted, today, FOLLOW_UP_WHY, FOLLOW_UP))
    elif not sent & {CONNECTION_NOTE, CONNECTION_REQUEST}:
        plan = plan_on(situation, today)
        if plan is not None:
            items.append(note_item(interview, person, plan, today))
            if THANK_YOU_EMAIL not in sent:
                items.append(email_item(interview, person, plan, today))
            if POST_COMMENT not in sent:
                items.append(post_item(interview, person, plan, today))
    return after_outcome([item for item in items if item is not None], interview, person, sent, today)


def after_outcome(
    items: list[DueItem], interview: dict[str, Any], person: dict[str, Any], sent: set[str], today: dt.date
) -> list[DueItem]:
    """Once the outcome is known, the note after it: in place of the connection note or the follow-up still
    due, else on its own from the day the outcome was recorded, unless the plan holds off; once."""
    kind = OUTCOME_KINDS.get(interview["outcome"])
    if kind is None:
        return items
    if kind in sent:
        return [i for i in items if i.kind not in (CONNECTION_NOTE, FOLLOW_UP)]
    first = next((i for i in items if i.kind in (CONNECTION_NOTE, FOLLOW_UP)), None)
    if first is not None:
        note = replace(first, kind=kind, why=f"{first.why} {OUTCOME_WHY[kind]}")
        return [
            note if i is first else i
            for i in items
            if i is first or i.kind not in (CONNECTION_NOTE, FOLLOW_UP)
        ]
    if any(i.kind == POST_COMMENT for i in items) or not sent:
        return items  # the plan holds off: their posts, not a note
    on = dt.date.fromisoformat(interview["outcome_on"] or interview["interview_date"])
    return [*items, _item(interview, person, kind, on, today, OUTCOME_WHY[kind], kind)]


def status_check_item(interview: dict[str, Any], today: dt.date) -> DueItem | None:
    """One polite status check per interview, once the decision date has passed without an outcome."""
    people = interview["interviewers"]
    if interview["outcome"] != "none" or any(STATUS_CHECK in {s["kind"] for s in p["sent"]} for p in people):
        return None
    waiting = [p for p in people if p["decision_by"] and dt.date.fromisoformat(p["decision_by"]) < today]
    if not waiting:
        return None
    person = min(waiting, key=lambda p: (RAPPORT[p["vibe"]], p["id"]))
    decision_by = dt.date.fromisoformat(person["decision_by"])
    due = add_working_days(decision_by, STATUS_CHECK_WORKING_DAYS)
    why = STATUS_CHECK_WHY.format(decision_by=decision_by, days=STATUS_CHECK_WORKING_DAYS)
    return _item(interview, person, STATUS_CHECK, due, today, why, STATUS_CHECK)


def due_items(interviews: list[dict[str, Any]], today: dt.date) -> list[DueItem]:
    """Every item due or coming up, earliest first; `interviews` as `show_interview` returns them."""
    items: list[DueItem] = []
    for interview in interviews:
        for person in interview["interviewers"]:
            items.extend(person_items(interview, person, today))
        check = status_check_item(interview, today)
        if check is not None:
            items.append(check)
    return sorted(items, key=lambda i: (i.due, i.interview_id, i.interviewer_id, i.kind))
