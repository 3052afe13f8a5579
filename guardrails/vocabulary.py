"""The words the rules are keyed by, written once: kinds of message, LinkedIn accounts, rule categories and
severities, each a tuple of its values in order.

A leaf module that imports nothing. Where a pydantic model or a type needs one of these sets, it is
`Literal[KINDS]` (see `guardrails.context` and `guardrails.rule`). `composer.vocabulary` re-exports
KINDS and ACCOUNTS for the command line's choices (importing this module loads none of the rules).
"""

# The sequence after an interview: the connection note, the follow-up once they accept, the thank-you email
# where connecting is too forward; then a short comment on one of their posts (the plan's "engage with their
# posts"), the one status-check email after the decision date, and a note after a rejection or an offer.
KINDS = (
    "connection_note",
    "follow_up",
    "thank_you_email",
    "post_comment",
    "status_check",
    "after_rejection",
    "after_offer",
)
CONNECTION_NOTE, FOLLOW_UP, THANK_YOU_EMAIL, POST_COMMENT, STATUS_CHECK, AFTER_REJECTION, AFTER_OFFER = KINDS
# The kinds written as a formal email ('Dear Dr. Okafor,'): the name a title is written with is title and
# family name in them; every other kind calls the interviewer by their given name.
EMAIL_KINDS = (THANK_YOU_EMAIL, STATUS_CHECK)

# What a candidate may have sent an interviewer before (a context's `history`): the kinds of message, and a
# connection request without a note.
CONNECTION_REQUEST = "connection_request"
SENT_KINDS = (*KINDS, CONNECTION_REQUEST)

ACCOUNTS = ("free", "premium")
FREE, PREMIUM = ACCOUNTS

CATEGORIES = ("length", "specificity", "gratitude", "eagerness", "placeholder", "tone", "grounding")
SEVERITIES = ("error", "warning")
