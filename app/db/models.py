"""The whole domain model as typed SQLAlchemy models (domain.md).

Every replicated row has a UUID key and a version stamp (device id, per-device counter) that
`app.db.changelog` sets on each insert and update; a deleted row leaves a `Tombstone`. Sync
bundles carry exactly this change log. Case content (notes, health, agreements, step-up, CV,
consents) is in CaseText/CaseString columns, sealed under the case data key that the counter's
role never gets (app.db.casekey); such columns are never filtered or sorted on. Local-only
tables (`DeviceClock`, `LocalSetting`) are not replicated.

Danish terms of art, as the UI shows them: trin (step), jobformidler (personal job broker),
makkerskab (caseworker + jobformidler partnership), løntimer (paid ordinary hours), step-up,
åben rådgivning (open drop-in counselling), efterværn (aftercare), snuse (taster activity).
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from app.db.types import CaseString, CaseText, Hours, Money, UtcDateTime, ValueEnum
from app.domain.enums import (
    AgreementStatus,
    AgreementType,
    AuditAction,
    BarrierKind,
    BenefitType,
    CompletionReason,
    ContactChannel,
    ContactKind,
    ContactPlace,
    CourseStatus,
    CvItemKind,
    DropInEventKind,
    DropInOutcome,
    ExemptionReason,
    FollowUpFrequency,
    InternshipPurpose,
    InterpreterUse,
    MatchActivityKind,
    ParticipantRole,
    ReasonableGround,
    ReferralTarget,
    Step,
    StepUpInitiator,
    VisitationGroup,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Replicated:
    """Mixin: UUID key, version stamp and timestamps for every replicated row."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    version_device: Mapped[uuid.UUID] = mapped_column(Uuid)
    version_counter: Mapped[int] = mapped_column(Integer, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)


def fk(target: str, *, nullable: bool = False, index: bool = True) -> Mapped:
    return mapped_column(Uuid, ForeignKey(target), nullable=nullable, index=index)


# --- office, workstation, staff ------------------------------------------------------------


class Office(Replicated, Base):
    __tablename__ = "office"
    name: Mapped[str] = mapped_column(String(200))
    municipality: Mapped[str] = mapped_column(String(100))


class Workstation(Replicated, Base):
    """One office workstation: a device with its own id, counter and signing key."""

    __tablename__ = "workstation"
    office_id: Mapped[uuid.UUID] = fk("office.id")
    name: Mapped[str] = mapped_column(String(200))
    # Ed25519 key that signs this device's sync bundles; the private half never leaves the store.
    signing_key_private: Mapped[bytes] = mapped_column(LargeBinary)
    signing_key_public: Mapped[bytes] = mapped_column(LargeBinary)
    is_this_device: Mapped[bool] = mapped_column(Boolean, default=False)


class DeviceClock(Base):
    """Local: the per-device change counter. Not replicated."""

    __tablename__ = "device_clock"
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    counter: Mapped[int] = mapped_column(Integer, default=0)


class LocalSetting(Base):
    """Local settings of this workstation (idle lock minutes and the like). Not replicated."""

    __tablename__ = "local_setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CentralKey(Base):
    """Local: a public key of the central jobcenter that bundles are encrypted to."""

    __tablename__ = "central_key"
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    recipient: Mapped[str] = mapped_column(String(100))
    receipt_key: Mapped[str] = mapped_column(String(64))  # Ed25519, hex: signs receipts
    added_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)


class SyncBundle(Base):
    """Local: a bundle this device exported, and the central receipt when it came back."""

    __tablename__ = "sync_bundle"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(32), unique=True)
    file_name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    from_counter: Mapped[int] = mapped_column(Integer)
    to_counter: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    records: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(Integer)
    acked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class Tombstone(Base):
    """A deleted replicated row: kept so the deletion travels in the change log."""

    __tablename__ = "tombstone"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    deleted_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    version_device: Mapped[uuid.UUID] = mapped_column(Uuid)
    version_counter: Mapped[int] = mapped_column(Integer, index=True)


