"""The threads that run the providers' synchronous calls for batch's event loop.

Daemon threads, fed from one queue: a run interrupted with requests still in flight (Ctrl-C) exits at once,
leaving those requests to die with the process. A `concurrent.futures.ThreadPoolExecutor` would not: its
threads are joined when the interpreter exits, so the process waited for every request in flight, and its
retries, before it could exit (minutes, against a server that answers slowly or with 429s), and a second
Ctrl-C during that wait printed a traceback from the join. Nothing a worker does is written anywhere until
the event loop takes its result, so an abandoned call leaves no trace in the output.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
_Job = tuple[asyncio.AbstractEventLoop, "asyncio.Future[Any]", Callable[[], Any]]


class WorkerThreads:
    """`size` daemon threads; `await run(fn)` calls `fn()` in one of them and hands back its result."""

    def __init__(self, size: int, name: str = "composer-batch") -> None:
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._work, name=f"{name}-{n}", daemon=True) for n in range(size)
        ]
        for thread in self._threads:
            thread.start()

    async def run(self, fn: Callable[[], T]) -> T:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._jobs.put((loop, future, fn))
        return await future

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            loop, future, fn = job
            if future.cancelled():  # its caller stopped waiting before the call began: skip it
                continue
            try:
                outcome: tuple[bool, Any] = (True, fn())
            except BaseException as e:  # handed to the caller, never printed by the thread
                outcome = (False, e)
            try:
                loop.call_soon_threadsafe(_settle, future, outcome)
            except RuntimeError:  # the loop is closed: the run ended without this result
                pass

    def close(self) -> None:
        """Let the threads end once the calls queued before this are done (or skipped, if cancelled)."""
        for _ in self._threads:
            self._jobs.put(None)


def _settle(future: asyncio.Future[Any], outcome: tuple[bool, Any]) -> None:
    if future.done():  # cancelled while the call ran
        return
    ok, value = outcome
    if ok:
        future.set_result(value)
    else:
        future.set_exception(value)
