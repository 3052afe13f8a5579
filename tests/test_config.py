"""Defaults set once: `config set|get|unset|show|path`, the file's permissions when it holds a key, and the
order flags > environment > config file > built-in defaults, key by key."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from composer.cli import build_parser, main
from composer.cli.config import defaults_for
from composer.config import tomllib

NOTE = "Hi Sofía, thank you for the interview. I enjoyed our talk about moving batch jobs to Kafka."
FACTS = ["--interviewer", "Sofía Martínez", "--role", "Data Engineer", "--company", "Acme",
         "--topic", "migrating batch jobs to Kafka"]  # fmt: skip
KEY = "sk-test-abcdefghijklmnopqrstuvwxyz012345"


@pytest.fixture
def config_file() -> Path:
    return Path(os.environ["COMPOSER_CONFIG"])  # a file of this test's own (tests/conftest.py)


@pytest.fixture(autouse=True)
def _no_key(monkeypatch):
    import composer.providers.registry as providers

    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "COMPOSER_MODEL"):
        monkeypatch.setenv(name, "")  # recorded, so a key the hook puts in the environment is undone too
        monkeypatch.delenv(name)
    monkeypatch.setattr(providers, "local_available", lambda: False)


def config(*argv: str) -> int:
    return main(["config", *argv])


# ------------------------------------------------------------------ set, get, unset, path


def test_set_then_get_writes_a_toml_file_readable_by_its_owner_alone(config_file, capsys):
    assert config("set", "candidate_name", "Ana Lima") == 0
    assert config("set", "account", "Premium") == 0  # choices are case-insensitive, stored as the flag's word
    capsys.readouterr()
    assert config("get", "account") == 0
    assert capsys.readouterr().out == "premium\n"
    assert tomllib.loads(config_file.read_text()) == {"candidate_name": "Ana Lima", "account": "premium"}
    assert stat.S_IMODE(config_file.stat().st_mode) == 0o600


def test_unset_removes_a_key_and_get_of_an_unset_key_exits_1(config_file, capsys):
    config("set", "model", "gpt-4o-mini")
    assert config("unset", "model") == 0
    capsys.readouterr()
    assert config("get", "model") == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "model is not set" in captured.err


def test_path_honours_composer_config_then_composer_home_then_xdg(config_file, monkeypatch, tmp_path, capsys):
    assert config("path") == 0
    assert capsys.readouterr().out.strip() == str(config_file)
    monkeypatch.delenv("COMPOSER_CONFIG")
    monkeypatch.setenv("COMPOSER_HOME", str(tmp_path / "home"))
    assert config("path") == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "home" / "config.toml")
    monkeypatch.delenv("COMPOSER_HOME")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert config("path") == 0
        expected = tmp_path / "xdg" / "interview-followup-composer" / "config.toml"
        assert capsys.readouterr().out.strip() == str(expected)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["set", "acount", "premium"], "unknown config key 'acount' (did you mean account?)"),
        (["get", "candidate"], "(did you mean candidate_name?)"),
        (
            ["set", "account", "premum"],
            "account 'premum' is not one of free, premium (did you mean premium?)",
        ),
        (["set", "provider", "templte"], "(did you mean template?)"),
        (["set", "base_url", "127.0.0.1:8080"], "base_url '127.0.0.1:8080' is not an http(s) URL"),
        (["set", "candidate_name", "  "], "candidate_name must not be empty"),
    ],
)
def test_unknown_keys_and_bad_values_are_refused_in_one_line(argv, expected, config_file, capsys):
    assert config(*argv) == 2
    err = capsys.readouterr().err
    assert expected in err and len(err.strip().splitlines()) == 1
    assert not config_file.exists()


def test_a_folder_that_cannot_be_written_is_one_line(monkeypatch, tmp_path, capsys):
    (tmp_path / "file").write_text("")
    monkeypatch.setenv(
        "COMPOSER_CONFIG", str(tmp_path / "file" / "config.toml")
    )  # under a file, not a folder
    assert config("set", "account", "premium") == 2
    err = capsys.readouterr().err
    assert "cannot be read" in err and "COMPOSER_CONFIG" in err and len(err.strip().splitlines()) == 1
    from composer.config import save
    from composer.errors import UsageError

    with pytest.raises(UsageError, match="cannot be written .*COMPOSER_CONFIG"):
        save({"account": "premium"}, tmp_path / "file" / "config.toml")


def test_a_broken_or_unknown_file_is_one_line_naming_the_file(config_file, capsys):
    config_file.write_text('account = "premium"\nacount = "free"\n')
    assert main(["check", *FACTS, "--text", NOTE]) == 2
    err = capsys.readouterr().err
    assert str(config_file) in err and "did you mean account?" in err and "Traceback" not in err
    config_file.write_text("account = premium\n")
    assert main(["check", *FACTS, "--text", NOTE]) == 2
    assert "is not valid TOML" in capsys.readouterr().err


# ------------------------------------------------------------------ show, and the key never printed


def test_show_lists_every_key_with_its_source_and_masks_the_key(config_file, capsys, monkeypatch):
    config("set", "account", "premium")
    config("set", "api_key", KEY)
    monkeypatch.setenv("COMPOSER_MODEL", "llama3.2")
    capsys.readouterr()
    assert config("show", "--format", "json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["account"] == "premium" and shown["model"] == "llama3.2" and shown["provider"] == "auto"
    assert shown["api_key"] == "***" and shown["candidate_name"] is None
    assert shown["sources"] == {
        "candidate_name": "default", "account": "config", "provider": "default", "model": "environment",
        "base_url": "default", "api_key": "config",
    }  # fmt: skip
    assert shown["path"] == str(config_file)
    assert config("show") == 0
    text = capsys.readouterr().out
    assert 'account = "premium"  # config' in text and 'api_key = "***"  # config' in text
    assert config("get", "api_key") == 0
    assert capsys.readouterr().out == "***\n"


def test_a_key_is_never_printed_not_even_when_it_is_set(config_file, capsys):
    assert config("set", "api_key", KEY) == 0
    captured = capsys.readouterr()
    assert KEY not in captured.out + captured.err and "***" in captured.err


def test_a_key_can_come_from_stdin(config_file, capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(KEY + "\n"))
    assert config("set", "api_key", "-") == 0
    assert tomllib.loads(config_file.read_text())["api_key"] == KEY


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604])
def test_a_key_in_a_file_others_can_read_is_refused_with_the_chmod_to_run(mode, config_file, capsys):
    config("set", "api_key", KEY)
    config_file.chmod(mode)
    capsys.readouterr()
    assert main(["draft", *FACTS]) == 2
    err = capsys.readouterr().err
    assert f"run chmod 600 {config_file}" in err and len(err.strip().splitlines()) == 1
    assert KEY not in err
    assert config("show") == 2
    config_file.chmod(0o600)
    assert config("show") == 0


def test_a_file_without_a_key_may_be_readable_by_others(config_file):
    config("set", "account", "premium")
    config_file.chmod(0o644)
    assert config("get", "account") == 0


# ------------------------------------------------------------------ the order, key by key


def resolved(argv: list[str]) -> dict:
    """What a command runs with: the options after the hook, and the key in its environment."""
    args = build_parser().parse_args(argv)
    with defaults_for(args):
        seen = {k: getattr(args, k, None) for k in ("provider", "model", "base_url")}
        seen.update(args.defaults)
        seen["api_key"] = os.environ.get("OPENAI_API_KEY")
    seen["api_key_after"] = os.environ.get("OPENAI_API_KEY")
    return seen


# key, config value, environment variable and value, flag and value, built-in default
ORDER = [
    ("provider", "template", ("COMPOSER_PROVIDER", "LOCAL"), ("--provider", "openai"), "auto"),
    ("model", "from-config", ("COMPOSER_MODEL", "from-env"), ("--model", "from-flag"), None),
    ("base_url", "http://127.0.0.1:1/v1", ("OPENAI_BASE_URL", "http://127.0.0.1:2/v1"),
     ("--base-url", "http://127.0.0.1:3/v1"), None),
    ("account", "premium", ("COMPOSER_ACCOUNT", "FREE"), ("--account", "premium"), None),
    ("candidate_name", "Ana Lima", ("COMPOSER_CANDIDATE_NAME", "Ana L."), ("--candidate", "A. Lima"), None),
]  # fmt: skip


@pytest.mark.parametrize(("key", "in_file", "env", "flag", "default"), ORDER, ids=[o[0] for o in ORDER])
def test_flags_beat_the_environment_which_beats_the_file_which_beats_the_default(
    key, in_file, env, flag, default, monkeypatch
):
    argv = ["draft", "--interviewer", "Raj Patel"]
    assert resolved(argv).get(key) == default
    config("set", key, in_file)
    assert resolved(argv)[key] == in_file
    monkeypatch.setenv(*env)
    assert resolved(argv)[key] == (env[1].lower() if key in ("provider", "account") else env[1])
    if key in ("account", "candidate_name"):  # facts: the flag is applied with the context file's fields
        return
    assert resolved([*argv, *flag])[key] == flag[1]


def test_the_api_key_from_the_file_is_used_for_the_run_alone_and_the_environment_wins(monkeypatch):
    argv = ["draft", "--interviewer", "Raj Patel"]
    config("set", "api_key", KEY)
    seen = resolved(argv)
    assert seen["api_key"] == KEY and seen["api_key_after"] is None
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-the-environment")
    seen = resolved(argv)
    assert seen["api_key"] == "sk-from-the-environment" == seen["api_key_after"]


def test_account_end_to_end_flag_then_context_file_then_env_then_config(tmp_path, monkeypatch, capsys):
    def limit(*extra: str) -> int:
        capsys.readouterr()
        main(["check", *FACTS, "--text", NOTE, "--format", "json", *extra])
        return json.loads(capsys.readouterr().out)["limit"]

    assert limit() == 200
    config("set", "account", "premium")
    assert limit() == 300
    monkeypatch.setenv("COMPOSER_ACCOUNT", "free")
    assert limit() == 200
    monkeypatch.delenv("COMPOSER_ACCOUNT")
    context = tmp_path / "interview.yaml"
    context.write_text("account: free\n")
    assert limit("--context", str(context)) == 200  # the interview's own facts beat a default
    assert limit("--context", str(context), "--account", "premium") == 300


def test_candidate_name_from_the_config_signs_the_email(capsys):
    config("set", "candidate_name", "Ana Lima")
    capsys.readouterr()
    assert main(["draft", *FACTS, "--kind", "thank_you_email", "--provider", "template"]) == 0
    assert "Ana Lima" in capsys.readouterr().out


def test_provider_from_the_config_is_used_and_a_flag_overrides_it(capsys, monkeypatch):
    config("set", "provider", "openai")  # with no key: the run says so (exit 3)
    capsys.readouterr()
    assert main(["draft", *FACTS]) == 3
    assert "OPENAI_API_KEY" in capsys.readouterr().err
    assert main(["draft", *FACTS, "--provider", "template"]) == 0


def test_the_providers_taken_without_the_registry_are_registered():
    from composer.config import BUILT_IN_PROVIDERS
    from composer.providers import provider_names

    assert set(BUILT_IN_PROVIDERS) <= {"auto", *provider_names()}


def test_the_environment_is_checked_for_choices_and_taken_as_it_is_for_text(monkeypatch, capsys):
    monkeypatch.setenv("COMPOSER_ACCOUNT", "gold")
    assert main(["check", *FACTS, "--text", NOTE]) == 2
    assert "environment variable COMPOSER_ACCOUNT: account 'gold' is not one of free, premium" in (
        capsys.readouterr().err
    )
    monkeypatch.delenv("COMPOSER_ACCOUNT")
    monkeypatch.setenv("COMPOSER_MODEL", "any model name")  # what the server calls it: not ours to judge
    assert resolved(["draft"])["model"] == "any model name"


def test_batch_rows_take_the_account_and_name_set_once_unless_they_give_their_own(tmp_path, capsys):
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        '{"id": "a", "interviewer_name": "Raj Patel", "role": "SRE", "company": "Acme", "topics": ["SLOs"]}\n'
        '{"id": "c", "interviewer_name": "Li Wei", "role": "SRE", "company": "Acme", "topics": ["paging"], '
        '"kind": "thank_you_email"}\n'
        '{"id": "b", "interviewer_name": "Mei Chen", "role": "SRE", "company": "Acme", "topics": ["on-call"], '
        '"account": "free", "candidate_name": "Ben Ode"}\n'
    )
    config("set", "account", "premium")
    config("set", "candidate_name", "Ana Lima")
    out = tmp_path / "notes.jsonl"
    assert main(["batch", str(rows), "--out", str(out), "--provider", "template"]) == 0
    records = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert records["a"]["limit"] == 300 and "Ana Lima" in records["c"]["text"]
    assert records["b"]["limit"] == 200
