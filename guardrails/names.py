"""People's names: the titles written before a name ('Dr.', 'Prof.') and the name to greet someone by."""

from __future__ import annotations

_TITLES = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.", "prof", "prof.", "sir"}


def first_name(full_name: str) -> str:
    """The name to greet: the first word of the name, skipping titles such as 'Dr.'."""
    parts = full_name.split()
    while len(parts) > 1 and parts[0].lower() in _TITLES:
        parts = parts[1:]
    return parts[0].rstrip(",") if parts else full_name
