"""`batch`: a note for every row of a CSV, JSON, JSONL or YAML file, appended to a JSONL file as each is done."""

from __future__ import annotations

import argparse
import sys

from composer.cli.options import add_model_options, choice_option, positive_int
from composer.vocabulary import BATCH_FORMATS, INPUT_FORMATS

EXAMPLE = """input (each row its own context, or one interview with its interviewers):
  rows.csv     id,interviewer_name,role,company,topics,interview_date
               sofia,Sofía Martínez,Data Engineer,Acme,migrating batch jobs to Kafka;schema registry,2026-05-18
  panel.yaml   {role: Data Engineer, company: Acme, interviewers: [{name: Raj Patel, topics: [data contracts]}]}
  rows.jsonl   one JSON object per line; rows.json: a list of rows or one interview

examples:
  python -m composer batch panel.yaml --out notes.jsonl --provider template --format markdown
  OPENAI_API_KEY=sk-... python -m composer batch cohort.csv --out notes.jsonl --concurrency 8
  python -m composer batch cohort.csv --out notes.jsonl --resume        # after an interruption
  python -m composer batch panel.yaml --out notes.jsonl --base-url http://127.0.0.1:8080/v1 \\
      --prompt-style completion                                          # the bundled model, served

Each result is appended to OUT as one JSON line as soon as it is ready (a row of a panel once its panel's
notes are compared); --resume skips the ids already there and drafts again the rows whose line is an
error. A row whose provider fails is written as {"id": ..., "error": {...}} and the batch goes on, unless the
server rejects the key (HTTP 401/403): that stops the batch (exit 3).

The input is read twice, a row at a time (stdin is copied first): the first 10,000 rows are checked whole,
and every row's id and date, before anything is drafted; a row past them is checked whole when the batch
reaches it, and a bad one stops the batch there (the rows in flight finished; exit 2; the lines written
stay: fix it and --resume).

exit codes: 0 every row has a passing note, 1 some row has none (or failed), 2 bad input (nothing is drafted
and OUT is left untouched, unless the bad row is past the first 10,000; an unknown --provider too; OUT
written by another run), 3 the provider cannot be used at all (no key, a key the server rejects, the local
model not installed)
"""


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "batch",
        help="draft a note for every row of a file (a panel, a cohort)",
        description="Draft and check a note for every row of INPUT, several at a time; notes to one interview "
        "panel are compared and a note too much like another is rewritten. Results go to OUT (JSONL), one "
        "line per row as it finishes; a summary goes to stderr.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("input", metavar="INPUT", help="rows: .csv, .json, .jsonl or .yaml ('-' for stdin)")
    p.add_argument(
        "--out", required=True, metavar="OUT.jsonl", help="append the results here, one JSON line each"
    )
    choice_option(
        p, "--input-format", dest="input_format", choices=INPUT_FORMATS,
        help="the input's format when its name does not say (default: from the file name)",
    )  # fmt: skip
    p.add_argument(
        "--concurrency", type=positive_int, default=4, metavar="N",
        help="rows drafted at the same time (default: 4, gentle on a hosted API's rate limits)",
    )  # fmt: skip
    again = p.add_mutually_exclusive_group()
    again.add_argument("--resume", action="store_true", help="skip the ids already in OUT and draft the rest")
    again.add_argument("--overwrite", action="store_true", help="empty OUT first and draft every row")
    add_model_options(
        p,
        what="the notes",
        fallback_help="when no draft passes, keep the best one (the row fails) instead of the template's note",
    )
    choice_option(
        p, "--format", choices=BATCH_FORMATS, default="text",
        help="at the end, print every row in input order as a csv or markdown table, or as json "
        "(default: text, which prints nothing but the summary on stderr)",
    )  # fmt: skip
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from composer import app

    report = app.batch(
        args.input,
        args.out,
        provider=args.provider,
        model=args.model,
        base_url=args.base_url,
        prompt_style=args.prompt_style,
        concurrency=args.concurrency,
        resume=args.resume,
        overwrite=args.overwrite,
        max_attempts=args.max_attempts,
        fallback=args.fallback,
        input_format=args.input_format,
        timeout=args.timeout,
        progress=None,  # a bar on a terminal only
        defaults=args.defaults,  # the account and candidate's name from the environment or config file
    )
    if args.format != "text":
        sys.stdout.writelines(report.render_chunks(args.format))  # a row at a time, read back from OUT
        sys.stdout.flush()
    for note in report.summary.notes:
        print(f"note: {note}", file=sys.stderr)
    print(report.summary.line(), file=sys.stderr)
    return report.exit_code
