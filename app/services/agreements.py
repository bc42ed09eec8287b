"""Job match, the arbejds- og opfølgningsaftale, and løntimer per month (seed 004, trin 2-3;
seed 001, kerneelement 6-7)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.domain.enums import (
    AgreementStatus,
    AgreementType,
    AuditAction,
    FollowUpFrequency,
    InternshipPurpose,
    MatchActivityKind,
)
from app.domain.errors import ValidationError
from app.domain.measures import Progression, completes_trin3
from app.domain.programme import course_progression, latest_paid_month, monthly_paid_hours
from app.domain.roles import Permission
from app.domain.text import N_
from app.domain.values import (
    LONG_TEXT,
    check_date,
    check_period,
    clean_text,
    monthly_hours,
    parse_hours,
    weekly_hours,
)
from app.reports.agreement import agreement_pdf
from app.services import audit
from app.services._common import get_or_raise, record_change
from app.services.context import ServiceContext
from app.services.views import AgreementParties, AgreementView, PaidMonthView


@dataclass(frozen=True)
class MatchView:
    id: uuid.UUID
    company: str
    kind: MatchActivityKind
    occurred_on: dt.date
    tasks_tried: str
    citizen_verdict: str


@dataclass(frozen=True)
class AgreementTerms:
    company_id: uuid.UUID
    contact_person_id: uuid.UUID | None
    agreement_type: AgreementType
    internship_purpose: InternshipPurpose | None
    tasks: str
    hours_per_week: object
    paid_hours_per_week: object
    paid_hours_plan: str
    sub_goals: str
    health_considerations: str
    followup_plan: str
    followup_interval_days: int | None
    starts_on: dt.date
    ends_on: dt.date | None = None
    # seed 004, trin 2: the follow-up plan's frequency ("fx kontakt minimum en gang om
    # måneden"); it drives the agreement's follow-up due items
    followup_frequency: FollowUpFrequency = FollowUpFrequency.MONTHLY


@dataclass(frozen=True)
class CourseMonthView:
    """A calendar month of the course with its paid hours summed over every agreement."""

    month: dt.date
    hours: Decimal


@dataclass(frozen=True)
class CoursePaidHours:
    """The course's paid hours as one line (domain.md: summed per calendar month across
    agreements and companies), its progression and the month completion is judged on."""

    months: tuple[CourseMonthView, ...]
    progression: Progression | None
    latest: CourseMonthView | None

    @property
    def completes_trin3(self) -> bool:
        """seed 001, trin 3: at least 30 hours summed in the latest registered month."""
        return self.latest is not None and completes_trin3(self.latest.hours)


def _course(session: Session, course_id: uuid.UUID) -> m.Course:
    course = get_or_raise(session, m.Course, course_id, N_("Forløbet findes ikke."))
    return course


def _agreement(session: Session, agreement_id: uuid.UUID) -> m.Agreement:
    agreement = get_or_raise(session, m.Agreement, agreement_id, N_("Aftalen findes ikke."))
    return agreement


# --- job match -------------------------------------------------------------------------------


def record_match(ctx: ServiceContext, course_id: uuid.UUID, *, company_id: uuid.UUID,
                 kind: MatchActivityKind, occurred_on: dt.date, tasks_tried: str = "",
                 citizen_verdict: str = "") -> uuid.UUID:
    """A company visit or a snuse activity, with the tasks tried and the citizen's verdict."""
    ctx.require(Permission.CASE_WRITE)
    check_date(occurred_on, field="occurred_on", label="Datoen", today=ctx.today(),
               allow_future_days=0)
    tasks = clean_text(tasks_tried, field="tasks_tried", label="Opgaver", max_length=LONG_TEXT,
                       multiline=True)
    verdict = clean_text(citizen_verdict, field="citizen_verdict", label="Borgerens vurdering",
                         max_length=LONG_TEXT, multiline=True)
    with ctx.transaction() as session:
        course = _course(session, course_id)
        if session.get(m.Company, company_id) is None:
            raise ValidationError("Vælg en virksomhed.", field="company")
        activity = m.MatchActivity(course_id=course.id, company_id=company_id,
                                   kind=MatchActivityKind(kind), occurred_on=occurred_on,
                                   tasks_tried=tasks, citizen_verdict=verdict)
        session.add(activity)
        record_change(ctx, session, course, "match_activity", activity.id,
                      action=AuditAction.CREATE)
        return activity.id


