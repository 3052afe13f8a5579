"""One backoff for every request a provider sends: when one is told to slow down (HTTP 429), all wait.

Batch shares one provider between its workers. Without a gate, eight workers that each meet a 429 retry on
eight private schedules, and the server sees a retry storm. With it, the first 429 closes the gate for the
wait the provider chose (Retry-After honoured); every request, from any worker, first waits for the gate; a
later 429 can only push the reopening later (never sooner). When it reopens, waiting workers go one by one,
`stagger` seconds apart, so the server is not hit by all of them in the same instant.

The openai provider owns one (`OpenAIProvider(gate=...)`, else a gate of its own); it is thread-safe because
batch runs the provider's synchronous calls in worker threads.

`cancel()` shuts the gate for good (batch does it on Ctrl-C): every wait in progress ends at once and every
later `wait()` or `sleep()` raises `Cancelled`, so no worker sends another request or sleeps out a retry. The
provider's retry sleeps go through `sleep()` for that reason.
"""

from __future__ import annotations

import threading
import time

DEFAULT_STAGGER = 0.05  # seconds between workers released after a pause: 8 workers resume over 0.35 s


class Cancelled(Exception):
    """The gate was cancelled (the run was interrupted): send no more requests."""

    def __init__(self) -> None:
        super().__init__("interrupted: no more requests are sent")


class BackoffGate:
    """A shared pause: `close_for(seconds)` after a 429, `wait()` before every request."""

    def __init__(self, stagger: float = DEFAULT_STAGGER, clock=time.monotonic, sleep=time.sleep) -> None:
        self.stagger = stagger
        self._clock = clock
        self._sleep = sleep
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self._reopen = 0.0  # clock time at which the gate opens again
        self._next_slot = 0.0  # when the next waiting worker may go, while they are let through one by one
        self.pauses = 0  # how many times a worker closed the gate (429s seen)
        self.waited = 0.0  # seconds spent waiting, summed over workers

    def close_for(self, seconds: float) -> None:
        """Pause every worker for `seconds` from now (or longer, if the gate already closes later)."""
        with self._lock:
            self.pauses += 1
            reopen = self._clock() + max(0.0, seconds)
            if reopen > self._reopen:
                self._reopen = reopen
                self._next_slot = max(self._next_slot, reopen)

    def cancel(self) -> None:
        """Shut the gate for good: waits end now, and every later wait or sleep raises Cancelled."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def sleep(self, seconds: float) -> None:
        """Sleep `seconds` (a retry's backoff), cut short by `cancel()`; raises Cancelled once cancelled."""
        if seconds > 0 and not self._cancelled.is_set():
            if self._sleep is time.sleep:
                self._cancelled.wait(seconds)
            else:  # an injected clock's sleep (tests)
                self._sleep(seconds)
        if self._cancelled.is_set():
            raise Cancelled()

    @property
    def is_open(self) -> bool:
        with self._lock:
            return self._clock() >= max(self._reopen, self._next_slot)

    def wait(self) -> float:
        """Block until this worker may send; return the seconds waited (0.0 when the gate is open). Raises
        Cancelled once the gate is cancelled."""
        waited = 0.0
        self.sleep(0.0)
        while True:
            with self._lock:
                now = self._clock()
                until = max(self._reopen, self._next_slot)
                if until <= now:
                    self.waited += waited
                    return waited
                self._next_slot = until + self.stagger  # the worker after this one goes a little later
            self.sleep(until - now)
            waited += until - now
            with self._lock:
                if self._reopen <= self._clock():  # not closed again while this worker slept: go
                    self.waited += waited
                    return waited
