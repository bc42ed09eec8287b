"""Unexpected errors leave a trace (qutebrowser's misc/crashsignal.py, Anki's qt/aqt/errors.py).

An error the core did not raise on purpose (anything but a FremskudtError) is written with
its traceback to the program's log (app/logs.py: the data folder, ids only, CPR numbers
masked) and shown in a dialog that says what happened and where the log is. The windowed
build has no console, so without this an error would vanish. `install()` routes
`sys.excepthook` (the GUI thread, Qt slots) and `threading.excepthook` (worker threads) here;
Operation failures come through `report()` (app/ui/common.py).
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import types
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app import logs

log = logging.getLogger("app.crash")
_LOGGED = "_fremskudt_logged"
_dialogs: list[CrashDialog] = []


def log_unexpected(error: BaseException) -> None:
    """Write the error and its traceback to the log, once per error."""
    if getattr(error, _LOGGED, False):
        return
    log.error("unexpected error: %s", type(error).__name__,
              exc_info=(type(error), error, error.__traceback__))
    with contextlib.suppress(AttributeError):  # a type with __slots__ may be logged twice
        setattr(error, _LOGGED, True)


class CrashDialog(QDialog):
    """What happened, that the work may not be saved, and where the log is."""

    def __init__(self, error: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Fremskudt – uventet fejl"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.count = 1
        self.log_path = logs.current_log_file()
        self.message = QLabel()
        self.message.setObjectName("crashMessage")
        self.message.setAccessibleName(self.tr("Fejlbesked"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = QLabel()
        self.where.setObjectName("crashLogPath")
        self.where.setAccessibleName(self.tr("Logfil"))
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        buttons.rejected.connect(self.reject)
        if self.log_path is not None:
            folder = buttons.addButton(self.tr("Åbn &mappen med logfilen"),
                                       QDialogButtonBox.ButtonRole.ActionRole)
            folder.setObjectName("openLogFolder")
            folder.clicked.connect(self.open_folder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.where)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.show_error(error)

    def show_error(self, error: BaseException) -> None:
        text = self.tr("Der opstod en uventet fejl ({kind}). Det, du var i gang med, er "
                       "måske ikke gemt. Kontrollér det, og prøv igen.").format(
            kind=type(error).__name__)
        if self.count > 1:
            text += " " + self.tr("(%n fejl i alt)", "", self.count)
        self.message.setText(text)
        if self.log_path is None:
            self.where.setText(self.tr("Fejlen kunne ikke skrives i en logfil."))
        else:
            self.where.setText(self.tr(
                "Fejlen er skrevet i logfilen {path}. Send den til kontorets IT-ansvarlige; "
                "den indeholder ingen navne eller CPR-numre.").format(path=self.log_path))

    def another(self, error: BaseException) -> None:
        self.count += 1
        self.show_error(error)

    def open_folder(self) -> None:
        if self.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))

    def done(self, result: int) -> None:
        if self in _dialogs:
            _dialogs.remove(self)
        super().done(result)


def report(error: BaseException, parent: QWidget | None = None) -> CrashDialog:
    """Log an unexpected error and show it; a second error while the dialog is open is
    added to it rather than stacking dialogs."""
    log_unexpected(error)
    if _dialogs:
        _dialogs[0].another(error)
        return _dialogs[0]
    dialog = CrashDialog(error, parent or QApplication.activeWindow())
    _dialogs.append(dialog)
    dialog.open()
    return dialog


class _Bridge(QObject):
    """Carries an error from any thread to the GUI thread, where the dialog is shown."""

    unexpected = Signal(object)


class ExceptionHook:
    """The installed hooks; `uninstall()` puts the previous ones back."""

    def __init__(self) -> None:
        self._bridge = _Bridge()
        self._bridge.unexpected.connect(lambda error: report(error))
        self._previous_sys: Callable[..., object] = sys.excepthook
        self._previous_threading: Callable[..., object] = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def excepthook(self, kind: type[BaseException], error: BaseException,
                   tb: types.TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_sys(kind, error, tb)
            return
        if error.__traceback__ is None:
            error = error.with_traceback(tb)
        self._bridge.unexpected.emit(error)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            self._previous_threading(args)
            return
        log_unexpected(args.exc_value)  # now: the process may end before the GUI shows it
        self._bridge.unexpected.emit(args.exc_value)

    def uninstall(self) -> None:
        sys.excepthook = self._previous_sys
        threading.excepthook = self._previous_threading


def install() -> ExceptionHook:
    """Route uncaught errors of every thread to the log and the crash dialog. Call it from
    the GUI thread once the QApplication exists."""
    return ExceptionHook()
