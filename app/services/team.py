"""The team (issue 20, points 8-10): makkerskaber made, changed and ended by a leader; each
person's caseload against the 25-35 band; handing a caseload over when someone is ill or
leaves (preview, then one transaction with an audit entry and a handover row per course)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.domain.enums import AuditAction
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.measures import CASELOAD_BAND
from app.domain.roles import Permission, Role, parse_roles
from app.domain.team import CaseloadBand, caseload_band, spread_evenly
from app.domain.text import N_
from app.domain.values import check_date, clean_text
from app.services import audit
from app.services._common import get_or_raise
from app.services.caseload import refresh_due
from app.services.caseload_facts import open_or_aftercare
from app.services.context import ServiceContext
from app.services.course._common import step_label

CASEWORKER, JOBFORMIDLER = "caseworker", "jobformidler"
ROLE_OF = {CASEWORKER: Role.JOBKONSULENT, JOBFORMIDLER: Role.JOBFORMIDLER}
ROLE_WORDS = {CASEWORKER: N_("sagsbehandler"), JOBFORMIDLER: N_("jobformidler")}


def require_leader(ctx: ServiceContext) -> None:
    if Role.LEDER not in ctx.user.roles:
        raise PermissionDenied("Kun en leder kan ændre teamet.")


# --- makkerskaber -------------------------------------------------------------------------


@dataclass(frozen=True)
class PartnershipView:
    id: uuid.UUID
    name: str
    caseworker_id: uuid.UUID
    caseworker_name: str
    jobformidler_id: uuid.UUID
    jobformidler_name: str
    ended_on: dt.date | None


def list_partnerships(ctx: ServiceContext, *, include_ended: bool = False
                      ) -> list[PartnershipView]:
    with ctx.transaction() as session:
        names = _names(session)
        stmt = select(m.Partnership).order_by(m.Partnership.name)
        if not include_ended:
            stmt = stmt.where(m.Partnership.ended_on.is_(None))
        return [PartnershipView(p.id, p.name, p.caseworker_id, names.get(p.caseworker_id, ""),
                                p.jobformidler_id, names.get(p.jobformidler_id, ""),
                                p.ended_on) for p in session.execute(stmt).scalars()]


def _names(session: Session) -> dict[uuid.UUID, str]:
    return dict(session.execute(select(m.StaffAccount.id, m.StaffAccount.full_name)).all())


def _check_member(session: Session, staff_id: uuid.UUID, role: str) -> m.StaffAccount:
    account = session.get(m.StaffAccount, staff_id)
    if account is None or not account.active or ROLE_OF[role] not in parse_roles(
            account.roles):
        raise ValidationError("Vælg en aktiv medarbejder med rollen {role}.", field=role,
                              role=ROLE_WORDS[role])
    return account


def _check_pair(session: Session, name: str, caseworker_id: uuid.UUID,
                jobformidler_id: uuid.UUID, *, other_than: uuid.UUID | None = None) -> str:
    name = clean_text(name, field="name", label="Navn", required=True, max_length=100)
    if caseworker_id == jobformidler_id:
        raise ValidationError("Et makkerskab er to personer: vælg to forskellige.",
                              field=JOBFORMIDLER)
    _check_member(session, caseworker_id, CASEWORKER)
    _check_member(session, jobformidler_id, JOBFORMIDLER)
    same = session.execute(select(m.Partnership.id).where(
        m.Partnership.caseworker_id == caseworker_id,
        m.Partnership.jobformidler_id == jobformidler_id,
        m.Partnership.ended_on.is_(None))).scalars().all()
    if any(pid != other_than for pid in same):
        raise ValidationError("De to er allerede et makkerskab.", field=JOBFORMIDLER)
    return name


def create_partnership(ctx: ServiceContext, *, name: str, caseworker_id: uuid.UUID,
                       jobformidler_id: uuid.UUID) -> uuid.UUID:
    require_leader(ctx)
    with ctx.transaction() as session:
        name = _check_pair(session, name, caseworker_id, jobformidler_id)
        row = m.Partnership(name=name, caseworker_id=caseworker_id,
                            jobformidler_id=jobformidler_id)
        session.add(row)
        session.flush()
        audit.record(ctx, session, AuditAction.CREATE, object_type="partnership",
                     object_id=row.id, detail="makkerskab oprettet")
        return row.id


def change_partnership(ctx: ServiceContext, partnership_id: uuid.UUID, *, name: str,
                       caseworker_id: uuid.UUID, jobformidler_id: uuid.UUID) -> None:
    require_leader(ctx)
    with ctx.transaction() as session:
        row = get_or_raise(session, m.Partnership, partnership_id,
                           N_("Makkerskabet findes ikke."))
        if row.ended_on is not None:
            raise ValidationError("Makkerskabet er afsluttet.", field="name")
        row.name = _check_pair(session, name, caseworker_id, jobformidler_id,
                               other_than=row.id)
        row.caseworker_id, row.jobformidler_id = caseworker_id, jobformidler_id
        session.flush()
        audit.record(ctx, session, AuditAction.CHANGE, object_type="partnership",
                     object_id=row.id, detail="makkerskab ændret")


def end_partnership(ctx: ServiceContext, partnership_id: uuid.UUID,
                    on: dt.date | None = None) -> None:
    require_leader(ctx)
    day = on or ctx.today()
    check_date(day, field="ended_on", label="Slutdatoen", today=ctx.today(),
               allow_future_days=0)
    with ctx.transaction() as session:
        row = get_or_raise(session, m.Partnership, partnership_id,
                           N_("Makkerskabet findes ikke."))
        if row.ended_on is not None:
            raise ValidationError("Makkerskabet er allerede afsluttet.", field="ended_on")
        row.ended_on = day
        session.flush()
        audit.record(ctx, session, AuditAction.CHANGE, object_type="partnership",
                     object_id=row.id, detail=f"makkerskab afsluttet {day.isoformat()}")


# --- caseload per person -------------------------------------------------------------------


@dataclass(frozen=True)
class StaffLoad:
    """A desk person's open courses today (the Ledelsesinformation page's caseload measure:
    open courses per caseworker and per jobformidler, against the 25-35 band)."""

    id: uuid.UUID
    name: str
    roles: frozenset[Role]
    as_caseworker: int
    as_jobformidler: int
    band: CaseloadBand  # of the larger of the two
    active: bool

    @property
    def handover_roles(self) -> frozenset[Role]:
        """The roles a taker needs for a share of this person's caseload (none when the
        person holds no course)."""
        return frozenset(ROLE_OF[held] for held, count in (
            (CASEWORKER, self.as_caseworker), (JOBFORMIDLER, self.as_jobformidler)) if count)


def staff_caseloads(ctx: ServiceContext) -> list[StaffLoad]:
    require_leader(ctx)
    with ctx.transaction() as session:
        cw, jf = _open_counts(session, ctx.today())
        out = []
        for a in session.execute(select(m.StaffAccount).order_by(
                m.StaffAccount.full_name)).scalars():
            roles = parse_roles(a.roles)
            if not roles & {Role.JOBKONSULENT, Role.JOBFORMIDLER} and not (
                    cw[a.id] or jf[a.id]):
                continue
            load = max(cw[a.id], jf[a.id])
            out.append(StaffLoad(a.id, a.full_name, roles, cw[a.id], jf[a.id],
                                 caseload_band(load, CASELOAD_BAND), a.active))
        return out


def _open_counts(session: Session, today: dt.date) -> tuple[Counter, Counter]:
    cw: Counter = Counter()
    jf: Counter = Counter()
    for caseworker, formidler in session.execute(
            select(m.Course.caseworker_id, m.Course.jobformidler_id)
            .where(open_or_aftercare(today))):
        if caseworker:
            cw[caseworker] += 1
        if formidler:
            jf[formidler] += 1
    return cw, jf


# --- handover ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Move:
    course_id: uuid.UUID
    citizen_id: uuid.UUID
    citizen_name: str
    step: str
    role: str  # CASEWORKER or JOBFORMIDLER
    to_staff_id: uuid.UUID
    to_name: str


@dataclass(frozen=True)
class AppointmentMove:
    """A coming appointment the person is booked for (issue 20, point 1): the person's place
    at it goes to whoever takes the citizen's course, else evenly among the takers."""

    staff_row_id: uuid.UUID  # the appointment_staff row that changes
    starts_at: dt.datetime
    kind: str  # the kind's label
    citizen_name: str
    to_staff_id: uuid.UUID
    to_name: str


