"""The fields a batch row may carry, their other spellings, and the checks every value passes first.

The readers (composer.batch.readers) use them for a CSV's header and each item's keys; the rows
(composer.batch.rows) for every field before `MessageContext` validates the row. A check names the row
(`where`) and the field, so the one line of a `UsageError` says what to fix.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from composer.context import MessageContext
from composer.errors import UsageError

MAX_CELL = 5_000  # characters in one field; the longest legitimate one is eight 300-character topics
MAX_ID = 100
ALIASES = {
    "name": "interviewer_name",
    "interviewer": "interviewer_name",
    "topic": "topics",
    "candidate": "candidate_name",
    "other_name": "other_names",
}
CONTEXT_FIELDS = tuple(MessageContext.model_fields)
ROW_FIELDS = ("id", "panel", *CONTEXT_FIELDS)
KNOWN = (*ROW_FIELDS, *ALIASES)
# Said of each interviewer, not of the interview: a name, how to greet them, where they work.
_OWN_FIELDS = ("interviewer_name", "greet_as", "interviewer_company")
_NOT_UTF8 = re.compile("[\udc80-\udcff]")  # a byte that was not UTF-8, decoded with surrogateescape
INTERVIEW_FIELDS = ("interviewers", "panel", *(f for f in CONTEXT_FIELDS if f not in _OWN_FIELDS))


def field_name(key: Any) -> str:
    """A column or key as a field name: 'Interviewer Name' and 'interviewer-name' are interviewer_name."""
    return _field_name(key) if isinstance(key, str) else _field_name(str(key))


@lru_cache(maxsize=1024)  # every row of an input spells its keys the same way
def _field_name(key: str) -> str:
    return key.strip().lower().replace(" ", "_").replace("-", "_")


def kind_of(value: Any) -> str:
    """What a value is, in the words of an error message ('a list', 'text', 'empty', ...)."""
    names = {list: "a list", str: "text", int: "a number", float: "a number", bool: "true/false"}
    return "empty" if value is None else names.get(type(value), type(value).__name__)


def check_string(value: str, field: str, where: str) -> None:
    """UTF-8 text (bytes that were not UTF-8 come as lone surrogates) without a NUL byte, of at most MAX_CELL
    characters. Every field: the context's fields are checked again by `MessageContext`, but `id` and
    `panel` (and a column's name) are only checked here."""
    bad = _NOT_UTF8.search(value)
    if bad is not None:
        byte = ord(bad.group()) - 0xDC00
        raise UsageError(f"{where}: {field} is not UTF-8 text (byte 0x{byte:02X}): save the file as UTF-8")
    if "\x00" in value:
        raise UsageError(f"{where}: {field} contains a NUL byte: give plain text")
    if len(value) > MAX_CELL:
        raise UsageError(
            f"{where}: {field} is {len(value):,} characters; a field holds at most {MAX_CELL:,} (a topic is a "
            "phrase such as 'migrating batch jobs to Kafka')"
        )


def check_strings(value: Any, field: str, where: str) -> None:
    """`check_string` on every text inside a value: a string, a list, or a mapping (its keys too)."""
    if isinstance(value, str):
        check_string(value, field, where)
    elif isinstance(value, Mapping):
        for k, v in value.items():
            check_string(str(k), f"a key in {field}", where)
            check_strings(v, field, where)
    elif isinstance(value, (list, tuple)):
        for v in value:
            check_strings(v, field, where)
