"""Time `fremskudt demo` for a given number of citizens (default 25,000).

    .venv/bin/python benchmarks/demo_office.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from app.paths import DataPaths
from app.services.check import run_check
from app.services.demo import create_demo_office


def main() -> None:
    citizens = int(sys.argv[1]) if len(sys.argv) > 1 else 25_000
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        result = create_demo_office(DataPaths(Path(tmp)), citizens=citizens, seed=1)
        elapsed = time.perf_counter() - started
        report = run_check(result.ctx)
        size = (Path(tmp) / "office.db").stat().st_size
        result.ctx.store.close()
    print(f"demo office: {citizens} citizens, {result.rows} rows, {elapsed:.1f} s, "
          f"store {size / 1e6:.0f} MB, integrity {report.integrity}")


if __name__ == "__main__":
    main()
