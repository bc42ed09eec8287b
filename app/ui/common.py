"""Small shared pieces of the UI: error display, form labels, worker threads."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.domain.errors import FremskudtError
from app.ui.i18n import core_text

ERROR_STYLE = "color: #a00000; font-weight: 600;"


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_label_error(label: QLabel, message: str) -> None:
    """Show an error under a form; a core error's Danish message in the UI's language."""
    label.setText(core_text(message))
    label.setVisible(bool(message))


def show_error(parent: QWidget | None, error: Exception) -> None:
    """Show a core error's Danish message; anything else as an unexpected error."""
    if isinstance(error, FremskudtError):
        QMessageBox.warning(parent, "Fremskudt", core_text(error.message))
    else:
        QMessageBox.critical(parent, "Fremskudt", QCoreApplication.translate(
            "Common", "Der opstod en uventet fejl. Intet er gemt.") + f"\n\n{error}")


def name_widget(widget: QWidget, name: str, accessible: str | None = None) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible or name)
    return widget


class _Worker(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    def __init__(self, job: Callable[[Callable[[int, int], None]], object]) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        try:
            result = self._job(self.progress.emit)
        except Exception as exc:  # reported to the GUI thread, which shows it
            self.failed.emit(exc)
        else:
            self.finished.emit(result)


class Operation(QObject):
    """Long work off the GUI thread with progress and a result signal (Anki's CollectionOp)."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)

    def __init__(self, job: Callable[[Callable[[int, int], None]], object],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._worker = _Worker(job)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.finished.connect(self._done)
        self._worker.failed.connect(self._fail)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        self._thread.wait()

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()

    def _done(self, result: object) -> None:
        self._stop()
        self.finished.emit(result)

    def _fail(self, error: object) -> None:
        self._stop()
        self.failed.emit(error)


def num(value: object) -> str:
    """A Danish number: comma decimals, no trailing zeros (12,5; 30; 4,19)."""
    if value is None:
        return ""
    text = f"{float(value):.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")
