"""`next`: what is due today, per interviewer, and what comes next, from the journal."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from composer.cli.options import add_format_option, non_negative_int

EXAMPLE = """examples:
  python -m composer next
  python -m composer next --today 2026-05-20 --format json
  python -m composer next --ics reminders.ics

Each item rests on the plan's rules (see 'plan') and what was recorded with 'sent' and 'accepted': the
thank-you email while it is timely, the connection note once the wait is over, the follow-up after they
accept, one status check after the decision date, then nothing.
"""

KIND_TEXT = {
    "connection_note": "connection request with a note",
    "connection_request": "connection request without a note",
    "follow_up": "follow-up message",
    "thank_you_email": "thank-you email",
    "status_check": "status-check email",
    "post_comment": "comment on a post",
    "after_rejection": "note after the rejection",
    "after_offer": "note after the offer",
}


def add_parser(sub: argparse._SubParsersAction) -> None:
    from composer.cli.journal import JOURNAL_NOTE

    p = sub.add_parser(
        "next", help="what is due today, per interviewer",
        description=f"List what to send, to whom and by when, following the plan's rules.\n{JOURNAL_NOTE}",
        epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    p.add_argument("--today", metavar="DATE", help="the day to list for: YYYY-MM-DD (default: today)")
    p.add_argument("--ics", metavar="FILE", help="also write the items as calendar events (iCalendar)")
    p.add_argument(
        "--notes-per-month", dest="notes_per_month", type=non_negative_int, metavar="N",
        help="a free account's personalised notes a month (default: the 'allowance' set, else 5)",
    )  # fmt: skip
    add_format_option(p)
    p.set_defaults(run=run)
    a = sub.add_parser(
        "allowance", help="a free account's personalised notes a month (show, or set with N)",
        description="Show or set how many personalised connection notes a free LinkedIn account may send a "
        "month (LinkedIn's help says 5). 'next' spends them on the interviewers where the rapport was best "
        f"and offers the rest a request without a note.\n{JOURNAL_NOTE}",
    )  # fmt: skip
    a.add_argument("notes", nargs="?", type=non_negative_int, metavar="N", help="the new allowance")
    a.set_defaults(run=run_allowance)


def run_allowance(args: argparse.Namespace) -> int:
    from composer import app

    with app.open_journal() as journal:
        notes = app.notes_per_month(journal, args.notes)
    print(f"A free account's personalised notes a month: {notes}.")
    return 0


def write_file(path: str, text: str, option: str) -> None:
    from composer.errors import UsageError

    try:
        Path(path).write_text(text, encoding="utf-8", newline="")
    except OSError as e:
        raise UsageError(
            f"{option} {path!r} cannot be written ({e.strerror}): give a file in a folder you can write"
        ) from None


def format_items(items: list, today: dt.date) -> str:
    if not items:
        return f"Nothing due on {today}."
    lines = []
    for item in items:
        if item.overdue:
            when = "OVERDUE since"
        elif item.due <= today:
            when = "DUE"
        else:
            when = "send by" if item.kind == "thank_you_email" else "coming"
        to = "by" if item.kind == "post_comment" else "to"  # a comment on a post by them
        lines.append(
            f"{when} {item.due}: {KIND_TEXT.get(item.kind, item.kind)} {to} {item.interviewer_name} "
            f"(interviewer {item.interviewer_id}, interview {item.interview_id})"
        )
        lines.append(f"  why: {item.why}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from composer import app
    from composer.cli.journal import the_day
    from composer.journal.calendar import calendar

    today = the_day(args.today, "--today")
    with app.open_journal() as journal:
        items = app.due(journal, today, args.notes_per_month)
    if args.ics:
        stamp = dt.datetime.combine(today, dt.time(), tzinfo=dt.timezone.utc)
        write_file(args.ics, calendar(items, stamp), "--ics")
    if args.format == "json":
        print(json.dumps([item.to_dict() for item in items], ensure_ascii=False, indent=2))
    else:
        print(format_items(items, today))
    return 0
