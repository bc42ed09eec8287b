"""In one process with a logged-in context: the caseload service against bare sqlcipher3, a
search keystroke through the real widget against the filter alone, a record opened and painted
against a bare window of tabs, and memory over 50 records and 20 caseload pages (issue 22)."""

from __future__ import annotations

import datetime as dt
import gc
import os
import time
import uuid

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import caseload
from app.services.context import ServiceContext
from app.ui.caseload_page import CaseloadPage
from app.ui.main_window import MainWindow
from benchmarks.table import Row, at_most, ratio_at_most

_FAR = dt.date.max


class Painted(QObject):
    """Set when `window` paints: a top-level widget paints first in every frame of its own or
    of a child, and its children paint in the same backing-store flush. The filter sits on
    that one window (an application-wide filter would cost the app a call per event)."""

    def __init__(self) -> None:
        super().__init__()
        self.window: QWidget | None = None
        self.seen = False

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Paint:
            self.seen = True
        return False

    def wait(self, app: QApplication, window: QWidget, timeout: float = 10.0) -> None:
        deadline = time.perf_counter() + timeout
        while not self.seen and time.perf_counter() < deadline:
            app.processEvents()
        if not self.seen:
            raise RuntimeError("nothing was painted")
        app.processEvents()  # the rest of the same frame

    def arm(self, window: QWidget) -> None:
        if self.window is not window:
            if self.window is not None:
                self.window.removeEventFilter(self)
            window.installEventFilter(self)
            window.destroyed.connect(self._gone)
        self.window, self.seen = window, False

    def _gone(self, _obj=None) -> None:
        self.window = None


