"""The citizen's course (forløb): new citizens, visitation, steps, exemptions, completion, job
goal and CV, contacts, network and consents. Every change refreshes the course's due items."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import models as m
from app.domain.cpr import mask_cpr, parse_cpr
from app.domain.enums import (
    AuditAction,
    BenefitType,
    CompletionReason,
    ContactChannel,
    ContactKind,
    ContactPlace,
    CourseStatus,
    CvItemKind,
    DropInReason,
    ExemptionReason,
    Step,
    VisitationGroup,
)
from app.domain.errors import DuplicateError, NotFound, ValidationError
from app.domain.roles import Permission
from app.domain.rules import (
    Condition,
    DueItem,
    aftercare_end,
    completion_conditions,
    due_items,
    exit_conditions,
    self_supporting,
    step_after_dropout,
    unmet,
)
from app.domain.text import N_
from app.domain.values import LONG_TEXT, check_date, check_period, clean_text
from app.reports.access_log import access_log_pdf
from app.reports.cv import CvData, cv_pdf
from app.services import audit
from app.services.caseload import STEP_LABELS, load_facts, refresh_due
from app.services.context import ServiceContext

STEP_NAMES = {Step.AFKLARING: N_("Trin 1 Afklaring"),
              Step.PAA_VEJ_MOD_JOB: N_("Trin 2 På vej mod job"),
              Step.VIRKSOMHEDSFORLOEB: N_("Trin 3 Virksomhedsforløb")}


# --- views -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StepPeriodView:
    id: uuid.UUID
    step: Step
    started_on: dt.date
    ended_on: dt.date | None
    transition_note: str
    override_reason: str
    dropout: bool


@dataclass(frozen=True)
class ExemptionView:
    id: uuid.UUID
    reason: ExemptionReason
    reason_text: str
    starts_on: dt.date
    ends_on: dt.date | None


@dataclass(frozen=True)
class CvItemView:
    id: uuid.UUID
    kind: CvItemKind
    title: str
    detail: str


@dataclass(frozen=True)
class ContactEntryView:
    id: uuid.UUID
    occurred_at: dt.datetime
    kind: ContactKind
    channel: ContactChannel
    place: ContactPlace | None
    participants: str
    interpreter_used: bool
    interpreter_reason: str
    note: str
    next_contact_on: dt.date | None
    next_contact_who: str
    staff: str


@dataclass(frozen=True)
class NetworkView:
    id: uuid.UUID
    name: str
    relation: str
    phone: str
    note: str


@dataclass(frozen=True)
class ConsentView:
    id: uuid.UUID
    scope: str
    recipients: str
    given_on: dt.date
    withdrawn_on: dt.date | None

    def active_on(self, day: dt.date) -> bool:
        return self.given_on <= day and (self.withdrawn_on is None or day < self.withdrawn_on)


@dataclass(frozen=True)
class JobGoalView:
    position: str
    functions: str
    field: str
    direction: str
    education_goal: bool
    cv_started_on: dt.date | None


@dataclass(frozen=True)
class CitizenRecord:
    citizen_id: uuid.UUID
    course_id: uuid.UUID | None
    name: str
    first_name: str
    last_name: str
    masked_cpr: str
    birth_date: dt.date | None
    phone: str
    language: str
    interpreter_needed: bool
    benefit_type: BenefitType | None
    status: CourseStatus | None
    step: Step | None
    step_label: str
    started_on: dt.date | None
    visitation_group: VisitationGroup | None
    visitation_date: dt.date | None
    visited_by: str
    caseworker_id: uuid.UUID | None
    caseworker: str
    jobformidler_id: uuid.UUID | None
    jobformidler: str
    ended_on: dt.date | None
    completion_reason: CompletionReason | None
    aftercare_until: dt.date | None
    steps: tuple[StepPeriodView, ...]
    exemptions: tuple[ExemptionView, ...]
    job_goal: JobGoalView | None
    cv_items: tuple[CvItemView, ...]
    contacts: tuple[ContactEntryView, ...]
    network: tuple[NetworkView, ...]
    consents: tuple[ConsentView, ...]
    due: tuple[DueItem, ...]
    conditions: tuple[Condition, ...]

    @property
    def next_due(self) -> DueItem | None:
        return self.due[0] if self.due else None

    @property
    def attempts(self) -> tuple[ContactEntryView, ...]:
        """Contact attempts and hearings, listed together before a sanction (seed 001, 5)."""
        return tuple(c for c in self.contacts
                     if c.kind in (ContactKind.KONTAKTFORSOEG, ContactKind.PARTSHOERING))


# --- helpers ---------------------------------------------------------------------------------


def _course(session: Session, course_id: uuid.UUID) -> m.Course:
    course = session.get(m.Course, course_id)
    if course is None:
        raise NotFound("Forløbet findes ikke.")
    return course


def _latest_course(session: Session, citizen_id: uuid.UUID) -> m.Course | None:
    return session.execute(select(m.Course).where(m.Course.citizen_id == citizen_id)
                           .order_by(m.Course.started_on.desc(), m.Course.created_at.desc())
                           .limit(1)).scalar_one_or_none()


def _staff(session: Session, staff_id: uuid.UUID | None, role_word: str) -> None:
    if staff_id is None:
        return
    account = session.get(m.StaffAccount, staff_id)
    if account is None or not account.active:
        raise ValidationError(N_("Vælg en aktiv {role}.", role=role_word), field=role_word)


def _open_period(course: m.Course) -> m.StepPeriod | None:
    return next((p for p in course.step_periods if p.ended_on is None), None)


def _refresh_citizen(ctx: ServiceContext, session: Session, citizen_id: uuid.UUID) -> None:
    course = _latest_course(session, citizen_id)
    if course is not None:
        session.flush()
        refresh_due(session, ctx.today(), [course.id])


def _changed(ctx: ServiceContext, session: Session, course: m.Course, detail: str) -> None:
    session.flush()
    refresh_due(session, ctx.today(), [course.id])
    audit.record(ctx, session, AuditAction.CHANGE, object_type="course", object_id=course.id,
                 citizen_id=course.citizen_id, detail=detail)


def _on(ctx: ServiceContext, day: dt.date | None, label: str, field: str) -> dt.date:
    result = check_date(day or ctx.today(), field=field, label=label, today=ctx.today(),
                        allow_future_days=0)
    assert result is not None
    return result


def _label(course: m.Course | None) -> str:
    if course is None:
        return "Intet forløb"
    if course.status == CourseStatus.ACTIVE and course.current_step:
        return STEP_LABELS[course.current_step]
    return course.status.label


# --- reading -------------------------------------------------------------------------------


def get_record(ctx: ServiceContext, citizen_id: uuid.UUID) -> CitizenRecord:
    """The citizen's whole record; one audited read."""
    ctx.require(Permission.CASE_READ)
    today = ctx.today()
    with ctx.transaction() as session:
        citizen = session.get(m.Citizen, citizen_id)
        if citizen is None:
            raise NotFound("Borgeren findes ikke.")
        staff = dict(session.execute(select(m.StaffAccount.id, m.StaffAccount.full_name)).all())
        course = _latest_course(session, citizen_id)
        contacts = session.execute(select(m.ContactEntry).where(
            m.ContactEntry.citizen_id == citizen_id).order_by(
            m.ContactEntry.occurred_at.desc())).scalars().all()
        cv = session.execute(select(m.CvItem).where(m.CvItem.citizen_id == citizen_id)
                             .order_by(m.CvItem.kind, m.CvItem.position)).scalars().all()
        network = session.execute(select(m.NetworkPerson).where(
            m.NetworkPerson.citizen_id == citizen_id).order_by(m.NetworkPerson.name)).scalars()
        consents = session.execute(select(m.Consent).where(m.Consent.citizen_id == citizen_id)
                                   .order_by(m.Consent.given_on.desc())).scalars()
        due: list[DueItem] = []
        conditions: list[Condition] = []
        if course is not None:
            facts = load_facts(session, today, [course.id]).get(course.id)
            if facts is not None:
                due = due_items(facts[1], today)
                conditions = exit_conditions(facts[1])
        goal = course.job_goal if course else None
        record = CitizenRecord(
            citizen_id=citizen.id, course_id=course.id if course else None,
            name=citizen.full_name, first_name=citizen.first_name, last_name=citizen.last_name,
            masked_cpr=mask_cpr(citizen.cpr), birth_date=citizen.birth_date,
            phone=citizen.phone, language=citizen.language,
            interpreter_needed=citizen.interpreter_needed, benefit_type=citizen.benefit_type,
            status=course.status if course else None,
            step=course.current_step if course else None,
            step_label=_label(course),
            started_on=course.started_on if course else None,
            visitation_group=course.visitation_group if course else None,
            visitation_date=course.visitation_date if course else None,
            visited_by=staff.get(course.visited_by_id, "") if course else "",
            caseworker_id=course.caseworker_id if course else None,
            caseworker=staff.get(course.caseworker_id, "") if course else "",
            jobformidler_id=course.jobformidler_id if course else None,
            jobformidler=staff.get(course.jobformidler_id, "") if course else "",
            ended_on=course.ended_on if course else None,
            completion_reason=course.completion_reason if course else None,
            aftercare_until=course.aftercare_until if course else None,
            steps=tuple(StepPeriodView(p.id, p.step, p.started_on, p.ended_on,
                                       p.transition_note, p.override_reason, p.dropout)
                        for p in (course.step_periods if course else [])),
            exemptions=tuple(ExemptionView(e.id, e.reason, e.reason_text, e.starts_on,
                                           e.ends_on)
                             for e in (course.exemptions if course else [])),
            job_goal=JobGoalView(goal.position, goal.functions, goal.field, goal.direction,
                                 goal.education_goal, goal.cv_started_on) if goal else None,
            cv_items=tuple(CvItemView(i.id, i.kind, i.title, i.detail) for i in cv),
            contacts=tuple(ContactEntryView(
                c.id, c.occurred_at, c.kind, c.channel, c.place, c.participants,
                c.interpreter_used, c.interpreter_reason, c.note, c.next_contact_on,
                c.next_contact_who, staff.get(c.staff_id, "")) for c in contacts),
            network=tuple(NetworkView(n.id, n.name, n.relation, n.phone, n.note)
                          for n in network),
            consents=tuple(ConsentView(c.id, c.scope, c.recipients, c.given_on, c.withdrawn_on)
                           for c in consents),
            due=tuple(due), conditions=tuple(conditions),
        )
        audit.record(ctx, session, AuditAction.READ, object_type="citizen",
                     object_id=citizen.id, citizen_id=citizen.id)
        return record


