"""How close `batch` comes to the ideal schedule against a server with fixed latency.

A small threaded OpenAI-compatible server on loopback answers every chat completion after LATENCY seconds
with a passing note written from the request's facts. 40 rows (separate interviews, so no panel rewrites)
go through the `openai` provider at --concurrency 8. The ideal schedule for the requests actually made is
ceil(requests / concurrency) x latency; the ratio wall / ideal should be at most 1.5 (aim: 1.15).

For comparison the same rows go through langchain-core's `Runnable.abatch(max_concurrency=8)`, with a
RunnableLambda wrapping the same `compose_note` call.

    .venv/bin/python benchmarks/batch_concurrency.py [--rows 40] [--concurrency 8] [--latency 0.2] [--repeat 3]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import multiprocessing
import os
import re
import statistics
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FIRST = ("Sofía", "Raj", "Mei", "Tom", "Anna", "Kofi", "Lena", "Omar")
TOPICS = ("migrating batch jobs to Kafka", "data contracts", "on-call rotations", "schema evolution")


class NoteHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a real API server
    disable_nagle_algorithm = True  # headers and body go out at once, not 40 ms apart (delayed ACK)
    latency = 0.2
    count = None  # a multiprocessing.Value shared with the benchmark's process

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        with self.count.get_lock():
            self.count.value += 1
        time.sleep(self.latency)
        text = "\n".join(m["content"] for m in body["messages"])
        first = _field(r'"first_name": "([^"]*)"', text)
        topic = _field(r'"topics_discussed": \[\s*"([^"]*)"', text)
        role, company = _field(r'"role": "([^"]*)"', text), _field(r'"company": "([^"]*)"', text)
        note = (
            f"Hi {first}, thank you for speaking with me about the {role} role at {company}. I enjoyed hearing "
            f"your perspective on {topic}. I'd be glad to stay connected."
        )
        answer = {
            "id": "chatcmpl-bench",
            "object": "chat.completion",
            "created": 1_700_000_000,
            "model": "bench",
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": note}, "finish_reason": "stop"}
            ],
            "usage": {"prompt_tokens": 400, "completion_tokens": 45, "total_tokens": 445},
        }
        data = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:
        pass


def _field(pattern: str, text: str) -> str:
    m = re.search(pattern, text)
    return m.group(1) if m else ""


def rows(n: int) -> list[dict]:
    return [
        {
            "id": f"r{i:02d}",
            "interviewer_name": f"{FIRST[i % len(FIRST)]} Example",
            "role": "Data Engineer",
            "company": f"Company {i}",
            "topics": [TOPICS[i % len(TOPICS)]],
        }
        for i in range(1, n + 1)
    ]


def serve(latency: float, count, port) -> None:
    """The server, in its own process (as a real one would be), so it does not share this one's GIL."""
    NoteHandler.latency = latency
    NoteHandler.count = count
    server = ThreadingHTTPServer(("127.0.0.1", 0), NoteHandler)
    server.daemon_threads = True
    port.value = server.server_address[1]
    server.serve_forever()


def measure(label: str, run, url: str, concurrency: int, latency: float, count) -> float:
    """Time `run(provider)`: a fresh openai provider (and so fresh connections) each time, built before the
    clock starts (building the SDK client loads TLS certificates: a one-off cost, not scheduling)."""
    from composer.providers import get_provider

    provider = get_provider("openai", base_url=url)
    count.value = 0
    started = time.perf_counter()
    passed = run(provider)
    wall = time.perf_counter() - started
    requests = count.value
    ideal = math.ceil(requests / concurrency) * latency
    print(
        f"{label:<32} wall {wall:6.3f} s   requests {requests:3d}   ideal {ideal:5.2f} s   "
        f"ratio {wall / ideal:5.3f}   passed {passed}"
    )
    return wall / ideal


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=40)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        os.environ.pop(name, None)
    os.environ["NO_PROXY"] = "127.0.0.1,localhost"
    count, port = multiprocessing.Value("i", 0), multiprocessing.Value("i", 0)
    server = multiprocessing.Process(target=serve, args=(args.latency, count, port), daemon=True)
    server.start()
    while not port.value:
        time.sleep(0.01)
    url = f"http://127.0.0.1:{port.value}/v1"

    from langchain_core.runnables import RunnableLambda

    from composer.batch import rows_from_dicts, run_batch
    from composer.loop import compose_note
    from composer.prompting.chat import render_task
    from composer.providers.openai_provider import OpenAIProvider  # noqa: F401 - imported outside the timings

    batch_rows = rows_from_dicts(rows(args.rows))
    render_task(batch_rows[0].context)  # load the prompt files once, outside the timings
    from composer.providers import get_provider

    # One request first: the SDK builds its response models on first use; that is start-up, not scheduling.
    compose_note(batch_rows[0].context, provider=get_provider("openai", base_url=url))

    def with_batch(provider) -> int:
        report = run_batch(batch_rows, provider=provider, concurrency=args.concurrency)
        return report.summary.passed

    def with_abatch(provider) -> int:
        chain = RunnableLambda(lambda row: compose_note(row.context, provider=provider))
        results = asyncio.run(chain.abatch(batch_rows, config={"max_concurrency": args.concurrency}))
        return sum(r.passed for r in results)

    print(
        f"{args.rows} rows, --concurrency {args.concurrency}, {args.latency:.2f} s per request, "
        f"{os.cpu_count()} CPUs; ideal = ceil(requests / {args.concurrency}) x {args.latency} s"
    )
    timing = (url, args.concurrency, args.latency, count)
    ours = [measure("composer batch (run_batch)", with_batch, *timing) for _ in range(args.repeat)]
    theirs = [measure("langchain-core Runnable.abatch", with_abatch, *timing) for _ in range(args.repeat)]
    print(f"median ratio: batch {statistics.median(ours):.3f}, abatch {statistics.median(theirs):.3f}")
    threads = min(32, (os.cpu_count() or 1) + 4)
    print(
        f"(abatch runs a sync function on asyncio's default executor: min(32, CPUs + 4) = {threads} threads here, "
        "whatever max_concurrency says; batch sizes its own pool to --concurrency)"
    )
    server.terminate()


if __name__ == "__main__":
    main()
