"""Bad input everywhere: every text field of the record's, the company's and the counter's
forms gets over-long text, control characters, right-to-left text and SQL-looking strings,
and the date and number fields get out-of-range values. Each is either stored exactly or
refused with a Danish message, and a refusal changes nothing (the device counter stands
still)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QSpinBox
from sqlalchemy import String, Text, select

from app.db import models as m
from app.domain.enums import AgreementType, DropInReason, InternshipPurpose, VisitationGroup
from app.services import agreements, companies, course, dropins, stepup
from app.ui.companies_page import CompaniesPage
from app.ui.main_window import MainWindow
from app.ui.record.window import CitizenRecordWindow
from tests.conftest import FixedClock

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)
TEXTS = {
    "over-long": "Lang tekst " * 2500,
    "control": "før\x00efter\x07",
    "right-to-left": "\u202eمرحبا بالعالم\u202c",
    "sql": "Robert'); DROP TABLE citizen;--",
}
NUMBERS = ["-1", "1e9", "abc", "12,345"]
DATES = [dt.date(1800, 1, 1), dt.date(2200, 1, 1)]
CPRS = (f"{d:02d}0{m}85{n:04d}" for d in range(1, 29) for m in range(1, 10)
        for n in (1234, 5678))
SPECIAL = {"cpr": lambda: next(CPRS), "hours": lambda: "10", "paid": lambda: "2",
           "pay": lambda: "", "email": lambda: "", "phone": lambda: "12345678",
           "next_who": lambda: "", "folder": lambda: ""}


def _counter(ctx) -> int:
    with ctx.store.sessions() as session:
        return session.get(m.DeviceClock, ctx.store.device_id).counter


def _stored(ctx, value: str) -> bool:
    """Is `value` stored exactly in some text column?"""
    with ctx.store.sessions() as session:
        for table in m.Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, String | Text) and session.execute(
                        select(column).where(column == value).limit(1)).first():
                    return True
    return False


def _baseline(dialog) -> None:
    for key, widget in dialog.widgets.items():
        if key in SPECIAL:
            dialog.set_value(key, SPECIAL[key]())
        elif isinstance(widget, QLineEdit | QPlainTextEdit) and not dialog.values()[key]:
            dialog.set_value(key, "Test")
        elif isinstance(widget, QComboBox) and widget.currentData() is None \
                and widget.count() > 1:
            widget.setCurrentIndex(1)


def _forms(record: CitizenRecordWindow, page: CompaniesPage, window: MainWindow) -> dict:
    return {
        "ny borger": window.new_citizen, "afslut besøg": window_end_visit(window),
        "ny kontakt": record.contacts_tab.new_contact, "jobmål": record.goal_tab.edit_goal,
        "cv": record.goal_tab.add_cv_item, "netværk": record.network_tab.add_network,
        "samtykke": record.network_tab.add_consent,
        "fritagelse": record.course_tab.add_exemption,
        "besøg/snuse": record.match_tab.add_match, "aftale": record.match_tab.new_agreement,
        "løntimer": record.match_tab.add_paid_hours, "virksomhed": page.new_company,
        "step-up-aftale": record.stepup_tab.add_row,
        "step-up-deltager": record.stepup_tab.add_participant,
        "forberedelse": record.stepup_tab.answer,
    }


@pytest.fixture
def screens(qtbot, office):
    ctx = office.admin
    ctx.clock = FixedClock(NOW)
    citizen = course.new_citizen(ctx, first_name="Amal", last_name="Hassan", cpr="0101901234",
                                 started_on=dt.date(2026, 1, 5))
    course_id = course.get_record(ctx, citizen).course_id
    course.visit(ctx, course_id, VisitationGroup.INDSATS, on=dt.date(2026, 1, 5))
    company = companies.create_company(ctx, name="Firma", cvr="10150817")
    companies.add_contact_person(ctx, company, name="Kontakt")
    agreements.create_agreement(ctx, course_id, agreements.AgreementTerms(
        company_id=company, contact_person_id=None, agreement_type=AgreementType.INTERNSHIP,
        internship_purpose=InternshipPurpose.TRAIN_COMPETENCES, tasks="Opvask",
        hours_per_week="10", paid_hours_per_week="0", paid_hours_plan="", sub_goals="",
        health_considerations="", followup_plan="Ugentlig", followup_interval_days=7,
        starts_on=dt.date(2026, 1, 5)))
    stepup.start(ctx, course_id, barrier_kind="health", initiated_by="staff", reason="Test")
    record = CitizenRecordWindow(ctx, citizen)
    qtbot.addWidget(record)
    record.match_tab.agreement_view.selectRow(0)
    page = CompaniesPage(ctx)
    qtbot.addWidget(page)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.nav.setCurrentRow(window.page_titles().index("Åben rådgivning"))
    return ctx, record, page, window


def window_end_visit(window):
    """A fresh walk-in for each try, ended through the desk's form."""
    def factory():
        ticket = dropins.register(window.ctx, visitor_label="Gæst",
                                  reasons=[DropInReason.BREV])
        queue = window.drop_in_page
        queue.load()
        queue.select_number(ticket.label)
        return queue.end_visit()
    return factory


