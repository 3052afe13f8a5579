"""The HTML pages. Each is a form over the JSON API; the facts the page shows are escaped by Jinja2's
autoescaping and, in the browser, set as text, never as HTML."""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import Response
from starlette.templating import Jinja2Templates

from composer.vocabulary import ACCOUNTS, CULTURES, FORMALITIES, KINDS, OUTCOMES, VIBES
from composer.web.api import PROVIDERS

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
CHOICES = {
    "accounts": ACCOUNTS,
    "kinds": KINDS,
    "providers": PROVIDERS,
    "vibes": VIBES,
    "formalities": FORMALITIES,
    "cultures": CULTURES,
    "outcomes": OUTCOMES,
}


def _page(name: str, title: str):
    async def page(request: Request) -> Response:
        return TEMPLATES.TemplateResponse(request, name, {"title": title, "page": name, **CHOICES})

    page.__name__ = name.removesuffix(".html")
    return page


compose = _page("compose.html", "Compose")
check = _page("check.html", "Check as you type")
panel = _page("panel.html", "Panel")
plan = _page("plan.html", "Plan")
today = _page("today.html", "Due today")
