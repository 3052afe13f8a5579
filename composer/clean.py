"""Cleaning a model's reply into the note itself: what models wrap around a note is not part of it.

Strips a preamble ("Here's your note:"), surrounding quotation marks, markdown (fences, bold, headings,
quote markers), chatter after the note ("Let me know if ..."), a character count, and a trailing signature
placeholder ("[Your Name]"), or puts the candidate's name in its place. The guardrails judge what is left.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^\s*```[\w-]*\s*\n(?P<body>.*?)\n\s*```\s*$", re.S)
_PREAMBLE = re.compile(
    r"\A\s*(?:(?:sure|certainly|of course|absolutely|okay|ok)\b[^\n]*?[.!,]\s*)?"
    r"(?:here(?:'s| is| are)|below is|this is)\b[^\n]{0,100}?(?::|\.)[ \t]*\n+",
    re.I,
)
_LABEL = re.compile(
    r"\A\s*\**(?:(?:linkedin\s+)?(?:connection\s+)?(?:note|message|draft|rewritten\s+\w+|revised\s+\w+|"
    r"follow[- ]up|email|invitation)(?:\s+\(\d+\s+characters\))?)\**\s*:\**[ \t]*\n?",
    re.I,
)
# Chatter is the model talking to us after the note: only a last paragraph, and only these openings.
_CHATTER = re.compile(
    r"\n[ \t]*\n\s*(?:let me know (?:if|whether)\b|feel free to (?:adjust|edit|change|modify|tweak|personali[sz]e)\b"
    r"|i hope this helps\b|hope this helps\b|would you like (?:me|a|any)\b|note:\s"
    r"|this (?:note|message|version|draft) (?:is|has|keeps|stays|fits|comes)\b)[^\n]*(?:\n[^\n]+)*\s*\Z"
    r"|\n+[ \t]*\(?(?:(?:character|char)s?\s*count\b[^\n]*|\d+\s+characters?)\)?[ \t.]*\Z",
    re.I,
)
_QUOTES = [('"', '"'), ("\u201c", "\u201d"), ("'", "'"), ("\u2018", "\u2019"), ("\u00ab", "\u00bb")]
_PLACEHOLDER_LINE = re.compile(
    r"^[ \t>*-]*(?:\[[^\]\n]{1,40}\]|\{\{?[^}\n]{1,40}\}?\}|<[^>\n]{1,40}>)[ \t*]*$", re.M
)
_TRAILING_NAME_SLOT = re.compile(
    r"[ \t]*[-\u2013\u2014,]?[ \t]*"
    r"(?P<slot>\[(?:your\s+(?:full\s+)?name|name|candidate(?:'s)?\s+name)\])\s*\Z",
    re.I,
)
_MARKDOWN = [
    (re.compile(r"\*\*(.+?)\*\*", re.S), r"\1"),
    (re.compile(r"__(.+?)__", re.S), r"\1"),
    (re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    (re.compile(r"^#{1,6}[ \t]+", re.M), ""),
    (re.compile(r"^>[ \t]?", re.M), ""),
]


def _unquote(text: str) -> str:
    for open_, close in _QUOTES:
        if len(text) > 2 and text.startswith(open_) and text.endswith(close):
            return text[len(open_) : -len(close)].strip()
    return text


def clean_draft(text: str, candidate_name: str | None = None) -> str:
    """The note inside a model's reply. A signature placeholder becomes `candidate_name` when known."""
    text = text.replace("\r\n", "\n").strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group("body").strip()
    for _ in range(2):  # "Sure! Here's a note:\n\n**Note:**\n..." has two layers
        text = _PREAMBLE.sub("", text, count=1).strip()
        text = _LABEL.sub("", text, count=1).strip()
    text = _CHATTER.sub("", text).strip()
    text = _unquote(text)
    for pattern, replacement in _MARKDOWN:
        text = pattern.sub(replacement, text)
    text = _remove_signature_placeholder(text, candidate_name)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return _unquote(text.strip())


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
    m = _TRAILING_NAME_SLOT.search(joined)
    if m is None:
        return joined
    if candidate_name:
        return joined[: m.start("slot")] + candidate_name
    return joined[: m.start()].rstrip(" ,-\u2013\u2014")
