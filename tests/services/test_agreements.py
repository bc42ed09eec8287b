"""Companies, job match, agreements and paid hours through the services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.domain.enums import (
    AgreementStatus,
    AgreementType,
    InternshipPurpose,
    MatchActivityKind,
    Step,
    VisitationGroup,
)
from app.domain.errors import DuplicateError, ValidationError
from app.services import agreements, caseload, companies, course
from app.services.agreements import AgreementTerms
from tests.conftest import FixedClock

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def trin2(office):
    ctx = office.admin
    ctx.clock = FixedClock(START)
    citizen = course.new_citizen(ctx, first_name="Nguyễn Thị", last_name="Hương",
                                 cpr="0101901234", jobformidler_id=ctx.user.id)
    record = course.get_record(ctx, citizen)
    course.visit(ctx, record.course_id, VisitationGroup.INDSATS)
    course.save_job_goal(ctx, record.course_id, direction="Køkken", cv_started_on=START.date())
    ctx.clock.advance(days=7)
    course.next_step(ctx, record.course_id)
    company = companies.create_company(ctx, name="Şükrü Öztürk Køkken ApS", cvr="10150817",
                                       industry="Hotel og restauration")
    person = companies.add_contact_person(ctx, company, name="Şükrü Öztürk",
                                          role="Køkkenchef", phone="31 41 51 61")
    return ctx, citizen, record.course_id, company, person


def _terms(company, person, **changes) -> AgreementTerms:
    values = dict(company_id=company, contact_person_id=person,
                  agreement_type=AgreementType.INTERNSHIP,
                  internship_purpose=InternshipPurpose.REACH_PAID_HOURS,
                  tasks="Opvask", hours_per_week="15", paid_hours_per_week="0",
                  paid_hours_plan="5 løntimer efter 4 uger", sub_goals="Møde til tiden",
                  health_considerations="Ingen tunge løft", followup_plan="Ugentligt",
                  followup_interval_days=7, starts_on=dt.date(2026, 3, 16))
    values.update(changes)
    return AgreementTerms(**values)


def test_company_cvr_is_validated_and_unique(office) -> None:
    ctx = office.admin
    first = companies.create_company(ctx, name="Netto Tingbjerg", cvr="DK 10150817")
    with pytest.raises(DuplicateError) as dup:
        companies.create_company(ctx, name="Netto igen", cvr="10150817")
    assert dup.value.existing_id == first
    for cvr, message in (("10150818", "kontrolcifferet"), ("1234", "8 cifre"),
                         ("", "mangler")):
        with pytest.raises(ValidationError, match=message):
            companies.create_company(ctx, name="X", cvr=cvr)
    with pytest.raises(ValidationError, match="E-mail"):
        companies.add_contact_person(ctx, first, name="Bo", email="bo at netto")
    assert [c.name for c in companies.search(ctx, "netto")] == ["Netto Tingbjerg"]
    assert [c.name for c in companies.search(ctx, "1015")] == ["Netto Tingbjerg"]


def test_agreement_meets_the_trin2_exit_condition_and_paid_hours(trin2) -> None:
    ctx, citizen, course_id, company, person = trin2
    agreements.record_match(ctx, course_id, company_id=company, kind=MatchActivityKind.SNUSE,
                            occurred_on=ctx.today(), tasks_tried="Opvask",
                            citizen_verdict="Godt")
    before = {c.label: c.met for c in course.get_record(ctx, citizen).conditions}
    assert not any(before.values())
    with pytest.raises(ValidationError, match="ét formål"):
        agreements.create_agreement(ctx, course_id, _terms(company, person,
                                                           internship_purpose=None))
    with pytest.raises(ValidationError, match="Løntimer om ugen kan højst"):
        agreements.create_agreement(ctx, course_id, _terms(company, person,
                                                           paid_hours_per_week="16"))
    agreement = agreements.create_agreement(ctx, course_id, _terms(company, person))
    record = course.get_record(ctx, citizen)
    assert all(c.met for c in record.conditions)
    row = next(r for r in caseload.caseload(ctx) if r.citizen_key == citizen.hex)
    assert row.next_due_what == "Afslut trin 2"  # the weekly cadence stops once matched
    ctx.clock.advance(days=10)
    assert course.next_step(ctx, course_id) == Step.VIRKSOMHEDSFORLOEB

    # paid hours per month, with bad input refused
    ctx.clock.now = dt.datetime(2026, 7, 2, 9, 0, tzinfo=dt.UTC)
    for bad, message in ((dict(month=dt.date(2026, 4, 1), hours="-1"), "negativ"),
                         (dict(month=dt.date(2026, 4, 1), hours="745"), "744"),
                         (dict(month=dt.date(2026, 2, 1), hours="10"), "før aftalen"),
                         (dict(month=dt.date(2026, 9, 1), hours="10"), "fremtiden")):
        with pytest.raises(ValidationError, match=message):
            agreements.record_paid_hours(ctx, agreement, **bad)
    agreements.record_paid_hours(ctx, agreement, month=dt.date(2026, 3, 20), hours="8")
    agreements.record_paid_hours(ctx, agreement, month=dt.date(2026, 4, 1), hours="22,5",
                                 pay="3206,25")
    agreements.record_paid_hours(ctx, agreement, month=dt.date(2026, 5, 1), hours="12")
    agreements.record_paid_hours(ctx, agreement, month=dt.date(2026, 5, 1), hours="31")
    _matches, views = agreements.for_course(ctx, course_id)
    view = views[0]
    assert [(p.month, p.hours) for p in view.months] == [
        (dt.date(2026, 3, 1), Decimal("8.00")), (dt.date(2026, 4, 1), Decimal("22.50")),
        (dt.date(2026, 5, 1), Decimal("31.00"))]
    assert view.months[1].pay == Decimal("3206.25")
    progression = view.progression
    assert (progression.first_hours, progression.latest_hours) == (Decimal("8"),
                                                                   Decimal("31"))
    assert progression.change == Decimal("23") and progression.change_percent == 288
    assert view.suggests_completion
    due = [i.what for i in course.get_record(ctx, citizen).due]
    assert "Overvej at afslutte trin 3" in due


def test_renegotiation_keeps_history_and_ending_asks_why(trin2) -> None:
    ctx, _citizen, course_id, company, person = trin2
    first = agreements.create_agreement(ctx, course_id, _terms(company, person))
    ctx.clock.advance(days=40)
    second = agreements.renegotiate(ctx, first, _terms(
        company, person, agreement_type=AgreementType.BOTH, paid_hours_per_week="5",
        starts_on=dt.date(2026, 4, 13)))
    _m, views = agreements.for_course(ctx, course_id)
    by_id = {v.id: v for v in views}
    assert by_id[first].status == AgreementStatus.RENEGOTIATED
    assert by_id[first].ends_on == dt.date(2026, 4, 12)
    assert by_id[second].supersedes_id == first
    with pytest.raises(ValidationError, match="skal udfyldes"):
        agreements.end_agreement(ctx, second, ends_on=ctx.today(), reason="  ")
    agreements.end_agreement(ctx, second, ends_on=ctx.today(), reason="Borgeren flyttede")
    _m, views = agreements.for_course(ctx, course_id)
    ended = next(v for v in views if v.id == second)
    assert ended.status == AgreementStatus.ENDED and ended.end_reason == "Borgeren flyttede"


def test_agreement_pdf_holds_every_field(trin2, tmp_path) -> None:
    import shutil
    import subprocess

    ctx, _citizen, course_id, company, person = trin2
    agreement = agreements.create_agreement(ctx, course_id, _terms(company, person))
    pdf = agreements.agreement_document(ctx, agreement)
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is installed by .ci/run")
    path = tmp_path / "aftale.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    for needle in ("Arbejds- og opfølgningsaftale", "Nguyễn Thị Hương", "Şükrü Öztürk",
                   "CVR 10150817", "At opnå løntimer".lower(), "15 timer om ugen",
                   "Ingen tunge løft", "Ugentligt", "Underskrifter", "Fortroligt"):
        assert needle in text, needle
