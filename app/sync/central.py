"""The central jobcenter: enrolled office devices, importing bundles atomically and
idempotently, conflicts kept (never overwritten), signed receipts, statistics.

The central store is a SQLite file in the central folder by default, or any SQLAlchemy URL
(e.g. postgresql://...) through the same models."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519
from sqlalchemy import (
    DateTime,
    Engine,
    Integer,
    String,
    Text,
    create_engine,
    func,
    insert,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from app.db.keyring import atomic_write
from app.domain.errors import FremskudtError
from app.sync.agefile import open_sealed
from app.sync.bundle import BundleError, read_manifest, sign_receipt, verify
from app.sync.central_keys import CentralFolder

BUNDLE_NAME = re.compile(r"^[0-9a-f]{32}\.fsb$")


class ImportRefused(FremskudtError):
    """The bundle was refused whole; nothing of it was applied."""


class CentralBase(DeclarativeBase):
    pass


class Device(CentralBase):
    __tablename__ = "central_device"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office_id: Mapped[str] = mapped_column(String(36))
    office: Mapped[str] = mapped_column(String(200))
    workstation: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[dt.datetime] = mapped_column(DateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_sha256: Mapped[str] = mapped_column(String(64), default="")


class ImportedBundle(CentralBase):
    __tablename__ = "central_import"
    bundle_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    records: Mapped[int] = mapped_column(Integer)
    conflicts: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Record(CentralBase):
    """The newest version of one office record, as its device sent it."""

    __tablename__ = "central_record"
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    counter: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[str] = mapped_column(Text)


class Conflict(CentralBase):
    """Two devices changed one record: the incoming version is kept here, not applied."""

    __tablename__ = "central_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36))
    stored_device: Mapped[str] = mapped_column(String(36))
    stored_counter: Mapped[int] = mapped_column(Integer)
    incoming_device: Mapped[str] = mapped_column(String(36))
    incoming_counter: Mapped[int] = mapped_column(Integer)
    incoming_data: Mapped[str] = mapped_column(Text)
    bundle_id: Mapped[str] = mapped_column(String(32))
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime)


@dataclass(frozen=True)
class ImportResult:
    path: Path
    status: str  # "imported" or "already"
    device_id: str
    seq: int
    records: int
    conflicts: int
    receipt: Path | None


def central_engine(folder: CentralFolder, db_url: str | None = None) -> Engine:
    url = db_url or f"sqlite:///{folder.root / 'central.db'}"
    engine = create_engine(url)
    CentralBase.metadata.create_all(engine)
    return engine


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def read_enrollment(data: bytes) -> dict:
    try:
        doc = json.loads(data)
        if doc.get("format") != "fremskudt-enrollment":
            raise ValueError
        uuid.UUID(doc["device_id"])
        if len(bytes.fromhex(doc["public_key"])) != 32:
            raise ValueError
    except (ValueError, KeyError, TypeError, AttributeError):
        raise FremskudtError("Filen er ikke en tilmeldingsfil fra Fremskudt.") from None
    return doc


def enroll(engine: Engine, doc: dict) -> Device:
    with Session(engine) as session, session.begin():
        device = session.get(Device, doc["device_id"])
        if device is not None and device.revoked_at is None:
            raise FremskudtError("Arbejdsstationen er allerede tilmeldt.")
        if device is None:
            device = Device(device_id=doc["device_id"], last_seq=0, last_sha256="")
            session.add(device)
        device.office_id = doc["office_id"]
        device.office = doc["office"]
        device.workstation = doc.get("workstation", "")
        device.public_key = doc["public_key"]
        device.enrolled_at = _now()
        device.revoked_at = None
        session.flush()
        session.expunge(device)
        return device


def revoke(engine: Engine, device_id: str) -> None:
    with Session(engine) as session, session.begin():
        device = session.get(Device, device_id)
        if device is None:
            raise FremskudtError("Arbejdsstationen er ikke tilmeldt.")
        device.revoked_at = _now()


def import_bundle(engine: Engine, path: Path, identities: list[x25519.Identity],
                  signing: Ed25519PrivateKey, receipts_dir: Path) -> ImportResult:
    """Verify, decrypt and apply one bundle in one transaction. The same bundle twice changes
    nothing; a gap in the sequence, an unknown or revoked device, a bad signature, a wrong
    recipient, truncation or any changed byte refuses the whole bundle."""
    path = Path(path)
    if not BUNDLE_NAME.match(path.name):
        raise ImportRefused(f"{path.name}: filnavnet er ikke en Fremskudt-pakke.")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    try:
        plaintext = open_sealed(data, identities)
        manifest, _head, _sig = read_manifest(plaintext)
    except FremskudtError as exc:
        raise ImportRefused(f"{path.name}: {exc.message}") from None
    if manifest.get("bundle_id") + ".fsb" != path.name:
        raise ImportRefused(f"{path.name}: filnavnet passer ikke til pakkens indhold.")
    sessions = sessionmaker(engine, expire_on_commit=False)
    with sessions() as session, session.begin():
        device = session.get(Device, str(manifest.get("device_id")))
        if device is None:
            raise ImportRefused(f"{path.name}: arbejdsstationen er ikke tilmeldt.")
        if device.revoked_at is not None:
            raise ImportRefused(f"{path.name}: arbejdsstationen er spærret.")
        device_id = device.device_id
        try:
            manifest, parts = verify(plaintext, bytes.fromhex(device.public_key))
        except BundleError as exc:
            raise ImportRefused(f"{path.name}: {exc.message}") from None
        already = session.get(ImportedBundle, manifest["bundle_id"])
        if already is not None:
            return ImportResult(path, "already", device.device_id, already.seq,
                                already.records, already.conflicts, None)
        seq = int(manifest["seq"])
        if seq <= device.last_seq:
            raise ImportRefused(f"{path.name}: pakke {seq} er ældre end den seneste "
                                f"indlæste ({device.last_seq}).")
        if seq > device.last_seq + 1:
            missing = ", ".join(str(n) for n in range(device.last_seq + 1, seq))
            raise ImportRefused(f"{path.name}: der mangler pakke {missing} fra denne "
                                "arbejdsstation. Indlæs dem først.")
        if manifest.get("prev_sha256", "") != device.last_sha256:
            raise ImportRefused(f"{path.name}: pakken hænger ikke sammen med den forrige.")
        records = conflicts = 0
        for part in parts:
            body = part.rows()
            rows = [dict(zip(body["columns"], values, strict=True)) for values in body["rows"]]
            records += len(rows)
            conflicts += _apply_part(session, part.name, rows, manifest["bundle_id"])
        device.last_seq = seq
        device.last_sha256 = digest
        session.add(ImportedBundle(bundle_id=manifest["bundle_id"], device_id=device.device_id,
                                   seq=seq, sha256=digest, records=records,
                                   conflicts=conflicts, imported_at=_now()))
        receipt = sign_receipt({"bundle_id": manifest["bundle_id"],
                                "device_id": device.device_id, "seq": seq, "sha256": digest,
                                "records": records, "conflicts": conflicts,
                                "imported_at": _now().isoformat()}, signing)
        session.flush()
    receipts_dir.mkdir(parents=True, exist_ok=True)
    receipt_path = receipts_dir / f"kvittering-{manifest['bundle_id']}.json"
    atomic_write(receipt_path, receipt)
    return ImportResult(path, "imported", device_id, seq, records, conflicts, receipt_path)


def _apply_part(session: Session, table: str, rows: list[dict], bundle_id: str) -> int:
    """Store the record versions of one table in bulk; return how many were conflicts: a
    record last changed by another device is kept as it is, the incoming version is stored
    as a conflict (never overwritten)."""
    deleted = 1 if table == "tombstone" else 0
    conflicts = 0
    for start in range(0, len(rows), 500):
        batch = rows[start:start + 500]
        keyed = {}
        for row in batch:
            name = row["table_name"] if deleted else table
            keyed[(name, str(row["id"]))] = row
        stored = {}
        for name in {k[0] for k in keyed}:
            ids = [k[1] for k in keyed if k[0] == name]
            for record in session.execute(select(Record).where(
                    Record.table_name == name, Record.record_id.in_(ids))).scalars():
                stored[(name, record.record_id)] = record
        new_rows = []
        for (name, record_id), row in keyed.items():
            counter = int(row["version_counter"])
            device = str(uuid.UUID(str(row["version_device"])))
            data = json.dumps(row, sort_keys=True, ensure_ascii=False)
            existing = stored.get((name, record_id))
            if existing is None:
                new_rows.append({"table_name": name, "record_id": record_id,
                                 "device_id": device, "counter": counter,
                                 "deleted": deleted, "data": data})
            elif existing.device_id == device:
                if counter > existing.counter:
                    existing.counter, existing.deleted, existing.data = counter, deleted, data
            else:
                conflicts += 1
                session.add(Conflict(table_name=name, record_id=record_id,
                                     stored_device=existing.device_id,
                                     stored_counter=existing.counter,
                                     incoming_device=device, incoming_counter=counter,
                                     incoming_data=data, bundle_id=bundle_id,
                                     detected_at=_now()))
        if new_rows:
            session.execute(insert(Record), new_rows)
    return conflicts


def stats(engine: Engine) -> dict:
    with Session(engine) as session:
        devices = [{"device_id": d.device_id, "office": d.office, "workstation": d.workstation,
                    "last_seq": d.last_seq, "revoked": d.revoked_at is not None}
                   for d in session.execute(select(Device).order_by(Device.office)).scalars()]
        counts = dict(session.execute(select(Record.table_name, func.count())
                                      .group_by(Record.table_name)).all())
        conflicts = session.execute(select(func.count()).select_from(Conflict)).scalar_one()
        bundles = session.execute(select(func.count()).select_from(ImportedBundle)).scalar_one()
    return {"devices": devices, "records": counts, "conflicts": conflicts, "bundles": bundles}
