"""What the citizen's record shows: the view dataclasses, the record and the access log."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app.db import models as m
from app.domain.cpr import mask_cpr
from app.domain.enums import (
    AgreementStatus,
    AgreementType,
    AuditAction,
    BenefitType,
    CompletionReason,
    ContactChannel,
    ContactKind,
    ContactPlace,
    CourseStatus,
    CvItemKind,
    ExemptionReason,
    InterpreterUse,
    ReasonableGround,
    Step,
    VisitationGroup,
)
from app.domain.programme import (
    needs_education_direction,
    target_group_problems,
    target_group_warnings,
)
from app.domain.roles import Permission
from app.domain.rules import (
    Condition,
    DueItem,
    default_visitation_group,
    due_items,
    exit_conditions,
)
from app.domain.text import N_
from app.services import audit
from app.services._common import get_or_raise
from app.services.caseload import load_facts
from app.services.context import ServiceContext
from app.services.course._common import (
    latest_course,
    step_label,
)


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
    interpreter: InterpreterUse = InterpreterUse.NOT_NEEDED
    # a partshøring: its deadline, the answer and the assessment of reasonable grounds
    answer_deadline: dt.date | None = None
    answered_on: dt.date | None = None
    reasonable_ground: ReasonableGround | None = None
    reasonable_ground_text: str = ""
    reasonable_ground_on: dt.date | None = None


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
class AgreementLine:
    """One agreement of an earlier course, as the record lists it."""

    company: str
    agreement_type: AgreementType
    status: AgreementStatus
    starts_on: dt.date
    ends_on: dt.date | None
    end_reason: str


@dataclass(frozen=True)
class CourseHistoryView:
    """An earlier course of the citizen, read-only (domain.md: a citizen can have several
    courses over time; each keeps its own dates, steps, agreements and outcome)."""

    id: uuid.UUID
    started_on: dt.date
    ended_on: dt.date | None
    status: CourseStatus
    visitation_group: VisitationGroup | None
    completion_reason: CompletionReason | None
    completion_note: str
    steps: tuple[StepPeriodView, ...]
    agreements: tuple[AgreementLine, ...]


@dataclass(frozen=True)
class VisitationCheck:
    """What the visitation form tells the caseworker (seed 001, kerneelement 3; seed 004,
    trin 1): why the citizen may be outside the target group, the default group, and whether
    the job goal still needs an education direction (uddannelseshjælp)."""

    warnings: tuple[str, ...]
    outside_target_group: bool
    default_group: VisitationGroup | None
    needs_education_direction: bool


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
    # the citizen's earlier courses, oldest first (the current one is above)
    earlier_courses: tuple[CourseHistoryView, ...] = ()
    target_group_override: str = ""

    @property
    def next_due(self) -> DueItem | None:
        return self.due[0] if self.due else None

    @property
    def attempts(self) -> tuple[ContactEntryView, ...]:
        """Contact attempts and hearings, listed together before a sanction (seed 001, 5)."""
        return tuple(c for c in self.contacts
                     if c.kind in (ContactKind.KONTAKTFORSOEG, ContactKind.PARTSHOERING))


def get_record(ctx: ServiceContext, citizen_id: uuid.UUID) -> CitizenRecord:
    """The citizen's whole record; one audited read."""
    ctx.require(Permission.CASE_READ)
    today = ctx.today()
    with ctx.transaction() as session:
        citizen = get_or_raise(session, m.Citizen, citizen_id, N_("Borgeren findes ikke."))
        staff = dict(session.execute(select(m.StaffAccount.id, m.StaffAccount.full_name)).all())
        course = latest_course(session, citizen_id)
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
            step_label=step_label(course),
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
            steps=_steps(course) if course else (),
            exemptions=tuple(ExemptionView(e.id, e.reason, e.reason_text, e.starts_on,
                                           e.ends_on)
                             for e in (course.exemptions if course else [])),
            job_goal=JobGoalView(goal.position, goal.functions, goal.field, goal.direction,
                                 goal.education_goal, goal.cv_started_on) if goal else None,
            cv_items=tuple(CvItemView(i.id, i.kind, i.title, i.detail) for i in cv),
            contacts=tuple(ContactEntryView(
                c.id, c.occurred_at, c.kind, c.channel, c.place, c.participants,
                c.interpreter_used, c.interpreter_reason, c.note, c.next_contact_on,
                c.next_contact_who, staff.get(c.staff_id, ""), c.interpreter,
                c.answer_deadline, c.answered_on, c.reasonable_ground,
                c.reasonable_ground_text, c.reasonable_ground_on) for c in contacts),
            network=tuple(NetworkView(n.id, n.name, n.relation, n.phone, n.note)
                          for n in network),
            consents=tuple(ConsentView(c.id, c.scope, c.recipients, c.given_on, c.withdrawn_on)
                           for c in consents),
            due=tuple(due), conditions=tuple(conditions),
            earlier_courses=_earlier_courses(session, citizen_id, course),
            target_group_override=course.target_group_override if course else "",
        )
        audit.record(ctx, session, AuditAction.READ, object_type="citizen",
                     object_id=citizen.id, citizen_id=citizen.id)
        return record


