"""Real exchanges with a real model, replayed offline: one cassette per scenario in cassettes/.

The cassettes were recorded by `scripts/record-cassettes`: the bundled SmolLM2-135M model served by
llama.cpp's OpenAI-compatible server (`python -m llama_cpp.server`) on loopback, driven through the `openai`
provider, the CLI and the rewrite loop exactly as a user would drive them. Here they are replayed (record
mode `none`): every request the code sends must match a recorded one, method, URI and body, so a change to
a prompt, the sampling or the loop shows up as a request no cassette holds.

Each test asserts on the requests sent (how many, to which endpoint, what a rewrite carries) and on the
Result, and states what its scenario must show, so a re-recording that no longer shows it fails here.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from composer.cli import main
from guardrails import check_message
from tests.conftest import CASSETTES


@dataclass(frozen=True)
class Scenario:
    contexts: tuple[dict, ...]
    prompt_style: str = "completion"
    max_attempts: int = 4
    notes: str = field(default="", compare=False)


PRICING = {
    "interviewer_name": "Siobhán Kelly", "role": "Product Marketing Manager", "company": "Stripe",
    "topics": ["pricing experiments for small businesses in Europe"],
}  # fmt: skip
PANEL = [
    ("Amara Okafor", "event sourcing for the ledger"),
    ("Henrik Larsen", "on-call and incident reviews"),
    ("Mei Chen", "mentoring junior engineers"),
]
SCENARIOS = {
    "first_try_passes": Scenario(
        (
            {
                "interviewer_name": "Priya Nair",
                "role": "Data Analyst",
                "company": "Monzo",
                "topics": ["building churn dashboards in Looker"],
            },
        ),  # fmt: skip
        notes="the first draft passes every check: one request",
    ),
    "too_long_then_fixed": Scenario(
        (PRICING,),
        notes="the first draft is over the free account's 200 characters; the rewrite request carries the fix",
    ),
    "never_passes": Scenario(
        (
            {
                "interviewer_name": "José Ramírez",
                "role": "Frontend Developer",
                "company": "AT&T",
                "topics": ["accessibility audits of the checkout flow"],
            },
        ),  # fmt: skip
        prompt_style="chat",
        max_attempts=3,
        notes="the chat prompt, which a 135M model cannot follow: every draft fails, the template falls back",
    ),
    "panel_of_three": Scenario(
        tuple(
            {
                "interviewer_name": name,
                "role": "Backend Engineer",
                "company": "Monzo",
                "topics": [topic],
                "other_names": [other for other, _ in PANEL if other != name],
            }  # fmt: skip
            for name, topic in PANEL
        ),
        notes="three interviewers of one interview: three notes, each naming only its own interviewer",
    ),
    "premium_300": Scenario(
        ({**PRICING, "account": "premium"},),
        notes="the same first draft as too_long_then_fixed, over 200 characters, passes the Premium limit",
    ),
}


def _flags(context: dict) -> list[str]:
    flags = ["--interviewer", context["interviewer_name"], "--role", context["role"]]
    flags += ["--company", context["company"], "--account", context.get("account", "free")]
    for topic in context["topics"]:
        flags += ["--topic", topic]
    for name in context.get("other_names", []):
        flags += ["--other-name", name]
    return flags


def _server(name: str, scenario: Scenario, recording: bool) -> tuple[str, str]:
    """(base URL, model): when recording, the server the script started (or OpenAI); when replaying, the
    ones the cassette was recorded against, so replay needs no environment at all."""
    if recording:
        base = os.environ.get("OPENAI_BASE_URL") or "https://api.openai.com/v1"
        model = os.environ.get("COMPOSER_MODEL") or "gpt-4o-mini"
        if scenario.prompt_style == "completion":
            model = os.environ.get("COMPOSER_COMPLETION_MODEL") or model
        return base, model
    path = CASSETTES / f"{name}.yaml"
    if not path.is_file():
        pytest.fail(f"cassettes/{name}.yaml is missing: record it with scripts/record-cassettes")
    first = yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"][0]["request"]
    return first["uri"].split("/v1/")[0] + "/v1", json.loads(first["body"])["model"]


@dataclass
class Replay:
    results: list[dict]
    requests: list  # vcr Request objects, in the order they were sent
    responses: list[dict]

    def body(self, i: int) -> dict:
        return json.loads(self.requests[i].body)

    def reply(self, i: int) -> dict:
        return json.loads(self.responses[i]["body"]["string"])


@pytest.fixture
def play(request, vcr, record_mode, capsys, monkeypatch):
    """Run `draft --format json` for each context of the test's scenario, against its cassette."""
    name = request.node.get_closest_marker("default_cassette").args[0]
    scenario = SCENARIOS[name]
    recording = record_mode != "none"
    if not recording:
        for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "COMPOSER_MODEL", "COMPOSER_PROMPT_STYLE",
                    "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):  # fmt: skip
            monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("COMPOSER_RETRY_MAX_WAIT", "0.01")
    base, model = _server(name, scenario, recording)
    results = []
    for context in scenario.contexts:
        code = main([
            "draft", *_flags(context), "--provider", "openai", "--base-url", base, "--model", model,
            "--prompt-style", scenario.prompt_style, "--max-attempts", str(scenario.max_attempts),
            "--format", "json",
        ])  # fmt: skip
        out = capsys.readouterr().out
        assert code == 0, out
        results.append(json.loads(out))
    if not recording:
        assert vcr.all_played, f"{name}: some recorded requests were never sent"
    assert vcr.play_count == (0 if recording else len(vcr.requests))
    return Replay(results, list(vcr.requests), list(vcr.responses))


