"""The app's start (issue 22): Qt application, login, main window, until the caseload's table
has painted its rows. Run as its own process by benchmarks/bench.py with the data folder as
argument and FREMSKUDT_USER / FREMSKUDT_PASSWORD set; prints one JSON line. The Argon2 key
derivation is timed apart (it is slow on purpose). When the day's first backup started behind
the window, the process waits for it before it exits, so the next start is a later login."""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

STARTED = time.perf_counter()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

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


class CaseloadPainted(QObject):
    """Calls `done` once the caseload page's table has painted rows."""

    def __init__(self, window, done) -> None:
        super().__init__()
        self.window, self.done, self.seen = window, done, False

    def eventFilter(self, obj, event) -> bool:
        page = getattr(self.window, "caseload", None) if self.window else None
        if (not self.seen and event.type() == QEvent.Type.Paint and page is not None
                and obj is page.view.viewport() and page.model.rowCount() > 0):
            self.seen = True
            QTimer.singleShot(0, self.done)
        return False


def main() -> None:
    keyring._argon2 = _timed_argon2
    paths = DataPaths(Path(sys.argv[1]))
    imported = time.perf_counter() - STARTED
    qt_app = make_application(lang="da")
    watch = CaseloadPainted(None, lambda: None)  # window and callback set below
    qt_app.installEventFilter(watch)
    ctx = auth.login(paths, os.environ["FREMSKUDT_USER"], os.environ["FREMSKUDT_PASSWORD"],
                     start_day=False)  # as the login dialog: the backup runs behind the window
    logged_in = time.perf_counter() - STARTED
    first_of_day = auth.start_of_day_due(ctx)
    report: dict = {}

    def painted() -> None:
        report.update(imported_s=imported, logged_in_s=logged_in,
                      painted_s=time.perf_counter() - STARTED, painted_at=time.time(),
                      cpu_s=time.process_time(),
                      kdf_wall_s=KDF["wall_s"], kdf_cpu_s=KDF["cpu_s"],
                      first_of_day=first_of_day, rows=window.caseload.model.rowCount(),
                      maxrss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
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
    qt_app.exec()
    ctx.store.close()


if __name__ == "__main__":
    main()
