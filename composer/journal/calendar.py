"""`next --ics FILE`: the items due as all-day calendar events (iCalendar, RFC 5545), one per message.

A minimal writer: the few properties an all-day reminder needs (UID, DTSTAMP, DTSTART/DTEND as dates,
SUMMARY, DESCRIPTION), text escaped as section 3.3.11 asks and lines folded at 75 octets (3.1), CRLF
line ends. The UID is the item's (interviewer, kind), so re-importing an updated file moves an event
instead of adding a second one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from composer.journal.due import DueItem

PRODID = "-//interview-followup-composer//journal//EN"
KIND_TEXT = {
    "connection_note": "Send the LinkedIn connection request with a note to {name}",
    "connection_request": "Send the LinkedIn connection request (no note) to {name}",
    "follow_up": "Send {name} a follow-up message on LinkedIn",
    "thank_you_email": "Email {name} a thank-you",
    "status_check": "One polite status-check email to {name}",
    "post_comment": "Comment on one of {name}'s LinkedIn posts",
    "after_rejection": "Send {name} a gracious note after the decision",
    "after_offer": "Send {name} a note of thanks after the offer",
}


def escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """A content line folded into lines of at most 75 octets, each continuation starting with a space."""
    out, current, size = [], "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out)


def summary(item: DueItem) -> str:
    return KIND_TEXT.get(item.kind, "{name}: " + item.kind).format(name=item.interviewer_name)


def calendar(items: Iterable[DueItem], stamp: dt.datetime) -> str:
    """The VCALENDAR text; `stamp` is DTSTAMP (UTC), passed in so the output is reproducible."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    for item in items:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{item.kind}-{item.interviewer_id}@interview-followup-composer",
            f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
            f"DTSTART;VALUE=DATE:{item.due.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(item.due + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{escape(summary(item))}",
            f"DESCRIPTION:{escape(item.why)}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
