"""Dates as people write them, read one way by every command and input: `YYYY-MM-DD`, or a word counted
from today (`today`, `yesterday`, `tomorrow`, in any case).

    >>> parse_date("Yesterday", today=dt.date(2026, 5, 20))
    datetime.date(2026, 5, 19)
    >>> parse_date("20 May")   # DateError: '20 May' is not a date: use YYYY-MM-DD, 'today', ...

Whether a date makes sense (an interview in the future, a plan beyond 2100) is for the code that uses it.
"""

from __future__ import annotations

import datetime as dt

RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1}
DATE_FORMS = "YYYY-MM-DD, 'today', 'yesterday' or 'tomorrow'"


class DateError(ValueError):
    """A value that is not a date: the message quotes it and says what to write instead."""


def parse_date(value: object, today: dt.date | None = None) -> dt.date:
    """`value` as a date: a date as it is, `YYYY-MM-DD`, or today/yesterday/tomorrow counted from `today`
    (default: the real today). Anything else is a DateError that says how to write one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    word = text.lower()
    if word in RELATIVE:
        return (today or dt.date.today()) + dt.timedelta(days=RELATIVE[word])
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        example = (today or dt.date.today()).isoformat()
        raise DateError(f"{text!r} is not a date: use {DATE_FORMS} (for example {example})") from None
