"""Deterministic guardrails: pure rules that judge a message against the interview facts.

>>> from guardrails import check_message
>>> report = check_message("Hi Ana, thank you ...", {"interviewer_name": "Ana Lima", "topics": ["Kafka"]})
>>> report.passed, [r.fix for r in report.errors]

The rules load on first use of a name below (`guardrails.check`), so `guardrails.vocabulary`, which the
composer's command line reads to build its choices, is imported without them.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["MODULES", "RULES", "Finding", "Report", "Rule", "RuleResult", "check_message", "rules_for"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("guardrails.check"), name)
    raise AttributeError(f"module 'guardrails' has no attribute {name!r}")
