"""Opening a lost office on a new workstation from the central's rebuild bundle (issue 19
point 6; the central side is app/sync/central_rebuild.py).

1. `request_rebuild` on a machine with no office makes the workstation's keys (kept in a 0600
   file in its data folder until the rebuild is done) and the request file for the IT.
2. `rebuild` opens the bundle the central wrote for it: decrypted with its own key, signed by
   the central key of the key file given (its fingerprint is shown to compare aloud, as when
   an office installs the key file), for this workstation. It makes the workstation's own
   store (its own random store key, as a joining workstation does), applies every record
   version, checks the office digest of what it applied against the one the central computed,
   adds itself as a member and pins the central's keys. The staff log in with their own
   passwords (their password-wrapped keys came in their staff rows); the case content, which
   the central holds opened, is sealed again at the first login of a case role
   (app/services/casekeys.unlock). Anything refused leaves no office behind."""

from __future__ import annotations

import datetime as dt
import json
import os
import struct
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519
from sqlalchemy import func, select

from app.db import changelog, staffkeys
from app.db import models as m
from app.db.engine import create_store_engine, make_session_factory
from app.db.keyring import Keyring, atomic_write
from app.db.migrate import upgrade_to_head
from app.db.store import CASE_CONTENT_UNSEALED, require_absent
from app.domain.errors import FremskudtError
from app.paths import DataPaths
from app.services.office import fingerprint
from app.services.sync import read_key_file
from app.sync.agefile import open_sealed
from app.sync.bundle import PART_LIMIT, PART_ROWS, BundleError
from app.sync.central_downsync import _parts
from app.sync.central_keys import trust_fingerprint
from app.sync.central_rebuild import CONTEXT, FORMAT, MAGIC, REQUEST_FORMAT, SUFFIX
from app.sync.office import collect, local
from app.sync.office.apply import apply_changes
from app.sync.office.batch import _checked_row
from app.sync.office.tables import replicated
from app.sync.schema import (
    HEX32,
    HEX64,
    TIMESTAMP,
    UUID,
    Int,
    ListOf,
    Obj,
    SchemaError,
    Str,
    check,
    nesting_depth,
)

PENDING_FILE = "office.rebuild.json"
FILE_LIMIT = 2 * 1024 * 1024 * 1024
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
LOST = Obj({"device_id": UUID, "workstation": Str(200), "last_seq": Int(0, 2**53),
            "last_import": Str(40), "counter": Int(0, 2**63 - 1), "revoked": Int(0, 1)})
MANIFEST = Obj({"format": (FORMAT,), "version": Int(1, 1), "bundle_id": HEX32,
                "office_id": UUID, "office": Str(200, None, 1), "device_id": UUID,
                "signer": HEX64, "created_at": TIMESTAMP, "digest": HEX64,
                "lost": ListOf(LOST, 10_000),
                "origins": ListOf(Obj({"origin": HEX32, "device": UUID,
                                       "counter": Int(0, 2**63 - 1)}), 256),
                "parts": ListOf(Obj({"name": Str(64, r"[a-z_]+", 1), "sha256": HEX64,
                                     "bytes": Int(1, PART_LIMIT),
                                     "records": Int(0, PART_ROWS),
                                     "size": Int(2, PART_LIMIT)}), 100_000)})


class RebuildError(FremskudtError):
    """The rebuild bundle was refused; no office was made."""


@dataclass(frozen=True)
class RebuildRequest:
    device_id: uuid.UUID
    fingerprint: str
    path: Path


@dataclass(frozen=True)
class Rebuilt:
    office: str
    records: int
    digest: str
    lost: list[dict]  # per earlier workstation: the last bundle that reached the central
    central_fingerprint: str


