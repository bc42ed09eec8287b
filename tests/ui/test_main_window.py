"""The main window: navigation by role, finding a citizen, idle lock, user switching, staff."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from app.domain.roles import Role
from app.services import citizens, staff
from app.ui.admin_dialogs import StaffDialog
from app.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD, FAST, STAFF_PASSWORD


def _window(qtbot, ctx, **kwargs) -> MainWindow:
    window = MainWindow(ctx, kdf=FAST, **kwargs)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def test_counter_role_sees_only_the_counter_pages(qtbot, office) -> None:
    counter = office.add_staff("sofie", {Role.SKRANKE}, "Sofie Lund")
    window = _window(qtbot, counter)
    assert window.page_titles() == ["Sagsstamme", "Åben rådgivning"]
    assert not window.admin_menu.menuAction().isVisible()
    assert window.user_label.text() == "Sofie Lund (Skranke)"
    window.close()


def test_counter_finds_a_citizen_as_you_type(qtbot, office) -> None:
    citizens.create(office.admin, first_name="Amal", last_name="Hassan", cpr="0101901234",
                    phone="20 30 40 50")
    citizens.create(office.admin, first_name="Bo", last_name="Hansen")
    counter = office.add_staff("sofie", {Role.SKRANKE}, "Sofie Lund")
    window = _window(qtbot, counter)
    page = window.current_page()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "has")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    index = page.proxy.index(0, 1)
    assert page.proxy.data(index) == "010190-****"
    page.search.clear()
    qtbot.keyClicks(page.search, "010190")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.proxy.data(page.proxy.index(0, 0)) == "Amal Hassan"
    assert "1 borger(e) fundet" in page.status.text()
    window.close()


def test_idle_lock_hides_the_work_and_asks_for_the_password(qtbot, office) -> None:
    window = _window(qtbot, office.admin)
    window.idle.timer.setInterval(30)
    window.idle.timer.start()
    qtbot.waitUntil(lambda: window.locked, timeout=2000)
    assert window.current_page() is window.locked_page
    assert not window.nav.isEnabled()
    dialog = window.unlock_dialog
    assert dialog.isVisible()
    assert dialog.username.text() == "admin"
    qtbot.keyClicks(dialog.password, "forkert-kode")
    with qtbot.waitSignal(dialog.try_unlock().failed, timeout=5000):
        pass  # the password is checked off the GUI thread
    assert window.locked
    assert "Forkert" in dialog.error.text()
    window.throttle.clock = lambda: time.time() + 60  # the delay has passed
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.try_unlock().finished, timeout=5000):
        pass
    assert not window.locked
    assert window.nav.isEnabled()
    assert window.current_page() is not window.locked_page
    window.close()


def test_another_user_takes_over_a_locked_screen(qtbot, office) -> None:
    office.add_staff("sofie", {Role.SKRANKE}, "Sofie Lund")
    window = _window(qtbot, office.admin)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    dialog = window.unlock_dialog
    dialog.username.setText("sofie")
    qtbot.keyClicks(dialog.password, STAFF_PASSWORD)
    with qtbot.waitSignal(dialog.try_unlock().finished, timeout=5000):
        pass
    assert not window.locked
    assert window.ctx.user.username == "sofie"
    assert window.page_titles() == ["Sagsstamme", "Åben rådgivning"]
    window.close()


def test_administrator_adds_a_staff_member(qtbot, office) -> None:
    dialog = StaffDialog(office.admin, kdf=FAST)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1
    qtbot.keyClicks(dialog.full_name, "Jonas Brandt")
    qtbot.keyClicks(dialog.username, "jonas")
    qtbot.keyClicks(dialog.password, "kort")
    dialog.role_boxes[Role.JOBFORMIDLER].setChecked(True)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.new_box.isEnabled()  # busy while the keys are wrapped off the GUI thread
    qtbot.waitUntil(lambda: "mindst 10 tegn" in dialog.error.text(), timeout=5000)
    assert dialog.new_box.isEnabled()
    assert dialog.model.rowCount() == 1
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "jonas-kode-1")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)
    assert dialog.new_box.isEnabled()
    assert not dialog.error.isVisible()
    assert [a.username for a in staff.list_accounts(office.admin)] == ["admin", "jonas"]
