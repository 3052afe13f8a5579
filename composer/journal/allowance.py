"""The free account's monthly allowance of personalised connection notes (LinkedIn's help gives five; a note
after an offer or a rejection that goes with the request counts too), and how `next` spends it: on the interviewers where the rapport was best; the others get a connection request
without a note (or, while it is timely, a thank-you email), and the item says so.

A note counts against the month it is due in (today's, when overdue); the notes already sent that month
come off first. Premium accounts have no such limit here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from composer.journal.due import RAPPORT, DueItem
from composer.vocabulary import AFTER_OFFER, AFTER_REJECTION, CONNECTION_NOTE, CONNECTION_REQUEST, FREE

DEFAULT_NOTES_PER_MONTH = 5
SETTING = "notes_per_month"
WHY = (
    "Your free account allows {allowance} personalised notes a month; {spent} of {month}'s go to interviewers "
    "where the rapport was better: send the request without a note (or, within a day or so of the "
    "interview, a thank-you email instead)."
)


def _month(day: dt.date) -> str:
    return day.strftime("%Y-%m")


# The note after an outcome is a personalised note too when it goes out with the connection request.
OUTCOME_NOTES = (AFTER_REJECTION, AFTER_OFFER)


def _with_request(person: dict[str, Any]) -> bool:
    """No request went out yet and they have not accepted one: a note now goes with the request."""
    kinds = {s["kind"] for s in person["sent"]}
    return person["accepted_on"] is None and not kinds & {CONNECTION_NOTE, CONNECTION_REQUEST}


def _notes_sent(person: dict[str, Any]) -> list[str]:
    """The days of the personalised notes sent with a request: connection notes, and a note after the
    outcome sent before any other request went out and before they accepted."""
    days, requested = [], False
    for s in sorted(person["sent"], key=lambda s: s["sent_on"]):
        accepted_before = person["accepted_on"] is not None and person["accepted_on"] <= s["sent_on"]
        if s["kind"] == CONNECTION_NOTE or s["kind"] in OUTCOME_NOTES and not (requested or accepted_before):
            days.append(s["sent_on"])
        requested = requested or s["kind"] in (CONNECTION_NOTE, CONNECTION_REQUEST, *OUTCOME_NOTES)
    return days


def spend_allowance(
    items: list[DueItem], interviews: Iterable[dict[str, Any]], allowance: int, today: dt.date
) -> list[DueItem]:
    """`items` with the free account's notes beyond the month's allowance turned into requests without one."""
    people = {p["id"]: p for i in interviews for p in i["interviewers"]}
    sent: dict[str, int] = {}
    for person in people.values():
        if person["account"] == FREE:
            for day in _notes_sent(person):
                sent[day[:7]] = sent.get(day[:7], 0) + 1
    notes = [
        i for i in items if people[i.interviewer_id]["account"] == FREE and (
            i.kind == CONNECTION_NOTE or i.kind in OUTCOME_NOTES and _with_request(people[i.interviewer_id])
        )
    ]  # fmt: skip
    notes.sort(key=lambda i: (RAPPORT[people[i.interviewer_id]["vibe"]], i.due, i.interviewer_id))
    spent = dict(sent)
    over: set[int] = set()
    for item in notes:
        month = _month(max(item.due, today))
        if spent.get(month, 0) >= allowance:
            over.add(id(item))
        else:
            spent[month] = spent.get(month, 0) + 1
    out = []
    for item in items:
        if id(item) in over:
            month = _month(max(item.due, today))
            why = WHY.format(allowance=allowance, spent=spent.get(month, 0), month=month)
            item = replace(item, kind=CONNECTION_REQUEST, why=why)
        out.append(item)
    return out
