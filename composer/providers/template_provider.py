"""The `template` provider: the deterministic composer of `composer.template` behind the provider contract."""

from __future__ import annotations

from composer.providers.base import Capabilities, Completion
from composer.request import DraftRequest
from composer.template import MODEL, compose_from_facts


class TemplateProvider:
    """The `template` provider: no model, no network, the same note for the same facts.

    Capabilities: writes from the facts (no prompt to render), deterministic (a rewrite request would get
    the same note back, so the loop makes one attempt), and its text is `source: template`."""

    name = "template"
    model = MODEL
    capabilities = Capabilities(prompt_style="facts", deterministic=True, source="template")

    def __init__(self, model: str | None = None, base_url: str | None = None) -> None:
        pass

    def draft(self, request: DraftRequest) -> Completion:
        return Completion(text=compose_from_facts(request.context), model=MODEL)
