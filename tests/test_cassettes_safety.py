"""The cassettes' safety nets: an unrecorded request raises, no cassette holds a key or a cookie, and no test
can reach beyond loopback."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

import pytest
import vcr
import yaml
from vcr.errors import CannotOverwriteExistingCassetteException

from composer.loop import compose_note
from composer.providers.openai_provider import OpenAIProvider
from composer.request import DraftRequest
from tests.conftest import CASSETTES, NetworkBlocked, is_loopback

# Anything that looks like a credential, an account id or a cookie, as it would appear in a cassette's YAML.
SECRETS = {
    "an OpenAI key": re.compile(r"sk-[A-Za-z0-9_-]{8,}"),
    "a bearer token": re.compile(r"bearer\s+[A-Za-z0-9._~+/=-]{8,}", re.I),
    "a project id": re.compile(r"proj_[A-Za-z0-9]{6,}"),
    "an organisation id": re.compile(r"\borg-[A-Za-z0-9]{8,}"),
    "an authorization header": re.compile(r"^\s*-?\s*['\"]?authorization['\"]?\s*:", re.I | re.M),
    "an api-key header": re.compile(r"^\s*-?\s*['\"]?(?:x-)?api-key['\"]?\s*:", re.I | re.M),
    "a cookie": re.compile(r"^\s*-?\s*['\"]?(?:set-)?cookie['\"]?\s*:", re.I | re.M),
    "an OpenAI account header": re.compile(r"openai-(?:organization|project)", re.I),
}


def secrets_in(text: str) -> list[str]:
    return [f"{what}: {m.group(0)!r}" for what, pattern in SECRETS.items() for m in pattern.finditer(text)]


def _recorded_server(name: str) -> tuple[str, str]:
    first = yaml.safe_load((CASSETTES / f"{name}.yaml").read_text(encoding="utf-8"))["interactions"][0]
    return first["request"]["uri"].split("/v1/")[0] + "/v1", json.loads(first["request"]["body"])["model"]


@pytest.mark.vcr(record_mode="none")
@pytest.mark.default_cassette("first_try_passes")
def test_canary_an_unrecorded_request_raises(vcr, monkeypatch):
    """A request no cassette holds must raise, never reach a server: the cassette's own request passes, the
    same request for another topic does not."""
    monkeypatch.delenv("COMPOSER_PROMPT_STYLE", raising=False)
    base, model = _recorded_server("first_try_passes")
    provider = OpenAIProvider(model=model, base_url=base, prompt_style="completion")
    facts = {"interviewer_name": "Priya Nair", "role": "Data Analyst", "company": "Monzo"}
    assert compose_note(
        {**facts, "topics": ["building churn dashboards in Looker"]}, provider=provider
    ).passed
    with pytest.raises(CannotOverwriteExistingCassetteException):
        compose_note({**facts, "topics": ["schema registries"]}, provider=provider)
    assert vcr.play_count == 1


def test_there_are_cassettes_to_scan():
    assert len(list(CASSETTES.glob("*.yaml"))) >= 5


@pytest.mark.parametrize("path", sorted(CASSETTES.glob("*.yaml")), ids=lambda p: p.stem)
def test_no_cassette_holds_a_key_or_a_cookie(path: Path):
    text = path.read_text(encoding="utf-8")
    assert secrets_in(text) == [], f"{path.name} holds secrets: re-record it with scripts/record-cassettes"
    for interaction in yaml.safe_load(text)["interactions"]:
        assert not {"authorization", "cookie"} & {h.lower() for h in interaction["request"]["headers"]}
        assert "set-cookie" not in {h.lower() for h in interaction["response"]["headers"]}


def test_the_scan_finds_what_it_looks_for():
    planted = (
        "headers:\n  authorization:\n  - Bearer sk-proj-abcdefghijklmnop\n  set-cookie:\n  - __cf_bm=x\n"
        "  openai-organization:\n  - org-abcdefghijkl\n  openai-project:\n  - proj_abcdefgh\n"
    )
    found = " ".join(secrets_in(planted))
    for what in SECRETS:
        if what != "an api-key header":
            assert what in found
    assert secrets_in("api-key:\n- abc") and not secrets_in("a note about the skeleton key and cookies")


def test_recording_filters_keys_and_drops_cookies(httpserver, tmp_path, vcr_config):
    """Record one real exchange with the suite's vcr_config: the key the client sent and the cookies and
    account ids the server set never reach the cassette."""
    httpserver.expect_request("/v1/completions", method="POST").respond_with_json(
        {
            "id": "cmpl-1",
            "object": "text_completion",
            "created": 1,
            "model": "m",
            "choices": [{"text": " the chat.", "index": 0, "finish_reason": "stop", "logprobs": None}],
            "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
        },  # fmt: skip
        headers={"Set-Cookie": "__cf_bm=secret; path=/", "OpenAI-Organization": "org-abcdefghijkl"},
    )
    recorder = vcr.VCR(cassette_library_dir=str(tmp_path), record_mode="all", **vcr_config)
    provider = OpenAIProvider(
        model="m", base_url=httpserver.url_for("/v1"), api_key="sk-proj-abcdefghijklmnop",
        prompt_style="completion",
    )  # fmt: skip
    with recorder.use_cassette("exchange.yaml"):
        provider.draft(DraftRequest.first(_context()))
    sent = httpserver.log[0][0]
    assert sent.headers["Authorization"] == "Bearer sk-proj-abcdefghijklmnop"  # it really was sent
    recorded = (tmp_path / "exchange.yaml").read_text(encoding="utf-8")
    assert "the chat." in recorded
    assert secrets_in(recorded) == []


def _context():
    from composer.context import MessageContext

    return MessageContext(interviewer_name="Ana Lima", role="Analyst", topics=["dbt tests"])


# --- the network guard (tests/conftest.py) -----------------------------------------------------------------


def test_loopback_is_allowed_and_nothing_else():
    assert all(is_loopback(h) for h in ("127.0.0.1", "::1", "localhost", "127.8.9.10", None, ""))
    assert not any(is_loopback(h) for h in ("api.openai.com", "10.0.0.1", "192.0.2.1", "2001:db8::1"))


def test_a_connection_beyond_loopback_is_refused():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        with pytest.raises(NetworkBlocked, match="may only reach loopback"):
            s.connect(("192.0.2.1", 443))  # TEST-NET-1: would hang or fail slowly if it got through
    with pytest.raises(NetworkBlocked, match="look up 'api.openai.com'"):
        socket.getaddrinfo("api.openai.com", 443)


def test_a_connection_to_loopback_goes_through(httpserver):
    httpserver.expect_request("/ping").respond_with_data("pong")
    with socket.create_connection((httpserver.host, httpserver.port), timeout=5):
        pass


def test_the_openai_provider_cannot_reach_openai_from_a_test(monkeypatch):
    """The guard's error is not a connection error the provider retries or explains: it surfaces as is."""
    monkeypatch.setenv("COMPOSER_RETRY_MAX_WAIT", "0.001")
    provider = OpenAIProvider(model="gpt-4o-mini", api_key="sk-test")
    with pytest.raises(NetworkBlocked, match="test tried to look up 'api.openai.com'"):
        compose_note(_context(), provider=provider)
