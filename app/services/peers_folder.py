"""The folder transport ("Synkronisér via mappe", `fremskudt peers sync`), the member list,
revocation and conflicts: what the UI's workstations page and the CLI call."""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from app.db import models as m
from app.db.keyring import atomic_write
from app.domain.enums import AuditAction
from app.domain.errors import FremskudtError, NotFound, ValidationError
from app.domain.roles import Permission
from app.services import audit
from app.services.context import ServiceContext
from app.services.office import fingerprint
from app.services.peers import active_members, make_batch, receive_batch
from app.services.peers_join import Admission, admit_requests, check_name
from app.sync.office import local
from app.sync.office.batch import NAME, BatchRefused, NotForMe, UnknownSender

Confirm = Callable[[str, str, str], bool]  # (name, their fingerprint, our fingerprint)


@dataclass
class SyncReport:
    admitted: list[Admission] = field(default_factory=list)
    applied: list[tuple[str, int, int]] = field(default_factory=list)  # file, records, confl.
    refused: list[tuple[str, str]] = field(default_factory=list)  # file, Danish reason
    written: list[tuple[str, int]] = field(default_factory=list)  # file, records
    pending: int = 0
    # batches kept for later: their sender is not yet in the member list here
    waiting: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class MemberView:
    device_id: uuid.UUID
    name: str
    letter: str
    fingerprint: str
    this_device: bool
    joined_at: dt.datetime
    revoked_at: dt.datetime | None
    last_counter: int  # the last change accepted from it
    last_heard: dt.datetime | None


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    table_name: str
    row_id: uuid.UUID
    kind: str  # "edit" or "delete"
    loser_device: uuid.UUID
    loser_values: dict
    resolution: str


def sync_folder(ctx: ServiceContext, folder: Path, confirm: Confirm | None = None
                ) -> SyncReport:
    """Admit join requests (an administrator, after `confirm`), apply what the other members
    left for this one, then leave this member's batches for each of them. A refused batch is
    named with its reason (and audited) and left in the folder."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ValidationError("Mappen {folder} findes ikke.", field="folder", folder=folder)
    report = SyncReport()
    report.admitted = admit_requests(ctx, folder, confirm or (lambda *_a: False))
    own = {p.name for p in _own_files(ctx, folder)}
    waiting = sorted(p for p in folder.iterdir() if NAME.match(p.name) and p.name not in own)
    progress = True
    while waiting and progress:
        progress, retry = False, []
        for path in waiting:
            outcome = _receive_file(ctx, path, report)
            if outcome == "gap":
                retry.append(path)
            elif outcome == "applied":
                progress = True
        waiting = retry
    for path in waiting:
        report.refused.append((path.name, _gap_message()))
    for member in _peers(ctx):
        out = make_batch(ctx, member)
        if out is None:
            continue
        _write(folder, out.name, out.data)
        report.written.append((out.name, out.records))
    _clean(ctx, folder)
    with ctx.store.sessions() as session:
        report.pending = session.execute(select(func.count()).select_from(
            m.PendingRow)).scalar_one()
    return report


def _gap_message() -> str:
    return ("Pakken bygger på ændringer, som denne arbejdsstation ikke har (en tidligere "
            "pakke mangler). Synkronisér igen.")


def _receive_file(ctx: ServiceContext, path: Path, report: SyncReport) -> str:
    try:
        data = path.read_bytes()
    except OSError:
        return "skip"
    try:
        result = receive_batch(ctx, data, source=path.name)
    except NotForMe:
        return "skip"  # a batch for another member
    except UnknownSender as exc:
        report.waiting.append((path.name, exc.message))
        return "skip"
    except BatchRefused as exc:
        if exc.message == _gap_message():
            return "gap"
        report.refused.append((path.name, exc.message))
        return "refused"
    if result.status == "applied":
        report.applied.append((path.name, result.records, result.conflicts))
        return "applied"
    return "skip"


def _peers(ctx: ServiceContext) -> list[uuid.UUID]:
    with ctx.store.sessions() as session:
        return [w.id for w in active_members(session) if w.id != ctx.store.device_id]


def _write(folder: Path, name: str, data: bytes) -> None:
    part = folder / f".{name}.{secrets.token_hex(4)}.part"
    with open(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(part, folder / name)


def _clean(ctx: ServiceContext, folder: Path) -> None:
    """This member's files a peer has applied, or that a newer batch to it replaces."""
    with ctx.store.sessions() as session:
        current = {s.out_file for s in session.execute(select(m.PeerState)).scalars()}
        acked = {s.acked_batch + ".fob" for s in session.execute(select(m.PeerState)).scalars()
                 if s.acked_batch}
    for path in _own_files(ctx, folder):
        if path.name not in current or path.name in acked:
            path.unlink(missing_ok=True)


