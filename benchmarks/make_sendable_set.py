"""Builds benchmarks/sendable_set.yaml: messages really produced by this project's generators (issue 9).

A throwaway script, kept so the set can be traced back to how it was made. Never edit a generated text.

    # 1. generate (appends to a raw JSONL, skipping what it already holds, so a run can be resumed)
    python benchmarks/make_sendable_set.py generate --generators local,template
    # (--wave 2 --raw /tmp/sendable_raw_wave2.jsonl: only the second wave's interviews, in a raw file of its own)
    python -m llama_cpp.server --model "$(python -c 'from composer.providers.local_provider import model_path; print(model_path())')" \\
        --model_alias smollm2-135m --host 127.0.0.1 --port 8080 --n_ctx 2048 &
    python benchmarks/make_sendable_set.py generate --generators server_chat
    # 2. assemble the set, unlabelled (label, breaks, why empty; no check results, so labelling is blind)
    python benchmarks/make_sendable_set.py assemble
    # one wave only: its items replace that wave's section at the end of the set; every other item is kept
    # byte for byte (the raw files of earlier waves need not exist)
    python benchmarks/make_sendable_set.py assemble --wave 2 --raw /tmp/sendable_raw_wave2.jsonl
    # the template's messages as it writes them now, unlabelled (benchmarks/template_now.yaml)
    python benchmarks/make_sendable_set.py template-now [--split dev --out -]
    # 3. after labelling by hand in LABELS.yaml ({id: {label, breaks, why}}): merge, then stamp
    #    passed_at_labelling with check_message as it is at that moment
    python benchmarks/make_sendable_set.py assemble --labels LABELS.yaml

Generators, for every interviewer of benchmarks/sendable_interviews.yaml and each of the three kinds:
- `local`: the bundled model (`provider="local"`, completion prompt) with the default loop (4 attempts, the
  template as fallback): the text `draft` would print; its `source` is `llm` or `fallback`.
- `local_first_draft`: that run's first draft (`attempts[0].text`), when it differs from the final text
  (when the first draft passed, it *is* the final text, already in `local` with `attempts: 1`; so the raw
  first drafts of the bundled model are `local_first_draft` plus the `local` items with `attempts: 1`).
- `template`: `provider="template"`.
- `server_chat`: the bundled model behind `python -m llama_cpp.server`, driven with the chat prompt
  (`OpenAIProvider(prompt_style="chat")`, 2 attempts, no fallback: the best draft), for every SERVER_EVERY-th
  interviewer only (it is slow).

The split is per interview (a panel never straddles it): the third of the interviews whose sha256(id) sort
first is `test`, the rest `dev`. It depends on the interview ids only, and is fixed before any labelling.
Each wave (`wave: N` in the interviews file; an entry without one is wave 1) is split among its own interviews
only, so adding a wave moves no interview of an earlier one between dev and test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

INTERVIEWS = HERE / "sendable_interviews.yaml"
SET = HERE / "sendable_set.yaml"
RAW = Path("/tmp/sendable_raw.jsonl")
KINDS = ("connection_note", "follow_up", "thank_you_email")
KIND_ABBR = {"connection_note": "note", "follow_up": "followup", "thank_you_email": "email"}
GENERATORS = ("local", "template", "server_chat")
SERVER_EVERY = 4
SERVER_URL = "http://127.0.0.1:8080/v1"
SERVER_MODEL = "smollm2-135m"
SERVER_TIMEOUT = 900.0
SHARED = ("role", "company", "account", "candidate_name", "interview_date")


def slug(name: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = [w for w in "".join(c if c.isalnum() else " " for c in plain).split() if w not in ("dr", "mr")]
    return "-".join(words)


def load_interviews(path: Path = INTERVIEWS) -> list[dict[str, Any]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def wave_of(interview: dict[str, Any]) -> int:
    """The wave an interview was added in: 1 unless it says otherwise."""
    return int(interview.get("wave", 1))


def of_wave(interviews: list[dict[str, Any]], wave: int | None) -> list[dict[str, Any]]:
    return interviews if wave is None else [iv for iv in interviews if wave_of(iv) == wave]


# Waves that are dev as a whole. Waves 3 and 4 (template messages only) were each labelled blind and measured
# once as a fresh held-out set of the default path (first figures in benchmarks/sendable_rubric.md), then read
# to find the template's faults: what was read is no longer held out.
# Wave 5 was labelled blind and measured once at the end of the session that added it; its faults were not
# read: it is test as a whole.
# Waves 6 to 18 (fourth session): each labelled blind and measured once as a fresh set, then read: dev.
# Waves 19 and 20: labelled blind once with the template as that session left it; not read: test as a whole.
# Waves 21 and 22 (fifth session): labelled blind and measured once as fresh sets, then read: dev.
# Waves 23 and 24 (fifth session): written at its start, not read; labelled blind once mid-session: test.
# Waves 25 and 26 (fifth session): labelled blind and measured once as fresh sets, then read: dev.
# Waves 27 and 28 (fifth session): written mid-session, not read; labelled blind once mid-session: test.
# Waves 29 and 30 (fifth session): labelled blind and measured once as fresh sets, then read: dev.
# Waves 31 and 32 (fifth session): written late in it, not read; labelled blind once at its end: test.
# Waves 33 to 36 (written at the end of the fifth session): 33 and 34 labelled blind and measured once as fresh
# sets in the sixth, then read: dev; 35 and 36 labelled blind once (36 with the template of the sixth session's
# first commit), not read: test.
# Wave 37 (written at the end of the sixth session) and wave 38 (seventh session, a random sample of likely
# users): labelled blind and measured once as fresh sets in the seventh, then read: dev.
# Waves 39 and 40 (seventh session): written blind to the tool, labelled blind once with the template of that
# session's last fixes, not read: test.
# Waves 41 and 42 (seventh session, after waves 39 and 40 were labelled): labelled blind once as fresh sets,
# then read: dev.
# Waves 43 and 44 (seventh session, written while 41 and 42 were read): labelled blind once with the template
# as that session left it, not read: test.
# Waves 45 and 46 (eighth session): a realistic everyday mix in English, labelled blind once as fresh sets;
# 45 then read: dev; 46 not read: test.
# Waves 47 and 48 (ninth session): the same everyday mix, written blind at its start; labelled blind once as
# fresh sets; 47 then read: dev; 48 not read: test.
# Waves 49 and 50 (ninth session, later): likely users typing in a hurry, written blind; labelled blind once as
# fresh sets; 49 then read: dev; 50 not read: test.
# Waves 51 and 52 (tenth session): the everyday mix with a few informal conversations (a coffee chat, an
# informational interview, entered without a role), written blind at its start; labelled blind once as fresh
# sets; 51 then read: dev; 52 not read: test.
# Waves 53 and 54 (tenth session, later): the same mix, written blind after the fixes from 51; labelled blind once
# as fresh sets; 53 then read: dev; 54 not read: test.
# Waves 55 and 56 (tenth session, last): the everyday mix of waves 47-48, written blind after the fixes from 51
# and 53; labelled blind once as fresh sets; 55 then read: dev; 56 not read: test.
# Waves 57-60 (eleventh session, at its start): 57 and 58 the everyday mix of 55-56, 59 and 60 that of 51-52 (with
# informal conversations), written blind; labelled blind once as fresh sets; 57 and 59 then read: dev; 58 and
# 60 not read: test.
# Waves 61-64 (eleventh session, later): 61 and 62 the everyday mix, 63 and 64 the hurried mix of 49-50, written
# blind after the fixes from 57 and 59; labelled blind once as fresh sets; 61 and 63 then read: dev; 62 and 64
# not read: test.
# Waves 65-68 (eleventh session, last): 65 and 66 the mix with informal conversations of 59-60, 67 and 68 the
# hurried mix, written blind after the fixes from 61 and 63; labelled blind once as fresh sets; 65 and 67 then
# read: dev; 66 and 68 not read: test.
# Waves 69-72 (eleventh session, at its end): 69 and 70 the everyday mix, 71 and 72 the hurried mix, written blind
# after the fixes from 65 and 67; labelled blind once as fresh sets; 69 and 71 then read: dev; 70 and 72 not read:
# test.
WHOLE_WAVE_SPLIT = {
    3: "dev",
    4: "dev",
    5: "test",
    6: "dev",
    7: "dev",
    8: "dev",
    9: "dev",
    10: "dev",
    11: "dev",
    12: "dev",
    13: "dev",
    14: "dev",
    15: "dev",
    16: "dev",
    17: "dev",
    18: "dev",
    19: "test",
    20: "test",
    21: "dev",
    22: "dev",
    23: "test",
    24: "test",
    25: "dev",
    26: "dev",
    27: "test",
    28: "test",
    29: "dev",
    30: "dev",
    31: "test",
    32: "test",
    33: "dev",
    34: "dev",
    35: "test",
    36: "test",
    37: "dev",
    38: "dev",
    39: "test",
    40: "test",
    41: "dev",
    42: "dev",
    43: "test",
    44: "test",
    45: "dev",
    46: "test",
    47: "dev",
    48: "test",
    49: "dev",
    50: "test",
    51: "dev",
    52: "test",
    53: "dev",
    54: "test",
    55: "dev",
    56: "test",
    57: "dev",
    58: "test",
    59: "dev",
    60: "test",
    61: "dev",
    62: "test",
    63: "dev",
    64: "test",
    65: "dev",
    66: "test",
    67: "dev",
    68: "test",
    69: "dev",
    70: "test",
    71: "dev",
    72: "test",
}


def splits(interviews: list[dict[str, Any]]) -> dict[str, str]:
    """interview id -> dev|test: within each wave, the third whose sha256(id) sorts first is test (a wave of
    WHOLE_WAVE_SPLIT is that split as a whole)."""
    out: dict[str, str] = {}
    for wave in sorted({wave_of(iv) for iv in interviews}):
        if wave in WHOLE_WAVE_SPLIT:
            out.update({iv["id"]: WHOLE_WAVE_SPLIT[wave] for iv in of_wave(interviews, wave)})
            continue
        ranked = sorted(
            of_wave(interviews, wave), key=lambda iv: hashlib.sha256(iv["id"].encode()).hexdigest()
        )
        n_test = round(len(ranked) / 3)
        out.update({iv["id"]: ("test" if i < n_test else "dev") for i, iv in enumerate(ranked)})
    return out


def waves(interviews: list[dict[str, Any]]) -> dict[str, int]:
    """interview id -> wave."""
    return {iv["id"]: wave_of(iv) for iv in interviews}


def interviewers(interviews: list[dict[str, Any]]) -> list[tuple[str, str, dict[str, Any]]]:
    """(interview id, interviewer slug, base context without kind) for every interviewer, in file order."""
    from composer.batch.rows import where_they_work

    out = []
    for iv in interviews:
        names = [m["name"] for m in iv["interviewers"]]
        for member in iv["interviewers"]:
            member = where_they_work(member, iv)  # a company of their own is where they work, as in `batch`
            ctx: dict[str, Any] = {"interviewer_name": member["name"]}
            for key in ("greet_as", "interviewer_company"):
                if member.get(key):
                    ctx[key] = member[key]
            for key in SHARED:
                value = member.get(key, iv.get(key))
                if value is None:
                    continue
                ctx[key] = value.isoformat() if isinstance(value, dt.date) else value
            ctx["topics"] = list(member.get("topics", iv.get("topics", [])))
            others = [n for n in names if n != member["name"]]
            if others:
                ctx["other_names"] = others
            out.append((iv["id"], slug(member["name"]), ctx))
    return out


def runs(interviews: list[dict[str, Any]]):
    for index, (interview, who, base) in enumerate(interviewers(interviews)):
        for kind in KINDS:
            context = dict(base, kind=kind)
            yield index, interview, f"{who}.{KIND_ABBR[kind]}", context


def read_raw(path: Path) -> dict[str, dict[str, Any]]:
    if not path.exists():
        return {}
    records = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            records[record["key"]] = record
    return records


def generate(args: argparse.Namespace) -> int:
    from composer import compose_note

    interviews = of_wave(load_interviews(args.interviews), args.wave)
    done = read_raw(args.raw)
    generators = [g.strip() for g in args.generators.split(",") if g.strip()]
    providers: dict[str, Any] = {}
    for generator in generators:
        if generator == "local":
            from composer.providers.local_provider import LocalProvider

            providers[generator] = LocalProvider()
        elif generator == "template":
            providers[generator] = "template"
        elif generator == "server_chat":
            from composer.providers.openai_provider import OpenAIProvider

            # A long timeout: on 2 busy cores a 600-token reply takes over the default 60 s.
            providers[generator] = OpenAIProvider(
                model=SERVER_MODEL, base_url=args.server_url, prompt_style="chat", timeout=SERVER_TIMEOUT
            )
        else:
            raise SystemExit(f"unknown generator {generator!r}: use {', '.join(GENERATORS)}")
    with args.raw.open("a", encoding="utf-8") as out:
        for index, interview, base_id, context in runs(interviews):
            for generator in generators:
                if generator == "server_chat" and index % SERVER_EVERY:
                    continue
                key = f"{base_id}.{generator}"
                if key in done:
                    continue
                started = time.perf_counter()
                if generator == "server_chat":
                    result = compose_note(
                        context, provider=providers[generator], max_attempts=2, fallback=False
                    )
                else:
                    result = compose_note(context, provider=providers[generator])
                seconds = time.perf_counter() - started
                record = {
                    "key": key,
                    "interview": interview,
                    "generator": generator,
                    "source": result.source,
                    "kind": context["kind"],
                    "context": context,
                    "text": result.text,
                    "first_draft": result.attempts[0].text if result.attempts else None,
                    "attempts": len(result.attempts),
                    "seconds": round(seconds, 2),
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                out.flush()
                # Progress without the verdict: labelling stays blind to the checks.
                print(f"{seconds:6.1f} s  {key}", flush=True)
    return 0


def items(
    records: dict[str, dict[str, Any]], interviews: list[dict[str, Any]], wave: int | None = None
) -> list[dict[str, Any]]:
    """The set's items made from the raw records (only `wave`'s interviews when given), unlabelled. The split is
    computed over all the interviews (each wave among its own)."""
    split_of = splits(interviews)
    wave_by_id = waves(interviews)
    out = []
    for _, interview, base_id, _ in runs(of_wave(interviews, wave)):
        split, wave_of_item = split_of[interview], wave_by_id[interview]
        for generator in GENERATORS:
            record = records.get(f"{base_id}.{generator}")
            if record is None:
                continue
            out.append(
                _item(f"{base_id}.{generator}", split, wave_of_item, generator, record, record["text"])
            )
            if generator == "local" and record["first_draft"] not in (None, record["text"]):
                out.append(
                    _item(
                        f"{base_id}.local_first_draft",
                        split,
                        wave_of_item,
                        "local_first_draft",
                        dict(record, source="llm"),
                        record["first_draft"],
                    )
                )
    return out


def _item(
    id_: str, split: str, wave: int, generator: str, record: dict[str, Any], text: str
) -> dict[str, Any]:
    # `wave` only from wave 2 on: the items of wave 1 were written without it and stay as they are.
    return {
        "id": id_,
        "interview": record["interview"],
        "split": split,
        **({"wave": wave} if wave != 1 else {}),
        "generator": generator,
        "source": record["source"],
        "kind": record["kind"],
        "attempts": record["attempts"],
        "context": record["context"],
        "text": text,
        "passed_at_labelling": None,
        "label": None,
        "breaks": [],
        "why": "",
    }


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True  # a context shared by a final text and its first draft is written out twice, no '&id001'


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str)


HEADER = """\
# The sendable development set (issue 9): messages really produced by this project's generators, never
# written or edited by hand (benchmarks/make_sendable_set.py made them from benchmarks/sendable_interviews.yaml),
# each labelled by a careful reader against benchmarks/sendable_rubric.md, before any rule was tuned on it:
#   label: send (sendable as it stands) | edit (needs a small edit) | reject
#   breaks: the rubric ids it breaks (empty for send); why: one line.
# attempts: the calls of the run that printed it (a local_first_draft is attempt 1 of such a run).
# passed_at_labelling: check_message(text, context).passed with the rules as they were, computed after the
# labels were written. split: per interview (a panel never straddles it); test is measured once, at the end.
# Measure with: python benchmarks/sendable.py [-v]
"""


def wave_marker(wave: int) -> str:
    """The comment line that opens a later wave's section at the end of the set."""
    return f"# ---- wave {wave}: "


