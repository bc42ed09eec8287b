"""Time Ledelsesinformation on a large office: the service, the page (opened, figures and
charts filled, painted) and the monthly report (issue 21: at most 1 s each for 25,000
citizens). Not part of the test suite; run it once by hand:

    .venv/bin/fremskudt demo --data-dir /tmp/d25 --citizens 25000
    FREMSKUDT_USER=demo FREMSKUDT_PASSWORD=fremskudt-demo \\
        .venv/bin/python benchmarks/measures.py /tmp/d25
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.domain.measures import month_start, shift_month
from app.paths import DataPaths
from app.services import auth, measures
from app.services.measure_exports import monthly_report
from app.ui.measures_page import MeasuresPage


def _median_ms(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:.0f} ms"


def main() -> None:
    paths = DataPaths.resolve(sys.argv[1] if len(sys.argv) > 1 else None)
    ctx = auth.login(paths, os.environ["FREMSKUDT_USER"], os.environ["FREMSKUDT_PASSWORD"])
    app = QApplication.instance() or QApplication([])
    month = shift_month(month_start(ctx.today()), -1)
    service, page_times, report = [], [], []
    for _ in range(5):
        started = time.perf_counter()
        view = measures.measures(ctx, month)
        service.append(time.perf_counter() - started)
        started = time.perf_counter()
        page = MeasuresPage(ctx)
        page.resize(1300, 900)
        page.show()
        while page.view is None:  # the figures load off the GUI thread
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()
        page_times.append(time.perf_counter() - started)
        page.close()
        started = time.perf_counter()
        pdf = monthly_report(ctx, month)
        report.append(time.perf_counter() - started)
    print(f"{len(view.series)} months, indsatsgruppe {view.figures.paid_share.of} in "
          f"{month:%Y-%m}; service median {_median_ms(service)}; page opened, filled and "
          f"painted median {_median_ms(page_times)}; monthly report ({len(pdf)} bytes) median "
          f"{_median_ms(report)} ({dt.datetime.now():%Y-%m-%d})")
    ctx.store.close()


if __name__ == "__main__":
    main()
