"""Control from the jobcenter in a downsync bundle (issue 19 points 4-5), applied by
`import-central` (app/services/referrals.py) in the same transaction as the referrals:

- a new central key (the `central_key` part, checked by app/sync/central_rotation.py when the
  bundle was opened): this workstation pins the new key alone, so the old one is no longer
  accepted, for downsync bundles and receipts alike. The pinned key is this workstation's own
  (table central_key is local): another workstation of the office takes it by importing the
  same bundle file (`fremskudt import-central FILE` again there), which changes nothing else;
- workstations revoked at the central (the `revocation` part): revoked in the office as
  `fremskudt peers revoke` does (app/services/peers_folder.py), which replicates to every
  member."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app.db import models as m
from app.domain.enums import AuditAction
from app.services import audit
from app.services.context import ServiceContext
from app.sync.bundle import BundleError
from app.sync.central_downsync import Downsync, DownsyncRefused
from app.sync.office import local

REVOCATION_COLUMNS = ["device_id", "revoked_at"]


@dataclass(frozen=True)
class Control:
    rotated: bool = False
    revoked: tuple[str, ...] = ()  # names of the workstations revoked by this bundle


def revocations(bundle: Downsync) -> list[uuid.UUID]:
    out = []
    for part in bundle.parts:
        if part.name != "revocation":
            continue
        try:
            body = part.rows()
            if body["columns"] != REVOCATION_COLUMNS:
                raise BundleError("Pakkens spærringer har ukendte kolonner.")
            out += [uuid.UUID(str(row[0])) for row in body["rows"]]
        except (BundleError, ValueError) as exc:
            reason = exc.message if isinstance(exc, BundleError) else "et ugyldigt enheds-id"
            raise DownsyncRefused("Pakkens spærringer kan ikke læses: {reason}",
                                  reason=reason) from None
    return out


def pin(ctx: ServiceContext, session, bundle: Downsync) -> bool:
    """Pin the bundle's trusted key when a rotation moved it; True when it did."""
    rows = session.execute(select(m.CentralKey)).scalars().all()
    if not bundle.receipt_key or {r.receipt_key for r in rows} == {bundle.receipt_key}:
        return False
    for row in rows:
        row.receipt_key = bundle.receipt_key
    audit.record(ctx, session, AuditAction.CHANGE, object_type="central_key",
                 detail="jobcentrets nøgle skiftet ved pakke fra jobcentret")
    return True


def apply(ctx: ServiceContext, session, bundle: Downsync) -> Control:
    """Take the bundle's new key and revocations into use; nothing when they were before."""
    rotated = pin(ctx, session, bundle)
    revoked = []
    counters = None
    for device_id in revocations(bundle):
        station = session.get(m.Workstation, device_id)
        if station is None or station.revoked_at is not None or \
                station.id == ctx.store.device_id:
            continue
        counters = local.device_counters(session) if counters is None else counters
        station.revoked_at = ctx.now()
        station.revoked_by = ctx.store.device_id
        station.revoked_counter = counters.get(station.id.hex, 0)
        audit.record(ctx, session, AuditAction.CHANGE, object_type="workstation",
                     object_id=station.id, detail=f"arbejdsstation spærret af jobcentret: "
                     f"{station.name}, sidste ændring {station.revoked_counter}")
        revoked.append(station.name)
    return Control(rotated, tuple(revoked))