class StaffAccount(Replicated, Base):
    __tablename__ = "staff_account"
    office_id: Mapped[uuid.UUID] = fk("office.id")
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    initials: Mapped[str] = mapped_column(String(10))
    # space-separated Role values; one person may hold several roles
    roles: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Partnership(Replicated, Base):
    """Makkerskab: a caseworker and a jobformidler sharing one caseload (evaluation 3.1.1)."""

    __tablename__ = "partnership"
    name: Mapped[str] = mapped_column(String(100))
    caseworker_id: Mapped[uuid.UUID] = fk("staff_account.id")
    jobformidler_id: Mapped[uuid.UUID] = fk("staff_account.id")


# --- citizen and course --------------------------------------------------------------------


class Citizen(Replicated, Base):
    __tablename__ = "citizen"
    # CPR is optional: a drop-in visitor may give only a first name or initials.
    cpr: Mapped[str | None] = mapped_column(String(10), unique=True)
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
    match_activities: Mapped[list[MatchActivity]] = relationship(cascade="all, delete-orphan")
    agreements: Mapped[list[Agreement]] = relationship(cascade="all, delete-orphan")
    step_ups: Mapped[list[StepUp]] = relationship(cascade="all, delete-orphan")


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


# --- companies, job match, agreements, paid hours ------------------------------------------


class Company(Replicated, Base):
    __tablename__ = "company"
    name: Mapped[str] = mapped_column(String(200), index=True)
    cvr: Mapped[str | None] = mapped_column(String(8), unique=True)
    industry: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    offers_note: Mapped[str] = mapped_column(Text, default="")  # tasks that can grow, paid hours
    note: Mapped[str] = mapped_column(Text, default="")

    contacts: Mapped[list[CompanyContact]] = relationship(cascade="all, delete-orphan")


class CompanyContact(Replicated, Base):
    __tablename__ = "company_contact"
    company_id: Mapped[uuid.UUID] = fk("company.id")
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(200), default="")


class MatchActivity(Replicated, Base):
    """Job match: company visits and snuse activities with the citizen's own verdict."""

    __tablename__ = "match_activity"
    course_id: Mapped[uuid.UUID] = fk("course.id")
    company_id: Mapped[uuid.UUID] = fk("company.id")
    kind: Mapped[MatchActivityKind] = mapped_column(ValueEnum(MatchActivityKind))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    tasks_tried: Mapped[str] = mapped_column(CaseText, default="")
    citizen_verdict: Mapped[str] = mapped_column(CaseText, default="")


class Agreement(Replicated, Base):
    """Arbejds- og opfølgningsaftale between citizen and company (seed 004, trin 2)."""

    __tablename__ = "agreement"
    course_id: Mapped[uuid.UUID] = fk("course.id")
    company_id: Mapped[uuid.UUID] = fk("company.id")
    contact_person_id: Mapped[uuid.UUID | None] = fk("company_contact.id", nullable=True)
    agreement_type: Mapped[AgreementType] = mapped_column(ValueEnum(AgreementType))
    internship_purpose: Mapped[InternshipPurpose | None] = mapped_column(
        ValueEnum(InternshipPurpose)
    )
    status: Mapped[AgreementStatus] = mapped_column(ValueEnum(AgreementStatus))
    tasks: Mapped[str] = mapped_column(CaseText, default="")
    hours_per_week: Mapped[Decimal] = mapped_column(Hours)
    paid_hours_per_week: Mapped[Decimal] = mapped_column(Hours)
    paid_hours_plan: Mapped[str] = mapped_column(CaseText, default="")
    sub_goals: Mapped[str] = mapped_column(CaseText, default="")
    health_considerations: Mapped[str] = mapped_column(CaseText, default="")  # skånehensyn
    followup_plan: Mapped[str] = mapped_column(CaseText, default="")
    followup_interval_days: Mapped[int | None] = mapped_column(Integer)
    followup_frequency: Mapped[FollowUpFrequency] = mapped_column(
        ValueEnum(FollowUpFrequency), default=FollowUpFrequency.MONTHLY)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    end_reason: Mapped[str] = mapped_column(CaseText, default="")
    # renegotiation keeps history: the new agreement points at the one it replaces
    supersedes_id: Mapped[uuid.UUID | None] = fk("agreement.id", nullable=True)

    paid_hours: Mapped[list[PaidHoursMonth]] = relationship(
        cascade="all, delete-orphan", order_by="PaidHoursMonth.month"
    )


