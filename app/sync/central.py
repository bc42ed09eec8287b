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
    func,
    insert,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from app.db.keyring import atomic_write
from app.domain.audit_chain import Anchor, AuditChainBroken
from app.domain.errors import FremskudtError
from app.sync import central_audit
from app.sync.agefile import open_sealed
from app.sync.bundle import BundleError, Part, read_manifest, sign_receipt, verify
from app.sync.central_keys import CentralFolder
from app.sync.central_rows import part_rows
from app.sync.central_store import central_store_engine
from app.sync.schema import TIMESTAMP, UUID, Int, Obj, SchemaError, Str, load_json

BUNDLE_NAME = re.compile(r"^[0-9a-f]{32}\.fsb$")
BUNDLE_FILE_LIMIT = 1024 * 1024 * 1024  # larger than any office's first bundle
# how far one bundle may move a device's change counter past what the central holds
COUNTER_JUMP = 50_000_000


class ImportRefused(FremskudtError):
    """The bundle was refused whole; nothing of it was applied."""


class CentralBase(DeclarativeBase):
    metadata = central_audit.CENTRAL_METADATA  # with the audit anchors' tables


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


class DeviceCounter(CentralBase):
    """The highest change counter the central holds from a device: a bundle may not start
    after it (changes lost) nor jump far past it."""

    __tablename__ = "central_device_counter"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    last_counter: Mapped[int] = mapped_column(Integer, default=0)


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


def central_engine(folder: CentralFolder, db_url: str | None = None, *,
                   passphrase: str | None = None) -> Engine:
    """The central store: SQLite encrypted with a key from the central passphrase, or any
    other SQLAlchemy URL such as PostgreSQL (app/sync/central_store.py)."""
    engine = central_store_engine(folder.root, db_url, passphrase)
    CentralBase.metadata.create_all(engine)
    return engine


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


ENROLLMENT = Obj({"format": ("fremskudt-enrollment",), "version": Int(1, 1),
                  "device_id": UUID, "office_id": UUID, "office": Str(200, None, 1),
                  "public_key": Str(64, r"[0-9a-f]{64}", 64)},
                 {"workstation": Str(200), "fingerprint": Str(200), "created_at": TIMESTAMP})


def read_enrollment(data: bytes) -> dict:
    """An office device's enrollment file, checked field by field."""
    try:
        doc = load_json(data, ENROLLMENT, 64 * 1024, 2, "tilmeldingsfilen")
    except SchemaError as exc:
        raise FremskudtError("Filen er ikke en tilmeldingsfil fra Fremskudt: {reason}",
                             reason=exc.message) from None
    return dict(doc, device_id=str(uuid.UUID(doc["device_id"])),
                office_id=str(uuid.UUID(doc["office_id"])))


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
    recipient, truncation, any changed byte, a row that is not the signer's own or a counter
    outside what the signer declared refuses the whole bundle. A bundle that does not follow
    the device's chain leaves a signed status receipt saying where the chain stands."""
    path = Path(path)
    data, digest, plaintext, manifest = _open_bundle(path, identities)
    sessions = sessionmaker(engine, expire_on_commit=False)
    with sessions() as session, session.begin():
        device = session.get(Device, str(uuid.UUID(manifest["device_id"])),
                             with_for_update=True)
        if device is None:
            raise ImportRefused("{file}: arbejdsstationen er ikke tilmeldt.", file=path.name)
        if device.revoked_at is not None:
            raise ImportRefused("{file}: arbejdsstationen er spærret.", file=path.name)
        device_id = device.device_id
        try:
            manifest, parts = verify(plaintext, bytes.fromhex(device.public_key))
        except BundleError as exc:
            raise ImportRefused("{file}: {reason}", file=path.name,
                                reason=exc.message) from None
        already = session.get(ImportedBundle, manifest["bundle_id"])
        if already is not None:
            return ImportResult(path, "already", device.device_id, already.seq,
                                already.records, already.conflicts, None)
        counter = _counter_row(session, device_id)
        refusal = _chain_refusal(path.name, manifest, device, counter.last_counter)
        anchor, rewind, audit_refusal = (None, "", None) if refusal else _audit_judgement(
            session, path.name, manifest, parts, device)
        if refusal is None and audit_refusal is None:
            records, conflicts = _apply_parts(session, path.name, manifest, parts)
            seq = manifest["seq"]
            central_audit.accept(session, device_id, seq, anchor, office=device.office,
                                 bundle_id=manifest["bundle_id"], rewind=rewind)
            device.last_seq, device.last_sha256 = seq, digest
            counter.last_counter = max(counter.last_counter, manifest["to_counter"])
            session.add(ImportedBundle(bundle_id=manifest["bundle_id"], device_id=device_id,
                                       seq=seq, sha256=digest, records=records,
                                       conflicts=conflicts, imported_at=_now()))
            receipt = sign_receipt({
                "kind": "import", "bundle_id": manifest["bundle_id"], "device_id": device_id,
                "seq": seq, "sha256": digest, "to_counter": counter.last_counter,
                "records": records, "conflicts": conflicts,
                "imported_at": _now().isoformat(), **central_audit.anchor_fields(anchor)},
                signing)
        elif refusal is not None:
            held = device.last_seq
            receipt = _status_receipt(session, device, counter.last_counter, refusal.message,
                                      signing)
    if audit_refusal is not None:
        with sessions() as session, session.begin():
            central_audit.raise_alarm(session, device_id, office=device.office,
                                      bundle_id=manifest["bundle_id"],
                                      reason=audit_refusal.message)
        raise audit_refusal
    if refusal is not None:
        receipt_path = _write_receipt(receipts_dir, f"kvittering-status-{device_id}.json",
                                      receipt)
        raise ImportRefused("{reason} Jobcentret har pakke {seq}; statuskvitteringen "
                            "{receipt} viser arbejdsstationen, hvor den skal fortsætte.",
                            reason=refusal.message, seq=held, receipt=receipt_path.name)
    receipt_path = _write_receipt(receipts_dir, f"kvittering-{manifest['bundle_id']}.json",
                                  receipt)
    del data
    return ImportResult(path, "imported", device_id, seq, records, conflicts, receipt_path)


