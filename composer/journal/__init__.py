"""The journal: a SQLite file on the user's machine that knows which interviews happened, what the
candidate sent to whom and when, and so what is due today (and when to stop).

- `schema`: the tables and their forward migrations (`schema_version`).
- `store`: where the file lives ($COMPOSER_HOME), WAL, the busy timeout, one transaction per command.
- `interviews`: reading `interview add FILE` with batch's readers, plus the plan's facts per interviewer.
- `records`: rows as dicts, and the checks made before any write.
- `due`: the plan's rules applied to what was sent: what `next` lists.
- `service`: the operations, each one transaction, that `composer.app` offers the front ends.
"""

from composer.journal.due import DueItem
from composer.journal.store import Journal, journal_path, open_journal

__all__ = ["DueItem", "Journal", "journal_path", "open_journal"]
