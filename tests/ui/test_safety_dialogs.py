"""Administration screens for backups and deletion, driven through real widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.domain.enums import CompletionReason, VisitationGroup
from app.services import auth, backups, citizens, course
from app.ui.safety_dialogs import BackupDialog, DeletionDialog
from tests.conftest import ADMIN_PASSWORD, FixedClock


def test_backup_dialog_takes_and_lists(qtbot, office) -> None:
    dialog = BackupDialog(office.admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 0
    qtbot.mouseClick(dialog.findChild(QPushButton, "takeBackup"), Qt.MouseButton.LeftButton)
    assert not dialog.isEnabled()  # busy while the copy is taken off the GUI thread
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert dialog.isEnabled()
    assert "Taget" in dialog.status.text()
    restore = dialog.restore()
    assert restore is None and "Vælg" in dialog.error.text()
    dialog.view.selectRow(0)
    with qtbot.waitSignal(dialog.restore().finished, timeout=10_000):
        pass
    form = dialog.form
    assert "0 borgere" in form.findChild(QLabel).text()
    form.reject()


def test_restore_runs_as_an_operation_and_reports_the_store_replaced(qtbot, office) -> None:
    backups.take_backup(office.admin)
    citizens.create(office.admin, first_name="Efter", last_name="Kopien")
    dialog = BackupDialog(office.admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.view.selectRow(0)
    with qtbot.waitSignal(dialog.restore().finished, timeout=10_000):
        pass
    with qtbot.waitSignal(dialog.restored, timeout=20_000):
        qtbot.mouseClick(dialog.form.ok_button, Qt.MouseButton.LeftButton)
    again = auth.login(office.paths, "admin", ADMIN_PASSWORD, start_day=False)
    office.contexts.append(again)
    assert citizens.search(again, "Efter") == []  # the store is the copy from before


def test_deletion_dialog_lists_what_is_due_and_refuses_before_the_receipt(qtbot,
                                                                        office) -> None:
    ctx = office.admin
    ctx.clock = FixedClock(dt.datetime(2019, 5, 6, 9, 0, tzinfo=dt.UTC))
    citizen = course.new_citizen(ctx, first_name="Gammel", last_name="Sag", cpr="0101701234")
    course_id = course.get_record(ctx, citizen).course_id
    course.visit(ctx, course_id, VisitationGroup.INDSATS)
    course.complete(ctx, course_id, reason=CompletionReason.EDUCATION,
                    aftercare_consent=False)
    ctx.clock = FixedClock(dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC))
    dialog = DeletionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "5 år" not in dialog.rules.text() and "1825 dage" in dialog.rules.text()
    assert dialog.model.rowCount() == 1
    assert dialog.model.row_at(0).name == "Gammel Sag"
    dialog.view.selectRow(0)
    form = dialog.delete_chosen()
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "kvitteret" in dialog.error.text(), timeout=10_000)
    assert dialog.isEnabled()
    assert dialog.model.rowCount() == 1
