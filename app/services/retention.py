"""Retention and deletion: what is due for deletion after a course ends, deleting it (really,
not a flag) once the central jobcenter has acknowledged it, and anonymising drop-in visits by
unknown visitors after a number of days."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import Integer, delete, func, select, text
from sqlalchemy.orm import Session

from app.db import casekey
from app.db import models as m
from app.db.backup import list_backups
from app.db.engine import create_store_engine, make_session_factory
from app.domain.cpr import mask_cpr
from app.domain.enums import AuditAction, CourseStatus
from app.domain.errors import FremskudtError, ValidationError
from app.domain.roles import Permission
from app.domain.text import N_
from app.services import audit
from app.services._common import get_or_raise
from app.services.context import ServiceContext
from app.services.sync_origins import unacknowledged
from app.sync.office import local
from app.sync.office.apply import apply_changes


@dataclass(frozen=True)
class Rule:
    key: str
    label: str
    days: int
    reason: str


# Defaults an administrator can change; each with the reason shown beside it.
RULES = {
    "citizen": Rule("citizen", N_("Borger, forløb, kontakter, CV og step-up"), 5 * 365,
                    N_("Sagen kan genoptages, og jobcentret skal kunne dokumentere indsatsen i "
                    "fem år efter forløbets afslutning.")),
    "drop_in_unknown": Rule("drop_in_unknown", N_("Besøg fra ukendte i åben rådgivning"), 30,
                            N_("Navn og telefon på en ukendt besøgende bruges kun til dagens kø "
                            "og en eventuel opfølgning.")),
}
SETTING = "retention_days_{}"


@dataclass(frozen=True)
class DueForDeletion:
    citizen_id: uuid.UUID
    name: str
    masked_cpr: str
    ended_on: dt.date
    due_on: dt.date
    synced: bool  # every record of the citizen is acknowledged by the central jobcenter


class NotYetSynced(FremskudtError):
    """Deletion waits for the central jobcenter's receipt for the records."""


def retention_days(ctx: ServiceContext, key: str) -> int:
    with ctx.transaction() as session:
        row = session.get(m.LocalSetting, SETTING.format(key))
        return int(row.value) if row else RULES[key].days


def set_retention_days(ctx: ServiceContext, key: str, days: int) -> None:
    ctx.require(Permission.ADMIN)
    if key not in RULES:
        raise ValidationError("Ukendt slags oplysninger.", field="key")
    if not 1 <= int(days) <= 20 * 365:
        raise ValidationError("Opbevaringstiden skal være mellem 1 dag og 20 år.",
                              field="days")
    with ctx.transaction() as session:
        name = SETTING.format(key)
        row = session.get(m.LocalSetting, name)
        if row is None:
            session.add(m.LocalSetting(key=name, value=str(int(days))))
        else:
            row.value = str(int(days))
        audit.record(ctx, session, AuditAction.CHANGE, object_type="setting",
                     detail=f"opbevaring {key}: {int(days)} dage")


def _all_acknowledged(ctx: ServiceContext, session: Session, rows: list[m.Base]) -> bool:
    """Every change in these rows, whichever workstation made it, is acknowledged by the
    central (the replicated acknowledgements per origin: sync_origins)."""
    return not unacknowledged(session, ctx.store.device_id, rows)


def _citizen_rows(session: Session, citizen_id: uuid.UUID) -> list[m.Base]:
    """Every replicated row that belongs to the citizen."""
    rows: list[m.Base] = [session.get(m.Citizen, citizen_id)]
    courses = session.execute(select(m.Course).where(
        m.Course.citizen_id == citizen_id)).scalars().all()
    for model in (m.ContactEntry, m.CvItem, m.NetworkPerson, m.Consent, m.DropInVisit):
        rows += session.execute(select(model).where(
            model.citizen_id == citizen_id)).scalars().all()
    for visit in [r for r in rows if isinstance(r, m.DropInVisit)]:
        rows += visit.events
    for course in courses:
        rows.append(course)
        rows += course.step_periods + course.exemptions + course.match_activities
        rows += [course.job_goal] if course.job_goal else []
        for agreement in course.agreements:
            rows += [agreement, *agreement.paid_hours]
        for step_up in course.step_ups:
            rows += [step_up, *step_up.answers, *step_up.documents, *step_up.participants,
                     *step_up.meetings, *step_up.agreement_rows]
            for meeting in step_up.meetings:
                rows += session.execute(select(m.StepUpAttendance).where(
                    m.StepUpAttendance.meeting_id == meeting.id)).scalars().all()
    return [r for r in rows if r is not None]


