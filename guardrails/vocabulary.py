"""The words the rules are keyed by, written once: kinds of message, LinkedIn accounts, rule categories and
severities, each a tuple of its values in order.

A leaf module that imports nothing. Where a pydantic model or a type needs one of these sets, it is
`Literal[KINDS]` (see `guardrails.context` and `guardrails.rule`). `composer.vocabulary` re-exports
KINDS and ACCOUNTS for the command line's choices (importing this module loads none of the rules).
"""

KINDS = ("connection_note", "follow_up", "thank_you_email")
CONNECTION_NOTE, FOLLOW_UP, THANK_YOU_EMAIL = KINDS

# What a candidate may have sent an interviewer before (a context's `history`): the kinds of message, a
# connection request without a note, and the one status check after the decision date.
CONNECTION_REQUEST = "connection_request"
STATUS_CHECK = "status_check"
SENT_KINDS = (*KINDS, CONNECTION_REQUEST, STATUS_CHECK)

ACCOUNTS = ("free", "premium")
FREE, PREMIUM = ACCOUNTS

CATEGORIES = ("length", "specificity", "gratitude", "eagerness", "placeholder", "tone", "grounding")
SEVERITIES = ("error", "warning")
