"""What `compose_note` returns and `draft --format json` prints: the note, and the record of every attempt."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from composer.vocabulary import SOURCES, STOP_REASONS

Source = Literal[SOURCES]
StopReason = Literal[STOP_REASONS]

# Who wrote the text, in the words of the one-line summary.
WRITTEN_BY = {
    "llm": "written by the model",
    "template": "written by the template",
    "fallback": "template fallback: no model draft passed",
}


class Usage(BaseModel):
    """Provider calls and tokens (as the server reports them; 0 when it does not), and wall time."""

    model_config = ConfigDict(extra="forbid")

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            calls=self.calls + other.calls,
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            seconds=round(self.seconds + other.seconds, 4),
        )


class Attempt(BaseModel):
    """One call to the provider: the feedback the request carried, the cleaned draft, and its verdict."""

    model_config = ConfigDict(extra="forbid")

    number: int
    text: str
    passed: bool
    failed_rules: list[str] = Field(default_factory=list, description="error rules the draft failed")
    feedback: list[str] = Field(
        default_factory=list, description="the fix lines sent with this attempt's request (none on the first)"
    )
    usage: Usage
    seconds: float


class Result(BaseModel):
    """The note to send (or the best draft when none passed), where it came from, and what it cost.

    `source`: `llm` (a model wrote it), `template` (the template provider was asked for it), or `fallback`
    (no model draft passed, so the deterministic template wrote it). `stop_reason`: `passed` when a draft
    passed, `max_attempts` when the attempts ran out.
    """

    model_config = ConfigDict(extra="forbid")

    text: str
    passed: bool
    source: Source
    provider: str
    model: str | None
    attempts: list[Attempt]
    usage: Usage
    stop_reason: StopReason
    kind: str
    characters: int
    limit: int | None
    failed_rules: list[str] = Field(default_factory=list, description="error rules the returned text fails")
    warnings: list[str] = Field(default_factory=list, description="warnings on the returned text, to confirm")

    def summary(self) -> str:
        """One line for a terminal: verdict, attempts, provider, who wrote the text, characters/limit."""
        tries = f"{len(self.attempts)} attempt{'s' if len(self.attempts) != 1 else ''}"
        who = self.provider + (f" ({self.model})" if self.model and self.model != self.provider else "")
        size = f"{self.characters}/{self.limit} characters" if self.limit else f"{self.characters} characters"
        verdict = "passed" if self.passed else "FAILED " + ", ".join(self.failed_rules)
        return f"{verdict} · {tries} · {who} · {WRITTEN_BY[self.source]} · {size}"
