"""The completion style, for the small bundled model: a few-shot document rendered from a `DraftRequest`.

    >>> prompt = completion_prompt(request)    # the document, where the answer starts, sampling and seed
    >>> note = prompt.note(model_output)       # the start of the answer, then what the model wrote

A model this small ignores instructions but continues a document well: `prompts/{kind}.completion.v1.yaml`
holds two example notes, then the interview at hand, ending with the start of the answer. A rewrite samples
differently (the file's `rewrite` sampling, the request's seed) and puts its fix lines, verbatim, in a
checklist where the text says `{checklist}`: after the examples, just before the interview at hand. What
changes between attempts comes last, so a rewrite's document starts exactly like the first attempt's and
llama.cpp evaluates only the checklist and what follows it (it keeps the longest prefix it has already
evaluated). The failed draft itself is left out, because a small model copies whatever draft it is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from composer.context import MessageContext
from composer.prompting.templates import Sampling, load_prompt
from composer.request import DraftRequest, max_tokens_for
from composer.template.post_comment import quotable_lines
from composer.topics import usable_topics, without_unsafe_topics
from guardrails.email import example_subject
from guardrails.facts import facts_for


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


def completion_variables(ctx: MessageContext) -> dict[str, Any]:
    """The few-shot prompts name one topic: the first a message may name (composer.topics: not an
    instruction, which a small model would obey, nor an address), else the role. The subject is the one
    the guardrails' own fix suggests, so they never disagree."""
    topics = usable_topics(ctx)
    return {
        "interview": _interview(ctx),
        "first_name": ctx.greeting,
        "topic": topics[0].strip().rstrip(".!?;,").strip() if topics else "the role",
        "subject": example_subject(facts_for(ctx)),
        # the later kinds: a post comment's post (the lines it may quote), a status check's decision date
        "post": ". ".join(quotable_lines(ctx.post)[:3]) or "(no text given)",
        "decision_by": f"{ctx.decision_by:%B} {ctx.decision_by.day}"
        if ctx.decision_by
        else "the date they gave",
    }


def render_completion(
    ctx: MessageContext, fixes: Sequence[str] = (), *, rewrite: bool = False, seed: int = 1
) -> CompletionPrompt:
    """The completion prompt for the context's kind: a rewrite's `fixes` go in a checklist after the
    examples, and it samples with the rewrite settings."""
    template = load_prompt(ctx.kind, "completion")
    assert template.completion is not None
    settings = template.completion
    fixes = without_unsafe_topics(ctx, fixes)
    checklist = ""
    if rewrite and fixes:
        checklist = settings.checklist.format(fixes="\n".join(f"- {fix}" for fix in fixes))
    document, answer_start = template.render_text(checklist, **completion_variables(ctx))
    return CompletionPrompt(
        prompt=document + answer_start,
        answer_start=answer_start.lstrip(),
        max_tokens=min(settings.max_tokens, max_tokens_for(ctx)),
        stop=settings.stop,
        sampling=settings.rewrite if rewrite else settings.first_attempt,
        seed=seed,
        fixes=tuple(fixes),
    )


def completion_prompt(request: DraftRequest) -> CompletionPrompt:
    """This attempt's completion prompt: a first draft, or a rewrite carrying the request's fix lines."""
    return render_completion(request.context, request.fixes, rewrite=request.is_rewrite, seed=request.seed)
