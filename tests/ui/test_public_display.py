"""The public display with the workstations' letters (issue 23): four numbers like "A-12" fit
on one line, large, in a window of a 1366×768 screen at 100 % and at 150 % (911×485 logical
pixels with a taskbar), and on a big screen the numbers grow. F11 toggles full screen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from app.domain.enums import DropInReason
from app.services import dropins
from app.ui.public_display import PublicDisplay
from tests.conftest import FixedClock

START = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def display(office, qtbot):
    ctx = office.admin
    ctx.clock = FixedClock(START)
    tickets = [dropins.register(ctx, visitor_label=f"V{i}", reasons=[DropInReason.BREV])
               for i in range(15)]
    for ticket in tickets[11:]:  # A-12 .. A-15: the widest numbers of a busy morning
        ctx.clock.advance(minutes=1)
        dropins.call(ctx, ticket.visit_id)
    window = PublicDisplay(ctx)
    qtbot.addWidget(window)
    window.show()
    window.load()
    return window


def _shown(window: PublicDisplay, qtbot, width: int, height: int) -> int:
    """The numbers' pixel size once the window is width×height; checks they fit."""
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    label = window.called
    metrics = QFontMetrics(label.font())
    assert metrics.horizontalAdvance(label.text()) <= label.contentsRect().width()
    qtbot.waitUntil(lambda: metrics.height() <= label.contentsRect().height())  # laid out
    hint = window.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height  # the text never widens it
    return label.font().pixelSize()


def test_four_lettered_numbers_fit_and_stay_large(display, qtbot) -> None:
    assert display.called.text().split() == ["A-15", "A-14", "A-13", "A-12"]  # newest first
    assert display.waiting.text() == "11 venter"
    laptop = _shown(display, qtbot, 1366, 700)
    scaled = _shown(display, qtbot, 905, 460)  # 150 %: 911×485 logical, less the frame
    big = _shown(display, qtbot, 1900, 1000)
    assert scaled >= 60 and laptop >= 90  # read across a waiting room
    assert scaled < laptop < big


def test_fewer_numbers_are_no_larger_than_four(office, qtbot) -> None:
    ctx = office.admin
    ctx.clock = FixedClock(START)
    ticket = dropins.register(ctx, visitor_label="Ali", reasons=[DropInReason.BREV])
    window = PublicDisplay(ctx)
    qtbot.addWidget(window)
    window.show()
    window.load()
    empty = _shown(window, qtbot, 1366, 700)
    dropins.call(ctx, ticket.visit_id)
    window.load()
    assert window.called.text() == ticket.label == "A-1"
    assert _shown(window, qtbot, 1366, 700) == empty  # no jump as the morning goes on


def test_f11_toggles_full_screen(display, qtbot) -> None:
    qtbot.keyClick(display, Qt.Key.Key_F11)
    qtbot.waitUntil(display.isFullScreen)
    qtbot.keyClick(display, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not display.isFullScreen())


def test_the_queue_is_read_at_once_when_a_batch_arrives(office, qtbot) -> None:
    """The status bar's SyncStatus hears the live sync apply a batch (a registration at the
    counter PC): the counter page in the same window reads its queue at once, not at its
    next 5-second tick."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from app.ui.counter_page import REFRESH_MS, CounterPage
    from app.ui.sync_status import SyncStatus

    ctx = office.admin
    window = QWidget()
    qtbot.addWidget(window)
    status = SyncStatus(ctx, window)
    page = CounterPage(ctx)
    QVBoxLayout(window).addWidget(page)
    window.show()
    qtbot.waitExposed(window)
    assert page.model.rowCount() == 0
    dropins.register(ctx, visitor_label="Hodan", reasons=[DropInReason.BREV])  # "arrived"
    status.changed.emit()  # as the live service does from its thread
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=REFRESH_MS // 5)
