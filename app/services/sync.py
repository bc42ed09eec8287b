"""The office side of sync: the central keys, the enrollment file, exporting bundles of the
change log, and receipts from the central jobcenter."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from app.db import models as m
from app.db.keyring import atomic_write
from app.db.migrate import head_revision
from app.domain.enums import AuditAction
from app.domain.errors import FremskudtError, ValidationError
from app.domain.roles import Permission
from app.domain.text import N_
from app.services import audit
from app.services.context import ServiceContext
from app.services.office import fingerprint
from app.sync.agefile import seal
from app.sync.bundle import Part, build, verify_receipt
from app.sync.central_keys import PUBLIC_FORMAT, key_fingerprint, key_id_for

ENROLLMENT_FORMAT = "fremskudt-enrollment"
BUNDLE_SUFFIX = ".fsb"
# never leaves the workstation, not even encrypted
PRIVATE_COLUMNS = {("workstation", "signing_key_private")}

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CentralKeyView:
    key_id: str
    recipient: str
    fingerprint: str
    added_at: dt.datetime


@dataclass(frozen=True)
class BundleView:
    seq: int
    bundle_id: str
    file_name: str
    created_at: dt.datetime
    records: int
    size: int
    acked_at: dt.datetime | None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    seq: int
    records: int
    size: int


def central_keys(ctx: ServiceContext) -> list[CentralKeyView]:
    with ctx.transaction() as session:
        return [CentralKeyView(k.key_id, k.recipient, key_fingerprint(k.recipient), k.added_at)
                for k in session.execute(select(m.CentralKey).order_by(
                    m.CentralKey.added_at)).scalars()]


def read_key_file(data: bytes) -> tuple[list[tuple[str, str]], str]:
    """The central public key file: [(key id, recipient)] and the receipt key."""
    try:
        doc = json.loads(data)
        if doc.get("format") != PUBLIC_FORMAT:
            raise ValueError
        keys = [(k["key_id"], k["recipient"]) for k in doc["keys"]]
        receipt = doc["receipt_key"]
        bytes.fromhex(receipt)
        for key_id, recipient in keys:
            if not recipient.startswith("age1") or key_id_for(recipient) != key_id:
                raise ValueError
    except (ValueError, KeyError, TypeError, AttributeError):
        raise ValidationError("Filen er ikke jobcentrets fil med offentlige nøgler.",
                              field="file") from None
    if not keys:
        raise ValidationError("Filen indeholder ingen nøgler.", field="file")
    return keys, receipt


def add_central_keys(ctx: ServiceContext, data: bytes) -> list[CentralKeyView]:
    """Install the central jobcenter's public keys (after the fingerprints were read aloud).
    Keys missing from a newer file stay until removed: bundles go to every key installed."""
    ctx.require(Permission.ADMIN)
    keys, receipt = read_key_file(data)
    with ctx.transaction() as session:
        for key_id, recipient in keys:
            row = session.get(m.CentralKey, key_id)
            if row is None:
                session.add(m.CentralKey(key_id=key_id, recipient=recipient,
                                         receipt_key=receipt, added_at=ctx.now()))
            else:
                row.receipt_key = receipt
        audit.record(ctx, session, AuditAction.CHANGE, object_type="central_key",
                     detail=f"centrale nøgler: {', '.join(k for k, _r in keys)}")
    return central_keys(ctx)


def enrollment(ctx: ServiceContext) -> bytes:
    """This device's signing public key for the central side to enrol."""
    ctx.require(Permission.EXPORT)
    with ctx.transaction() as session:
        station = session.get(m.Workstation, ctx.store.device_id)
        office = session.get(m.Office, station.office_id)
        doc = {"format": ENROLLMENT_FORMAT, "version": 1, "device_id": str(station.id),
               "office_id": str(office.id), "office": office.name,
               "workstation": station.name,
               "public_key": station.signing_key_public.hex(),
               "fingerprint": fingerprint(station.signing_key_public),
               "created_at": ctx.now().isoformat()}
        audit.record(ctx, session, AuditAction.EXPORT, object_type="enrollment",
                     detail="tilmeldingsfil dannet")
    return json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8")


def bundles(ctx: ServiceContext) -> list[BundleView]:
    with ctx.transaction() as session:
        return [BundleView(b.seq, b.bundle_id, b.file_name, b.created_at, b.records, b.size,
                           b.acked_at)
                for b in session.execute(select(m.SyncBundle).order_by(
                    m.SyncBundle.seq.desc())).scalars()]


