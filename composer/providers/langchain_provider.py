"""Any langchain-core chat model as a provider (Python API):

    >>> from langchain_openai import ChatOpenAI
    >>> compose_note(context, provider=ChatOpenAI(model="gpt-4o-mini"))   # wrapped automatically
    >>> compose_note(context, provider=LangChainProvider(my_chat_model))

Retries of the transport are the chat model's own business (most have a `max_retries`); the rewrite loop
still handles drafts that fail a check. Capabilities: chat style, sampled, no limit of its own. `complete`
sends chat messages as they are; `draft` sends a request's (composer.prompting.chat).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

from composer.errors import ProviderError, one_line
from composer.prompting.chat import chat_messages
from composer.providers.base import Capabilities, ChatMessage, Completion
from composer.request import DraftRequest

if TYPE_CHECKING:
    from composer.context import MessageContext


def _text(content: Any) -> str:
    """A message's content as text: a string, or the text parts of a list of content blocks."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for block in content:
            if isinstance(block, str):
                parts.append(block)
            elif isinstance(block, dict) and block.get("type") == "text":
                parts.append(str(block.get("text", "")))
        return "".join(parts)
    return str(content or "")


def _model_name(chat_model: Any, response: Any) -> str | None:
    meta = getattr(response, "response_metadata", None) or {}
    for key in ("model_name", "model"):
        if meta.get(key):
            return str(meta[key])
    for attr in ("model_name", "model", "model_id"):
        value = getattr(chat_model, attr, None)
        if isinstance(value, str) and value:
            return value
    return type(chat_model).__name__


class LangChainProvider:
    """Wraps a langchain-core `BaseChatModel`: our messages in, its AIMessage's text and usage out."""

    capabilities = Capabilities()

    def __init__(self, chat_model: Any, name: str = "langchain") -> None:
        if not isinstance(chat_model, BaseChatModel):
            raise TypeError(f"expected a langchain-core BaseChatModel, got {type(chat_model).__name__}")
        self.chat_model = chat_model
        self.name = name
        self.model = _model_name(chat_model, None)

    def draft(self, request: DraftRequest) -> Completion:
        return self.complete(chat_messages(request), context=request.context)

    def complete(
        self, messages: Sequence[ChatMessage], *, context: MessageContext | None = None
    ) -> Completion:
        kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
        lc_messages = [kinds[m.role](content=m.content) for m in messages]
        try:
            response = self.chat_model.invoke(lc_messages)
        except Exception as e:  # a model's own errors vary by vendor: report them in one line
            first = one_line(e)[:160] or type(e).__name__
            raise ProviderError(f"The chat model {self.model!r} failed ({type(e).__name__}: {first})") from e
        usage = getattr(response, "usage_metadata", None) or {}
        return Completion(
            text=_text(getattr(response, "content", response)),
            model=_model_name(self.chat_model, response),
            prompt_tokens=int(usage.get("input_tokens", 0) or 0),
            completion_tokens=int(usage.get("output_tokens", 0) or 0),
        )
