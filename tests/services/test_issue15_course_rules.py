"""Issue 15 at its edges, through the services: dropout ends the agreement and restarts Trin 2,
a second course on the same record, the target group at visitation, aftercare only with an
explicit answer, paid hours summed per month over every agreement, and the agreed follow-up
frequency."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.enums import (
    AgreementStatus,
    AgreementType,
    BenefitType,
    CompletionReason,
    CourseStatus,
    InternshipPurpose,
    Step,
    VisitationGroup,
)
from app.domain.errors import ValidationError
from app.domain.programme import AFTERCARE_SCOPE
from app.domain.rules import DueKind
from app.services import agreements, caseload, companies, course
from app.services.agreements import AgreementTerms
from tests.conftest import FixedClock

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _kinds(ctx, course_id, day) -> dict[DueKind, dt.date]:
    return {i.kind: i.due for i in caseload.course_due_items(ctx, course_id, day)}


@pytest.fixture
def trin2(office):
    ctx = office.admin
    ctx.clock = FixedClock(START)
    citizen = course.new_citizen(ctx, first_name="Amal", last_name="Hassan",
                                 cpr="0101901234", jobformidler_id=ctx.user.id)
    course_id = course.get_record(ctx, citizen).course_id
    course.visit(ctx, course_id, VisitationGroup.INDSATS)
    course.save_job_goal(ctx, course_id, direction="Køkken", cv_started_on=START.date())
    course.next_step(ctx, course_id)
    company = companies.create_company(ctx, name="Køkken ApS", cvr="10150817")
    person = companies.add_contact_person(ctx, company, name="Bo Chef", phone="31415161")
    return ctx, citizen, course_id, company, person


def _terms(company, person, starts_on, **changes) -> AgreementTerms:
    values = dict(company_id=company, contact_person_id=person,
                  agreement_type=AgreementType.INTERNSHIP,
                  internship_purpose=InternshipPurpose.REACH_PAID_HOURS, tasks="Opvask",
                  hours_per_week="15", paid_hours_per_week="0", paid_hours_plan="",
                  sub_goals="", health_considerations="", followup_plan="Månedligt",
                  followup_interval_days=None, starts_on=starts_on)
    values.update(changes)
    return AgreementTerms(**values)


def _to_trin3(trin2):
    ctx, _citizen, course_id, company, person = trin2
    agreement = agreements.create_agreement(ctx, course_id,
                                            _terms(company, person, START.date()))
    course.next_step(ctx, course_id)
    return agreement


# --- point 1: dropout ------------------------------------------------------------------------


def test_dropout_ends_the_agreement_and_trin2_needs_a_new_one(trin2) -> None:
    ctx, citizen, course_id, company, person = trin2
    agreement = _to_trin3(trin2)
    ctx.clock.advance(days=20)
    dropped = ctx.today()
    assert course.dropout(ctx, course_id, to_rehab=False) == Step.PAA_VEJ_MOD_JOB

    _matches, [view] = agreements.for_course(ctx, course_id)
    assert view.id == agreement
    assert (view.status, view.ends_on, view.end_reason) == (AgreementStatus.ENDED, dropped,
                                                            "frafald")
    record = course.get_record(ctx, citizen)
    assert record.step == Step.PAA_VEJ_MOD_JOB
    assert [c.met for c in record.conditions] == [False, False, False]
    with pytest.raises(ValidationError, match="Betingelserne"):
        course.next_step(ctx, course_id)

    # seed 004, trin 2: weekly contact counts again from the dropout date
    due = dropped + dt.timedelta(days=7)
    assert _kinds(ctx, course_id, dropped)[DueKind.WEEKLY_CONTACT] == due
    for day, overdue in ((due - dt.timedelta(days=1), False), (due, False),
                         (due + dt.timedelta(days=1), True)):
        item = next(i for i in caseload.course_due_items(ctx, course_id, day)
                    if i.kind == DueKind.WEEKLY_CONTACT)
        assert (item.due < day) is overdue

    # a new agreement made after the dropout meets the conditions again
    ctx.clock.advance(days=1)
    agreements.create_agreement(ctx, course_id, _terms(company, person, ctx.today()))
    assert all(c.met for c in course.get_record(ctx, citizen).conditions)
    assert DueKind.WEEKLY_CONTACT not in _kinds(ctx, course_id, ctx.today())
    assert course.next_step(ctx, course_id) == Step.VIRKSOMHEDSFORLOEB


# --- point 2: a second course ----------------------------------------------------------------


def test_a_returned_citizen_gets_a_second_course_on_the_same_record(trin2) -> None:
    ctx, citizen, course_id, _company, _person = trin2
    _to_trin3(trin2)
    with pytest.raises(ValidationError, match="åbent forløb"):
        course.new_course(ctx, citizen)
    ctx.clock.advance(days=30)
    course.complete(ctx, course_id, reason=CompletionReason.JOB, aftercare_consent=False)
    ended = ctx.today()
    with pytest.raises(ValidationError, match="før det forrige sluttede"):
        course.new_course(ctx, citizen, started_on=ended - dt.timedelta(days=1))

    ctx.clock.advance(days=90)  # lost the job and comes back
    second = course.new_course(ctx, citizen, jobformidler_id=ctx.user.id)
    assert second != course_id
    record = course.get_record(ctx, citizen)
    assert (record.course_id, record.status) == (second, CourseStatus.VISITATION)
    assert record.started_on == ctx.today()
    [earlier] = record.earlier_courses
    assert (earlier.id, earlier.status, earlier.completion_reason) == (
        course_id, CourseStatus.COMPLETED, CompletionReason.JOB)
    assert (earlier.started_on, earlier.ended_on) == (START.date(), ended)
    assert [p.step for p in earlier.steps] == [Step.AFKLARING, Step.PAA_VEJ_MOD_JOB,
                                               Step.VIRKSOMHEDSFORLOEB]
    assert [a.company for a in earlier.agreements] == ["Køkken ApS"]

    # the new course counts by its own dates: Trin 1 from its own start
    course.visit(ctx, second, VisitationGroup.INDSATS)
    due = _kinds(ctx, second, ctx.today())
    assert due[DueKind.TRIN1_TARGET] > ctx.today()
    rows = [r for r in caseload.caseload(ctx) if r.citizen_id == citizen]
    assert [r.course_id for r in rows] == [second]


def test_back_from_the_rehabiliteringsteam(office) -> None:
    ctx = office.admin
    ctx.clock = FixedClock(START)
    citizen = course.new_citizen(ctx, first_name="Bo", last_name="Berg", cpr="0202801234")
    first = course.get_record(ctx, citizen).course_id
    course.visit(ctx, first, VisitationGroup.REHAB, note="Ressourceforløb")
    ctx.clock.advance(days=60)
    second = course.new_course(ctx, citizen)
    course.visit(ctx, second, VisitationGroup.INDSATS, note="Tilbage fra rehab")
    record = course.get_record(ctx, citizen)
    assert record.visitation_group == VisitationGroup.INDSATS
    assert [c.status for c in record.earlier_courses] == [CourseStatus.TO_REHAB]


# --- point 4: target group ------------------------------------------------------------------


def test_visitation_checks_the_target_group(office) -> None:
    ctx = office.admin
    ctx.clock = FixedClock(START)
    citizen = course.new_citizen(ctx, first_name="Sara", last_name="Ali", cpr="0101901234",
                                 benefit_type=BenefitType.RESSOURCEFORLOEB)
    course_id = course.get_record(ctx, citizen).course_id
    check = course.visitation_check(ctx, course_id)
    assert check.outside_target_group
    assert check.default_group == VisitationGroup.INDSATS  # 36 years old, activity-ready
    with pytest.raises(ValidationError, match="uden for målgruppen") as refused:
        course.visit(ctx, course_id, VisitationGroup.INDSATS)
    assert refused.value.field == "override_reason"
    course.visit(ctx, course_id, VisitationGroup.INDSATS,
                 override_reason="Overgår til kontanthjælp i næste måned")
    record = course.get_record(ctx, citizen)
    assert record.target_group_override == "Overgår til kontanthjælp i næste måned"


def test_uddannelseshjaelp_needs_an_education_direction(office) -> None:
    ctx = office.admin
    ctx.clock = FixedClock(START)
    # born 2005: 20 years old, no default group
    citizen = course.new_citizen(ctx, first_name="Ali", last_name="Khan", cpr="0101054321",
                                 benefit_type=BenefitType.UDDANNELSESHJAELP)
    course_id = course.get_record(ctx, citizen).course_id
    check = course.visitation_check(ctx, course_id)
    assert (check.outside_target_group, check.default_group) == (False, None)
    assert check.needs_education_direction
    course.save_job_goal(ctx, course_id, direction="Erhvervsuddannelse som tømrer",
                         education_goal=True)
    assert not course.visitation_check(ctx, course_id).needs_education_direction
    course.visit(ctx, course_id, VisitationGroup.INDSATS)  # inside: no reason needed


# --- point 5: aftercare consent --------------------------------------------------------------


def test_aftercare_needs_an_explicit_answer_and_ends_at_withdrawal(trin2) -> None:
    ctx, citizen, course_id, _company, _person = trin2
    _to_trin3(trin2)
    with pytest.raises(ValidationError, match="ja eller nej") as refused:
        course.complete(ctx, course_id, reason=CompletionReason.JOB)
    assert refused.value.field == "aftercare"
    course.complete(ctx, course_id, reason=CompletionReason.JOB, aftercare_consent=True)
    record = course.get_record(ctx, citizen)
    [consent] = record.consents
    assert (consent.scope, consent.given_on, consent.withdrawn_on) == (
        AFTERCARE_SCOPE, START.date(), None)
    first_due = _kinds(ctx, course_id, START.date())[DueKind.AFTERCARE]
    assert first_due == dt.date(2026, 4, 2)

    ctx.clock.advance(days=45)  # overdue aftercare on 16 April
    withdrawn = ctx.today()
    before = withdrawn - dt.timedelta(days=1)
    assert DueKind.AFTERCARE in _kinds(ctx, course_id, before)
    course.withdraw_consent(ctx, consent.id, withdrawn)
    assert _kinds(ctx, course_id, withdrawn) == {}
    assert _kinds(ctx, course_id, withdrawn + dt.timedelta(days=1)) == {}
    assert DueKind.AFTERCARE in _kinds(ctx, course_id, before)  # the day before: still due
    assert [r for r in caseload.caseload(ctx) if r.citizen_id == citizen] == []


def test_no_to_aftercare_records_no_consent(trin2) -> None:
    ctx, citizen, course_id, _company, _person = trin2
    _to_trin3(trin2)
    course.complete(ctx, course_id, reason=CompletionReason.EDUCATION, aftercare_consent=False)
    record = course.get_record(ctx, citizen)
    assert (record.consents, record.aftercare_until) == ((), None)


# --- point 6: paid hours summed over agreements ----------------------------------------------

