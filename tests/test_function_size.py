"""The event engine stays readable: no function of `marsad/extract` over 60 lines or 25 branches
(if, loop, conditional expression, try, comprehension, each extra operand of and/or)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

EXTRACT = Path(__file__).resolve().parents[1] / "src" / "marsad" / "extract"
MAX_LINES, MAX_BRANCHES = 60, 25


def branches(fn: ast.AST) -> int:
    nodes = list(ast.walk(fn))
    return sum(isinstance(x, (ast.If, ast.For, ast.While, ast.IfExp, ast.Try, ast.comprehension)) for x in nodes) \
        + sum(len(x.values) - 1 for x in nodes if isinstance(x, ast.BoolOp))


def functions() -> list[tuple[str, ast.FunctionDef]]:
    out = []
    for path in sorted(EXTRACT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                out.append((f"{path.relative_to(EXTRACT)}:{node.name}", node))
    return out


def test_the_count_sees_branches() -> None:
    fn = ast.parse("def f(a, b):\n    if a and b:\n        return [x for x in a if x]\n    return 1 if b else 2\n").body[0]
    assert branches(fn) == 4  # if, the second operand of and, the comprehension, the ternary


@pytest.mark.parametrize(("name", "fn"), functions(), ids=[n for n, _ in functions()])
def test_function_size(name: str, fn: ast.FunctionDef) -> None:
    lines = (fn.end_lineno or fn.lineno) - fn.lineno + 1
    assert lines <= MAX_LINES and branches(fn) <= MAX_BRANCHES, (name, lines, branches(fn))
