"""Options shared by the subcommands: the interview facts, the model, and the output format. Every option
is defined here or in its command's module, with its default: argparse resolves the defaults when it parses
(`--provider` auto, `--max-attempts` 4, `--format` text); the environment is read later, by the provider
(`OPENAI_API_KEY`, `OPENAI_BASE_URL`, `COMPOSER_MODEL`, `COMPOSER_PROMPT_STYLE`, `COMPOSER_TIMEOUT`)."""

from __future__ import annotations

import argparse
import math
from collections.abc import Iterable, Iterator

from composer.vocabulary import ACCOUNTS, AUTO, KINDS, OUTPUT_FORMATS, PROMPT_STYLES, normal_word


class Choice:
    """An argparse type for a flag with choices: the choice the value names in any case, '-' or '_'
    ('Premium', 'thank-you-email'), else the value as given, which argparse then refuses as an invalid
    choice (with "did you mean", composer.cli). `choices` is read on each call: the provider registry's
    names too."""

    __name__ = "choice"

    def __init__(self, choices: Iterable[str]) -> None:
        self.choices = choices

    def __call__(self, value: str) -> str:
        wanted = normal_word(value)
        return next((c for c in self.choices if normal_word(c) == wanted), value)


def choice_option(parser, *flags: str, choices, **kwargs) -> argparse.Action:
    """`parser.add_argument` for a flag with choices, taken in any case (`Choice`)."""
    return parser.add_argument(*flags, choices=choices, type=Choice(choices), **kwargs)


def add_context_options(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("interview facts (a --context file, overridden by the flags)")
    g.add_argument(
        "--context", metavar="FILE", help="JSON or YAML file with the context fields ('-' for stdin)"
    )
    g.add_argument("--interviewer", metavar="NAME", help="the interviewer's name, e.g. 'Sofía Martínez'")
    g.add_argument("--role", help="the job title interviewed for")
    g.add_argument("--company", help="the company interviewed with (the employer)")
    g.add_argument(
        "--interviewer-company", dest="interviewer_company", metavar="NAME",
        help="where the interviewer works when it is not --company (a panel member from a partner or another "
        "office); never named as the employer",
    )  # fmt: skip
    g.add_argument(
        "--topic", action="append", default=[], metavar="TEXT",
        help="something you discussed with this interviewer (repeat for several)",
    )  # fmt: skip
    choice_option(g, "--account", choices=ACCOUNTS, help="LinkedIn tier: 200 (free) or 300 characters")
    choice_option(g, "--kind", choices=KINDS, help="what to write (default: connection_note)")
    g.add_argument(
        "--greet-as", dest="greet_as", metavar="NAME",
        help="the name to greet the interviewer by, e.g. 'Joon-ho' or 'Dr. Okafor' (default: read from the name)",
    )  # fmt: skip
    g.add_argument("--candidate", metavar="NAME", help="your own name, for a signature")
    g.add_argument(
        "--other-name", dest="other_name", action="append", default=[], metavar="NAME",
        help="another member of the panel, so a note never names the wrong person (repeatable)",
    )  # fmt: skip
    g.add_argument(
        "--interview-date", dest="interview_date", metavar="DATE",
        help="the day of the interview: YYYY-MM-DD, 'today' or 'yesterday'",
    )  # fmt: skip
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


def whole_number(value: str, least: int) -> int:
    """A whole number of at least `least`, or argparse's one-line error."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < least:
        raise argparse.ArgumentTypeError(f"{n} is less than {least}")
    return n


def positive_int(value: str) -> int:
    """An argparse type: a whole number of at least 1 (attempts, concurrency)."""
    return whole_number(value, 1)


def non_negative_int(value: str) -> int:
    """An argparse type: a whole number of at least 0 (a monthly allowance)."""
    return whole_number(value, 0)


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
    choice_option(
        g, "--provider", choices=ProviderChoices(),
        help=f"who drafts {what} (default: COMPOSER_PROVIDER, else the config file, else auto)",
    )  # fmt: skip
    g.add_argument(
        "--model",
        help="model name (default: COMPOSER_MODEL, else the config file, else the provider's default)",
    )
    g.add_argument(
        "--base-url", dest="base_url", metavar="URL",
        help="an OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1 (default: OPENAI_BASE_URL, else the "
        "config file)",
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
    choice_option(
        g, "--prompt-style", dest="prompt_style", choices=PROMPT_STYLES,
        help="openai provider: 'chat' (/v1/chat/completions, the default) or 'completion' (the small model's "
        "few-shot prompt, sent to /v1/completions) (default: COMPOSER_PROMPT_STYLE, else chat)",
    )  # fmt: skip
    return g


def add_format_option(parser: argparse.ArgumentParser, choices: tuple[str, ...] = OUTPUT_FORMATS) -> None:
    choice_option(
        parser, "--format", choices=list(choices), default="text", help="output format (default: text)"
    )
