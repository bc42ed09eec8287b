"""The "Henvisninger" inbox (issue 19 point 3; seed 001, kerneelement 3: the jobcenter refers
the citizens of the housing area to the outreach office). A downsync bundle from the
jobcenter (app/sync/central_downsync.py) is checked against the pinned central keys, this
office and the chain of bundles already applied on any workstation, and fills the inbox.
Accepting a referral creates the citizen (or links to the one with that CPR number) and a
course waiting for visitation; declining records why. The inbox rows replicate, and the next
upsync bundle carries each answer to the central (every replicated table is exported)."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass
from pathlib import Path

from pyrage import x25519
from sqlalchemy import select

from app.db import models as m
from app.domain.cpr import mask_cpr, parse_cpr
from app.domain.enums import AuditAction, BenefitType, CourseStatus
from app.domain.errors import FremskudtError, NotFound, ValidationError
from app.domain.roles import Permission
from app.domain.text import N_
from app.services import audit, jobcenter_control
from app.services._common import record_change
from app.services.context import ServiceContext
from app.sync.bundle import BundleError
from app.sync.central_downsync import Chain, DownsyncRefused, open_downsync

NEW, ACCEPTED, DECLINED = "ny", "accepteret", "afvist"
STATE_LABELS = {NEW: N_("Ny"), ACCEPTED: N_("Accepteret"), DECLINED: N_("Afvist")}
FIELDS = ("id", "cpr", "first_name", "last_name", "address", "benefit", "activity_ready",
          "caseworker", "referred_on", "note")


@dataclass(frozen=True)
class CentralImport:
    seq: int
    added: int
    already: int
    rotated: bool = False  # a new central key pinned (issue 19 point 4)
    revoked: tuple[str, ...] = ()  # workstations revoked by the central (point 5)
    again: bool = False  # applied in the office before: only the key taken on this one


@dataclass(frozen=True)
class ReferralView:
    id: uuid.UUID
    name: str
    masked_cpr: str
    address: str
    benefit: BenefitType
    activity_ready: bool
    caseworker_name: str
    referred_on: dt.date
    note: str
    state: str
    received_at: dt.datetime
    decided_at: dt.datetime | None
    decline_reason: str
    citizen_id: uuid.UUID | None
    course_id: uuid.UUID | None


def _chain(session, name: str, data: bytes) -> tuple[Chain, bool]:
    """Where the office's chain stands, or, for the very file another workstation applied
    already, where it stood before it (True): applied again, it changes only this
    workstation's pinned central key (its own, table central_key)."""
    applied = session.execute(select(m.JobcenterDownsync).where(
        m.JobcenterDownsync.bundle_id == name.removesuffix(".fsd"),
        m.JobcenterDownsync.sha256 == hashlib.sha256(data).hexdigest())).scalars().first()
    if applied is not None:
        before = session.execute(select(m.JobcenterDownsync).where(
            m.JobcenterDownsync.seq == applied.seq - 1)).scalars().first()
        return (Chain(before.seq, before.sha256) if before else Chain()), True
    last = session.execute(select(m.JobcenterDownsync).order_by(
        m.JobcenterDownsync.seq.desc()).limit(1)).scalars().first()
    return (Chain(last.seq, last.sha256) if last is not None else Chain()), False


def _rows(parts) -> list[dict]:
    rows = []
    for part in parts:
        if part.name != "referral":
            continue  # key rotations and revocations: app/services/jobcenter_control.py
        try:
            body = part.rows()
        except BundleError as exc:
            raise DownsyncRefused("Pakkens henvisninger kan ikke læses: {reason}",
                                  reason=exc.message) from None
        if tuple(body["columns"]) != FIELDS:
            raise DownsyncRefused("Pakkens henvisninger har ukendte kolonner.")
        rows += [dict(zip(FIELDS, values, strict=True)) for values in body["rows"]]
    return rows


def _referral(row: dict, seq: int, now: dt.datetime, today: dt.date) -> m.JobcenterReferral:
    """One row checked as the central checked it: a wrong value refuses the bundle."""
    try:
        return m.JobcenterReferral(
            id=uuid.UUID(hex=str(row["id"])), cpr=parse_cpr(str(row["cpr"]), today).digits,
            first_name=str(row["first_name"])[:100], last_name=str(row["last_name"])[:100],
            address=str(row["address"] or "")[:300], benefit_type=BenefitType(row["benefit"]),
            activity_ready=bool(row["activity_ready"]),
            caseworker_name=str(row["caseworker"] or "")[:200],
            referred_on=dt.date.fromisoformat(str(row["referred_on"])),
            note=str(row["note"] or "")[:2000], bundle_seq=seq, received_at=now, state=NEW,
            decline_reason="")
    except (ValueError, KeyError, FremskudtError):
        raise DownsyncRefused("Pakken indeholder en henvisning med ugyldige oplysninger.") \
            from None


