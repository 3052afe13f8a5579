"""One set of flags everywhere (issue #13): dates parsed one way, choices case-insensitive with "did you mean",
`--context -`, `plan --context`, `batch --prompt-style`, `--version`, the missing key of an OpenAI model, the
template fallback said on stderr and on the progress bar, and `max_tokens` capped by the message's limit."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import threading
from importlib.metadata import version

import pytest

from composer.cli import main

FACTS = ["--interviewer", "Sofía Martínez", "--role", "Data Engineer", "--company", "Acme",
         "--topic", "migrating batch jobs to Kafka"]  # fmt: skip
GOOD = "Hi Sofía, thank you for the interview. I enjoyed our talk about migrating batch jobs to Kafka."
YESTERDAY = dt.date.today() - dt.timedelta(days=1)


@pytest.fixture(autouse=True)
def _no_key(monkeypatch):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "COMPOSER_MODEL", "COMPOSER_PROMPT_STYLE"):
        monkeypatch.delenv(name, raising=False)


def exit_code(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as e:  # argparse's own errors, --version
        return int(e.code or 0)


def stdin(monkeypatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8"))


# ---------------------------------------------------------------- dates: one parser for every command


@pytest.mark.parametrize("command", ["draft", "check"])
def test_draft_and_check_take_the_date_words_plan_takes(command, capsys):
    from composer.cli import build_parser
    from composer.context_input import context_from_args

    args = build_parser().parse_args([command, *FACTS, "--interview-date", "Yesterday"])
    assert context_from_args(args).interview_date == YESTERDAY
    extra = ["--text", GOOD] if command == "check" else []
    assert main([command, *FACTS, "--interview-date", "yesterday", *extra]) == 0
    capsys.readouterr()


@pytest.mark.parametrize("command", ["draft", "check"])
def test_a_bad_date_is_one_line_naming_the_flag(command, capsys):
    note = ["--text", GOOD] if command == "check" else []
    assert exit_code([command, *FACTS, *note, "--interview-date", "someday"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: --interview-date 'someday' is not a date")
    assert "yesterday" in lines[0] and "pydantic" not in lines[0]


def test_a_context_file_and_a_batch_cell_take_the_same_dates(tmp_path):
    from composer.batch.index import load_rows
    from composer.context_input import context_from_args
    from composer.errors import UsageError

    path = tmp_path / "interview.yaml"
    path.write_text("interviewer_name: Raj Patel\ninterview_date: yesterday\n", encoding="utf-8")
    args = type("Args", (), {"context": str(path)})()
    assert context_from_args(args).interview_date == YESTERDAY
    rows = load_rows([{"interviewer_name": "Raj Patel", "interview_date": "today"}])
    assert rows[0].context.interview_date == dt.date.today()
    with pytest.raises(UsageError, match="interview_date 'soon' is not a date: use YYYY-MM-DD"):
        load_rows([{"interviewer_name": "Raj Patel", "interview_date": "soon"}])


def test_plan_decision_by_takes_every_date_word(capsys):
    args = ["plan", "--today", "2026-05-20", "--interview-date", "2026-05-18", "--vibe", "neutral"]
    assert main([*args, "--decision-by", "Today", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["today"] == "2026-05-20"


# ---------------------------------------------------------------- choices: any case, "did you mean"


@pytest.mark.parametrize(
    "args",
    [
        ["draft", *FACTS, "--account", "Premium", "--kind", "Thank-You-Email", "--format", "JSON"],
        ["draft", *FACTS, "--provider", "Template", "--account", "PREMIUM"],
        ["check", *FACTS, "--account", "Free", "--kind", "Connection_Note", "--text", GOOD],
    ],
)
def test_choices_are_case_insensitive(args, capsys):
    assert exit_code(args) == 0, capsys.readouterr().err
    capsys.readouterr()


def test_batch_choices_are_case_insensitive(tmp_path, capsys):
    source = tmp_path / "rows.txt"
    source.write_text("interviewer_name,topics\nRaj Patel,data contracts\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    argv = ["batch", str(source), "--out", str(out), "--input-format", "CSV", "--provider", "Template"]
    assert exit_code([*argv, "--format", "Markdown"]) == 0
    assert "| Raj Patel |" in capsys.readouterr().out or out.exists()


@pytest.mark.parametrize(
    ("argv", "suggestion"),
    [
        (["draft", *FACTS, "--account", "premum"], "did you mean 'premium'?"),
        (["check", *FACTS, "--kind", "follow-upp", "--text", GOOD], "did you mean 'follow_up'?"),
        (["draft", *FACTS, "--provider", "templat"], "did you mean 'template'?"),
        (["plan", "--interview-date", "today", "--vibe", "postive"], "did you mean 'positive'?"),
        (["drfat", *FACTS], "did you mean 'draft'?"),
        (["draft", *FACTS, "--acount", "premium"], "did you mean --account?"),
        (["plan", "--interview-date", "today", "--vibe", "positive", "--formalty", "casual"],
         "did you mean --formality?"),
    ],
)  # fmt: skip
def test_a_near_miss_gets_did_you_mean(argv, suggestion, capsys):
    assert exit_code(argv) == 2
    err = capsys.readouterr().err
    assert suggestion in err, err
    assert "Traceback" not in err


def test_a_near_miss_in_a_context_file_gets_did_you_mean(tmp_path, capsys):
    path = tmp_path / "interview.yaml"
    path.write_text("interviewer_name: Raj Patel\naccount: Premum\n", encoding="utf-8")
    assert exit_code(["draft", "--context", str(path)]) == 2
    err = capsys.readouterr().err
    assert "account" in err and "did you mean 'premium'?" in err and len(err.splitlines()) == 1


# ---------------------------------------------------------------- --context -, plan --context, batch --prompt-style


def test_draft_reads_the_context_from_stdin(monkeypatch, capsys):
    stdin(monkeypatch, "interviewer_name: Raj Patel\ntopics: [data contracts]\naccount: premium\n")
    assert main(["draft", "--context", "-", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert "Raj" in result["text"] and result["limit"] == 300


def test_check_reads_the_context_from_stdin_and_the_note_from_a_flag(monkeypatch, capsys):
    stdin(monkeypatch, json.dumps({"interviewer_name": "Sofía Martínez", "topics": ["Kafka"]}))
    assert main(["check", "--context", "-", "--text", GOOD]) == 0
    capsys.readouterr()
    stdin(monkeypatch, "interviewer_name: Raj Patel\n")
    assert main(["check", "--context", "-"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and "--context -" in lines[0] and "--text" in lines[0]


def test_plan_takes_the_interview_date_from_a_context_file(tmp_path, capsys):
    path = tmp_path / "interview.yaml"
    path.write_text("interviewer_name: Raj Patel\ninterview_date: 2026-05-18\n", encoding="utf-8")
    argv = ["plan", "--context", str(path), "--vibe", "positive", "--today", "2026-05-20", "--format", "json"]
    assert main(argv) == 0
    assert json.loads(capsys.readouterr().out)["action"] == "connect"
    assert main([*argv, "--interview-date", "2026-05-19"]) == 0  # the flag wins over the file
    assert json.loads(capsys.readouterr().out)["action"] == "wait"


def test_batch_takes_prompt_style(tmp_path, monkeypatch, capsys):
    import composer.providers.openai_provider as openai_provider
    from composer.providers import Capabilities, Completion

    seen = {}

    class Recording:
        name = "openai"
        model = "smollm2"
        capabilities = Capabilities(prompt_style="completion")

        def __init__(self, **options):
            seen.update(options)

        def draft(self, request):
            return Completion(
                text=f"Hi {request.context.first_name}, thank you for the interview.", model="m"
            )

    monkeypatch.setattr(openai_provider, "OpenAIProvider", Recording)
    source = tmp_path / "rows.csv"
    source.write_text("interviewer_name,topics\nRaj Patel,data contracts\n", encoding="utf-8")
    argv = ["batch", str(source), "--out", str(tmp_path / "o.jsonl"), "--base-url", "http://127.0.0.1:9/v1"]
    exit_code([*argv, "--provider", "openai", "--prompt-style", "completion"])
    assert seen.get("prompt_style") == "completion"
    assert exit_code([*argv, "--provider", "template", "--prompt-style", "completion"]) == 2
    assert "--prompt-style applies to --provider openai" in capsys.readouterr().err


# ---------------------------------------------------------------- the model's provider, and --version


def test_an_openai_model_without_a_key_says_the_key_is_missing(capsys):
    assert main(["draft", *FACTS, "--model", "gpt-4o-mini"]) == 3
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and "OPENAI_API_KEY" in lines[0] and "gpt-4o-mini" in lines[0]
    assert "local model" not in lines[0]


def test_version(capsys):
    assert exit_code(["--version"]) == 0
    assert capsys.readouterr().out.split() == [
        "python",
        "-m",
        "composer",
        version("interview-followup-composer"),
    ]


# ---------------------------------------------------------------- the template fallback, said


class _Never:
    """A provider whose drafts never pass: every note is the template fallback's."""

    name = "never"

    def __init__(self, model=None, base_url=None):
        self.model = model

    def complete(self, messages, *, context):
        from composer.providers import Completion

        return Completion(text="Any update on my application?!!", model="never-1")


