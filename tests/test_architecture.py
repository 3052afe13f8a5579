"""The shape the architecture section of the README promises, held by tests: small functions, and every
package of the source tree shipped in the wheel. (The import layers are held by `lint-imports`.)"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LONGEST_FUNCTION = 60  # lines, decorators and docstring included


def _functions(package: str):
    for path in sorted((ROOT / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield path.relative_to(ROOT), node


def test_no_function_in_the_packages_is_longer_than_a_screen():
    long = [
        f"{path}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for package in ("composer", "guardrails")
        for path, node in _functions(package)
        if node.end_lineno - node.lineno + 1 > LONGEST_FUNCTION
    ]
    assert not long, "split these functions: " + "; ".join(long)


def test_every_package_in_the_tree_is_shipped():
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    shipped = set(config["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for package in ("composer", "guardrails")
        for init in (ROOT / package).rglob("__init__.py")
    }
    assert found <= shipped, f"add to [tool.setuptools] packages in pyproject.toml: {sorted(found - shipped)}"