def _encode(value: object) -> object:
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def export_bundle(ctx: ServiceContext, out_dir: Path, progress: Progress | None = None
                  ) -> ExportResult:
    """Everything this device changed since the last acknowledged bundle, signed and
    encrypted to the central keys, written atomically under a random name. No plaintext of
    the bundle is ever written to disk."""
    ctx.require(Permission.EXPORT)
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise ValidationError(N_("Mappen {folder} findes ikke.", folder=out_dir),
                              field="out_dir")
    session_factory = ctx.store.sessions
    with session_factory() as session:
        keys = session.execute(select(m.CentralKey)).scalars().all()
        if not keys:
            raise FremskudtError("Indlæs først jobcentrets offentlige nøgle under "
                                 "Synkronisering.")
        station = session.get(m.Workstation, ctx.store.device_id)
        office = session.get(m.Office, station.office_id)
        acked = session.execute(select(func.max(m.SyncBundle.to_counter)).where(
            m.SyncBundle.acked_at.is_not(None))).scalar() or 0
        last = session.execute(select(m.SyncBundle).order_by(m.SyncBundle.seq.desc())
                               .limit(1)).scalar_one_or_none()
        to_counter = session.get(m.DeviceClock, ctx.store.device_id).counter
        device_hex = ctx.store.device_id.hex
        tables = [t for t in m.Base.metadata.sorted_tables
                  if "version_counter" in t.c and "version_device" in t.c]
        parts = []
        conn = session.connection()
        for index, table in enumerate(tables, start=1):
            columns = [c.name for c in table.columns
                       if (table.name, c.name) not in PRIVATE_COLUMNS]
            rows = conn.exec_driver_sql(
                f"SELECT {', '.join(columns)} FROM {table.name} "
                "WHERE version_device = ? AND version_counter > ? AND version_counter <= ? "
                "ORDER BY version_counter", (device_hex, acked, to_counter)).fetchall()
            if rows:
                parts.append(Part.of_rows(table.name, columns,
                                          [[_encode(v) for v in row] for row in rows]))
            if progress is not None:
                progress(index, len(tables) + 1)
        signing = Ed25519PrivateKey.from_private_bytes(station.signing_key_private)
        seq = (last.seq + 1) if last else 1
        bundle_id = uuid.uuid4().hex
        manifest = {
            "bundle_id": bundle_id, "office_id": str(office.id), "office": office.name,
            "device_id": str(station.id), "seq": seq,
            "prev_sha256": last.sha256 if last else "",
            "schema_revision": head_revision(), "exported_by": ctx.user.username,
            "exported_at": ctx.now().isoformat(), "from_counter": acked,
            "to_counter": to_counter, "recipients": sorted(k.key_id for k in keys),
        }
        plaintext = build(manifest, parts, signing)
    sealed = seal(plaintext, [k.recipient for k in keys])
    del plaintext
    digest = hashlib.sha256(sealed).hexdigest()
    path = out_dir / f"{bundle_id}{BUNDLE_SUFFIX}"
    atomic_write(path, sealed)
    records = sum(p.records for p in parts)
    with ctx.transaction() as session:
        session.add(m.SyncBundle(seq=seq, bundle_id=bundle_id, file_name=path.name,
                                 created_at=ctx.now(), from_counter=acked,
                                 to_counter=to_counter, sha256=digest, records=records,
                                 size=len(sealed)))
        audit.record(ctx, session, AuditAction.EXPORT, object_type="sync_bundle",
                     detail=f"pakke {seq}: {records} poster, {len(sealed)} byte")
    if progress is not None:
        progress(len(tables) + 1, len(tables) + 1)
    return ExportResult(path, seq, records, len(sealed))


def import_receipt(ctx: ServiceContext, data: bytes) -> BundleView:
    """A receipt from the central jobcenter acknowledges one bundle; the next export starts
    after it. An old, foreign or forged receipt changes nothing."""
    ctx.require(Permission.EXPORT)
    with ctx.transaction() as session:
        keys = {k.receipt_key for k in session.execute(select(m.CentralKey)).scalars()}
        body = None
        for key in keys:
            try:
                body = verify_receipt(data, key)
                break
            except FremskudtError:
                continue
        if body is None:
            raise ValidationError("Kvitteringen er ikke gyldig eller ikke fra jobcentret.",
                                  field="file")
        if body.get("device_id") != str(ctx.store.device_id):
            raise ValidationError("Kvitteringen hører til en anden arbejdsstation.",
                                  field="file")
        bundle = session.execute(select(m.SyncBundle).where(
            m.SyncBundle.bundle_id == body.get("bundle_id"))).scalar_one_or_none()
        if bundle is None or bundle.seq != body.get("seq") or bundle.sha256 != body.get(
                "sha256"):
            raise ValidationError("Kvitteringen passer ikke til en pakke fra denne "
                                  "arbejdsstation.", field="file")
        if bundle.acked_at is not None:
            raise ValidationError("Kvitteringen er allerede indlæst.", field="file")
        newer = session.execute(select(func.max(m.SyncBundle.seq)).where(
            m.SyncBundle.acked_at.is_not(None))).scalar() or 0
        if bundle.seq < newer:
            raise ValidationError("Kvitteringen er ældre end den seneste kvittering.",
                                  field="file")
        bundle.acked_at = ctx.now()
        audit.record(ctx, session, AuditAction.CHANGE, object_type="sync_bundle",
                     detail=f"kvittering for pakke {bundle.seq}")
        return BundleView(bundle.seq, bundle.bundle_id, bundle.file_name, bundle.created_at,
                          bundle.records, bundle.size, bundle.acked_at)


def write_enrollment(ctx: ServiceContext, out: Path) -> Path:
    atomic_write(out, enrollment(ctx))
    return out