@pytest.fixture
def never(monkeypatch):
    from composer.providers import register_provider, registry

    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))
    register_provider("never", _Never)


@pytest.mark.usefixtures("never")
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_draft_says_on_stderr_that_the_template_wrote_the_note(fmt, capsys):
    assert main(["draft", *FACTS, "--provider", "never", "--max-attempts", "2", "--format", fmt]) == 0
    err = capsys.readouterr().err
    assert "every model draft failed the checks (2 attempts); the template wrote the note" in err, err


@pytest.mark.usefixtures("never")
def test_the_batch_summary_says_the_template_wrote_notes(tmp_path, capsys):
    source = tmp_path / "rows.csv"
    source.write_text("interviewer_name,topics\nRaj Patel,data contracts\nMei Chen,Kafka\n", encoding="utf-8")
    argv = ["batch", str(source), "--out", str(tmp_path / "o.jsonl"), "--max-attempts", "1"]
    assert main([*argv, "--provider", "never"]) == 0
    assert "2 written by the template fallback" in capsys.readouterr().err
    assert main([*argv, "--provider", "template", "--overwrite"]) == 0
    assert "every note written by the template (no model)" in capsys.readouterr().err


class _Bar:
    """Stands in for tqdm: records what the bar shows."""

    def __init__(self, *args, **kwargs):
        self.n = 0
        self.desc = kwargs.get("desc", "")
        self.postfix = ""
        self.moved = threading.Event()

    def update(self, n=1):
        self.n += n
        self.moved.set()

    def set_postfix_str(self, text, refresh=True):
        self.postfix = text

    def set_description_str(self, text, refresh=True):
        self.desc = text

    def close(self):
        pass


