"""The web application: routes, the guard in front of them, and `serve()` (uvicorn on loopback)."""

from __future__ import annotations

import sys
import webbrowser
from pathlib import Path

from starlette.applications import Starlette
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from composer.web import api, pages
from composer.web.guard import MAX_BODY, Guard, allowed_hosts

HERE = Path(__file__).parent
DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8765


def create_app(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, max_body: int = MAX_BODY) -> Guard:
    """The application for a server at host:port (the Host and Origin it accepts follow from them)."""
    routes = [
        Route("/", pages.compose),
        Route("/check", pages.check),
        Route("/panel", pages.panel),
        Route("/plan", pages.plan),
        Route("/today", pages.today),
        Route("/api/check", api.check, methods=["POST"]),
        Route("/api/draft", api.draft, methods=["POST"]),
        Route("/api/draft/stream", api.draft_stream, methods=["POST"]),
        Route("/api/variants", api.variants, methods=["POST"]),
        Route("/api/plan", api.plan, methods=["POST"]),
        Route("/api/batch", api.batch, methods=["POST"]),
        Route("/api/due", api.due, methods=["GET"]),
        Route("/api/sent", api.sent, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    return Guard(Starlette(routes=routes), allowed_hosts(host, port), max_body)


def serve(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, open_browser: bool = False) -> None:
    """Run the page with uvicorn until Ctrl-C; warn when it listens beyond loopback."""
    import uvicorn

    if host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"warning: serving on {host}: anyone who can reach this address can draft with your API key; "
            "use the default 127.0.0.1 unless you mean it",
            file=sys.stderr,
        )
    url = f"http://{'localhost' if host in ('127.0.0.1', '::1') else host}:{port}/"
    print(f"serving the page at {url} (Ctrl-C to stop)", file=sys.stderr)
    if open_browser:
        webbrowser.open(url)
    uvicorn.run(create_app(host, port), host=host, port=port, log_level="warning")
