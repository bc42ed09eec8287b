"""Models: Step-up."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    Date,
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.models.base import Base, Replicated, fk
from app.db.types import CaseString, CaseText, ValueEnum
from app.domain.enums import (
    BarrierKind,
    ParticipantRole,
    StepUpInitiator,
)

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