@dataclass(frozen=True)
class LeftOut:
    """A chosen taker who gets no course: `lacks` the roles (CASEWORKER, JOBFORMIDLER) the
    courses need and the taker does not have; empty when the others' lower load took it all."""

    staff_id: uuid.UUID
    name: str
    lacks: tuple[str, ...]


@dataclass(frozen=True)
class HandoverPlan:
    from_staff_id: uuid.UUID
    from_name: str
    moves: tuple[Move, ...]
    appointments: tuple[AppointmentMove, ...] = ()
    left_out: tuple[LeftOut, ...] = ()


def plan_handover(ctx: ServiceContext, from_staff_id: uuid.UUID,
                  takers: list[uuid.UUID]) -> HandoverPlan:
    """What would move: every open course (and one in aftercare) the person holds as
    caseworker or jobformidler, each to one of `takers` holding that role, spread evenly
    (one taker: all to that one), counting what each taker already holds. A chosen taker who
    gets no course is named in `left_out` with the roles they lack."""
    require_leader(ctx)
    with ctx.transaction() as session:
        return _plan(session, ctx.now(), from_staff_id, takers)


def _plan(session: Session, now: dt.datetime, from_id: uuid.UUID,
          takers: list[uuid.UUID]) -> HandoverPlan:
    today = now.astimezone().date()
    if from_id is None:
        raise ValidationError("Vælg hvis sagsstamme der skal overdrages.", field="from")
    leaving = get_or_raise(session, m.StaffAccount, from_id, N_("Medarbejderen findes ikke."))
    if from_id in takers:
        raise ValidationError("Vælg andre end den, der afleverer.", field="takers")
    if not takers:
        raise ValidationError("Vælg mindst én, der overtager.", field="takers")
    accounts = {t: session.get(m.StaffAccount, t) for t in takers}
    if any(a is None or not a.active for a in accounts.values()):
        raise ValidationError("Vælg kun aktive medarbejdere.", field="takers")
    courses = session.execute(
        select(m.Course.id, m.Course.citizen_id, m.Course.caseworker_id,
               m.Course.jobformidler_id, m.Citizen.first_name, m.Citizen.last_name)
        .join(m.Citizen, m.Citizen.id == m.Course.citizen_id)
        .where(open_or_aftercare(today),
               (m.Course.caseworker_id == from_id) | (m.Course.jobformidler_id == from_id))
        .order_by(m.Citizen.first_name, m.Citizen.last_name, m.Course.id)).all()
    cw, jf = _open_counts(session, today)
    moves: list[Move] = []
    for role, column, loads in ((JOBFORMIDLER, "jobformidler_id", jf),
                                (CASEWORKER, "caseworker_id", cw)):
        held = [c for c in courses if getattr(c, column) == from_id]
        if not held:
            continue
        able = [t for t in takers if ROLE_OF[role] in parse_roles(accounts[t].roles)]
        if not able:
            raise ValidationError("Ingen af de valgte har rollen {role}.", field="takers",
                                  role=ROLE_WORDS[role])
        spread = spread_evenly([c.id.hex for c in held], [t.hex for t in able],
                               {t.hex: loads[t] for t in able})
        rows = {c.id: session.get(m.Course, c.id) for c in held}
        for c in held:
            to = uuid.UUID(spread[c.id.hex])
            moves.append(Move(c.id, c.citizen_id, f"{c.first_name} {c.last_name}".strip(),
                              step_label(rows[c.id]), role, to, accounts[to].full_name))
    taking = {mv.to_staff_id for mv in moves}
    needed = [role for role in (JOBFORMIDLER, CASEWORKER) if any(mv.role == role
                                                                   for mv in moves)]
    left_out = tuple(LeftOut(t, accounts[t].full_name, tuple(
        role for role in needed if ROLE_OF[role] not in parse_roles(accounts[t].roles)))
        for t in takers if moves and t not in taking)
    # an appointment that follows no course goes to those who take courses (all when none)
    sharing = [t for t in takers if t in taking] or takers
    return HandoverPlan(from_id, leaving.full_name, tuple(moves),
                        _appointment_moves(session, now, from_id, sharing, accounts, moves),
                        left_out)


