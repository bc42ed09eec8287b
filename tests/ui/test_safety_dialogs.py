"""Administration screens for backups and deletion, driven through real widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.domain.enums import CompletionReason, VisitationGroup
from app.services import course
from app.ui.safety_dialogs import BackupDialog, DeletionDialog
from tests.conftest import FixedClock


def test_backup_dialog_takes_and_lists(qtbot, office) -> None:
    dialog = BackupDialog(office.admin)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 0
    qtbot.mouseClick(dialog.findChild(QPushButton, "takeBackup"), Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1
    assert "Taget" in dialog.status.text()
    restore = dialog.restore()
    assert restore is None and "Vælg" in dialog.error.text()
    dialog.view.selectRow(0)
    form = dialog.restore()
    assert "0 borgere" in form.findChild(QLabel).text()
    form.reject()


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
    assert "kvitteret" in form.error.text()
    form.reject()
    assert dialog.model.rowCount() == 1
