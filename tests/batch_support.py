"""Helpers for the batch tests: a thread-safe fake provider, and an OpenAI-compatible server on loopback
that writes a passing note from the facts in each request (so every row of a batch can pass)."""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
from collections.abc import Callable, Iterator

from werkzeug import Request, Response

from tests.fakes import FakeProvider
from tests.openai_wire import chat_completion as completion

__all__ = ["FakeProvider"]  # the one fake provider, for the batch tests that import it from here

PATH = "/v1/chat/completions"


def output_records(path) -> list[dict]:
    """The records a batch wrote, one a line (split on newlines only: a U+2028 inside a note stays in it)."""
    return [json.loads(line) for line in path.read_bytes().split(b"\n") if line]


def note(first: str, topic: str, role: str = "", company: str = "", variant: int = 0) -> str:
    about = f"the {role} role at {company}" if role and company else "the role"
    openings = (
        f"Hi {first}, thank you for speaking with me about {about}.",
        f"Hello {first}, I appreciated your time during my interview for {about}.",
        f"Hi {first}, it was a pleasure to meet you and discuss {about}, thank you.",
    )
    middles = (
        f"I enjoyed hearing your perspective on {topic}.",
        f"Our conversation about {topic} stayed with me.",
        f"Your thoughts on {topic} gave me a lot to consider.",
    )
    closings = (
        "I'd be glad to stay connected.",
        "Looking forward to staying in touch.",
        "I'd welcome staying in touch.",
    )
    v = variant % 3
    return f"{openings[v]} {middles[v]} {closings[v]}"


def _field(pattern: str, text: str) -> str:
    m = re.search(pattern, text)
    return m.group(1) if m else ""


def facts_in(messages: list[dict]) -> dict[str, str]:
    """The facts the prompt carries (first name, first topic, role, company), read from its JSON block."""
    text = "\n".join(str(m.get("content", "")) for m in messages)
    return {
        "first": _field(r'"first_name": "([^"]*)"', text),
        "topic": _field(r'"topics_discussed": \[\s*"([^"]*)"', text),
        "role": _field(r'"role": "([^"]*)"', text),
        "company": _field(r'"company": "([^"]*)"', text),
    }


class NoteServer:
    """A request handler for pytest-httpserver: sleeps `latency`, then answers with a passing note built
    from the request's facts. Counts requests; `status_for(n)` can answer the n-th request with an error."""

    def __init__(
        self, latency: float = 0.0, status_for: Callable[[int], tuple[int, dict] | None] | None = None
    ):
        self.latency = latency
        self.status_for = status_for
        self.lock = threading.Lock()
        self.requests = 0
        self.log: list[tuple[float, int]] = []  # (monotonic time, status) of every answer

    def __call__(self, request: Request) -> Response:
        with self.lock:
            self.requests += 1
            n = self.requests
        special = self.status_for(n) if self.status_for else None
        if special is not None:
            status, headers = special
            body = {
                "error": {"message": "Rate limit reached", "type": "requests", "code": "rate_limit_exceeded"}
            }
            with self.lock:
                self.log.append((time.monotonic(), status))
            return Response(json.dumps(body), status=status, headers=headers, content_type="application/json")
        if self.latency:
            time.sleep(self.latency)
        facts = facts_in(json.loads(request.get_data())["messages"])
        text = note(facts["first"] or "there", facts["topic"] or "the team", facts["role"], facts["company"])
        with self.lock:
            self.log.append((time.monotonic(), 200))
        return Response(json.dumps(completion(text)), status=200, content_type="application/json")


@contextlib.contextmanager
def serving(handler: Callable[[Request], Response]) -> Iterator[str]:
    """A threaded OpenAI-compatible server on 127.0.0.1 answering chat completions with `handler`; yields
    its base URL (ending in /v1)."""
    from pytest_httpserver import HTTPServer

    server = HTTPServer(host="127.0.0.1", threaded=True)
    server.expect_request(PATH, method="POST").respond_with_handler(handler)
    server.start()
    try:
        yield server.url_for("/v1")
    finally:
        server.clear()
        if server.is_running():
            server.stop()


def cohort(n: int) -> list[dict]:
    """n rows that are n separate interviews (no panels): a career coach's cohort."""
    return [
        {
            "id": f"r{i:02d}",
            "interviewer_name": f"{FIRST[i % len(FIRST)]} Example",
            "role": "Data Engineer",
            "company": f"Company {i}",
            "topics": [TOPICS[i % len(TOPICS)]],
        }
        for i in range(1, n + 1)
    ]


FIRST = ("Sofía", "Raj", "Mei", "Tom", "Anna", "Kofi", "Lena", "Omar")
TOPICS = ("migrating batch jobs to Kafka", "data contracts", "on-call rotations", "schema evolution")
