"""The interview facts every message is drafted from and checked against (`MessageContext`).

The rules judge a draft against these facts, so the model lives with them, in the ground floor;
`composer.context` re-exports it for the code that drafts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from guardrails.names import first_name
from guardrails.person_names import MAX_NAME as MAX_NAME  # re-exported: composer.context
from guardrails.person_names import valid_person_name
from guardrails.vocabulary import ACCOUNTS, CONNECTION_NOTE, FREE, KINDS

Account = Literal[ACCOUNTS]
Kind = Literal[KINDS]

MAX_FIELD = 120
MAX_TOPIC = 300
MAX_TOPICS = 8


def normal_choice(value: Any) -> Any:
    """A choice as written by people ('Follow-Up ', 'Premium') in the form the models use ('follow_up')."""
    return value.strip().lower().replace("-", "_") if isinstance(value, str) else value


def _either(values: tuple[str, ...]) -> str:
    return f"{', '.join(values[:-1])} or {values[-1]}"


def _clean(value: str) -> str:
    return " ".join(value.split())


class MessageContext(BaseModel):
    """What happened in the interview, and what kind of message to write about it."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    interviewer_name: str = Field(description="The interviewer's name, as they write it.")
    role: str = Field("", max_length=MAX_FIELD, description="The job title interviewed for.")
    company: str = Field("", max_length=MAX_FIELD, description="The company interviewed with.")
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

    @field_validator("account", "kind", mode="before")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        return normal_choice(value)

    @field_validator("topics", "other_names", mode="before")
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

    @field_validator("interviewer_name", "candidate_name")
    @classmethod
    def _person(cls, value: str | None) -> str | None:
        return None if value is None else valid_person_name(value)

    @field_validator("role", "company", mode="before")
    @classmethod
    def _unknown_is_empty(cls, value: Any) -> Any:
        """None (a JSON null, an empty CSV cell read as None) means 'not known', the same as ''."""
        return "" if value is None else value

    @field_validator("role", "company")
    @classmethod
    def _one_line(cls, value: str) -> str:
        return _clean(value)

    @field_validator("topics")
    @classmethod
    def _topics(cls, value: list[str]) -> list[str]:
        cleaned = []
        for i, topic in enumerate(value):
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

    @property
    def first_name(self) -> str:
        """The name to greet: the first word of the name, skipping titles such as 'Dr.'."""
        return first_name(self.interviewer_name)


def as_context(context: MessageContext | dict[str, Any]) -> MessageContext:
    """The context itself, or the model validated from a dict with its keys (pydantic's ValidationError)."""
    if isinstance(context, MessageContext):
        return context
    return MessageContext.model_validate(context)
