"""The package's import structure: no module imports from a module that imports it.

Every ``import`` statement counts, including the lazy ones inside functions
and those under ``TYPE_CHECKING``: a cycle hidden in a function is still a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import tqcheck

ROOT = Path(tqcheck.__file__).parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def import_graph() -> dict[str, set[str]]:
    """``module -> {modules of tqcheck it imports}``, from the source with ``ast``."""
    known = modules()
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[: len(base) - (node.level - 1)]
                    stem = ".".join(base + ([node.module] if node.module else []))
                else:
                    stem = node.module or ""
                # ``from pkg import sub`` imports the submodule when there is one
                targets = [f"{stem}.{a.name}" if f"{stem}.{a.name}" in known else stem for a in node.names]
            else:
                continue
            for target in targets:
                while target and target not in known:  # ``import a.b.c`` of a name inside a module
                    target = target.rpartition(".")[0]
                if target and target != name:
                    edges.add(target)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def describe(graph: dict[str, set[str]]) -> list[str]:
    out = []
    for component in cycles(graph):
        members = set(component)
        out += [f"{a} -> {b}" for a in component for b in sorted(graph[a] & members)]
    return out


def test_segment_input_does_not_import_api() -> None:
    graph = import_graph()
    assert "tqcheck.segment_input" in graph["tqcheck.api"]
    assert "tqcheck.api" not in graph["tqcheck.segment_input"]


def test_glossary_does_not_import_the_rule_engine() -> None:
    graph = import_graph()
    for name, edges in graph.items():
        if name.startswith("tqcheck.glossary"):
            assert "tqcheck.rule" not in edges, name


def test_version_is_not_read_from_the_package() -> None:
    graph = import_graph()
    assert [name for name, edges in graph.items() if "tqcheck" in edges] == []


def test_no_import_cycle() -> None:
    assert describe(import_graph()) == []


def test_graph_sees_lazy_imports() -> None:
    graph = import_graph()
    assert "tqcheck.api" in graph["tqcheck"]
    assert "tqcheck.scoring" in graph["tqcheck"]  # imported inside __getattr__


if __name__ == "__main__":
    g = import_graph()
    print("\n".join(describe(g)) or "no cycle")


def test_documents_are_cached_through_memo() -> None:
    """Analyses kept with a document go through ``Document.memo``/``memo_with``,
    not by writing into its ``__dict__``."""
    import re

    writes = re.compile(r"\b(?:doc|document|src|tgt|source|target)\.__dict__")
    offenders = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*.py")
                 if p.name != "document.py" and writes.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_memo_with_keeps_the_latest_other_only() -> None:
    from tqcheck.text import Document

    src, a, b = Document("源。", "zh"), Document("A.", "en"), Document("B.", "en")
    calls: list[str] = []

    def compute(name: str) -> str:
        calls.append(name)
        return name

    assert src.memo_with("k", a, lambda: compute("a")) == "a"
    assert src.memo_with("k", a, lambda: compute("again")) == "a"
    assert src.memo_with("k", b, lambda: compute("b")) == "b"
    assert src.memo_with("k", a, lambda: compute("a2")) == "a2"
    assert calls == ["a", "b", "a2"]
