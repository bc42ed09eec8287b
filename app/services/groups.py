"""Group sessions (issue 20, point 7): jobcafé, CV-værksted, informationsmøde, virksomhedsdag.
Citizens are signed up from the record or the session, within its capacity; attendance is
ticked on the day and lands in each citizen's contact log as "Gruppeforløb" (in person, but
not personal contact: app.domain.course_facts.NOT_PERSONAL_KINDS); the attendance list is
printed with names only."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import models as m
from app.domain.enums import AuditAction, ContactChannel, ContactKind, InterpreterUse
from app.domain.errors import ValidationError
from app.domain.roles import Permission, Role, parse_roles
from app.domain.team import GroupKind
from app.domain.text import N_
from app.domain.values import clean_text
from app.services import audit
from app.services._common import get_or_raise
from app.services.context import ServiceContext
from app.services.course._common import latest_course, refresh_citizen

MAX_CAPACITY = 200
DESK_ROLES = (Role.JOBKONSULENT, Role.JOBFORMIDLER, Role.LEDER)


@dataclass(frozen=True)
class GroupSessionView:
    id: uuid.UUID
    kind: GroupKind
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    place: str
    capacity: int
    host_id: uuid.UUID
    host_name: str
    signed_up: int
    attended: int

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.signed_up)


@dataclass(frozen=True)
class SignupView:
    id: uuid.UUID
    citizen_id: uuid.UUID
    name: str
    attended: bool | None  # None until ticked


def _check_session_fields(ctx: ServiceContext, session: Session, *, starts_at: dt.datetime,
                          ends_at: dt.datetime, place: str, capacity: int,
                          host_id: uuid.UUID, title: str) -> tuple[str, str]:
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise ValidationError("Tidspunktet mangler tidszone.", field="starts_at")
    if ends_at <= starts_at:
        raise ValidationError("Sluttidspunktet skal ligge efter starttidspunktet.",
                              field="ends_at")
    if starts_at.astimezone().date() > ctx.today() + dt.timedelta(days=366):
        raise ValidationError("Datoen ligger mere end et år frem.", field="starts_at")
    if not 1 <= capacity <= MAX_CAPACITY:
        raise ValidationError("Antal pladser skal være mellem 1 og {high}.", field="capacity",
                              high=MAX_CAPACITY)
    place = clean_text(place, field="place", label="Sted", required=True, max_length=200)
    title = clean_text(title, field="title", label="Titel", max_length=200)
    host = session.get(m.StaffAccount, host_id)
    if host is None or not host.active or not parse_roles(host.roles) & set(DESK_ROLES):
        raise ValidationError("Vælg en aktiv medarbejder som vært.", field="host")
    return place, title


def create_session(ctx: ServiceContext, *, kind: GroupKind, starts_at: dt.datetime,
                   ends_at: dt.datetime, place: str, capacity: int, host_id: uuid.UUID,
                   title: str = "") -> uuid.UUID:
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        place, title = _check_session_fields(ctx, session, starts_at=starts_at,
                                             ends_at=ends_at, place=place, capacity=capacity,
                                             host_id=host_id, title=title)
        if starts_at.astimezone().date() < ctx.today():
            raise ValidationError("Et gruppeforløb kan ikke oprettes bagud i tid.",
                                  field="starts_at")
        row = m.GroupSession(kind=GroupKind(kind), title=title, starts_at=starts_at,
                             ends_at=ends_at, place=place, capacity=capacity, host_id=host_id)
        session.add(row)
        session.flush()
        audit.record(ctx, session, AuditAction.CREATE, object_type="group_session",
                     object_id=row.id, detail=f"{GroupKind(kind).value}, {capacity} pladser")
        return row.id


def list_sessions(ctx: ServiceContext, *, since: dt.date | None = None
                  ) -> list[GroupSessionView]:
    """Sessions from `since` (default: two weeks back) in time order, with their counts."""
    ctx.require(Permission.CASE_READ)
    start = since or ctx.today() - dt.timedelta(days=14)
    first = dt.datetime.combine(start, dt.time(), tzinfo=dt.UTC) - dt.timedelta(days=1)
    with ctx.transaction() as session:
        rows = session.execute(
            select(m.GroupSession, m.StaffAccount.full_name)
            .join(m.StaffAccount, m.StaffAccount.id == m.GroupSession.host_id)
            .where(m.GroupSession.starts_at >= first, m.GroupSession.cancelled.is_(False))
            .order_by(m.GroupSession.starts_at)).all()
        counts = _counts(session, [r.id for r, _ in rows])
        return [_view(r, host, counts) for r, host in rows
                if r.starts_at.astimezone().date() >= start]


def _counts(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[int, int]]:
    if not ids:
        return {}
    total = dict(session.execute(
        select(m.GroupSignup.session_id, func.count())
        .where(m.GroupSignup.session_id.in_(ids)).group_by(m.GroupSignup.session_id)).all())
    attended = dict(session.execute(
        select(m.GroupSignup.session_id, func.count())
        .where(m.GroupSignup.session_id.in_(ids), m.GroupSignup.attended.is_(True))
        .group_by(m.GroupSignup.session_id)).all())
    return {sid: (n, attended.get(sid, 0)) for sid, n in total.items()}


def _view(row: m.GroupSession, host: str, counts: dict) -> GroupSessionView:
    signed, attended = counts.get(row.id, (0, 0))
    return GroupSessionView(row.id, row.kind, row.title, row.starts_at, row.ends_at, row.place,
                            row.capacity, row.host_id, host, signed, attended)


def get_session(ctx: ServiceContext, session_id: uuid.UUID) -> GroupSessionView:
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        row = get_or_raise(session, m.GroupSession, session_id,
                           N_("Gruppeforløbet findes ikke."))
        host = session.get(m.StaffAccount, row.host_id)
        return _view(row, host.full_name if host else "", _counts(session, [row.id]))


def signups(ctx: ServiceContext, session_id: uuid.UUID) -> list[SignupView]:
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        rows = session.execute(
            select(m.GroupSignup.id, m.GroupSignup.citizen_id, m.Citizen.first_name,
                   m.Citizen.last_name, m.GroupSignup.attended)
            .join(m.Citizen, m.Citizen.id == m.GroupSignup.citizen_id)
            .where(m.GroupSignup.session_id == session_id)
            .order_by(m.Citizen.first_name, m.Citizen.last_name)).all()
        return [SignupView(r.id, r.citizen_id, f"{r.first_name} {r.last_name}".strip(),
                           r.attended) for r in rows]


def sign_up(ctx: ServiceContext, session_id: uuid.UUID, citizen_id: uuid.UUID) -> uuid.UUID:
    """Sign a citizen up; refused when the session is full, over, or the citizen is on it."""
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        row = get_or_raise(session, m.GroupSession, session_id,
                           N_("Gruppeforløbet findes ikke."))
        get_or_raise(session, m.Citizen, citizen_id, N_("Borgeren findes ikke."))
        if row.cancelled or row.ends_at.astimezone().date() < ctx.today():
            raise ValidationError("Gruppeforløbet er overstået; der kan ikke tilmeldes flere.",
                                  field="session")
        taken = session.execute(select(m.GroupSignup.citizen_id).where(
            m.GroupSignup.session_id == session_id)).scalars().all()
        if citizen_id in taken:
            raise ValidationError("Borgeren er allerede tilmeldt.", field="citizen")
        if len(taken) >= row.capacity:
            raise ValidationError("Gruppeforløbet er fuldt: alle {capacity} pladser er taget.",
                                  field="capacity", capacity=row.capacity)
        signup = m.GroupSignup(session_id=session_id, citizen_id=citizen_id,
                               signed_up_by_id=ctx.user.id)
        session.add(signup)
        session.flush()
        audit.record(ctx, session, AuditAction.CREATE, object_type="group_signup",
                     object_id=signup.id, citizen_id=citizen_id,
                     detail=f"tilmeldt {row.kind.value} {row.starts_at:%Y-%m-%d}")
        return signup.id


def cancel_signup(ctx: ServiceContext, signup_id: uuid.UUID) -> None:
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        signup = get_or_raise(session, m.GroupSignup, signup_id,
                              N_("Tilmeldingen findes ikke."))
        if signup.attended is not None:
            raise ValidationError("Fremmødet er registreret; tilmeldingen kan ikke fjernes.",
                                  field="signup")
        session.delete(signup)
        audit.record(ctx, session, AuditAction.DELETE, object_type="group_signup",
                     object_id=signup_id, citizen_id=signup.citizen_id,
                     detail="tilmelding fjernet")


def record_attendance(ctx: ServiceContext, session_id: uuid.UUID,
                      attended: dict[uuid.UUID, bool]) -> int:
    """Tick who came (signup id → came or not), on the session's day or after, in one
    transaction. Each citizen who came gets one contact log entry "Gruppeforløb" at the
    session's start, by the host; un-ticking removes it. Returns the number who came."""
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        row = get_or_raise(session, m.GroupSession, session_id,
                           N_("Gruppeforløbet findes ikke."))
        if row.starts_at.astimezone().date() > ctx.today():
            raise ValidationError("Fremmøde registreres på dagen eller bagefter.",
                                  field="attendance")
        signups_by_id = {s.id: s for s in session.execute(select(m.GroupSignup).where(
            m.GroupSignup.session_id == session_id)).scalars()}
        for signup_id, came in attended.items():
            signup = signups_by_id.get(signup_id)
            if signup is None:
                raise ValidationError("Tilmeldingen hører ikke til dette gruppeforløb.",
                                      field="attendance")
            _set_attendance(ctx, session, row, signup, bool(came))
        session.flush()
        return sum(1 for s in signups_by_id.values() if s.attended)