WAVE_SECTION = (
    "# ---- wave {wave}: the items of the interviews added in wave {wave} (`wave: {wave}`), split among that wave's\n"
    "# interviews only; made by `make_sendable_set.py assemble --wave {wave}`, which rewrites this section only.\n"
)


def _dump(out: list[dict[str, Any]]) -> str:
    if not out:
        return ""
    return yaml.dump(
        out, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000, default_flow_style=None
    )


def assemble(args: argparse.Namespace) -> int:
    interviews = load_interviews(args.interviews)
    records = read_raw(args.raw)
    out = items(records, interviews, args.wave)
    if args.labels:
        labels = yaml.safe_load(Path(args.labels).read_text(encoding="utf-8"))
        from guardrails import check_message

        missing = [item["id"] for item in out if item["id"] not in labels]
        if missing:
            raise SystemExit(f"{len(missing)} items have no label, e.g. {missing[:5]}")
        for item in out:
            given = labels[item["id"]]
            item["label"] = given["label"]
            item["breaks"] = list(given.get("breaks") or [])
            item["why"] = given.get("why", "")
            item["passed_at_labelling"] = check_message(item["text"], item["context"]).passed
    if args.wave is None:
        text = HEADER + "\n" + _dump(out)
    else:
        text = _with_wave_section(args.out, args.wave, out, splits(interviews))
    args.out.write_text(text, encoding="utf-8")
    print(f"{len(out)} items -> {args.out}")
    return 0


