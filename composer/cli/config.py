"""`config`: the defaults a candidate sets once (`set`, `get`, `unset`, `show`, `path`), and the hook that
gives every other command those defaults where no flag gave a value (`defaults_for`)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from composer.cli.options import add_format_option

KEYS_HELP = "candidate_name, account, provider, model, base_url, api_key"
EXAMPLE = f"""keys: {KEYS_HELP}
order: a flag > the environment > the config file > the built-in default

examples:
  followup-composer config set candidate_name "Ana Lima"
  followup-composer config set account premium
  followup-composer config get account
  followup-composer config show --format json
  printf '%s\\n' "$KEY" | followup-composer config set api_key -    # from stdin: kept out of shell history
"""


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "config",
        help="defaults set once: your name, account, provider, model, server",
        description="Read and write the config file (TOML, in your user config folder; $COMPOSER_CONFIG "
        "names another). A flag wins over the environment, which wins over the file.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    actions.required = True
    setter = actions.add_parser("set", help="store KEY = VALUE ('-' reads VALUE from stdin)")
    setter.add_argument("key", metavar="KEY", help=KEYS_HELP)
    setter.add_argument("value", metavar="VALUE")
    getter = actions.add_parser("get", help="print KEY's value in force (api_key is masked)")
    getter.add_argument("key", metavar="KEY", help=KEYS_HELP)
    unsetter = actions.add_parser("unset", help="remove KEY from the file")
    unsetter.add_argument("key", metavar="KEY", help=KEYS_HELP)
    add_format_option(actions.add_parser("show", help="every key, its value and where it comes from"))
    actions.add_parser("path", help="print where the config file is")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from composer import config

    path = config.config_path()
    if args.action == "path":
        print(path)
        return 0
    if args.action == "set":
        return _set(args, path)
    if args.action == "unset":
        key = config.setting(args.key).key
        values = config.load(path)
        if values.pop(key, None) is not None:
            config.save(values, path)
        return 0
    resolved = config.resolve(config.load(path))
    if args.action == "get":
        key = config.setting(args.key).key
        value = config.mask(key, resolved[key].value)
        if value is None:
            print(f"{key} is not set (config file: {path})", file=sys.stderr)
            return 1
        print(value)
        return 0
    if args.format == "json":
        print(json.dumps(config.as_record(resolved, path), ensure_ascii=False, indent=2))
    else:
        print(f"# {path}{'' if path.exists() else ' (not written yet)'}")
        for key, r in resolved.items():
            shown = config.mask(key, r.value)
            print(
                f"{key} = {json.dumps(shown, ensure_ascii=False) if shown is not None else '(none)'}  # {r.source}"
            )
    return 0


def _set(args: argparse.Namespace, path) -> int:
    from composer import config

    s = config.setting(args.key)
    raw = args.value
    if raw == "-":
        raw = sys.stdin.readline()
    value = s.check(s.key, raw)
    values = config.load(path)
    values[s.key] = value
    config.save(values, path)
    shown = config.mask(s.key, value)
    print(f"{s.key} = {shown} (in {path})", file=sys.stderr)
    if os.environ.get(s.env, "").strip():
        print(f"note: {s.env} is set in the environment, and wins over the config file", file=sys.stderr)
    return 0


@contextmanager
def defaults_for(args: argparse.Namespace) -> Iterator[None]:
    """Run a command with the defaults of the environment and the config file where no flag gave a value:
    `--provider`, `--model`, `--base-url` on the options; the account and the candidate's name as facts a
    context file may still give (`args.defaults`, read by `context_from_args`); the API key in the
    environment of this run alone, restored after it."""
    from composer import config

    resolved = config.resolve(config.load())
    for key in ("provider", "model", "base_url"):
        if hasattr(args, key) and getattr(args, key) is None:
            setattr(args, key, resolved[key].value)
    args.defaults = {
        field: resolved[key].value
        for key, field in (("account", "account"), ("candidate_name", "candidate_name"))
        if resolved[key].source != "default"
    }
    api_key = resolved["api_key"]
    if api_key.source != "config":
        yield
        return
    os.environ["OPENAI_API_KEY"] = api_key.value
    try:
        yield
    finally:
        os.environ.pop("OPENAI_API_KEY", None)
