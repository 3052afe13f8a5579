"""The JSON API under /api/: the same operations and the same fields as the command line's --format json.

    POST /api/check          {"text": ..., "context": {...}}                  → check's report
    POST /api/draft          {"context": {...}, "provider": ..., "max_attempts": ...}  → draft's record;
                             or {"interviewer_id": ..., "kind": ..., "today": D}: from the journal's facts
    POST /api/draft/stream   the same, answered as JSON lines: {"attempt": ...} as each is checked, then
                             {"result": ...} (or {"error": ...})
    POST /api/variants       {"context": {...}, "count": 3}                    → {"variants": [...]}
    POST /api/plan           the plan's fields (interview_date, vibe, ..., today)  → plan's record
    POST /api/batch          {"rows": [...], "provider": ...} or a multipart upload (field "file")
                             → {"rows": [...], "summary": {...}, "downloads": {"csv", "markdown", "jsonl"}}
    GET  /api/due?today=D    the journal's items, as `next --format json` prints them
    POST /api/sent           {"interviewer_id": ..., "kind": ..., "on": D}     → the send recorded, as `sent`

Bad input is a 400 with {"error": one line naming the field}; a provider's failure a 502 with its one line.
Drafts and batches run in a worker thread, so a slow model never holds up a check.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from composer import app
from composer.context import describe_error
from composer.dates import DateError, parse_date
from composer.errors import ProviderError, UsageError, one_line
from composer.vocabulary import AUTO

Handler = Callable[[Request], Awaitable[Response]]
MAX_BATCH_ROWS = 200  # a page drafts for a panel or a few; the command line is for thousands
PROVIDERS = ("auto", "template", "local", "openai")


class BadInput(Exception):
    """A request the API refuses: one line naming the field (400)."""


def api(handler: Callable[[Request], Awaitable[Any]]) -> Handler:
    """Wrap a handler: its value as JSON, and every known failure as a one-line JSON error."""

    async def endpoint(request: Request) -> Response:
        try:
            value = await handler(request)
        except (BadInput, UsageError) as e:
            return JSONResponse({"error": one_line(e, 500)}, status_code=400)
        except ValidationError as e:
            return JSONResponse({"error": one_line(describe_error(e), 500)}, status_code=400)
        except ProviderError as e:
            return JSONResponse({"error": one_line(e, 500)}, status_code=502)
        return value if isinstance(value, Response) else JSONResponse(value)

    return endpoint


async def body(request: Request) -> dict[str, Any]:
    try:
        data = json.loads(await request.body() or b"null")
    except (ValueError, RecursionError):
        raise BadInput('the request body is not JSON: send an object such as {"text": ...}') from None
    if not isinstance(data, dict):
        raise BadInput("the request body must be a JSON object")
    return data


def context_of(data: dict[str, Any]) -> dict[str, Any]:
    context = data.get("context")
    if not isinstance(context, dict):
        raise BadInput(
            "context: required, an object with the facts (interviewer_name, role, company, topics…)"
        )
    return {k: v for k, v in context.items() if v not in (None, "", [])}


def draft_options(data: dict[str, Any]) -> dict[str, Any]:
    provider = data.get("provider") or AUTO
    if provider not in PROVIDERS:
        raise BadInput(f"provider {provider!r} is not known: use {', '.join(PROVIDERS)}")
    attempts = data.get("max_attempts", 4)
    if not isinstance(attempts, int) or isinstance(attempts, bool) or not 1 <= attempts <= 8:
        raise BadInput("max_attempts: a whole number from 1 to 8")
    return {"provider": provider, "max_attempts": attempts}


@api
async def check(request: Request) -> dict[str, Any]:
    data = await body(request)
    text = data.get("text")
    if not isinstance(text, str):
        raise BadInput("text: required, the message to check")
    return app.check(text, context_of(data)).to_dict()


@api
async def draft(request: Request) -> dict[str, Any]:
    data = await body(request)
    options = draft_options(data)
    if "interviewer_id" in data and "context" not in data:
        context = await run_in_threadpool(_journal_facts, data)
    else:
        context = context_of(data)
    result = await run_in_threadpool(app.draft, context, **options)
    return result.model_dump(mode="json")


def _journal_facts(data: dict[str, Any]) -> dict[str, Any]:
    """The facts `draft --interviewer-id` drafts from: the journal's, for what is due for that person."""
    interviewer = data["interviewer_id"]
    if not isinstance(interviewer, int) or isinstance(interviewer, bool):
        raise BadInput("interviewer_id: the interviewer's id in the journal (a whole number)")
    today = _day(data.get("today") or None, "today") or dt.date.today()
    with app.open_journal() as journal:
        facts, _ = app.draft_facts(journal, interviewer, today, data.get("kind") or None)
    return facts


@api
async def draft_stream(request: Request) -> Response:
    data = await body(request)
    context, options = context_of(data), draft_options(data)
    app.check("", context)  # a bad context is a 400 now, not a line in the stream
    return StreamingResponse(_attempt_lines(context, options), media_type="application/x-ndjson")