# --- agreements ------------------------------------------------------------------------------


def _validated(ctx: ServiceContext, session: Session, t: AgreementTerms) -> dict:
    kind = AgreementType(t.agreement_type)
    purpose = InternshipPurpose(t.internship_purpose) if t.internship_purpose else None
    # seed 004, trin 2: an internship states exactly one of three purposes
    if kind in (AgreementType.INTERNSHIP, AgreementType.BOTH) and purpose is None:
        raise ValidationError("En praktik skal have ét formål: at opnå løntimer, at træne "
                              "jobrelaterede kompetencer eller at afklare jobmålet.",
                              field="internship_purpose")
    if kind == AgreementType.PAID_HOURS and purpose is not None:
        raise ValidationError("Et formål hører kun til en praktik.", field="internship_purpose")
    hours = weekly_hours(t.hours_per_week, field="hours_per_week")
    paid = parse_hours(t.paid_hours_per_week, maximum=hours, field="paid_hours_per_week",
                       label="Løntimer om ugen")
    if kind == AgreementType.PAID_HOURS and paid == 0:
        raise ValidationError("En aftale om løntimer fra start skal have løntimer om ugen.",
                              field="paid_hours_per_week")
    if session.get(m.Company, t.company_id) is None:
        raise ValidationError("Vælg en virksomhed.", field="company")
    if t.contact_person_id is not None:
        person = session.get(m.CompanyContact, t.contact_person_id)
        if person is None or person.company_id != t.company_id:
            raise ValidationError("Kontaktpersonen hører ikke til virksomheden.",
                                  field="contact_person")
    check_date(t.starts_on, field="starts_on", label="Startdatoen", today=ctx.today(),
               allow_future_days=366)
    check_date(t.ends_on, field="ends_on", label="Slutdatoen", today=ctx.today(),
               allow_future_days=5 * 366, required=False)
    check_period(t.starts_on, t.ends_on, field="ends_on")
    interval = t.followup_interval_days
    if interval is not None and not 1 <= int(interval) <= 31:
        raise ValidationError("Opfølgning skal ske mindst en gang om måneden (1-31 dage).",
                              field="followup_interval_days")

    def text(value: str, field: str, label: str) -> str:
        return clean_text(value, field=field, label=label, max_length=LONG_TEXT,
                          multiline=True)

    return {
        "company_id": t.company_id, "contact_person_id": t.contact_person_id,
        "agreement_type": kind, "internship_purpose": purpose,
        "tasks": text(t.tasks, "tasks", "Opgaver"), "hours_per_week": hours,
        "paid_hours_per_week": paid,
        "paid_hours_plan": text(t.paid_hours_plan, "paid_hours_plan", "Plan for løntimer"),
        "sub_goals": text(t.sub_goals, "sub_goals", "Delmål"),
        "health_considerations": text(t.health_considerations, "health_considerations",
                                      "Helbredsmæssige hensyn"),
        "followup_plan": text(t.followup_plan, "followup_plan", "Opfølgningsplan"),
        "followup_interval_days": int(interval) if interval else None,
        "followup_frequency": FollowUpFrequency(t.followup_frequency),
        "starts_on": t.starts_on, "ends_on": t.ends_on,
    }


