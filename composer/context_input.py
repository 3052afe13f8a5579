"""Reading the interview facts from a JSON or YAML file and from command-line options."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import ValidationError

from composer.context import MessageContext, describe_error
from composer.errors import UsageError

CONTEXT_FLAGS = {
    "interviewer": "interviewer_name",
    "role": "role",
    "company": "company",
    "topic": "topics",
    "account": "account",
    "kind": "kind",
    "candidate": "candidate_name",
    "other_name": "other_names",
    "interview_date": "interview_date",
}


def read_bytes(
    path: str, what: str, max_bytes: int | None = None, too_big: str = "split it into several files"
) -> bytes:
    """The file's bytes, or a UsageError that names it and says what is wrong ("Note file 'x' does not
    exist"); `max_bytes` refuses a larger file, with `too_big` as the fix: before reading it when its size
    says so, and after reading one byte more than the cap whatever its size says (/dev/zero, a pipe)."""
    p = Path(path)
    try:
        with p.open("rb") as stream:
            if max_bytes is not None and (size := os.fstat(stream.fileno()).st_size) > max_bytes:
                raise UsageError(
                    f"{what} {path!r} is {size / 2**20:.1f} MB; the most read is {_mb(max_bytes)}: {too_big}"
                )
            return read_limited(stream, f"{what} {path!r}", max_bytes, too_big)
    except FileNotFoundError:
        raise UsageError(f"{what} {path!r} does not exist") from None
    except IsADirectoryError:
        raise UsageError(f"{what} {path!r} is a folder, not a file") from None
    except OSError as e:
        raise UsageError(f"{what} {path!r} cannot be read: {e.strerror}") from None


def read_limited(
    stream: BinaryIO, what: str, max_bytes: int | None, too_big: str = "split it into several files"
) -> bytes:
    """All of `stream` (a file, a pipe, stdin), or a UsageError once it holds more than `max_bytes`: at most
    one byte past the cap is ever read."""
    if max_bytes is None:
        return stream.read()
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise UsageError(f"{what} holds more than {_mb(max_bytes)}, the most read: {too_big}")
    return data


def _mb(size: int) -> str:
    return f"{size / 2**20:g} MB"


MAX_TEXT_BYTES = 1 << 20  # a note, an email or a context file is a few kilobytes; 1 MB is surely a mistake


def decode_text(raw: bytes, what: str) -> str:
    """UTF-8 (with or without a BOM), or a UsageError that says where the first bad byte is."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise UsageError(f"{what} is not UTF-8 text (bad byte at offset {e.start})") from None


def read_text_file(path: str, what: str) -> str:
    raw = read_bytes(path, what, MAX_TEXT_BYTES, too_big="is it the right file? A note is a few kilobytes")
    return decode_text(raw, f"{what} {path!r}")


def parse_mapping(text: str, source: str) -> Any:
    """JSON, or YAML (a superset) when JSON fails; parse errors name the line."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        pass
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise UsageError(f"{source} is neither valid JSON nor valid YAML{where}") from None
    except ValueError as e:  # YAML reads 2025-13-45 as a date, and the calendar refuses it
        raise UsageError(
            f"{source} holds a date that does not exist ({e}): write dates as YYYY-MM-DD"
        ) from None


def load_context_file(path: str) -> dict[str, Any]:
    data = parse_mapping(read_text_file(path, "Context file"), f"Context file {path!r}")
    if not isinstance(data, dict):
        raise UsageError(
            f"Context file {path!r} must hold one mapping of fields (interviewer_name, role, company, "
            f"topics, ...), not {type(data).__name__}"
        )
    return data


def context_from_args(args: Any) -> MessageContext:
    """The context file (if any), overridden field by field by the command-line options."""
    data: dict[str, Any] = load_context_file(args.context) if getattr(args, "context", None) else {}
    for flag, field in CONTEXT_FLAGS.items():
        value = getattr(args, flag, None)
        if value not in (None, []):
            data[field] = value
    if "interviewer_name" not in data:
        raise UsageError("interviewer_name is required: pass --interviewer NAME or a --context file with it")
    return validate_context(data)


def validate_context(data: dict[str, Any], where: str = "") -> MessageContext:
    try:
        return MessageContext.model_validate(data)
    except ValidationError as e:
        raise UsageError(describe_error(e, where)) from None