def _own_files(ctx: ServiceContext, folder: Path) -> list[Path]:
    """The batch files this member wrote (recorded in its sent-files log)."""
    log = ctx.store.paths.root / "office.sent.json"
    try:
        sent = set(json.loads(log.read_text("utf-8")))
    except (FileNotFoundError, ValueError):
        sent = set()
    with ctx.store.sessions() as session:
        sent |= {s.out_file for s in session.execute(select(m.PeerState)).scalars()
                 if s.out_file}
    present = [folder / name for name in sent if (folder / name).exists()]
    atomic_write(log, json.dumps(sorted(p.name for p in present)).encode())
    return present


def list_members(ctx: ServiceContext) -> list[MemberView]:
    with ctx.transaction() as session:
        counters = local.device_counters(session)
        own = session.get(m.DeviceClock, ctx.store.device_id).counter
        states = {s.device_id: s for s in session.execute(select(m.PeerState)).scalars()}
        out = []
        for w in session.execute(select(m.Workstation).order_by(m.Workstation.letter,
                                                                m.Workstation.name)).scalars():
            mine = w.id == ctx.store.device_id
            state = states.get(w.id)
            out.append(MemberView(w.id, w.name, w.letter, fingerprint(w.signing_key_public),
                                  mine, w.created_at, w.revoked_at,
                                  own if mine else counters.get(w.id.hex, 0),
                                  state.last_in_at if state else None))
        return out


def revoke(ctx: ServiceContext, device: str) -> MemberView:
    """Revoke a workstation (lost, stolen, retired): every member that learns of it refuses
    its changes after the last one accepted here, even when another member passes them on."""
    ctx.require(Permission.ADMIN)
    with ctx.transaction() as session:
        station = _find_station(session, device)
        if station.id == ctx.store.device_id:
            raise ValidationError("En arbejdsstation kan ikke spærre sig selv.", field="device")
        if station.revoked_at is None:
            station.revoked_at = ctx.now()
            station.revoked_by = ctx.store.device_id
            station.revoked_counter = local.device_counters(session).get(station.id.hex, 0)
            audit.record(ctx, session, AuditAction.CHANGE, object_type="workstation",
                         object_id=station.id, detail=f"arbejdsstation spærret: "
                         f"{station.name}, sidste ændring {station.revoked_counter}")
    return next(v for v in list_members(ctx) if v.device_id == station.id)


def rename(ctx: ServiceContext, device: str, name: str) -> MemberView:
    """Rename a workstation (administrator): a replicated change of the member list, so
    every member and the central learn it. Names are 1-40 characters and unique in the
    office (nor another member's queue letter, which `peers revoke` also accepts)."""
    ctx.require(Permission.ADMIN)
    clean = check_name(name)
    with ctx.transaction() as session:
        station = _find_station(session, device)
        for other in session.execute(select(m.Workstation)).scalars():
            if other.id != station.id and clean.casefold() in (other.name.casefold(),
                                                               other.letter.casefold()):
                raise ValidationError("Navnet {name} bruges allerede af en anden "
                                      "arbejdsstation i kontoret.", field="name", name=clean)
        if station.name != clean:
            audit.record(ctx, session, AuditAction.CHANGE, object_type="workstation",
                         object_id=station.id, detail=f"arbejdsstation omdøbt: "
                         f"{station.name} -> {clean}")
            station.name = clean
    return next(v for v in list_members(ctx) if v.device_id == station.id)


def _find_station(session, device: str) -> m.Workstation:
    text = (device or "").strip().lower()
    for w in session.execute(select(m.Workstation)).scalars():
        if text in (str(w.id), w.id.hex, w.name.lower(), w.letter.lower()):
            return w
    raise NotFound("Arbejdsstationen {device} findes ikke i kontoret.", device=device)


def conflicts(ctx: ServiceContext, row_id: uuid.UUID | None = None,
              open_only: bool = True) -> list[ConflictView]:
    """The kept losing versions (of one record when `row_id` is given)."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        query = select(m.Conflict).order_by(m.Conflict.loser_hlc)
        if row_id is not None:
            query = query.where(m.Conflict.row_id == row_id)
        if open_only:
            query = query.where(m.Conflict.resolution == "")
        return [ConflictView(c.id, c.table_name, c.row_id, c.kind, c.loser_device,
                             json.loads(c.loser_values) if c.loser_values else {},
                             c.resolution)
                for c in session.execute(query).scalars()]


def resolve_conflict(ctx: ServiceContext, conflict_id: uuid.UUID, resolution: str) -> None:
    """Close a conflict: "kept" (this version stays), "other" or "merged" (the record was
    changed by the caller's own edit, made with the record's services first)."""
    ctx.require(Permission.CASE_WRITE)
    if resolution not in ("kept", "other", "merged"):
        raise ValidationError("Ukendt afgørelse af konflikten.", field="resolution")
    with ctx.transaction() as session:
        conflict = session.get(m.Conflict, conflict_id)
        if conflict is None:
            raise NotFound("Konflikten findes ikke.")
        conflict.resolution, conflict.resolved_by = resolution, ctx.user.id
        conflict.resolved_at = ctx.now()
        audit.record(ctx, session, AuditAction.CHANGE, object_type="conflict",
                     object_id=conflict.id, detail=f"konflikt afgjort: {resolution}")


__all__ = ["FremskudtError", "SyncReport", "sync_folder"]
