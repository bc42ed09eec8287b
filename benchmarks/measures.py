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


def _timed(job) -> tuple[object, float, float]:
    """The job's result, its wall time and the process's CPU time for it (all threads): on a
    machine shared with other work the CPU time is what it takes on an idle one."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = job()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def _open_page(ctx, app) -> MeasuresPage:
    page = MeasuresPage(ctx)
    page.resize(1300, 900)
    page.show()
    while page.view is None:  # the figures load off the GUI thread
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()  # filled and painted
    return page


def main() -> None:
    paths = DataPaths.resolve(sys.argv[1] if len(sys.argv) > 1 else None)
    ctx = auth.login(paths, os.environ["FREMSKUDT_USER"], os.environ["FREMSKUDT_PASSWORD"])
    app = QApplication.instance() or QApplication([])
    month = shift_month(month_start(ctx.today()), -1)
    times: dict[str, tuple[list[float], list[float]]] = {
        name: ([], []) for name in ("service", "page", "report")}
    for _ in range(5):
        view, wall, cpu = _timed(lambda: measures.measures(ctx, month))
        times["service"][0].append(wall)
        times["service"][1].append(cpu)
        page, wall, cpu = _timed(lambda: _open_page(ctx, app))
        times["page"][0].append(wall)
        times["page"][1].append(cpu)
        while page.drop_in is None:  # open counselling follows; let it end before closing
            app.processEvents()
            time.sleep(0.01)
        page.close()
        pdf, wall, cpu = _timed(lambda: monthly_report(ctx, month))
        times["report"][0].append(wall)
        times["report"][1].append(cpu)
    print(f"{len(view.series)} months, indsatsgruppe {view.figures.paid_share.of} in "
          f"{month:%Y-%m}, report {len(pdf)} bytes ({dt.datetime.now():%Y-%m-%d %H:%M}, "
          f"load average {os.getloadavg()[0]:.1f}):")
    for name, (wall, cpu) in times.items():
        print(f"  {name:<8} median {_median_ms(wall)} wall, {_median_ms(cpu)} CPU")
    ctx.store.close()


if __name__ == "__main__":
    main()
