"""What the calendar, the record's Møder tab and "I dag" read about appointments (issue 20
points 2-4): appointments between two days for a person, a makkerskab or the office; one
citizen's appointments; the next booking of each citizen (a due item a booking will meet
shows the booking); and who can be booked."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.domain.appointments import (
    CANCELLED,
    AppointmentKind,
    AppointmentOutcome,
    PlaceKind,
)
from app.domain.enums import AuditAction
from app.domain.roles import Permission, Role
from app.domain.text import N_
from app.services import audit
from app.services._common import get_or_raise
from app.services.context import ServiceContext


@dataclass(frozen=True)
class AppointmentRow:
    """One appointment as lists show it (no note: that is case content, read by `detail`)."""

    id: uuid.UUID
    citizen_id: uuid.UUID
    citizen_name: str
    kind: AppointmentKind
    place_kind: PlaceKind
    place_text: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    staff_ids: tuple[uuid.UUID, ...]
    staff_names: tuple[str, ...]
    interpreter_language: str
    outcome: AppointmentOutcome | None

    @property
    def is_open(self) -> bool:
        return self.outcome is None

    @property
    def cancelled(self) -> bool:
        return self.outcome in CANCELLED

    def awaits_outcome(self, now: dt.datetime) -> bool:
        """Its time has come and no outcome is recorded yet (the one-click outcome)."""
        return self.outcome is None and self.starts_at <= now


@dataclass(frozen=True)
class AppointmentDetail:
    row: AppointmentRow
    note: str
    bring: str
    letter_logged: bool


def local_range(first_day: dt.date, last_day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The local days `first_day`..`last_day` (both included) as a UTC range."""
    start = dt.datetime.combine(first_day, dt.time.min).astimezone()
    end = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time.min).astimezone()
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def _rows(session: Session, where: list, limit: int | None = None) -> list[AppointmentRow]:
    a, c = m.Appointment, m.Citizen
    query = (select(a.id, a.citizen_id, c.first_name, c.last_name, a.kind, a.place_kind,
                    a.place_text, a.starts_at, a.ends_at, a.interpreter_language, a.outcome)
             .join(c, c.id == a.citizen_id).where(*where).order_by(a.starts_at, a.id))
    if limit is not None:
        query = query.limit(limit)
    found = session.execute(query).all()
    if not found:
        return []
    staff: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = defaultdict(list)
    ids = [row[0] for row in found]
    for chunk in range(0, len(ids), 500):
        for appointment_id, staff_id, name in session.execute(
                select(m.AppointmentStaff.appointment_id, m.AppointmentStaff.staff_id,
                       m.StaffAccount.full_name)
                .join(m.StaffAccount, m.StaffAccount.id == m.AppointmentStaff.staff_id)
                .where(m.AppointmentStaff.appointment_id.in_(ids[chunk:chunk + 500]))
                .order_by(m.StaffAccount.full_name)):
            staff[appointment_id].append((staff_id, name))
    return [AppointmentRow(
        row[0], row[1], f"{row[2]} {row[3]}".strip(), row[4], row[5], row[6], row[7], row[8],
        tuple(s for s, _n in staff[row[0]]), tuple(n for _s, n in staff[row[0]]), row[9],
        row[10]) for row in found]


def _staff_filter(staff_ids: set[uuid.UUID] | None) -> list:
    if staff_ids is None:
        return []
    return [m.Appointment.id.in_(select(m.AppointmentStaff.appointment_id).where(
        m.AppointmentStaff.staff_id.in_(list(staff_ids))))]


def between(ctx: ServiceContext, first_day: dt.date, last_day: dt.date, *,
            staff_ids: set[uuid.UUID] | None = None, cancelled: bool = True
            ) -> list[AppointmentRow]:
    """Appointments starting on the local days first_day..last_day, in time order, for the
    given staff (None: the whole office). The range query uses ix_appointment_starts_at."""
    ctx.require(Permission.CASE_READ)
    start, end = local_range(first_day, last_day)
    where = [m.Appointment.starts_at >= start, m.Appointment.starts_at < end,
             *_staff_filter(staff_ids)]
    if not cancelled:
        where.append(m.Appointment.outcome.is_(None) | m.Appointment.outcome.not_in(CANCELLED))
    with ctx.transaction() as session:
        return _rows(session, where)