def import_central(ctx: ServiceContext, path: Path) -> CentralImport:
    """Apply one downsync bundle from the jobcenter, whole or not at all."""
    ctx.require(Permission.CASE_WRITE)
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError:
        raise ValidationError("Filen {file} findes ikke eller kan ikke læses.",
                              file=path.name) from None
    with ctx.transaction() as session:
        device = session.execute(select(m.LocalDevice)).scalars().first()
        office_id = session.execute(select(m.Office.id)).scalar_one()
        pinned = [k.receipt_key for k in session.execute(select(m.CentralKey)).scalars()
                  if k.receipt_key]
        if not pinned:
            raise ValidationError("Indlæs først jobcentrets nøglefil (Synkronisering).")
        chain, again = _chain(session, path.name, data)
        bundle = open_downsync(path.name, data, [x25519.Identity.from_str(device.age_identity)],
                               pinned, str(office_id), chain)
        now = ctx.now()
        rows = _rows(bundle.parts)
        control = jobcenter_control.apply(ctx, session, bundle)
        if again and not control.rotated:
            raise DownsyncRefused("{file}: pakke {seq} fra jobcentret er allerede indlæst.",
                                  file=path.name, seq=bundle.seq)
        if again:
            return CentralImport(bundle.seq, 0, len(rows), control.rotated, control.revoked,
                                 True)
        known = set(session.execute(select(m.JobcenterReferral.id)).scalars())
        added = 0
        for row in rows:
            referral = _referral(row, bundle.seq, now, ctx.today())
            if referral.id in known:
                continue
            known.add(referral.id)
            session.add(referral)
            added += 1
        session.add(m.JobcenterDownsync(bundle_id=bundle.manifest["bundle_id"],
                                        seq=bundle.seq, sha256=bundle.sha256, applied_at=now))
        audit.record(ctx, session, AuditAction.CREATE, object_type="jobcenter_referral",
                     detail=f"pakke {bundle.seq} fra jobcentret: {added} henvisninger")
    return CentralImport(bundle.seq, added, len(rows) - added, control.rotated,
                         control.revoked)


def _view(r: m.JobcenterReferral) -> ReferralView:
    return ReferralView(r.id, f"{r.first_name} {r.last_name}".strip(), mask_cpr(r.cpr),
                        r.address, r.benefit_type, r.activity_ready, r.caseworker_name,
                        r.referred_on, r.note, r.state, r.received_at, r.decided_at,
                        r.decline_reason, r.citizen_id, r.course_id)


def inbox(ctx: ServiceContext) -> list[ReferralView]:
    """Every referral, the new ones first, then by referral date."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        rows = session.execute(select(m.JobcenterReferral)).scalars().all()
        views = [_view(r) for r in rows]
    return sorted(views, key=lambda v: (v.state != NEW, v.referred_on, v.name.casefold()))


def _open(session, referral_id: uuid.UUID) -> m.JobcenterReferral:
    referral = session.get(m.JobcenterReferral, referral_id)
    if referral is None:
        raise NotFound("Henvisningen findes ikke.")
    if referral.state != NEW:
        raise ValidationError("Henvisningen er allerede besvaret.", field="state")
    return referral


def accept(ctx: ServiceContext, referral_id: uuid.UUID) -> ReferralView:
    """Create the citizen (or link to the one with the CPR number) and a course waiting for
    visitation, with the referral on the record (the course's audit entry names it)."""
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        referral = _open(session, referral_id)
        citizen = session.execute(select(m.Citizen).where(
            m.Citizen.cpr == referral.cpr)).scalars().first()
        if citizen is None:
            number = parse_cpr(referral.cpr, ctx.today())
            citizen = m.Citizen(cpr=number.digits, first_name=referral.first_name,
                                last_name=referral.last_name, birth_date=number.birth_date,
                                address=referral.address, benefit_type=referral.benefit_type,
                                activity_ready=referral.activity_ready)
            session.add(citizen)
            session.flush()
            audit.record(ctx, session, AuditAction.CREATE, object_type="citizen",
                         object_id=citizen.id, citizen_id=citizen.id,
                         detail="henvist af jobcentret")
        course = session.execute(select(m.Course).where(
            m.Course.citizen_id == citizen.id,
            m.Course.status.in_([CourseStatus.VISITATION, CourseStatus.ACTIVE]))
        ).scalars().first()
        if course is None:
            course = m.Course(citizen_id=citizen.id, status=CourseStatus.VISITATION,
                              started_on=ctx.today())
            session.add(course)
            session.flush()
            record_change(ctx, session, course, "course", course.id,
                          f"nyt forløb efter henvisning fra jobcentret af "
                          f"{referral.referred_on:%d.%m.%Y}", AuditAction.CREATE)
        referral.state, referral.decided_at = ACCEPTED, ctx.now()
        referral.decided_by = ctx.user.id
        referral.citizen_id, referral.course_id = citizen.id, course.id
        audit.record(ctx, session, AuditAction.CHANGE, object_type="jobcenter_referral",
                     object_id=referral.id, citizen_id=citizen.id, detail="accepteret")
        session.flush()
        return _view(referral)


def decline(ctx: ServiceContext, referral_id: uuid.UUID, reason: str) -> ReferralView:
    """Decline with the reason the jobcenter will read."""
    ctx.require(Permission.CASE_WRITE)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("Skriv, hvorfor henvisningen afvises.", field="reason")
    if len(reason) > 1000:
        raise ValidationError("Begrundelsen må højst være 1000 tegn.", field="reason")
    with ctx.transaction() as session:
        referral = _open(session, referral_id)
        referral.state, referral.decided_at = DECLINED, ctx.now()
        referral.decided_by, referral.decline_reason = ctx.user.id, reason
        audit.record(ctx, session, AuditAction.CHANGE, object_type="jobcenter_referral",
                     object_id=referral.id, detail="afvist")
        session.flush()
        return _view(referral)
