"""Models: group sessions, caseload handovers, partners and referrals, the tool library
(issue 20, points 7-12). All replicate between the office's workstations (Replicated)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from app.db.models.base import Base, Replicated, fk
from app.db.types import CaseText, UtcDateTime, ValueEnum
from app.domain.team import GroupKind, PartnerKind

# --- group sessions (jobcafé, CV-værksted, informationsmøde, virksomhedsdag) ----------------


class GroupSession(Replicated, Base):
    __tablename__ = "group_session"
    kind: Mapped[GroupKind] = mapped_column(ValueEnum(GroupKind))
    title: Mapped[str] = mapped_column(String(200), default="")
    starts_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    ends_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    place: Mapped[str] = mapped_column(String(200))
    capacity: Mapped[int] = mapped_column(Integer)
    host_id: Mapped[uuid.UUID] = fk("staff_account.id")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)


class GroupSignup(Replicated, Base):
    """One citizen signed up for a session; `attended` is None until ticked on the day.
    Not unique in the database (sign-ups made on two workstations while apart must merge);
    the service refuses a second sign-up."""

    __tablename__ = "group_signup"
    session_id: Mapped[uuid.UUID] = fk("group_session.id")
    citizen_id: Mapped[uuid.UUID] = fk("citizen.id")
    signed_up_by_id: Mapped[uuid.UUID | None] = fk("staff_account.id", nullable=True)
    attended: Mapped[bool | None] = mapped_column(Boolean)
    contact_entry_id: Mapped[uuid.UUID | None] = fk("contact_entry.id", nullable=True)


# --- the team: caseload handover ------------------------------------------------------------


class CourseHandover(Replicated, Base):
    """One course moved from one staff member to another (issue 20, point 9), shown on the
    citizen's record. `role` is "caseworker" or "jobformidler"."""

    __tablename__ = "course_handover"
    course_id: Mapped[uuid.UUID] = fk("course.id")
    citizen_id: Mapped[uuid.UUID] = fk("citizen.id")
    role: Mapped[str] = mapped_column(String(20))
    from_staff_id: Mapped[uuid.UUID] = fk("staff_account.id")
    to_staff_id: Mapped[uuid.UUID] = fk("staff_account.id")
    moved_on: Mapped[dt.date] = mapped_column(Date)
    moved_by_id: Mapped[uuid.UUID] = fk("staff_account.id")


# --- partners and referrals -----------------------------------------------------------------


class Partner(Replicated, Base):
    __tablename__ = "partner"
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[PartnerKind] = mapped_column(ValueEnum(PartnerKind))
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")  # what they offer; no citizen data
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PartnerContact(Replicated, Base):
    __tablename__ = "partner_contact"
    partner_id: Mapped[uuid.UUID] = fk("partner.id")
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(200), default="")


class Referral(Replicated, Base):
    """A citizen referred to a partner. One that shares information names the consent that
    covers it (domain.md: every sharing of information needs an explicit consent)."""

    __tablename__ = "referral"
    citizen_id: Mapped[uuid.UUID] = fk("citizen.id")
    partner_id: Mapped[uuid.UUID] = fk("partner.id")
    contact_id: Mapped[uuid.UUID | None] = fk("partner_contact.id", nullable=True)
    referred_on: Mapped[dt.date] = mapped_column(Date)
    purpose: Mapped[str] = mapped_column(CaseText, default="")
    shares_information: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_id: Mapped[uuid.UUID | None] = fk("consent.id", nullable=True)
    staff_id: Mapped[uuid.UUID | None] = fk("staff_account.id", nullable=True)


# --- the tool library -----------------------------------------------------------------------


class ToolItem(Replicated, Base):
    """Material the office holds: a file it added (kept in the encrypted store, size-capped)
    or a link. Tags are casefolded and comma-separated (app.domain.team.split_tags)."""

    __tablename__ = "tool_item"
    title: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(String(1000), default="")  # a link; empty for a file
    file_name: Mapped[str] = mapped_column(String(200), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    content: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    industries: Mapped[str] = mapped_column(String(500), default="")
    languages: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    added_by_id: Mapped[uuid.UUID | None] = fk("staff_account.id", nullable=True)
