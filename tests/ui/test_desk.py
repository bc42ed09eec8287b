"""The desk through real widgets: a whole course from a new citizen to aftercare."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.domain.enums import (
    CompletionReason,
    ContactKind,
    CourseStatus,
    CvItemKind,
    ExemptionReason,
    VisitationGroup,
)
from app.domain.rules import Mark
from app.services import caseload
from app.ui.main_window import MainWindow
from tests.conftest import FAST, FixedClock
from tests.ui.helpers import fill as _fill
from tests.ui.helpers import press_ok as _ok

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _row(page, name: str):
    page.reload()
    rows = [page.model.row_at(i) for i in range(page.model.rowCount())]
    return next(r for r in rows if r.name == name)


def test_a_whole_course_at_the_desk(qtbot, office) -> None:
    clock = FixedClock(START)
    ctx = office.admin
    ctx.clock = clock
    window = MainWindow(ctx, kdf=FAST)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(window.page_titles().index("Sagsstamme"))  # after I dag
    page = window.caseload
    assert page.model.rowCount() == 0

    # new citizen from CPR; a bad CPR is refused with a Danish message and nothing saved
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = window.new_citizen_dialog
    _fill(qtbot, dialog, cpr="3102901234", first="Amal", last="Hassan", phone="20304050")
    _ok(qtbot, dialog)
    assert "fødselsdato" in dialog.error.text()
    _fill(qtbot, dialog, cpr="010190-1234")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    record = window.record_windows[-1]
    qtbot.addWidget(record)
    assert "Amal Hassan" in record.name_label.text()
    assert record.cpr_label.text() == "010190-****"
    assert record.step_label.text() == "<b>Til visitation</b>"

    # the same CPR again: refused, with a link to the existing record
    window.new_citizen()
    dup = window.new_citizen_dialog
    _fill(qtbot, dup, cpr="0101901234", first="Amal", last="Igen")
    _ok(qtbot, dup)
    assert "allerede en borger" in dup.error.text() and "href" in dup.error.text()
    dup.reject()

    # visitation to group 1, jobformidler, job goal and CV
    form = record.course_tab.visit()
    form.set_value("group", VisitationGroup.INDSATS)
    _ok(qtbot, form)
    assert record.record.step_label == "Trin 1"
    form = record.course_tab.assign()
    form.set_value("jobformidler", ctx.user.id)
    form.set_value("caseworker", ctx.user.id)
    _ok(qtbot, form)
    assert record.record.jobformidler == "Anna Administrator"
    form = record.goal_tab.edit_goal()
    _fill(qtbot, form, position="Kokkenmedhjaelper", field="Restauration",
          direction="Arbejde i et koekken", cv_started=START.date())
    _ok(qtbot, form)
    form = record.goal_tab.add_cv_item()
    form.set_value("kind", CvItemKind.WORK_EXPERIENCE)
    _fill(qtbot, form, title="Opvasker, 2 aar")
    _ok(qtbot, form)
    form = record.goal_tab.add_cv_item()
    form.set_value("kind", CvItemKind.BARRIER_HEALTH)
    _fill(qtbot, form, title="Ondt i ryggen")
    _ok(qtbot, form)
    assert record.goal_tab.cv_model.rowCount() == 2
    record.goal_tab.show_cv()  # rendered off the GUI thread; the preview opens when ready
    qtbot.waitUntil(lambda: record.goal_tab.preview is not None, timeout=5000)
    cv = record.goal_tab.preview
    qtbot.waitUntil(lambda: cv.preview.page_count() == 1, timeout=3000)
    cv.close()

    # log a contact with Ctrl+N
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow, timeout=2000)
    qtbot.keyClick(record, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = record.contacts_tab.form
    assert form.windowTitle() == "Ny kontakt"
    form.set_value("kind", ContactKind.SAMTALE)
    _fill(qtbot, form, note="Forste samtale")
    _ok(qtbot, form)
    assert form.error.text() == ""
    assert record.contacts_tab.contact_model.rowCount() == 1

    # move to Trin 2: conditions met, the weekly cadence appears and goes overdue
    clock.advance(days=10)
    form = record.course_tab.next_step()
    assert "Alle betingelser er opfyldt" in form.findChild(type(record.name_label)).text()
    _ok(qtbot, form)
    row = _row(page, "Amal Hassan")
    assert (row.step_label, row.next_due_what) == ("Trin 2", "Ugentlig kontakt")
    assert row.next_due_on == dt.date(2026, 3, 19)
    assert row.mark == Mark.AMBER
    clock.advance(days=8)
    row = _row(page, "Amal Hassan")
    assert row.mark == Mark.RED
    page.overdue.setChecked(True)
    assert page.model.rowCount() == 1

    # an exemption makes the deadlines vanish
    form = record.course_tab.add_exemption()
    form.set_value("reason", ExemptionReason.ILLNESS)
    form.set_value("starts_on", clock.now.date())
    _fill(qtbot, form, text="Laegeerklaering")
    _ok(qtbot, form)
    assert record.course_tab.due_model.rowCount() == 0
    assert page.model.rowCount() == 0  # no longer overdue
    form = record.course_tab.end_exemption()
    form.set_value("ends_on", clock.now.date())
    _ok(qtbot, form)
    clock.advance(days=1)

    # Trin 3 without an agreement needs a reason; then completion and aftercare
    form = record.course_tab.next_step()
    _ok(qtbot, form)
    assert "Betingelserne" in form.error.text()
    _fill(qtbot, form, reason="Praktik aftalt, papirer kommer")
    _ok(qtbot, form)
    assert record.record.step_label == "Trin 3"
    form = record.course_tab.complete()
    form.set_value("reason", CompletionReason.JOB)
    _ok(qtbot, form)  # aftercare has no default: the citizen's answer is asked for
    assert record.record.status != CourseStatus.COMPLETED
    form.set_value("aftercare", True)
    _ok(qtbot, form)
    assert record.record.status == CourseStatus.COMPLETED
    assert record.record.aftercare_until == dt.date(2026, 9, 21)
    page.overdue.setChecked(False)
    row = _row(page, "Amal Hassan")
    assert row.step_label == "Efterværn"
    assert row.next_due_what == "Efterværn: månedlig opfølgning"
    assert row.next_due_on == dt.date(2026, 4, 21)
    window.close()


def test_caseload_filters_and_search(qtbot, office) -> None:
    ctx = office.admin
    from app.services import course

    a = course.new_citizen(ctx, first_name="Şükrü", last_name="Öztürk", cpr="0101901234",
                           phone="20 30 40 50", caseworker_id=ctx.user.id)
    course.new_citizen(ctx, first_name="Bo", last_name="Berg", cpr="0202801234")
    window = MainWindow(ctx, kdf=FAST)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(window.page_titles().index("Sagsstamme"))  # after I dag
    page = window.caseload
    assert page.model.rowCount() == 2
    page.scope.setCurrentIndex(0)  # mine
    assert [page.model.row_at(i).name for i in range(page.model.rowCount())] == [
        "Şükrü Öztürk"]
    page.scope.setCurrentIndex(2)
    page.search.insert("öztürk")
    assert page.model.rowCount() == 1
    page.search.clear()
    qtbot.keyClicks(page.search, "010190-1234")
    assert page.model.rowCount() == 1
    page.search.clear()
    qtbot.keyClicks(page.search, "20304050")
    assert page.model.rowCount() == 1
    with qtbot.waitSignal(page.open_citizen) as opened:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened.args == [a.hex]
    qtbot.waitUntil(lambda: any(r.action == "search" for r in _audit(ctx)), timeout=3000)
    window.close()


def test_caseload_model_is_a_well_behaved_qt_model(qtmodeltester, office) -> None:
    from app.services import course
    from app.ui.caseload_page import CaseloadModel

    for i, cpr in enumerate(("0101901234", "0202801234", "0303701234")):
        course.new_citizen(office.admin, first_name=f"Navn{i}", last_name="Test", cpr=cpr)
    model = CaseloadModel()
    model.set_rows(caseload.caseload(office.admin))
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).name == "Navn2 Test"

    def names() -> list[str]:
        return [model.row_at(i).name for i in range(model.rowCount())]

    # the rows are replaced in place while the tester watches every signal: narrowing as a
    # search is typed, widening when a key is deleted, nothing found, and a new load
    every = ["Navn2 Test", "Navn1 Test", "Navn0 Test"]
    for text, expected in (("navn", every), ("navn1", ["Navn1 Test"]), ("navn1 x", []),
                           ("navn", every), ("test navn0", ["Navn0 Test"]), ("", every)):
        model.set_filter(staff=None, step="", overdue_only=False, text=text)
        assert names() == expected
    model.set_filter(staff=None, step="", overdue_only=False, text="navn2")
    model.set_rows(caseload.caseload(office.admin))
    assert names() == ["Navn2 Test"]
    qtmodeltester.check(model)


def _audit(ctx):
    from sqlalchemy import select

    from app.db.models import AuditEntry

    with ctx.store.sessions() as session:
        return list(session.execute(select(AuditEntry)).scalars())


def test_an_unknown_drop_in_visitor_becomes_a_citizen(qtbot, office) -> None:
    from app.db import models as m
    from app.domain.enums import DropInEventKind, DropInOutcome

    ctx = office.admin
    today = ctx.today()
    arrived = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with ctx.store.sessions.begin() as session:
        visit = m.DropInVisit(visitor_label="Yusuf", visitor_phone="31 41 51 61",
                              visit_date=today, queue_number=1, reasons="brev ydelse",
                              outcome=DropInOutcome.RESOLVED, note="Brev læst sammen")
        session.add(visit)
        session.flush()
        for kind in (DropInEventKind.ARRIVED, DropInEventKind.CALLED, DropInEventKind.STARTED,
                     DropInEventKind.ENDED):
            session.add(m.DropInEvent(visit_id=visit.id, kind=kind, at=arrived,
                                      staff_id=ctx.user.id))
    window = MainWindow(ctx, kdf=FAST)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(window.page_titles().index("Åben rådgivning"))
    page = window.drop_in_page
    assert page.model.rowCount() == 1
    button = page.buttons["visitToCitizen"]
    assert not button.isEnabled()
    page.view.selectRow(0)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.new_citizen_dialog
    assert dialog.values()["first"] == "Yusuf"
    assert dialog.values()["phone"] == "31 41 51 61"
    _fill(qtbot, dialog, cpr="0505851234", last="Ali")
    _ok(qtbot, dialog)
    record = window.record_windows[-1]
    qtbot.addWidget(record)
    assert record.record.name == "Yusuf Ali"
    contacts = record.record.contacts
    assert [c.kind for c in contacts] == [ContactKind.AABEN_RAADGIVNING]
    assert "Brev eller Digital Post" in contacts[0].note
    assert page.model.row_at(0).known
    window.close()
