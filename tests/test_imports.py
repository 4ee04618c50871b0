"""The package's shape: no import circles between exposure's modules, and docstrings on the
public API (every public function and method says what it returns)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "exposure"


def module_name(path: Path, root: Path = PACKAGE) -> str:
    """exposure.x.y for exposure/x/y.py, exposure.x for exposure/x/__init__.py."""
    parts = ("exposure", *path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path = PACKAGE) -> dict[str, set[str]]:
    """module → the exposure modules it imports, at any depth of its code (functions included).

    `from .x import y` counts as importing `x.y` when that is a module, else `x`; relative and
    absolute imports alike. Parent packages run on import but are not counted as edges.
    """
    files = {module_name(p, root): p for p in root.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                edges |= {a.name for a in node.names if a.name in files}
            elif isinstance(node, ast.ImportFrom):
                base = package.split(".")
                if node.level:
                    base = base[: len(base) - node.level + 1]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                for alias in node.names:
                    sub = f"{target}.{alias.name}"
                    if sub in files:
                        edges.add(sub)
                    elif target in files:
                        edges.add(target)
        graph[name] = edges - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
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
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_there_is_no_import_circle_in_exposure():
    graph = import_graph()
    assert "exposure.infer.kinds" in graph and "exposure.vision.yolo_onnx" in graph
    assert cycles(graph) == []


def test_the_cycle_finder_finds_function_level_and_relative_circles(tmp_path):
    pkg = tmp_path / "exposure"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "sub" / "a.py").write_text("def f():\n    from .b import x\n")
    (pkg / "sub" / "b.py").write_text("from exposure.sub import a\n")
    (pkg / "c.py").write_text("from .sub import a\n")
    graph = import_graph(pkg)
    assert graph["exposure.c"] == {"exposure.sub.a"}
    assert cycles(graph) == [["exposure.sub.a", "exposure.sub.b"]]


def missing_docstrings(root: Path = PACKAGE) -> list[str]:
    """module.function (or module.Class.method) of public functions without a docstring."""
    missing = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        scopes = [(module_name(path, root), tree)]
        scopes += [
            (f"{module_name(path, root)}.{c.name}", c)
            for c in tree.body
            if isinstance(c, ast.ClassDef) and not c.name.startswith("_")
        ]
        for where, scope in scopes:
            for fn in scope.body:
                if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                if fn.name.startswith("_") or ast.get_docstring(fn):
                    continue
                missing.append(f"{where}.{fn.name}")
    return missing


def test_every_public_function_has_a_docstring():
    assert sorted(missing_docstrings()) == []


def test_every_subpackage_says_what_it_holds():
    for init in PACKAGE.glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and len(doc) > 100, init
