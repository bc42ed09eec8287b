"""Time the caseload: the service call and the Sagsstamme page, offscreen.

    .venv/bin/fremskudt demo --data-dir /tmp/d25 --citizens 25000
    FREMSKUDT_USER=demo FREMSKUDT_PASSWORD=fremskudt-demo \\
        .venv/bin/python benchmarks/caseload.py /tmp/d25
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.paths import DataPaths
from app.services import auth, caseload
from app.ui.caseload_page import CaseloadPage


def main() -> None:
    paths = DataPaths.resolve(sys.argv[1] if len(sys.argv) > 1 else None)
    ctx = auth.login(paths, os.environ["FREMSKUDT_USER"], os.environ["FREMSKUDT_PASSWORD"])
    app = QApplication.instance() or QApplication([])
    service, page_times = [], []
    for _ in range(5):
        started = time.perf_counter()
        rows = caseload.caseload(ctx)
        service.append(time.perf_counter() - started)
        started = time.perf_counter()
        page = CaseloadPage(ctx)
        page.show()
        app.processEvents()
        page_times.append(time.perf_counter() - started)
        page.close()
    print(f"{len(rows)} open courses; service median {statistics.median(service) * 1000:.0f} ms;"
          f" page opened and painted median {statistics.median(page_times) * 1000:.0f} ms")
    ctx.store.close()


if __name__ == "__main__":
    main()