def _with_wave_section(path: Path, wave: int, out: list[dict[str, Any]], split_of: dict[str, str]) -> str:
    """The set at `path` with wave `wave`'s section (at its end) replaced by `out`; everything before that
    section is kept byte for byte. Refuses when an item of that wave stands before its section, or when an
    earlier item's split is no longer what splits() gives."""
    if wave < 2:
        raise SystemExit("--wave 1 cannot be reassembled on its own: its items open the file (omit --wave)")
    old = path.read_text(encoding="utf-8")
    at = old.find("\n" + wave_marker(wave))
    kept = old if at < 0 else old[: at + 1]
    kept_items = yaml.safe_load(kept) or []
    wrong = [i["id"] for i in kept_items if i.get("wave", 1) == wave]
    if wrong:
        raise SystemExit(f"{len(wrong)} items of wave {wave} stand outside its section, e.g. {wrong[:3]}")
    moved = [i["id"] for i in kept_items if split_of.get(i["interview"], i["split"]) != i["split"]]
    if moved:
        raise SystemExit(f"{len(moved)} kept items would change split, e.g. {moved[:3]}: splits() changed")
    clash = {i["id"] for i in kept_items} & {i["id"] for i in out}
    if clash:
        raise SystemExit(f"{len(clash)} ids already in the set, e.g. {sorted(clash)[:3]}")
    if not kept.endswith("\n"):
        kept += "\n"
    return kept + WAVE_SECTION.format(wave=wave) + _dump(out)