# above this many meetings the calendar shows counts per slot, not each meeting (a whole
# large office's week: choose a person or a makkerskab to see the meetings themselves)
DETAIL_LIMIT = 600


@dataclass(frozen=True)
class CalendarWeek:
    """A calendar's days: every meeting's (start, end, outcome) from the index alone, and the
    meetings themselves when there are at most DETAIL_LIMIT (None: counts only)."""

    times: list[tuple[dt.datetime, dt.datetime, AppointmentOutcome | None]]
    rows: list[AppointmentRow] | None


def week(ctx: ServiceContext, first_day: dt.date, last_day: dt.date, *,
         staff_ids: set[uuid.UUID] | None = None) -> CalendarWeek:
    """The calendar's days first_day..last_day for the staff (None: the office). The times
    come from ix_appointment_week without reading a row; the meetings are read only when
    few enough to show one by one."""
    ctx.require(Permission.CASE_READ)
    start, end = local_range(first_day, last_day)
    a = m.Appointment
    where = [a.starts_at >= start, a.starts_at < end, *_staff_filter(staff_ids)]
    with ctx.transaction() as session:
        times = [tuple(t) for t in session.execute(
            select(a.starts_at, a.ends_at, a.outcome).where(*where))]
        rows = _rows(session, where) if len(times) <= DETAIL_LIMIT else None
    return CalendarWeek(times, rows)


def for_citizen(ctx: ServiceContext, citizen_id: uuid.UUID) -> list[AppointmentRow]:
    """Every appointment of one citizen, oldest first."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        return _rows(session, [m.Appointment.citizen_id == citizen_id])


def detail(ctx: ServiceContext, appointment_id: uuid.UUID) -> AppointmentDetail:
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        row = get_or_raise(session, m.Appointment, appointment_id, N_("Mødet findes ikke."))
        listed = _rows(session, [m.Appointment.id == appointment_id])[0]
        audit.record(ctx, session, AuditAction.READ, object_type="appointment",
                     object_id=row.id, citizen_id=row.citizen_id)
        return AppointmentDetail(listed, row.note, row.bring, row.letter_entry_id is not None)


def next_bookings(ctx: ServiceContext) -> dict[str, dt.datetime]:
    """Each citizen's next open appointment from today on (the citizen's hex key → its
    start): the caseload shows the booking where it meets the due item."""
    ctx.require(Permission.CASE_READ)
    start, _end = local_range(ctx.today(), ctx.today())
    a = m.Appointment
    with ctx.transaction() as session:
        found = session.execute(select(a.citizen_id, a.starts_at).where(
            a.starts_at >= start, a.outcome.is_(None)).order_by(a.starts_at.desc())).all()
    return {citizen_id.hex: starts_at for citizen_id, starts_at in found}


@dataclass(frozen=True)
class Bookable:
    """Staff that can be booked, and the office's makkerskaber."""

    staff: tuple[tuple[uuid.UUID, str], ...]
    partnerships: tuple[tuple[str, frozenset[uuid.UUID]], ...]


_DESK_ROLES = {Role.JOBKONSULENT.value, Role.JOBFORMIDLER.value, Role.LEDER.value}


def bookable(ctx: ServiceContext) -> Bookable:
    """Active staff with a desk role (not the counter alone), by name; the makkerskaber."""
    ctx.require(Permission.CITIZEN_BASIC)
    with ctx.transaction() as session:
        staff = tuple((s.id, s.full_name) for s in session.execute(
            select(m.StaffAccount).where(m.StaffAccount.active.is_(True))
            .order_by(m.StaffAccount.full_name)).scalars()
            if _DESK_ROLES & set(s.roles.split()))
        pairs = tuple((p.name, frozenset({p.caseworker_id, p.jobformidler_id}))
                      for p in session.execute(select(m.Partnership)
                                               .order_by(m.Partnership.name)).scalars())
    return Bookable(staff, pairs)
