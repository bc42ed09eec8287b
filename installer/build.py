"""Build the one-folder app with PyInstaller and smoke-test it: the built executable's
`selftest` must exit 0 offscreen, or the build fails.

    .venv/bin/python installer/build.py [--dist DIR]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(dist: Path, work: Path) -> Path:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--distpath", str(dist), "--workpath", str(work),
                    str(ROOT / "installer" / "fremskudt.spec")], check=True, cwd=ROOT)
    name = "fremskudt-cli.exe" if os.name == "nt" else "fremskudt-cli"
    return dist / "fremskudt" / name


def smoke_test(executable: Path) -> str:
    """The console program's selftest (Qt, encrypted store, PDF, the English catalogue)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([str(executable), "selftest"], capture_output=True, text=True,
                            env=env, timeout=300, check=False)
    if result.returncode != 0:
        raise SystemExit(f"selftest failed ({result.returncode}):\n{result.stdout}\n"
                         f"{result.stderr}")
    gui = executable.with_name(executable.name.replace("-cli", ""))
    if not gui.exists():
        raise SystemExit(f"{gui} is missing from the build")
    return result.stdout.strip()


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dist", default=str(ROOT / "dist"))
    parser.add_argument("--work", default=str(ROOT / "build"))
    args = parser.parse_args()
    started = time.perf_counter()
    executable = build(Path(args.dist), Path(args.work))
    print(smoke_test(executable))
    size = folder_size(executable.parent)
    print(f"built {executable} in {time.perf_counter() - started:.0f} s; "
          f"folder {size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