TEMPLATE_NOW = HERE / "template_now.yaml"
TEMPLATE_NOW_HEADER = """\
# The template's messages as it writes them now (issue 9, items 4-5): for every interviewer of
# benchmarks/sendable_interviews.yaml and each of the three kinds, the text `draft --provider template` prints
# (the default path with no key and no local model). Made by `python benchmarks/make_sendable_set.py
# template-now`; never edited by hand. Unlabelled, and without check results, so labelling stays blind:
# label it against benchmarks/sendable_rubric.md. split: as in sendable_set.yaml (per interview).
"""


def _summary(context: dict[str, Any]) -> str:
    """The facts in one line, for a labeller: who, the job, what was discussed, the rest."""
    job = (
        " at ".join(v for v in (context.get("role"), context.get("company")) if v) or "(no role, no company)"
    )
    greet = f" (greet as {context['greet_as']})" if context.get("greet_as") else ""
    works = f" (works at {context['interviewer_company']})" if context.get("interviewer_company") else ""
    parts = [
        f"{context['interviewer_name']}{greet}{works}; {job}",
        "topics: " + " | ".join(context.get("topics") or ["(none)"]),
    ]
    if context.get("candidate_name"):
        parts.append(f"candidate: {context['candidate_name']}")
    parts.append(f"account: {context.get('account', 'free')}")
    if context.get("other_names"):
        parts.append("panel: " + ", ".join(context["other_names"]))
    return "; ".join(parts)