# --- new citizen and visitation --------------------------------------------------------------


def new_citizen(
    ctx: ServiceContext,
    *,
    first_name: str,
    last_name: str,
    cpr: str,
    phone: str = "",
    language: str = "dansk",
    interpreter_needed: bool = False,
    benefit_type: BenefitType | None = None,
    caseworker_id: uuid.UUID | None = None,
    jobformidler_id: uuid.UUID | None = None,
    started_on: dt.date | None = None,
    from_visit_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """A citizen in the programme: validated CPR (a duplicate is refused and named), a course
    waiting for visitation, the caseworker and the jobformidler. Created from a drop-in visit,
    the visit is linked and appears in the contact log as åben rådgivning."""
    ctx.require(Permission.CASE_WRITE)
    first = clean_text(first_name, field="first_name", label="Fornavn", required=True,
                       max_length=100)
    last = clean_text(last_name, field="last_name", label="Efternavn", required=True,
                      max_length=100)
    phone = clean_text(phone, field="phone", label="Telefon", max_length=30)
    language = clean_text(language, field="language", label="Sprog", max_length=50) or "dansk"
    number = parse_cpr(cpr, ctx.today())
    start = _on(ctx, started_on, "Startdatoen", "started_on")
    with ctx.transaction() as session:
        existing = session.execute(select(m.Citizen.id).where(
            m.Citizen.cpr == number.digits)).scalar_one_or_none()
        if existing is not None:
            raise DuplicateError("Der findes allerede en borger med dette CPR-nummer.",
                                 existing, field="cpr")
        _staff(session, caseworker_id, "sagsbehandler")
        _staff(session, jobformidler_id, "jobformidler")
        citizen = m.Citizen(cpr=number.digits, first_name=first, last_name=last,
                            birth_date=number.birth_date, phone=phone, language=language,
                            interpreter_needed=interpreter_needed, benefit_type=benefit_type)
        session.add(citizen)
        session.flush()
        course = m.Course(citizen_id=citizen.id, caseworker_id=caseworker_id,
                          jobformidler_id=jobformidler_id, status=CourseStatus.VISITATION,
                          started_on=start)
        session.add(course)
        session.flush()
        if from_visit_id is not None:
            _link_visit(session, from_visit_id, citizen.id, course.id)
        refresh_due(session, ctx.today(), [course.id])
        audit.record(ctx, session, AuditAction.CREATE, object_type="citizen",
                     object_id=citizen.id, citizen_id=citizen.id, detail="ny borger i forløb")
        return citizen.id


def _link_visit(session: Session, visit_id: uuid.UUID, citizen_id: uuid.UUID,
                course_id: uuid.UUID) -> None:
    visit = session.get(m.DropInVisit, visit_id)
    if visit is None:
        raise NotFound("Besøget findes ikke.")
    if visit.citizen_id is not None:
        raise ValidationError("Besøget er allerede knyttet til en borger.", field="visit")
    visit.citizen_id = citizen_id
    started = next((e for e in visit.events if e.kind.value in ("started", "called")), None)
    arrived = next((e for e in visit.events if e.kind.value == "arrived"), None)
    at = (started or arrived).at if (started or arrived) else m.utcnow()
    reasons = ", ".join(DropInReason(r).label for r in visit.reasons.split())
    session.add(m.ContactEntry(
        citizen_id=citizen_id, course_id=course_id,
        staff_id=started.staff_id if started else None, occurred_at=at,
        kind=ContactKind.AABEN_RAADGIVNING, channel=ContactChannel.PERSONLIGT,
        place=ContactPlace.KONTORET, note=f"Åben rådgivning: {reasons}. {visit.note}".strip(),
        drop_in_visit_id=visit.id))


def assign(ctx: ServiceContext, course_id: uuid.UUID, *, caseworker_id: uuid.UUID | None,
           jobformidler_id: uuid.UUID | None) -> None:
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        course = _course(session, course_id)
        _staff(session, caseworker_id, "sagsbehandler")
        _staff(session, jobformidler_id, "jobformidler")
        course.caseworker_id = caseworker_id
        course.jobformidler_id = jobformidler_id
        _changed(ctx, session, course, "sagsbehandler og jobformidler")


def visit(ctx: ServiceContext, course_id: uuid.UUID, group: VisitationGroup,
          on: dt.date | None = None, note: str = "") -> None:
    """seed 004, trin 1: 1-2 meetings decide group 1 (the job-directed effort starts, Trin 1)
    or group 2 (the rehabiliteringsteam; the citizen leaves the course)."""
    ctx.require(Permission.CASE_WRITE)
    day = _on(ctx, on, "Visitationsdatoen", "visitation_date")
    note = clean_text(note, field="note", label="Note", max_length=LONG_TEXT, multiline=True)
    with ctx.transaction() as session:
        course = _course(session, course_id)
        if course.status != CourseStatus.VISITATION:
            raise ValidationError("Borgeren er allerede visiteret.", field="visitation")
        if day < course.started_on:
            raise ValidationError("Visitationen kan ikke ligge før forløbets start.",
                                  field="visitation_date")
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
        _changed(ctx, session, course, f"visiteret til gruppe {int(course.visitation_group)}")


# --- steps, dropout, completion --------------------------------------------------------------


def next_step(ctx: ServiceContext, course_id: uuid.UUID, *, on: dt.date | None = None,
              override_reason: str = "", note: str = "") -> Step:
    """Move to the next trin. Conditions not met need a recorded reason (seed 004)."""
    ctx.require(Permission.CASE_WRITE)
    day = _on(ctx, on, "Datoen", "on")
    reason = clean_text(override_reason, field="override_reason", label="Begrundelsen",
                        max_length=LONG_TEXT, multiline=True)
    note = clean_text(note, field="note", label="Note", max_length=LONG_TEXT, multiline=True)
    with ctx.transaction() as session:
        course = _course(session, course_id)
        if course.status != CourseStatus.ACTIVE or course.current_step not in (
                Step.AFKLARING, Step.PAA_VEJ_MOD_JOB):
            raise ValidationError("Forløbet kan ikke gå videre til næste trin herfra.",
                                  field="step")
        facts = load_facts(session, ctx.today(), [course.id]).get(course.id)
        missing = unmet(exit_conditions(facts[1])) if facts else []
        if missing and not reason:
            raise ValidationError(
                "Betingelserne for at gå videre er ikke opfyldt: "
                + "; ".join(c.label.lower() for c in missing)
                + ". Skriv en begrundelse, hvis forløbet alligevel skal videre.",
                field="override_reason")
        current = _open_period(course)
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
        _changed(ctx, session, course, f"videre til {STEP_NAMES[target]}"
                 + (" (betingelser ikke opfyldt, begrundet)" if missing else ""))
        return target


def dropout(ctx: ServiceContext, course_id: uuid.UUID, *, to_rehab: bool,
            on: dt.date | None = None, note: str = "") -> Step | None:
    """seed 001, trin 3: dropout returns to Trin 2 unless the citizen goes to the rehab team."""
    ctx.require(Permission.CASE_WRITE)
    day = _on(ctx, on, "Datoen", "on")
    note = clean_text(note, field="note", label="Note", max_length=LONG_TEXT, multiline=True)
    with ctx.transaction() as session:
        course = _course(session, course_id)
        if course.status != CourseStatus.ACTIVE or \
                course.current_step != Step.VIRKSOMHEDSFORLOEB:
            raise ValidationError("Kun et forløb i trin 3 kan afbrydes med frafald.",
                                  field="step")
        current = _open_period(course)
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
        _changed(ctx, session, course, "frafald: " + ("rehabiliteringsteam" if to_rehab
                                                       else "tilbage til trin 2"))
        return target


def complete(ctx: ServiceContext, course_id: uuid.UUID, *, reason: CompletionReason,
             on: dt.date | None = None, aftercare_months: int = 6,
             aftercare_consent: bool = True, note: str = "") -> None:
    """Completion by job, education or at least 30 paid hours in a month; aftercare follows
    for 3-6 months with the citizen's consent (seed 004, trin 3)."""
    ctx.require(Permission.CASE_WRITE)
    day = _on(ctx, on, "Slutdatoen", "ended_on")
    note = clean_text(note, field="note", label="Note", max_length=LONG_TEXT, multiline=True)
    reason = CompletionReason(reason)
    with ctx.transaction() as session:
        course = _course(session, course_id)
        if course.status != CourseStatus.ACTIVE:
            raise ValidationError("Kun et aktivt forløb kan afsluttes.", field="status")
        if reason == CompletionReason.PAID_HOURS:
            best = session.execute(
                select(func.max(m.PaidHoursMonth.hours))
                .join(m.Agreement, m.Agreement.id == m.PaidHoursMonth.agreement_id)
                .where(m.Agreement.course_id == course.id)).scalar_one_or_none()
            if unmet(completion_conditions(reason, best)):
                raise ValidationError("Der er ikke registreret en måned med mindst 30 "
                                      "løntimer.", field="reason")
        current = _open_period(course)
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
        course.aftercare_consent = aftercare_consent and self_supporting(reason)
        course.aftercare_until = aftercare_end(day, aftercare_months) if (
            course.aftercare_consent) else None
        _changed(ctx, session, course, f"afsluttet: {reason.label}")


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
        course = _course(session, course_id)
        exemption = m.ExemptionPeriod(course_id=course.id, reason=ExemptionReason(reason),
                                      reason_text=text, starts_on=starts_on, ends_on=ends_on,
                                      notification_sent=notification_sent)
        session.add(exemption)
        _changed(ctx, session, course, f"fritagelse: {ExemptionReason(reason).label}")
        return exemption.id


def end_exemption(ctx: ServiceContext, exemption_id: uuid.UUID, ends_on: dt.date) -> None:
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        exemption = session.get(m.ExemptionPeriod, exemption_id)
        if exemption is None:
            raise NotFound("Fritagelsen findes ikke.")
        check_period(exemption.starts_on, ends_on, field="ends_on")
        exemption.ends_on = ends_on
        _changed(ctx, session, _course(session, exemption.course_id), "fritagelse ophævet")


# --- job goal and CV -------------------------------------------------------------------------


def save_job_goal(ctx: ServiceContext, course_id: uuid.UUID, *, position: str = "",
                  functions: str = "", field: str = "", direction: str = "",
                  education_goal: bool = False, cv_started_on: dt.date | None = None) -> None:
    ctx.require(Permission.CASE_WRITE)
    values = {
        "position": clean_text(position, field="position", label="Stilling"),
        "functions": clean_text(functions, field="functions", label="Funktioner",
                                max_length=LONG_TEXT, multiline=True),
        "field": clean_text(field, field="field", label="Område"),
        "direction": clean_text(direction, field="direction", label="Retning",
                                max_length=LONG_TEXT, multiline=True),
    }
    check_date(cv_started_on, field="cv_started_on", label="CV påbegyndt", today=ctx.today(),
               allow_future_days=0, required=False)
    with ctx.transaction() as session:
        course = _course(session, course_id)
        goal = course.job_goal
        if goal is None:
            goal = m.JobGoal(course_id=course.id)
            session.add(goal)
            course.job_goal = goal
        for key, value in values.items():
            setattr(goal, key, value)
        goal.education_goal = education_goal
        goal.cv_started_on = cv_started_on
        _changed(ctx, session, course, "jobmål og CV")


def add_cv_item(ctx: ServiceContext, citizen_id: uuid.UUID, *, kind: CvItemKind, title: str,
                detail: str = "") -> uuid.UUID:
    ctx.require(Permission.CASE_WRITE)
    title = clean_text(title, field="title", label="Overskrift", required=True)
    detail = clean_text(detail, field="detail", label="Beskrivelse", max_length=LONG_TEXT,
                        multiline=True)
    with ctx.transaction() as session:
        if session.get(m.Citizen, citizen_id) is None:
            raise NotFound("Borgeren findes ikke.")
        count = session.execute(select(func.count()).select_from(m.CvItem).where(
            m.CvItem.citizen_id == citizen_id)).scalar_one()
        item = m.CvItem(citizen_id=citizen_id, kind=CvItemKind(kind), title=title,
                        detail=detail, position=count)
        session.add(item)
        _refresh_citizen(ctx, session, citizen_id)
        audit.record(ctx, session, AuditAction.CREATE, object_type="cv_item",
                     object_id=item.id, citizen_id=citizen_id)
        return item.id


def remove_cv_item(ctx: ServiceContext, item_id: uuid.UUID) -> None:
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        item = session.get(m.CvItem, item_id)
        if item is None:
            raise NotFound("CV-linjen findes ikke.")
        citizen_id = item.citizen_id
        session.delete(item)
        _refresh_citizen(ctx, session, citizen_id)
        audit.record(ctx, session, AuditAction.DELETE, object_type="cv_item",
                     object_id=item_id, citizen_id=citizen_id)


# --- contacts, network, consents -------------------------------------------------------------


def log_contact(
    ctx: ServiceContext,
    citizen_id: uuid.UUID,
    *,
    occurred_at: dt.datetime,
    kind: ContactKind,
    channel: ContactChannel,
    place: ContactPlace | None = None,
    participants: str = "",
    interpreter_used: bool = False,
    interpreter_reason: str = "",
    note: str = "",
    next_contact_on: dt.date | None = None,
    next_contact_who: str = "",
) -> uuid.UUID:
    """One entry of the contact and follow-up log, with the agreed next contact."""
    ctx.require(Permission.CASE_WRITE)
    if occurred_at.tzinfo is None:
        raise ValidationError("Tidspunktet mangler tidszone.", field="occurred_at")
    happened = occurred_at.astimezone().date()
    check_date(happened, field="occurred_at", label="Tidspunktet", today=ctx.today(),
               allow_future_days=0)
    check_date(next_contact_on, field="next_contact_on", label="Næste kontakt",
               today=ctx.today(), allow_future_days=3 * 366, required=False)
    if next_contact_on and next_contact_on < happened:
        raise ValidationError("Næste kontakt kan ikke ligge før denne kontakt.",
                              field="next_contact_on")
    participants = clean_text(participants, field="participants", label="Deltagere",
                              max_length=500)
    reason = clean_text(interpreter_reason, field="interpreter_reason",
                        label="Begrundelse for tolk", max_length=500)
    if interpreter_used and not reason:
        raise ValidationError("Skriv hvorfor der blev brugt tolk; det vurderes i hver sag.",
                              field="interpreter_reason")
    note = clean_text(note, field="note", label="Note", max_length=LONG_TEXT, multiline=True)
    who = clean_text(next_contact_who, field="next_contact_who", label="Hvem kontakter hvem")
    with ctx.transaction() as session:
        if session.get(m.Citizen, citizen_id) is None:
            raise NotFound("Borgeren findes ikke.")
        course = _latest_course(session, citizen_id)
        entry = m.ContactEntry(
            citizen_id=citizen_id, course_id=course.id if course else None,
            staff_id=ctx.user.id, occurred_at=occurred_at, kind=ContactKind(kind),
            channel=ContactChannel(channel), place=ContactPlace(place) if place else None,
            participants=participants, interpreter_used=interpreter_used,
            interpreter_reason=reason if interpreter_used else "", note=note,
            next_contact_on=next_contact_on, next_contact_who=who)
        session.add(entry)
        _refresh_citizen(ctx, session, citizen_id)
        audit.record(ctx, session, AuditAction.CREATE, object_type="contact_entry",
                     object_id=entry.id, citizen_id=citizen_id)
        return entry.id


def add_network_person(ctx: ServiceContext, citizen_id: uuid.UUID, *, name: str,
                       relation: str = "", phone: str = "", note: str = "") -> uuid.UUID:
    ctx.require(Permission.CASE_WRITE)
    name = clean_text(name, field="name", label="Navn", required=True)
    relation = clean_text(relation, field="relation", label="Relation", max_length=100)
    phone = clean_text(phone, field="phone", label="Telefon", max_length=30)
    note = clean_text(note, field="note", label="Note", max_length=LONG_TEXT, multiline=True)
    with ctx.transaction() as session:
        if session.get(m.Citizen, citizen_id) is None:
            raise NotFound("Borgeren findes ikke.")
        person = m.NetworkPerson(citizen_id=citizen_id, name=name, relation=relation,
                                 phone=phone, note=note)
        session.add(person)
        session.flush()
        audit.record(ctx, session, AuditAction.CREATE, object_type="network_person",
                     object_id=person.id, citizen_id=citizen_id)
        return person.id


def new_consent(ctx: ServiceContext, session: Session, citizen_id: uuid.UUID, *, scope: str,
                recipients: str, given_on: dt.date) -> m.Consent:
    """Check and add a consent in the caller's transaction (the record and step-up use it)."""
    scope = clean_text(scope, field="scope", label="Omfang", required=True, max_length=2000,
                       multiline=True)
    recipients = clean_text(recipients, field="recipients", label="Modtagere", required=True,
                            max_length=2000, multiline=True)
    check_date(given_on, field="given_on", label="Givet den", today=ctx.today(),
               allow_future_days=0)
    if session.get(m.Citizen, citizen_id) is None:
        raise NotFound("Borgeren findes ikke.")
    consent = m.Consent(citizen_id=citizen_id, scope=scope, recipients=recipients,
                        given_on=given_on, recorded_by_id=ctx.user.id)
    session.add(consent)
    session.flush()
    audit.record(ctx, session, AuditAction.CREATE, object_type="consent",
                 object_id=consent.id, citizen_id=citizen_id)
    return consent


def add_consent(ctx: ServiceContext, citizen_id: uuid.UUID, *, scope: str, recipients: str,
                given_on: dt.date) -> uuid.UUID:
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        return new_consent(ctx, session, citizen_id, scope=scope, recipients=recipients,
                           given_on=given_on).id


def withdraw_consent(ctx: ServiceContext, consent_id: uuid.UUID, on: dt.date) -> None:
    ctx.require(Permission.CASE_WRITE)
    check_date(on, field="withdrawn_on", label="Trukket tilbage den", today=ctx.today(),
               allow_future_days=0)
    with ctx.transaction() as session:
        consent = session.get(m.Consent, consent_id)
        if consent is None:
            raise NotFound("Samtykket findes ikke.")
        if on < consent.given_on:
            raise ValidationError("Et samtykke kan ikke trækkes tilbage, før det er givet.",
                                  field="withdrawn_on")
        consent.withdrawn_on = on
        audit.record(ctx, session, AuditAction.CHANGE, object_type="consent",
                     object_id=consent.id, citizen_id=consent.citizen_id,
                     detail="samtykke trukket tilbage")


def cv_document(ctx: ServiceContext, citizen_id: uuid.UUID) -> bytes:
    """The printable CV; rendering it for print or preview is logged as a print."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        citizen = session.get(m.Citizen, citizen_id)
        if citizen is None:
            raise NotFound("Borgeren findes ikke.")
        office = session.execute(select(m.Office.name)).scalar_one()
        course = _latest_course(session, citizen_id)
        goal = course.job_goal if course else None
        items = session.execute(select(m.CvItem.kind, m.CvItem.title, m.CvItem.detail)
                                .where(m.CvItem.citizen_id == citizen_id)
                                .order_by(m.CvItem.position)).all()
        data = CvData(office=office, name=citizen.full_name, phone=citizen.phone,
                      email=citizen.email, position=goal.position if goal else "",
                      field=goal.field if goal else "", functions=goal.functions if goal else "",
                      direction=goal.direction if goal else "",
                      items=[(k.value, t, d) for k, t, d in items])
        audit.record(ctx, session, AuditAction.PRINT, object_type="cv", citizen_id=citizen_id,
                     detail="CV dannet til udskrift")
    return cv_pdf(data)


def access_log_document(ctx: ServiceContext, citizen_id: uuid.UUID) -> bytes:
    """The printable access log for the citizen (GDPR art. 15)."""
    rows = audit.access_log(ctx, citizen_id)
    with ctx.transaction() as session:
        citizen = session.get(m.Citizen, citizen_id)
        if citizen is None:
            raise NotFound("Borgeren findes ikke.")
        office = session.execute(select(m.Office.name)).scalar_one()
        audit.record(ctx, session, AuditAction.PRINT, object_type="access_log",
                     citizen_id=citizen_id, detail="indsigtslog udskrevet")
        return access_log_pdf(office, citizen.full_name, mask_cpr(citizen.cpr), rows)
