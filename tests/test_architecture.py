"""Design rules checked in code: Qt only under app/ui, nothing created on import."""

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
