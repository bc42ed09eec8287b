"""The counter through real widgets: a known and an unknown walk-in registered in at most six
keystroke groups or clicks each, called and ended at the desk, the unknown one made a citizen,
and the public display showing numbers only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.domain.enums import ContactKind, DropInOutcome, DropInReason
from app.domain.roles import Role
from app.services import course
from app.ui.counter_page import CounterPage
from app.ui.main_window import MainWindow
from tests.conftest import FAST, FixedClock
from tests.ui.helpers import fill as _fill
from tests.ui.helpers import press_ok as _ok

START = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


class Groups:
    """Counts what the clerk does: one typed word, one key or one click is one group."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def type(self, widget, text: str) -> None:
        widget.setFocus()
        self.qtbot.keyClicks(widget, text)
        self.count += 1

    def key(self, widget, key: Qt.Key) -> None:
        self.qtbot.keyClick(widget, key)
        self.count += 1

    def click(self, widget) -> None:
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.count += 1


def test_counter_registration_queue_and_desk(qtbot, office) -> None:
    desk = office.admin
    clock = FixedClock(START)
    desk.clock = clock
    known = course.new_citizen(desk, first_name="Amal", last_name="Hassan", cpr="0101901234",
                               phone="20 30 40 50")
    counter = office.add_staff("sofie", {Role.SKRANKE}, "Sofie Lund")
    counter.clock = clock
    page = CounterPage(counter)
    qtbot.addWidget(page)
    page.show()
    assert not page.buttons["endVisit"].isVisible()  # the counter does not end visits

    # a known citizen: type, Enter picks the match, one reason, register
    clerk = Groups(qtbot)
    clerk.type(page.find, "hassan")
    clerk.key(page.find, Qt.Key.Key_Return)
    assert "Amal Hassan" in page.chosen.text()
    clerk.click(page.reason_buttons[DropInReason.BREV])
    clerk.click(page.register_button)
    assert clerk.count <= 6
    assert page.ticket_label.text() == "Nr. A-1"
    ticket = page.show_ticket()
    qtbot.waitUntil(lambda: ticket.preview.page_count() == 1, timeout=3000)
    ticket.close()

    # an unknown visitor: first name, phone, two reasons, interpreter, register
    clock.advance(minutes=3)
    clerk = Groups(qtbot)
    clerk.type(page.label, "Yusuf")
    clerk.type(page.phone, "31415161")
    clerk.click(page.reason_buttons[DropInReason.AKUT])
    clerk.click(page.reason_buttons[DropInReason.YDELSE])
    clerk.click(page.interpreter)
    clerk.click(page.register_button)
    assert clerk.count <= 6
    assert page.ticket_label.text() == "Nr. A-2"
    assert page.model.rowCount() == 2

    # a registration without a reason is refused and adds nothing
    qtbot.keyClicks(page.label, "Hanne")
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    assert "mindst én grund" in page.error.text()
    assert page.model.rowCount() == 2
    page.label.clear()

    # the public display: numbers, never names
    display = page.open_display()
    qtbot.addWidget(display)
    assert display.called.text() == "–"
    assert display.waiting.text() == "2 venter"

    # the desk calls the next visitor (the one who waited longest) and ends both visits
    window = MainWindow(desk, kdf=FAST)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(window.page_titles().index("Åben rådgivning"))
    queue = window.drop_in_page
    clock.advance(minutes=9)
    qtbot.mouseClick(queue.buttons["callNext"], Qt.MouseButton.LeftButton)
    assert queue.selected().queue_number == 1
    display.load()
    assert display.called.text() == "A-1"
    assert "Amal" not in display.called.text() + display.waiting.text()
    qtbot.mouseClick(queue.buttons["startVisit"], Qt.MouseButton.LeftButton)
    clock.advance(minutes=12)
    form = queue.end_visit()
    form.set_value("outcome", DropInOutcome.RESOLVED)
    _fill(qtbot, form, note="Brev om boligstotte laest sammen")
    _ok(qtbot, form)
    assert queue.selected().state == "Færdig"
    queue.select_number("A-2")
    assert queue.selected().waiting_minutes(clock.now) == 21  # arrived 9.03, now 9.24
    qtbot.mouseClick(queue.buttons["callChosen"], Qt.MouseButton.LeftButton)
    form = queue.end_visit()
    form.set_value("outcome", DropInOutcome.TO_JOBFORMIDLER)
    _ok(qtbot, form)

    # the unknown visitor becomes a citizen; the visit is in the contact log
    queue.select_number("A-2")
    qtbot.mouseClick(queue.buttons["visitToCitizen"], Qt.MouseButton.LeftButton)
    dialog = window.new_citizen_dialog
    assert dialog.values()["first"] == "Yusuf"
    _fill(qtbot, dialog, cpr="0505851234", last="Ali")
    _ok(qtbot, dialog)
    record = window.record_windows[-1]
    qtbot.addWidget(record)
    assert [c.kind for c in record.record.contacts] == [ContactKind.AABEN_RAADGIVNING]
    assert "Akut behov" in record.record.contacts[0].note
    known_log = course.get_record(desk, known).contacts
    assert [c.kind for c in known_log] == [ContactKind.AABEN_RAADGIVNING]
    assert "Brev om boligstotte" in known_log[0].note
    display.close()
    window.close()


