"""The interview facts every message is drafted from and checked against (`MessageContext`).

The rules judge a draft against these facts, so the model lives with them, in the ground floor;
`composer.context` re-exports it for the code that drafts.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from guardrails.names import PersonName, greeting_name, parse_name
from guardrails.person_names import MAX_NAME as MAX_NAME  # re-exported: composer.context
from guardrails.person_names import valid_person_name
from guardrails.vocabulary import (
    ACCOUNTS,
    CONNECTION_NOTE,
    FREE,
    KINDS,
    SENT_KINDS,
)

Account = Literal[ACCOUNTS]
Kind = Literal[KINDS]
SentKind = Literal[SENT_KINDS]

MAX_FIELD = 120
MAX_TOPIC = 300
MAX_TOPICS = 8
MAX_POST = 3000  # LinkedIn's limit on a post's text


def normal_choice(value: Any) -> Any:
    """A choice as written by people ('Follow-Up ', 'Premium') in the form the models use ('follow_up')."""
    return value.strip().lower().replace("-", "_") if isinstance(value, str) else value


def _either(values: tuple[str, ...]) -> str:
    return f"{', '.join(values[:-1])} or {values[-1]}"


def _clean(value: str) -> str:
    return " ".join(value.split())


class SentBefore(BaseModel):
    """A message the candidate already sent this interviewer (from the journal): what, and when."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: SentKind
    sent_on: dt.date

    @field_validator("kind", mode="before")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        return normal_choice(value)


# A number's thousands comma taken for a list's ('timetabling 20,000 students' split as 'timetabling 20' and
# '000 students' by a YAML or CSV list): the two halves are one topic again.
_NUMBER_END = re.compile(r"\d{1,3}$")
_THOUSANDS_START = re.compile(r"^\d{3}(?!\d)")


def _rejoin_numbers(topics: list[Any]) -> list[Any]:
    out: list[Any] = []
    for topic in topics:
        if (
            out
            and isinstance(topic, str)
            and isinstance(out[-1], str)
            and _NUMBER_END.search(out[-1].rstrip())
            and _THOUSANDS_START.match(topic.lstrip())
        ):
            out[-1] = f"{out[-1].rstrip()},{topic.lstrip()}"
        else:
            out.append(topic)
    return out


