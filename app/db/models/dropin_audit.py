"""Models: Open counselling (åben rådgivning) and the audit log."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    Date,
    Integer,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.models.base import Base, Replicated, fk
from app.db.types import UtcDateTime, ValueEnum
from app.domain.enums import (
    AuditAction,
    DropInEventKind,
    DropInOutcome,
    ReferralTarget,
)

# --- open counselling ----------------------------------------------------------------------


class DropInVisit(Replicated, Base):
    """Åben rådgivning: one walk-in visit at the counter (seed 001, kerneelement 2)."""

    __tablename__ = "drop_in_visit"
    citizen_id: Mapped[uuid.UUID | None] = fk("citizen.id", nullable=True)
    visitor_label: Mapped[str] = mapped_column(String(100), default="")  # first name/initials
    visitor_phone: Mapped[str] = mapped_column(String(30), default="")
    visit_date: Mapped[dt.date] = mapped_column(Date, index=True)
    queue_number: Mapped[int] = mapped_column(Integer)
    # the letter of the workstation that gave the number ("A" in "A-12"; issue 23)
    queue_letter: Mapped[str] = mapped_column(String(4), default="", server_default="")
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


class QueueSeen(Base):
    """Local (not replicated): when this workstation first saw a queue event made on another
    one, against the time that workstation stamped it. The smallest difference per
    workstation is its clock's offset from ours plus the shortest delivery, which keeps
    waiting times right across clocks a few minutes apart (app.services.dropin_office)."""

    __tablename__ = "queue_seen"
    event_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid)  # the workstation that made it
    made_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)  # on that workstation's clock
    seen_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)  # on ours


# --- audit ---------------------------------------------------------------------------------


class AuditEntry(Replicated, Base):
    """Who read, searched, changed, printed or exported what, when. Append-only; each entry
    carries the hash of the one before (a tamper-evident chain)."""

    __tablename__ = "audit_entry"
    # per writing workstation: each device's entries form their own chain (issue 18)
    seq: Mapped[int] = mapped_column(Integer, index=True)
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