def request_rebuild(paths: DataPaths, name: str, out: Path) -> RebuildRequest:
    """The new workstation's keys and its request file for the jobcenter's IT."""
    require_absent(paths)
    paths.ensure()
    device_id = uuid.uuid4()
    signing = Ed25519PrivateKey.generate()
    identity = x25519.Identity.generate()
    public = signing.public_key().public_bytes(serialization.Encoding.Raw,
                                               serialization.PublicFormat.Raw)
    pending = {"device_id": str(device_id), "name": name[:200] or "Arbejdsstation",
               "signing": signing.private_bytes(serialization.Encoding.Raw,
                                                serialization.PrivateFormat.Raw,
                                                serialization.NoEncryption()).hex(),
               "age_identity": str(identity)}
    atomic_write(paths.root / PENDING_FILE, json.dumps(pending).encode())
    if os.name == "posix":
        (paths.root / PENDING_FILE).chmod(0o600)
    doc = {"format": REQUEST_FORMAT, "version": 1, "device_id": str(device_id),
           "name": pending["name"], "signing_public": public.hex(),
           "age_recipient": str(identity.to_public()), "fingerprint": fingerprint(public),
           "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
    atomic_write(out, json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8"))
    return RebuildRequest(device_id, fingerprint(public), out)


def _pending(paths: DataPaths) -> dict:
    try:
        return json.loads((paths.root / PENDING_FILE).read_text("utf-8"))
    except (FileNotFoundError, ValueError):
        raise RebuildError("Der er ingen anmodning om genopbygning i {folder}; lav den først "
                           "(fremskudt rebuild-request).", folder=paths.root) from None


def _opened(path: Path, pending: dict, receipt_key: str) -> tuple[dict, dict[str, list]]:
    """The checked manifest and {table: row versions} of the bundle; RebuildError else."""
    if path.suffix != SUFFIX:
        raise RebuildError("{file} er ikke en genopbygningspakke (.fsr).", file=path.name)
    try:
        if path.stat().st_size > FILE_LIMIT:
            raise RebuildError("{file} er større end en pakke må være.", file=path.name)
        data = path.read_bytes()
    except OSError:
        raise RebuildError("Filen {file} findes ikke eller kan ikke læses.",
                           file=path.name) from None
    try:
        plain = open_sealed(data, [x25519.Identity.from_str(pending["age_identity"])])
        if len(plain) < 8 or plain[:4] != MAGIC:
            raise BundleError("Filen er ikke en genopbygningspakke.")
        (length,) = struct.unpack(">I", plain[4:8])
        head, signature = plain[8:8 + length], plain[8 + length:8 + length + 64]
        if len(head) != length or len(signature) != 64 or nesting_depth(head) > 4:
            raise BundleError("Pakken er afkortet eller ugyldig.")
        manifest = json.loads(head)
        check(manifest, MANIFEST)
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(receipt_key)).verify(
            signature, CONTEXT + head)
        changes: dict[str, list] = {}
        for part in _parts(plain, manifest, head):
            info = replicated().get(part.name)
            if info is None:
                raise BundleError("Pakken indeholder en ukendt tabel.")
            body = part.rows()
            for values in body["rows"]:
                row = dict(zip(body["columns"], values, strict=True))
                changes.setdefault(part.name, []).append(
                    _checked_row(part.name, {c: row.get(c) for c in info.columns}))
    except InvalidSignature:
        raise RebuildError("Pakken er ikke underskrevet med jobcentrets nøgle i nøglefilen."
                           ) from None
    except (ValueError, SchemaError, FremskudtError) as exc:
        reason = exc.message if isinstance(exc, FremskudtError) else "den kan ikke læses"
        raise RebuildError("Genopbygningspakken er afvist: {reason}", reason=reason) from None
    if uuid.UUID(manifest["device_id"]) != uuid.UUID(pending["device_id"]):
        raise RebuildError("Pakken er lavet til en anden arbejdsstation.")
    return manifest, changes


def rebuild(paths: DataPaths, bundle: Path, key_file: bytes,
            now: dt.datetime | None = None) -> Rebuilt:
    """Open the office on this workstation from the central's rebuild bundle."""
    require_absent(paths)
    pending = _pending(paths)
    keys, receipt = read_key_file(key_file)
    manifest, changes = _opened(Path(bundle), pending, receipt)
    now = now or dt.datetime.now(dt.UTC)
    digest = _make_store(paths, pending, manifest, changes, keys, receipt, now)
    (paths.root / PENDING_FILE).unlink(missing_ok=True)
    return Rebuilt(manifest["office"], sum(len(rows) for rows in changes.values()), digest,
                   manifest["lost"], trust_fingerprint(keys[0][1], receipt))


def _make_store(paths: DataPaths, pending: dict, manifest: dict, changes: dict[str, list],
                keys: list[tuple[str, str]], receipt: str, now: dt.datetime) -> str:
    device_id = uuid.UUID(pending["device_id"])
    keyring, key = Keyring.new()
    engine = create_store_engine(paths.store, key)
    try:
        upgrade_to_head(engine, key, paths.backups)
        if os.name == "posix":
            paths.store.chmod(0o600)
        sessions = make_session_factory(engine)
        with sessions.begin() as session:
            session.add(m.DeviceClock(device_id=device_id, counter=0))
            session.add(m.LocalDevice(device_id=device_id, origin_id=device_id,
                                      signing_key_private=bytes.fromhex(pending["signing"]),
                                      age_identity=pending["age_identity"]))
            session.execute(m.LocalSetting.__table__.delete())
            # the central holds the case content opened: the first case role's login seals it
            session.add(m.LocalSetting(key=CASE_CONTENT_UNSEALED, value="1"))
        changelog.install(sessions, device_id)
        staffkeys.install(sessions)
        me = local.Me(device_id, device_id)
        with sessions.begin() as session:
            apply_changes(session, me, changes, now)
            digest = collect.digest(session, None)
            if digest != manifest["digest"]:
                raise RebuildError("Kontorets data efter genopbygningen svarer ikke til "
                                   "jobcentrets kopi (kontrolsummen afviger).")
            held = {o["origin"]: o["counter"] for o in manifest["origins"]}
            local.merge_vv(session, me, held, {o["origin"]: uuid.UUID(o["device"]).hex
                                              for o in manifest["origins"]})
            _join_office(session, device_id, pending, manifest)
            for key_id, recipient in keys:
                session.add(m.CentralKey(key_id=key_id, recipient=recipient,
                                         receipt_key=receipt, added_at=now))
            accounts = list(session.execute(select(m.StaffAccount)).scalars())
            staffkeys.mirror(keyring, key, accounts)
        keyring.save(paths.keyring)
    except BaseException:
        engine.dispose()
        for leftover in (paths.store, paths.keyring):
            leftover.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            paths.store.with_name(paths.store.name + suffix).unlink(missing_ok=True)
        raise
    engine.dispose()
    return digest


def _join_office(session, device_id: uuid.UUID, pending: dict, manifest: dict) -> None:
    """This workstation as a member of the office it rebuilt (its own row, made here)."""
    office = session.get(m.Office, uuid.UUID(manifest["office_id"]))
    if office is None or session.execute(select(func.count()).select_from(m.Office)
                                         ).scalar() != 1:
        raise RebuildError("Genopbygningspakken indeholder ikke kontoret.")
    used = set(session.execute(select(m.Workstation.letter)).scalars())
    signing = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(pending["signing"]))
    session.add(m.Workstation(
        id=device_id, office_id=office.id, name=pending["name"],
        signing_key_public=signing.public_key().public_bytes(serialization.Encoding.Raw,
                                                             serialization.PublicFormat.Raw),
        age_recipient=str(x25519.Identity.from_str(pending["age_identity"]).to_public()),
        letter=next((ch for ch in LETTERS if ch not in used), "")))


__all__ = ["RebuildError", "rebuild", "request_rebuild"]
