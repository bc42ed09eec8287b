"""Company, job match, agreement, paid hours and the printed agreement through real widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from app.domain.enums import AgreementType, InternshipPurpose, MatchActivityKind, Step
from app.domain.enums import VisitationGroup as Group
from app.services import course
from app.ui.companies_page import CompaniesPage
from app.ui.record.window import CitizenRecordWindow
from tests.conftest import FixedClock
from tests.ui.helpers import fill as _fill
from tests.ui.helpers import press_ok as _ok

START = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)


def test_company_match_agreement_and_paid_hours(qtbot, office, tmp_path) -> None:
    ctx = office.admin
    clock = FixedClock(START)
    ctx.clock = clock

    # Virksomheder: register a company; a bad CVR is refused with a Danish message
    page = CompaniesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    form = page.new_company()
    _fill(qtbot, form, name="Kantinen ApS", cvr="10150818", industry="Kantine")
    _ok(qtbot, form)
    assert "kontrolcifferet" in form.error.text()
    _fill(qtbot, form, cvr="10150817")
    _ok(qtbot, form)
    assert page.model.rowCount() == 1
    page.view.selectRow(0)
    card = page.open_company(page.model.row_at(0).id)
    qtbot.addWidget(card)
    person = card.add_person()
    person.widgets["name"].insert("Şükrü Öztürk")
    _fill(qtbot, person, role="Kokkenchef", phone="31415161")
    _ok(qtbot, person)
    assert card.people.rowCount() == 1
    dup = page.new_company()
    _fill(qtbot, dup, name="Igen", cvr="10150817")
    _ok(qtbot, dup)
    assert "findes allerede" in dup.error.text()
    dup.reject()

    # a citizen in Trin 2
    citizen = course.new_citizen(ctx, first_name="Nguyễn Thị", last_name="Hương",
                                 cpr="0101901234", jobformidler_id=ctx.user.id)
    course_id = course.get_record(ctx, citizen).course_id
    course.visit(ctx, course_id, Group.INDSATS)
    course.save_job_goal(ctx, course_id, direction="Kantine", cv_started_on=START.date())
    clock.advance(days=14)
    course.next_step(ctx, course_id)
    record = CitizenRecordWindow(ctx, citizen)
    qtbot.addWidget(record)
    record.show()
    record.tabs.setCurrentIndex(2)

    form = record.match_tab.add_match()
    form.set_value("kind", MatchActivityKind.SNUSE)
    _fill(qtbot, form, tasks="Salatbar", verdict="Vil gerne mere")
    _ok(qtbot, form)
    assert record.match_tab.match_model.rowCount() == 1

    # an internship agreement needs exactly one purpose
    form = record.match_tab.new_agreement()
    form.set_value("type", AgreementType.INTERNSHIP)
    assert form.widgets["person"].count() == 2  # "(ingen endnu)" and the contact person
    form.widgets["person"].setCurrentIndex(1)
    _fill(qtbot, form, tasks="Salatbar og opvask", hours="15", paid="0",
          followup="Ugentligt de forste 4 uger")
    form.set_value("starts_on", clock.now.date())
    _ok(qtbot, form)
    assert "ét formål" in form.error.text()
    form.set_value("purpose", InternshipPurpose.REACH_PAID_HOURS)
    _fill(qtbot, form, hours="70")
    _ok(qtbot, form)
    assert "højst være 60" in form.error.text()
    _fill(qtbot, form, hours="15")
    _ok(qtbot, form)
    assert record.match_tab.agreement_model.rowCount() == 1
    assert all(c.met for c in record.record.conditions)  # the Trin 2 exit condition

    clock.advance(days=3)
    course.next_step(ctx, course_id)
    record.reload()
    assert record.record.step == Step.VIRKSOMHEDSFORLOEB

    # løntimer for several months; bad input refused; the chart and the suggestion appear
    clock.now = dt.datetime(2026, 6, 2, 9, 0, tzinfo=dt.UTC)
    for month, hours in (((2026, 1, 20), "6"), ((2026, 2, 1), "12,5"), ((2026, 3, 1), "22"),
                         ((2026, 4, 1), "31")):
        form = record.match_tab.add_paid_hours()
        form.set_value("month", dt.date(*month))
        _fill(qtbot, form, hours=hours)
        _ok(qtbot, form)
        assert form.error.text() == "", form.error.text()
    for month, hours, message in (((2026, 5, 1), "-3", "negativ"),
                                  ((2025, 12, 1), "10", "før aftalen"),
                                  ((2026, 5, 1), "800", "744")):
        form = record.match_tab.add_paid_hours()
        form.set_value("month", dt.date(*month))
        _fill(qtbot, form, hours=hours)
        _ok(qtbot, form)
        assert message in form.error.text()
        form.reject()
    assert record.match_tab.hours_chart.values == [6.0, 12.5, 22.0, 31.0]
    text = record.match_tab.measures_label.text()
    assert "01.2026, 6 timer" in text and "04.2026, 31 timer" in text
    assert "+25 timer (+417 %)" in text
    assert "overvej at afslutte trin 3" in text
    assert "Overvej at afslutte trin 3" in [i.what for i in record.record.due]

    # the printed agreement: preview, then print to a PDF printer
    tab = record.match_tab
    tab.show_agreement()  # rendered off the GUI thread; the preview opens when ready
    qtbot.waitUntil(lambda: tab.preview is not None, timeout=5000)
    preview = tab.preview
    qtbot.waitUntil(lambda: preview.preview.page_count() >= 1, timeout=3000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    with qtbot.waitSignal(preview.preview.printed):
        preview.preview.print_to(printer)
    assert target.stat().st_size > 10_000
    preview.close()
    qtbot.mouseClick(tab.agreement_buttons["endAgreementButton"], Qt.MouseButton.LeftButton)
    form = tab.form
    _ok(qtbot, form)
    assert "skal udfyldes" in form.error.text()
    form.reject()
