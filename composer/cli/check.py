"""`check`: judge a note someone wrote against the interview facts."""

from __future__ import annotations

import argparse
import json
import sys

from composer.cli.options import add_context_options, add_format_option

EXAMPLE = """examples:
  python -m composer check --interviewer "Sofía Martínez" --topic "migrating batch jobs to Kafka" \\
      --text "Hi Sofia, thank you for the interview. I enjoyed our talk about moving batch jobs to Kafka."
  python -m composer check --context interview.yaml --file note.txt --format json
  pbpaste | python -m composer check --context interview.yaml
  cat interview.yaml | python -m composer check --context - --file note.txt
"""


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help="check a note against the guardrails",
        description="Check a note against every guardrail: length, the right name, a real topic, thanks, "
        "no pressure, no placeholders, a professional tone. Exit 0 passed, 1 failed, 2 bad input.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    src = p.add_mutually_exclusive_group()
    src.add_argument("--text", help="the note itself")
    src.add_argument("--file", metavar="PATH", help="read the note from a UTF-8 file")
    add_context_options(p)
    add_format_option(p)
    p.set_defaults(run=run)


def read_note(args: argparse.Namespace) -> str:
    from composer.context_input import MAX_TEXT_BYTES, STDIN, decode_text, read_limited, read_text_file
    from composer.errors import UsageError

    if args.text is not None:
        text = args.text
    elif args.file:
        text = read_text_file(args.file, "Note file")
    elif args.context == STDIN:
        raise UsageError(
            "stdin holds the context (--context -): pass the note with --text '...' or --file PATH"
        )
    elif not sys.stdin.isatty():
        raw = read_limited(sys.stdin.buffer, "The note on stdin", MAX_TEXT_BYTES, "pass the note itself")
        text = decode_text(raw, "The note on stdin")
    else:
        raise UsageError("No note to check: pass --text '...', --file PATH, or pipe the note on stdin")
    if not text.strip():
        raise UsageError("The note is empty: pass the text to check with --text, --file or stdin")
    return text.strip("\n")


def format_report(report, context) -> str:
    limit = f"/{report.limit}" if report.limit else ""
    head = "PASSED" if report.passed else "FAILED"
    lines = [
        f"{head}: {len(report.errors)} error(s), {len(report.warnings)} warning(s); "
        f"{report.characters}{limit} characters; {context.kind} to {context.interviewer_name}"
    ]
    for r in report.results:
        if r.passed:
            continue
        mark = "x" if r.severity == "error" else "!"
        lines.append(f"  {mark} {r.rule}: {r.message}")
        lines.append(f"      fix: {r.fix}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from composer import app
    from composer.context_input import context_from_args

    context = context_from_args(args)
    text = read_note(args)
    report = app.check(text, context)
    if args.format == "json":
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, context))
    return 0 if report.passed else 1
