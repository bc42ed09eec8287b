"""Models: Citizens and their courses."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from app.db.models.base import Base, Replicated, fk
from app.db.types import CaseString, CaseText, UtcDateTime, ValueEnum
from app.domain.enums import (
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

# --- citizen and course --------------------------------------------------------------------


class Citizen(Replicated, Base):
    __tablename__ = "citizen"
    # CPR is optional: a drop-in visitor may give only a first name or initials.
    # not unique in the database: the same CPR made on two workstations while apart gives two
    # records flagged as duplicates for the merge (issue 18); citizens.create refuses a known one
    cpr: Mapped[str | None] = mapped_column(String(10), index=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(30), default="", index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    language: Mapped[str] = mapped_column(String(50), default="dansk")
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    benefit_type: Mapped[BenefitType | None] = mapped_column(ValueEnum(BenefitType))
    activity_ready: Mapped[bool] = mapped_column(Boolean, default=True)  # aktivitetsparat
    # forsørger: the citizen provides for children (seed 004: the family department takes
    # part in a step-up only "hvis borgeren er forsørger")
    is_provider: Mapped[bool] = mapped_column(Boolean, default=False)
    # seed 001, kerneelement 3: integrationsydelse is in the target group only outside the
    # integration programme
    in_integration_programme: Mapped[bool] = mapped_column(Boolean, default=False)
    # casefolded "first last" for search: SQLite's LIKE folds ASCII only, not Ø or Ş
    search_name: Mapped[str] = mapped_column(String(201), default="", index=True)

    courses: Mapped[list[Course]] = relationship(
        back_populates="citizen", cascade="all, delete-orphan", passive_deletes=False
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @validates("first_name", "last_name")
    def _keep_search_name(self, key: str, value: str) -> str:
        first = value if key == "first_name" else (self.first_name or "")
        last = value if key == "last_name" else (self.last_name or "")
        self.search_name = search_key(first, last)
        return value


def search_key(first_name: str, last_name: str) -> str:
    return f"{first_name} {last_name}".strip().casefold()


Index("ix_citizen_name", Citizen.last_name, Citizen.first_name)


class Course(Replicated, Base):
    """Forløb: visitation, three steps, completion and aftercare (domain.md)."""

    __tablename__ = "course"
    citizen_id: Mapped[uuid.UUID] = fk("citizen.id")
    caseworker_id: Mapped[uuid.UUID | None] = fk("staff_account.id", nullable=True)
    jobformidler_id: Mapped[uuid.UUID | None] = fk("staff_account.id", nullable=True)
    status: Mapped[CourseStatus] = mapped_column(ValueEnum(CourseStatus), index=True)
    started_on: Mapped[dt.date] = mapped_column(Date)
    visitation_group: Mapped[VisitationGroup | None] = mapped_column(ValueEnum(VisitationGroup))
    visitation_date: Mapped[dt.date | None] = mapped_column(Date)
    visited_by_id: Mapped[uuid.UUID | None] = fk("staff_account.id", nullable=True)
    current_step: Mapped[Step | None] = mapped_column(ValueEnum(Step))
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    completion_reason: Mapped[CompletionReason | None] = mapped_column(ValueEnum(CompletionReason))
    completion_note: Mapped[str] = mapped_column(CaseText, default="")
    # efterværn: monthly follow-up 3-6 months after self-support, with the citizen's consent
    aftercare_until: Mapped[dt.date | None] = mapped_column(Date)
    aftercare_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    # why a citizen outside the target group was visited anyway (seed 001, kerneelement 3)
    target_group_override: Mapped[str] = mapped_column(CaseText, default="")

    citizen: Mapped[Citizen] = relationship(back_populates="courses")
    step_periods: Mapped[list[StepPeriod]] = relationship(
        cascade="all, delete-orphan", order_by="StepPeriod.started_on"
    )
    exemptions: Mapped[list[ExemptionPeriod]] = relationship(cascade="all, delete-orphan")
    job_goal: Mapped[JobGoal | None] = relationship(cascade="all, delete-orphan")
    match_activities: Mapped[list[MatchActivity]] = relationship(cascade="all, delete-orphan")  # noqa: F821
    agreements: Mapped[list[Agreement]] = relationship(cascade="all, delete-orphan")  # noqa: F821
    step_ups: Mapped[list[StepUp]] = relationship(cascade="all, delete-orphan")  # noqa: F821


class CourseDue(Base):
    """Local and derived, not replicated: one row per open course (and course in aftercare)
    with what the caseload shows, recomputed whenever the course's facts change, so the
    office's whole caseload is one narrow query. Ids are stored as hex text here."""

    __tablename__ = "course_due"
    course_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("course.id"),
                                                 primary_key=True)
    citizen_key: Mapped[str] = mapped_column(String(32))
    caseworker_key: Mapped[str | None] = mapped_column(String(32))
    jobformidler_key: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32), index=True)
    step: Mapped[int | None] = mapped_column(Integer)
    step_label: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(201))
    masked_cpr: Mapped[str] = mapped_column(String(11))
    search_text: Mapped[str] = mapped_column(String(300))  # casefolded name, CPR, phone
    phone: Mapped[str] = mapped_column(String(30))
    aftercare_until: Mapped[dt.date | None] = mapped_column(Date)
    next_due_on: Mapped[dt.date | None] = mapped_column(Date)
    next_due_what: Mapped[str] = mapped_column(String(100), default="")
    next_due_kind: Mapped[str | None] = mapped_column(String(40))  # app.domain.rules.DueKind
    # a step-up suggestion appears only from its date, so it is kept apart
    step_up_on: Mapped[dt.date | None] = mapped_column(Date)
    step_started_on: Mapped[dt.date | None] = mapped_column(Date)
    target_days: Mapped[int | None] = mapped_column(Integer)
    # "start:end;start:end" of exemption periods (rare): no deadlines while one is active
    exemptions: Mapped[str] = mapped_column(String(500), default="")


