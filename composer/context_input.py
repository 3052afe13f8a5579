"""Reading the interview facts from a JSON or YAML file and from command-line options."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any, BinaryIO

import yaml
from pydantic import ValidationError

from composer.context import MessageContext, describe_error
from composer.dates import DateError, parse_date
from composer.errors import UsageError, one_line

MAX_ERROR = 300  # characters of an error line that quotes a value: a huge value is never echoed in full
CONTEXT_FLAGS = {
    "interviewer": "interviewer_name",
    "role": "role",
    "company": "company",
    "interviewer_company": "interviewer_company",
    "topic": "topics",
    "account": "account",
    "kind": "kind",
    "candidate": "candidate_name",
    "other_name": "other_names",
    "interview_date": "interview_date",
    "share": "share",
    "greet_as": "greet_as",
    "post": "post",
    "decision_by": "decision_by",
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
    one byte past the cap is ever read. It is read a chunk at a time: one read of the cap would allocate
    the whole cap (64 MB for a batch input) however little the stream holds."""
    if max_bytes is None:
        return stream.read()
    chunks: list[bytes] = []
    total = 0
    while total <= max_bytes:
        chunk = stream.read(min(READ_CHUNK, max_bytes + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > max_bytes:
        raise UsageError(f"{what} holds more than {_mb(max_bytes)}, the most read: {too_big}")
    return b"".join(chunks)


READ_CHUNK = 1 << 20


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


# ---------------------------------------------------------------- JSON and YAML, with limits

MAX_DEPTH = 20  # levels of nesting; a batch of interviews with their interviewers' topics needs 5
ALIAS_GROWTH = 10  # YAML aliases may repeat what they refer to up to 10 times the document's own nodes
ALIAS_FLOOR = 10_000  # ... or up to this many nodes in all, whichever is more


class StructureLimit(ValueError):
    """A JSON or YAML document nested too deeply, or whose aliases would expand it past the limit."""


def _too_deep(line: int | None = None) -> StructureLimit:
    at = f" (at line {line})" if line else ""
    return StructureLimit(f"is nested more than {MAX_DEPTH} levels deep{at}: flatten it")


class LimitedLoader(yaml.SafeLoader):
    """A SafeLoader that refuses nesting deeper than MAX_DEPTH while it composes (before Python's recursion
    limit does, with a traceback), and aliases that expand the document past ALIAS_GROWTH times its own
    nodes (an alias bomb: 9 aliases of 9 aliases of ... read as a billion strings) before it constructs."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self._depth >= MAX_DEPTH:
            raise _too_deep(self.peek_event().start_mark.line + 1)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def get_single_data(self) -> Any:
        node = self.get_single_node()
        if node is None:
            return None
        expanded, own = expanded_size(node)
        if expanded > max(ALIAS_FLOOR, ALIAS_GROWTH * own):
            raise StructureLimit(
                f"uses aliases (*name) that expand its {own:,} values to {expanded:,}: write the values out, "
                "or use fewer aliases"
            )
        return self.construct_document(node)


def expanded_size(root: yaml.Node) -> tuple[int, int]:
    """How many nodes the document has once every alias is expanded, and how many it has of its own;
    StructureLimit when, expanded, it nests deeper than MAX_DEPTH or a node contains itself (`&a [*a]`)."""
    known: dict[int, tuple[int, int]] = {}  # id of a node: (its expanded size, its height)
    open_nodes: set[int] = set()

    def visit(node: yaml.Node, depth: int) -> tuple[int, int]:
        key = id(node)
        if key in open_nodes:
            raise StructureLimit(f"holds a value that contains itself (at line {node.start_mark.line + 1})")
        if key not in known:
            if depth > MAX_DEPTH:
                raise _too_deep(node.start_mark.line + 1)
            open_nodes.add(key)
            children = node.value if isinstance(node, (yaml.SequenceNode, yaml.MappingNode)) else ()
            if isinstance(node, yaml.MappingNode):
                children = [n for pair in children for n in pair]
            measured = [visit(child, depth + 1) for child in children]
            known[key] = (1 + sum(s for s, _ in measured), 1 + max((h for _, h in measured), default=0))
            open_nodes.discard(key)
        size, height = known[key]
        if depth + height - 1 > MAX_DEPTH:  # an alias puts a deep value deeper still
            raise _too_deep(node.start_mark.line + 1)
        return size, height

    return visit(root, 1)[0], len(known)


def depth_of(data: Any) -> int:
    """How deeply lists and mappings nest in `data` (a scalar is 0), without recursion."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children = list(value.values())
        elif isinstance(value, list):
            children = value
        else:
            continue
        deepest = max(deepest, depth)
        if depth <= MAX_DEPTH:
            stack.extend((child, depth + 1) for child in children)
    return deepest


def load_json(text: str) -> Any:
    """json.loads, with MAX_DEPTH enforced (StructureLimit) instead of a RecursionError."""
    try:
        data = json.loads(text)
    except RecursionError:
        raise _too_deep() from None
    # Each level opens a bracket: text with fewer brackets than the limit cannot be nested past it (a batch
    # row has a handful), and is not walked.
    if text.count("[") + text.count("{") > MAX_DEPTH and depth_of(data) > MAX_DEPTH:
        raise _too_deep()
    return data


def parse_mapping(text: str, source: str) -> Any:
    """JSON, or YAML (a superset) when JSON fails; parse errors name the line."""
    try:
        return load_json(text)
    except json.JSONDecodeError:
        pass
    except StructureLimit as e:
        raise UsageError(f"{source} {e}") from None
    try:
        return yaml.load(text, Loader=LimitedLoader)
    except StructureLimit as e:
        raise UsageError(f"{source} {e}") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise UsageError(f"{source} is neither valid JSON nor valid YAML{where}") from None
    except ValueError as e:  # YAML reads 2025-13-45 as a date, and the calendar refuses it
        raise UsageError(
            f"{source} holds a date that does not exist ({e}): write dates as YYYY-MM-DD"
        ) from None


STDIN = "-"  # `--context -`: the context file is read from stdin


def read_context_text(path: str) -> tuple[str, str]:
    """The context file's text, and how errors name it: a file, or stdin for '-'."""
    if path == STDIN:
        raw = read_limited(
            sys.stdin.buffer, "The context on stdin", MAX_TEXT_BYTES, "pass the context itself"
        )
        return decode_text(raw, "The context on stdin"), "The context on stdin (--context -)"
    return read_text_file(path, "Context file"), f"Context file {path!r}"


def load_context_file(path: str) -> dict[str, Any]:
    text, source = read_context_text(path)
    data = parse_mapping(text, source)
    if not isinstance(data, dict):
        raise UsageError(
            f"{source} must hold one mapping of fields (interviewer_name, role, company, "
            f"topics, ...), not {type(data).__name__}"
        )
    return data


def context_from_args(args: Any, base: dict[str, Any] | None = None) -> MessageContext:
    """The context file (if any; else `base`, the facts the journal holds), overridden field by field by the
    command-line options; `args.defaults` (the account and the candidate's name from the environment or the
    config file) fill what none of them gave."""
    data: dict[str, Any] = load_context_file(args.context) if getattr(args, "context", None) else {}
    data = {**(base or {}), **data}
    for flag, field in CONTEXT_FLAGS.items():
        value = getattr(args, flag, None)
        if value not in (None, []):
            data[field] = value
    for field, value in (getattr(args, "defaults", None) or {}).items():  # the environment's, the config's
        data.setdefault(field, value)
    if "interviewer_name" not in data:
        raise UsageError("interviewer_name is required: pass --interviewer NAME or a --context file with it")
    if getattr(args, "interview_date", None):  # a bad date names the flag, not the model's field
        data["interview_date"] = flag_date(args.interview_date, "--interview-date")
    return validate_context(data)


def flag_date(value: str, flag: str) -> dt.date:
    """A date given to `flag` (composer.dates), or a UsageError that names the flag."""
    try:
        return parse_date(value)
    except DateError as e:
        raise UsageError(one_line(f"{flag} {e}", MAX_ERROR)) from None


def with_dates(data: dict[str, Any], where: str = "") -> dict[str, Any]:
    """`data` with its interview_date read by the one date parser ('yesterday' in a context file or a batch
    cell as on the command line), or a UsageError that names the field."""
    value = data.get("interview_date")
    if value is None or isinstance(value, dt.date):
        return data
    try:
        return {**data, "interview_date": parse_date(value)}
    except DateError as e:
        prefix = f"{where}: " if where else ""
        raise UsageError(one_line(f"{prefix}interview_date {e}", MAX_ERROR)) from None


def validate_context(data: dict[str, Any], where: str = "") -> MessageContext:
    try:
        return MessageContext.model_validate(with_dates(data, where))
    except ValidationError as e:
        raise UsageError(one_line(describe_error(e, where), MAX_ERROR)) from None