class MessageContext(BaseModel):
    """What happened in the interview, and what kind of message to write about it."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    interviewer_name: str = Field(description="The interviewer's name, as they write it.")
    role: str = Field("", max_length=MAX_FIELD, description="The job title interviewed for.")
    company: str = Field("", max_length=MAX_FIELD, description="The company interviewed with.")
    interviewer_company: str = Field(
        "",
        max_length=MAX_FIELD,
        description="Where the interviewer works when that is not the company interviewed with (a panel's "
        "member from a partner, a professional body or another office); a fact, never named as the employer.",
    )
    topics: list[str] = Field(
        default_factory=list,
        max_length=MAX_TOPICS,
        description="Things actually discussed with this interviewer.",
    )
    account: Account = Field(FREE, description=f"The candidate's LinkedIn tier: {_either(ACCOUNTS)}.")
    kind: Kind = Field(CONNECTION_NOTE, description=f"{_either(KINDS)}.")
    candidate_name: str | None = Field(None, description="The candidate's own name, for a signature.")
    other_names: list[str] = Field(default_factory=list, description="The rest of the interview panel.")
    interview_date: dt.date | None = Field(None, description="The day of the interview (YYYY-MM-DD).")
    share: str | None = Field(
        None,
        max_length=MAX_TOPIC,
        description="An article or a piece of company news a follow-up may share, as the candidate would "
        "name it ('Acme's post on its new Kafka platform'); its names and numbers count as facts.",
    )
    post: str | None = Field(
        None,
        max_length=MAX_POST,
        description="A post_comment: the text of the interviewer's post the comment answers, as posted; its "
        "names and numbers count as facts.",
    )
    decision_by: dt.date | None = Field(
        None,
        description="A status_check: the day they said the decision would be made by (YYYY-MM-DD); the email "
        "mentions it.",
    )
    remind_of_interview: bool = Field(
        False,
        description="The note goes out later than the few days advised (the plan's connect_late): it must say "
        "which interview it was (specificity.names_the_interview).",
    )
    history: list[SentBefore] = Field(
        default_factory=list,
        description="What was already sent to this interviewer (kind, sent_on), oldest first; the journal "
        "fills it so that a second note or follow-up fails eagerness.repeated_follow_up.",
    )
    greet_as: str | None = Field(
        None,
        description="The name to greet the interviewer by ('Joon-ho', 'Dr. Okafor'); wins over any guess.",
    )
    other_topics: list[str] = Field(
        default_factory=list, description="What the rest of the panel discussed, so no note borrows it."
    )

    @field_validator("account", "kind", mode="before")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        return normal_choice(value)

    @field_validator("topics", "other_names", "other_topics", mode="before")
    @classmethod
    def _listify(cls, value: Any) -> Any:
        if value is None:
            return []
        if isinstance(value, str):  # one topic given as plain text, or "a; b" from a CSV cell
            return [part for part in value.split(";") if part.strip()]
        return value

    @field_validator("*", mode="before")
    @classmethod
    def _no_nul(cls, value: Any) -> Any:
        """A NUL byte in any field (a cell of a binary file read as text) is refused, never passed on."""
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and "\x00" in v for v in values):
            raise ValueError("contains a NUL byte: give plain text")
        return value

    @field_validator("interviewer_name", "candidate_name", "greet_as")
    @classmethod
    def _person(cls, value: str | None) -> str | None:
        return None if value is None else valid_person_name(value)

    @field_validator("greet_as", mode="before")
    @classmethod
    def _no_greet_as(cls, value: Any) -> Any:
        """An empty cell means 'no preference': the name is read from interviewer_name."""
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("role", "company", "interviewer_company", mode="before")
    @classmethod
    def _unknown_is_empty(cls, value: Any) -> Any:
        """None (a JSON null, an empty CSV cell read as None) means 'not known', the same as ''."""
        return "" if value is None else value

    @field_validator("role", "company", "interviewer_company")
    @classmethod
    def _one_line(cls, value: str) -> str:
        return _clean(value)

    @field_validator("share", "post")
    @classmethod
    def _share(cls, value: str | None) -> str | None:
        return _clean(value) or None if value is not None else None

    @field_validator("topics")
    @classmethod
    def _topics(cls, value: list[str]) -> list[str]:
        cleaned = []
        for i, topic in enumerate(_rejoin_numbers(value)):
            topic = _clean(topic)
            if not topic:
                continue
            if len(topic) > MAX_TOPIC:
                raise ValueError(
                    f"topic {i + 1} is {len(topic):,} characters; keep each topic under {MAX_TOPIC} "
                    "(a phrase such as 'migrating batch jobs to Kafka')"
                )
            cleaned.append(topic)
        return cleaned

    @field_validator("other_names")
    @classmethod
    def _others(cls, value: list[str]) -> list[str]:
        names = []
        for i, name in enumerate(value):
            if not name.strip():
                continue
            try:
                names.append(valid_person_name(name))
            except ValueError as e:
                raise ValueError(f"name {i + 1} {e}") from None
        return names

    @field_validator("other_topics")
    @classmethod
    def _other_topics(cls, value: list[str]) -> list[str]:
        return [t for t in (_clean(v) for v in value) if t and len(t) <= MAX_TOPIC]

    @property
    def name(self) -> PersonName:
        """The interviewer's name, split into title, given and family name (`guardrails.names`)."""
        return parse_name(self.interviewer_name)

    @property
    def first_name(self) -> str:
        """The name to call the interviewer by: `greet_as` when given, else the given name, skipping titles
        such as 'Dr.' and reading family-name-first names ('Park Joon-ho' -> 'Joon-ho')."""
        return self.greet_as or self.name.call

    @property
    def greeting(self) -> str:
        """The name after 'Hi' or 'Dear': `greet_as` when given; else title and family name when a title is
        written ('Dr. Okafor', 'Mrs. Mwangi', 'Colonel Wiśniewski'), in a note as in an email: whoever typed the
        title told us how the interviewer is addressed; else the given name."""
        return greeting_name(self.interviewer_name, True, self.greet_as)


def as_context(context: MessageContext | dict[str, Any]) -> MessageContext:
    """The context itself, or the model validated from a dict with its keys (pydantic's ValidationError)."""
    if isinstance(context, MessageContext):
        return context
    return MessageContext.model_validate(context)
