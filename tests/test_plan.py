"""The send plan: a table of situations and the action the article's guidance gives, every branch, and the
`plan` command's output and one-line errors."""

from __future__ import annotations

import datetime as dt
import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from composer.cli import main
from composer.plan import BRANCHES, GUIDANCE, MAX_DAYS, PlanError, Situation, make_plan

TODAY = dt.date(2026, 5, 20)
ARTICLE = (
    Path(__file__).resolve().parents[2] / "shared" / "seed" / "connecting-on-linkedin-after-an-interview.txt"
)


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def ahead(days: int) -> dt.date:
    return TODAY + dt.timedelta(days=days)


E, P = "thank_you_email", "engage_with_posts"

# (name, interview days ago, situation fields, action, send_on (days from TODAY, None), alternative, branch)
SITUATIONS = [
    # The 'Done when' cases.
    ("positive today: wait a few days", 0, {"vibe": "positive"}, "wait", 2, E, "wait_few_days"),
    ("negative: hold off, thank-you email", 0, {"vibe": "negative"}, "hold_off", None, E, "negative"),
    ("very formal: hold off, thank-you email", 1, {"vibe": "neutral", "formality": "formal"},
     "hold_off", None, E, "formal"),
    ("positive casual 3 days ago: connect", 3, {"vibe": "positive", "formality": "casual"},
     "connect", 0, None, "connect_now"),
    # Timing after a good interview: wait a few days, connect while it is fresh, later still connect.
    ("positive yesterday: wait one more day", 1, {"vibe": "positive"}, "wait", 1, E, "wait_few_days"),
    ("positive 2 days ago: connect", 2, {"vibe": "positive"}, "connect", 0, None, "connect_now"),
    ("positive 7 days ago: still fresh", 7, {"vibe": "positive"}, "connect", 0, None, "connect_now"),
    ("positive 8 days ago: remind them", 8, {"vibe": "positive"}, "connect", 0, None, "connect_late"),
    ("positive 30 days ago: last day covered", 30, {"vibe": "positive"}, "connect", 0, None, "connect_late"),
    ("neutral casual, no timeline: the general timing", 0, {"vibe": "neutral", "formality": "casual"},
     "wait", 2, E, "wait_few_days"),
    ("neutral 4 days ago, nothing known: connect", 4, {"vibe": "neutral"}, "connect", 0, None, "connect_now"),
    # Poor rapport, formality and culture.
    ("negative beats an encouraging culture", 1, {"vibe": "negative", "culture": "encouraged"},
     "hold_off", None, E, "negative"),
    ("negative, email window passed: engage", 10, {"vibe": "negative"}, "hold_off", None, P, "negative"),
    ("formal though positive: too forward", 0, {"vibe": "positive", "formality": "formal"},
     "hold_off", None, E, "formal"),
    ("formal, neutral, 6 days: engage", 6, {"vibe": "neutral", "formality": "formal"},
     "hold_off", None, P, "formal"),
    ("formal, positive, encouraging culture: connect", 3,
     {"vibe": "positive", "formality": "formal", "culture": "encouraged"}, "connect", 0, None, "connect_now"),
    ("formal, positive, encouraging culture, today: wait", 0,
     {"vibe": "positive", "formality": "formal", "culture": "encouraged"}, "wait", 2, E, "wait_few_days"),
    ("formal, neutral, encouraging culture: still hold off", 0,
     {"vibe": "neutral", "formality": "formal", "culture": "encouraged"}, "hold_off", None, E, "formal"),
    ("conservative culture, positive casual", 1, {"vibe": "positive", "formality": "casual",
     "culture": "conservative"}, "hold_off", None, E, "conservative_culture"),
    ("conservative culture, 5 days: engage", 5, {"vibe": "positive", "culture": "conservative"},
     "hold_off", None, P, "conservative_culture"),
    ("neutral culture changes nothing", 3, {"vibe": "positive", "culture": "neutral"},
     "connect", 0, None, "connect_now"),
    ("neutral, encouraging culture: connect", 3, {"vibe": "neutral", "culture": "encouraged",
     "decision_by": ahead(5)}, "connect", 0, None, "connect_now"),
    # The decision timeline.
    ("neutral, decision in 9 days: wait for feedback", 1, {"vibe": "neutral", "decision_by": ahead(9)},
     "wait", 10, E, "wait_for_feedback"),
    ("neutral, decision in 3 days, email late", 5, {"vibe": "neutral", "decision_by": ahead(3)},
     "wait", 4, None, "wait_for_feedback"),
    ("neutral, decision today: wait until tomorrow", 0, {"vibe": "neutral", "decision_by": TODAY},
     "wait", 1, E, "wait_for_feedback"),
    ("positive, decision tomorrow: email now, then wait", 0, {"vibe": "positive", "decision_by": ahead(1)},
     "wait", 2, E, "decision_before_wait"),
    ("positive, decision in 10 days: connect before it", 1, {"vibe": "positive", "decision_by": ahead(10)},
     "wait", 1, E, "wait_few_days"),
    ("positive 4 days ago, decision in 5: connect", 4, {"vibe": "positive", "decision_by": ahead(5)},
     "connect", 0, None, "connect_now"),
    ("positive, decision overdue: wait for feedback", 5, {"vibe": "positive", "decision_by": ago(2)},
     "hold_off", None, P, "decision_overdue"),
    ("neutral, decision overdue, email still timely", 2, {"vibe": "neutral", "decision_by": ago(1)},
     "hold_off", None, E, "decision_overdue"),
    # The outcome is known.
    ("offer: connect", 5, {"vibe": "positive", "outcome": "offer"}, "connect", 0, None, "offer"),
    ("offer after a poor, formal interview: connect", 2, {"vibe": "negative", "formality": "formal",
     "culture": "conservative", "outcome": "offer"}, "connect", 0, None, "offer"),
    ("rejected after a good interview: network", 10, {"vibe": "positive", "outcome": "rejected"},
     "connect", 0, None, "rejected_network"),
    ("rejected, neutral, the same day: network", 0, {"vibe": "neutral", "outcome": "rejected"},
     "connect", 0, None, "rejected_network"),
    ("rejected after a poor interview: engage", 3, {"vibe": "negative", "outcome": "rejected"},
     "hold_off", None, P, "rejected_reserved"),
    ("rejected, formal: engage", 1, {"vibe": "positive", "formality": "formal", "outcome": "rejected"},
     "hold_off", None, P, "rejected_reserved"),
    ("rejected, conservative culture: engage", 6, {"vibe": "neutral", "culture": "conservative",
     "outcome": "rejected"}, "hold_off", None, P, "rejected_reserved"),
]  # fmt: skip


