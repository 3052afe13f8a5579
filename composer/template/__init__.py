"""A deterministic composer with no model: the article's guidance as a bank of phrasings.

Every note greets the interviewer by first name, thanks them, names one thing actually discussed, and
closes by staying in touch; nothing about the decision, no sales pitch, no placeholders (the article: "Hi
[Interviewer's Name], it was a pleasure meeting you during our interview for the [Job Title] position. I
appreciated the insights you shared about [specific topic discussed]. I would love to stay connected").

Each kind has its own banks, one per part of the message, and each bank holds PANEL_VARIANTS phrasings in
words of their own: the members of one interview panel take distinct phrasings of every part (`choose`), so
the five notes to a panel do not read as one form letter (interviewers compare notes). A long topic is cut
where a phrase ends, to fit the limit; a topic that is an instruction to a model, a web address or an
e-mail address is never named (`composer.topics`). Every sentence says what the facts give or is a
courtesy that needs none.
Candidates are generated from the most complete to the shortest and the first that passes
`check_message` is returned.

- `banks`: the phrasing banks (data) and the limits the assembly keeps to;
- `clauses`: a topic as typed made a phrase a preposition takes (a question as a clause, a bare verb as a
  gerund, a list joined as English);
- `phrases`: a topic tidied and cut to a phrase that fits, the interview named by role and company (an
  institution with 'the');
- `product_names`: products and credentials typed in lower case written as their owners write them;
- `choice`: which phrasing of each part a context gets (a panel's members take distinct ones);
- `linkedin`: the connection note and the follow-up;
- `thank_you_email`: the thank-you email;
- `compose`: `candidate_notes` and `compose_from_facts`.

`composer.providers.template_provider.TemplateProvider` puts this behind the provider contract; nothing here
imports a provider.
"""

from composer.template.banks import PANEL_VARIANTS
from composer.template.choice import PARTS, Choice, choose, panel_rank
from composer.template.compose import MODEL, candidate_notes, compose_from_facts
from composer.template.phrases import about_phrases, topic_phrases
from composer.topics import usable_topics

__all__ = [
    "MODEL",
    "PANEL_VARIANTS",
    "PARTS",
    "Choice",
    "about_phrases",
    "candidate_notes",
    "choose",
    "compose_from_facts",
    "panel_rank",
    "topic_phrases",
    "usable_topics",
]
