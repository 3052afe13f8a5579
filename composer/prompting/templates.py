"""Prompt files: found by name in `composer.prompts`, validated on load, rendered with langchain-core's
prompt templates.

A file is named `{id}.{style}.v{version}.yaml`. Its `variables` must list exactly the placeholders its
messages (or text) use; rendering without one of them is a `PromptError` that names it. Style `chat` has
`messages`; style `completion` has a `text` that ends where the answer starts, and `completion` settings:
the start of the answer, the sampling of a first attempt and of a rewrite, and the `checklist` that carries
a rewrite's fix lines. The text marks where that checklist goes with `{checklist}` (empty in a first
attempt; not one of its `variables`): after the examples, so that everything before it is the same in every
attempt and llama.cpp can reuse the prompt it has already evaluated.

langchain-core is imported where a template is parsed, not at the top: importing it takes about three times
as long as importing `composer.loop` and everything under it (1.4 s, then 4 s, on a busy 2-core host), and
`draft --provider template`, which imports the loop, renders no prompt.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from composer.request import ChatMessage
from composer.vocabulary import KINDS, PROMPT_STYLES

PACKAGE = "composer.prompts"
_FILE = re.compile(r"^(?P<id>[a-z_]+)\.(?P<style>[a-z]+)\.v(?P<version>\d+)\.yaml$")
_LANGCHAIN_ROLES = {"system": "system", "user": "human", "assistant": "ai"}
_OUR_ROLES = {"system": "system", "human": "user", "ai": "assistant"}
CHECKLIST = "checklist"  # the place of a rewrite's checklist in a completion text: filled by the renderer


class PromptError(ValueError):
    """A prompt file that does not load, or a render that lacks a variable: the message names what."""


def _placeholders(text: str) -> list[str]:
    from langchain_core.prompts import PromptTemplate as Text

    return Text.from_template(text).input_variables


class PromptMessage(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    role: Literal["system", "user", "assistant"]
    content: str = Field(min_length=1)


class Sampling(BaseModel):
    """How one attempt of a completion prompt is sampled (llama.cpp's names). `repeat_penalty` is not an
    OpenAI parameter: the openai provider sends it to other servers only."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    temperature: float = Field(ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    repeat_penalty: float | None = Field(default=None, gt=0)


class CompletionSettings(BaseModel):
    """What a completion-style prompt needs besides its text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    answer_start: str = Field(min_length=1, description="ends the prompt; the model continues it")
    checklist: str = Field(description="put where the text says {checklist} in a rewrite; uses {fixes}")
    max_tokens: int = Field(ge=1, le=2048)
    stop: tuple[str, ...] = ()
    first_attempt: Sampling
    rewrite: Sampling

    @model_validator(mode="after")
    def _checklist_uses_fixes(self) -> CompletionSettings:
        used = set(_placeholders(self.checklist))
        if used != {"fixes"}:
            raise ValueError(f"`checklist` must use exactly {{fixes}}; it uses {sorted(used) or 'nothing'}")
        return self


class PromptTemplate(BaseModel):
    """One prompt file: which message it writes, in which style, and the messages (or text) to render."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    version: int = Field(ge=1)
    kind: Literal[(*KINDS, "rewrite")]
    style: Literal[PROMPT_STYLES]
    description: str
    variables: tuple[str, ...]
    messages: tuple[PromptMessage, ...] = ()
    text: str | None = Field(default=None, min_length=1, description="completion style: the document")
    completion: CompletionSettings | None = None

    @model_validator(mode="after")
    def _variables_match(self) -> PromptTemplate:
        if self.style == "chat" and (not self.messages or self.text is not None or self.completion):
            raise ValueError("a chat prompt has `messages` (at least one), and no `text` or `completion`")
        if self.style == "completion" and (self.messages or self.text is None or self.completion is None):
            raise ValueError("a completion prompt has `text` and `completion`, and no `messages`")
        if self.style == "completion" and _placeholders(self.text or "").count(CHECKLIST) != 1:
            raise ValueError(
                "a completion `text` marks the place of a rewrite's checklist with {checklist}, once: put it "
                "after the examples, before the message at hand"
            )
        used = set(self._input_variables()) - ({CHECKLIST} if self.style == "completion" else set())
        declared = set(self.variables)
        if used - declared:
            raise ValueError(f"messages use {sorted(used - declared)} but `variables` does not list them")
        if declared - used:
            raise ValueError(f"`variables` lists {sorted(declared - used)} but no message uses them")
        return self

    def _input_variables(self) -> list[str]:
        if self.style == "chat":
            return self._template().input_variables
        assert self.text is not None and self.completion is not None
        return _placeholders(self.text + self.completion.answer_start)

    def _template(self):
        from langchain_core.prompts.chat import ChatPromptTemplate

        return ChatPromptTemplate.from_messages(
            [(_LANGCHAIN_ROLES[m.role], m.content) for m in self.messages], template_format="f-string"
        )

    def _values(self, values: dict[str, Any]) -> dict[str, Any]:
        missing = [v for v in self.variables if v not in values]
        if missing:
            raise PromptError(
                f"Prompt {self.id!r} v{self.version} needs the variable(s) {', '.join(missing)}; "
                f"it was given {', '.join(sorted(values)) or 'none'}"
            )
        return {k: v for k, v in values.items() if k in self.variables}

    def render(self, **values: Any) -> list[ChatMessage]:
        if self.style != "chat":
            raise PromptError(f"Prompt {self.id!r} is a {self.style} prompt: use render_text")
        rendered = self._template().format_messages(**self._values(values))
        return [ChatMessage(_OUR_ROLES[m.type], str(m.content)) for m in rendered]

    def render_text(self, checklist: str = "", **values: Any) -> tuple[str, str]:
        """A completion prompt's (document, answer start): the document ends where the answer starts, with
        `checklist` (a rewrite's, already formatted) in its place."""
        if self.style != "completion" or self.text is None or self.completion is None:
            raise PromptError(f"Prompt {self.id!r} is a {self.style} prompt: use render")
        wanted = self._values(values)
        return self.text.format(**wanted, checklist=checklist), self.completion.answer_start.format(**wanted)


def _prompt_files() -> dict[tuple[str, str], dict[int, str]]:
    found: dict[tuple[str, str], dict[int, str]] = {}
    for entry in files(PACKAGE).iterdir():
        m = _FILE.match(entry.name)
        if m:
            found.setdefault((m["id"], m["style"]), {})[int(m["version"])] = entry.name
    return found


@lru_cache(maxsize=32)
def load_prompt(prompt_id: str, style: str = "chat", version: int | None = None) -> PromptTemplate:
    """The prompt `prompt_id` in `style`, at `version` or the newest one."""
    versions = _prompt_files().get((prompt_id, style))
    if not versions:
        raise PromptError(f"No prompt {prompt_id!r} in style {style!r} in {PACKAGE}")
    chosen = version if version is not None else max(versions)
    if chosen not in versions:
        raise PromptError(f"Prompt {prompt_id!r} has no version {chosen} (has {sorted(versions)})")
    name = versions[chosen]
    try:
        data = yaml.safe_load(files(PACKAGE).joinpath(name).read_text(encoding="utf-8"))
        template = PromptTemplate.model_validate(data)
    except (yaml.YAMLError, ValidationError) as e:
        raise PromptError(f"Prompt file {name} is not valid: {e}") from None
    if (template.id, template.style, template.version) != (prompt_id, style, chosen):
        said = f"id={template.id!r}, style={template.style!r}, version={template.version}"
        raise PromptError(f"Prompt file {name} says {said}: the file name and its contents must agree")
    return template
