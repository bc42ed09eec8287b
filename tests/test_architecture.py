"""Design rules checked in code: Qt only under app/ui, nothing created on import, the UI
reaches the core only through the services, no import circle, small modules and functions."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_qt_is_imported_only_under_app_ui() -> None:
    offenders = []
    for path in APP.rglob("*.py"):
        rel = path.relative_to(APP)
        if rel.parts[0] == "ui" or rel.name == "__main__.py":
            continue
        if any(name.split(".")[0] == "PySide6" for name in _imports(path)):
            offenders.append(str(rel))
    assert offenders == []


def test_domain_imports_nothing_of_ours_outside_domain() -> None:
    for path in (APP / "domain").rglob("*.py"):
        for name in _imports(path):
            assert not name.startswith("app.") or name.startswith("app.domain"), (path, name)
            assert name.split(".")[0] not in {"sqlalchemy", "PySide6"}, (path, name)


def test_importing_every_module_creates_no_files(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache"),
           "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    modules = sorted(
        ".".join(("app", *p.relative_to(APP).with_suffix("").parts))
        for p in APP.rglob("*.py")
        if "migrations" not in p.parts and p.name != "__main__.py"
    )
    code = f"import importlib\nfor m in {modules!r}:\n    importlib.import_module(m)\n"
    subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=tmp_path)
    assert list(home.rglob("*")) == []


# The UI's door to the rest of the house (design.md: ui -> services -> domain, db, reports, sync).
# Besides services, domain and ui itself, the UI may import two leaves that hold no rules:
# `app.paths` (where files live: the login and setup dialogs need the data folder, the
# application its fonts and translations) and `app` itself (only `__version__`).
UI_MAY_IMPORT = ("app.services", "app.domain", "app.ui")
UI_MAY_IMPORT_LEAVES = {"app", "app.paths"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _our_imports(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line, module, imported names) of every import of ours in the file, wherever it stands:
    at the top, inside a function or under `if TYPE_CHECKING:`. Relative imports are resolved
    against the file's package."""
    package = _module_name(path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    found: list[tuple[int, str, list[str]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, module] if module else base)
            found.append((node.lineno, module, [alias.name for alias in node.names]))
    return [(line, m, names) for line, m, names in found if m == "app" or m.startswith("app.")]


def test_ui_imports_only_services_domain_and_ui() -> None:
    offenders = []
    for path in sorted((APP / "ui").rglob("*.py")):
        for line, module, _names in _our_imports(path):
            allowed = module in UI_MAY_IMPORT_LEAVES or any(
                module == prefix or module.startswith(prefix + ".") for prefix in UI_MAY_IMPORT)
            if not allowed:
                offenders.append(f"{path.relative_to(APP.parent)}:{line} imports {module}")
    assert offenders == [], "app/ui reaches past the services:\n" + "\n".join(offenders)


def _import_graph() -> dict[str, set[str]]:
    """Module -> the modules of ours it imports. `from app.x import y` points at `app.x.y` when
    that is a module, else at `app.x`. Every import counts, also one inside a function or under
    TYPE_CHECKING: a deferred import hides a circle from Python but not from the reader, and
    the record window's circle (issue 14) was one of those. The implicit import of a parent
    package when a submodule is imported is not an edge: a package's `__init__` re-exporting
    its own submodules is not a circle."""
    paths = [p for p in APP.rglob("*.py") if "migrations" not in p.parts]
    modules = {_module_name(p): p for p in paths}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets: set[str] = set()
        for _line, module, names in _our_imports(path):
            subs = {f"{module}.{n}" for n in names} & modules.keys()
            targets |= subs or ({module} & modules.keys())
            if names and len(subs) < len(names) and module in modules:
                targets.add(module)  # some names are attributes of the module itself
        graph[name] = targets - {name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle per back edge found by a depth-first search (iterative, in name order)."""
    white, grey, black = 0, 1, 2
    colour = dict.fromkeys(graph, white)
    found: list[list[str]] = []
    for root in sorted(graph):
        if colour[root] != white:
            continue
        stack: list[tuple[str, list[str]]] = [(root, sorted(graph[root]))]
        path = [root]
        colour[root] = grey
        while stack:
            node, todo = stack[-1]
            if not todo:
                colour[node] = black
                stack.pop()
                path.pop()
                continue
            nxt = todo.pop(0)
            if colour[nxt] == grey:
                found.append([*path[path.index(nxt):], nxt])
            elif colour[nxt] == white:
                colour[nxt] = grey
                path.append(nxt)
                stack.append((nxt, sorted(graph[nxt])))
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The check below is not vacuous."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set()}
    assert _cycles(graph) == [["a", "b", "c", "a"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_among_our_modules() -> None:
    graph = _import_graph()
    assert "app.services.auth" in graph["app.ui.main_window"]  # the graph sees our imports
    cycles = _cycles(graph)
    assert cycles == [], "import circles:\n" + "\n".join(" -> ".join(c) for c in cycles)


MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 80


def _sources() -> list[Path]:
    """Our modules, migrations aside (Alembic writes those, and they are frozen once shipped)."""
    return sorted(p for p in APP.rglob("*.py") if "migrations" not in p.parts)


def test_no_module_over_500_lines() -> None:
    long = [f"{p.relative_to(APP.parent)}: {n} lines" for p in _sources()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES]
    assert long == [], "modules to split:\n" + "\n".join(long)


def test_no_function_over_80_lines() -> None:
    long = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                size = node.end_lineno - node.lineno + 1
                if size > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(APP.parent)}:{node.lineno} "
                                f"{node.name}: {size} lines")
    assert long == [], "functions to split:\n" + "\n".join(long)
