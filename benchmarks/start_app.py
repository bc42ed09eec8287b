"""The app's start (issue 22): Qt application, login, main window, until the start page (I dag for
the desk roles since issue 20, the caseload before) has painted with its data. Run as its own
process by benchmarks/bench.py with the data folder as argument and FREMSKUDT_USER /
FREMSKUDT_PASSWORD set; prints one JSON line. The Argon2 key derivation is timed apart (it is
slow on purpose). When the day's first backup started behind the window, the process waits for
it before it exits, so the next start is a later login."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from rss import peak_rss_mb  # noqa: E402  (run as a script: benchmarks/ is on the path)

import app.db.keyring as keyring  # noqa: E402
from app.paths import DataPaths  # noqa: E402
from app.services import auth  # noqa: E402
from app.ui.application import make_application, open_main_window  # noqa: E402

KDF = {"wall_s": 0.0, "cpu_s": 0.0}
_argon2 = keyring._argon2


def _timed_argon2(*args, **kwargs):
    # Argon2 runs its lanes in threads: the process CPU time, nothing else runs meanwhile
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        return _argon2(*args, **kwargs)
    finally:
        KDF["wall_s"] += time.perf_counter() - wall
        KDF["cpu_s"] += time.process_time() - cpu


class StartPagePainted(QObject):
    """Calls `done` once the start page has painted. A page loads its data while it is built
    (the caseload its rows, I dag its day), so its first paint shows them; the caseload must
    have painted rows. The filter sits on the application until then (a page's children are
    made inside the window's constructor), and is removed at once."""

    def __init__(self, done) -> None:
        super().__init__()
        self.window, self.done, self.seen, self.page = None, done, False, ""

    def eventFilter(self, obj, event) -> bool:
        if self.seen or self.window is None or event.type() != QEvent.Type.Paint:
            return False
        page = self.window.current_page()
        if not isinstance(obj, QWidget) or not page.isAncestorOf(obj):
            return False
        view = getattr(page, "view", None)
        if getattr(self.window, "caseload", None) is page and (
                obj is not view.viewport() or page.model.rowCount() == 0):
            return False
        self.seen, self.page = True, type(page).__name__
        QTimer.singleShot(0, self.done)
        return False


def main() -> None:
    keyring._argon2 = _timed_argon2
    paths = DataPaths(Path(sys.argv[1]))
    imported, imported_cpu = time.perf_counter() - STARTED, time.process_time()
    qt_app = make_application(lang="da")
    watch = StartPagePainted(lambda: None)  # window and callback set below
    qt_app.installEventFilter(watch)
    ctx = auth.login(paths, os.environ["FREMSKUDT_USER"], os.environ["FREMSKUDT_PASSWORD"],
                     start_day=False)  # as the login dialog: the backup runs behind the window
    logged_in, logged_in_cpu = time.perf_counter() - STARTED, time.process_time()
    first_of_day = auth.start_of_day_due(ctx)
    report: dict = {}

    def painted() -> None:
        report.update(imported_s=imported, logged_in_s=logged_in,
                      imported_cpu_s=imported_cpu, logged_in_cpu_s=logged_in_cpu,
                      painted_s=time.perf_counter() - STARTED, painted_at=time.time(),
                      cpu_s=time.process_time(),
                      kdf_wall_s=KDF["wall_s"], kdf_cpu_s=KDF["cpu_s"],
                      first_of_day=first_of_day, page=watch.page,
                      maxrss_mb=peak_rss_mb())
        qt_app.removeEventFilter(watch)
        QTimer.singleShot(0, finish)

    def finish() -> None:
        operation = window.day_operation
        if operation is not None and operation.is_running():
            QTimer.singleShot(20, finish)
            return
        print(json.dumps(report), flush=True)
        window.close()
        QApplication.quit()

    watch.done = painted
    window = open_main_window(ctx)
    watch.window = window
    # desk roles land on "I dag" (issue 20); the measure goes on to the caseload, as a user
    # who opens Sagsstamme at once
    window.nav.setCurrentRow(window.page_titles().index("Sagsstamme"))
    qt_app.exec()
    ctx.store.close()


if __name__ == "__main__":
    main()
