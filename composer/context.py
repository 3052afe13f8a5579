"""The interview facts, as the composer takes them from people: the model itself lives in `guardrails.context`
(the rules judge against it, and guardrails import nothing from composer); this module re-exports it and
adds the one-line error that names the field, for the command line's exit code 2."""

from __future__ import annotations

from pydantic import ValidationError

from composer.vocabulary import ACCOUNTS, KINDS, did_you_mean
from guardrails.context import (
    MAX_FIELD,
    MAX_NAME,
    MAX_TOPIC,
    MAX_TOPICS,
    Account,
    Kind,
    MessageContext,
    as_context,
    normal_choice,
)
from guardrails.names import first_name

__all__ = [
    "MAX_FIELD",
    "MAX_NAME",
    "MAX_TOPIC",
    "MAX_TOPICS",
    "Account",
    "Kind",
    "MessageContext",
    "as_context",
    "describe_error",
    "first_name",
    "normal_choice",
]


def describe_error(error: ValidationError, where: str = "") -> str:
    """One line that names the field and what is wrong with it, for people and for exit code 2."""
    parts = []
    for err in error.errors(include_url=False):
        field = ".".join(str(p) for p in err["loc"]) or "context"
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "missing":
            msg = "is required"
        elif err["type"] == "extra_forbidden":
            allowed = ", ".join(MessageContext.model_fields)
            msg = f"is not a known field (known: {allowed})"
        elif err["type"] == "literal_error":
            msg = f"got {err.get('input')!r}; " + msg.lower() + _near_miss(field, err.get("input"))
        parts.append(f"{field} {msg}")
    prefix = f"{where}: " if where else ""
    return prefix + "; ".join(parts)


def _near_miss(field: str, value: object) -> str:
    """ "; did you mean 'premium'?" for a near miss of an account or a kind."""
    choices = {"account": ACCOUNTS, "kind": KINDS}.get(field.rpartition(".")[2], ())
    return did_you_mean(value, choices) if choices else ""
