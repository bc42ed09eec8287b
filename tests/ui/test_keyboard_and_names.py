"""Every control reachable by keyboard has an accessible name (issue 17 point 16): the main
window's focus chain on each page and the record window's on each tab."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget

from app.db import models as m
from app.domain.roles import Role
from app.services import course, recent
from app.ui.main_window import MainWindow
from app.ui.recent_dialog import RecentCitizensDialog
from tests.conftest import FAST


def focus_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab reaches in the window, in order: visible, enabled, taking Tab focus."""
    reached, widget = [], window.nextInFocusChain()
    while widget is not window and len(reached) < 2000:
        if widget.window() is window and widget.isVisible() and widget.isEnabled() \
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            reached.append(widget)
        widget = widget.nextInFocusChain()
    return reached


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says: the widget's own, or, for the part of a control that
    takes its focus (an editable combo's or a date field's line edit, a view's viewport, Qt's
    own parts named qt_…), the control's."""
    parent = widget.parentWidget()
    inner = parent is not None and (
        parent.focusProxy() is widget or widget.objectName().startswith("qt_")  # Qt's part
        or (isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget))
    return widget.accessibleName().strip() or (parent.accessibleName().strip() if inner else "")


def unnamed(window: QWidget) -> list[str]:
    return [f"{w.metaObject().className()} {w.objectName()!r} in "
            f"{w.parentWidget().metaObject().className()} {w.parentWidget().objectName()!r}"
            for w in focus_chain(window) if not accessible_name(w)]


def test_every_control_on_every_page_and_tab_has_an_accessible_name(qtbot, office) -> None:
    ctx = office.admin
    citizen = course.new_citizen(ctx, first_name="Amal", last_name="Hassan", cpr="0101901234",
                                 caseworker_id=ctx.user.id, jobformidler_id=ctx.user.id)
    window = MainWindow(ctx, kdf=FAST)
    qtbot.addWidget(window)
    window.show()
    missing: list[str] = []
    reached = 0
    for row, title in enumerate(window.page_titles()):
        window.nav.setCurrentRow(row)
        qtbot.wait(20)
        reached += len(focus_chain(window))
        missing += [f"{title}: {m}" for m in unnamed(window)]
    record = window.open_citizen(citizen)
    qtbot.waitExposed(record)
    for index in range(record.tabs.count()):
        record.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        reached += len(focus_chain(record))
        missing += [f"record {record.tabs.tabText(index)}: {m}" for m in unnamed(record)]
    assert reached > 50
    assert missing == [], "\n".join(missing)


def _keys(*keys: str) -> str:
    """The keys as the dialog writes them: in the UI's language (Danish: Retur, Skift)."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(QKeySequence(key).toString(native) for key in keys)


def _rows(dialog) -> list:
    return [dialog.model.row_at(i) for i in range(dialog.model.rowCount())]


def _citizens(ctx, count: int) -> list:
    return [course.new_citizen(ctx, first_name=f"Borger{i}", last_name="Hansen",
                               cpr=f"0101{60 + i:02d}{1234 + i}", caseworker_id=ctx.user.id,
                               jobformidler_id=None) for i in range(count)]


def test_seneste_borgere_lists_the_last_ten_opened_and_enter_opens_one(qtbot, office) -> None:
    ctx = office.admin
    people = _citizens(ctx, 12)
    window = MainWindow(ctx, kdf=FAST)
    qtbot.addWidget(window)
    window.show()
    for citizen in [*people, people[3]]:  # people[3] opened again: first in the list
        window.open_citizen(citizen).close()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert [r.citizen_id for r in recent.recent_citizens(ctx)] == \
        [people[3], *reversed(people[4:]), people[2]]
    with ctx.transaction() as session:  # kept in the workstation's local settings
        assert session.get(m.LocalSetting, f"recent_citizens:{ctx.user.id}") is not None
    colleague = office.add_staff("line", {Role.JOBKONSULENT})  # per user
    assert recent.recent_citizens(colleague) == []

    window.findChild(QAction, "recentAction").trigger()
    dialog = window.findChild(RecentCitizensDialog)
    assert dialog.list.count() == 10
    assert dialog.list.item(0).text().startswith("Borger3 Hansen")
    dialog.list.setCurrentRow(1)
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    opened = [w for w in window.record_windows if w.isVisible()]
    assert [w.citizen_id for w in opened] == [people[11]]


def test_genveje_lists_the_shortcuts_the_windows_really_have(qtbot, office) -> None:
    ctx = office.admin
    [citizen] = _citizens(ctx, 1)
    window = MainWindow(ctx, kdf=FAST)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(window.page_titles().index("Sagsstamme"))  # after I dag
    dialog = window.open_shortcuts()
    rows = {(r.keys, r.what) for r in _rows(dialog)}
    assert ("Ctrl+E", "Seneste borgere") in rows
    assert ("Ctrl+L", "Lås skærmen") in rows
    assert ("Ctrl+F", "Søg i sagsstammen") in rows
    assert (_keys("Return", "Enter"), "Åbn den valgte borger (i listen eller søgningen)") in rows
    assert "Journalens genveje" in dialog.findChild(QLabel, "shortcutsHint").text()
    dialog.close()
    record = window.open_citizen(citizen)
    dialog = window.open_shortcuts()
    record_rows = {(r.keys, r.what) for r in _rows(dialog) if r.where == record.windowTitle()}
    assert record_rows == {(_keys("Ctrl+N"), "Ny kontakt"), (_keys("Esc"), "Luk journalen")}
    # every shortcut the windows hold says what it does, so none is listed by its object name
    for shown in (window, record):
        for shortcut in shown.findChildren(QShortcut):
            assert shortcut.whatsThis(), shortcut.key().toString()
    # a new shortcut appears without anyone updating a list
    QShortcut(QKeySequence("Ctrl+Shift+K"), record).setWhatsThis("Prøvegenvej")
    dialog = window.open_shortcuts()
    assert (_keys("Ctrl+Shift+K"), "Prøvegenvej") in {(r.keys, r.what) for r in _rows(dialog)}
