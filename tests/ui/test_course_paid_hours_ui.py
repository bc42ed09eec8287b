"""The record's Jobmatch og aftaler tab (issue 15 points 6 and 14): the agreement form asks the
follow-up frequency with the domain's Danish labels, and the paid-hours chart is one line for
the course, each month summed over every agreement and company."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.domain.enums import AgreementType, FollowUpFrequency, InternshipPurpose, Step
from app.domain.enums import VisitationGroup as Group
from app.services import agreements, companies, course
from app.ui.record.window import CitizenRecordWindow
from tests.conftest import FixedClock
from tests.ui.helpers import fill, press_ok

START = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)


def _agreement_form(qtbot, tab, company, frequency: FollowUpFrequency | None, tasks: str,
                    starts_on: dt.date):
    form = tab.new_agreement()
    combo = form.widgets["frequency"]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Ugentligt", "Hver anden uge", "Månedligt"]
    assert form.values()["frequency"] == FollowUpFrequency.MONTHLY  # the seeds' minimum
    form.set_value("company", company)
    form.set_value("type", AgreementType.INTERNSHIP)
    form.set_value("purpose", InternshipPurpose.REACH_PAID_HOURS)
    form.widgets["person"].setCurrentIndex(1)
    if frequency is not None:
        form.set_value("frequency", frequency)
    fill(qtbot, form, tasks=tasks, hours="12", paid="2", followup="Kontakt i starten")
    form.set_value("starts_on", starts_on)
    press_ok(qtbot, form)
    assert form.error.text() == "", form.error.text()


def test_frequency_field_and_one_line_summed_over_two_companies(qtbot, office) -> None:
    ctx = office.admin
    clock = FixedClock(START)
    ctx.clock = clock
    kitchen = companies.create_company(ctx, name="Køkken ApS", cvr="10150817")
    companies.add_contact_person(ctx, kitchen, name="Bo Chef", phone="31415161")
    shop = companies.create_company(ctx, name="Butikken A/S", cvr="12345674")
    companies.add_contact_person(ctx, shop, name="Lis Leder", phone="31415162")
    citizen = course.new_citizen(ctx, first_name="Amal", last_name="Hassan",
                                 cpr="0101901234", jobformidler_id=ctx.user.id)
    course_id = course.get_record(ctx, citizen).course_id
    course.visit(ctx, course_id, Group.INDSATS)
    course.save_job_goal(ctx, course_id, direction="Køkken", cv_started_on=START.date())
    course.next_step(ctx, course_id)

    record = CitizenRecordWindow(ctx, citizen)
    qtbot.addWidget(record)
    record.show()
    tab = record.match_tab
    _agreement_form(qtbot, tab, kitchen, FollowUpFrequency.WEEKLY, "Opvask", START.date())
    _agreement_form(qtbot, tab, shop, None, "Varer på hylder", START.date())
    _matches, views = agreements.for_course(ctx, course_id)
    assert {v.company: v.followup_frequency for v in views} == {
        "Køkken ApS": FollowUpFrequency.WEEKLY, "Butikken A/S": FollowUpFrequency.MONTHLY}
    course.next_step(ctx, course_id)
    assert course.get_record(ctx, citizen).step == Step.VIRKSOMHEDSFORLOEB

    # renegotiating keeps the agreed frequency as the form's default
    record.reload()
    kitchen_row = next(i for i in range(tab.agreement_model.rowCount())
                       if tab.agreement_model.row_at(i).company == "Køkken ApS")
    tab.agreement_view.selectRow(
        tab.agreement_proxy.mapFromSource(tab.agreement_model.index(kitchen_row, 0)).row())
    assert tab.selected_agreement().company == "Køkken ApS"
    form = tab.renegotiate()
    assert form.values()["frequency"] == FollowUpFrequency.WEEKLY
    form.reject()

    # paid hours in both companies: 29.75 hours summed in February, 30.00 in March
    clock.now = dt.datetime(2026, 4, 2, 9, 0, tzinfo=dt.UTC)
    by_company = {v.company: v.id for v in views}
    for company, month, hours in (("Køkken ApS", 1, "8"), ("Køkken ApS", 2, "17,5"),
                                  ("Butikken A/S", 2, "12,25"), ("Køkken ApS", 3, "20"),
                                  ("Butikken A/S", 3, "10")):
        agreements.record_paid_hours(ctx, by_company[company], month=dt.date(2026, month, 1),
                                     hours=hours, pay="")
    record.reload()
    for row in range(tab.agreement_model.rowCount()):  # whichever agreement is selected
        tab.agreement_view.selectRow(row)
        assert tab.hours_chart.values == [8.0, 29.75, 30.0]
    axis_labels = tab.hours_chart.chart().axes(Qt.Orientation.Horizontal)[0].categories()
    assert axis_labels == ["01.26", "02.26", "03.26"]
    text = tab.measures_label.text()
    assert "01.2026, 8 timer" in text and "03.2026, 30 timer" in text
    assert "overvej at afslutte trin 3" in text and "03.2026" in text

    # one month less in the shop: the latest month has 29.75 hours, no suggestion
    clock.now = dt.datetime(2026, 4, 3, 9, 0, tzinfo=dt.UTC)
    agreements.record_paid_hours(ctx, by_company["Butikken A/S"], month=dt.date(2026, 4, 1),
                                 hours="29,75", pay="")
    record.reload()
    assert tab.hours_chart.values == [8.0, 29.75, 30.0, 29.75]
    assert "overvej at afslutte trin 3" not in tab.measures_label.text()