def _set_attendance(ctx: ServiceContext, session: Session, row: m.GroupSession,
                    signup: m.GroupSignup, came: bool) -> None:
    if signup.attended is came:
        return
    signup.attended = came
    if came and signup.contact_entry_id is None:
        course = latest_course(session, signup.citizen_id)
        entry = m.ContactEntry(
            citizen_id=signup.citizen_id, course_id=course.id if course else None,
            staff_id=row.host_id, occurred_at=row.starts_at, kind=ContactKind.GRUPPEFORLOEB,
            channel=ContactChannel.PERSONLIGT, place=None, interpreter=InterpreterUse.NOT_NEEDED,
            participants="", note=_entry_note(row))
        session.add(entry)
        session.flush()
        signup.contact_entry_id = entry.id
    elif not came and signup.contact_entry_id is not None:
        entry = session.get(m.ContactEntry, signup.contact_entry_id)
        signup.contact_entry_id = None
        session.flush()
        if entry is not None:
            session.delete(entry)
    refresh_citizen(ctx, session, signup.citizen_id)
    audit.record(ctx, session, AuditAction.CHANGE, object_type="group_signup",
                 object_id=signup.id, citizen_id=signup.citizen_id,
                 detail="mødt" if came else "ikke mødt")


def _entry_note(row: m.GroupSession) -> str:
    label = row.kind.label
    if row.title:
        return N_("{kind}: {title}, {place}", kind=label, title=row.title, place=row.place)
    return N_("{kind}, {place}", kind=label, place=row.place)


