"""Models: Companies, job match, agreements and paid hours."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import (
    Date,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.models.base import Base, Replicated, fk
from app.db.types import CaseText, Hours, Money, ValueEnum
from app.domain.enums import (
    AgreementStatus,
    AgreementType,
    FollowUpFrequency,
    InternshipPurpose,
    MatchActivityKind,
)

# --- companies, job match, agreements, paid hours ------------------------------------------


class Company(Replicated, Base):
    __tablename__ = "company"
    name: Mapped[str] = mapped_column(String(200), index=True)
    cvr: Mapped[str | None] = mapped_column(String(8), index=True)  # see Citizen.cpr
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
    agreement_id: Mapped[uuid.UUID] = fk("agreement.id")
    month: Mapped[dt.date] = mapped_column(Date)  # first day of the month
    hours: Mapped[Decimal] = mapped_column(Hours)
    pay: Mapped[Decimal | None] = mapped_column(Money)