async def _attempt_lines(context: dict[str, Any], options: dict[str, Any]):
    loop = asyncio.get_running_loop()
    lines: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    def on_attempt(attempt: Any) -> None:
        loop.call_soon_threadsafe(lines.put_nowait, {"attempt": attempt.model_dump(mode="json")})

    def work() -> dict[str, Any]:
        try:
            return {"result": app.draft(context, on_attempt=on_attempt, **options).model_dump(mode="json")}
        except (ProviderError, UsageError) as e:
            return {"error": one_line(e, 500)}

    job = asyncio.ensure_future(run_in_threadpool(work))
    while not (job.done() and lines.empty()):
        getter = asyncio.ensure_future(lines.get())
        await asyncio.wait({getter, job}, return_when=asyncio.FIRST_COMPLETED)
        if getter.done():
            yield json.dumps(getter.result(), ensure_ascii=False) + "\n"
        else:
            getter.cancel()
    yield json.dumps(job.result(), ensure_ascii=False) + "\n"


@api
async def variants(request: Request) -> dict[str, Any]:
    data = await body(request)
    count = data.get("count", 3)
    if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= 6:
        raise BadInput("count: a whole number from 1 to 6")
    return {"variants": app.variants(context_of(data), count)}


@api
async def plan(request: Request) -> dict[str, Any]:
    from composer.plan import Situation

    data = await body(request)
    fields = {k: v for k, v in data.items() if v not in (None, "")}
    today = _day(fields.pop("today", None), "today") or dt.date.today()
    for name in ("interview_date", "decision_by"):
        if name in fields:
            fields[name] = _day(fields[name], name, today)
    return app.plan_record(app.plan(Situation(**fields), today), today)


def _day(value: Any, field: str, today: dt.date | None = None) -> dt.date | None:
    """A date field as the command line reads dates (composer.dates), or None when not given."""
    if value is None:
        return None
    try:
        return parse_date(value, today)
    except DateError as e:
        raise BadInput(f"{field}: {e}") from None


@api
async def batch(request: Request) -> dict[str, Any]:
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        source, options, name = await _uploaded(request)
    else:
        data = await body(request)
        rows = data.get("rows")
        if not isinstance(rows, list) or not rows or not all(isinstance(r, dict) for r in rows):
            raise BadInput("rows: required, a list of objects (one per interviewer), or upload a file")
        if len(rows) > MAX_BATCH_ROWS:
            raise BadInput(
                f"rows: {len(rows)} rows; the page drafts at most {MAX_BATCH_ROWS} (use the batch command)"
            )
        source, options, name = rows, draft_options(data), None
    with tempfile.TemporaryDirectory(prefix="composer-web-") as folder:
        if name is not None:
            path = Path(folder) / name
            path.write_bytes(source)
            source = path
        return await run_in_threadpool(_run_batch, source, Path(folder) / "notes.jsonl", options)


async def _uploaded(request: Request) -> tuple[bytes, dict[str, Any], str]:
    form = await request.form()
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise BadInput("file: required, a panel file (CSV, JSON, JSONL or YAML)")
    suffix = Path(upload.filename or "").suffix.lower()
    if suffix not in (".csv", ".json", ".jsonl", ".yaml", ".yml"):
        raise BadInput(f"file: {upload.filename!r} is not .csv, .json, .jsonl or .yaml")
    options = draft_options({"provider": form.get("provider") or AUTO, "max_attempts": 4})
    return await upload.read(), options, "panel" + suffix


def _run_batch(source: Any, out: Path, options: dict[str, Any]) -> dict[str, Any]:
    report = app.batch(source, out, progress=False, **options)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    summary = dataclasses.asdict(report.summary)
    summary["line"] = report.summary.line()
    downloads = {fmt: report.render(fmt) for fmt in ("csv", "markdown")}
    downloads["jsonl"] = out.read_text(encoding="utf-8")
    return {"rows": rows, "summary": summary, "downloads": downloads}


@api
async def due(request: Request) -> list[dict[str, Any]]:
    today = _day(request.query_params.get("today") or None, "today") or dt.date.today()

    def items() -> list[dict[str, Any]]:
        with app.open_journal() as journal:
            return [item.to_dict() for item in app.due(journal, today)]

    return await run_in_threadpool(items)


@api
async def sent(request: Request) -> dict[str, Any]:
    data = await body(request)
    interviewer = data.get("interviewer_id")
    if not isinstance(interviewer, int) or isinstance(interviewer, bool):
        raise BadInput("interviewer_id: required, the interviewer's id in the journal (a whole number)")
    kind = data.get("kind")
    if not isinstance(kind, str) or not kind:
        raise BadInput("kind: required, what was sent (for example connection_note)")
    on = _day(data.get("on") or None, "on") or dt.date.today()

    def record() -> dict[str, Any]:
        with app.open_journal() as journal:
            return app.record_sent(journal, interviewer, kind, on)

    return await run_in_threadpool(record)