def _apply_parts(session: Session, name: str, manifest: dict, parts: list[Part]
                 ) -> tuple[int, int]:
    records = conflicts = 0
    for part in parts:
        try:
            rows = part_rows(part, manifest)
        except BundleError as exc:
            raise ImportRefused("{file}: {reason}", file=name, reason=exc.message) from None
        records += len(rows)
        conflicts += _apply_part(session, part.name, rows, manifest["bundle_id"])
    return records, conflicts


def _audit_judgement(session: Session, name: str, manifest: dict, parts: list[Part],
                     device: Device) -> tuple[Anchor | None, str, ImportRefused | None]:
    """The audit anchor to accept, a declared rewind's alarm text, or the refusal of a chain
    that does not extend the one acknowledged before (app/sync/central_audit.py)."""
    try:
        rows = [row for part in parts if part.name == "audit_entry"
                for row in part_rows(part, manifest)]
    except BundleError as exc:
        raise ImportRefused("{file}: {reason}", file=name, reason=exc.message) from None
    try:
        anchor, rewind = central_audit.judge(session, device.device_id, manifest, rows)
    except AuditChainBroken as exc:
        return None, "", ImportRefused(
            "{file}: logkæden fra arbejdsstationen fortsætter ikke den, jobcentret har "
            "kvitteret for: {reason} Pakken er afvist, og jobcentrets IT er gjort "
            "opmærksom på det (fremskudt-central stats).", file=name, reason=exc.message)
    return anchor, rewind, None


def _open_bundle(path: Path, identities: list[x25519.Identity]
                 ) -> tuple[bytes, str, bytes, dict]:
    """Read, decrypt and parse the manifest of one file; ImportRefused for anything amiss."""
    if not BUNDLE_NAME.match(path.name):
        raise ImportRefused("{file}: filnavnet er ikke en Fremskudt-pakke.", file=path.name)
    try:
        if path.stat().st_size > BUNDLE_FILE_LIMIT:
            raise ImportRefused("{file}: filen er større end en pakke må være.",
                                file=path.name)
        data = path.read_bytes()
    except OSError:
        raise ImportRefused("{file}: filen findes ikke eller kan ikke læses.",
                            file=path.name) from None
    digest = hashlib.sha256(data).hexdigest()
    try:
        plaintext = open_sealed(data, identities)
        manifest, _head, _sig = read_manifest(plaintext)
    except FremskudtError as exc:
        raise ImportRefused("{file}: {reason}", file=path.name, reason=exc.message) from None
    if manifest["bundle_id"] + ".fsb" != path.name:
        raise ImportRefused("{file}: filnavnet passer ikke til pakkens indhold.",
                            file=path.name)
    return data, digest, plaintext, manifest


def _counter_row(session: Session, device_id: str) -> DeviceCounter:
    row = session.get(DeviceCounter, device_id)
    if row is None:
        # a device enrolled before counters were kept: what it sent so far is its maximum
        last = session.execute(select(func.max(Record.counter)).where(
            Record.device_id == device_id)).scalar() or 0
        row = DeviceCounter(device_id=device_id, last_counter=last)
        session.add(row)
        session.flush()
    return row


