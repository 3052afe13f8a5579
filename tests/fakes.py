"""The one fake provider of the tests: for the loop and for batch. Never a stand-in for a feature."""

from __future__ import annotations

import threading
from collections.abc import Callable

from composer.prompting.chat import chat_messages
from composer.providers import Capabilities, ChatMessage, Completion
from composer.request import DraftRequest


class FakeProvider:
    """Replies from a queue of texts (the last one repeats), or with `reply(messages, context)`.

    Records the chat messages each request would send a chat model (`requests`, a new list per request) and
    the context it was for (`contexts`). Safe across threads: batch calls it from several at once, and
    `reply` runs outside the lock, so a slow reply does not hold up the others."""

    name = "fake"
    model = None
    capabilities = Capabilities()

    def __init__(self, *replies: str | Callable) -> None:
        if len(replies) == 1 and callable(replies[0]):
            self.reply = replies[0]
        else:
            queue = list(replies)
            self.reply = lambda messages, context: queue.pop(0) if len(queue) > 1 else queue[0]
        self.lock = threading.Lock()
        self.requests: list[list[ChatMessage]] = []
        self.contexts: list[object] = []

    def draft(self, request: DraftRequest) -> Completion:
        messages = chat_messages(request)
        with self.lock:
            self.requests.append(messages)
            self.contexts.append(request.context)
        text = self.reply(messages, request.context)
        return Completion(text=text, model="fake-1", prompt_tokens=10 * len(messages), completion_tokens=7)