def template_messages(interviews: list[dict[str, Any]], split: str | None = None) -> list[dict[str, Any]]:
    """The template's message for every interviewer and kind (only `split`'s interviews when given)."""
    from composer import compose_note

    split_of = splits(interviews)
    wave_by_id = waves(interviews)
    out = []
    for _, interview, base_id, context in runs(interviews):
        if split and split_of[interview] != split:
            continue
        result = compose_note(context, provider="template")
        wave = wave_by_id[interview]
        out.append(
            {
                "id": f"{base_id}.template_now",
                "interview": interview,
                "split": split_of[interview],
                **({"wave": wave} if wave != 1 else {}),  # wave 1's entries were written without it
                "kind": context["kind"],
                "facts": _summary(context),
                "context": json.loads(json.dumps(context)),  # its own copy: no YAML aliases between items
                "text": result.text,
            }
        )
    return out


def template_now(args: argparse.Namespace) -> int:
    interviews = load_interviews(args.interviews)
    out = template_messages(interviews, args.split)
    body = yaml.dump(
        out, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000, default_flow_style=None
    )
    if args.out == Path("-"):
        sys.stdout.write(body)
    else:
        args.out.write_text(TEMPLATE_NOW_HEADER + "\n" + body, encoding="utf-8")
        print(f"{len(out)} items -> {args.out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="draft the messages (appends to the raw JSONL)")
    gen.add_argument(
        "--generators", default="local,template", help=f"comma-separated: {', '.join(GENERATORS)}"
    )
    gen.add_argument("--server-url", default=SERVER_URL)
    gen.add_argument("--wave", type=int, help="only the interviews of this wave (default: all)")
    asm = sub.add_parser("assemble", help="write the set from the raw JSONL (with --labels: labelled)")
    asm.add_argument("--labels", help="YAML mapping id -> {label, breaks, why}")
    asm.add_argument(
        "--wave", type=int, help="(re)write only this wave's section (2 or later), keeping every other item"
    )
    asm.add_argument("--out", type=Path, default=SET)
    now = sub.add_parser("template-now", help="the template's messages as it writes them now, unlabelled")
    now.add_argument("--out", type=Path, default=TEMPLATE_NOW, help="'-' for stdout")
    now.add_argument("--split", choices=("dev", "test"), help="only this split's interviews")
    now.add_argument("--interviews", type=Path, default=INTERVIEWS)
    for p in (gen, asm):
        p.add_argument("--interviews", type=Path, default=INTERVIEWS)
        p.add_argument("--raw", type=Path, default=RAW)
    args = parser.parse_args(argv)
    commands = {"generate": generate, "assemble": assemble, "template-now": template_now}
    return commands[args.command](args)


if __name__ == "__main__":
    raise SystemExit(main())
