"""How long the chat prompt takes to fall back against the bundled model behind a server, with `max_tokens`
capped by the message's limit (now) and uncapped (600 tokens per request, as before the cap).

A 135M model cannot follow the chat prompt, so every attempt fails and the template writes the note: what
matters is how long that takes, and how many tokens the model spends rambling first.

    .venv/bin/python benchmarks/chat_fallback.py [--notes 3] [--attempts 4] [--kinds connection_note ...]
        [--timeout 600] [--port 8093]

Starts `python -m llama_cpp.server` with the bundled model on loopback (extra `llama-cpp-python[server]`),
drafts `--notes` messages of each kind through `--provider openai --prompt-style chat`, and prints, per kind
and setting: seconds per message, completion tokens per request, max_tokens sent, and who wrote the text.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CONTEXTS = [
    {"interviewer_name": "Sofía Martínez", "role": "Data Engineer", "company": "Acme",
     "topics": ["migrating batch jobs to Kafka"]},
    {"interviewer_name": "Raj Patel", "role": "Platform Engineer", "company": "Globex",
     "topics": ["data contracts between teams"]},
    {"interviewer_name": "Mei Chen", "role": "Analytics Engineer", "company": "Initech",
     "topics": ["dbt test coverage"]},
]  # fmt: skip
KINDS = ("connection_note", "follow_up", "thank_you_email")
ALIAS = "smollm2-135m"


@contextlib.contextmanager
def server(port: int) -> Iterator[str]:
    from composer.providers.local_provider import model_path

    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(model_path()), "--model_alias", ALIAS,
        "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048",
    ]  # fmt: skip
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"{url}/models", timeout=1).read()
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise SystemExit("the server did not start in 60 s")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def run(url: str, kind: str, args: argparse.Namespace, capped: bool) -> dict:
    import composer.providers.openai_provider as openai_provider
    from composer import app
    from composer.errors import ProviderError
    from composer.request import max_tokens_for

    openai_provider.max_tokens_for = max_tokens_for if capped else (lambda context: 600)
    seconds, tokens, sources = [], [0], []
    for facts in CONTEXTS[: args.notes]:
        context = {**facts, "kind": kind}
        started = time.perf_counter()
        try:
            result = app.draft(
                context, provider="openai", base_url=url, model=ALIAS, prompt_style="chat",
                max_attempts=args.attempts, timeout=args.timeout,
            )  # fmt: skip
        except ProviderError:  # every try of a request timed out: the command gives up with exit 3
            sources.append("timed out")
        else:
            tokens += [a.usage.completion_tokens for a in result.attempts]
            sources.append(result.source)
        seconds.append(time.perf_counter() - started)
    from composer.context import MessageContext

    sent = min(600, max_tokens_for(MessageContext(interviewer_name="A B", kind=kind))) if capped else 600
    return {
        "seconds": statistics.median(seconds),
        "tokens": statistics.mean(tokens[1:] or tokens),
        "most": max(tokens),
        "max_tokens": sent,
        "sources": ",".join(sorted(set(sources))),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=3, help="messages per kind (at most 3)")
    parser.add_argument("--attempts", type=int, default=4, help="--max-attempts")
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=list(KINDS))
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per request (--timeout)")
    parser.add_argument("--port", type=int, default=8093)
    args = parser.parse_args()
    print(f"{'kind':<16} {'max_tokens':>10} {'s/message':>10} {'tokens/request':>15} {'most':>5}  source")
    with server(args.port) as url:
        for kind in args.kinds:
            for capped in (False, True):
                r = run(url, kind, args, capped)
                print(
                    f"{kind:<16} {r['max_tokens']:>10} {r['seconds']:>10.2f} {r['tokens']:>15.1f} "
                    f"{r['most']:>5}  {r['sources']}"
                )


if __name__ == "__main__":
    main()
