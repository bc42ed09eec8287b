"""Joining an office (issue 18): a one-time code on a member, a request from the new
workstation through the folder, admission with both fingerprints, and the welcome (the
whole office state) that makes the new workstation's own store.

The code is 100 random bits, valid 15 minutes, used once; the inviter keeps only a key
derived from it (HKDF-SHA256). The request and the welcome carry HMAC-SHA256 tags under that
key, so each side knows the other's keys come from whoever holds the code."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import os
import platform
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pyrage import x25519
from sqlalchemy import func, select

from app.db import changelog, staffkeys
from app.db import models as m
from app.db.engine import create_store_engine, make_session_factory
from app.db.keyring import Keyring, atomic_write
from app.db.migrate import upgrade_to_head
from app.db.store import require_absent
from app.domain.enums import AuditAction
from app.domain.errors import FremskudtError, ValidationError
from app.domain.roles import Permission
from app.paths import DataPaths
from app.services import audit
from app.services.context import ServiceContext
from app.services.office import fingerprint
from app.sync.office import local
from app.sync.office import vv as vvs
from app.sync.office.apply import apply_changes
from app.sync.office.batch import BatchRefused, join_mac, peek, read_batch
from app.sync.schema import Int, Obj, SchemaError, Str, load_json

INVITE_MINUTES = 15
PENDING_FILE = "office.join.json"  # in the joining workstation's data folder, 0600
REQUEST_PREFIX = "join-"
CODE_CHARS = 20  # base32: 100 bits
NAME_MAX = 40  # a workstation's name, unique in the office
REQUEST = Obj({"format": ("fremskudt-join-request",), "version": Int(1, 1),
               "device_id": Str(36, r"[0-9a-f-]{32,36}", 32), "name": Str(200, None, 1),
               "signing_public": Str(64, r"[0-9a-f]{64}", 64),
               "age_recipient": Str(100, r"age1[0-9a-z]+", 10), "mac": Str(64, r"[0-9a-f]{64}")})


class JoinError(FremskudtError):
    """Joining an office failed; nothing was created."""


@dataclass(frozen=True)
class InviteView:
    code: str  # shown once
    expires_at: dt.datetime
    office_fingerprint: str  # the inviting workstation's signing key


@dataclass(frozen=True)
class JoinRequestView:
    device_id: uuid.UUID
    fingerprint: str
    request_file: Path


@dataclass(frozen=True)
class Admission:
    device_id: uuid.UUID
    name: str
    fingerprint: str


def code_key(code: str) -> bytes:
    compact = "".join(ch for ch in (code or "").upper() if ch.isalnum())
    if len(compact) != CODE_CHARS:
        raise ValidationError("Tilslutningskoden skal have {n} tegn.", field="code",
                              n=CODE_CHARS)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"fremskudt join code v1").derive(compact.encode("ascii"))


def check_name(name: str | None) -> str:
    """A workstation's name as typed: spaces collapsed, 1-40 characters."""
    clean = " ".join((name or "").split())
    if not 1 <= len(clean) <= NAME_MAX:
        raise ValidationError("Arbejdsstationens navn skal have 1-{n} tegn.", field="name",
                              n=NAME_MAX)
    return clean


def default_name(device_id: uuid.UUID) -> str:
    """The host name and a short device id: two machines both called "vm" still differ."""
    host = (platform.node() or "Arbejdsstation").split(".")[0] or "Arbejdsstation"
    return f"{host[:NAME_MAX - 7]}-{device_id.hex[:6]}"


def unique_name(session, wanted: str, letter: str, device_id: uuid.UUID) -> str:
    """`wanted`, or, when another member of the office has that name, `wanted (letter)`."""
    taken = {w.name.casefold() for w in session.execute(select(m.Workstation)).scalars()
             if w.id != device_id}
    name = " ".join(wanted.split())[:NAME_MAX] or default_name(device_id)
    if name.casefold() in taken:
        name = f"{name[:NAME_MAX - 4]} ({letter})"
    return name