class PaidHoursMonth(Replicated, Base):
    """Løntimer in one calendar month under one agreement, entered from the payslip."""

    __tablename__ = "paid_hours_month"
    __table_args__ = (UniqueConstraint("agreement_id", "month"),)
    agreement_id: Mapped[uuid.UUID] = fk("agreement.id")
    month: Mapped[dt.date] = mapped_column(Date)  # first day of the month
    hours: Mapped[Decimal] = mapped_column(Hours)
    pay: Mapped[Decimal | None] = mapped_column(Money)


# --- step-up -------------------------------------------------------------------------------


class StepUp(Replicated, Base):
    """Step-up (seed 002 p. 8-10; seed 004 "Supplerende indsats"): A preparation, B meetings,
    C agreement document."""

    __tablename__ = "step_up"
    course_id: Mapped[uuid.UUID] = fk("course.id")
    barrier_kind: Mapped[BarrierKind] = mapped_column(ValueEnum(BarrierKind))
    initiated_by: Mapped[StepUpInitiator] = mapped_column(ValueEnum(StepUpInitiator))
    reason: Mapped[str] = mapped_column(CaseText, default="")  # why the match drags
    started_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    consent_id: Mapped[uuid.UUID | None] = fk("consent.id", nullable=True)
    preparation_sent_on: Mapped[dt.date | None] = mapped_column(Date)
    # the preparation form in the citizen's own words (seed 004: "borgerens eget jobmål, såvel
    # som de udfordringer borgeren selv oplever som en barriere for job")
    citizen_barriers: Mapped[str] = mapped_column(CaseText, default="")
    citizen_resources: Mapped[str] = mapped_column(CaseText, default="")

    answers: Mapped[list[StepUpAnswer]] = relationship(cascade="all, delete-orphan")
    documents: Mapped[list[StepUpDocument]] = relationship(cascade="all, delete-orphan")
    participants: Mapped[list[StepUpParticipant]] = relationship(cascade="all, delete-orphan")
    meetings: Mapped[list[StepUpMeeting]] = relationship(cascade="all, delete-orphan")
    agreement_rows: Mapped[list[StepUpAgreementRow]] = relationship(cascade="all, delete-orphan")


class StepUpAnswer(Replicated, Base):
    """An answer to one guiding question of the preparation form (forberedelsesskema)."""

    __tablename__ = "step_up_answer"
    __table_args__ = (UniqueConstraint("step_up_id", "question_key"),)
    step_up_id: Mapped[uuid.UUID] = fk("step_up.id")
    question_key: Mapped[str] = mapped_column(String(64))
    answer: Mapped[str] = mapped_column(CaseText, default="")


class StepUpDocument(Replicated, Base):
    """A document on the checklist sent with the preparation pack (Min Plan, CV, ...)."""

    __tablename__ = "step_up_document"
    step_up_id: Mapped[uuid.UUID] = fk("step_up.id")
    kind: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(CaseText, default="")
    included: Mapped[bool] = mapped_column(Boolean, default=False)


class StepUpParticipant(Replicated, Base):
    __tablename__ = "step_up_participant"
    step_up_id: Mapped[uuid.UUID] = fk("step_up.id")
    role: Mapped[ParticipantRole] = mapped_column(ValueEnum(ParticipantRole))
    name: Mapped[str] = mapped_column(CaseString(200))
    organisation: Mapped[str] = mapped_column(CaseString(200), default="")