def _plan(days: int, fields: dict):
    return make_plan(Situation(interview_date=ago(days), **fields), today=TODAY)


@pytest.mark.parametrize(
    ("days", "fields", "action", "send_on", "alternative", "branch"),
    [pytest.param(*case[1:], id=case[0]) for case in SITUATIONS],
)
def test_situation_gives_the_guidance_action(days, fields, action, send_on, alternative, branch):
    plan = _plan(days, fields)
    assert (plan.action, plan.alternative, plan.branch) == (action, alternative, branch), plan.reasons
    assert plan.send_on == (None if send_on is None else ahead(send_on))
    assert plan.days_since_interview == days
    assert plan.reasons and any('the article: "' in reason for reason in plan.reasons)


def test_every_branch_has_a_situation():
    assert {case[-1] for case in SITUATIONS} == set(BRANCHES)


def test_actions_and_send_on_agree():
    for _, days, fields, *_ in SITUATIONS:
        plan = _plan(days, fields)
        if plan.action == "connect":
            assert plan.send_on == TODAY
        elif plan.action == "wait":
            assert plan.send_on > TODAY
        else:
            assert plan.send_on is None and plan.alternative is not None


def test_positive_today_sends_one_to_four_days_ahead():
    plan = _plan(0, {"vibe": "positive"})
    assert 1 <= (plan.send_on - TODAY).days <= 4


def test_thank_you_email_window():
    assert _plan(0, {"vibe": "negative"}).thank_you_email_by == ahead(2)
    assert _plan(2, {"vibe": "negative"}).thank_you_email_by == TODAY
    assert _plan(3, {"vibe": "negative"}).thank_you_email_by is None
    assert _plan(0, {"vibe": "positive", "outcome": "offer"}).thank_you_email_by is None


def test_rejected_reasons_say_why_connecting_is_still_fine():
    reasons = " ".join(_plan(10, {"vibe": "positive", "outcome": "rejected"}).reasons)
    assert "future networking" in reasons and "Even if you're not offered the position" in reasons


