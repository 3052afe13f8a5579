"""Prompts are data: versioned YAML files in `prompts/` (shipped as `composer.prompts`), validated on load
and rendered with langchain-core's prompt templates.

    >>> task = render_task(context)                           # the first attempt's messages
    >>> again = render_rewrite(context, draft, report.fixes())  # appended to the task for a rewrite

A file is named `{id}.{style}.v{version}.yaml`. Its `variables` must list exactly the placeholders its
messages use; rendering without one of them is a `PromptError` that names it. The interview facts go in as
one JSON block between <facts> and </facts>, which the system prompt calls data, not instructions.

Style `chat` is for capable models: system and user messages. Style `completion` is for the small bundled
model, which ignores instructions but continues a document well: a few-shot `text` that ends with the start
of the answer, the sampling for a first attempt and for a rewrite, and a `checklist` that carries a rewrite's
fix lines at the top of the document (`render_completion`). Completion-style providers get the loop's chat
request like any other and turn it into their prompt with `CompletionPrompter`.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
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
    checklist: str = Field(description="put at the top of a rewrite's prompt; uses {fixes}")
    max_tokens: int = Field(ge=1, le=2048)
    stop: tuple[str, ...] = ()
    first_attempt: Sampling
    rewrite: Sampling

    @model_validator(mode="after")
    def _checklist_uses_fixes(self) -> CompletionSettings:
        from langchain_core.prompts import PromptTemplate as Text

        used = set(Text.from_template(self.checklist).input_variables)
        if used != {"fixes"}:
            raise ValueError(f"`checklist` must use exactly {{fixes}}; it uses {sorted(used) or 'nothing'}")
        return self


class PromptTemplate(BaseModel):
    """One prompt file: which message it writes, in which style, and the messages (or text) to render."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    version: int = Field(ge=1)
    kind: Literal["connection_note", "follow_up", "thank_you_email", "rewrite"]
    style: Literal["chat", "completion"]
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
        used = set(self._input_variables())
        declared = set(self.variables)
        if used - declared:
            raise ValueError(f"messages use {sorted(used - declared)} but `variables` does not list them")
        if declared - used:
            raise ValueError(f"`variables` lists {sorted(declared - used)} but no message uses them")
        return self

    def _input_variables(self) -> list[str]:
        if self.style == "chat":
            return self._template().input_variables
        from langchain_core.prompts import PromptTemplate as Text

        assert self.text is not None and self.completion is not None
        return Text.from_template(self.text + self.completion.answer_start).input_variables

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

    def render_text(self, **values: Any) -> tuple[str, str]:
        """A completion prompt's (document, answer start): the document ends where the answer starts."""
        if self.style != "completion" or self.text is None or self.completion is None:
            raise PromptError(f"Prompt {self.id!r} is a {self.style} prompt: use render")
        wanted = self._values(values)
        return self.text.format(**wanted), self.completion.answer_start.format(**wanted)


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
    """The kind's character limit on this account (None for an email), as the length rule counts it."""
    from guardrails.facts import facts_for

    return facts_for(ctx).limit


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


def rewrite_parts(ctx: MessageContext, messages: Sequence[ChatMessage]) -> tuple[str, list[str]] | None:
    """The inverse of `render_rewrite`: (last draft, fix lines) when `messages` end with a rewrite request,
    else None (a first attempt)."""
    if len(messages) < 2 or (messages[-2].role, messages[-1].role) != ("assistant", "user"):
        return None
    marker = "\x00fixes\x00"
    _, shape = load_prompt("rewrite").render(draft="", fixes=marker, first_name=ctx.first_name)
    before, _, after = shape.content.partition(marker)
    content = messages[-1].content
    if not (content.startswith(before) and content.endswith(after)):
        return None
    block = content[len(before) : len(content) - len(after)]
    fixes = [line[2:] for line in block.split("\n") if line.startswith("- ")]
    return messages[-2].content, fixes


# --- completion style: the small bundled model's few-shot prompts -------------------------------------------


@dataclass(frozen=True)
class CompletionPrompt:
    """One attempt's completion request: the document, the start of the answer it ends with, and sampling.

    The note is `answer_start` followed by what the model writes (`note(completion)`)."""

    prompt: str
    answer_start: str
    max_tokens: int
    stop: tuple[str, ...]
    sampling: Sampling
    seed: int
    fixes: tuple[str, ...] = ()

    def note(self, completion: str) -> str:
        return self.answer_start + completion


def _interview(ctx: MessageContext) -> str:
    if ctx.role and ctx.company:
        return f"{ctx.role} at {ctx.company}"
    if ctx.role or ctx.company:
        return ctx.role or f"a role at {ctx.company}"
    return "a job interview"


def _subject(ctx: MessageContext) -> str:
    """The subject the prompts show: the one the guardrails' own fix suggests, so they never disagree."""
    from guardrails.email import example_subject
    from guardrails.facts import facts_for

    return example_subject(facts_for(ctx))


def completion_variables(ctx: MessageContext) -> dict[str, Any]:
    """The few-shot prompts name one topic: the first that is not an instruction (a small model would obey
    one), else the role."""
    from composer.providers.template_provider import usable_topics

    topics = usable_topics(ctx)
    return {
        "interview": _interview(ctx),
        "first_name": ctx.first_name,
        "topic": topics[0].strip().rstrip(".!?;,").strip() if topics else "the role",
        "subject": _subject(ctx),
    }


def render_completion(
    ctx: MessageContext, fixes: Sequence[str] = (), *, rewrite: bool = False, seed: int = 1
) -> CompletionPrompt:
    """The completion prompt for the context's kind. A rewrite samples differently (a seed per attempt) and
    puts its fix lines, verbatim, in a checklist at the top of the document; the failed draft itself is
    left out, because a small model copies whatever draft it is shown."""
    template = load_prompt(ctx.kind, "completion")
    assert template.completion is not None
    settings = template.completion
    document, answer_start = template.render_text(**completion_variables(ctx))
    if rewrite and fixes:
        lines = "\n".join(f"- {fix}" for fix in fixes)
        document = settings.checklist.format(fixes=lines) + document
    return CompletionPrompt(
        prompt=document + answer_start,
        answer_start=answer_start.lstrip(),
        max_tokens=settings.max_tokens,
        stop=settings.stop,
        sampling=settings.rewrite if rewrite else settings.first_attempt,
        seed=seed,
        fixes=tuple(fixes),
    )


class CompletionPrompter:
    """Turns the loop's chat request into this attempt's completion prompt, for completion-style providers.

    The request shows whether it is a rewrite (it ends with the rewrite messages) but not which attempt it
    is, so attempts are counted per context: a first attempt restarts the count, each rewrite adds one, and
    the attempt number is the seed. The same context therefore gets the same seeds on every run. Thread-safe:
    batch shares one provider between threads.
    """

    MAX_CONTEXTS = 4096

    def __init__(self) -> None:
        self._attempts: dict[str, int] = {}
        self._lock = threading.Lock()

    def __call__(self, messages: Sequence[ChatMessage], ctx: MessageContext) -> CompletionPrompt:
        parts = rewrite_parts(ctx, messages)
        key = ctx.model_dump_json()
        with self._lock:
            if len(self._attempts) > self.MAX_CONTEXTS:
                self._attempts.clear()
            number = self._attempts.get(key, 1) + 1 if parts is not None else 1
            self._attempts[key] = number
        if parts is None:
            return render_completion(ctx, seed=number)
        return render_completion(ctx, parts[1], rewrite=True, seed=number)
