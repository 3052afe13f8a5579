"""The command line: `python -m composer check|draft|batch|plan`, also installed as `followup-composer`.

Exit codes: 0 passed, 1 no passing message, 2 bad input or usage, 3 provider error.
Each subcommand lives in its own module with `add_parser(subparsers)` and `run(args) -> int`; heavy
imports (pydantic models, SDKs) happen inside `run`, so `--help` stays fast.
"""

from __future__ import annotations

import argparse
import logging
import sys

from composer.cli import batch, check, draft, plan
from composer.errors import ProviderError, UsageError

COMMANDS = (check, draft, batch, plan)
PROG = "python -m composer"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 too; keep its usage line, drop nothing
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Draft and check the notes a candidate sends after an interview: a LinkedIn connection "
        "note per interviewer, the follow-up once they accept, or a thank-you email.",
        epilog="Exit codes: 0 passed, 1 no passing message, 2 bad input or usage, 3 provider error. "
        f"Run '{PROG} COMMAND --help' for the options of each command.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log retries and each attempt to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for command in COMMANDS:
        command.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        return args.run(args)
    except UsageError as e:
        print(f"error: {e}", file=sys.stderr)
        return e.exit_code
    except ProviderError as e:
        print(f"provider error: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
