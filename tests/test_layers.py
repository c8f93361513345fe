"""The package's layers, read from the source with `ast` (docs/architecture.md explains them).

Every module belongs to one floor; a module may import from its own floor and the floors below,
never from a floor above, and the imports between modules form no cycle (function-level imports
included). Imports stay at the top of a module unless a comment says why, and no module imports
another module's private (_name) names.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "marsad"

# The floors, lowest first. A module's floor is that of the longest name here that is a prefix of
# its own name (the package `marsad` itself, its version, is the ground floor).
LAYERS: tuple[tuple[str, ...], ...] = (
    ("marsad", "marsad.errors", "marsad.config", "marsad.models", "marsad.datafiles", "marsad.acled",
     "marsad.ids"),  # ground
    ("marsad.text",),  # one normalization, tokens, clitics, matching
    ("marsad.lexicon", "marsad.aliases"),  # the language data and the aliases of reviews, normalized like the text
    ("marsad.article", "marsad.geo", "marsad.documents"),  # pages → articles; names → places
    ("marsad.extract",),  # mentions, dates, numbers, event candidates
    ("marsad.pipeline", "marsad.store"),  # one document end to end; the database
    ("marsad.dedup", "marsad.export"),  # clusters of stored events; files out of the store
    ("marsad.ingest", "marsad.alerts"),  # sources → pipeline → store → dedup, in batches; alerts out
    ("marsad.api", "marsad.bench", "marsad.cli", "marsad.__main__"),  # the programs
)


def floor(module: str) -> int:
    best, level = "", -1
    for i, names in enumerate(LAYERS):
        for name in names:
            if (module == name or module.startswith(name + ".")) and len(name) > len(best):
                best, level = name, i
    assert level >= 0, f"{module} is on no floor: add it to LAYERS (and docs/architecture.md)"
    return level


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


# Parsed once, when pytest collects this file: CPython 3.11.7's ast.parse can fail with "AST
# constructor recursion depth mismatch" when called after other tests left the interpreter's
# recursion counter uneven (gh-106905), and at collection nothing has run yet.
_TREES = {m: ast.parse(p.read_text(encoding="utf-8")) for m, p in modules().items()}


def tree(module: str) -> ast.Module:
    return _TREES[module]


def _resolve(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if modules()[module].name != "__init__.py":
        base.pop()
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _type_checking_only(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return True
    return False


def imports(module: str) -> Iterator[tuple[str, ast.stmt, list[str]]]:
    """(imported marsad module, the statement, imported names) of every import in `module`."""
    t = tree(module)
    parents = {child: parent for parent in ast.walk(t) for child in ast.iter_child_nodes(parent)}
    for node in ast.walk(t):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name.split(".")[0] == "marsad":
                    yield a.name, node, []
        elif isinstance(node, ast.ImportFrom) and not _type_checking_only(node, parents):
            target = _resolve(module, node)
            if target.split(".")[0] != "marsad":
                continue
            names = [a.name for a in node.names]
            subs = [n for n in names if f"{target}.{n}" in modules()]
            for n in subs:
                yield f"{target}.{n}", node, []
            rest = [n for n in names if n not in subs]
            if rest:
                yield target, node, rest


def graph() -> dict[str, set[str]]:
    return {m: {t for t, _, _ in imports(m) if t in modules() and t != m} for m in modules()}


def test_every_module_is_on_a_floor() -> None:
    for m in modules():
        floor(m)


def upward(g: dict[str, set[str]]) -> list[str]:
    """The imports of `g` that go from a floor to a higher one."""
    return [f"{m} (floor {floor(m)}) imports {t} (floor {floor(t)})"
            for m, targets in sorted(g.items()) for t in sorted(targets) if floor(t) > floor(m)]


def cycles(g: dict[str, set[str]]) -> list[list[str]]:
    """The import cycles of `g` (one per back edge of a depth-first walk)."""
    state: dict[str, int] = {}
    out: list[list[str]] = []

    def visit(m: str, path: list[str]) -> None:
        state[m] = 1
        for t in sorted(g.get(m, ())):
            if state.get(t) == 1:
                out.append([*path[path.index(t):], t])
            elif t not in state:
                visit(t, [*path, t])
        state[m] = 2

    for m in sorted(g):
        if m not in state:
            visit(m, [m])
    return out


def test_no_import_from_a_higher_floor() -> None:
    assert upward(graph()) == []


def test_no_import_cycle() -> None:
    assert cycles(graph()) == []


def test_the_checks_see_violations() -> None:
    # the text layer reading the lexicon (as text/numbers.py once did), and anchors ↔ resolve
    assert upward({"marsad.text.numbers": {"marsad.lexicon"}}) != []
    assert cycles({"marsad.geo.anchors": {"marsad.geo.resolve"}, "marsad.geo.resolve": {"marsad.geo.anchors"}}) != []
    assert "marsad.text.normalize" in graph()["marsad.lexicon"]


def test_no_private_names_of_other_modules() -> None:
    bad = [f"{m}:{node.lineno} imports {n} from {t}"
           for m in modules() for t, node, names in imports(m) for n in names
           if n.startswith("_") and not n.startswith("__") and t != m]
    assert bad == []


def _function_imports(module: str) -> Iterator[ast.stmt]:
    for fn in ast.walk(tree(module)):
        if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(fn):
                if isinstance(node, ast.Import | ast.ImportFrom):
                    yield node


def _says_why(lines: list[str], lineno: int) -> bool:
    """A comment on the import's line, or above the block of imports it belongs to."""
    i = lineno - 1
    if "#" in lines[i]:
        return True
    while i > 0 and (lines[i - 1].strip().startswith(("import ", "from ")) or not lines[i - 1].strip()):
        i -= 1
        if "#" in lines[i]:
            return True
    return i > 0 and lines[i - 1].strip().startswith("#")


def test_imports_inside_functions_say_why() -> None:
    bad = []
    for m, path in modules().items():
        lines = path.read_text(encoding="utf-8").splitlines()
        bad += [f"{m}:{n.lineno} {ast.unparse(n)}" for n in _function_imports(m) if not _says_why(lines, n.lineno)]
    assert bad == []


@pytest.mark.parametrize(("module", "level"), [("marsad.text.normalize", 1), ("marsad.lexicon", 2),
                                                ("marsad.extract.numbers", 4), ("marsad.cli.bench", 8)])
def test_floors_of_some_modules(module: str, level: int) -> None:
    assert floor(module) == level
