"""Ledelsesinformation from the office's own records (issue 21): courses made through the
services, the month's figures for the office and per jobformidler, the citizens behind a
figure for a leader only (each opening in the citizen's access log), the exports and the
monthly report."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.db import models as m
from app.domain.enums import AgreementType, AuditAction, ExemptionReason, VisitationGroup
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.measure_figures import FigureKey
from app.domain.roles import Role
from app.services import agreements, audit, companies, course, measures
from app.services.agreements import AgreementTerms
from app.services.measure_exports import export_csv, export_xlsx, monthly_report, view_json
from tests.conftest import FixedClock

START = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
JAN, FEB, JUL = dt.date(2026, 1, 1), dt.date(2026, 2, 1), dt.date(2026, 7, 1)


def _course(ctx, cpr: str, name: str, jobformidler=None):
    citizen = course.new_citizen(ctx, first_name=name, last_name="Testesen", cpr=cpr,
                                 jobformidler_id=jobformidler or ctx.user.id,
                                 caseworker_id=ctx.user.id, started_on=START.date())
    course_id = course.get_record(ctx, citizen).course_id
    course.visit(ctx, course_id, VisitationGroup.INDSATS, on=START.date())
    return citizen, course_id


def _agreement(ctx, course_id, company):
    return agreements.create_agreement(ctx, course_id, AgreementTerms(
        company_id=company, contact_person_id=None, agreement_type=AgreementType.PAID_HOURS,
        internship_purpose=None, tasks="Opvask", hours_per_week="15",
        paid_hours_per_week="5", paid_hours_plan="", sub_goals="", health_considerations="",
        followup_plan="Hver måned", followup_interval_days=None, starts_on=START.date()))


def build_courses(office):
    """Three group 1 courses from 5 January 2026 (one exempt 20 January - 1 March, one with
    Jonas Brandt), paid hours in January and July at one company; the clock on 10 August."""
    ctx = office.admin
    clock = FixedClock(START)
    ctx.clock = clock
    other = office.add_staff("jonas", {Role.JOBFORMIDLER}, "Jonas Brandt")
    paid_citizen, paid = _course(ctx, "0101901234", "Amal")
    _exempt_citizen, exempt = _course(ctx, "0202902345", "Bo")
    _course(ctx, "0303903456", "Cem", jobformidler=other.user.id)
    company = companies.create_company(ctx, name="Køkken ApS", cvr="10150817")
    agreement = _agreement(ctx, paid, company)
    course.add_exemption(ctx, exempt, reason=ExemptionReason.ILLNESS,
                         starts_on=dt.date(2026, 1, 20), ends_on=dt.date(2026, 3, 1))
    clock.now = dt.datetime(2026, 8, 10, 9, 0, tzinfo=dt.UTC)
    agreements.record_paid_hours(ctx, agreement, month=JAN, hours="10")
    agreements.record_paid_hours(ctx, agreement, month=JUL, hours="12,5")
    return office, ctx, paid_citizen, other


@pytest.fixture
def office_with_courses(office):
    return build_courses(office)


def test_figures_for_the_office_and_per_jobformidler(office_with_courses) -> None:
    _office, ctx, _citizen, other = office_with_courses
    view = measures.measures(ctx, FEB)
    assert view.figures.count(FigureKey.GROUP) == 2  # Bo is exempt all of February
    assert view.figures.paid_share.count == 0
    january = dict(view.series)[JAN]
    assert (january.count, january.of) == (1, 3)
    july = measures.measures(ctx, JUL)
    assert july.figures.count(FigureKey.RETENTION) == 1  # exactly six months after January
    assert july.figures.count(FigureKey.RETAINED) == july.figures.count(
        FigureKey.SAME_COMPANY) == 1
    per_jobformidler = {s.name: f for s, f in july.by_scope if s.key.startswith("jf:")}
    assert per_jobformidler["Jonas Brandt"].count(FigureKey.GROUP) == 1
    assert per_jobformidler["Anna Administrator"].count(FigureKey.PAID) == 1
    only_jonas = measures.measures(ctx, JUL, f"jf:{other.user.id.hex}")
    assert only_jonas.figures.count(FigureKey.GROUP) == 1
    assert view_json(july)["kontor"]["loentimer_eller_uddannelse"] == 1
    with pytest.raises(ValidationError):
        measures.measures(ctx, dt.date(2026, 9, 1))  # not begun yet
    with pytest.raises(ValidationError):
        measures.parse_month("2026-13")


def test_citizens_behind_a_figure_for_a_leader_only_and_in_the_access_log(
        office_with_courses) -> None:
    _office, ctx, paid_citizen, other = office_with_courses
    with pytest.raises(PermissionDenied):
        measures.figure_citizens(other, JUL, FigureKey.PAID)
    rows = measures.figure_citizens(ctx, JUL, FigureKey.PAID)
    assert [(r.name, r.masked_cpr) for r in rows] == [("Amal Testesen", "010190-****")]
    log = audit.access_log(ctx, paid_citizen)
    assert any(r.action == AuditAction.READ and "ledelsesinformation" in r.what for r in log)


def test_exports_and_the_monthly_report_hold_no_name_or_cpr(office_with_courses, tmp_path
                                                             ) -> None:
    _office, ctx, _citizen, _other = office_with_courses
    csv_path = export_csv(ctx, JUL, tmp_path / "tal.csv")
    rows = list(csv.reader(csv_path.read_text(encoding="utf-8-sig").splitlines(),
                           delimiter=";"))
    assert rows[0][:3] == ["Måned", "Enhed", "Indsatsgruppe"]
    office_july = next(r for r in rows if r[0] == "2026-07" and r[1].startswith("Kontoret"))
    assert office_july[2] == "3" and office_july[3] == "1"
    sheet = load_workbook(export_xlsx(ctx, JUL, tmp_path / "tal.xlsx")).active
    assert sheet["C1"].value == "Indsatsgruppe"
    assert sheet.max_row == len(rows)
    pdf = monthly_report(ctx, JUL)
    (tmp_path / "rapport.pdf").write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(tmp_path / "rapport.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Ledelsesinformation – juli 2026" in text
    assert "Sådan er tallene beregnet" in text
    for secret in ("Amal", "Testesen", "010190", "0101901234"):
        assert secret not in text and secret not in csv_path.read_text(encoding="utf-8-sig")
    pages = subprocess.run(["pdfinfo", str(tmp_path / "rapport.pdf")], capture_output=True,
                           text=True, check=True).stdout
    assert 1 <= int(next(line.split()[-1] for line in pages.splitlines()
                         if line.startswith("Pages:"))) <= 3
    with ctx.transaction() as session:
        actions = {(e.action, e.object_type) for e in session.execute(
            select(m.AuditEntry)).scalars()}
    assert (AuditAction.EXPORT, "measures") in actions
    assert (AuditAction.PRINT, "measures") in actions
