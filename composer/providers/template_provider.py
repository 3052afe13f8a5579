"""The `template` provider: the deterministic composer of `composer.template` behind the provider contract."""

from __future__ import annotations

from collections.abc import Sequence

from composer.context import MessageContext
from composer.providers.base import ChatMessage, Completion
from composer.template import MODEL, compose_from_facts, usable_topics

# compose_from_facts and usable_topics are re-exported for composer.loop and composer.prompt, which import them
# from here; they move to composer.template.
__all__ = ["TemplateProvider", "compose_from_facts", "usable_topics"]


class TemplateProvider:
    """The `template` provider: no model, no network, the same note for the same facts."""

    name = "template"
    needs_messages = False  # composes from the facts; the loop need not render a chat prompt for it
    deterministic = True  # a rewrite request would get the same note back

    def __init__(self, model: str | None = None, base_url: str | None = None) -> None:
        pass

    def complete(self, messages: Sequence[ChatMessage], *, context: MessageContext) -> Completion:
        return Completion(text=compose_from_facts(context), model=MODEL)
