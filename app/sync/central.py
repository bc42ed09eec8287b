"""The central jobcenter: enrolled office devices, importing bundles atomically and
idempotently, conflicts kept (never overwritten), signed receipts, statistics.

The central store is a SQLite file in the central folder by default, or any SQLAlchemy URL
(e.g. postgresql://...) through the same models."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.db.keyring import atomic_write
from app.domain.audit_chain import Anchor, AuditChainBroken
from app.domain.errors import FremskudtError
from app.sync import central_audit, central_members
from app.sync.agefile import open_sealed
from app.sync.bundle import (
    BundleError,
    Part,
    parts_of,
    read_manifest,
    sign_receipt,
    verify,
)
from app.sync.central_apply import apply_part
from app.sync.central_keys import CentralFolder
from app.sync.central_models import (
    CentralBase,  # noqa: F401  (re-exported)
    Conflict,
    Device,
    DeviceCounter,
    ImportedBundle,
    Record,
)
from app.sync.central_rows import Allowed, part_rows
from app.sync.central_schema import ensure_current
from app.sync.central_store import central_store_engine
from app.sync.schema import TIMESTAMP, UUID, Int, Obj, SchemaError, Str, load_json

BUNDLE_NAME = re.compile(r"^[0-9a-f]{32}\.fsb$")
BUNDLE_FILE_LIMIT = 1024 * 1024 * 1024  # larger than any office's first bundle
# how far one bundle may move a device's change counter past what the central holds
COUNTER_JUMP = 50_000_000


class ImportRefused(FremskudtError):
    """The bundle was refused whole; nothing of it was applied."""


@dataclass(frozen=True)
class ImportResult:
    path: Path
    status: str  # "imported" or "already"
    device_id: str
    seq: int
    records: int
    conflicts: int
    receipt: Path | None
    refused_versions: int = 0  # a revoked member's versions after its revocation, left out


def central_engine(folder: CentralFolder, db_url: str | None = None, *,
                   passphrase: str | None = None) -> Engine:
    """The central store: SQLite encrypted with a key from the central passphrase, or any
    other SQLAlchemy URL such as PostgreSQL (app/sync/central_store.py)."""
    engine = central_store_engine(folder.root, db_url, passphrase)
    where = (f"--db {make_url(db_url).render_as_string(hide_password=True)}" if db_url
             else f"--dir {folder.root}")
    try:  # a new database by the migrations; an older or newer one refused (issue 19)
        ensure_current(engine, f"fremskudt-central upgrade {where}")
    except BaseException:
        engine.dispose()
        raise
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
    nothing, and so does a change another member's bundle brought already. A gap in the
    sequence, an unknown or revoked signer, a bad signature, a wrong recipient, truncation,
    any changed byte, a row of a workstation that is not a member of the office or a counter
    outside what the signer declared refuses the whole bundle. A bundle that does not follow
    the device's chain leaves a signed status receipt saying where the chain stands."""
    path = Path(path)
    data, digest, plaintext, manifest = _open_bundle(path, identities)
    sessions = sessionmaker(engine, expire_on_commit=False)
    with sessions() as session, session.begin():
        device, manifest, parts = _signer(session, path.name, manifest, plaintext)
        device_id = device.device_id
        already = session.get(ImportedBundle, manifest["bundle_id"])
        if already is not None:
            return ImportResult(path, "already", device.device_id, already.seq,
                                already.records, already.conflicts, None)
        counter = _counter_row(session, device_id)
        refusal = _chain_refusal(path.name, manifest, device, counter.last_counter)
        audit_refusal = None
        if refusal is None:
            allowed, acks = _members(session, path.name, manifest, parts, device)
            anchors, rewind, audit_refusal = _audit_judgement(
                session, path.name, manifest, parts, device, allowed)
        if refusal is None and audit_refusal is None:
            records, conflicts, dropped = _apply_parts(session, path.name, parts, allowed,
                                                       manifest["bundle_id"])
            seq = manifest["seq"]
            for owner, anchor in anchors.items():
                central_audit.accept(session, owner, seq, anchor, office=device.office,
                                     bundle_id=manifest["bundle_id"],
                                     rewind=rewind if owner == device_id else "")
            device.last_seq, device.last_sha256 = seq, digest
            counter.last_counter = max(counter.last_counter, manifest["to_counter"])
            session.add(ImportedBundle(bundle_id=manifest["bundle_id"], device_id=device_id,
                                       seq=seq, sha256=digest, records=records,
                                       conflicts=conflicts, imported_at=_now()))
            receipt = sign_receipt({
                "kind": "import", "bundle_id": manifest["bundle_id"], "device_id": device_id,
                "seq": seq, "sha256": digest, "to_counter": counter.last_counter,
                "records": records, "conflicts": conflicts, "origins": acks,
                "imported_at": _now().isoformat(),
                **central_audit.anchor_fields(anchors.get(device_id))}, signing)
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
    return ImportResult(path, "imported", device_id, seq, records, conflicts, receipt_path,
                        dropped)


