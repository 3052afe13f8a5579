"""A real server for the web tests: the page's application under uvicorn, on a free loopback port, in a
thread; and the system's Chromium for Playwright (no browser download: Debian's package)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

CHROMIUM = os.environ.get("COMPOSER_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server() -> Iterator[str]:
    """The page served by uvicorn on 127.0.0.1 until the block ends; yields its base URL."""
    import uvicorn

    from composer.web.server import create_app

    port = free_port()
    config = uvicorn.Config(create_app("127.0.0.1", port), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the web server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def need_browser() -> None:
    """Skip when there is no Chromium, unless CI says the browser tests must run (COMPOSER_REQUIRE_BROWSER)."""
    if os.path.exists(CHROMIUM):
        return
    message = f"no Chromium at {CHROMIUM}: apt-get install chromium (CI installs it)"
    if os.environ.get("COMPOSER_REQUIRE_BROWSER"):
        pytest.fail(message)
    pytest.skip(message)