def invite(ctx: ServiceContext) -> InviteView:
    """A one-time join code for a new workstation (administrator only)."""
    ctx.require(Permission.ADMIN)
    raw = base64.b32encode(secrets.token_bytes(CODE_CHARS * 5 // 8)).decode("ascii")
    code = "-".join(raw[i:i + 4] for i in range(0, CODE_CHARS, 4))
    expires = ctx.now() + dt.timedelta(minutes=INVITE_MINUTES)
    with ctx.transaction() as session:
        session.add(m.JoinInvite(code_hash=code_key(code).hex(), created_at=ctx.now(),
                                 expires_at=expires))
        station = session.get(m.Workstation, ctx.store.device_id)
        audit.record(ctx, session, AuditAction.CREATE, object_type="join_invite",
                     detail=f"tilslutningskode gyldig til {expires.isoformat()}")
        return InviteView(code, expires, fingerprint(station.signing_key_public))


def _mac(key: bytes, body: dict) -> str:
    payload = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(key, b"fremskudt join request v1|" + payload, hashlib.sha256).hexdigest()


def request_join(paths: DataPaths, folder: Path, code: str,
                 name: str | None = None) -> JoinRequestView:
    """On a workstation with no office yet: make its keys (kept in a 0600 file until the
    join completes) and leave a request, tagged with the code, in `folder`. Without a
    `name` the workstation is called by its host name and a short device id."""
    require_absent(paths)
    name = None if name is None else check_name(name)
    folder = Path(folder)
    if not folder.is_dir():
        raise ValidationError("Mappen {folder} findes ikke.", field="folder", folder=folder)
    key = code_key(code)
    paths.ensure()
    device_id = uuid.uuid4()
    signing = Ed25519PrivateKey.generate()
    identity = x25519.Identity.generate()
    public = signing.public_key().public_bytes(serialization.Encoding.Raw,
                                               serialization.PublicFormat.Raw)
    body = {"format": "fremskudt-join-request", "version": 1, "device_id": str(device_id),
            "name": name or default_name(device_id), "signing_public": public.hex(),
            "age_recipient": str(identity.to_public())}
    pending = {"device_id": str(device_id), "name": body["name"], "code_key": key.hex(),
               "signing": signing.private_bytes(serialization.Encoding.Raw,
                                                serialization.PrivateFormat.Raw,
                                                serialization.NoEncryption()).hex(),
               "age_identity": str(identity)}
    atomic_write(paths.root / PENDING_FILE, json.dumps(pending).encode())
    request = folder / f"{REQUEST_PREFIX}{secrets.token_hex(16)}.json"
    atomic_write(request, json.dumps(dict(body, mac=_mac(key, body))).encode())
    return JoinRequestView(device_id, fingerprint(public), request)


def pending_join(paths: DataPaths) -> dict | None:
    try:
        return json.loads((paths.root / PENDING_FILE).read_text("utf-8"))
    except FileNotFoundError:
        return None


def admit_requests(ctx: ServiceContext, folder: Path,
                   confirm: Callable[[str, str, str], bool]) -> list[Admission]:
    """Admit the join requests in `folder` that carry a valid, unused code of this member:
    `confirm(name, their fingerprint, our fingerprint)` decides (the fingerprints are read
    aloud). Requests with no valid code are refused (audit entry) and left."""
    if not ctx.user.can(Permission.ADMIN):
        return []
    admitted = []
    for path in sorted(Path(folder).glob(f"{REQUEST_PREFIX}*.json")):
        try:
            doc = load_json(path.read_bytes(), REQUEST, 16 * 1024, 2, "anmodningen")
        except (SchemaError, OSError):
            continue
        with ctx.transaction() as session:
            if session.get(m.Workstation, uuid.UUID(doc["device_id"])) is not None:
                path.unlink(missing_ok=True)
                continue
            invite_row = _matching_invite(ctx, session, doc)
            if invite_row is None:
                audit.record(ctx, session, AuditAction.CHANGE, object_type="join_invite",
                             detail="tilslutning afvist: koden passer ikke eller er udløbet")
                continue
            ours = fingerprint(session.get(m.Workstation, ctx.store.device_id)
                               .signing_key_public)
            theirs = fingerprint(bytes.fromhex(doc["signing_public"]))
            if not confirm(doc["name"], theirs, ours):
                continue
            name = _admit(ctx, session, doc, invite_row)
            admitted.append(Admission(uuid.UUID(doc["device_id"]), name, theirs))
        path.unlink(missing_ok=True)
    return admitted


def _matching_invite(ctx: ServiceContext, session, doc: dict) -> m.JoinInvite | None:
    body = {k: v for k, v in doc.items() if k != "mac"}
    for row in session.execute(select(m.JoinInvite).where(
            m.JoinInvite.used_at.is_(None))).scalars():
        if row.expires_at >= ctx.now() and hmac.compare_digest(
                _mac(bytes.fromhex(row.code_hash), body), doc["mac"]):
            return row
    return None


def _admit(ctx: ServiceContext, session, doc: dict, invite_row: m.JoinInvite) -> str:
    """Add the member (its queue letter the first free one, its name made unique in the
    office); returns the name it got."""
    device_id = uuid.UUID(doc["device_id"])
    me = session.get(m.Workstation, ctx.store.device_id)
    used = set(session.execute(select(m.Workstation.letter)).scalars())
    letter = next(ch for ch in "ABCDEFGHJKLMNPQRSTUVWXYZ" if ch not in used)
    name = unique_name(session, doc["name"], letter, device_id)
    admission = json.dumps({"office_id": str(me.office_id), "device_id": str(device_id),
                            "signing_public": doc["signing_public"],
                            "age_recipient": doc["age_recipient"]}, sort_keys=True)
    signing = Ed25519PrivateKey.from_private_bytes(
        session.get(m.LocalDevice, ctx.store.device_id).signing_key_private)
    session.add(m.Workstation(
        id=device_id, office_id=me.office_id, name=name,
        signing_key_public=bytes.fromhex(doc["signing_public"]),
        age_recipient=doc["age_recipient"], letter=letter, joined_by=me.id,
        admission_sig=signing.sign(b"fremskudt admission v1|" + admission.encode()).hex()))
    invite_row.used_at, invite_row.used_by = ctx.now(), device_id
    audit.record(ctx, session, AuditAction.CREATE, object_type="workstation",
                 object_id=device_id, detail=f"arbejdsstation optaget: {name} "
                 f"(bogstav {letter})")
    return name


def complete_join(paths: DataPaths, folder: Path, now: dt.datetime | None = None
                  ) -> tuple[uuid.UUID, str] | None:
    """On the joining workstation: when the welcome is in `folder`, check that it comes
    from the holder of the code, make this workstation's own store (its own random store
    key) with the whole office state, and let the office's staff in with their own
    passwords. Returns (the inviting member, its fingerprint), or None while it waits."""
    pending = pending_join(paths)
    if pending is None:
        raise JoinError("Der er ingen tilslutning i gang i {folder}.", folder=paths.root)
    identity = x25519.Identity.from_str(pending["age_identity"])
    for path in sorted(Path(folder).glob("*.fob")):
        try:
            data = path.read_bytes()
            manifest, plaintext = peek(data, identity)
        except (OSError, FremskudtError):
            continue
        sender_public = _welcome_sender_key(plaintext, manifest)
        batch = read_batch(data, plaintext, sender_public)
        expected = join_mac(bytes.fromhex(pending["code_key"]), batch.header.batch_id,
                            sender_public)
        if not batch.header.join_mac or not hmac.compare_digest(batch.header.join_mac,
                                                               expected):
            raise JoinError("Velkomstpakken er ikke fra den arbejdsstation, der gav koden.")
        _make_store(paths, pending, batch, now or dt.datetime.now(dt.UTC))
        (paths.root / PENDING_FILE).unlink(missing_ok=True)
        return batch.header.sender, fingerprint(sender_public)
    return None


def _welcome_sender_key(plaintext: bytes, manifest: dict) -> bytes:
    """The sender's public key as its own welcome states it (trusted only after the join
    code's MAC over it has been checked)."""
    from app.sync.bundle import Part, read_manifest

    _m, head, _sig = read_manifest(plaintext)
    offset = 8 + len(head) + 64
    for entry in manifest["parts"]:
        data = plaintext[offset:offset + entry["bytes"]]
        offset += entry["bytes"]
        if entry["name"] != "workstation":
            continue
        body = Part(entry["name"], data, entry["records"], entry.get("size", 0)).rows()
        for row in body["rows"]:
            values = dict(zip(body["columns"], row, strict=True))
            if values["id"] == uuid.UUID(manifest["device_id"]).hex:
                return base64.b64decode(values["signing_key_public"])
    raise BatchRefused("Velkomstpakken nævner ikke sin afsender.")


def _make_store(paths: DataPaths, pending: dict, batch, now: dt.datetime) -> None:
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
        changelog.install(sessions, device_id)
        staffkeys.install(sessions)
        me = local.Me(device_id, device_id)
        with sessions.begin() as session:
            apply_changes(session, me, batch.changes, now)
            header = batch.header
            local.merge_vv(session, me, header.sender_vv, header.origins)
            local.observe_hlc(session, me, header.hlc)
            session.add(m.PeerState(device_id=header.sender, known_vv=vvs.text(
                header.sender_vv), known_hlc=header.hlc, declared_vv="", out_seq=0,
                out_sha256="", out_file="", acked_batch=header.acked,
                in_batch=header.batch_id, in_seq=header.seq, last_in_at=now))
            session.add(m.AppliedBatch(batch_id=header.batch_id, sender=header.sender,
                                       seq=header.seq, sha256=batch.sha256,
                                       records=batch.records, applied_at=now))
            if session.get(m.Workstation, device_id) is None:
                raise JoinError("Velkomstpakken optager ikke denne arbejdsstation.")
            accounts = list(session.execute(select(m.StaffAccount)).scalars())
            staffkeys.mirror(keyring, key, accounts)
            if not session.execute(select(func.count()).select_from(m.Office)).scalar():
                raise JoinError("Velkomstpakken indeholder intet kontor.")
        keyring.save(paths.keyring)
    except BaseException:
        engine.dispose()
        for leftover in (paths.store, paths.keyring):
            leftover.unlink(missing_ok=True)
        raise
    engine.dispose()
