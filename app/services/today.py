""""I dag" (issue 20, point 2), the desk roles' landing page: my appointments today in time
order (after any of the last two weeks still waiting for their outcome), my overdue and
due-this-week items (with the booking that will meet one), the open counselling queue when
it is open, and what changed in my citizens since I was last here.

"Since I was last here" is a mark kept per user in the workstation's local settings (never
replicated): the audit log's local row number when the user last opened the page. The audit
log is the office's change log with its authors: it replicates between workstations like any
row, and a row that arrives from another workstation gets a later local row number than the
mark even when it was made days ago on a laptop that was away, so nothing is missed."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import Integer, func, literal_column, select, text

from app.db import models as m
from app.domain.appointments import booking_meets
from app.domain.enums import AuditAction
from app.domain.roles import Permission
from app.domain.rules import AMBER_DAYS, STEP_UP_WHAT, DueKind, Mark, mark
from app.domain.text import N_
from app.services import dropins
from app.services.appointment_views import AppointmentRow, between, next_bookings
from app.services.caseload import _exempt
from app.services.context import ServiceContext
from app.services.office_settings import read_settings

_MARK_KEY = "today_seen:{user}"
CHANGES_SHOWN = 50
FIRST_VISIT_DAYS = 7  # the first time, changes of the last week
OUTCOME_DAYS = 14  # earlier meetings without an outcome are listed this long

_WHAT = {
    "contact_entry": N_("Kontakt"), "appointment": N_("Møde"), "course": N_("Forløb"),
    "agreement": N_("Aftale"), "step_up": N_("Step-up"), "citizen": N_("Borgeroplysninger"),
    "cv_item": N_("CV"), "job_goal": N_("Jobmål"), "consent": N_("Samtykke"),
    "network_person": N_("Netværk"), "paid_hours": N_("Løntimer"),
}
_ACTION = {AuditAction.CREATE: N_("oprettet"), AuditAction.CHANGE: N_("ændret"),
           AuditAction.DELETE: N_("slettet")}


@dataclass(frozen=True)
class DueLine:
    citizen_id: uuid.UUID
    name: str
    due_on: dt.date
    what: str
    kind: DueKind | None
    mark: Mark
    booked_at: dt.datetime | None  # a booking that will meet the item


@dataclass(frozen=True)
class ChangeLine:
    citizen_id: uuid.UUID
    name: str
    at: dt.datetime
    what: str  # "Kontakt oprettet"
    by: str
    workstation: str


@dataclass(frozen=True)
class TodayView:
    appointments: list[AppointmentRow]
    due: list[DueLine]
    queue_open: bool  # within today's open counselling hours, or someone is waiting
    queue_waiting: int
    drop_in_today: str  # today's open counselling hours as text
    changes: list[ChangeLine]
    first_visit: bool


_DUE_SQL = """
    SELECT citizen_key, name, next_due_on, next_due_what, next_due_kind, step_up_on,
           exemptions, status
    FROM course_due
    WHERE (caseworker_key = :me OR jobformidler_key = :me)
      AND (status IN ('active', 'visitation')
           OR (status = 'completed' AND aftercare_until >= :today))"""


def _my_due(session, ctx: ServiceContext, today: dt.date, booked: dict[str, dt.datetime]
            ) -> list[DueLine]:
    limit = today + dt.timedelta(days=AMBER_DAYS)
    lines = []
    for key, name, due_on, what, kind, step_up_on, exemptions, status in session.execute(
            text(_DUE_SQL), {"me": ctx.user.id.hex, "today": today.isoformat()}):
        if exemptions and status != "completed" and _exempt(exemptions, today):
            continue
        if step_up_on and step_up_on <= today.isoformat() and (
                due_on is None or step_up_on < due_on):
            due_on, what, kind = step_up_on, STEP_UP_WHAT, DueKind.STEP_UP.value
        if due_on is None:
            continue
        day = dt.date.fromisoformat(due_on)
        if day > limit:
            continue
        due_kind = DueKind(kind) if kind else None
        at = booked.get(key)
        meets = at is not None and booking_meets(due_kind, day, at.astimezone().date())
        lines.append(DueLine(uuid.UUID(key), name, day, what, due_kind, mark(day, today),
                             at if meets else None))
    lines.sort(key=lambda line: (line.due_on, line.name.casefold()))
    return lines


def _rowid():
    return literal_column("audit_entry.rowid", Integer)


def _my_citizens(session, ctx: ServiceContext) -> set[uuid.UUID]:
    me = ctx.user.id
    return set(session.execute(select(m.Course.citizen_id).where(
        (m.Course.caseworker_id == me) | (m.Course.jobformidler_id == me))).scalars())


def _changes(session, ctx: ServiceContext, since: int | None) -> list[ChangeLine]:
    mine = _my_citizens(session, ctx)
    if not mine:
        return []
    a = m.AuditEntry
    rowid = _rowid()
    where = [a.action.in_(list(_ACTION)), a.staff_id != ctx.user.id]
    if since is None:
        where.append(a.at >= ctx.now() - dt.timedelta(days=FIRST_VISIT_DAYS))
    else:
        where.append(rowid > since)
    staff = dict(session.execute(select(m.StaffAccount.id, m.StaffAccount.full_name)).all())
    stations = dict(session.execute(select(m.Workstation.id, m.Workstation.name)).all())
    found = session.execute(
        select(a.citizen_id, a.at, a.object_type, a.action, a.staff_id, a.version_device)
        .where(*where, a.citizen_id.is_not(None)).order_by(rowid.desc())
        .limit(20 * CHANGES_SHOWN)).all()
    found = [f for f in found if f[0] in mine][:CHANGES_SHOWN]
    names = {c.id: c.full_name for c in session.execute(select(m.Citizen).where(
        m.Citizen.id.in_({f[0] for f in found}))).scalars()}
    return [ChangeLine(citizen_id, names.get(citizen_id, ""), at,
                       N_("{what} {action}", what=_WHAT.get(object_type, N_("Sagen")),
                          action=_ACTION[action]),
                       staff.get(staff_id, ""), stations.get(device, ""))
            for citizen_id, at, object_type, action, staff_id, device in found
            if citizen_id in names]


def begin_visit(ctx: ServiceContext) -> int | None:
    """The user opens "I dag": the previous mark (None the first time) is returned, and the
    mark moves to now. The page keeps the returned mark while it is open."""
    key = _MARK_KEY.format(user=ctx.user.id)
    with ctx.transaction() as session:
        row = session.get(m.LocalSetting, key)
        previous = int(row.value) if row is not None and row.value.isdigit() else None
        current = session.execute(select(func.max(_rowid()))
                                  .select_from(m.AuditEntry)).scalar() or 0
        if row is None:
            session.add(m.LocalSetting(key=key, value=str(current)))
        else:
            row.value = str(current)
    return previous


def today_view(ctx: ServiceContext, since: int | None) -> TodayView:
    """Everything on "I dag" for the current user, changes after the mark `since`."""
    ctx.require(Permission.CASE_READ)
    today = ctx.today()
    # today's meetings, after any of the last two weeks still waiting for their outcome
    now = ctx.now()
    appointments = [a for a in between(ctx, today - dt.timedelta(days=OUTCOME_DAYS), today,
                                       staff_ids={ctx.user.id})
                    if a.starts_at.astimezone().date() == today or a.awaits_outcome(now)]
    booked = next_bookings(ctx)
    with ctx.transaction() as session:
        due = _my_due(session, ctx, today, booked)
        changes = _changes(session, ctx, since)
        settings = read_settings(session)
    hours = [h for h in settings.drop_in_hours if h.weekday == today.weekday()]
    waiting, within = 0, False
    if ctx.user.can(Permission.QUEUE):
        waiting = dropins.display(ctx).waiting
        clock = now.astimezone().time()
        within = any(h.start <= clock < h.end for h in hours)
    return TodayView(appointments, due, within or waiting > 0, waiting,
                     "; ".join(f"{h.start:%H.%M}-{h.end:%H.%M}" for h in hours), changes,
                     since is None)
