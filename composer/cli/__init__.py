"""The command line: `python -m composer check|draft|batch|plan|config`, also installed as `followup-composer`.

Exit codes: 0 passed, 1 no passing message, 2 bad input or usage, 3 provider error.
Each subcommand lives in its own module with `add_parser(subparsers)` and `run(args) -> int`; heavy
imports (pydantic models, SDKs) happen inside `run`, so `--help` stays fast.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys

from composer.cli import batch, check, config, draft, journal, plan, serve
from composer.errors import ProviderError, UsageError
from composer.vocabulary import did_you_mean

COMMANDS = (check, draft, batch, plan, journal, config, serve)
VERBOSE_HELP = "log retries and each attempt to stderr"
PROG = "python -m composer"  # the name in usage and error lines when run as a module, or from Python


def program_name() -> str:
    """How this process was started, for usage and error lines: 'python -m composer', or the name of the
    console script that ran it (followup-composer)."""
    spec = getattr(sys.modules.get("__main__"), "__spec__", None)
    if spec is not None and spec.name.partition(".")[0] == "composer":
        return PROG
    script = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    if not script or script in ("-c", "-") or script.endswith(".py"):
        return PROG
    return script


DISTRIBUTION = "interview-followup-composer"


class _Parser(argparse.ArgumentParser):
    """argparse, with "did you mean" for a near miss of a choice, a command or a flag (Python 3.12 has
    suggestions of its own; this works the same on 3.10 and 3.11)."""

    def error(self, message: str) -> None:  # argparse exits 2 too; keep its usage line, drop nothing
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")

    def _check_value(self, action: argparse.Action, value: object) -> None:
        if action.choices is None or value in action.choices:
            return
        choices = list(action.choices)
        listed = ", ".join(map(repr, choices))
        hint = did_you_mean(value, choices)
        raise argparse.ArgumentError(action, f"invalid choice: {value!r} (choose from {listed}){hint}")

    def parse_args(self, args=None, namespace=None):  # type: ignore[override]
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            command = self._command_parser(parsed)
            flags = [o for a in command._actions for o in a.option_strings if o.startswith("--")]
            hints = [did_you_mean(x.partition("=")[0], flags, quote=False) for x in extras if x[:1] == "-"]
            hint = next((h for h in hints if h), "")
            command.error(f"unrecognized arguments: {' '.join(extras)}{hint}")
        return parsed

    def _command_parser(self, parsed: argparse.Namespace) -> argparse.ArgumentParser:
        """The subcommand's parser when one was given (its flags are the ones to suggest), else this one."""
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                return action.choices.get(getattr(parsed, action.dest, None) or "", self)
        return self


class _Version(argparse.Action):
    """`--version`: the installed distribution's version, read only when asked for."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version(DISTRIBUTION)
        except PackageNotFoundError:
            number = "(not installed: run from a source tree)"
        print(f"{parser.prog} {number}")
        parser.exit(0)


def build_parser(prog: str = PROG) -> argparse.ArgumentParser:
    parser = _Parser(
        prog=prog,
        description="Draft and check the notes a candidate sends after an interview: a LinkedIn connection "
        "note per interviewer, the follow-up once they accept, or a thank-you email.",
        epilog="Exit codes: 0 passed, 1 no passing message, 2 bad input or usage, 3 provider error. "
        f"Run '{prog} COMMAND --help' for the options of each command.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help=VERBOSE_HELP)
    parser.add_argument("--version", action=_Version, help=f"print the version of {DISTRIBUTION} and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for command in COMMANDS:
        command.add_parser(sub)
    for subparser in sub.choices.values():
        # After the command too (`draft ... -v`); SUPPRESS keeps a `-v` given before it when this one is not.
        subparser.add_argument(
            "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=VERBOSE_HELP
        )
    return parser


def main(argv: list[str] | None = None, prog: str | None = None) -> int:
    """Run the command line; `argv` defaults to sys.argv[1:], `prog` (the name in usage and error lines) to
    the way this process was started when `argv` is not given, else 'python -m composer'."""
    parser = build_parser(prog or (program_name() if argv is None else PROG))
    args = parser.parse_args(_command_in_any_case(sys.argv[1:] if argv is None else list(argv), parser))
    if not args.command:
        parser.print_help()
        return 2
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        if args.command == "config":
            code = args.run(args)
        else:
            with config.defaults_for(args):  # flags > environment > config file > built-in defaults
                code = args.run(args)
        sys.stdout.flush()  # here, not at exit, so that a reader gone away is seen here
        return code
    except UsageError as e:
        print(f"error: {e}", file=sys.stderr)
        return e.exit_code
    except ProviderError as e:
        print(f"provider error: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        return interrupted(leave=argv is None)
    except BrokenPipeError:
        return reader_gone()


def _command_in_any_case(argv: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """The command as typed in any case ('Draft' is 'draft'), as every choice is: the first word that is not
    a flag, when it names a command but for its case."""
    names = next(a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for i, word in enumerate(argv):
        if not word.startswith("-"):
            if word not in names and word.lower() in names:
                return [*argv[:i], word.lower(), *argv[i + 1 :]]
            break
    return argv


def interrupted(leave: bool = False) -> int:
    """Ctrl-C: one line, exit 130. A second Ctrl-C from here on is ignored (the process is on its way out:
    it would only turn the exit into a traceback). `leave` (the process's own command line, not a call
    from Python): exit now, without the interpreter's finalisation, which would wait on the calls a batch
    abandoned in its worker threads (a generation of the local model, a request) or on objects they use.
    Every line already written is on disk (each one a single write), and the kernel drops the output's lock."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    print("interrupted", file=sys.stderr)
    if leave:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(130)
    return 130


def reader_gone() -> int:
    """The reader of our output went away (`... | head -2`): exit quietly, as Python's documentation
    recommends for SIGPIPE: what is left to write goes to /dev/null, so the flush at exit raises nothing."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        try:
            os.dup2(devnull, stream.fileno())
        except (OSError, ValueError):
            pass
    os.close(devnull)
    return 1
