"""The start floor (issue 22): a bare PySide6 main window with an empty 8-column table, shown
and painted. Run as its own process by benchmarks/bench.py; prints one JSON line when painted."""

from __future__ import annotations

import json
import sys
import time

STARTED = time.perf_counter()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtGui import QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402
from rss import peak_rss_mb  # noqa: E402  (run as a script: benchmarks/ is on the path)


class PaintWatch(QObject):
    """Calls `done` once, after the first paint of `target` has finished."""

    def __init__(self, target, done) -> None:
        super().__init__()
        self.target, self.done, self.seen = target, done, False

    def eventFilter(self, obj, event) -> bool:
        if obj is self.target and event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self.done)
        return False


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = QTableView()
    view.setModel(QStandardItemModel(0, 8, view))
    window.setCentralWidget(view)
    window.resize(1280, 800)

    def painted() -> None:
        print(json.dumps({"painted_s": time.perf_counter() - STARTED, "painted_at": time.time(),
                          "cpu_s": time.process_time(),
                          "maxrss_mb": peak_rss_mb()}),
              flush=True)
        app.quit()

    watch = PaintWatch(view.viewport(), painted)
    view.viewport().installEventFilter(watch)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
