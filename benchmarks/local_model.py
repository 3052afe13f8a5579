"""The bundled model over 20 varied interviews: seconds per passing note, and who wrote it.

    .venv/bin/python benchmarks/local_model.py                      # connection notes
    .venv/bin/python benchmarks/local_model.py --kind follow_up     # or any other kind
    .venv/bin/python benchmarks/local_model.py --quiet              # the summary only
    .venv/bin/python benchmarks/local_model.py --threads 1,2        # tokens/s by thread count
    .venv/bin/python benchmarks/local_model.py --rewrites           # a first draft, then its rewrite
    .venv/bin/python benchmarks/local_model.py --first 5            # the first five interviews only

Prints one line per note (seconds, attempts, source, characters, the note) and then: the load time of the
model, seconds per passing note (all the time spent, load excluded, over the notes that passed), the share
of notes the model drafted itself (`source: llm`) and of template fallbacks, and the median attempts.
Target: under 3 s per passing note on 2 cores.

`--threads 1,2` loads the model once per thread count (both `n_threads` and `n_threads_batch`) and prints
the median prompt evaluation and decode speed, in tokens per second, over `--runs` runs; with the load
average, because on a busy machine a second thread can make llama.cpp wait for a core it does not get.
`--rewrites` times, for each interview, the first attempt's completion and then a rewrite's in the same
process (as the loop sends them): a rewrite whose document starts like the first one reuses llama.cpp's
cached prompt prefix and evaluates only what changed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CONTEXTS = [
    ("Zoë Andersson", "Backend Engineer", "Spotify", ["migrating batch jobs to Kafka"]),
    ("José Ramírez", "Frontend Developer", "AT&T", ["accessibility audits of the checkout flow"]),
    ("Priya Nair", "Machine Learning Engineer", "Deutsche Bank", ["fraud detection models"]),
    ("Chen Wei", "Site Reliability Engineer", "Cloudflare", ["incident postmortems"]),
    ("Siobhán Kelly", "Product Manager", "Intercom", ["pricing experiments for small businesses"]),
    ("Ahmed Hassan", "Data Analyst", "Procter & Gamble", ["forecasting retail demand"]),
    ("Olga Petrova", "QA Engineer", "JetBrains", ["flaky test triage"]),
    ("Kwame Mensah", "Security Engineer", "GitHub", ["supply-chain attacks on npm packages"]),
    ("Lena Fischer", "UX Researcher", "Zalando", ["interviewing returning customers"]),
    ("François Dubois", "DevOps Engineer", "OVHcloud", ["Terraform module versioning"]),
    ("Maya Cohen", "Staff Software Engineer, Payments Platform", "Adyen",
     ["idempotency keys in payment retries", "on-call rotations"]),
    ("Sam Okafor", "Data Scientist", "", ["A/B test power analysis"]),
    ("Hannah Schmidt", "", "SAP", ["the migration to S/4HANA"]),
    ("Diego Alvarez", "iOS Engineer", "Uber", ["SwiftUI performance"]),
    ("Aiko Tanaka", "Technical Writer", "Stripe", ["API reference docs"]),
    ("Grace O'Neill", "Customer Success Manager", "HubSpot", ["onboarding enterprise clients"]),
    ("Tomasz Kowalski", "Embedded Engineer", "Bosch", ["CAN bus firmware updates"]),
    ("Fatima Zahra", "Cloud Architect", "Microsoft", ["multi-region failover on Azure"]),
    ("Lucas Silva", "Marketing Analyst", "Nubank", ["customer lifetime value"]),
    ("Emily Brown", "Engineering Manager", "Atlassian", ["growing junior engineers"]),
]  # fmt: skip
DECODE_TOKENS = 64
PREMIUM = {"Diego Alvarez", "Fatima Zahra"}
PANELS = {"Aiko Tanaka": ["Ben Carter", "Ravi Shah"]}


# The facts only one kind uses: the post a comment answers (written from the interview's first topic), and
# the day the decision was expected by, for the status check.
POST = "This quarter our team shipped a long piece of work on {topic}. It took patience, and it paid off."
DECISION_BY = "2026-05-29"


def contexts(kind: str) -> list[dict]:
    rows = [
        {
            "interviewer_name": name,
            "role": role,
            "company": company,
            "topics": topics,
            "kind": kind,
            "account": "premium" if name in PREMIUM else "free",
            "other_names": PANELS.get(name, []),
        }  # fmt: skip
        for name, role, company, topics in CONTEXTS
    ]
    for row in rows:
        if kind == "post_comment":
            row["post"] = POST.format(topic=row["topics"][0])
        if kind == "status_check":
            row["decision_by"] = DECISION_BY
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    from composer.vocabulary import KINDS

    parser.add_argument("--kind", default="connection_note", choices=KINDS)
    parser.add_argument("--quiet", action="store_true", help="print the summary only")
    parser.add_argument("--threads", help="thread counts to compare, e.g. 1,2 (tokens per second)")
    parser.add_argument("--runs", type=int, default=5, help="runs per thread count (with --threads)")
    parser.add_argument("--rewrites", action="store_true", help="time a first draft, then its rewrite")
    parser.add_argument("--interviews", type=int, default=len(CONTEXTS), help="the first N interviews only")
    parser.add_argument(
        "--first", type=int, default=len(CONTEXTS), metavar="N", help="only the first N interviews"
    )
    args = parser.parse_args(argv)
    if args.threads:
        return thread_speeds([int(t) for t in args.threads.split(",")], args.runs)
    if args.rewrites:
        return rewrite_times(args.kind, args.interviews)

    from composer.loop import compose_note
    from composer.providers.local_provider import LocalProvider, load_model, n_threads

    started = time.perf_counter()
    load_model()
    load_seconds = time.perf_counter() - started
    provider = LocalProvider()

    rows = []
    for ctx in contexts(args.kind)[: args.first]:
        started = time.perf_counter()
        result = compose_note(ctx, provider=provider)
        seconds = time.perf_counter() - started
        rows.append((seconds, result))
        if not args.quiet:
            note = result.text.replace("\n", " | ")
            print(
                f"{seconds:5.2f} s  {len(result.attempts)} att  {result.source:8s} {result.characters:4d}  {note}"
            )

    total = sum(s for s, _ in rows)
    passed = [r for _, r in rows if r.passed]
    by_model = [r for r in passed if r.source == "llm"]
    fallbacks = [r for _, r in rows if r.source == "fallback"]
    attempts = [len(r.attempts) for _, r in rows]
    n = len(rows)
    print(
        f"\n{args.kind}, {n} interviews, {n_threads()} threads: model loaded in {load_seconds:.2f} s\n"
        f"  passing notes:         {len(passed)}/{n}\n"
        f"  seconds per passing note: {total / max(1, len(passed)):.2f} s "
        f"(median per note {statistics.median(s for s, _ in rows):.2f} s, slowest {max(s for s, _ in rows):.2f} s)\n"
        f"  drafted by the model:  {len(by_model)}/{n} ({100 * len(by_model) / n:.0f}%)\n"
        f"  template fallback:     {len(fallbacks)}/{n} ({100 * len(fallbacks) / n:.0f}%)\n"
        f"  median attempts:       {statistics.median(attempts):g} (mean {statistics.mean(attempts):.2f})"
    )
    return 0


def _load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def thread_speeds(thread_counts: list[int], runs: int) -> int:
    """Prompt evaluation and decode, in tokens per second, with each thread count (both llama.cpp's)."""
    from llama_cpp import Llama

    from composer.context import MessageContext
    from composer.prompting.completion import render_completion
    from composer.providers.local_provider import N_CTX, model_path

    prompt = render_completion(MessageContext(**contexts("connection_note")[0])).prompt
    print(f"load average before: {_load_average()} ({os.cpu_count()} cores)")
    for threads in thread_counts:
        llm = Llama(
            model_path=str(model_path()),
            n_ctx=N_CTX,
            n_threads=threads,
            n_threads_batch=threads,
            verbose=False,
        )
        tokens = llm.tokenize(prompt.encode())
        evals, decodes = [], []
        for _ in range(runs):
            llm.reset()
            started = time.perf_counter()
            llm.eval(tokens)
            evals.append(len(tokens) / (time.perf_counter() - started))
            started = time.perf_counter()
            for _ in range(DECODE_TOKENS):  # greedy, one token at a time, as a note is written
                token = llm.sample(temp=0.0)
                llm.eval([token])
            decodes.append(DECODE_TOKENS / (time.perf_counter() - started))
        llm.close()
        print(
            f"  {threads} thread(s): prompt eval {statistics.median(evals):6.1f} tokens/s "
            f"(min {min(evals):.1f}, max {max(evals):.1f}); decode {statistics.median(decodes):6.1f} tokens/s "
            f"(min {min(decodes):.1f}, max {max(decodes):.1f}); {len(tokens)}-token prompt, {runs} runs"
        )
    print(f"load average after: {_load_average()}")
    return 0


def rewrite_times(kind: str, interviews: int) -> int:
    """Seconds of a first attempt, then of its rewrite, per interview, in one process (the cached prefix),
    on one thread for both of llama.cpp's counts; and how many of the rewrite's prompt tokens llama.cpp has
    to evaluate (those after the prefix it shares with the first attempt's)."""
    from llama_cpp import Llama

    from composer.context import MessageContext
    from composer.prompting.completion import render_completion
    from composer.providers.local_provider import N_CTX, model_path

    llm = Llama(model_path=str(model_path()), n_ctx=N_CTX, n_threads=1, n_threads_batch=1, verbose=False)
    fixes = [
        "Cut at least 31 characters so the note is at most 200: keep the greeting, the thanks and one topic."
    ]
    firsts, rewrites, fresh, total = [], [], [], []
    print(f"load average before: {_load_average()}")
    for facts in contexts(kind)[:interviews]:
        ctx = MessageContext(**facts)
        first, rewrite = render_completion(ctx), render_completion(ctx, fixes, rewrite=True, seed=2)
        before, after = llm.tokenize(first.prompt.encode()), llm.tokenize(rewrite.prompt.encode())
        shared = next((i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b), len(before))
        fresh.append(len(after) - shared)
        total.append(len(after))
        for prompt, times in ((first, firsts), (rewrite, rewrites)):
            started = time.perf_counter()
            llm.create_completion(
                prompt.prompt,
                max_tokens=prompt.max_tokens,
                stop=list(prompt.stop),
                temperature=0.0,
                seed=prompt.seed,
            )
            times.append(time.perf_counter() - started)
    llm.close()
    print(
        f"{kind}, {len(firsts)} interviews, 1 thread: first attempt median {statistics.median(firsts):.2f} s "
        f"(total {sum(firsts):.2f} s); rewrite median {statistics.median(rewrites):.2f} s "
        f"(total {sum(rewrites):.2f} s)\n"
        f"  rewrite prompt tokens to evaluate after the first attempt: median {statistics.median(fresh):g} "
        f"of {statistics.median(total):g}"
    )
    print(f"load average after: {_load_average()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
