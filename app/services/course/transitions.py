"""The course's transitions: assignment, visitation, steps, dropout, completion and exemptions."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import select

from app.db import models as m
from app.domain.enums import (
    AgreementStatus,
    AuditAction,
    CompletionReason,
    CourseStatus,
    ExemptionReason,
    Step,
    VisitationGroup,
)
from app.domain.errors import ValidationError
from app.domain.programme import (
    AFTERCARE_RECIPIENTS,
    AFTERCARE_SCOPE,
    latest_paid_month,
    target_group_problems,
)
from app.domain.roles import Permission
from app.domain.rules import (
    CourseAction,
    aftercare_end,
    allowed_actions,
    completion_conditions,
    exit_conditions,
    self_supporting,
    step_after_dropout,
    unmet,
)
from app.domain.text import N_, number
from app.domain.values import (
    LONG_TEXT,
    TRIN3_EXIT_PAID_HOURS_PER_MONTH,
    check_date,
    check_period,
    clean_text,
)
from app.services import audit
from app.services._common import get_or_raise, record_change
from app.services.caseload import load_facts, refresh_due
from app.services.context import ServiceContext
from app.services.course._common import (
    STEP_NAMES,
    check_staff,
    latest_course,
    on_day,
    open_period,
)
from app.services.course.consents import new_consent


def _allowed(course: m.Course, exemption: m.ExemptionPeriod | None = None
             ) -> frozenset[CourseAction]:
    """What may be done to `course` from where it stands: the one domain rule the record's
    buttons also ask; `exemption` is the one to be lifted, if any."""
    return allowed_actions(course.status, course.current_step,
                           open_exemption=exemption is not None and exemption.ends_on is None)


def assign(ctx: ServiceContext, course_id: uuid.UUID, *, caseworker_id: uuid.UUID | None,
           jobformidler_id: uuid.UUID | None) -> None:
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        course = get_or_raise(session, m.Course, course_id, N_("Forløbet findes ikke."))
        if CourseAction.ASSIGN not in _allowed(course):
            raise ValidationError("Forløbet er afsluttet; sagsbehandler og jobformidler kan "
                                  "ikke ændres.", field="caseworker")
        check_staff(session, caseworker_id, "sagsbehandler")
        check_staff(session, jobformidler_id, "jobformidler")
        course.caseworker_id = caseworker_id
        course.jobformidler_id = jobformidler_id
        record_change(ctx, session, course, "course", course.id, "sagsbehandler og jobformidler")


def visit(ctx: ServiceContext, course_id: uuid.UUID, group: VisitationGroup,
          on: dt.date | None = None, note: str = "", override_reason: str = "") -> None:
    """seed 004, trin 1: 1-2 meetings decide group 1 (the job-directed effort starts, Trin 1)
    or group 2 (the rehabiliteringsteam; the citizen leaves the course). A citizen outside the
    target group (seed 001, kerneelement 3) is visited only with a recorded reason."""
    ctx.require(Permission.CASE_WRITE)
    day = on_day(ctx, on, "Visitationsdatoen", "visitation_date")
    note = clean_text(note, field="note", label="Note", max_length=LONG_TEXT, multiline=True)
    reason = clean_text(override_reason, field="override_reason", label="Begrundelsen",
                        max_length=LONG_TEXT, multiline=True)
    with ctx.transaction() as session:
        course = get_or_raise(session, m.Course, course_id, N_("Forløbet findes ikke."))
        if CourseAction.VISIT not in _allowed(course):
            raise ValidationError("Borgeren er allerede visiteret.", field="visitation")
        if day < course.started_on:
            raise ValidationError("Visitationen kan ikke ligge før forløbets start.",
                                  field="visitation_date")
        citizen = session.get(m.Citizen, course.citizen_id)
        problems = target_group_problems(citizen.benefit_type, citizen.activity_ready,
                                         citizen.in_integration_programme)
        if problems and not reason:
            raise ValidationError("Borgeren er uden for målgruppen: {problems} Skriv en "
                                  "begrundelse, hvis borgeren alligevel skal visiteres.",
                                  field="override_reason", problems=" ".join(problems))
        course.target_group_override = reason if problems else ""
        course.visitation_group = VisitationGroup(group)
        course.visitation_date = day
        course.visited_by_id = ctx.user.id
        if course.visitation_group == VisitationGroup.INDSATS:
            course.status = CourseStatus.ACTIVE
            course.current_step = Step.AFKLARING
            session.add(m.StepPeriod(course_id=course.id, step=Step.AFKLARING, started_on=day,
                                     transition_note=note or "Visiteret til gruppe 1",
                                     recorded_by_id=ctx.user.id))
        else:
            course.status = CourseStatus.TO_REHAB
            course.ended_on = day
            course.completion_reason = CompletionReason.REHAB
            course.completion_note = note
        record_change(ctx, session, course, "course", course.id,
                      f"visiteret til gruppe {int(course.visitation_group)}")


# --- steps, dropout, completion --------------------------------------------------------------


def next_step(ctx: ServiceContext, course_id: uuid.UUID, *, on: dt.date | None = None,
              override_reason: str = "", note: str = "") -> Step:
    """Move to the next trin. Conditions not met need a recorded reason (seed 004)."""
    ctx.require(Permission.CASE_WRITE)
    day = on_day(ctx, on, "Datoen", "on")
    reason = clean_text(override_reason, field="override_reason", label="Begrundelsen",
                        max_length=LONG_TEXT, multiline=True)
    note = clean_text(note, field="note", label="Note", max_length=LONG_TEXT, multiline=True)
    with ctx.transaction() as session:
        course = get_or_raise(session, m.Course, course_id, N_("Forløbet findes ikke."))
        if CourseAction.NEXT_STEP not in _allowed(course):
            raise ValidationError("Forløbet kan ikke gå videre til næste trin herfra.",
                                  field="step")
        facts = load_facts(session, ctx.today(), [course.id]).get(course.id)
        missing = unmet(exit_conditions(facts[1])) if facts else []
        if missing and not reason:
            raise ValidationError(
                "Betingelserne for at gå videre er ikke opfyldt: {missing}. Skriv en "
                "begrundelse, hvis forløbet alligevel skal videre.", field="override_reason",
                missing="; ".join(c.label.lower() for c in missing))
        current = open_period(course)
        if current is not None:
            if day < current.started_on:
                raise ValidationError("Datoen ligger før det nuværende trin begyndte.",
                                      field="on")
            current.ended_on = day
        target = Step(int(course.current_step) + 1)
        course.current_step = target
        session.add(m.StepPeriod(course_id=course.id, step=target, started_on=day,
                                 transition_note=note,
                                 override_reason=reason if missing else "",
                                 recorded_by_id=ctx.user.id))
        record_change(ctx, session, course, "course", course.id, f"videre til {STEP_NAMES[target]}"
                 + (" (betingelser ikke opfyldt, begrundet)" if missing else ""))
        return target


def dropout(ctx: ServiceContext, course_id: uuid.UUID, *, to_rehab: bool,
            on: dt.date | None = None, note: str = "") -> Step | None:
    """seed 001, trin 3: dropout returns to Trin 2 unless the citizen goes to the rehab team."""
    ctx.require(Permission.CASE_WRITE)
    day = on_day(ctx, on, "Datoen", "on")
    note = clean_text(note, field="note", label="Note", max_length=LONG_TEXT, multiline=True)
    with ctx.transaction() as session:
        course = get_or_raise(session, m.Course, course_id, N_("Forløbet findes ikke."))
        if CourseAction.DROPOUT not in _allowed(course):
            raise ValidationError("Kun et forløb i trin 3 kan afbrydes med frafald.",
                                  field="step")
        current = open_period(course)
        if current is not None:
            current.ended_on = day
        target = step_after_dropout(to_rehab)
        if target is None:
            course.status = CourseStatus.INTERRUPTED
            course.current_step = None
            course.ended_on = day
            course.completion_reason = CompletionReason.REHAB
            course.completion_note = note
        else:
            course.current_step = target
            session.add(m.StepPeriod(course_id=course.id, step=target, started_on=day,
                                     transition_note=note or "Frafald fra trin 3",
                                     dropout=True, recorded_by_id=ctx.user.id))
        _end_agreements_at_dropout(ctx, session, course, day)
        record_change(ctx, session, course, "course", course.id, "frafald: " + (
            "rehabiliteringsteam" if to_rehab else "tilbage til trin 2"))
        return target


def _end_agreements_at_dropout(ctx: ServiceContext, session, course: m.Course,
                               day: dt.date) -> None:
    """domain.md: dropout from Trin 3 ends the active agreement (seed 001, trin 3: "skal
    borgeren påbegynde trin 2 igen med henblik på hurtigst muligt at finde et nyt match"), so
    Trin 2 can only be left with a new agreement made after the dropout."""
    for agreement in course.agreements:
        if agreement.status == AgreementStatus.ACTIVE:
            agreement.status = AgreementStatus.ENDED
            agreement.ends_on = max(day, agreement.starts_on)
            agreement.end_reason = "frafald"
            audit.record(ctx, session, AuditAction.CHANGE, object_type="agreement",
                         object_id=agreement.id, citizen_id=course.citizen_id,
                         detail="aftale afsluttet ved frafald")


def paid_hours_month(session, course_id: uuid.UUID) -> tuple[dt.date, Decimal] | None:
    """The latest registered month of the course and its hours summed over every agreement
    (seed 001, trin 3; domain.md "How the app reads the rules")."""
    rows = session.execute(
        select(m.PaidHoursMonth.month, m.PaidHoursMonth.hours)
        .join(m.Agreement, m.Agreement.id == m.PaidHoursMonth.agreement_id)
        .where(m.Agreement.course_id == course_id)).all()
    return latest_paid_month((month, hours) for month, hours in rows)


def completion_month(ctx: ServiceContext, course_id: uuid.UUID
                     ) -> tuple[dt.date, Decimal] | None:
    """The month the completion form shows: the one completion by paid hours is judged on."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        return paid_hours_month(session, course_id)


def complete(ctx: ServiceContext, course_id: uuid.UUID, *, reason: CompletionReason,
             on: dt.date | None = None, aftercare_months: int = 6,
             aftercare_consent: bool | None = None, note: str = "") -> None:
    """Completion by job, education or at least 30 paid hours summed in the latest registered
    month; aftercare follows for 3-6 months only with the citizen's explicit answer (seed 004,
    trin 3: efterværn needs consent; domain.md: nothing defaults to yes): yes records a consent
    with scope efterværn, which can be withdrawn."""
    ctx.require(Permission.CASE_WRITE)
    day = on_day(ctx, on, "Slutdatoen", "ended_on")
    note = clean_text(note, field="note", label="Note", max_length=LONG_TEXT, multiline=True)
    reason = CompletionReason(reason)
    with ctx.transaction() as session:
        course = get_or_raise(session, m.Course, course_id, N_("Forløbet findes ikke."))
        if CourseAction.COMPLETE not in _allowed(course):
            raise ValidationError("Kun et aktivt forløb kan afsluttes.", field="status")
        if reason == CompletionReason.PAID_HOURS:
            _check_paid_hours(session, course.id)
        if self_supporting(reason) and aftercare_consent is None:
            raise ValidationError("Vælg om borgeren siger ja eller nej til efterværn.",
                                  field="aftercare")
        current = open_period(course)
        if current is not None:
            if day < current.started_on:
                raise ValidationError("Slutdatoen ligger før det nuværende trin begyndte.",
                                      field="ended_on")
            current.ended_on = day
        course.status = CourseStatus.COMPLETED
        course.current_step = None
        course.ended_on = day
        course.completion_reason = reason
        course.completion_note = note
        course.aftercare_consent = bool(aftercare_consent) and self_supporting(reason)
        course.aftercare_until = aftercare_end(day, aftercare_months) if (
            course.aftercare_consent) else None
        if course.aftercare_consent:
            new_consent(ctx, session, course.citizen_id, scope=AFTERCARE_SCOPE,
                        recipients=AFTERCARE_RECIPIENTS, given_on=day)
        record_change(ctx, session, course, "course", course.id, f"afsluttet: {reason.label}")


def add_exemption(ctx: ServiceContext, course_id: uuid.UUID, *, reason: ExemptionReason,
                  starts_on: dt.date, ends_on: dt.date | None = None, reason_text: str = "",
                  notification_sent: bool = False) -> uuid.UUID:
    ctx.require(Permission.CASE_WRITE)
    check_date(starts_on, field="starts_on", label="Startdatoen", today=ctx.today(),
               allow_future_days=366)
    check_date(ends_on, field="ends_on", label="Slutdatoen", today=ctx.today(),
               allow_future_days=3 * 366, required=False)
    check_period(starts_on, ends_on, field="ends_on")
    text = clean_text(reason_text, field="reason_text", label="Årsagen", max_length=LONG_TEXT,
                      multiline=True)
    with ctx.transaction() as session:
        course = get_or_raise(session, m.Course, course_id, N_("Forløbet findes ikke."))
        if CourseAction.EXEMPTION not in _allowed(course):
            raise ValidationError("Et afsluttet forløb kan ikke få en fritagelse.",
                                  field="reason")
        exemption = m.ExemptionPeriod(course_id=course.id, reason=ExemptionReason(reason),
                                      reason_text=text, starts_on=starts_on, ends_on=ends_on,
                                      notification_sent=notification_sent)
        session.add(exemption)
        record_change(ctx, session, course, "course", course.id,
                      f"fritagelse: {ExemptionReason(reason).label}")
        return exemption.id


def end_exemption(ctx: ServiceContext, exemption_id: uuid.UUID, ends_on: dt.date) -> None:
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        exemption = get_or_raise(session, m.ExemptionPeriod, exemption_id,
                                 N_("Fritagelsen findes ikke."))
        course = get_or_raise(session, m.Course, exemption.course_id,
                              N_("Forløbet findes ikke."))
        if CourseAction.END_EXEMPTION not in _allowed(course, exemption):
            raise ValidationError("Fritagelsen er allerede ophævet.", field="ends_on")
        check_period(exemption.starts_on, ends_on, field="ends_on")
        exemption.ends_on = ends_on
        record_change(ctx, session, course, "course", course.id, "fritagelse ophævet")


def _check_paid_hours(session, course_id: uuid.UUID) -> None:
    """seed 001, trin 3: at least 30 hours summed in the latest registered month."""
    latest = paid_hours_month(session, course_id)
    if latest is None:
        raise ValidationError("Der er ikke registreret en måned med mindst {hours} løntimer.",
                              field="reason", hours=TRIN3_EXIT_PAID_HOURS_PER_MONTH)
    if unmet(completion_conditions(CompletionReason.PAID_HOURS, latest[1])):
        raise ValidationError("Seneste registrerede måned ({month}) har {hours} løntimer i "
                              "alt; der skal mindst {minimum} til.", field="reason",
                              month=f"{latest[0]:%m.%Y}",
                              hours=number(latest[1]),
                              minimum=TRIN3_EXIT_PAID_HOURS_PER_MONTH)


def new_course(ctx: ServiceContext, citizen_id: uuid.UUID, *, started_on: dt.date | None = None,
               caseworker_id: uuid.UUID | None = None,
               jobformidler_id: uuid.UUID | None = None) -> uuid.UUID:
    """A second (or later) course on the same record (domain.md: a citizen sent back by the
    rehabiliteringsteam rejoins group 1, seed 004 trin 1; one who completed and lost the job
    comes back). Earlier courses stay as they were; only a closed one can be followed."""
    ctx.require(Permission.CASE_WRITE)
    start = on_day(ctx, started_on, "Startdatoen", "started_on")
    with ctx.transaction() as session:
        get_or_raise(session, m.Citizen, citizen_id, N_("Borgeren findes ikke."))
        previous = latest_course(session, citizen_id)
        if previous is not None and previous.status in (CourseStatus.VISITATION,
                                                        CourseStatus.ACTIVE):
            raise ValidationError("Borgeren har allerede et åbent forløb.", field="course")
        if previous is not None and start < (previous.ended_on or previous.started_on):
            raise ValidationError("Det nye forløb kan ikke starte, før det forrige sluttede.",
                                  field="started_on")
        check_staff(session, caseworker_id, "sagsbehandler")
        check_staff(session, jobformidler_id, "jobformidler")
        if previous is not None and previous.aftercare_until and (
                previous.aftercare_until >= start):
            previous.aftercare_until = start - dt.timedelta(days=1)  # the new course takes over
        course = m.Course(citizen_id=citizen_id, caseworker_id=caseworker_id,
                          jobformidler_id=jobformidler_id, status=CourseStatus.VISITATION,
                          started_on=start)
        session.add(course)
        session.flush()
        record_change(ctx, session, course, "course", course.id, "nyt forløb",
                      AuditAction.CREATE)
        if previous is not None:
            refresh_due(session, ctx.today(), [previous.id])
        return course.id