def _check_each_call_is_one_request(replay: Replay, path: str) -> None:
    assert len(replay.requests) == sum(len(r["attempts"]) for r in replay.results)
    assert all(r.method == "POST" and r.path == path for r in replay.requests)
    for result in replay.results:
        assert result["usage"]["calls"] == len(result["attempts"])


@pytest.mark.vcr
@pytest.mark.default_cassette("first_try_passes")
def test_first_try_passes(play):
    _check_each_call_is_one_request(play, "/v1/completions")
    (result,) = play.results
    assert len(play.requests) == 1
    assert (result["passed"], result["source"], result["stop_reason"]) == (True, "llm", "passed")
    body = play.body(0)
    assert body["prompt"].endswith(
        "with Priya. We discussed building churn dashboards in Looker.\nNote: Hi Priya, thank you for"
    )
    assert "Checklist" not in body["prompt"]
    assert (body["temperature"], body["seed"], body["max_tokens"]) == (0.0, 1, 60)
    # The note is the start of the answer, which ends the prompt, plus what the model wrote.
    assert result["text"] == "Hi Priya, thank you for" + play.reply(0)["choices"][0]["text"].rstrip()
    assert result["usage"]["prompt_tokens"] == play.reply(0)["usage"]["prompt_tokens"] > 100


@pytest.mark.vcr
@pytest.mark.default_cassette("too_long_then_fixed")
def test_too_long_then_fixed(play):
    _check_each_call_is_one_request(play, "/v1/completions")
    (result,) = play.results
    first, *rewrites = result["attempts"]
    assert rewrites, "the first draft passed: this scenario needs one that fails"
    assert not first["passed"] and "length.over_limit" in first["failed_rules"] and first["feedback"] == []
    assert len(first["text"]) > 200
    assert (result["passed"], result["source"], result["stop_reason"]) == (True, "llm", "passed")
    assert result["attempts"][-1]["passed"] and result["characters"] <= result["limit"] == 200
    assert "Checklist" not in play.body(0)["prompt"]
    for number, attempt in enumerate(rewrites, start=2):
        previous = result["attempts"][number - 2]
        expected = check_message(previous["text"], {**PRICING, "kind": "connection_note"}).fixes()
        assert attempt["feedback"] == expected and expected
        body = play.body(number - 1)
        checklist = "Checklist for every note:\n" + "".join(f"- {fix}\n" for fix in expected) + "\n"
        # Every fix line, verbatim, after the examples: the document starts like the first attempt's.
        examples = play.body(0)["prompt"].rpartition("Interview: ")[0]
        assert body["prompt"].startswith(examples + checklist + "Interview: ")
        if number == 2:  # the first rewrite cuts the long draft (a later one may fix what the cut broke)
            assert any(fix.startswith("Cut at least ") for fix in expected)
        assert previous["text"] not in body["prompt"]  # the failed draft is left out: the model would copy it
        assert (body["temperature"], body["seed"]) == (
            0.3,
            number,
        )  # a rewrite samples anew, a seed per attempt


@pytest.mark.vcr
@pytest.mark.default_cassette("never_passes")
def test_never_passes_falls_back_to_the_template(play):
    _check_each_call_is_one_request(play, "/v1/chat/completions")
    (result,) = play.results
    assert len(play.requests) == 3 == len(result["attempts"])
    assert not any(a["passed"] for a in result["attempts"])
    assert (result["source"], result["stop_reason"], result["passed"]) == ("fallback", "max_attempts", True)
    assert result["text"] not in [a["text"] for a in result["attempts"]]
    for number in (2, 3):
        messages = play.body(number - 1)["messages"]
        assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
        assert messages[:2] == play.body(0)["messages"]  # the original task, unchanged
        previous = result["attempts"][number - 2]
        assert messages[2]["content"] == previous["text"]  # the last draft, cleaned
        fixes = result["attempts"][number - 1]["feedback"]
        assert fixes and all(f"- {fix}" in messages[3]["content"] for fix in fixes)


@pytest.mark.vcr
@pytest.mark.default_cassette("panel_of_three")
def test_panel_of_three(play):
    _check_each_call_is_one_request(play, "/v1/completions")
    assert len(play.results) == 3
    first_names = [name.split()[0] for name, _ in PANEL]
    for result, first in zip(play.results, first_names, strict=True):
        assert result["passed"] and result["source"] == "llm"
        assert result["text"].startswith(f"Hi {first},")
        assert not any(other in result["text"] for other in first_names if other != first)
    bodies = [play.body(i)["prompt"] for i in range(len(play.requests))]
    for body in bodies:  # the small model never hears of the rest of the panel, so it cannot name them
        named = [first for first in first_names if f"with {first}." in body]
        assert len(named) == 1
        assert not any(name in body for name, _ in PANEL)


@pytest.mark.vcr
@pytest.mark.default_cassette("premium_300")
def test_premium_note_may_use_300_characters(play):
    _check_each_call_is_one_request(play, "/v1/completions")
    (result,) = play.results
    assert len(play.requests) == 1
    assert (result["passed"], result["source"], result["limit"]) == (True, "llm", 300)
    assert 200 < result["characters"] <= 300, "this scenario needs a first draft between 200 and 300"
    free = check_message(result["text"], {**PRICING, "account": "free"})
    assert free.failed_rules == ["length.over_limit"]  # only the Premium tier lets this note through


def test_one_cassette_per_scenario():
    assert sorted(p.stem for p in Path(CASSETTES).glob("*.yaml")) == sorted(SCENARIOS)