def _steps(course: m.Course) -> tuple[StepPeriodView, ...]:
    return tuple(StepPeriodView(p.id, p.step, p.started_on, p.ended_on, p.transition_note,
                                p.override_reason, p.dropout) for p in course.step_periods)


def _earlier_courses(session, citizen_id: uuid.UUID, current: m.Course | None
                     ) -> tuple[CourseHistoryView, ...]:
    """Every course of the citizen but the current one, oldest first."""
    courses = session.execute(select(m.Course).where(m.Course.citizen_id == citizen_id)
                              .order_by(m.Course.started_on, m.Course.created_at)).scalars()
    names = dict(session.execute(select(m.Company.id, m.Company.name)).all())
    return tuple(
        CourseHistoryView(
            c.id, c.started_on, c.ended_on, c.status, c.visitation_group, c.completion_reason,
            c.completion_note, _steps(c),
            tuple(AgreementLine(names.get(a.company_id, ""), a.agreement_type, a.status,
                                a.starts_on, a.ends_on, a.end_reason)
                  for a in sorted(c.agreements, key=lambda a: a.starts_on)))
        for c in courses if current is None or c.id != current.id)


def visitation_check(ctx: ServiceContext, course_id: uuid.UUID) -> VisitationCheck:
    """The target group, the default group and the education direction, as of today."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        course = get_or_raise(session, m.Course, course_id, N_("Forløbet findes ikke."))
        citizen = session.get(m.Citizen, course.citizen_id)
        goal = course.job_goal
        problems = target_group_problems(citizen.benefit_type, citizen.activity_ready,
                                         citizen.in_integration_programme)
        return VisitationCheck(
            tuple(target_group_warnings(citizen.benefit_type, citizen.activity_ready,
                                        citizen.in_integration_programme)),
            bool(problems),
            default_visitation_group(citizen.birth_date, ctx.today(), citizen.activity_ready),
            needs_education_direction(citizen.benefit_type, goal.direction if goal else "",
                                      goal.education_goal if goal else False))


def access_log_document(ctx: ServiceContext, citizen_id: uuid.UUID) -> bytes:
    """The printable access log for the citizen (GDPR art. 15)."""
    from app.reports.access_log import access_log_pdf  # reportlab: not at start-up (issue 22)

    rows = audit.access_log(ctx, citizen_id)
    with ctx.transaction() as session:
        citizen = get_or_raise(session, m.Citizen, citizen_id, N_("Borgeren findes ikke."))
        office = session.execute(select(m.Office.name)).scalar_one()
        audit.record(ctx, session, AuditAction.PRINT, object_type="access_log",
                     citizen_id=citizen_id, detail="indsigtslog udskrevet")
        return access_log_pdf(office, citizen.full_name, mask_cpr(citizen.cpr), rows,
                              printed_at=ctx.now().astimezone())
