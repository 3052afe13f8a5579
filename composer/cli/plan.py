"""`plan`: whether, when and how to reach out after an interview (connect, wait or hold off)."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from composer.cli.options import add_format_option
from composer.vocabulary import CULTURES, FORMALITIES, OUTCOMES, PLAN_CHOICES, VIBES

EXAMPLE = """examples:
  python -m composer plan --interview-date today --vibe positive
  python -m composer plan --interview-date yesterday --vibe negative --format json
  python -m composer plan --interview-date yesterday --vibe neutral --decision-by tomorrow
  python -m composer plan --interview-date 2026-05-18 --vibe positive --formality casual --today 2026-05-21
  python -m composer plan --interview-date 2026-05-04 --vibe positive --outcome rejected --today 2026-05-20

The plan follows the article's guidance: wait a few days after a good interview, then connect; hold off
after a poor or very formal interview, or in a conservative culture, and send a thank-you email instead.
Exit 0 with a plan, 2 for bad input (an interview in the future or more than 30 days ago, an unknown value).
"""

CHOICES = PLAN_CHOICES
OPTION = {
    "interview_date": "--interview-date",
    "vibe": "--vibe",
    "formality": "--formality",
    "culture": "--culture",
    "decision_by": "--decision-by",
    "outcome": "--outcome",
    "today": "--today",
}


def _metavar(choices: tuple[str, ...]) -> str:
    """The choices as argparse shows them ('{formal,casual}'); checked in run(), not by argparse."""
    return "{" + ",".join(choices) + "}"


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "plan",
        help="when and how to reach out: connect, wait or hold off",
        description="Recommend whether to send a LinkedIn connection request now, wait until a given day,\n"
        "or hold off and send a thank-you email (or engage with their posts) instead, with the\n"
        "reasons from the guidance. Deterministic: the same inputs and --today give the same plan.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    # Values are checked in run(), not by argparse, so a bad one is a single 'error: ...' line (exit 2).
    p.add_argument(
        "--interview-date", dest="interview_date", metavar="DATE",
        help="(required, unless the --context file has it) the day of the interview: YYYY-MM-DD, 'today' "
        "or 'yesterday'",
    )  # fmt: skip
    p.add_argument(
        "--context", metavar="FILE",
        help="the JSON or YAML file of the interview ('-' for stdin): its interview_date, unless "
        "--interview-date is given",
    )  # fmt: skip
    p.add_argument("--vibe", metavar=_metavar(VIBES), help="(required) how the interview went")
    p.add_argument(
        "--formality", metavar=_metavar(FORMALITIES), help="how formal the interview was, if you can say"
    )
    p.add_argument(
        "--culture", default="unknown", metavar=_metavar(CULTURES),
        help="the company's attitude to networking (default: unknown)",
    )  # fmt: skip
    p.add_argument(
        "--decision-by", dest="decision_by", metavar="DATE",
        help="the day the hiring decision is expected, if they told you (YYYY-MM-DD, 'today', 'tomorrow')",
    )  # fmt: skip
    p.add_argument(
        "--outcome", default="none", metavar=_metavar(OUTCOMES),
        help="whether you have heard back (default: none)",
    )  # fmt: skip
    p.add_argument(
        "--today", metavar="DATE", help="the date to plan from, for reproducible output (default: today)"
    )
    add_format_option(p)
    p.set_defaults(run=run)


def parse_day(value: object, option: str, today: dt.date) -> dt.date:
    """The one date parser (composer.dates: YYYY-MM-DD, 'today', 'yesterday', 'tomorrow', counted from
    `today`), with the range a plan is made for; errors are one line naming `option`."""
    from composer.dates import DateError, parse_date
    from composer.errors import UsageError
    from composer.plan import DATE_RANGE

    try:
        day = parse_date(value, today)  # an interview 'tomorrow' is then refused as in the future
    except DateError as e:
        raise UsageError(f"{option} {e}") from None
    first, last = DATE_RANGE
    if not first <= day <= last:  # the plan adds days to these: 9999-12-31 would overflow
        raise UsageError(f"{option} {day} is outside the dates a plan is made for ({first} to {last})")
    return day


def _choice(args: argparse.Namespace, field: str) -> str | None:
    from composer.context import normal_choice
    from composer.errors import UsageError
    from composer.vocabulary import did_you_mean

    value = getattr(args, field)
    if value is None:
        return None
    normal = normal_choice(value)
    if normal not in CHOICES[field]:
        *first, last = CHOICES[field]
        raise UsageError(
            f"{OPTION[field]} {value!r} is not a known value: use {', '.join(first)} or {last}"
            + did_you_mean(value, CHOICES[field])
        )
    return normal


def _context_date(path: str):
    """The interview_date of a context file (the one `draft --context` reads), None when it has none."""
    from composer.context_input import load_context_file

    return load_context_file(path).get("interview_date")


def situation_from_args(args: argparse.Namespace):
    from pydantic import ValidationError

    from composer.errors import UsageError
    from composer.plan import Situation

    today = parse_day(args.today, "--today", dt.date.today()) if args.today else dt.date.today()
    interview_date, option = args.interview_date, "--interview-date"
    if not interview_date and getattr(args, "context", None):
        interview_date, option = _context_date(args.context), f"interview_date of --context {args.context}"
    if not interview_date:
        raise UsageError(
            "--interview-date is required: pass the day of the interview (YYYY-MM-DD or 'today'), or a "
            "--context file with interview_date"
        )
    if not args.vibe:
        raise UsageError(
            "--vibe is required: pass --vibe positive, neutral or negative (how the interview went)"
        )
    data = {
        "interview_date": parse_day(interview_date, option, today),
        "vibe": _choice(args, "vibe"),
        "formality": _choice(args, "formality"),
        "culture": _choice(args, "culture"),
        "outcome": _choice(args, "outcome"),
    }
    if args.decision_by:
        data["decision_by"] = parse_day(args.decision_by, "--decision-by", today)
    try:
        return Situation.model_validate(data), today
    except ValidationError as e:
        err = e.errors(include_url=False)[0]
        field = str(err["loc"][0]) if err["loc"] else "interview_date"
        raise UsageError(f"{OPTION.get(field, field)} {err['msg'].removeprefix('Value error, ')}") from None


ALTERNATIVE_TEXT = {
    "thank_you_email": "a thank-you email",
    "engage_with_posts": "engage with their posts (like, comment, share) without a request",
}


def format_plan(plan, today: dt.date) -> str:
    if plan.action == "connect":
        head = f"CONNECT: send the connection request today ({plan.send_on})."
    elif plan.action == "wait":
        ahead = (plan.send_on - today).days
        days = f"{ahead} day" if ahead == 1 else f"{ahead} days"
        head = f"WAIT: send the connection request on {plan.send_on} (in {days})."
    else:
        head = "HOLD OFF: do not send a connection request now."
    lines = [head]
    if plan.alternative:
        label = "Meanwhile" if plan.action == "wait" else "Instead"
        by = f", by {plan.thank_you_email_by}" if plan.alternative == "thank_you_email" else ""
        lines.append(f"{label}: {ALTERNATIVE_TEXT[plan.alternative]}{by}.")
    lines.append("Why:")
    lines.extend(f"  - {reason}" for reason in plan.reasons)
    if plan.alternative == "thank_you_email":
        lines.append(
            "Draft it: python -m composer draft --kind thank_you_email --interviewer NAME --topic TEXT"
        )
    elif plan.action == "connect":
        lines.append("Draft it: python -m composer draft --interviewer NAME --topic TEXT")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from composer import app
    from composer.errors import UsageError
    from composer.plan import PlanError

    situation, today = situation_from_args(args)
    try:
        plan = app.plan(situation, today)
    except PlanError as e:
        raise UsageError(f"{OPTION.get(e.field, e.field)} {e.detail}") from None
    if args.format == "json":
        print(json.dumps(app.plan_record(plan, today), ensure_ascii=False, indent=2))
    else:
        print(format_plan(plan, today))
    return 0