class StepPeriod(Replicated, Base):
    """One period in one trin; the step history of a course."""

    __tablename__ = "step_period"
    course_id: Mapped[uuid.UUID] = fk("course.id")
    step: Mapped[Step] = mapped_column(ValueEnum(Step))
    started_on: Mapped[dt.date] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    # why the step was entered; and, when its conditions were not met, why it happened anyway
    transition_note: Mapped[str] = mapped_column(CaseText, default="")
    override_reason: Mapped[str] = mapped_column(CaseText, default="")
    dropout: Mapped[bool] = mapped_column(Boolean, default=False)  # back from Trin 3 to Trin 2
    recorded_by_id: Mapped[uuid.UUID | None] = fk("staff_account.id", nullable=True)


class ExemptionPeriod(Replicated, Base):
    """Fritagelsesmarkering: removes the citizen from the indsatsgruppe until lifted."""

    __tablename__ = "exemption_period"
    course_id: Mapped[uuid.UUID] = fk("course.id")
    reason: Mapped[ExemptionReason] = mapped_column(ValueEnum(ExemptionReason))
    reason_text: Mapped[str] = mapped_column(CaseText, default="")
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    notification_sent: Mapped[bool] = mapped_column(Boolean, default=False)  # underretning


class JobGoal(Replicated, Base):
    """Jobmål: the citizen's own job wishes and direction (seed 004, trin 1)."""

    __tablename__ = "job_goal"
    course_id: Mapped[uuid.UUID] = fk("course.id")
    position: Mapped[str] = mapped_column(CaseString(200), default="")
    functions: Mapped[str] = mapped_column(CaseText, default="")
    field: Mapped[str] = mapped_column(CaseString(200), default="")
    direction: Mapped[str] = mapped_column(CaseText, default="")  # the direction the goal has
    education_goal: Mapped[bool] = mapped_column(Boolean, default=False)
    cv_started_on: Mapped[dt.date | None] = mapped_column(Date)


class CvItem(Replicated, Base):
    """One line of the citizen's CV and resources, by kind."""

    __tablename__ = "cv_item"
    citizen_id: Mapped[uuid.UUID] = fk("citizen.id")
    kind: Mapped[CvItemKind] = mapped_column(ValueEnum(CvItemKind))
    title: Mapped[str] = mapped_column(CaseString(200))
    detail: Mapped[str] = mapped_column(CaseText, default="")
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)


def _interpreter_default(context) -> str:
    # callers that set only the older flag still record the use at the contact
    used = context.get_current_parameters().get("interpreter_used")
    return (InterpreterUse.USED if used else InterpreterUse.NOT_NEEDED).value


class ContactEntry(Replicated, Base):
    """The contact and follow-up log, incl. contact attempts and hearings before a sanction."""

    __tablename__ = "contact_entry"
    citizen_id: Mapped[uuid.UUID] = fk("citizen.id")
    course_id: Mapped[uuid.UUID | None] = fk("course.id", nullable=True)
    staff_id: Mapped[uuid.UUID | None] = fk("staff_account.id", nullable=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    kind: Mapped[ContactKind] = mapped_column(ValueEnum(ContactKind))
    channel: Mapped[ContactChannel] = mapped_column(ValueEnum(ContactChannel))
    place: Mapped[ContactPlace | None] = mapped_column(ValueEnum(ContactPlace))
    participants: Mapped[str] = mapped_column(CaseText, default="")
    interpreter_used: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_reason: Mapped[str] = mapped_column(CaseText, default="")
    # recorded at the contact itself (used, offered and declined, not needed)
    interpreter: Mapped[InterpreterUse] = mapped_column(
        ValueEnum(InterpreterUse), default=_interpreter_default)
    # a partshøring (kind PARTSHOERING): its answer deadline, the answer, and the assessment
    # of reasonable grounds before a sanction (seed 001, kerneelement 5)
    answer_deadline: Mapped[dt.date | None] = mapped_column(Date)
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    reasonable_ground: Mapped[ReasonableGround | None] = mapped_column(
        ValueEnum(ReasonableGround))
    reasonable_ground_text: Mapped[str] = mapped_column(CaseText, default="")
    reasonable_ground_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(CaseText, default="")
    next_contact_on: Mapped[dt.date | None] = mapped_column(Date)
    next_contact_who: Mapped[str] = mapped_column(String(200), default="")
    drop_in_visit_id: Mapped[uuid.UUID | None] = fk("drop_in_visit.id", nullable=True)


class NetworkPerson(Replicated, Base):
    """A person from the citizen's network, involved at the citizen's wish."""

    __tablename__ = "network_person"
    citizen_id: Mapped[uuid.UUID] = fk("citizen.id")
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(CaseString(100), default="")
    phone: Mapped[str] = mapped_column(CaseString(30), default="")
    note: Mapped[str] = mapped_column(CaseText, default="")


class Consent(Replicated, Base):
    """Samtykke: scope and recipients, given and (maybe) withdrawn."""

    __tablename__ = "consent"
    citizen_id: Mapped[uuid.UUID] = fk("citizen.id")
    scope: Mapped[str] = mapped_column(CaseText)
    recipients: Mapped[str] = mapped_column(CaseText)
    given_on: Mapped[dt.date] = mapped_column(Date)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    recorded_by_id: Mapped[uuid.UUID | None] = fk("staff_account.id", nullable=True)