def _signer(session: Session, name: str, manifest: dict, plaintext: bytes
            ) -> tuple[Device, dict, list[Part]]:
    """The signing device (enrolled, or a member the bundle's own member list shows
    admitted by a known member), not revoked, and the verified manifest and parts."""
    signer_id = str(uuid.UUID(manifest["device_id"]))
    device = session.get(Device, signer_id, with_for_update=True)
    if device is None:
        try:  # the key to check the signature with comes from the member list inside
            head_length = len(read_manifest(plaintext)[1])
            stations = [dict(zip(body["columns"], row, strict=True)) for body in (
                part.rows() for part in parts_of(plaintext, manifest, head_length)
                if part.name == "workstation") for row in body["rows"]]
        except BundleError as exc:
            raise ImportRefused("{file}: {reason}", file=name, reason=exc.message) from None
        central_members.learn(session, str(uuid.UUID(manifest["office_id"])), stations,
                              manifest["bundle_id"], _now())
        device = session.get(Device, signer_id, with_for_update=True)
    if device is None:
        raise ImportRefused("{file}: arbejdsstationen er ikke tilmeldt.", file=name)
    if device.revoked_at is not None:
        raise ImportRefused("{file}: arbejdsstationen er spærret.", file=name)
    if device.office_id != str(uuid.UUID(manifest["office_id"])):
        raise ImportRefused("{file}: pakken er fra et andet kontor end arbejdsstationens.",
                            file=name)
    try:
        manifest, parts = verify(plaintext, bytes.fromhex(device.public_key))
    except BundleError as exc:
        raise ImportRefused("{file}: {reason}", file=name, reason=exc.message) from None
    return device, manifest, parts


def _members(session: Session, name: str, manifest: dict, parts: list[Part],
             device: Device) -> tuple[Allowed, list[dict]]:
    """Learn the office's members from the bundle's member list; whose versions it may
    carry; the origins' high-water marks moved (app/sync/central_members.py)."""
    try:
        stations = [dict(zip(body["columns"], row, strict=True))
                    for body in (part.rows() for part in parts if part.name == "workstation")
                    for row in body["rows"]]
        known = central_members.learn(session, device.office_id, stations,
                                      manifest["bundle_id"], _now())
        allowed = central_members.allowed(session, manifest, known)
        acks = central_members.advance(session, manifest, device.office_id, allowed.limits)
    except (BundleError, central_members.MemberRefused) as exc:
        raise ImportRefused("{file}: {reason}", file=name, reason=exc.message) from None
    return allowed, acks


def _apply_parts(session: Session, name: str, parts: list[Part], allowed: Allowed,
                 bundle_id: str) -> tuple[int, int, int]:
    records = conflicts = dropped = 0
    for part in parts:
        try:
            rows, left_out = part_rows(part, allowed)
            records += len(rows)
            dropped += left_out
            conflicts += apply_part(session, part.name, rows, bundle_id)
        except BundleError as exc:
            raise ImportRefused("{file}: {reason}", file=name, reason=exc.message) from None
    return records, conflicts, dropped


def _audit_judgement(session: Session, name: str, manifest: dict, parts: list[Part],
                     device: Device, allowed: Allowed
                     ) -> tuple[dict[str, Anchor | None], str, ImportRefused | None]:
    """The audit anchors to accept per writing device (the signer's from its signed
    manifest, the other members' chains judged by their own device), a declared rewind's
    alarm text, or the refusal of a chain that does not extend the one acknowledged before
    (app/sync/central_audit.py)."""
    try:
        rows = [row for part in parts if part.name == "audit_entry"
                for row in part_rows(part, allowed)[0]]
    except BundleError as exc:
        raise ImportRefused("{file}: {reason}", file=name, reason=exc.message) from None
    chains: dict[str, list[dict]] = {}
    for row in rows:
        chains.setdefault(str(uuid.UUID(row["version_device"])), []).append(row)
    try:
        anchor, rewind = central_audit.judge(session, device.device_id, manifest,
                                             chains.pop(device.device_id, []))
        anchors = {device.device_id: anchor}
        for owner, chain in sorted(chains.items()):
            anchors[owner] = central_audit.judge_forwarded(session, owner, chain)
    except AuditChainBroken as exc:
        return {}, "", ImportRefused(
            "{file}: logkæden fra arbejdsstationen fortsætter ikke den, jobcentret har "
            "kvitteret for: {reason} Pakken er afvist, og jobcentrets IT er gjort "
            "opmærksom på det (fremskudt-central stats).", file=name, reason=exc.message)
    return anchors, rewind, None


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
                         "origins": central_members.held(session, device.office_id),
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


def stats(engine: Engine) -> dict:
    with Session(engine) as session:
        labels = central_members.station_labels(session)  # names and letters, renames too
        devices = sorted((central_members.device_entry(d, labels) for d in session.execute(
            select(Device)).scalars()), key=lambda d: (d["office"], d["letter"] or "~",
                                                        d["name"], d["device_id"]))
        counts = dict(session.execute(select(Record.table_name, func.count())
                                      .group_by(Record.table_name)).all())
        conflicts = session.execute(select(func.count()).select_from(Conflict)).scalar_one()
        bundles = session.execute(select(func.count()).select_from(ImportedBundle)).scalar_one()
        audit_alarms = central_audit.alarms(session)
    return {"devices": devices, "records": counts, "conflicts": conflicts, "bundles": bundles,
            "audit_alarms": audit_alarms}
