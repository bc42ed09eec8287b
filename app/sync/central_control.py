"""Control from the central side (issue 19 points 4-5): every downsync bundle to an office
carries the chain of the central's key rotations (`central_key`, app/sync/central_rotation.py)
and the office's workstations revoked at the central (`revocation`); both are idempotent on the
office's side, so a bundle that repeats them changes nothing there. `fremskudt-central
rotate-receipt-key` and `fremskudt-central revoke` write a bundle at once for the offices
concerned (a control bundle, no referrals), in the central folder's `til-kontorer`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.db.keyring import atomic_write
from app.domain.errors import FremskudtError
from app.sync import central_rotation
from app.sync.bundle import Part
from app.sync.central_downsync import Chain, build
from app.sync.central_models import Device
from app.sync.central_referrals import (
    CentralDownsync,
    Office,
    find_office,
    office_recipients,
)

REVOCATION = "revocation"
REVOCATION_COLUMNS = ["device_id", "revoked_at"]


@dataclass(frozen=True)
class Written:
    office: str
    path: Path | None  # None: no workstation of the office can receive a bundle yet
    reason: str = ""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def revocation_parts(session: Session, office: Office) -> list[Part]:
    rows = [[d.device_id, d.revoked_at.isoformat(timespec="seconds")]
            for d in session.execute(select(Device).where(
                Device.office_id == office.office_id, Device.revoked_at.is_not(None))
                .order_by(Device.device_id)).scalars()]
    return list(Part.split(REVOCATION, REVOCATION_COLUMNS, rows)) if rows else []


def control_parts(session: Session, office: Office, root: Path) -> list[Part]:
    """What every downsync bundle to the office carries besides its referrals."""
    return central_rotation.parts(central_rotation.rotations(root)) + revocation_parts(
        session, office)


def write_bundle(session: Session, office: Office, parts: list[Part],
                 signing: Ed25519PrivateKey, out_dir: Path) -> Path:
    """The office's next downsync bundle, written before the chain is moved (in the caller's
    transaction: a failed write moves nothing)."""
    recipients = office_recipients(session, office)
    chain_row = session.get(CentralDownsync, office.office_id, with_for_update=True)
    if chain_row is None:
        chain_row = CentralDownsync(office_id=office.office_id, last_seq=0, last_sha256="")
        session.add(chain_row)
    name, data, digest = build(office.office_id, Chain(chain_row.last_seq,
                                                       chain_row.last_sha256),
                               parts, signing, recipients, _now())
    out_dir.mkdir(parents=True, exist_ok=True)
    atomic_write(out_dir / name, data)
    chain_row.last_seq, chain_row.last_sha256 = chain_row.last_seq + 1, digest
    return out_dir / name


def _offices(session: Session) -> list[Office]:
    found = {d.office_id: Office(d.office_id, d.office)
             for d in session.execute(select(Device).order_by(Device.office)).scalars()}
    return list(found.values())


def announce(engine: Engine, root: Path, signing: Ed25519PrivateKey, out_dir: Path,
             office_text: str | None = None) -> list[Written]:
    """A control bundle for the office named, or for every office the central knows."""
    written = []
    with Session(engine) as session:
        offices = [find_office(session, office_text)] if office_text else _offices(session)
    for office in offices:
        with Session(engine) as session, session.begin():
            try:
                path = write_bundle(session, office, control_parts(session, office, root),
                                    signing, out_dir)
            except FremskudtError as exc:
                written.append(Written(office.name, None, exc.message))
                continue
        written.append(Written(office.name, path))
    return written


def revoke(engine: Engine, device_text: str, office_text: str | None = None) -> Device:
    """Revoke a workstation at the central: its bundles are refused from now on and it is no
    longer a recipient of the office's downsync bundles. With `office_text` the workstation
    may be named by its name as `stats` shows it; without, by its id."""
    text = device_text.strip()
    with Session(engine) as session, session.begin():
        query = select(Device)
        if office_text:
            query = query.where(Device.office_id == find_office(session, office_text).office_id)
        matches = [d for d in session.execute(query).scalars()
                   if text.casefold() in _names(d, by_name=bool(office_text))]
        if not matches:
            raise FremskudtError("Arbejdsstationen er ikke tilmeldt.")
        if len(matches) > 1:
            raise FremskudtError("Flere arbejdsstationer hedder {device}; brug enheds-id'et.",
                                 device=device_text)
        device = matches[0]
        if device.revoked_at is None:
            device.revoked_at = _now()
        session.flush()
        session.expunge(device)
        return device


def _names(device: Device, by_name: bool) -> set[str]:
    names = {device.device_id.casefold(), device.device_id.replace("-", "").casefold()}
    if by_name and device.workstation:
        names.add(device.workstation.casefold())
    return names
