"""Read-only facts about this office and workstation for the main window and the sync page."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from app.db.models import (
    Citizen,
    Company,
    Course,
    DeviceClock,
    DropInVisit,
    LocalSetting,
    Office,
    Workstation,
)
from app.domain.enums import AuditAction, CourseStatus
from app.domain.errors import ValidationError
from app.domain.roles import Permission
from app.services import audit
from app.services.context import ServiceContext

IDLE_LOCK_KEY = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 5
IDLE_LOCK_RANGE = (1, 60)
# set while the recovery key made at setup has not been confirmed as printed (issue 17, 8)
RECOVERY_SHEET_PENDING_KEY = "recovery_sheet_pending"


@dataclass(frozen=True)
class OfficeInfo:
    office_name: str
    municipality: str
    workstation_name: str
    device_id: uuid.UUID
    signing_fingerprint: str
    change_counter: int


@dataclass(frozen=True)
class OfficeFigures:
    citizens: int
    open_courses: int
    courses_by_status: dict[CourseStatus, int]
    companies: int
    drop_in_visits: int


def fingerprint(public_key: bytes) -> str:
    """SHA-256 of a public key, in groups of four hex digits, for reading aloud."""
    digest = hashlib.sha256(public_key).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def office_info(ctx: ServiceContext) -> OfficeInfo:
    with ctx.transaction() as session:
        office = session.execute(select(Office)).scalar_one()
        station = session.get(Workstation, ctx.store.device_id)
        counter = session.get(DeviceClock, ctx.store.device_id)
        return OfficeInfo(office.name, office.municipality, station.name, station.id,
                          fingerprint(station.signing_key_public), counter.counter)


def office_figures(ctx: ServiceContext) -> OfficeFigures:
    """Counts for leaders: no personal data, but reading them is logged like any report."""
    ctx.require(Permission.REPORTS)
    with ctx.transaction() as session:
        by_status = dict(session.execute(
            select(Course.status, func.count()).group_by(Course.status)
        ).all())
        figures = OfficeFigures(
            citizens=session.execute(select(func.count()).select_from(Citizen)).scalar_one(),
            open_courses=by_status.get(CourseStatus.ACTIVE, 0)
            + by_status.get(CourseStatus.VISITATION, 0),
            courses_by_status={CourseStatus(k): v for k, v in by_status.items()},
            companies=session.execute(select(func.count()).select_from(Company)).scalar_one(),
            drop_in_visits=session.execute(
                select(func.count()).select_from(DropInVisit)
            ).scalar_one(),
        )
        audit.record(ctx, session, AuditAction.READ, object_type="report",
                     detail="kontorets nøgletal")
        return figures


def idle_lock_minutes(ctx: ServiceContext) -> int:
    with ctx.transaction() as session:
        row = session.get(LocalSetting, IDLE_LOCK_KEY)
        return int(row.value) if row else DEFAULT_IDLE_LOCK_MINUTES


def set_idle_lock_minutes(ctx: ServiceContext, minutes: int) -> None:
    ctx.require(Permission.ADMIN)
    low, high = IDLE_LOCK_RANGE
    if not low <= int(minutes) <= high:
        raise ValidationError("Låsetiden skal være mellem {low} og {high} minutter.",
                              field="idle_lock_minutes", low=low, high=high)
    with ctx.transaction() as session:
        row = session.get(LocalSetting, IDLE_LOCK_KEY)
        if row is None:
            session.add(LocalSetting(key=IDLE_LOCK_KEY, value=str(int(minutes))))
        else:
            row.value = str(int(minutes))
        audit.record(ctx, session, AuditAction.CHANGE, object_type="setting",
                     detail=f"automatisk lås efter {int(minutes)} minutter")


def recovery_sheet_pending(ctx: ServiceContext) -> bool:
    """True when the setup ended before its recovery sheet was confirmed as printed: that
    key was seen by no one for sure, so a new one must be made and printed first."""
    with ctx.transaction() as session:
        return session.get(LocalSetting, RECOVERY_SHEET_PENDING_KEY) is not None


def confirm_recovery_sheet(ctx: ServiceContext) -> None:
    """The administrator confirmed that the current recovery sheet is printed and stored."""
    ctx.require(Permission.ADMIN)
    with ctx.transaction() as session:
        row = session.get(LocalSetting, RECOVERY_SHEET_PENDING_KEY)
        if row is not None:
            session.delete(row)
            audit.record(ctx, session, AuditAction.CHANGE, object_type="keyring",
                         detail="gendannelsesark bekræftet udskrevet")
