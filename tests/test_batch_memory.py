"""Memory (issue 14): a batch keeps a few panels in flight and no record it has written, and the local
model's completions do not pile up reference cycles that only a full garbage collection frees.

The figures (peak memory of a 1,000-row local batch and a 100,000-row template batch, the time to the first
line) are measured by benchmarks/batch_memory.py, not here."""

from __future__ import annotations

import asyncio
import gc
import json
import threading

from composer.batch import arun_batch, run_batch
from composer.providers import Capabilities, Completion, local_provider
from tests.batch_support import cohort, note


class TaskCounter:
    """A provider that, on every call, counts the event loop's tasks (the work the batch has in flight)."""

    name = "counter"
    model = None
    capabilities = Capabilities()

    def __init__(self) -> None:
        self.loop: asyncio.AbstractEventLoop | None = None
        self.most_tasks = 0
        self.lock = threading.Lock()

    def draft(self, request):
        tasks = len(asyncio.all_tasks(self.loop))
        with self.lock:
            self.most_tasks = max(self.most_tasks, tasks)
        ctx = request.context
        return Completion(text=note(ctx.first_name, ctx.topics[0], ctx.role, ctx.company), model="c")


def test_a_batch_keeps_a_few_rows_in_flight_not_every_row(tmp_path):
    provider = TaskCounter()

    async def run():
        provider.loop = asyncio.get_running_loop()
        return await arun_batch(cohort(300), tmp_path / "out.jsonl", provider=provider, concurrency=4)

    report = asyncio.run(run())
    assert report.exit_code == 0 and len(report.records()) == 300
    assert provider.most_tasks <= 4 * 3  # a handful per worker; all 300 rows at once before


def test_a_run_with_an_output_file_reads_its_records_back_from_it(tmp_path):
    out = tmp_path / "out.jsonl"
    report = run_batch(cohort(5), out, provider="template")
    on_disk = [json.loads(line) for line in out.read_bytes().splitlines()]
    assert sorted(r["id"] for r in report.records()) == sorted(r["id"] for r in on_disk)
    assert report.records() == sorted(on_disk, key=lambda r: r["id"])  # input order: r01 .. r05
    assert report.summary.passed == 5 and report.summary.failed == 0
    table = report.render("csv").splitlines()
    assert len(table) == 6 and table[1].startswith("r01,")


class _Cycle:
    alive = 0

    def __init__(self) -> None:
        _Cycle.alive += 1
        self.me = self  # a reference cycle: only the garbage collector frees it
        self.payload = bytearray(1024)

    def __del__(self) -> None:
        _Cycle.alive -= 1


class LeakyLlama:
    """Stands in for llama_cpp.Llama: each completion leaves a reference cycle behind, as the real one does."""

    def create_completion(self, prompt, **options):
        _Cycle()
        return {
            "choices": [{"text": " speaking with me."}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1},
        }


def test_the_local_provider_frees_the_cycles_its_completions_leave(monkeypatch):
    monkeypatch.setattr(local_provider, "load_model", LeakyLlama)
    provider = local_provider.LocalProvider()
    from composer.context import MessageContext
    from composer.request import DraftRequest

    ctx = MessageContext(
        interviewer_name="Sofía Martínez", role="Data Engineer", company="Acme", topics=["Kafka"]
    )
    request = DraftRequest.first(ctx, ())
    gc.collect()
    before = _Cycle.alive
    gc.disable()  # as in a long loop where full collections are rare: only an explicit one frees them
    try:
        for _ in range(200):
            provider.draft(request)
        left = _Cycle.alive - before
    finally:
        gc.enable()
    assert left <= 40  # 200 before: one per completion, never freed (a collection every 32 now)


def test_the_final_table_is_read_back_a_row_at_a_time_and_reads_as_before(tmp_path):
    out = tmp_path / "out.jsonl"
    report = run_batch([*cohort(3), {"id": "x", "interviewer_name": "Mei Chen"}], out, provider="template")
    records = report.records()
    assert report.render("json") == json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    chunks = list(report.render_chunks("csv"))
    assert len(chunks) >= 4 and "".join(chunks) == report.render("csv")
    assert report.render("markdown").count("\n") == 2 + 4


def test_reading_an_input_costs_what_it_holds_not_the_cap(tmp_path):
    """A batch input may be up to 64 MB; reading a small one must not allocate the whole cap at once (a
    64 MB buffer was every batch's peak, whatever its size)."""
    import tracemalloc

    from composer.batch.readers import MAX_INPUT_BYTES
    from composer.context_input import read_bytes

    path = tmp_path / "rows.jsonl"
    path.write_bytes(b"x" * 100_000)
    tracemalloc.start()
    try:
        data = read_bytes(str(path), "Input", max_bytes=MAX_INPUT_BYTES)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(data) == 100_000
    assert peak < 4 * 2**20  # a few chunks, not 64 MB