def test_every_form_field_refuses_or_stores_bad_input(qtbot, screens) -> None:
    ctx, record, page, window = screens
    checked = 0
    for name, factory in _forms(record, page, window).items():
        probe = factory()
        fields = dict(probe.widgets)
        probe.reject()
        for key, widget in fields.items():
            if key in SPECIAL and key not in ("hours", "paid", "pay"):
                values: list = []
            elif isinstance(widget, QLineEdit) and key in ("hours", "paid", "pay"):
                values = NUMBERS
            elif isinstance(widget, QLineEdit | QPlainTextEdit):
                values = list(TEXTS.values())
            elif isinstance(widget, QDateEdit):
                values = DATES
            elif isinstance(widget, QSpinBox | QCheckBox | QComboBox):
                values = []  # the widget itself cannot hold an out-of-range value
            else:
                values = []
            for value in values:
                dialog = factory()
                _baseline(dialog)
                if isinstance(widget, QDateEdit):
                    dialog.widgets[key].setMinimumDate(dialog.widgets[key].minimumDate()
                                                       .addYears(-200))
                    dialog.widgets[key].setDate(type(dialog.widgets[key].date())(
                        value.year, value.month, value.day))
                else:
                    dialog.set_value(key, value)
                before = _counter(ctx)
                accepted = dialog.try_submit()
                context = f"{name}.{key} = {str(value)[:30]!r}"
                if accepted:
                    if isinstance(value, str) and key not in ("hours", "paid", "pay"):
                        assert _stored(ctx, value.strip()), f"{context}: not stored exactly"
                else:
                    message = dialog.error.text()
                    assert message, f"{context}: refused without a message"
                    assert any(ch in message for ch in "æøåÆØÅ") or " " in message, context
                    assert _counter(ctx) == before, f"{context}: a refusal changed data"
                    dialog.reject()
                checked += 1
    assert checked > 200
    print(f"{checked} bad values tried")


def test_dates_out_of_range_are_refused_with_danish_messages(screens) -> None:
    ctx, record, _page, _window = screens
    for factory, key in ((record.course_tab.add_exemption, "starts_on"),
                         (record.network_tab.add_consent, "given_on")):
        for day in DATES:
            dialog = factory()
            _baseline(dialog)
            dialog.widgets[key].setMinimumDate(dialog.widgets[key].minimumDate().addYears(-200))
            dialog.widgets[key].setDate(type(dialog.widgets[key].date())(day.year, day.month,
                                                                         day.day))
            before = _counter(ctx)
            assert not dialog.try_submit()
            assert "1900" in dialog.error.text() or "fremtiden" in dialog.error.text()
            assert _counter(ctx) == before
            dialog.reject()


def test_every_text_value_kind_is_exercised() -> None:
    assert set(TEXTS) == {"over-long", "control", "right-to-left", "sql"}
    assert len(list(itertools.islice(CPRS, 3))) == 3


def test_the_counter_registration_fields(qtbot, screens) -> None:
    ctx, _record, _page, window = screens
    page = window.drop_in_page
    for field in (page.label, page.phone):
        for value in TEXTS.values():
            page.label.setText("Gæst")
            field.setText(value)
            page.reason_buttons[DropInReason.BREV].setChecked(True)
            before = _counter(ctx)
            ticket = page.register()
            if ticket is None:
                assert page.error.text(), value[:20]
                assert _counter(ctx) == before
            else:
                assert field is page.label and _stored(ctx, value.strip())
            page.reason_buttons[DropInReason.BREV].setChecked(False)
