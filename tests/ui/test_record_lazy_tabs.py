"""The record builds only the tab it shows (issue 22): the others are built and loaded with the
record the first time they are shown, a change reloads the tabs built so far, and Ctrl+N
opens the new contact on the Kontakter tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.domain.enums import ContactChannel, ContactKind
from app.services import course
from app.ui.record.conflicts_tab import ConflictsTab
from app.ui.record.contacts_tab import ContactsTab
from app.ui.record.course_tab import CourseTab
from app.ui.record.match_tab import MatchTab
from app.ui.record.tab import RecordTab
from app.ui.record.window import CitizenRecordWindow

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _built(window: CitizenRecordWindow) -> set[type]:
    return {type(tab) for tab in window.findChildren(RecordTab)}


def _contact(ctx, citizen, note: str) -> None:
    course.log_contact(ctx, citizen, occurred_at=NOW, kind=ContactKind.SAMTALE,
                       channel=ContactChannel.PERSONLIGT, note=note)


def test_only_the_shown_tab_is_built_and_the_others_load_on_first_show(qtbot, office) -> None:
    ctx = office.admin
    citizen = course.new_citizen(ctx, first_name="Sara", last_name="Ali", cpr="0101901234")
    _contact(ctx, citizen, "Første samtale")
    window = CitizenRecordWindow(ctx, citizen)
    qtbot.addWidget(window)
    window.show()
    assert _built(window) == {CourseTab, ConflictsTab}
    assert window.current_tab().record.name == "Sara Ali"

    titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    window.tabs.setCurrentIndex(titles.index("Kontakter"))  # as a click on the tab does
    assert _built(window) == {CourseTab, ContactsTab, ConflictsTab}
    contacts = window.current_tab()
    assert isinstance(contacts, ContactsTab) and contacts.isVisible()
    assert [c.note for c in contacts.contact_model._rows] == ["Første samtale"]

    # a change reloads the tabs built so far; a tab built later loads the newest record
    _contact(ctx, citizen, "Anden samtale")
    window.reload()
    assert sorted(c.note for c in contacts.contact_model._rows) == ["Anden samtale",
                                                                  "Første samtale"]
    assert len(window.course_tab.record.contacts) == 2
    assert MatchTab not in _built(window)
    window.select(MatchTab)
    assert window.match_tab.record.contacts == window.record.contacts
    assert window.tabs.tabText(window.tabs.currentIndex()).replace("&", "") == \
        "Jobmatch og aftaler"


def test_ctrl_n_opens_a_new_contact_on_the_contacts_tab(qtbot, office) -> None:
    ctx = office.admin
    citizen = course.new_citizen(ctx, first_name="Bo", last_name="Berg", cpr="0202801234")
    window = CitizenRecordWindow(ctx, citizen)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    tab = window.current_tab()
    assert isinstance(tab, ContactsTab)
    assert tab.form is not None and tab.form.isVisible()
    tab.form.reject()
