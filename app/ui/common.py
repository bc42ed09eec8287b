"""Small shared pieces of the UI: error display, form labels, worker threads."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from app.domain.errors import FremskudtError
from app.ui import crash
from app.ui.i18n import core_text, decimal_sign, error_text

ERROR_STYLE = "color: #a00000; font-weight: 600;"
_open_boxes: set[QMessageBox] = set()


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_label_error(label: QLabel, message: str | FremskudtError) -> None:
    """Show an error under a form: a core error (or its `message`) translated by its template,
    or a text the UI already translated; "" hides the label."""
    text = error_text(message) if isinstance(message, FremskudtError) else core_text(message)
    label.setText(text)
    label.setVisible(bool(text))


def show_error(parent: QWidget | None, error: object) -> None:
    """Show a core error's message (without blocking); anything else is written to the log
    and shown as the crash dialog (app/ui/crash.py)."""
    if isinstance(error, FremskudtError):
        box = QMessageBox(QMessageBox.Icon.Warning, "Fremskudt", error_text(error),
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("errorMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _open_boxes.add(box)  # a box without a parent must outlive this call
        box.finished.connect(lambda _result, b=box: _open_boxes.discard(b))
        box.open()
    elif isinstance(error, BaseException):
        crash.report(error, parent)


def name_widget(widget: QWidget, name: str, accessible: str | None = None) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or name)
    return widget


class OperationCancelled(Exception):
    """Raised inside a job by its progress callback once the user has pressed cancel."""


class _Worker(QObject):
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progress = Signal(int, int)

    def __init__(self, job: Job, cancel: threading.Event) -> None:
        super().__init__()
        self._job = job
        self._cancel = cancel
        self.ended = threading.Event()

    def report(self, done: int, total: int) -> None:
        """The job's progress callback: also where a cancellable job notices a cancel."""
        if self._cancel.is_set():
            raise OperationCancelled
        self.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self._job(self.report)
        except OperationCancelled:
            self.cancelled.emit()
        except Exception as exc:  # reported to the GUI thread, which shows it
            self.failed.emit(exc)
        else:
            self.finished.emit(result)
        finally:
            self.ended.set()


Job = Callable[[Callable[[int, int], None]], object]


class Operation(QObject):
    """Long work off the GUI thread (Anki's CollectionOp/QueryOp): the one way to run anything
    that touches the store for more than a moment.

    `job(progress)` runs in a worker thread; `progress(done, total)` reports and, once the user
    has cancelled, raises OperationCancelled (a job may also poll `cancel_requested()`). The
    result arrives in `finished`, an error in `failed`, a cancel in `cancelled`, all in the GUI
    thread. Options: `busy` is disabled with a busy cursor while the job runs; `label` shows a
    progress dialog (with a cancel button when `cancellable`); `show_errors` shows a failure
    itself (a core error as a message, anything else as the crash dialog). An unexpected error
    (not a FremskudtError) is always written to the log (app/ui/crash.py)."""

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progress = Signal(int, int)

    def __init__(self, job: Job, parent: QObject | None = None, *,
                 busy: QWidget | None = None, label: str | None = None,
                 cancellable: bool = False, show_errors: bool = False) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._busy = busy
        self._show_errors = show_errors
        self._running = False
        self.dialog: QProgressDialog | None = None
        if label is not None:
            self.dialog = self._progress_dialog(label, cancellable)
        self._thread = QThread()
        self._worker = _Worker(job, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.progress.connect(self._show_progress)
        self._worker.finished.connect(self._done)
        self._worker.failed.connect(self._fail)
        self._worker.cancelled.connect(self._cancelled)

    def _progress_dialog(self, label: str, cancellable: bool) -> QProgressDialog:
        owner = self._busy or (self.parent() if isinstance(self.parent(), QWidget) else None)
        cancel_text = QCoreApplication.translate("Common", "&Annullér") if cancellable else ""
        dialog = QProgressDialog(label, cancel_text, 0, 0, owner)
        dialog.setObjectName("operationProgress")
        dialog.setAccessibleName(label)
        dialog.setWindowTitle("Fremskudt")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)  # a quick job never flashes a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel)
        return dialog

    def start(self) -> Operation:
        self._running = True
        if self._busy is not None:
            self._busy.setEnabled(False)
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        if self.dialog is not None:
            self.dialog.setValue(0)
        self._thread.start()
        return self

    def is_running(self) -> bool:
        return self._running

    def cancel(self) -> None:
        """Ask the job to stop; it stops at its next progress report (or poll)."""
        self._cancel.set()

    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def wait(self) -> None:
        """Block until the job has ended (its signals arrive with the next event loop)."""
        if self._thread.isRunning():
            self._worker.ended.wait()
            self._thread.quit()
            self._thread.wait()

    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and not self._cancel.is_set():
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self._running = False
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if self._busy is not None:
            QApplication.restoreOverrideCursor()
            if isValid(self._busy):
                self._busy.setEnabled(True)

    def _done(self, result: object) -> None:
        self._stop()
        self.finished.emit(result)

    def _fail(self, error: object) -> None:
        self._stop()
        if not isinstance(error, FremskudtError) and isinstance(error, BaseException):
            crash.log_unexpected(error)
        if self._show_errors:
            owner = self._busy or (self.parent() if isinstance(self.parent(), QWidget) else None)
            show_error(owner, error)
        self.failed.emit(error)

    def _cancelled(self) -> None:
        self._stop()
        self.cancelled.emit()


def run_for(owner: QWidget, job: Job, done: Callable[[object], None],
            failed: Callable[[object], None], *, busy: QWidget | None = None) -> Operation:
    """Run `job` as an Operation on behalf of `owner` (a page or dialog): `busy` is disabled
    meanwhile, the result goes to `done`, an error to `failed`. The operation belongs to the
    application, not to `owner`: closing a window while its work runs must not destroy a
    running thread; the result is dropped when `owner` is gone."""
    operation = Operation(job, QCoreApplication.instance(), busy=busy)

    def finished(result: object) -> None:
        operation.deleteLater()
        if isValid(owner):
            done(result)

    def refused(error: object) -> None:
        operation.deleteLater()
        if isValid(owner):
            failed(error)

    operation.finished.connect(finished)
    operation.failed.connect(refused)
    return operation.start()


def num(value: object) -> str:
    """A number with the UI language's decimal sign, no trailing zeros (Danish 12,5; 30;
    4,19; English 12.5)."""
    if value is None:
        return ""
    text = f"{float(value):.2f}".rstrip("0").rstrip(".")
    return text.replace(".", decimal_sign())