def test_the_progress_bar_moves_per_row_and_shows_the_fallback(monkeypatch):
    import composer.batch.runner as runner
    from composer.providers import Completion

    bars: list[_Bar] = []
    monkeypatch.setattr(runner, "tqdm", lambda *a, **k: bars.append(_Bar(*a, **k)) or bars[-1])
    waited = {}

    class Slow:
        name = "slow"
        model = "slow-1"

        def complete(self, messages, *, context):
            if context.interviewer_name.startswith("Mei"):  # the second of one panel: waits for the bar
                waited["moved"] = bars[0].moved.wait(5)
            return Completion(text="Any update on my application?!!", model="slow-1")

    rows = [
        {"interviewer_name": n, "topics": [t], "role": "Data Engineer", "company": "Acme", "panel": "p1"}
        for n, t in (("Raj Patel", "data contracts"), ("Mei Chen", "Kafka"))
    ]
    runner.run_batch(rows, None, provider=Slow(), progress=True, concurrency=2, max_attempts=1)
    assert waited["moved"] is True  # the first row moved the bar before the panel was done
    assert bars[0].n == 2 and "template fallback" in bars[0].postfix


# ---------------------------------------------------------------- max_tokens capped by the message's limit


def _request(**facts):
    from composer.context import MessageContext
    from composer.request import DraftRequest

    return DraftRequest.first(MessageContext(interviewer_name="Raj Patel", topics=["Kafka"], **facts))


def test_max_tokens_follows_the_message_limit_for_every_style():
    from composer.prompting.completion import completion_prompt
    from composer.request import max_tokens_for

    free = max_tokens_for(_request().context)
    premium = max_tokens_for(_request(account="premium").context)
    email = max_tokens_for(_request(kind="thank_you_email").context)
    assert free < premium < email and free <= 150 and email >= 400
    for facts in ({}, {"account": "premium"}, {"kind": "follow_up"}, {"kind": "thank_you_email"}):
        request = _request(**facts)
        assert completion_prompt(request).max_tokens <= max_tokens_for(request.context)


def test_the_chat_request_asks_for_no_more_tokens_than_the_message_needs(monkeypatch):
    from composer.providers.openai_provider import OpenAIProvider
    from composer.request import max_tokens_for

    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key-000")
    provider = OpenAIProvider(model="gpt-4o-mini")
    sent = {}

    class Sent(Exception):
        pass

    def send(payload):
        sent.update(payload)
        raise Sent

    monkeypatch.setattr(provider, "_send", send)
    request = _request()
    with pytest.raises(Sent):
        provider.draft(request)
    assert sent["max_tokens"] == max_tokens_for(request.context) < 600


def test_the_models_that_run_in_process_are_named_as_their_providers_name_them():
    from composer.providers.local_provider import MODEL_NAME
    from composer.providers.registry import IN_PROCESS_MODELS, resolve_auto
    from composer.template import MODEL

    assert {MODEL, MODEL_NAME} <= set(IN_PROCESS_MODELS)
    assert resolve_auto(model=MODEL) == "template" and resolve_auto(model="gpt-4o-mini") == "openai"


def test_a_command_is_taken_in_any_case(capsys):
    from composer.cli import main

    assert (
        main(["Plan", "--interview-date", "2026-05-18", "--vibe", "positive", "--today", "2026-05-18"]) == 0
    )
    assert "wait" in capsys.readouterr().out.lower()