def _appointment_moves(session: Session, now: dt.datetime, from_id: uuid.UUID,
                       takers: list[uuid.UUID], accounts: dict, moves: list[Move]
                       ) -> tuple[AppointmentMove, ...]:
    rows = session.execute(
        select(m.AppointmentStaff.id, m.Appointment.starts_at, m.Appointment.kind,
               m.Appointment.citizen_id, m.Citizen.first_name, m.Citizen.last_name)
        .join(m.Appointment, m.Appointment.id == m.AppointmentStaff.appointment_id)
        .join(m.Citizen, m.Citizen.id == m.Appointment.citizen_id)
        .where(m.AppointmentStaff.staff_id == from_id, m.Appointment.outcome.is_(None),
               m.Appointment.starts_at >= now)
        .order_by(m.Appointment.starts_at, m.AppointmentStaff.id)).all()
    follows = {}
    for mv in moves:  # the jobformidler's taker first: the citizen's primary contact
        follows.setdefault(mv.citizen_id, mv.to_staff_id)
    rest = spread_evenly([r.id.hex for r in rows if r.citizen_id not in follows],
                         [t.hex for t in takers])
    return tuple(AppointmentMove(
        r.id, r.starts_at, r.kind.label, f"{r.first_name} {r.last_name}".strip(),
        to := follows.get(r.citizen_id) or uuid.UUID(rest[r.id.hex]), accounts[to].full_name)
        for r in rows)