def create_agreement(ctx: ServiceContext, course_id: uuid.UUID, terms: AgreementTerms
                     ) -> uuid.UUID:
    """The work and follow-up agreement. With a contact person and a follow-up plan it meets
    the Trin 2 exit condition (seed 004), which the caseload sees at once."""
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        course = _course(session, course_id)
        values = _validated(ctx, session, terms)
        agreement = m.Agreement(course_id=course.id, status=AgreementStatus.ACTIVE, **values)
        session.add(agreement)
        record_change(ctx, session, course, "agreement", agreement.id,
                      values["agreement_type"].label, AuditAction.CREATE)
        return agreement.id


def renegotiate(ctx: ServiceContext, agreement_id: uuid.UUID, terms: AgreementTerms
                ) -> uuid.UUID:
    """New terms (e.g. more ordinary hours, seed 004 trin 3): the old agreement is kept as
    renegotiated and the new one points back at it."""
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        old = _agreement(session, agreement_id)
        if old.status != AgreementStatus.ACTIVE:
            raise ValidationError("Kun en aktiv aftale kan genforhandles.", field="status")
        values = _validated(ctx, session, terms)
        if values["starts_on"] <= old.starts_on:
            raise ValidationError("Den nye aftale skal starte efter den gamle.",
                                  field="starts_on")
        old.status = AgreementStatus.RENEGOTIATED
        old.ends_on = values["starts_on"] - dt.timedelta(days=1)
        new = m.Agreement(course_id=old.course_id, status=AgreementStatus.ACTIVE,
                          supersedes_id=old.id, **values)
        session.add(new)
        course = _course(session, old.course_id)
        record_change(ctx, session, course, "agreement", new.id, "genforhandlet")
        return new.id


def end_agreement(ctx: ServiceContext, agreement_id: uuid.UUID, *, ends_on: dt.date,
                  reason: str) -> None:
    ctx.require(Permission.CASE_WRITE)
    reason = clean_text(reason, field="reason", label="Årsagen", required=True,
                        max_length=LONG_TEXT, multiline=True)
    check_date(ends_on, field="ends_on", label="Slutdatoen", today=ctx.today(),
               allow_future_days=366)
    with ctx.transaction() as session:
        agreement = _agreement(session, agreement_id)
        if agreement.status != AgreementStatus.ACTIVE:
            raise ValidationError("Aftalen er allerede afsluttet.", field="status")
        check_period(agreement.starts_on, ends_on, field="ends_on")
        agreement.status = AgreementStatus.ENDED
        agreement.ends_on = ends_on
        agreement.end_reason = reason
        course = _course(session, agreement.course_id)
        record_change(ctx, session, course, "agreement", agreement.id, "aftale afsluttet")


def record_paid_hours(ctx: ServiceContext, agreement_id: uuid.UUID, *, month: dt.date,
                      hours: object, pay: object = None) -> uuid.UUID:
    """Løntimer in one month from the payslip; a second entry for the month replaces the
    first. Negative hours, more than 744, or a month before the agreement are refused."""
    ctx.require(Permission.CASE_WRITE)
    value = monthly_hours(hours)
    amount = None
    if pay not in (None, ""):
        amount = parse_hours(pay, maximum=Decimal(1_000_000), field="pay", label="Lønnen")
    first = month.replace(day=1)
    check_date(first, field="month", label="Måneden", today=ctx.today(), allow_future_days=0)
    with ctx.transaction() as session:
        agreement = _agreement(session, agreement_id)
        if first < agreement.starts_on.replace(day=1):
            raise ValidationError("Måneden ligger før aftalen startede ({day}).", field="month",
                                  day=f"{agreement.starts_on:%d.%m.%Y}")
        if agreement.ends_on and first > agreement.ends_on:
            raise ValidationError("Måneden ligger efter aftalen sluttede.", field="month")
        row = session.execute(select(m.PaidHoursMonth).where(
            m.PaidHoursMonth.agreement_id == agreement.id,
            m.PaidHoursMonth.month == first)).scalar_one_or_none()
        if row is None:
            row = m.PaidHoursMonth(agreement_id=agreement.id, month=first)
            session.add(row)
        row.hours = value
        row.pay = amount
        course = _course(session, agreement.course_id)
        record_change(ctx, session, course, "paid_hours_month", row.id,
                      f"{first:%m.%Y}: {value} timer")
        return row.id


