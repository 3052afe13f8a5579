"""Options shared by the subcommands: the interview facts and the output format."""

from __future__ import annotations

import argparse
import math
from collections.abc import Iterator

from composer.vocabulary import ACCOUNTS, AUTO, KINDS, OUTPUT_FORMATS


def add_context_options(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("interview facts (a --context file, overridden by the flags)")
    g.add_argument("--context", metavar="FILE", help="JSON or YAML file with the context fields")
    g.add_argument("--interviewer", metavar="NAME", help="the interviewer's name, e.g. 'Sofía Martínez'")
    g.add_argument("--role", help="the job title interviewed for")
    g.add_argument("--company", help="the company")
    g.add_argument(
        "--topic", action="append", default=[], metavar="TEXT",
        help="something you discussed with this interviewer (repeat for several)",
    )  # fmt: skip
    g.add_argument("--account", choices=ACCOUNTS, help="LinkedIn tier: 200 (free) or 300 characters")
    g.add_argument("--kind", choices=KINDS, help="what to write (default: connection_note)")
    g.add_argument("--candidate", metavar="NAME", help="your own name, for a signature")
    g.add_argument(
        "--other-name", dest="other_name", action="append", default=[], metavar="NAME",
        help="another member of the panel, so a note never names the wrong person (repeatable)",
    )  # fmt: skip
    g.add_argument(
        "--interview-date", dest="interview_date", metavar="YYYY-MM-DD", help="the day of the interview"
    )
    g.add_argument(
        "--share", metavar="TEXT",
        help="a follow-up may share an article or company news, named as you would ('Acme's post on its "
        "Kafka platform'); its names count as facts",
    )  # fmt: skip
    g.add_argument(
        "--post", metavar="TEXT",
        help="--kind post_comment: the text of the interviewer's post the comment answers; its names count as "
        "facts",
    )  # fmt: skip
    g.add_argument(
        "--decision-by", dest="decision_by", metavar="YYYY-MM-DD",
        help="--kind status_check: the day they said the decision would be made by; the email mentions it",
    )  # fmt: skip


def positive_int(value: str) -> int:
    """An argparse type: a whole number of at least 1 (attempts, concurrency)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{n} is less than 1")
    return n


def positive_seconds(value: str) -> float:
    """An argparse type: a number of seconds above 0 (--timeout)."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not (math.isfinite(seconds) and seconds > 0):
        raise argparse.ArgumentTypeError(f"{value} is not a number of seconds above 0")
    return seconds


class ProviderChoices:
    """The `--provider` choices: 'auto' and every provider in the registry, so that one a user registered
    (`composer.providers.register_provider`) can be chosen too. Read when argparse first looks at them (a
    subcommand's --help, or a --provider given), not when the parser is built: `python -m composer --help`
    does not import the registry."""

    def __iter__(self) -> Iterator[str]:
        from composer.providers import provider_names

        return iter([AUTO, *provider_names()])

    def __contains__(self, name: object) -> bool:
        return name in list(self)


def add_model_options(parser: argparse.ArgumentParser, *, what: str, fallback_help: str):
    """Who drafts (`--provider`, `--model`, `--base-url`, `--timeout`) and how hard it tries
    (`--max-attempts`, `--no-fallback`); returns the group so a command can add its own."""
    g = parser.add_argument_group("model")
    g.add_argument(
        "--provider", choices=ProviderChoices(), default=AUTO,
        help=f"who drafts {what} (default: auto)",
    )  # fmt: skip
    g.add_argument("--model", help="model name (default: COMPOSER_MODEL, else the provider's default)")
    g.add_argument(
        "--base-url", dest="base_url", metavar="URL",
        help="an OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1 (default: OPENAI_BASE_URL)",
    )  # fmt: skip
    g.add_argument(
        "--timeout", type=positive_seconds, metavar="SECONDS",
        help="the most each request to a model server may take, from its start to its last byte; a request "
        "that times out is retried like any transport failure (default: COMPOSER_TIMEOUT, else 60)",
    )  # fmt: skip
    g.add_argument(
        "--max-attempts", dest="max_attempts", type=positive_int, default=4, metavar="N",
        help="attempts per note in total, the first draft included (default: 4)",
    )  # fmt: skip
    g.add_argument("--no-fallback", dest="fallback", action="store_false", help=fallback_help)
    return g


def add_format_option(parser: argparse.ArgumentParser, choices: tuple[str, ...] = OUTPUT_FORMATS) -> None:
    parser.add_argument(
        "--format", choices=list(choices), default="text", help="output format (default: text)"
    )