def test_plan_is_deterministic():
    situation = Situation(interview_date="2026-05-18", vibe="Positive", formality="CASUAL")
    first = make_plan(situation, today=TODAY)
    assert first == make_plan(situation, today=TODAY)
    assert first.to_dict()["send_on"] == "2026-05-20"


@pytest.mark.skipif(not ARTICLE.exists(), reason="the article lives outside the repository")
def test_guidance_quotes_the_article_verbatim():
    def norm(text: str) -> str:
        return " ".join(
            text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"').split()
        ).lower()

    article = norm(ARTICLE.read_text(encoding="utf-8"))
    missing = [key for key, quote in GUIDANCE.items() if norm(quote) not in article]
    assert not missing, missing


# Errors of the Python API.


def test_future_interview_is_refused():
    with pytest.raises(PlanError) as e:
        _plan(-1, {"vibe": "positive"})
    assert e.value.field == "interview_date" and "after today" in str(e.value)


def test_too_long_ago_is_refused():
    assert _plan(MAX_DAYS, {"vibe": "positive"}).action == "connect"
    with pytest.raises(PlanError) as e:
        _plan(MAX_DAYS + 1, {"vibe": "positive"})
    assert e.value.field == "interview_date" and f"{MAX_DAYS + 1} days ago" in str(e.value)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"vibe": "great"}, "vibe"),
        ({"vibe": "positive", "formality": "very"}, "formality"),
        ({"vibe": "positive", "culture": "open"}, "culture"),
        ({"vibe": "positive", "outcome": "hired"}, "outcome"),
        ({"vibe": "positive", "decision_by": ago(5)}, "decision_by"),
        ({"vibe": "positive", "mood": "good"}, "mood"),
        ({}, "vibe"),
    ],
)
def test_invalid_situation_names_the_field(fields, field):
    with pytest.raises(ValidationError) as e:
        Situation(interview_date=ago(3), **fields)
    assert e.value.errors()[0]["loc"] == (field,)


# The command line.

RUN = ["plan", "--today", TODAY.isoformat()]


