"""A deadline on each request to a model server, from its start to its last byte.

httpx2, which the openai SDK sends its requests through, applies a timeout to each network operation on its
own: a connect, a write, one read. A server that accepts and never answers is cut off after one read
timeout, but one that sends a byte a second is never cut off, however long its answer takes. Here every
network operation made while `request_deadline(seconds)` is active waits at most the time left before the
deadline, and once it has passed the next operation raises httpcore2's timeout error, which the SDK turns
into `openai.APITimeoutError` (a transient failure: the provider retries it, with a new deadline):

    client = openai.OpenAI(..., timeout=60, http_client=deadline_http_client())
    with request_deadline(60):
        client.chat.completions.create(...)

The deadline is a context variable, so each thread (batch's workers) has its own, and a kept-alive
connection reused by the next request obeys that request's deadline. No thread, timer or signal is involved.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpcore2
import openai

log = logging.getLogger(__name__)

_deadline: ContextVar[float | None] = ContextVar("composer_request_deadline", default=None)


@contextmanager
def request_deadline(seconds: float | None) -> Iterator[None]:
    """Every network operation inside the block ends by `seconds` from now (None: no deadline)."""
    token = _deadline.set(None if seconds is None else time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


def _time_left(timeout: float | None, error: type[Exception]) -> float | None:
    """The operation's own timeout, shortened to the time left before the deadline; `error` once none is."""
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the request's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore2.NetworkStream):
    """A connection whose every read and write ends by the current request's deadline."""

    def __init__(self, stream: httpcore2.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _time_left(timeout, httpcore2.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _time_left(timeout, httpcore2.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None):
        left = _time_left(timeout, httpcore2.ConnectTimeout)
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, left))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore2.NetworkBackend):
    """Opens connections (as the backend it wraps does) whose operations end by the request's deadline."""

    def __init__(self, backend: httpcore2.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.NetworkStream:
        left = _time_left(timeout, httpcore2.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_tcp(host, port, left, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore2.NetworkStream:
        left = _time_left(timeout, httpcore2.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, left, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def deadline_http_client() -> Any:
    """The SDK's default HTTP client (its limits, redirects, and any proxy from the environment), whose
    connections obey `request_deadline`. httpx2 has no public hook for this: the connection pools of its
    transports are reached through private attributes (httpx2 2.16). Should they ever move, the client is
    returned as it is, each read still bounded by the SDK's timeout, and a warning says so."""
    client = openai.DefaultHttpxClient()
    transports = [getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()]
    for transport in transports:
        if transport is None:  # a NO_PROXY entry
            continue
        pool = getattr(transport, "_pool", None)
        if not hasattr(pool, "_network_backend"):
            log.warning("cannot bound whole requests with this httpx2 version: each read is bounded instead")
            continue
        pool._network_backend = _DeadlineBackend(pool._network_backend)
    return client
