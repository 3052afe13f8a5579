"""Shared test set-up: no test reaches the network, and cassettes replay recorded HTTP exchanges.

- Every test runs behind a guard that refuses any connection (and any name lookup) that is not to this
  machine, so a test that would reach the network fails loudly instead (pydantic-ai's
  `ALLOW_MODEL_REQUESTS = False`, for sockets). Loopback stays open: pytest-httpserver and a local
  llama.cpp server live there. The one exception is re-recording cassettes against OpenAI itself
  (`--record-mode` other than `none`, in a test marked `vcr`).
- Cassettes (pytest-recording on vcrpy >= 8.2.1) live in cassettes/ at the top of the repository, one per
  scenario. The record mode is `none` unless `--record-mode` says otherwise (pyproject's addopts), so an
  unrecorded request raises instead of reaching a server. Requests match on method, URI and body; secrets
  are filtered from requests and cookies dropped from responses before anything is written.
"""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"

# The journal's fixtures (`home`: a temporary $COMPOSER_HOME; `cli`: the command line run in this process).
pytest_plugins = ["tests.journal_support"]

# Request headers that never reach a cassette: keys, account ids, and the SDK's per-machine details
# (they vary between machines and would only make the diff of a re-recording noisy).
FILTERED_REQUEST_HEADERS = [
    "authorization", "api-key", "openai-organization", "openai-project", "cookie",
    "x-stainless-retry-count", "x-stainless-read-timeout", "x-stainless-os", "x-stainless-arch",
    "x-stainless-runtime-version", "x-stainless-package-version", "x-stainless-lang", "x-stainless-runtime",
    "x-stainless-async", "user-agent",
]  # fmt: skip
# Response headers dropped before recording: cookies and the account a response was billed to.
DROPPED_RESPONSE_HEADERS = frozenset({"set-cookie", "openai-organization", "openai-project", "authorization"})


def drop_response_secrets(response: dict) -> dict:
    headers = response.get("headers") or {}
    for name in [h for h in headers if h.lower() in DROPPED_RESPONSE_HEADERS]:
        del headers[name]
    return response


@pytest.fixture(scope="session")
def vcr_config() -> dict:
    return {
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
        "decode_compressed_response": True,
        "filter_headers": FILTERED_REQUEST_HEADERS,
        "before_record_response": drop_response_secrets,
        "record_on_exception": False,
    }


@pytest.fixture(scope="session")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


# --- no user's config ---------------------------------------------------------------------------------------

# What a candidate set once (`config set`) must not change what a test sees: every test reads a config file
# of its own, which does not exist until the test writes it, and none of the variables that win over it.
CONFIG_VARIABLES = ("COMPOSER_HOME", "COMPOSER_PROVIDER", "COMPOSER_ACCOUNT", "COMPOSER_CANDIDATE_NAME")


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch, tmp_path_factory):
    monkeypatch.setenv("COMPOSER_CONFIG", str(tmp_path_factory.mktemp("config") / "config.toml"))
    for name in CONFIG_VARIABLES:
        monkeypatch.delenv(name, raising=False)


# --- the network guard --------------------------------------------------------------------------------------


class NetworkBlocked(RuntimeError):
    """A test tried to reach beyond this machine."""


_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})


def is_loopback(host: object) -> bool:
    if host is None or host == "":
        return True  # binding or resolving the local host
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _guarded(original, what: str):
    def guard(self, address, *args, **kwargs):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not is_loopback(address[0]):
            raise NetworkBlocked(f"test tried to {what} {address!r}: tests may only reach loopback")
        return original(self, address, *args, **kwargs)

    return guard


@pytest.fixture(autouse=True)
def _no_network(request, monkeypatch):
    recording = request.config.getoption("--record-mode", None) not in (None, "none")
    if recording and request.node.get_closest_marker("vcr") is not None:
        yield  # re-recording against a real API (scripts/record-cassettes with OPENAI_API_KEY)
        return
    real_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(host, *args, **kwargs):
        if not is_loopback(host):
            raise NetworkBlocked(f"test tried to look up {host!r}: tests may only reach loopback")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", _guarded(socket.socket.connect, "connect to"))
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded(socket.socket.connect_ex, "connect to"))
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield
