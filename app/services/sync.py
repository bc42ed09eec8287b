"""The office side of sync: the central keys, the enrollment file, exporting bundles of the
change log, and receipts from the central jobcenter."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import RecipientError, x25519
from sqlalchemy import delete, func, select

from app.db import casekey
from app.db import models as m
from app.db.keyring import atomic_write
from app.db.migrate import head_revision
from app.domain.enums import AuditAction
from app.domain.errors import FremskudtError, ValidationError
from app.domain.roles import Permission
from app.services import audit
from app.services.context import ServiceContext
from app.services.export_read import read_parts
from app.services.office import fingerprint
from app.services.sync_origins import (
    export_origins,
    pending_parts,
    ranges_sql,
    record_acks,
    restamp,
)
from app.sync.agefile import seal
from app.sync.bundle import Part, build, verify_receipt
from app.sync.central_keys import (
    PUBLIC_FORMAT,
    ROTATION_CONTEXT,
    ROTATION_FORMAT,
    key_fingerprint,
    key_id_for,
    trust_fingerprint,
)
from app.sync.filelock import exclusive
from app.sync.schema import Int, ListOf, Obj, SchemaError, Str, load_json

ENROLLMENT_FORMAT = "fremskudt-enrollment"
BUNDLE_SUFFIX = ".fsb"
# left out of the central export: nothing since issue 19 point 6. The staff rows' password-
# wrapped keys (key_wrap, Argon2id + AES-GCM) and K_case seals (case_seal, to the account's
# public key) go to the central, encrypted as they are, so that a lost office can be rebuilt
# from the central with every account logging in with its own password
PRIVATE_COLUMNS: set[tuple[str, str]] = set()
EXPORT_LOCK = "export.lock"
PART_SUFFIX = ".part"
PENDING_SETTING = "sync.pending_bundle"  # local setting: the .part file of a recorded bundle

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CentralKeyView:
    key_id: str
    recipient: str
    fingerprint: str  # the recipient alone
    added_at: dt.datetime
    trust_fingerprint: str = ""  # recipient and receipt key: the one read aloud


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
        return [CentralKeyView(k.key_id, k.recipient, key_fingerprint(k.recipient), k.added_at,
                               trust_fingerprint(k.recipient, k.receipt_key))
                for k in session.execute(select(m.CentralKey).order_by(
                    m.CentralKey.added_at)).scalars()]


KEY_FILE = Obj({"format": (PUBLIC_FORMAT,), "version": Int(1, 1),
                "receipt_key": Str(64, r"[0-9a-f]{64}", 64),
                "keys": ListOf(Obj({"key_id": Str(16, r"[0-9a-f]{16}", 16),
                                    "recipient": Str(100, r"age1[0-9a-z]+", 10),
                                    "created_at": Str(40)}), 64, 1)})
ROTATION_FILE = Obj({"rotation": Obj({"format": (ROTATION_FORMAT,), "version": Int(1, 1),
                                      "old_key": Str(64, r"[0-9a-f]{64}", 64),
                                      "new_key": Str(64, r"[0-9a-f]{64}", 64),
                                      "created_at": Str(40)}),
                     "old_signature": Str(128, r"[0-9a-f]{128}", 128),
                     "new_signature": Str(128, r"[0-9a-f]{128}", 128)})


def read_key_file(data: bytes) -> tuple[list[tuple[str, str]], str]:
    """The central public key file: [(key id, recipient)] and the receipt key."""
    try:
        doc = load_json(data, KEY_FILE, 64 * 1024, 3, "nøglefilen")
        keys = [(k["key_id"], k["recipient"]) for k in doc["keys"]]
        for key_id, recipient in keys:
            if key_id_for(recipient) != key_id:
                raise ValueError
            x25519.Recipient.from_str(recipient)
    except (SchemaError, ValueError, RecipientError):
        raise ValidationError("Filen er ikke jobcentrets fil med offentlige nøgler.",
                              field="file") from None
    return keys, doc["receipt_key"]


def key_file_fingerprints(data: bytes) -> list[tuple[str, str]]:
    """[(key id, fingerprint to read aloud)] of a key file, before it is installed."""
    keys, receipt = read_key_file(data)
    return [(key_id, trust_fingerprint(recipient, receipt)) for key_id, recipient in keys]


def add_central_keys(ctx: ServiceContext, data: bytes) -> list[CentralKeyView]:
    """Install the central jobcenter's public keys (after the fingerprints were read aloud).
    Keys missing from a newer file stay until removed: bundles go to every key installed.
    Once a receipt key is trusted, a file naming another one is refused: the receipt key
    changes only by a rotation signed with the trusted key (apply_receipt_key_rotation)."""
    ctx.require(Permission.ADMIN)
    keys, receipt = read_key_file(data)
    with ctx.transaction() as session:
        trusted = {k.receipt_key for k in session.execute(select(m.CentralKey)).scalars()}
        if trusted and trusted != {receipt}:
            raise ValidationError("Nøglefilen har en anden kvitteringsnøgle end den, "
                                  "arbejdsstationen stoler på. En ny kvitteringsnøgle skal "
                                  "komme som en rotation underskrevet af den nuværende "
                                  "(fremskudt central-key rotate FIL).", field="file")
        for key_id, recipient in keys:
            if session.get(m.CentralKey, key_id) is None:
                session.add(m.CentralKey(key_id=key_id, recipient=recipient,
                                         receipt_key=receipt, added_at=ctx.now()))
        audit.record(ctx, session, AuditAction.CHANGE, object_type="central_key",
                     detail=f"centrale nøgler: {', '.join(k for k, _r in keys)}")
    return central_keys(ctx)


def apply_receipt_key_rotation(ctx: ServiceContext, data: bytes) -> list[CentralKeyView]:
    """Trust a new receipt key from a rotation file: signed by the receipt key trusted now
    and by the new key. Anything else changes nothing."""
    ctx.require(Permission.ADMIN)
    try:
        doc = load_json(data, ROTATION_FILE, 16 * 1024, 2, "rotationsfilen")
        body = doc["rotation"]
        payload = ROTATION_CONTEXT + json.dumps(body, sort_keys=True,
                                                separators=(",", ":")).encode()
        for key, signature in ((body["old_key"], doc["old_signature"]),
                               (body["new_key"], doc["new_signature"])):
            Ed25519PublicKey.from_public_bytes(bytes.fromhex(key)).verify(
                bytes.fromhex(signature), payload)
    except (SchemaError, ValueError, InvalidSignature):
        raise ValidationError("Filen er ikke en gyldig rotation af jobcentrets "
                              "kvitteringsnøgle.", field="file") from None
    with ctx.transaction() as session:
        rows = session.execute(select(m.CentralKey)).scalars().all()
        if not rows or {r.receipt_key for r in rows} != {body["old_key"]}:
            raise ValidationError("Rotationen er ikke underskrevet af den kvitteringsnøgle, "
                                  "arbejdsstationen stoler på.", field="file")
        for row in rows:
            row.receipt_key = body["new_key"]
        audit.record(ctx, session, AuditAction.CHANGE, object_type="central_key",
                     detail="jobcentrets kvitteringsnøgle roteret")
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


def export_bundle(ctx: ServiceContext, out_dir: Path, progress: Progress | None = None
                  ) -> ExportResult:
    """Everything this device changed since the last acknowledged bundle, signed and
    encrypted to the central keys. No plaintext of the bundle is ever written to disk.

    Exports run one at a time (an exclusive lock file in the data folder, held across
    processes). The sealed file is written under a hidden `.part` name and fsynced; the
    bundle's record and the path of the `.part` file are committed in one transaction; then
    the file is renamed to its final name. A process killed before the commit leaves only a
    `.part` file that no record names (removed by the next export, which reuses the sequence
    number); killed after it, the next export finishes the rename first."""
    ctx.require(Permission.EXPORT)
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise ValidationError("Mappen {folder} findes ikke.", field="out_dir", folder=out_dir)
    with exclusive(ctx.store.paths.root / EXPORT_LOCK):
        finish_pending_export(ctx)
        _remove_stray_parts(ctx, out_dir)
        return _export_locked(ctx, out_dir, progress)


def _export_locked(ctx: ServiceContext, out_dir: Path, progress: Progress | None
                   ) -> ExportResult:
    # bundles carry case content in plain text inside age: opened with the exporter's K_case
    with casekey.bound(ctx.case_key), ctx.store.sessions() as session:
        keys = session.execute(select(m.CentralKey)).scalars().all()
        if not keys:
            raise FremskudtError("Indlæs først jobcentrets offentlige nøgle under "
                                 "Synkronisering.")
        station = session.get(m.Workstation, ctx.store.device_id)
        office = session.get(m.Office, station.office_id)
        last = session.execute(select(m.SyncBundle).order_by(m.SyncBundle.seq.desc())
                               .limit(1)).scalar_one_or_none()
        to_counter = session.get(m.DeviceClock, ctx.store.device_id).counter
        origins = export_origins(session, ctx.store.device_id, ctx.store.origin_id)
        acked = min((o["from_counter"] for o in origins
                     if o["device"] == str(ctx.store.device_id)), default=0)
        parts, steps = _collect_parts(session, origins, progress)
        signing = Ed25519PrivateKey.from_private_bytes(
            session.get(m.LocalDevice, ctx.store.device_id).signing_key_private)
        seq = (last.seq + 1) if last else 1
        bundle_id = uuid.uuid4().hex
        manifest = {
            "bundle_id": bundle_id, "office_id": str(office.id), "office": office.name,
            "device_id": str(station.id), "seq": seq,
            "prev_sha256": last.sha256 if last else "",
            "schema_revision": head_revision(), "exported_by": ctx.user.username,
            "exported_at": ctx.now().isoformat(), "from_counter": acked,
            "to_counter": to_counter, "recipients": sorted(k.key_id for k in keys),
            # every member's changes the central lacks, per origin (issue 18 point 8)
            "origins": origins,
            # the audit chain's head, signed with the rest (issue 16 point 3)
            "audit_anchor": audit.current_anchor(session, ctx.store.device_id).as_dict(),
        }
        rebase = audit.pending_rebase(session)
        if rebase is not None:
            manifest["audit_rebase"] = rebase
        plaintext = build(manifest, parts, signing)
    sealed = seal(plaintext, [k.recipient for k in keys])
    del plaintext
    digest = hashlib.sha256(sealed).hexdigest()
    path = out_dir / f"{bundle_id}{BUNDLE_SUFFIX}"
    part = _part_path(path, ctx.store.device_id.hex)
    _write_synced(part, sealed)
    records = sum(p.records for p in parts)
    with ctx.transaction() as session:
        session.add(m.SyncBundle(seq=seq, bundle_id=bundle_id, file_name=path.name,
                                 created_at=ctx.now(), from_counter=acked,
                                 to_counter=to_counter, sha256=digest, records=records,
                                 size=len(sealed)))
        session.merge(m.LocalSetting(key=PENDING_SETTING, value=str(part)))
        audit.record(ctx, session, AuditAction.EXPORT, object_type="sync_bundle",
                     detail=f"pakke {seq}: {records} poster, {len(sealed)} byte")
    finish_pending_export(ctx)
    if progress is not None:
        progress(steps, steps)
    return ExportResult(path, seq, records, len(sealed))


def _collect_parts(session, origins: list[dict], progress: Progress | None
                   ) -> tuple[list[Part], int]:
    tables = [t for t in m.Base.metadata.sorted_tables
              if "version_counter" in t.c and "version_device" in t.c]
    where, params = ranges_sql(origins)

    def query(table, names: list[str]) -> tuple[str, list]:
        return (f"SELECT {', '.join(names)} FROM {table.name} WHERE {where} "
                "ORDER BY version_device, version_counter", params)

    # read, opened and encoded in overlapping threads (issue 22): app/services/export_read.py
    parts = read_parts(session, tables, query, PRIVATE_COLUMNS, progress, len(tables) + 1)
    return parts + pending_parts(session, origins, PRIVATE_COLUMNS), len(tables) + 1


def _part_path(path: Path, device_hex: str) -> Path:
    """`.NAME.fsb.DEVICE.part`: hidden, and named by its device, so workstations writing to
    one shared folder leave each other's files alone."""
    return path.with_name(f".{path.name}.{device_hex[:12]}{PART_SUFFIX}")


def _write_synced(path: Path, data: bytes) -> None:
    with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def finish_pending_export(ctx: ServiceContext) -> Path | None:
    """Give a recorded bundle whose rename did not happen (the process was killed) its final
    name; return that path, or None when nothing was pending."""
    with ctx.store.sessions.begin() as session:
        pending = session.get(m.LocalSetting, PENDING_SETTING)
        if pending is None:
            return None
        part = Path(pending.value)
        final = part.with_name(part.name[1:].split(".")[0] + BUNDLE_SUFFIX)
        if part.exists():
            os.replace(part, final)
            if hasattr(os, "O_DIRECTORY"):
                fd = os.open(final.parent, os.O_RDONLY | os.O_DIRECTORY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
        session.delete(pending)
    return final


def _remove_stray_parts(ctx: ServiceContext, out_dir: Path) -> None:
    """`.part` files of this device that no record names: an export killed before its
    commit. The next export makes the same sequence number again."""
    with ctx.store.sessions() as session:
        known = set(session.execute(select(m.SyncBundle.file_name)).scalars())
    mine = f".{ctx.store.device_id.hex[:12]}{PART_SUFFIX}"
    for stray in out_dir.glob(f".*{BUNDLE_SUFFIX}{mine}"):
        if stray.name[1:].split(".")[0] + BUNDLE_SUFFIX not in known:
            stray.unlink(missing_ok=True)


def import_receipt(ctx: ServiceContext, data: bytes) -> BundleView:
    """A receipt from the central jobcenter acknowledges one bundle; the next export starts
    after it. An old, foreign or forged receipt changes nothing. A status receipt (the
    central refused a bundle that did not follow the chain it holds) moves this device's
    chain to where the central stands; an administrator must import it."""
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
        if uuid.UUID(body["device_id"]) != ctx.store.device_id:
            raise ValidationError("Kvitteringen hører til en anden arbejdsstation.",
                                  field="file")
        if body.get("kind") == "status":
            ctx.require(Permission.ADMIN)
            return _resume_from_status(ctx, session, body)
        bundle = session.execute(select(m.SyncBundle).where(
            m.SyncBundle.bundle_id == body.get("bundle_id"))).scalar_one_or_none()
        if bundle is None or bundle.seq != body["seq"] or bundle.sha256 != body["sha256"]:
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
        record_acks(session, body, ctx.now())
        audit.anchor_acknowledged(session, data, body)
        audit.record(ctx, session, AuditAction.CHANGE, object_type="sync_bundle",
                     detail=f"kvittering for pakke {bundle.seq}")
        return _view(bundle)


def _view(b: m.SyncBundle) -> BundleView:
    return BundleView(b.seq, b.bundle_id, b.file_name, b.created_at, b.records, b.size,
                      b.acked_at)


def _resume_from_status(ctx: ServiceContext, session, body: dict) -> BundleView:
    """Continue the chain from what the central holds (its sequence, the hash of its last
    bundle, its highest counter from this device) without losing or repeating a change:

    - records of bundles the central does not hold in its chain are dropped, and the
      central's last bundle is recorded as acknowledged, so the next export is number
      seq + 1 and links to it;
    - this device's rows changed after the last bundle it had acknowledged itself are
      restamped above the central's counter (order kept), and the clock moves with them,
      so the next export carries them and the central takes them as newer: a restored
      backup's counters may be below what the central already holds."""
    seq, counter = body["seq"], body.get("to_counter", 0)
    record_acks(session, body, ctx.now())
    own_acked = session.execute(select(func.max(m.SyncBundle.to_counter)).where(
        m.SyncBundle.acked_at.is_not(None), m.SyncBundle.seq <= seq)).scalar() or 0
    session.execute(delete(m.SyncBundle).where(m.SyncBundle.seq >= max(seq, 1)))
    session.execute(delete(m.SyncBundle).where(m.SyncBundle.acked_at.is_(None)))
    session.execute(delete(m.LocalSetting).where(m.LocalSetting.key == PENDING_SETTING))
    view = None
    if seq:
        record = m.SyncBundle(seq=seq, bundle_id=body.get("bundle_id") or uuid.uuid4().hex,
                              file_name="", created_at=ctx.now(), from_counter=0,
                              to_counter=counter, sha256=body["sha256"], records=0, size=0,
                              acked_at=ctx.now())
        session.add(record)
        session.flush()
        view = _view(record)
    conn = session.connection()
    device_hex = ctx.store.device_id.hex
    for table in m.Base.metadata.sorted_tables:
        if "version_counter" in table.c and "version_device" in table.c:
            restamp(conn, table.name, device_hex, own_acked, counter)
    clock = session.get(m.DeviceClock, ctx.store.device_id)
    clock.counter += counter
    if "audit_seq" in body:
        audit.prepare_rebase(session, ctx.store.device_id,
                             audit.Anchor(body["audit_seq"], body["audit_sha256"]))
    audit.record(ctx, session, AuditAction.CHANGE, object_type="sync_bundle",
                 detail=f"synkronisering fortsat fra jobcentrets pakke {seq}")
    return view or BundleView(0, "", "", ctx.now(), 0, 0, ctx.now())


def write_enrollment(ctx: ServiceContext, out: Path) -> Path:
    atomic_write(out, enrollment(ctx))
    return out