def test_figures_on_the_reports_page(qtbot, office) -> None:
    from app.services import dropins
    from app.ui.reports_page import ReportsPage

    desk = office.admin
    clock = FixedClock(START)
    desk.clock = clock
    for label, wait in (("A", 4), ("B", 10), ("C", 2)):
        ticket = dropins.register(desk, visitor_label=label, reasons=[DropInReason.BREV])
        clock.advance(minutes=wait)
        dropins.call(desk, ticket.visit_id)
        dropins.end(desk, ticket.visit_id, outcome=DropInOutcome.RESOLVED)
    page = ReportsPage(desk)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "<b>3</b> besøg" in page.stats.text(), timeout=5000)  # off-thread
    assert "median 4 min." in page.stats.text()
    assert page.chart.values == [3.0]
    assert page.reasons_model.row_at(0) == ("Brev eller Digital Post", 3)
    with qtbot.waitSignal(page.print_summary().finished, timeout=5000):
        pass
    qtbot.waitUntil(lambda: page.preview.preview.page_count() == 1, timeout=3000)


def test_a_visitor_who_is_already_known_is_linked_not_duplicated(qtbot, office) -> None:
    from app.services import dropins

    desk = office.admin
    existing = course.new_citizen(desk, first_name="Yusuf", last_name="Ali",
                                  cpr="0505851234", phone="31 41 51 61")
    ticket = dropins.register(desk, visitor_label="Yusuf", phone="31415161",
                              reasons=[DropInReason.BREV])
    dropins.call(desk, ticket.visit_id)
    dropins.end(desk, ticket.visit_id, outcome=DropInOutcome.RESOLVED, note="Brev læst")
    window = MainWindow(desk, kdf=FAST)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(window.page_titles().index("Åben rådgivning"))
    queue = window.drop_in_page
    queue.select_number("A-1")
    qtbot.mouseClick(queue.buttons["visitToCitizen"], Qt.MouseButton.LeftButton)
    dialog = window.new_citizen_dialog
    _fill(qtbot, dialog, last="Ali", cpr="0505851234")
    _ok(qtbot, dialog)
    assert "samme telefonnummer" in dialog.error.text()
    assert existing.hex in dialog.error.text()
    dialog.error.linkActivated.emit(existing.hex)  # the clerk clicks "Knyt besøget til …"
    record = window.record_windows[-1]
    qtbot.addWidget(record)
    assert record.citizen_id == existing
    assert [c.kind for c in record.record.contacts] == [ContactKind.AABEN_RAADGIVNING]
    assert queue.selected().known and queue.selected().name == "Yusuf Ali"
    window.close()


def test_merge_two_records_of_one_person(qtbot, office) -> None:
    from app.services import citizens, dropins
    from app.ui.record.window import CitizenRecordWindow

    desk = office.admin
    ticket = dropins.register(desk, visitor_label="Hanne", reasons=[DropInReason.ANDET])
    dropins.call(desk, ticket.visit_id)
    dropins.end(desk, ticket.visit_id, outcome=DropInOutcome.RESOLVED)
    loose = citizens.create(desk, first_name="Hanne", phone="20 30 40 50")
    dropins.link_visit(desk, ticket.visit_id, loose.id)
    real = course.new_citizen(desk, first_name="Hanne", last_name="Holm", cpr="0303701234")
    record = CitizenRecordWindow(desk, real)
    qtbot.addWidget(record)
    record.show()
    form = record.merge()
    assert "registreret fra et besøg" in form.widgets["other"].currentText()
    _ok(qtbot, form)
    assert [c.kind for c in record.record.contacts] == [ContactKind.AABEN_RAADGIVNING]
    assert record.record.phone == "20 30 40 50"
    assert citizens.search(desk, "hanne")[0].id == real
    assert len(citizens.search(desk, "hanne")) == 1


def test_the_queue_fits_a_laptop_half_with_hos_by_the_workstation_letter(qtbot, office) -> None:
    """Issue 23 as tried: "Hos" wrapped and scrolled sideways at 1366x768. Each visit is one
    line, the columns fit the table's width, Hos says "name · letter", and a name or Hos cut
    short shows whole in its tooltip."""
    from app.db import models as m
    from app.services import dropins

    ctx = office.admin
    with ctx.transaction() as session:
        station = session.get(m.Workstation, ctx.store.device_id)
        station.letter, station_name = "B", station.name
    long_name = "Abdirahmaan-Mohamed Christoffersen-Nørgaard Vestergaard"
    dropins.register(ctx, visitor_label=long_name, reasons=[DropInReason.BREV,
                                                            DropInReason.AKUT])
    dropins.call(ctx)
    from app.ui.geometry import scrolling

    page = CounterPage(ctx)
    area = scrolling(page)  # as the main window shows a page
    qtbot.addWidget(area)
    area.show()
    page.load()
    view, model = page.view, page.model
    hos = model.index(0, 6)
    assert model.data(hos) == "Anna Administrator · B"
    assert station_name and model.data(hos, Qt.ItemDataRole.ToolTipRole) == (
        f"Anna Administrator · {station_name}")
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == long_name
    assert not view.wordWrap()
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    hos_text = view.fontMetrics().horizontalAdvance("Anna Administrator · B")
    header = view.horizontalHeader()

    def widths() -> list[int]:
        return [header.sectionSize(c) for c in range(model.columnCount())]

    # the page at 1366x768: beside the registration at 100 %, under it at 150 %
    for width in (1050, 680):
        area.resize(width, 700)
        # the page's direction and then the columns follow the new width
        qtbot.waitUntil(lambda w=width: page.width() <= w
                        and 0 < sum(widths()) <= view.viewport().width())
        assert widths()[6] >= hos_text  # Hos whole, the long name the one cut short
        assert view.height() >= 5 * view.rowHeight(0)  # five visits in sight