def _chain_refusal(name: str, manifest: dict, device: Device,
                   last_counter: int) -> ImportRefused | None:
    """Why this bundle does not follow the device's chain, or None when it does."""
    seq = manifest["seq"]
    if seq <= device.last_seq:
        return ImportRefused("{file}: pakke {seq} er ældre end den seneste indlæste "
                             "({last}).", file=name, seq=seq, last=device.last_seq)
    if seq > device.last_seq + 1:
        missing = ", ".join(str(n) for n in range(device.last_seq + 1, min(seq,
                                                                           device.last_seq + 21)))
        return ImportRefused("{file}: der mangler pakke {missing} fra denne "
                             "arbejdsstation. Indlæs dem først.", file=name, missing=missing)
    if manifest["prev_sha256"] != device.last_sha256:
        return ImportRefused("{file}: pakken hænger ikke sammen med den forrige.", file=name)
    if manifest["from_counter"] > last_counter:
        return ImportRefused("{file}: pakken begynder efter ændring {start}, men jobcentret "
                             "har kun til ændring {last}.", file=name,
                             start=manifest["from_counter"], last=last_counter)
    if not manifest["from_counter"] <= manifest["to_counter"] <= last_counter + COUNTER_JUMP:
        return ImportRefused("{file}: pakkens ændringstæller ({counter}) ligger langt foran "
                             "arbejdsstationens ({last}).", file=name,
                             counter=manifest["to_counter"], last=last_counter)
    return None


def _status_receipt(session: Session, device: Device, last_counter: int, reason: str,
                    signing: Ed25519PrivateKey) -> bytes:
    """Where the central's chain for this device stands, signed: the office continues
    from here (services.sync, import_receipt of a status receipt)."""
    bundle_id = session.execute(select(ImportedBundle.bundle_id).where(
        ImportedBundle.device_id == device.device_id,
        ImportedBundle.seq == device.last_seq)).scalar() or ""
    return sign_receipt({"kind": "status", "device_id": device.device_id,
                         "bundle_id": bundle_id,
                         "seq": device.last_seq, "sha256": device.last_sha256,
                         "to_counter": last_counter, "reason": str(reason)[:500],
                         "imported_at": _now().isoformat(), **central_audit.anchor_fields(
                             central_audit.held_anchor(session, device.device_id))}, signing)


def status_receipt(engine: Engine, device_id: str, signing: Ed25519PrivateKey,
                   receipts_dir: Path) -> Path:
    """A status receipt on request (`fremskudt-central status`), for an office that lost one."""
    with Session(engine) as session, session.begin():
        device = session.get(Device, device_id)
        if device is None:
            raise FremskudtError("Arbejdsstationen er ikke tilmeldt.")
        data = _status_receipt(session, device,
                               _counter_row(session, device_id).last_counter,
                               "efter anmodning", signing)
    return _write_receipt(receipts_dir, f"kvittering-status-{device_id}.json", data)


def _write_receipt(receipts_dir: Path, name: str, data: bytes) -> Path:
    receipts_dir.mkdir(parents=True, exist_ok=True)
    path = receipts_dir / name
    atomic_write(path, data)
    return path


# json.dumps(row, sort_keys=True, ensure_ascii=False) without a new encoder per row
_ROW_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode


def _apply_part(session: Session, table: str, rows: list[dict], bundle_id: str) -> int:
    """Store the record versions of one table in bulk; return how many were conflicts: a
    record last changed by another device is kept as it is, the incoming version is stored
    as a conflict (never overwritten). Rows come checked from central_rows.part_rows."""
    deleted = 1 if table == "tombstone" else 0
    conflicts = 0
    keyed = {}
    for row in rows:
        name = row["table_name"] if deleted else table
        keyed[(name, row["id"])] = row
    stored = {}
    for name in {k[0] for k in keyed}:
        ids = [k[1] for k in keyed if k[0] == name]
        for start in range(0, len(ids), 500):
            for record in session.execute(select(Record).where(
                    Record.table_name == name,
                    Record.record_id.in_(ids[start:start + 500]))).scalars():
                stored[(name, record.record_id)] = record
    new_rows = []
    devices: dict[str, str] = {}  # as sent -> canonical form, parsed once per part
    for (name, record_id), row in keyed.items():
        counter = row["version_counter"]
        sent = row["version_device"]
        device = devices.get(sent) or devices.setdefault(sent, str(uuid.UUID(sent)))
        data = _ROW_JSON(row)
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
        audit_alarms = central_audit.alarms(session)
    return {"devices": devices, "records": counts, "conflicts": conflicts, "bundles": bundles,
            "audit_alarms": audit_alarms}
