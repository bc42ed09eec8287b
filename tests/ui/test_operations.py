"""Long work off the GUI thread (ui/common.Operation) and errors that leave a trace
(ui/crash.py, app/logs.py), driven through real widgets and a real store."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from app import logs
from app.db.backup import list_backups
from app.domain.errors import ValidationError
from app.paths import DataPaths
from app.services import backups, course
from app.ui import crash
from app.ui.application import open_main_window
from app.ui.caseload_page import CaseloadPage
from app.ui.common import Operation
from app.ui.counter_page import CounterPage
from app.ui.login_dialog import LoginDialog
from tests.conftest import ADMIN_PASSWORD

CPR = "0101901234"


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


@pytest.fixture
def log_file(data_paths: DataPaths) -> Iterator[Path]:
    path = logs.setup(data_paths)
    yield path
    logs.shutdown()


@pytest.fixture
def close_crash_dialogs() -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "crashDialog" and widget.isVisible():
            widget.reject()


def _crash_dialog() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "crashDialog" and widget.isVisible():
            return widget
    return None


def test_login_returns_to_a_usable_window_before_a_slow_daily_backup_ends(
        qtbot, office, monkeypatch) -> None:
    course.new_citizen(office.admin, first_name="Amal", last_name="Hassan", cpr=CPR)
    office.admin.store.close()
    assert list_backups(office.paths.backups) == []
    started, release = threading.Event(), threading.Event()
    real_backup = backups.online_backup

    def slow_backup(*args, **kwargs):  # the day's first backup of a big office: slow
        started.set()
        assert release.wait(30)
        return real_backup(*args, **kwargs)

    monkeypatch.setattr(backups, "online_backup", slow_backup)
    dialog = LoginDialog(office.paths)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.username, "admin")
    _type(qtbot, dialog.password, ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    office.contexts.append(dialog.ctx)
    assert not started.is_set()  # the login did not take the backup
    window = open_main_window(dialog.ctx)
    qtbot.addWidget(window)
    operation = window.day_operation
    try:
        assert operation is not None
        qtbot.waitUntil(started.is_set, timeout=5000)
        assert window.isVisible() and window.isEnabled()
        assert window.statusBar().currentMessage() == "Tager dagens sikkerhedskopi …"
        # the window takes input and reads the store while the backup runs
        window.nav.setCurrentRow(window.page_titles().index("Sagsstamme"))  # after I dag
        caseload = window.current_page()
        assert isinstance(caseload, CaseloadPage)
        qtbot.waitUntil(lambda: caseload.model.rowCount() == 1, timeout=5000)
        _type(qtbot, caseload.search, "zzz")
        qtbot.waitUntil(lambda: caseload.model.rowCount() == 0, timeout=5000)
        window.nav.setFocus()
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)  # Kalender
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
        assert isinstance(window.current_page(), CounterPage)
        assert operation.is_running()
        assert list_backups(office.paths.backups) == []
    finally:
        release.set()
    qtbot.waitUntil(lambda: not operation.is_running(), timeout=20_000)
    assert window.statusBar().currentMessage() == "Dagens sikkerhedskopi er taget."
    assert [b.label for b in list_backups(office.paths.backups)] == ["daily"]
    assert window.start_day() is None  # today's backup exists: nothing more to do
    window.close()


def test_an_error_in_an_operation_shows_the_dialog_and_lands_in_the_log(
        qtbot, log_file, close_crash_dialogs) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()

    def job(_progress):
        raise RuntimeError(f"kunne ikke læse borger {CPR} eller 010190-1234")

    operation = Operation(job, owner, busy=owner, show_errors=True)
    with qtbot.waitSignal(operation.failed, timeout=5000) as failed:
        operation.start()
    assert isinstance(failed.args[0], RuntimeError)
    assert owner.isEnabled()
    dialog = _crash_dialog()
    assert dialog is not None
    assert "RuntimeError" in dialog.message.text()
    assert str(log_file) in dialog.where.text()
    text = log_file.read_text("utf-8")
    assert "unexpected error: RuntimeError" in text
    assert "Traceback" in text and "in job" in text
    assert CPR not in text and "010190-1234" not in text
    assert f"kunne ikke læse borger {logs.CPR_MASK} eller {logs.CPR_MASK}" in text
    if os.name == "posix":
        assert log_file.stat().st_mode & 0o777 == 0o600


def test_a_core_error_in_an_operation_is_a_message_not_a_crash(
        qtbot, log_file, close_crash_dialogs) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()

    def job(_progress):
        raise ValidationError("Mappen findes ikke.")

    operation = Operation(job, owner, show_errors=True)
    with qtbot.waitSignal(operation.failed, timeout=5000):
        operation.start()
    box = owner.findChild(QWidget, "errorMessage")
    assert box is not None and box.isVisible() and box.text() == "Mappen findes ikke."
    box.close()
    assert _crash_dialog() is None
    assert "unexpected error" not in log_file.read_text("utf-8")


def test_an_uncaught_error_in_a_thread_or_a_slot_leaves_a_trace(
        qtbot, log_file, close_crash_dialogs) -> None:
    hook = crash.install()
    try:
        def work() -> None:
            raise KeyError(f"cpr {CPR}")

        thread = threading.Thread(target=work, name="worker")
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: _crash_dialog() is not None, timeout=5000)
        try:
            raise ZeroDivisionError("in a slot")
        except ZeroDivisionError as exc:
            hook.excepthook(type(exc), exc, exc.__traceback__)
        dialog = _crash_dialog()
        assert dialog.count == 2  # one dialog, counting
        assert "ZeroDivisionError" in dialog.message.text()
    finally:
        hook.uninstall()
    text = log_file.read_text("utf-8")
    assert "unexpected error: KeyError" in text and "[worker]" in text
    assert "unexpected error: ZeroDivisionError" in text
    assert CPR not in text


def test_a_long_job_shows_progress_and_can_be_cancelled(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    reached = threading.Event()

    def job(progress):
        for done in range(10_000):
            progress(done, 10_000)
            if done == 5:
                reached.set()
            time.sleep(0.005)
        return "done"

    operation = Operation(job, owner, label="Arbejder …", cancellable=True)
    dialog = operation.dialog
    assert isinstance(dialog, QProgressDialog)
    operation.start()
    try:
        qtbot.waitUntil(reached.is_set, timeout=5000)
        qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() >= 5, timeout=5000)
        cancel = dialog.findChild(QPushButton)
        assert cancel.text() == "&Annullér"
        with qtbot.waitSignal(operation.cancelled, timeout=5000):
            qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    finally:
        operation.cancel()
        operation.wait()
    assert not operation.is_running()
    assert operation.dialog is None