class StepUpMeeting(Replicated, Base):
    """One of one or two cross-disciplinary meetings (B); the citizen takes part in all."""

    __tablename__ = "step_up_meeting"
    step_up_id: Mapped[uuid.UUID] = fk("step_up.id")
    number: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="Jobcentret")
    note: Mapped[str] = mapped_column(CaseText, default="")


class StepUpAttendance(Replicated, Base):
    __tablename__ = "step_up_attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "participant_id"),)
    meeting_id: Mapped[uuid.UUID] = fk("step_up_meeting.id")
    participant_id: Mapped[uuid.UUID] = fk("step_up_participant.id")


class StepUpAgreementRow(Replicated, Base):
    """A row of the agreement document (C)."""

    __tablename__ = "step_up_agreement_row"
    step_up_id: Mapped[uuid.UUID] = fk("step_up.id")
    agreement: Mapped[str] = mapped_column(CaseText)
    responsible: Mapped[str] = mapped_column(String(200), default="")
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date)
    supplementary_effort: Mapped[str] = mapped_column(CaseText, default="")
    effort_starts_on: Mapped[dt.date | None] = mapped_column(Date)
    coordination: Mapped[str] = mapped_column(CaseText, default="")
    considerations: Mapped[str] = mapped_column(CaseText, default="")  # hensyn
    follow_up_done_on: Mapped[dt.date | None] = mapped_column(Date)


# --- open counselling ----------------------------------------------------------------------


class DropInVisit(Replicated, Base):
    """Åben rådgivning: one walk-in visit at the counter (seed 001, kerneelement 2)."""

    __tablename__ = "drop_in_visit"
    citizen_id: Mapped[uuid.UUID | None] = fk("citizen.id", nullable=True)
    visitor_label: Mapped[str] = mapped_column(String(100), default="")  # first name/initials
    visitor_phone: Mapped[str] = mapped_column(String(30), default="")
    visit_date: Mapped[dt.date] = mapped_column(Date, index=True)
    queue_number: Mapped[int] = mapped_column(Integer)
    reasons: Mapped[str] = mapped_column(String(300), default="")  # space-separated DropInReason
    language: Mapped[str] = mapped_column(String(50), default="dansk")
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[DropInOutcome | None] = mapped_column(ValueEnum(DropInOutcome))
    referred_to: Mapped[ReferralTarget | None] = mapped_column(ValueEnum(ReferralTarget))
    note: Mapped[str] = mapped_column(Text, default="")
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)

    events: Mapped[list[DropInEvent]] = relationship(
        cascade="all, delete-orphan", order_by="DropInEvent.at"
    )


class DropInEvent(Replicated, Base):
    """A queue event: arrival, called, started, ended or left; with the time and staff member."""

    __tablename__ = "drop_in_event"
    visit_id: Mapped[uuid.UUID] = fk("drop_in_visit.id")
    kind: Mapped[DropInEventKind] = mapped_column(ValueEnum(DropInEventKind))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    staff_id: Mapped[uuid.UUID | None] = fk("staff_account.id", nullable=True)


# --- audit ---------------------------------------------------------------------------------


class AuditEntry(Replicated, Base):
    """Who read, searched, changed, printed or exported what, when. Append-only; each entry
    carries the hash of the one before (a tamper-evident chain)."""

    __tablename__ = "audit_entry"
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    staff_id: Mapped[uuid.UUID | None] = fk("staff_account.id", nullable=True)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[AuditAction] = mapped_column(ValueEnum(AuditAction))
    object_type: Mapped[str] = mapped_column(String(64), default="")
    object_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    citizen_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


REPLICATED_MODELS: tuple[type[Base], ...] = tuple(
    m.class_ for m in Base.registry.mappers if issubclass(m.class_, Replicated)
)
