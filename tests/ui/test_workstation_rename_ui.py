"""Omdøb on the workstations page: an administrator selects a member, types a new name; a
name another member has is refused in the dialog with the service's Danish message, a good
one shows in the list at once. Others do not see the button."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.roles import Role
from app.paths import DataPaths
from app.services import peers_folder, peers_join
from app.ui.workstation_dialogs import RenameDialog
from app.ui.workstations_page import WorkstationsPage


def _names(page: WorkstationsPage) -> list[str]:
    return [page.model.row_at(i).member.name for i in range(page.model.rowCount())]


def test_rename_a_workstation_on_the_page(qtbot, office, tmp_path) -> None:
    a = office.admin
    folder = tmp_path / "usb"
    folder.mkdir()
    code = peers_join.invite(a).code
    peers_join.request_join(DataPaths(tmp_path / "b"), folder, code, "Bærbar")
    peers_folder.sync_folder(a, folder, lambda *_a: True)
    page = WorkstationsPage(a)
    qtbot.addWidget(page)
    page.show()
    assert page.rename_button.isVisible()
    own = next(n for n in _names(page) if n != "Bærbar")

    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)  # nothing selected
    assert "Vælg den arbejdsstation" in page.error.text()
    row = _names(page).index("Bærbar")
    page.view.selectRow(page.view.model().mapFromSource(page.model.index(row, 0)).row())
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, RenameDialog) and dialog.isVisible()
    assert dialog.name.text() == "Bærbar" and dialog.name.maxLength() == 40

    dialog.name.setText(own)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "bruges allerede" in dialog.error.text() and dialog.isVisible()
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Hjemmebesøg 1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Hjemmebesøg 1" in _names(page))
    assert "Bærbar" not in _names(page)

    staff = office.add_staff("konsulent", {Role.JOBKONSULENT, Role.LEDER}, "Karl Konsulent")
    other = WorkstationsPage(staff)
    qtbot.addWidget(other)
    other.show()
    assert not other.rename_button.isVisible()
