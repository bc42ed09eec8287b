"""The frozen one-folder build: built with PyInstaller and its `selftest` run offscreen.
Slow (about a minute); runs whenever PyInstaller is installed in the environment."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                    reason="PyInstaller is not installed (pip install pyinstaller)")
def test_frozen_build_passes_its_selftest(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"),
                             "--dist", str(tmp_path / "dist"), "--work",
                             str(tmp_path / "work")], capture_output=True, text=True,
                            timeout=900, check=False)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "selvtest: ok" in result.stdout
