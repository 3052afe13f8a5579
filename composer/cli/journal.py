"""The journal's commands: `interview add|list|show`, `next`, `sent`, `accepted`, `outcome`, `history`,
`export` and `import`. The journal is $COMPOSER_HOME/journal.sqlite3 (default: the user data folder).

Each command is one transaction: bad input is one line naming the field (exit 2), and the journal is left
as it was. The composer never sends anything: `sent` and `accepted` record what the candidate did.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from composer.cli.options import add_format_option
from composer.vocabulary import INPUT_FORMATS, JOURNAL_OUTCOMES, SEND_KINDS

JOURNAL_NOTE = (
    "The journal is $COMPOSER_HOME/journal.sqlite3 (default: the user data folder, "
    "~/.local/share/interview-followup-composer on Linux)."
)


def _parser(sub: argparse._SubParsersAction, name: str, help: str, description: str, epilog: str = ""):
    return sub.add_parser(
        name, help=help, description=f"{description}\n{JOURNAL_NOTE}", epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip


def _on_option(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument(
        "--on", metavar="DATE", help=f"the day {what}: YYYY-MM-DD, 'today' or 'yesterday' (default: today)"
    )


def add_parser(sub: argparse._SubParsersAction) -> None:
    _add_interview(sub)
    from composer.cli import journal_next

    journal_next.add_parser(sub)
    p = _parser(sub, "sent", "record a message you sent", "Record that you sent a message to an interviewer "
                "(the composer never sends anything itself).",
                "example:\n  python -m composer sent 2 --kind connection_note --on 2026-05-20")  # fmt: skip
    p.add_argument("interviewer_id", metavar="INTERVIEWER_ID", help="the id 'interview show' lists")
    p.add_argument("--kind", required=True, metavar="{" + ",".join(SEND_KINDS) + "}", help="what you sent")
    _on_option(p, "you sent it")
    p.add_argument("--text-file", dest="text_file", metavar="FILE", help="keep the text you sent with it")
    add_format_option(p)
    p.set_defaults(run=run_sent)
    p = _parser(
        sub,
        "accepted",
        "record that an interviewer accepted your request",
        "Record that an interviewer accepted your connection request: the follow-up falls due.",
    )
    p.add_argument("interviewer_id", metavar="INTERVIEWER_ID", help="the id 'interview show' lists")
    _on_option(p, "they accepted")
    add_format_option(p)
    p.set_defaults(run=run_accepted)
    p = _parser(sub, "outcome", "record how an interview ended", "Record the outcome of an interview: "
                "offer, rejected or withdrawn (nothing more is due after you withdraw).")  # fmt: skip
    p.add_argument("interview_id", metavar="INTERVIEW_ID", help="the id 'interview list' lists")
    p.add_argument("outcome", metavar="{" + ",".join(JOURNAL_OUTCOMES) + "}")
    _on_option(p, "you heard")
    add_format_option(p)
    p.set_defaults(run=run_outcome)
    p = _parser(sub, "history", "what you sent, to everyone or to one interviewer", "List the messages "
                "recorded with 'sent', oldest first.")  # fmt: skip
    p.add_argument("interviewer_id", nargs="?", metavar="INTERVIEWER_ID", help="only this interviewer")
    add_format_option(p)
    p.set_defaults(run=run_history)
    p = _parser(sub, "export", "write the whole journal as JSON", "Write the whole journal as one JSON "
                "document (a backup; 'import' restores it).")  # fmt: skip
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of stdout")
    p.set_defaults(run=run_export)
    p = _parser(sub, "import", "restore a journal from an export", "Fill the journal from a JSON document "
                "written by 'export' (an empty journal, or any with --replace).")  # fmt: skip
    p.add_argument("file", metavar="FILE", help="the exported JSON ('-' for stdin)")
    p.add_argument("--replace", action="store_true", help="replace what the journal holds with the copy")
    p.set_defaults(run=run_import)


def _add_interview(sub: argparse._SubParsersAction) -> None:
    p = _parser(
        sub,
        "interview",
        "add, list and show the interviews in the journal",
        "Add interviews to the journal, list them, or show one with what was sent to whom.",
    )
    inner = p.add_subparsers(dest="interview_command", metavar="{add,list,show}", parser_class=type(p))
    add = inner.add_parser(
        "add", help="store the interviews of a file (CSV, JSON, JSONL or YAML, as batch reads)",
        description="Store the interviews of a file, in any format batch reads; each interviewer needs "
        "interview_date and vibe (positive, neutral or negative), and may have formality, culture and "
        "decision_by. Prints the ids stored.",
    )  # fmt: skip
    add.add_argument("file", metavar="FILE", help="the interview file ('-' for stdin, with --input-format)")
    add.add_argument("--input-format", dest="input_format", choices=INPUT_FORMATS, help="the file's format")
    add_format_option(add)
    add.set_defaults(run=run_interview_add)
    listing = inner.add_parser("list", help="every interview and its interviewers")
    add_format_option(listing)
    listing.set_defaults(run=run_interview_list)
    show = inner.add_parser("show", help="one interview, its interviewers and what was sent")
    show.add_argument("interview_id", metavar="INTERVIEW_ID")
    add_format_option(show)
    show.set_defaults(run=run_interview_show)
    p.set_defaults(run=lambda args: _usage(p))


def _usage(p: argparse.ArgumentParser) -> int:
    p.print_usage(sys.stderr)
    print(f"{p.prog}: error: give a command: add, list or show", file=sys.stderr)
    return 2


def the_id(value: str, name: str) -> int:
    from composer.errors import UsageError

    try:
        number = int(value.strip())
    except ValueError:
        number = 0
    if not 1 <= number < 2**63:  # SQLite's integers
        raise UsageError(
            f"{name} {value!r} is not an id: give the number 'interview list' or 'interview show' prints"
        )
    return number


def the_day(value: str | None, option: str) -> dt.date:
    from composer.cli.plan import parse_day

    today = dt.date.today()
    return parse_day(value, option, today) if value else today


def emit(args: argparse.Namespace, data: Any, text: str) -> int:
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.format == "json" else text)
    return 0


def run_interview_add(args: argparse.Namespace) -> int:
    from composer import app

    with app.open_journal() as journal:
        added = app.add_interviews(journal, args.file, args.input_format)
    lines = []
    for interview in added:
        at = " at ".join(x for x in (interview["role"], interview["company"]) if x)
        lines.append(f"interview {interview['id']}" + (f": {at}" if at else ""))
        lines.extend(f"  interviewer {p['id']}: {p['name']}" for p in interview["interviewers"])
    return emit(args, added, "\n".join(lines))


def run_interview_list(args: argparse.Namespace) -> int:
    from composer import app

    with app.open_journal() as journal:
        interviews = app.interviews(journal)
    lines = [_interview_line(i) for i in interviews] or [
        "No interviews yet: add one with 'interview add FILE'."
    ]
    return emit(args, interviews, "\n".join(lines))


def _interview_line(i: dict[str, Any]) -> str:
    at = " at ".join(x for x in (i["role"], i["company"]) if x) or "interview"
    outcome = "" if i["outcome"] == "none" else f", {i['outcome']}"
    people = ", ".join(f"{p['name']} ({p['id']})" for p in i["interviewers"])
    return f"{i['id']}  {i['interview_date']}  {at}{outcome}: {people}"


def run_interview_show(args: argparse.Namespace) -> int:
    from composer import app

    with app.open_journal() as journal:
        interview = app.show_interview(journal, the_id(args.interview_id, "INTERVIEW_ID"))
    lines = [_interview_line(interview)]
    for p in interview["interviewers"]:
        facts = ", ".join(f"{k} {p[k]}" for k in ("vibe", "formality", "culture", "decision_by") if p[k])
        lines.append(f"  interviewer {p['id']}: {p['name']} ({facts})")
        if p["accepted_on"]:
            lines.append(f"    accepted the request on {p['accepted_on']}")
        lines.extend(f"    sent {s['kind']} on {s['sent_on']}" for s in p["sent"])
    return emit(args, interview, "\n".join(lines))


def run_sent(args: argparse.Namespace) -> int:
    from composer import app
    from composer.context_input import read_bytes

    text = None
    if args.text_file:
        text = read_bytes(args.text_file, "--text-file").decode("utf-8", errors="replace")
    interviewer_id, on = the_id(args.interviewer_id, "INTERVIEWER_ID"), the_day(args.on, "--on")
    with app.open_journal() as journal:
        sent = app.record_sent(journal, interviewer_id, args.kind, on, text)
    return emit(args, sent, f"Recorded: {sent['kind']} to {sent['name']} on {sent['sent_on']}.")


def run_accepted(args: argparse.Namespace) -> int:
    from composer import app

    interviewer_id, on = the_id(args.interviewer_id, "INTERVIEWER_ID"), the_day(args.on, "--on")
    with app.open_journal() as journal:
        done = app.record_accepted(journal, interviewer_id, on)
    return emit(args, done, f"Recorded: {done['name']} accepted on {done['accepted_on']}.")


def run_outcome(args: argparse.Namespace) -> int:
    from composer import app

    interview_id, on = the_id(args.interview_id, "INTERVIEW_ID"), the_day(args.on, "--on")
    with app.open_journal() as journal:
        done = app.record_outcome(journal, interview_id, args.outcome, on)
    return emit(
        args, done, f"Recorded: interview {interview_id} ended: {done['outcome']} ({done['outcome_on']})."
    )


def run_history(args: argparse.Namespace) -> int:
    from composer import app

    interviewer_id = the_id(args.interviewer_id, "INTERVIEWER_ID") if args.interviewer_id else None
    with app.open_journal() as journal:
        sends = app.history(journal, interviewer_id)
    lines = [f"{s['sent_on']}  {s['kind']} to {s['interviewer_name']} ({s['interviewer_id']})" for s in sends]
    return emit(args, sends, "\n".join(lines) or "Nothing sent yet.")


def run_export(args: argparse.Namespace) -> int:
    from composer import app

    with app.open_journal() as journal:
        text = json.dumps(app.export_journal(journal), ensure_ascii=False, indent=2)
    if args.out:
        from composer.cli.journal_next import write_file

        write_file(args.out, text + "\n", "--out")
    else:
        print(text)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from composer import app
    from composer.context_input import read_bytes, read_limited

    if args.file == "-":
        raw = read_limited(sys.stdin.buffer, "The copy on stdin", 64 * 1024 * 1024)
    else:
        raw = read_bytes(args.file, "The copy")
    copy = app.read_journal_copy(
        raw.decode("utf-8-sig", errors="replace"), "stdin" if args.file == "-" else args.file
    )
    with app.open_journal() as journal:
        counts = app.import_journal(journal, copy, replace=args.replace)
    print(f"Imported {counts['interviews']} interview(s), {counts['interviewers']} interviewer(s), "
          f"{counts['sent']} message(s) sent.")  # fmt: skip
    return 0
