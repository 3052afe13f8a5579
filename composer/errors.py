"""Errors the command line turns into exit codes: bad input is 2, a provider that fails is 3."""


class UsageError(Exception):
    """Bad input or usage: the message is one line that names the field and the fix (exit 2)."""

    exit_code = 2


class ProviderError(Exception):
    """The model could not be reached or refused the request: one line that says what to do (exit 3)."""

    exit_code = 3


def one_line(text: object, limit: int | None = None) -> str:
    """Any error text as one line (whitespace collapsed), cut to `limit` characters when given."""
    line = " ".join(str(text).split())
    return line if limit is None or len(line) <= limit else line[: limit - 1] + "\u2026"