def due(ctx: ServiceContext, today: dt.date | None = None) -> list[DueForDeletion]:
    """Citizens whose courses all ended longer ago than the retention period."""
    ctx.require(Permission.ADMIN)
    today = today or ctx.today()
    limit = dt.timedelta(days=retention_days(ctx, "citizen"))
    with ctx.transaction() as session:
        ended = session.execute(
            select(m.Course.citizen_id, func.max(m.Course.ended_on),
                   func.sum(m.Course.ended_on.is_(None).cast(Integer)))
            .group_by(m.Course.citizen_id)).all()
        result = []
        for citizen_id, last_end, still_open in ended:
            if still_open or last_end is None or last_end + limit > today:
                continue
            citizen = session.get(m.Citizen, citizen_id)
            rows = _citizen_rows(session, citizen_id)
            synced = _all_acknowledged(ctx, session, rows)
            result.append(DueForDeletion(citizen_id, citizen.full_name,
                                         mask_cpr(citizen.cpr), last_end, last_end + limit,
                                         synced))
    return sorted(result, key=lambda d: d.due_on)


def delete_citizen(ctx: ServiceContext, citizen_id: uuid.UUID) -> int:
    """Delete every row of the citizen (tombstones keep only the ids), once the central
    jobcenter has acknowledged the records; then the freed pages are overwritten."""
    ctx.require(Permission.ADMIN)
    with ctx.transaction() as session:
        get_or_raise(session, m.Citizen, citizen_id, N_("Borgeren findes ikke."))
        open_course = session.execute(select(m.Course.id).where(
            m.Course.citizen_id == citizen_id,
            m.Course.status.in_([CourseStatus.ACTIVE, CourseStatus.VISITATION]))).first()
        if open_course:
            raise ValidationError("Borgeren har et åbent forløb og kan ikke slettes.",
                                  field="citizen")
        rows = _citizen_rows(session, citizen_id)
        if not _all_acknowledged(ctx, session, rows):
            raise NotYetSynced("Oplysningerne er ikke kvitteret af jobcentret endnu. "
                               "Eksportér en pakke, og indlæs kvitteringen først.")
        session.execute(delete(m.CourseDue).where(m.CourseDue.course_id.in_(
            [r.id for r in rows if isinstance(r, m.Course)])))
        _delete_rows(session, rows)
        # remembered (the id only) until it is purged from the backups at the next rotation
        session.add(m.LocalSetting(key=f"{DELETED_PREFIX}{citizen_id.hex}",
                                   value=ctx.now().isoformat()))
        audit.record(ctx, session, AuditAction.DELETE, object_type="citizen",
                     object_id=citizen_id, citizen_id=citizen_id,
                     detail=f"slettet efter opbevaringstiden: {len(rows)} poster")
    clear_orphans(ctx, scrub=False)
    _scrub(ctx)
    return len(rows)


def clear_orphans(ctx: ServiceContext, scrub: bool = True) -> int:
    """Discard the versions waiting in `pending_row` whose parent is deleted for good (a
    tombstone) and which the central has acknowledged, as every apply does: a contact
    written for a citizen another member deleted at the same time does not stay on the
    workstations with its note. Each is kept as a conflict of kind `delete` (metadata only,
    the same on every member). Returns how many were discarded."""
    with ctx.transaction() as session:
        me = local.Me(ctx.store.device_id, ctx.store.origin_id or ctx.store.device_id)
        discarded = apply_changes(session, me, {}, ctx.now()).discarded
        if discarded:
            audit.record(ctx, session, AuditAction.DELETE, object_type="pending_row",
                         detail=f"{discarded} ventende rækker kasseret: den overordnede "
                         "post er slettet, og jobcentret har kvitteret")
    if discarded and scrub:
        _scrub(ctx)
    return discarded


