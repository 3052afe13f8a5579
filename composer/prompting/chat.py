"""The chat style, for capable models: system and user messages, rendered from the loop's `DraftRequest`.

    >>> task = render_task(context)            # the first attempt's messages (the loop renders them once)
    >>> messages = chat_messages(request)      # the request's task, then for a rewrite the last draft and
    ...                                        # every fix line, verbatim (render_rewrite)

The interview facts go in as one JSON block between <facts> and </facts>, which the system prompt calls
data, not instructions.
"""

from __future__ import annotations

import json
from typing import Any

from composer.context import MessageContext
from composer.prompting.templates import load_prompt
from composer.request import ChatMessage, DraftRequest
from composer.topics import shareable, usable_topics, without_unsafe_topics
from guardrails.facts import facts_for


def facts_json(ctx: MessageContext) -> str:
    """The interview facts as one JSON object, with '<' escaped so no value can close the <facts> block.
    Only the topics a message may name are in it, exactly as typed: an instruction to a model, a web
    address or an e-mail address never reaches the model (composer.topics)."""
    facts: dict[str, Any] = {
        "interviewer_name": ctx.interviewer_name,
        "first_name": ctx.first_name,
        "greet_as": ctx.greeting if ctx.greeting != ctx.first_name else None,
        "role": ctx.role or None,
        "company": ctx.company or None,
        # a panel member from elsewhere: where they work, which is not the employer
        "interviewer_works_at": ctx.interviewer_company or None,
        "topics_discussed": usable_topics(ctx),
        "message_kind": ctx.kind,
        "linkedin_account": ctx.account,
        "candidate_name": ctx.candidate_name,
        "other_panel_members_not_to_name": list(ctx.other_names),
        "interview_date": ctx.interview_date.isoformat() if ctx.interview_date else None,
        "something_to_share": shareable(ctx),
        # only for the kinds that use them, so the other kinds' prompts stay as they were
        "their_post": ctx.post if ctx.kind == "post_comment" else None,
        "decision_expected_by": (
            ctx.decision_by.isoformat() if ctx.decision_by and ctx.kind == "status_check" else None
        ),
    }
    facts = {k: v for k, v in facts.items() if v not in (None, [])}
    return json.dumps(facts, ensure_ascii=False, indent=2).replace("<", "\\u003c").replace(">", "\\u003e")


def character_limit(ctx: MessageContext) -> int | None:
    """The kind's character limit on this account (None for an email), as the length rule counts it."""
    return facts_for(ctx).limit


def task_variables(ctx: MessageContext) -> dict[str, Any]:
    signature = f"'Best regards,' then {ctx.candidate_name} on the next line" if ctx.candidate_name else (
        "'Best regards,' on its own line (the candidate adds their name)"
    )  # fmt: skip
    return {
        "facts_json": facts_json(ctx),
        "first_name": ctx.greeting,
        "limit": character_limit(ctx) or 600,
        "signature": signature,
    }


def render_task(ctx: MessageContext) -> list[ChatMessage]:
    """The first attempt's messages for the context's kind of message."""
    return load_prompt(ctx.kind, "chat").render(**task_variables(ctx))


def render_rewrite(ctx: MessageContext, draft: str, fixes: list[str] | tuple[str, ...]) -> list[ChatMessage]:
    """The two messages a rewrite appends to the task: the last draft, then every fix line verbatim."""
    lines = "\n".join(f"- {fix}" for fix in without_unsafe_topics(ctx, fixes))
    return load_prompt("rewrite").render(draft=draft, fixes=lines, first_name=ctx.greeting)


def chat_messages(request: DraftRequest) -> list[ChatMessage]:
    """What a chat model is sent for this attempt, as a new list: the task, and for a rewrite the last draft
    and its fix lines. Only the last draft: the request never grows from one attempt to the next."""
    if request.previous is None:
        return list(request.messages)
    return [*request.messages, *render_rewrite(request.context, request.previous, request.fixes)]
