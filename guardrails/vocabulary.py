"""The words the rules are keyed by, written once: kinds of message, LinkedIn accounts, rule categories and
severities, each a tuple of its values in order.

A leaf module that imports nothing. Where a pydantic model or a type needs one of these sets, it is
`Literal[KINDS]` (see `guardrails.context` and `guardrails.rule`). The command line's choices are
`composer.vocabulary`'s, which holds a copy of KINDS and ACCOUNTS (its `--help` imports no guardrails);
tests/test_vocabulary.py keeps the copy equal to these.
"""

KINDS = ("connection_note", "follow_up", "thank_you_email")
CONNECTION_NOTE, FOLLOW_UP, THANK_YOU_EMAIL = KINDS

ACCOUNTS = ("free", "premium")
FREE, PREMIUM = ACCOUNTS

CATEGORIES = ("length", "specificity", "gratitude", "eagerness", "placeholder", "tone", "grounding")
SEVERITIES = ("error", "warning")
