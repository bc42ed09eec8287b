"""Rebuilding a lost office from the central (issue 19 point 6).

A new workstation with no office writes a rebuild request (app/services/rebuild.py: its
device id, Ed25519 and age public keys). `fremskudt-central rebuild` enrols it for the office
and writes a **rebuild bundle**: every record version the central holds for the office (the
latest of each row, tombstones included, staff rows with their password-wrapped keys as the
office sent them: nothing in clear), age-encrypted to the request's key alone and signed with
the central's key. The manifest names, per workstation of the office, the last bundle that
reached the central (the work after it is lost) and the office digest of the records sent
(the canonical form of app.sync.office.collect.digest), which the new workstation checks.

File: `<bundle_id>.fsr`, plaintext `FSR1 | u32 manifest length | manifest | Ed25519
signature over CONTEXT + manifest | parts` (the parts as in app/sync/bundle.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
import struct
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.db.keyring import atomic_write
from app.domain.errors import FremskudtError
from app.sync import central_members
from app.sync.agefile import seal
from app.sync.bundle import Part, canonical
from app.sync.central_downsync import public_hex
from app.sync.central_models import Device, DeviceCounter, ImportedBundle, Record
from app.sync.central_referrals import Office, find_office
from app.sync.office.tables import TOMBSTONE, replicated
from app.sync.schema import TIMESTAMP, UUID, Int, Obj, SchemaError, Str, load_json

MAGIC = b"FSR1"
FORMAT = "fremskudt-rebuild"
CONTEXT = b"fremskudt-rebuild-v1\x00"
SUFFIX = ".fsr"
REQUEST_FORMAT = "fremskudt-rebuild-request"
REQUEST = Obj({"format": (REQUEST_FORMAT,), "version": Int(1, 1), "device_id": UUID,
               "name": Str(200, None, 1), "signing_public": Str(64, r"[0-9a-f]{64}", 64),
               "age_recipient": Str(100, r"age1[0-9a-z]+", 10)},
              {"fingerprint": Str(200), "created_at": TIMESTAMP})


@dataclass(frozen=True)
class Rebuilt:
    path: Path
    office: str
    records: int
    lost: list[dict]
    digest: str


def read_request(data: bytes) -> dict:
    try:
        doc = load_json(data, REQUEST, 64 * 1024, 2, "anmodningen")
    except SchemaError as exc:
        raise FremskudtError("Filen er ikke en anmodning om genopbygning fra Fremskudt: "
                             "{reason}", reason=exc.message) from None
    return dict(doc, device_id=str(uuid.UUID(doc["device_id"])))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def office_rows(session: Session, office: Office) -> dict[str, list[dict]]:
    """{table: row versions} the central holds for the office (tombstones under
    "tombstone"), each table's rows in id order."""
    devices = [d.device_id for d in session.execute(select(Device).where(
        Device.office_id == office.office_id)).scalars()]
    out: dict[str, list[dict]] = {}
    for start in range(0, len(devices), 500):
        for name, deleted, data in session.execute(select(
                Record.table_name, Record.deleted, Record.data).where(
                Record.device_id.in_(devices[start:start + 500]))):
            out.setdefault(TOMBSTONE if deleted else name, []).append(json.loads(data))
    for rows in out.values():
        rows.sort(key=lambda row: str(row.get("id")))
    return out


def digest(rows: dict[str, list[dict]]) -> str:
    """The office digest (app.sync.office.collect.digest) of these row versions: tables by
    name, rows by id, the values in the table's column order, case content in clear."""
    total = hashlib.sha256()
    for name in sorted(replicated()):
        info = replicated()[name]
        total.update(f"\x00table {name}\x00".encode())
        for row in rows.get(name, []):
            total.update(json.dumps([row.get(c) for c in info.columns], ensure_ascii=False,
                                    separators=(",", ":"), default=str).encode("utf-8"))
            total.update(b"\n")
    return total.hexdigest()


def lost_work(session: Session, office: Office) -> list[dict]:
    """Per workstation of the office: the last bundle that reached the central, when, and
    the last change counter held; what it did after that is lost."""
    out = []
    for d in session.execute(select(Device).where(
            Device.office_id == office.office_id).order_by(Device.workstation)).scalars():
        last = session.execute(select(func.max(ImportedBundle.imported_at)).where(
            ImportedBundle.device_id == d.device_id)).scalar()
        counter = session.get(DeviceCounter, d.device_id)
        out.append({"device_id": d.device_id, "workstation": d.workstation or "",
                    "last_seq": d.last_seq,
                    "last_import": last.isoformat(timespec="seconds") if last else "",
                    "counter": counter.last_counter if counter else 0,
                    "revoked": int(d.revoked_at is not None)})
    return out


def _enrol(session: Session, office: Office, request: dict) -> None:
    if session.get(Device, request["device_id"]) is not None:
        raise FremskudtError("Arbejdsstationen i anmodningen er allerede tilmeldt; lav en ny "
                             "anmodning på den nye arbejdsstation.")
    session.add(Device(device_id=request["device_id"], office_id=office.office_id,
                       office=office.name, workstation=request["name"],
                       public_key=request["signing_public"], enrolled_at=_now(),
                       revoked_at=None, last_seq=0, last_sha256=""))


def rebuild(engine: Engine, office_text: str, request: dict, signing: Ed25519PrivateKey,
            out_dir: Path) -> Rebuilt:
    """Write the rebuild bundle for the new workstation and enrol it, in one transaction (a
    failed write enrols nothing)."""
    with Session(engine) as session, session.begin():
        office = find_office(session, office_text)
        rows = office_rows(session, office)
        if not rows.get("office"):
            raise FremskudtError("Jobcentret har ingen data fra {office} at genopbygge fra.",
                                 office=office.name)
        lost = lost_work(session, office)
        parts = []
        for name, table_rows in rows.items():
            columns = sorted({c for row in table_rows for c in row})
            parts += Part.split(name, columns, [[r.get(c) for c in columns]
                                                for r in table_rows])
        manifest = {"format": FORMAT, "version": 1, "bundle_id": secrets.token_hex(16),
                    "office_id": office.office_id, "office": office.name,
                    "device_id": request["device_id"], "signer": public_hex(signing),
                    "created_at": _now().isoformat(timespec="seconds"),
                    "digest": digest(rows), "lost": lost,
                    "origins": central_members.held(session, office.office_id),
                    "parts": [{"name": p.name, "sha256": hashlib.sha256(p.data).hexdigest(),
                               "bytes": len(p.data), "records": p.records, "size": p.size}
                              for p in parts]}
        head = canonical(manifest)
        plaintext = b"".join([MAGIC, struct.pack(">I", len(head)), head,
                              signing.sign(CONTEXT + head), *(p.data for p in parts)])
        data = seal(plaintext, [request["age_recipient"]])
        _enrol(session, office, request)
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / f"{manifest['bundle_id']}{SUFFIX}"
        atomic_write(path, data)
    return Rebuilt(path, office.name, sum(len(r) for r in rows.values()), lost,
                   manifest["digest"])
