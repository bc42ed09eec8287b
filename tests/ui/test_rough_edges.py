"""Issue 17, the rough edges a new user hit on day one (points 7-16)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.services import course
from app.ui.main_window import MainWindow
from tests.conftest import FAST


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx, kdf=FAST)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def _citizen(ctx, first: str, last: str, cpr: str):
    return course.new_citizen(ctx, first_name=first, last_name=last, cpr=cpr, phone="",
                              language="dansk", interpreter_needed=False, benefit_type=None,
                              caseworker_id=ctx.user.id, jobformidler_id=None)


def test_enter_in_the_caseload_search_opens_the_single_match_through_the_window(
        qtbot, office) -> None:
    """Point 7: the key goes through the window (shortcut map included), as on a desktop."""
    _citizen(office.admin, "Amal", "Hassan", "0101901234")
    _citizen(office.admin, "Bo", "Jensen", "0202851235")
    window = _window(qtbot, office.admin)
    page = window.current_page()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    QTest.keyClicks(QApplication.focusWidget(), "amal")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.record_windows) == 1, timeout=2000)
    assert window.record_windows[0].windowTitle().startswith("Amal Hassan")
    window.close()