def test_text_output(capsys):
    assert main([*RUN, "--interview-date", "today", "--vibe", "positive"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("WAIT: send the connection request on 2026-05-22 (in 2 days).")
    assert "Meanwhile: a thank-you email, by 2026-05-22." in out
    assert "Why:\n  - The interview went well;" in out


def test_text_output_hold_off_and_connect(capsys):
    assert main([*RUN, "--interview-date", "yesterday", "--vibe", "negative"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("HOLD OFF") and "Instead: a thank-you email, by 2026-05-21." in out
    assert main([*RUN, "--interview-date", "2026-05-17", "--vibe", "positive", "--formality", "casual"]) == 0
    assert capsys.readouterr().out.startswith("CONNECT: send the connection request today (2026-05-20).")


def test_json_output(capsys):
    args = [*RUN, "--interview-date", "2026-05-19", "--vibe", "neutral", "--decision-by", "2026-05-29"]
    assert main([*args, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"action", "send_on", "alternative", "reasons"} <= set(data)
    assert (data["action"], data["send_on"], data["alternative"]) == ("wait", "2026-05-30", "thank_you_email")
    assert data["today"] == "2026-05-20" and data["branch"] == "wait_for_feedback"
    assert all(isinstance(r, str) and r for r in data["reasons"])


def test_json_hold_off_has_null_send_on(capsys):
    assert main([*RUN, "--interview-date", "today", "--vibe", "NEGATIVE", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (
        data["action"] == "hold_off" and data["send_on"] is None and data["alternative"] == "thank_you_email"
    )


def test_options_accept_relative_days_and_any_case(capsys):
    args = [*RUN, "--interview-date", "Yesterday", "--vibe", "Positive", "--culture", "ENCOURAGED"]
    assert main([*args, "--decision-by", "tomorrow", "--outcome", "None", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["days_since_interview"] == 1 and data["send_on"] == "2026-05-21"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--interview-date", "2026-05-21", "--vibe", "positive"],
         "--interview-date 2026-05-21 is 1 day after today"),
        (["--interview-date", "tomorrow", "--vibe", "positive"],
         "--interview-date 2026-05-21 is 1 day after today"),
        (["--interview-date", "2026-04-01", "--vibe", "positive"],
         "--interview-date 2026-04-01 is 49 days ago"),
        (["--interview-date", "today", "--vibe", "great"],
         "--vibe 'great' is not a known value: use positive"),
        (["--interview-date", "2026-02-30", "--vibe", "positive"],
         "--interview-date '2026-02-30' is not a date"),
        (["--interview-date", "last week", "--vibe", "positive"],
         "use YYYY-MM-DD, 'today', 'yesterday' or 'tomorrow'"),
        (["--vibe", "positive"], "--interview-date is required"),
        (["--interview-date", "today"], "--vibe is required: pass --vibe positive, neutral or negative"),
        (["--interview-date", "today", "--vibe", "positive", "--formality", "stiff"], "--formality 'stiff'"),
        (["--interview-date", "today", "--vibe", "positive", "--culture", "open"], "--culture 'open'"),
        (["--interview-date", "today", "--vibe", "positive", "--outcome", "hired"], "--outcome 'hired'"),
        (["--interview-date", "today", "--vibe", "positive", "--decision-by", "soon"],
         "--decision-by 'soon'"),
        (["--interview-date", "today", "--vibe", "positive", "--decision-by", "2026-05-01"],
         "--decision-by 2026-05-01 is before the interview (2026-05-20)"),
    ],
)  # fmt: skip
def test_bad_input_exits_2_with_one_line(args, needle, capsys):
    assert main([*RUN, *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
    assert needle in lines[0]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--today", "9999-12-31", "--interview-date", "today"], "--today 9999-12-31 is outside"),
        (["--today", "0001-01-01", "--interview-date", "today"], "--today 0001-01-01 is outside"),
        (["--today", "2026-05-20", "--interview-date", "today", "--decision-by", "9999-12-31"],
         "--decision-by 9999-12-31 is outside"),
        (["--today", "2100-12-31", "--interview-date", "today", "--decision-by", "tomorrow"],
         "--decision-by 2101-01-01 is outside"),
    ],
)  # fmt: skip
def test_dates_beyond_the_calendar_range_are_one_line_not_an_overflow(args, needle, capsys):
    assert main(["plan", *args, "--vibe", "neutral"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and needle in lines[0] and "1970-01-01 to 2100-12-31" in lines[0]


def test_api_refuses_a_day_outside_the_range():
    with pytest.raises(PlanError) as e:
        make_plan(Situation(interview_date=dt.date(9999, 12, 31), vibe="positive"), dt.date(9999, 12, 31))
    assert e.value.field == "today"


def test_bad_today_exits_2():
    assert main(["plan", "--today", "20 May", "--interview-date", "today", "--vibe", "positive"]) == 2


def test_error_end_to_end_has_no_traceback():
    proc = subprocess.run(
        [sys.executable, "-m", "composer", "plan", "--interview-date", "2099-01-01", "--vibe", "positive"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("error: --interview-date 2099-01-01 is")
    assert "Traceback" not in proc.stderr


def test_help_has_examples_and_imports_no_model_code():
    code = (
        "import sys, contextlib, io\n"
        "from composer.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    try:\n"
        "        main(['plan', '--help'])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print('composer.plan' in sys.modules)\n"
        "print(out.getvalue())\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    loaded, help_text = proc.stdout.split("\n", 1)
    assert loaded == "False"
    assert "examples:" in help_text and "--interview-date today --vibe positive" in help_text


def _plan_examples() -> list[str]:
    from composer.cli.plan import EXAMPLE

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    lines = [
        *EXAMPLE.splitlines(),
        *readme.split("## When to send: `plan`")[1].split("\n## ")[0].splitlines(),
    ]
    # the help says `python -m composer plan`, the README `followup-composer plan`: the same program
    return [
        line.strip()
        for line in lines
        if line.strip().startswith(("python -m composer plan ", "followup-composer plan "))
    ]


@pytest.mark.parametrize("today", [dt.date.today(), dt.date(2031, 7, 1)], ids=["today", "in 2031"])
def test_every_plan_example_works_whenever_it_is_run(today, monkeypatch, capsys):
    import types

    import composer.cli.plan as cli_plan

    class Today(dt.date):
        @classmethod
        def today(cls):
            return today

    monkeypatch.setattr(cli_plan, "dt", types.SimpleNamespace(date=Today, timedelta=dt.timedelta))
    examples = _plan_examples()
    assert len(examples) >= 8  # the help's and the README's
    for example in examples:
        words = shlex.split(example.split("  #")[0])
        argv = words[words.index("plan") :]
        assert main(argv) == 0, (example, capsys.readouterr().err)
    capsys.readouterr()