def hand_over(ctx: ServiceContext, plan: HandoverPlan) -> int:
    """Carry out a previewed plan in one transaction. If the caseload changed since the
    preview (a course moved, ended or came), nothing moves and the leader previews again.
    Each move: the course's caseworker or jobformidler changed, a handover row on the
    citizen's record and an audit entry. Returns the number of moves."""
    require_leader(ctx)
    today = ctx.today()
    with ctx.transaction() as session:
        takers = list(dict.fromkeys(mv.to_staff_id for mv in plan.moves))
        if not takers and not plan.appointments:
            raise ValidationError("Der er intet at overdrage.", field="takers")
        takers += [a.to_staff_id for a in plan.appointments if a.to_staff_id not in takers]
        fresh = _plan(session, ctx.now(), plan.from_staff_id, takers)
        if {(mv.course_id, mv.role) for mv in fresh.moves} != {
                (mv.course_id, mv.role) for mv in plan.moves} or {
                a.staff_row_id for a in fresh.appointments} != {
                a.staff_row_id for a in plan.appointments}:
            raise ValidationError("Sagsstammen er ændret siden forhåndsvisningen. Se "
                                  "forhåndsvisningen igen.", field="takers")
        for mv in plan.moves:
            course = session.get(m.Course, mv.course_id)
            setattr(course, f"{mv.role}_id", mv.to_staff_id)
            session.add(m.CourseHandover(
                course_id=course.id, citizen_id=course.citizen_id, role=mv.role,
                from_staff_id=plan.from_staff_id, to_staff_id=mv.to_staff_id,
                moved_on=today, moved_by_id=ctx.user.id))
            audit.record(ctx, session, AuditAction.CHANGE, object_type="course",
                         object_id=course.id, citizen_id=course.citizen_id,
                         detail=f"overdraget ({mv.role}) fra {plan.from_staff_id.hex} "
                                f"til {mv.to_staff_id.hex}")
        for a in plan.appointments:
            row = session.get(m.AppointmentStaff, a.staff_row_id)
            row.staff_id = a.to_staff_id
            audit.record(ctx, session, AuditAction.CHANGE, object_type="appointment",
                         object_id=row.appointment_id, citizen_id=row.appointment.citizen_id,
                         detail=f"overdraget fra {plan.from_staff_id.hex} til "
                                f"{a.to_staff_id.hex}")
        session.flush()
        refresh_due(session, today, list({mv.course_id for mv in plan.moves}))
        return len(plan.moves) + len(plan.appointments)


@dataclass(frozen=True)
class HandoverLine:
    moved_on: dt.date
    role: str
    from_name: str
    to_name: str


def citizen_handovers(ctx: ServiceContext, citizen_id: uuid.UUID) -> list[HandoverLine]:
    """The handovers of the citizen's courses, newest first (shown on the record)."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        names = _names(session)
        rows = session.execute(select(m.CourseHandover).where(
            m.CourseHandover.citizen_id == citizen_id).order_by(
            m.CourseHandover.moved_on.desc(), m.CourseHandover.created_at.desc())).scalars()
        return [HandoverLine(r.moved_on, r.role, names.get(r.from_staff_id, ""),
                             names.get(r.to_staff_id, "")) for r in rows]