def citizen_sessions(ctx: ServiceContext, citizen_id: uuid.UUID
                     ) -> list[tuple[GroupSessionView, SignupView]]:
    """The sessions a citizen is signed up for, newest first (the record's view)."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        rows = session.execute(
            select(m.GroupSession, m.GroupSignup, m.StaffAccount.full_name)
            .join(m.GroupSignup, m.GroupSignup.session_id == m.GroupSession.id)
            .join(m.StaffAccount, m.StaffAccount.id == m.GroupSession.host_id)
            .where(m.GroupSignup.citizen_id == citizen_id)
            .order_by(m.GroupSession.starts_at.desc())).all()
        counts = _counts(session, [r.id for r, _, _ in rows])
        return [(_view(r, host, counts), SignupView(s.id, citizen_id, "", s.attended))
                for r, s, host in rows]


def attendance_list(ctx: ServiceContext, session_id: uuid.UUID) -> bytes:
    """The printed attendance list: the signed-up citizens' names, no CPR (issue 20)."""
    from app.reports.attendance import AttendanceSheet, attendance_pdf  # reportlab: lazily

    ctx.require(Permission.CASE_READ)
    view = get_session(ctx, session_id)
    names = tuple(s.name for s in signups(ctx, session_id))
    with ctx.transaction() as session:
        office = session.execute(select(m.Office.name)).scalar_one()
        audit.record(ctx, session, AuditAction.PRINT, object_type="group_session",
                     object_id=session_id, detail=f"deltagerliste, {len(names)} navne")
    return attendance_pdf(AttendanceSheet(
        office=office, kind=view.kind.label, title=view.title, starts_at=view.starts_at,
        ends_at=view.ends_at, place=view.place, host=view.host_name, capacity=view.capacity,
        names=names, printed_at=ctx.now().astimezone()))
