"""People's names: the titles written before a name ('Dr.', 'Prof.') and the name to greet someone by.

One list of titles serves the context's first name, the rules that find a greeting by title and surname
('Dear Dr. Okafor'), and the grounding rule's list of capitalised words that are not facts.
"""

from __future__ import annotations

# Lower case, without the full stop; each is also recognised with one ('dr.').
TITLES = ("dr", "mr", "mrs", "ms", "mx", "prof", "professor", "sir")

# A title and the space after it, for a pattern over folded (lower-case) text: 'dr. ', 'mrs ', 'professor '.
TITLE_PATTERN = r"(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + r")\.?\s+"

_TITLE_WORDS = frozenset(TITLES) | {f"{t}." for t in TITLES}


def first_name(full_name: str) -> str:
    """The name to greet: the first word of the name, skipping titles such as 'Dr.'."""
    parts = full_name.split()
    while len(parts) > 1 and parts[0].lower() in _TITLE_WORDS:
        parts = parts[1:]
    return parts[0].rstrip(",") if parts else full_name
