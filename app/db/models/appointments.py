"""Models: appointments (møder) with their staff, and the office's replicated settings."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.models.base import Base, Replicated, fk
from app.db.types import CaseText, UtcDateTime, ValueEnum
from app.domain.appointments import AppointmentKind, AppointmentOutcome, PlaceKind


class Appointment(Replicated, Base):
    """A booked meeting with a citizen; after its time, its outcome and the contact entry it
    became (held: personal contact; no-show: a contact attempt)."""

    __tablename__ = "appointment"
    citizen_id: Mapped[uuid.UUID] = fk("citizen.id")
    kind: Mapped[AppointmentKind] = mapped_column(ValueEnum(AppointmentKind))
    place_kind: Mapped[PlaceKind] = mapped_column(ValueEnum(PlaceKind))
    place_text: Mapped[str] = mapped_column(String(300), default="")
    starts_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_language: Mapped[str] = mapped_column(String(50), default="")
    note: Mapped[str] = mapped_column(CaseText, default="")
    bring: Mapped[str] = mapped_column(String(500), default="")  # for the letter
    booked_by_id: Mapped[uuid.UUID | None] = fk("staff_account.id", nullable=True,
                                                index=False)
    outcome: Mapped[AppointmentOutcome | None] = mapped_column(ValueEnum(AppointmentOutcome))
    outcome_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    outcome_by_id: Mapped[uuid.UUID | None] = fk("staff_account.id", nullable=True,
                                                 index=False)
    contact_entry_id: Mapped[uuid.UUID | None] = fk("contact_entry.id", nullable=True,
                                                    index=False)
    # the invitation letter logged on the record for the current time (a new time, a new one)
    letter_entry_id: Mapped[uuid.UUID | None] = fk("contact_entry.id", nullable=True,
                                                   index=False)

    staff: Mapped[list[AppointmentStaff]] = relationship(
        cascade="all, delete-orphan", back_populates="appointment")


# the calendar's week: a range of start times read from the index alone (times, outcome and
# id for the staff filter), so a 25,000-citizen office's week of ~9,000 meetings is counted
# per slot without reading the rows (benchmarks/calendar_week.py)
Index("ix_appointment_week", Appointment.starts_at, Appointment.ends_at, Appointment.outcome,
      Appointment.id)


class AppointmentStaff(Replicated, Base):
    """One staff member at an appointment (one or more per appointment)."""

    __tablename__ = "appointment_staff"
    appointment_id: Mapped[uuid.UUID] = fk("appointment.id")
    staff_id: Mapped[uuid.UUID] = fk("staff_account.id")

    appointment: Mapped[Appointment] = relationship(back_populates="staff")


class OfficeSetting(Replicated, Base):
    """A setting of the whole office, replicated between its workstations (the letter's
    template, the office's phone and opening hours, the open counselling hours). The row id
    is derived from the key (app.services.office_settings), so two workstations that set the
    same key make versions of one row, never two rows."""

    __tablename__ = "office_setting"
    key: Mapped[str] = mapped_column(String(100), index=True)
    value: Mapped[str] = mapped_column(Text, default="")
