"""Prompts are data: versioned YAML files in `prompts/` (shipped as `composer.prompts`), validated on load
and rendered with langchain-core's prompt templates.

    >>> task = render_task(context)                           # the first attempt's messages
    >>> again = render_rewrite(context, draft, report.fixes())  # appended to the task for a rewrite

A file is named `{id}.{style}.v{version}.yaml`. Its `variables` must list exactly the placeholders its
messages use; rendering without one of them is a `PromptError` that names it. The interview facts go in as
one JSON block between <facts> and </facts>, which the system prompt calls data, not instructions.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.resources import files
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from composer.context import MessageContext
from composer.providers.base import ChatMessage

PACKAGE = "composer.prompts"
_FILE = re.compile(r"^(?P<id>[a-z_]+)\.(?P<style>[a-z]+)\.v(?P<version>\d+)\.yaml$")
_LANGCHAIN_ROLES = {"system": "system", "user": "human", "assistant": "ai"}
_OUR_ROLES = {"system": "system", "human": "user", "ai": "assistant"}


class PromptError(ValueError):
    """A prompt file that does not load, or a render that lacks a variable: the message names what."""


class PromptMessage(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    role: Literal["system", "user", "assistant"]
    content: str = Field(min_length=1)


class PromptTemplate(BaseModel):
    """One prompt file: which message it writes, in which style, and the messages to render."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    version: int = Field(ge=1)
    kind: Literal["connection_note", "follow_up", "thank_you_email", "rewrite"]
    style: Literal["chat", "completion"]
    description: str
    variables: tuple[str, ...]
    messages: tuple[PromptMessage, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _variables_match(self) -> PromptTemplate:
        used = set(self._template().input_variables)
        declared = set(self.variables)
        if used - declared:
            raise ValueError(f"messages use {sorted(used - declared)} but `variables` does not list them")
        if declared - used:
            raise ValueError(f"`variables` lists {sorted(declared - used)} but no message uses them")
        return self

    def _template(self):
        from langchain_core.prompts.chat import ChatPromptTemplate

        return ChatPromptTemplate.from_messages(
            [(_LANGCHAIN_ROLES[m.role], m.content) for m in self.messages], template_format="f-string"
        )

    def render(self, **values: Any) -> list[ChatMessage]:
        missing = [v for v in self.variables if v not in values]
        if missing:
            raise PromptError(
                f"Prompt {self.id!r} v{self.version} needs the variable(s) {', '.join(missing)}; "
                f"it was given {', '.join(sorted(values)) or 'none'}"
            )
        wanted = {k: v for k, v in values.items() if k in self.variables}
        rendered = self._template().format_messages(**wanted)
        return [ChatMessage(_OUR_ROLES[m.type], str(m.content)) for m in rendered]


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
    import yaml

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


def facts_json(ctx: MessageContext) -> str:
    """The interview facts as one JSON object, with '<' escaped so no value can close the <facts> block."""
    facts: dict[str, Any] = {
        "interviewer_name": ctx.interviewer_name,
        "first_name": ctx.first_name,
        "role": ctx.role or None,
        "company": ctx.company or None,
        "topics_discussed": list(ctx.topics),
        "message_kind": ctx.kind,
        "linkedin_account": ctx.account,
        "candidate_name": ctx.candidate_name,
        "other_panel_members_not_to_name": list(ctx.other_names),
        "interview_date": ctx.interview_date.isoformat() if ctx.interview_date else None,
    }
    facts = {k: v for k, v in facts.items() if v not in (None, [])}
    return json.dumps(facts, ensure_ascii=False, indent=2).replace("<", "\\u003c").replace(">", "\\u003e")


def character_limit(ctx: MessageContext) -> int | None:
    from guardrails import check_message

    return check_message("", ctx).limit


def task_variables(ctx: MessageContext) -> dict[str, Any]:
    signature = f"'Best regards,' then {ctx.candidate_name} on the next line" if ctx.candidate_name else (
        "'Best regards,' on its own line (the candidate adds their name)"
    )  # fmt: skip
    return {
        "facts_json": facts_json(ctx),
        "first_name": ctx.first_name,
        "limit": character_limit(ctx) or 600,
        "signature": signature,
    }


def render_task(ctx: MessageContext, style: str = "chat") -> list[ChatMessage]:
    """The first attempt's messages for the context's kind of message."""
    return load_prompt(ctx.kind, style).render(**task_variables(ctx))


def render_rewrite(ctx: MessageContext, draft: str, fixes: list[str]) -> list[ChatMessage]:
    """The two messages a rewrite appends to the task: the last draft, then every fix line verbatim."""
    lines = "\n".join(f"- {fix}" for fix in fixes)
    return load_prompt("rewrite").render(draft=draft, fixes=lines, first_name=ctx.first_name)
