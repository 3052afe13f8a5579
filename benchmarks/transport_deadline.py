"""How long `draft` is held by a server that never answers, or trickles its answer a byte at a time, under
`--timeout` (issue 14, item 8): about four timeouts, one per try, whatever the server does.

python benchmarks/transport_deadline.py

The servers are the tests' loopback fault server (tests/test_transport_timeout.py); the waits between tries
are capped at 10 ms (COMPOSER_RETRY_MAX_WAIT) so the figures show the deadlines alone.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the tests' fault server

from composer.cli import main  # noqa: E402
from tests.test_draft_transport import FACTS  # noqa: E402
from tests.test_transport_timeout import SERVER_PATIENCE, FaultServer  # noqa: E402

TIMEOUTS = (0.5, 1.0, 2.0)


def _draft(url: str, timeout: float) -> tuple[int, float]:
    started = time.monotonic()
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        code = main(["draft", *FACTS, "--provider", "openai", "--base-url", url, "--timeout", str(timeout)])
    return code, time.monotonic() - started


def run() -> None:
    os.environ.update(OPENAI_API_KEY="sk-benchmark", COMPOSER_RETRY_MAX_WAIT="0.01")
    os.environ.pop("COMPOSER_TIMEOUT", None)
    warm_up = FaultServer("silent")
    _draft(warm_up.url, 0.05)  # imports the SDK before anything is timed
    warm_up.close()
    print(f"each server would hold a request about {SERVER_PATIENCE:.0f} s; four tries per draft")
    print(f"{'server':<32} {'--timeout':>9} {'exit':>5} {'requests':>9} {'seconds':>8}")
    for mode, label in (("silent", "accepts, never answers"), ("trickle", "a byte every 20 ms")):
        for timeout in TIMEOUTS:
            server = FaultServer(mode)
            try:
                code, seconds = _draft(server.url, timeout)
            finally:
                server.close()
            print(f"{label:<32} {timeout:>8.1f}s {code:>5} {server.requests:>9} {seconds:>8.2f}")


if __name__ == "__main__":
    run()