# --- reading and printing --------------------------------------------------------------------


def _view(session: Session, a: m.Agreement) -> AgreementView:
    company = session.get(m.Company, a.company_id)
    person = session.get(m.CompanyContact, a.contact_person_id) if a.contact_person_id \
        else None
    return AgreementView(
        a.id, a.company_id, company.name if company else "", a.contact_person_id,
        person.name if person else "", a.agreement_type, a.internship_purpose, a.status,
        a.tasks, a.hours_per_week, a.paid_hours_per_week, a.paid_hours_plan, a.sub_goals,
        a.health_considerations, a.followup_plan, a.followup_interval_days, a.starts_on,
        a.ends_on, a.end_reason, a.supersedes_id,
        tuple(PaidMonthView(p.id, p.month, p.hours, p.pay) for p in a.paid_hours),
        a.followup_frequency)


def for_course(ctx: ServiceContext, course_id: uuid.UUID
               ) -> tuple[list[MatchView], list[AgreementView]]:
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        course = _course(session, course_id)
        names = dict(session.execute(select(m.Company.id, m.Company.name)).all())
        matches = [MatchView(a.id, names.get(a.company_id, ""), a.kind, a.occurred_on,
                             a.tasks_tried, a.citizen_verdict)
                   for a in sorted(course.match_activities, key=lambda a: a.occurred_on,
                                   reverse=True)]
        agreements = [_view(session, a) for a in sorted(course.agreements,
                                                        key=lambda a: a.starts_on,
                                                        reverse=True)]
        audit.record(ctx, session, AuditAction.READ, object_type="agreement",
                     citizen_id=course.citizen_id, detail=f"{len(agreements)} aftaler")
        return matches, agreements


def course_paid_hours(ctx: ServiceContext, course_id: uuid.UUID) -> CoursePaidHours:
    """Paid hours of the whole course per calendar month, summed over every agreement and
    company (renegotiations and a change of company make one line), with the progression from
    the first to the latest month with paid hours (seed 003, chapter 2)."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        _course(session, course_id)
        rows = session.execute(
            select(m.PaidHoursMonth.month, m.PaidHoursMonth.hours)
            .join(m.Agreement, m.Agreement.id == m.PaidHoursMonth.agreement_id)
            .where(m.Agreement.course_id == course_id)).all()
    pairs = [(month, hours) for month, hours in rows]
    latest = latest_paid_month(pairs)
    return CoursePaidHours(
        tuple(CourseMonthView(month, hours) for month, hours in monthly_paid_hours(pairs)),
        course_progression(pairs), CourseMonthView(*latest) if latest else None)


def agreement_document(ctx: ServiceContext, agreement_id: uuid.UUID) -> bytes:
    """The printed arbejds- og opfølgningsaftale; rendering it is logged as a print."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        a = _agreement(session, agreement_id)
        view = _view(session, a)
        course = _course(session, a.course_id)
        citizen = session.get(m.Citizen, course.citizen_id)
        office = session.execute(select(m.Office.name)).scalar_one()
        staff = session.get(m.StaffAccount, course.jobformidler_id) \
            if course.jobformidler_id else None
        company = session.get(m.Company, a.company_id)
        person = session.get(m.CompanyContact, a.contact_person_id) if a.contact_person_id \
            else None
        parties = AgreementParties(
            office=office, citizen_name=citizen.full_name, citizen_phone=citizen.phone,
            company_name=company.name, company_cvr=company.cvr or "",
            company_address=company.address,
            contact_person=person.name if person else "",
            contact_phone=person.phone if person else "",
            jobformidler=staff.full_name if staff else "")
        audit.record(ctx, session, AuditAction.PRINT, object_type="agreement",
                     object_id=a.id, citizen_id=citizen.id, detail="aftale dannet til udskrift")
    return agreement_pdf(parties, view, printed_at=ctx.now().astimezone())
