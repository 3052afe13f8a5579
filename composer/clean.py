"""Cleaning a model's reply into the note itself: what models wrap around a note is not part of it.

Strips a preamble ("Here's your note:"), surrounding quotation marks, markdown (fences, bold, headings,
quote markers), chatter after the note ("Let me know if ..."), a character count, and a trailing signature
placeholder ("[Your Name]"), or puts the candidate's name in its place. The guardrails judge what is left.

It runs on every reply of every attempt, so every step is linear in the length of the reply: the patterns
are anchored where they start (`match`, `fullmatch`), run over one line, or cannot backtrack over what they
have matched; the endings (chatter, a character count, a signature slot) are found from the end of the text
with string methods, never by a pattern tried at every position. A reply longer than MAX_REPLY_CHARS is cut
to that length before it is cleaned: no message is that long, and what is left still fails the length check.
"""

from __future__ import annotations

import re

MAX_REPLY_CHARS = 20_000  # ten times the longest message (an email of 230 words), wrapping included

_FENCE_INFO = re.compile(r"[\w-]*\s*")  # what may follow the opening ``` on its line: a language name
_PREAMBLE = re.compile(
    r"\s*(?:(?:sure|certainly|of course|absolutely|okay|ok)\b[^\n]*?[.!,]\s*)?"
    r"(?:here(?:'s| is| are)|below is|this is)\b[^\n]{0,100}?(?::|\.)[ \t]*\n+",
    re.I,
)
_LABEL = re.compile(
    r"\s*\**(?:(?:linkedin\s+)?(?:connection\s+)?(?:note|message|draft|rewritten\s+\w+|revised\s+\w+|"
    r"follow[- ]up|email|invitation)(?:\s+\(\d+\s+characters\))?)\**\s*:\**[ \t]*\n?",
    re.I,
)
# Chatter is the model talking to us after the note: only a last paragraph, and only these openings.
_CHATTER_OPENING = re.compile(
    r"let me know (?:if|whether)\b|feel free to (?:adjust|edit|change|modify|tweak|personali[sz]e)\b"
    r"|i hope this helps\b|hope this helps\b|would you like (?:me|a|any)\b|note:\s"
    r"|this (?:note|message|version|draft) (?:is|has|keeps|stays|fits|comes)\b",
    re.I,
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SPACE = re.compile(r"\s*")
_COUNT_LINE = re.compile(
    r"[ \t]*\(?(?:(?:character|char)s?\s*count\b[^\n]*|\d+\s+characters?)\)?[ \t.]*", re.I
)
_QUOTES = [('"', '"'), ("\u201c", "\u201d"), ("'", "'"), ("\u2018", "\u2019"), ("\u00ab", "\u00bb")]
_PLACEHOLDER_LINE = re.compile(r"[ \t>*-]*(?:\[[^\]\n]{1,40}\]|\{\{?[^}\n]{1,40}\}?\}|<[^>\n]{1,40}>)[ \t*]*")
_NAME_SLOT = re.compile(r"\[(?:your\s+(?:full\s+)?name|name|candidate(?:'s)?\s+name)\]", re.I)
_SLOT_SEPARATORS = "-\u2013\u2014,"
_MARKDOWN = [
    (re.compile(r"\*\*(.+?)\*\*", re.S), r"\1"),
    (re.compile(r"__(.+?)__", re.S), r"\1"),
    (re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    (re.compile(r"^#{1,6}[ \t]+", re.M), ""),
    (re.compile(r"^>[ \t]?", re.M), ""),
]


def clean_draft(text: str, candidate_name: str | None = None) -> str:
    """The note inside a model's reply. A signature placeholder becomes `candidate_name` when known."""
    text = text[:MAX_REPLY_CHARS].replace("\r\n", "\n").strip()
    text = _unfence(text)
    for _ in range(2):  # "Sure! Here's a note:\n\n**Note:**\n..." has two layers
        text = _strip_leading(_PREAMBLE, text)
        text = _strip_leading(_LABEL, text)
    text = _cut_chatter(text).strip()
    text = _unquote(text)
    for pattern, replacement in _MARKDOWN:
        text = pattern.sub(replacement, text)
    text = _remove_signature_placeholder(text, candidate_name)
    text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return _unquote(text.strip())


def _unfence(text: str) -> str:
    """The inside of a reply that is one fenced block (```, or ```text, on its own line at each end)."""
    if not (text.startswith("```") and text.endswith("```")):
        return text
    first_newline = text.find("\n")
    if first_newline < 0 or not _FENCE_INFO.fullmatch(text, 3, first_newline):
        return text
    inside = text[first_newline + 1 : len(text) - 3]
    body = inside.rstrip()
    if "\n" not in inside[len(body) :]:  # the closing fence must start a line
        return text
    return body.strip()


def _strip_leading(pattern: re.Pattern[str], text: str) -> str:
    found = pattern.match(text)
    return text[found.end() :].strip() if found else text


def _cut_chatter(text: str) -> str:
    """The text without chatter: a last paragraph that opens like "Let me know if ...", or a last line that
    counts the characters."""
    body = text.rstrip()
    last_break = body.rfind("\n\n")
    scanned = 0
    for gap in _PARAGRAPH_BREAK.finditer(body):
        if gap.start() < scanned:
            continue  # inside a blank run already skipped: each run is scanned once
        scanned = _SPACE.match(body, gap.end()).end()
        opening = _CHATTER_OPENING.match(body, scanned)
        if opening and opening.end() > last_break:  # no empty line after it: the last paragraph
            return body[: gap.start()]
    newline = body.rfind("\n")
    if newline >= 0 and _COUNT_LINE.fullmatch(body, newline + 1):
        return body[:newline]
    return body


def _unquote(text: str) -> str:
    for open_, close in _QUOTES:
        if len(text) > 2 and text.startswith(open_) and text.endswith(close):
            return text[len(open_) : -len(close)].strip()
    return text


def _remove_signature_placeholder(text: str, candidate_name: str | None) -> str:
    lines = text.rstrip().split("\n")
    slot_lines = 0
    while len(lines) > 1 and _PLACEHOLDER_LINE.fullmatch(lines[-1]):
        lines.pop()
        slot_lines += 1
    if slot_lines:
        while lines and not lines[-1].strip():
            lines.pop()
        if candidate_name:
            lines.append(candidate_name)
        return "\n".join(lines)
    joined = "\n".join(lines)
    found = _trailing_name_slot(joined)
    if found is None:
        return joined
    start, slot = found
    if candidate_name:
        return joined[:slot] + candidate_name
    return joined[:start].rstrip(" ,-\u2013\u2014")


def _trailing_name_slot(text: str) -> tuple[int, int] | None:
    """Where a name slot that ends the text ("... - [Your Name]") starts, with the dash or comma and the
    spaces before it, and where the slot itself starts; None when the text does not end with one."""
    body = text.rstrip()
    slot = body.rfind("[")
    if not body.endswith("]") or slot < 0 or not _NAME_SLOT.fullmatch(body, slot):
        return None
    before = body[:slot].rstrip(" \t")
    if before and before[-1] in _SLOT_SEPARATORS:
        before = before[:-1].rstrip(" \t")
    return len(before), slot