def _raw_caseload(ctx: ServiceContext, today_iso: str) -> list:
    """The same rows by the same SQL through bare sqlcipher3 on the same file."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(ctx.store.paths.store))
    try:
        conn.execute(f"PRAGMA key = \"x'{ctx.store._key.hex()}'\"")
        conn.execute("PRAGMA cache_size = -65536")
        staff = dict(conn.execute("SELECT id, full_name FROM staff_account").fetchall())
        rows = conn.execute(caseload._CASELOAD_SQL, (today_iso,)).fetchall()
        return [rows, staff]
    finally:
        conn.close()


def measure_caseload(ctx: ServiceContext, repeats: int) -> list[Row]:
    today = ctx.today()
    service, floor = [], []
    for _ in range(repeats):
        started = time.perf_counter()
        rows = caseload.caseload(ctx, today)
        service.append(time.perf_counter() - started)
        started = time.perf_counter()
        raw, _staff = _raw_caseload(ctx, today.isoformat())
        floor.append(time.perf_counter() - started)
        assert len(raw) == len(rows)
    return [Row("caseload service", "ms", service, floor,
                "same SQL through bare sqlcipher3, a new connection each time",
                "<= 1.3x floor", ratio_at_most(1.3), note=f"{len(rows)} open courses")]


def _type(app: QApplication, widget: QWidget, ch: str) -> None:
    """One key pressed and released with its text, as a keyboard sends it. QTest.keyClick
    takes only Latin-1 keys: 'Ö' of 'Özsöz' arrived as two wrong characters."""
    key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        app.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def _queries(rows: list, count: int) -> list[str]:
    """Prefixes typed one key at a time: the first four letters of some citizens' names."""
    step = max(1, len(rows) // count)
    names = [r.name.split()[0][:4] for r in rows[::step][:count]]
    return [n for n in names if n]


def measure_search(app: QApplication, ctx: ServiceContext, watch: Painted,
                   count: int) -> list[Row]:
    page = CaseloadPage(ctx)
    page.resize(1280, 800)
    page.show()
    watch.arm(page)
    watch.wait(app, page)
    rows = page.model._all
    app_times, app_cpu, floor = [], [], []
    for name in _queries(rows, count):
        page.search.clear()
        app.processEvents()
        page.search.setFocus()
        typed = ""
        for ch in name:
            typed += ch
            watch.arm(page)
            started, cpu = time.perf_counter(), time.thread_time()
            _type(app, page.search, ch)
            watch.wait(app, page)
            app_times.append(time.perf_counter() - started)
            app_cpu.append(time.thread_time() - cpu)
            started = time.perf_counter()
            words = typed.casefold().replace("-", "").strip().split()
            found = rows
            for word in words:
                found = [r for r in found if word in r.search_text]
            found = sorted(found, key=lambda r: r.next_due_on or _FAR)
            floor.append(time.perf_counter() - started)
            assert len(found) == page.model.rowCount()
    repaint = []
    for _ in range(len(app_times)):
        started = time.perf_counter()
        page.view.viewport().repaint()  # every visible cell of the table painted again;
        repaint.append(time.perf_counter() - started)  # page.repaint() skipped the cells
    page.close()
    page.deleteLater()
    return [Row("search, one keystroke to repaint", "ms", app_times, floor,
                "the same filter and sort over the rows in Python, no Qt",
                "p95 <= 16 ms", at_most(0.016, "p95"),
                note="a key event with its text, until the page has painted the filtered "
                     "rows and the rest of that frame's events are processed"),
            Row("search, one keystroke to repaint, GUI thread CPU", "ms", app_cpu,
                note="the same interval in the GUI thread's CPU time: what the machine's "
                     "load does not change"),
            Row("caseload table, one full repaint alone", "ms", repaint,
                note="every visible cell painted again, nothing filtered: what a "
                     "keystroke's frame costs before any filtering")]



def _bare_record() -> QDialog:
    """The floor of a record: a dialog with a header and six tabs, each a form and a table."""
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Navn Navnesen"))
    tabs = QTabWidget()
    for i in range(6):
        tab = QWidget()
        form = QFormLayout(tab)
        for j in range(8):
            form.addRow(f"Felt {j}", QLabel(f"Værdi {i}.{j}"))
        form.addRow(QTableView())
        tabs.addTab(tab, f"Fane {i}")
    layout.addWidget(tabs)
    dialog.resize(1100, 760)
    return dialog


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _drain(app: QApplication) -> None:
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def measure_records(app: QApplication, ctx: ServiceContext, watch: Painted, count: int,
                    pages: int) -> list[Row]:
    window = MainWindow(ctx)
    ids = [uuid.UUID(r.citizen_key) for r in caseload.caseload(ctx)]
    chosen = ids[:: max(1, len(ids) // count)][:count]
    opened, opened_cpu, floor = [], [], []

    def one(citizen_id: uuid.UUID) -> float:
        started, cpu = time.perf_counter(), time.thread_time()
        record = window.open_citizen(citizen_id)
        watch.arm(record)
        watch.wait(app, record)
        elapsed = time.perf_counter() - started
        opened_cpu.append(time.thread_time() - cpu)
        record.close()
        _drain(app)
        return elapsed

    def one_page() -> None:
        page = CaseloadPage(ctx)
        page.show()
        watch.arm(page)
        watch.wait(app, page)
        page.close()
        page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        page.deleteLater()
        _drain(app)

    one(chosen[-1])  # warm: the first record loads code and fonts
    opened_cpu.clear()
    one_page()
    gc.collect()
    before = _rss_mb()
    for citizen_id in chosen:
        opened.append(one(citizen_id))
        started = time.perf_counter()
        bare = _bare_record()
        bare.show()
        watch.arm(bare)
        watch.wait(app, bare)
        floor.append(time.perf_counter() - started)
        bare.close()
        bare.deleteLater()
        _drain(app)
    for _ in range(pages):
        one_page()
    gc.collect()
    growth = _rss_mb() - before
    window.close()
    window.deleteLater()
    _drain(app)
    return [
        Row("open a citizen's record, painted", "ms", opened, floor,
            "a bare dialog of six tabs (forms and tables) shown and painted",
            "p95 <= 100 ms", at_most(0.100, "p95"), note=f"{len(opened)} records"),
        Row("open a citizen's record, painted, GUI thread CPU", "ms", opened_cpu,
            note="the same interval in the GUI thread's CPU time"),
        Row(f"memory growth over {len(opened)} records and {pages} caseload pages", "MB",
            [growth], goal="< 20 MB", goal_met=at_most(20.0),
            note="resident set after, less before (both after gc)"),
    ]
