"""Who may talk to the local server, as a pure ASGI middleware in front of every route.

- The `Host` header must name the server itself (DNS rebinding: a page on evil.example that resolves its
  name to 127.0.0.1 sends `Host: evil.example`).
- A POST must come from the page itself: its `Origin`, when the browser sends one, is the server's own, and
  `Sec-Fetch-Site`, when sent, is not `cross-site` (a page elsewhere cannot drive a draft through the key).
- A request body is at most `max_body` bytes, whatever `Content-Length` claims.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

MAX_BODY = 2 * 1024 * 1024  # a panel file of a few hundred rows; a note is a few hundred bytes
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")


def allowed_hosts(host: str, port: int) -> frozenset[str]:
    """The Host header values the server answers: its own address and, on loopback, the loopback names."""
    names = {host if ":" not in host else f"[{host}]"}
    if host in ("127.0.0.1", "localhost", "::1"):
        names.update(LOOPBACK_NAMES)
    with_port = {f"{name}:{port}".lower() for name in names}
    return frozenset(with_port | ({n.lower() for n in names} if port == 80 else set()))


class Guard:
    """ASGI middleware: refuse a foreign Host (421), a cross-origin POST (403) and a body over `max_body`
    bytes (413), each with a one-line JSON error."""

    def __init__(self, app: Any, hosts: Iterable[str], max_body: int = MAX_BODY) -> None:
        self.app = app
        self.hosts = frozenset(h.lower() for h in hosts)
        self.origins = frozenset(f"http://{h}" for h in self.hosts)
        self.max_body = max_body

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", ())}
        refusal = self._refusal(scope, headers)
        if refusal is not None:
            await _answer(send, *refusal)
            return
        await self.app(scope, self._limited(receive), send)

    def _refusal(self, scope: dict, headers: dict[str, str]) -> tuple[int, str] | None:
        if headers.get("host", "").lower() not in self.hosts:
            return 421, "this server answers only requests addressed to itself (Host header refused)"
        if scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            origin = headers.get("origin")
            if origin is not None and origin.lower() not in self.origins:
                return 403, "cross-origin request refused: use the page this server serves"
            if headers.get("sec-fetch-site") == "cross-site":
                return 403, "cross-site request refused: use the page this server serves"
        length = headers.get("content-length", "0")
        if not length.isdigit() or int(length) > self.max_body:
            return 413, f"the request body is over {self.max_body // 1024} KiB"
        return None

    def _limited(self, receive: Any) -> Any:
        seen = 0
        limit = self.max_body

        async def limited() -> dict:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        return limited


class BodyTooLarge(Exception):
    """A body sent without Content-Length (chunked) grew past the limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the request body is over {limit // 1024} KiB")


async def _answer(send: Any, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
