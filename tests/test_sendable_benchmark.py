"""benchmarks/sendable.py's options: one split at a time (rules are tuned on dev, test is measured once at the
end, so dev work must not print test items), `--ignore` to measure what a rule adds, `--by-rule`."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "sendable.py"


@pytest.fixture(scope="module")
def sendable():
    spec = importlib.util.spec_from_file_location("sendable_benchmark", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _run(sendable, capsys, *argv: str) -> str:
    assert sendable.main(list(argv)) == 0
    return capsys.readouterr().out


@pytest.fixture(scope="module")
def dev_report(sendable) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert sendable.main(["--split", "dev", "-v", "--by-rule"]) == 0
    return out.getvalue()


def test_split_dev_prints_no_test_item(sendable, dev_report):
    out = dev_report
    assert "== dev split" in out and "== test split" not in out
    assert re.search(r"^dev: sendable", out, re.M) and not re.search(r"^test:", out, re.M)
    listed = set(re.findall(r"^  - (\S+) \[", out, re.M))
    items = {i["id"]: i for i in sendable.yaml.safe_load(SCRIPT.with_name("sendable_set.yaml").read_text())}
    assert all(items[i]["split"] == "dev" for i in listed)


def test_ignore_counts_a_rule_as_passing(sendable, dev_report, capsys):
    out = dev_report
    rejects = int(re.search(r"^  grounding\.unsafe_topic\s+(\d+)", out, re.M).group(1))
    before = int(re.search(r"^dev: .*false accepts (\d+)/", out, re.M).group(1))
    out = _run(sendable, capsys, "--split", "dev", "--ignore", "grounding.unsafe_topic")
    after = int(re.search(r"^dev: .*false accepts (\d+)/", out, re.M).group(1))
    assert rejects > 0 and before < after <= before + rejects


def test_unlabelled_items_are_counted_and_never_checked(sendable, capsys, monkeypatch):
    """A new wave waits unlabelled for its labeller: the benchmark counts it and never runs a check on it
    (its verdicts must stay unknown until it is labelled); --wave picks one wave."""
    import guardrails

    items = sendable.yaml.safe_load(SCRIPT.with_name("sendable_set.yaml").read_text())
    unlabelled = {i["text"] for i in items if not i["label"]}
    checked = []
    real = guardrails.check_message
    monkeypatch.setattr(
        guardrails, "check_message", lambda text, ctx: checked.append(text) or real(text, ctx)
    )
    out = _run(sendable, capsys, "--wave", "1", "--split", "dev")
    assert checked and not (set(checked) & unlabelled)
    assert all(i.get("wave", 1) == 1 for i in items if i["text"] in checked)
    n_unlabelled = sum(1 for i in items if not i["label"] and i["split"] == "dev" and i.get("wave", 1) == 1)
    assert (f"{n_unlabelled} unlabelled" in out) == bool(n_unlabelled)
    checked.clear()
    _run(sendable, capsys, "--split", "dev")
    assert not (set(checked) & unlabelled)