DELETED_PREFIX = "deleted_citizen_"
# children first, so no foreign key is left dangling
DELETE_ORDER = [m.StepUpAttendance, m.StepUpAgreementRow, m.StepUpMeeting, m.StepUpParticipant,
                m.StepUpDocument, m.StepUpAnswer, m.StepUp, m.PaidHoursMonth, m.Agreement,
                m.MatchActivity, m.JobGoal, m.ExemptionPeriod, m.StepPeriod, m.ContactEntry,
                m.DropInEvent, m.DropInVisit, m.CvItem, m.NetworkPerson, m.Consent, m.Course,
                m.Citizen]


def _delete_rows(session: Session, rows: list[m.Base]) -> None:
    """All in one flush (each row gets one tombstone), the foreign keys checked at commit."""
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    for model in DELETE_ORDER:
        for row in rows:
            if type(row) is model:
                session.delete(row)
    session.flush()


def purge_backups(store, folders: list) -> int:
    """Remove deleted citizens from the kept backups (called at each rotation); returns how
    many backups were rewritten. Backups carry no change log, so no tombstones are added."""
    with store.sessions() as session:
        markers = session.execute(select(m.LocalSetting).where(
            m.LocalSetting.key.startswith(DELETED_PREFIX))).scalars().all()
        ids = [uuid.UUID(row.key.removeprefix(DELETED_PREFIX)) for row in markers]
    if not ids:
        return 0
    rewritten = 0
    for folder in folders:
        for backup in list_backups(folder):
            engine = create_store_engine(backup.path, store._key)
            try:
                sessions = make_session_factory(engine)
                # rows loaded only to be deleted: sealed case text stays sealed, so any
                # role's first login of the day (the counter's too) can rotate
                with casekey.opaque(), sessions.begin() as session:
                    found = False
                    for citizen_id in ids:
                        if session.get(m.Citizen, citizen_id) is not None:
                            _delete_rows(session, _citizen_rows(session, citizen_id))
                            found = True
                if found:
                    _vacuum(engine)
                    rewritten += 1
            finally:
                engine.dispose()
    with store.sessions.begin() as session:
        session.execute(delete(m.LocalSetting).where(
            m.LocalSetting.key.startswith(DELETED_PREFIX)))
    return rewritten


def _vacuum(engine) -> None:
    """Rebuild the file and empty the WAL, outside any transaction."""
    raw = engine.raw_connection()
    try:
        for statement in ("PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM",
                          "PRAGMA wal_checkpoint(TRUNCATE)"):
            raw.driver_connection.execute(statement)
    finally:
        raw.close()


def _scrub(ctx: ServiceContext) -> None:
    """Overwrite what was deleted (secure_delete is on; this also compacts the file)."""
    _vacuum(ctx.store.engine)


def anonymise_drop_ins(ctx: ServiceContext, today: dt.date | None = None) -> int:
    """Unknown visitors' names, phones and notes are removed after the retention days."""
    ctx.require(Permission.ADMIN)
    return daily_anonymisation(ctx, today)


def daily_anonymisation(ctx: ServiceContext, today: dt.date | None = None) -> int:
    """The same, as the daily housekeeping at the first login of the day (any role)."""
    today = today or ctx.today()
    limit = today - dt.timedelta(days=retention_days(ctx, "drop_in_unknown"))
    with ctx.transaction() as session:
        visits = session.execute(select(m.DropInVisit).where(
            m.DropInVisit.citizen_id.is_(None), m.DropInVisit.anonymised_at.is_(None),
            m.DropInVisit.visit_date < limit)).scalars().all()
        for visit in visits:
            visit.visitor_label = ""
            visit.visitor_phone = ""
            visit.note = ""
            visit.anonymised_at = ctx.now()
        if visits:
            audit.record(ctx, session, AuditAction.CHANGE, object_type="drop_in_visit",
                         detail=f"{len(visits)} besøg fra ukendte anonymiseret")
    if visits:
        _scrub(ctx)
    clear_orphans(ctx)
    return len(visits)


