"""The office's workstations (issue 18): batches to and from the other members, the folder
transport, the member list, revocation, conflicts and the office digest.

The engine is app.sync.office; this module holds the transaction boundaries, the checks
that refuse a batch whole and the audit entries. docs/office-sync.md describes the protocol."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import uuid
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.db import staffkeys
from app.db.migrate import head_revision
from app.domain.enums import AuditAction
from app.domain.errors import FremskudtError
from app.services import audit, caseload
from app.services.context import ServiceContext
from app.sync.office import local
from app.sync.office import vv as vvs
from app.sync.office.apply import ApplyResult, apply_changes
from app.sync.office.batch import (
    SUFFIX,
    Batch,
    BatchRefused,
    Header,
    NotForMe,
    UnknownSender,
    build_batch,
    join_mac,
    peek,
    read_batch,
)
from app.sync.office.collect import collect

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OutBatch:
    peer: uuid.UUID
    name: str
    data: bytes
    records: int


@dataclass(frozen=True)
class InResult:
    status: str  # "applied" or "already"
    sender: uuid.UUID
    records: int
    conflicts: int
    pending: int
    refused_versions: int


def me_of(ctx: ServiceContext) -> local.Me:
    return local.Me(ctx.store.device_id, ctx.store.origin_id or ctx.store.device_id)


def _peer_state(session: Session, peer: uuid.UUID) -> m.PeerState:
    state = session.get(m.PeerState, peer)
    if state is None:
        state = m.PeerState(device_id=peer, known_vv="{}", known_hlc=0, declared_vv="",
                            out_seq=0, out_sha256="", out_file="", acked_batch="",
                            in_batch="", in_seq=0)
        session.add(state)
        session.flush()
    return state


def active_members(session: Session) -> list[m.Workstation]:
    return list(session.execute(select(m.Workstation).where(
        m.Workstation.revoked_at.is_(None)).order_by(m.Workstation.name)).scalars())


def make_batch(ctx: ServiceContext, peer_id: uuid.UUID, *, force: bool = False
               ) -> OutBatch | None:
    """This member's batch for `peer_id`: every row version the peer (as far as its own
    last batch told) lacks, with what this member has and the peer's batch it applied last.
    None when there is nothing to tell it (unless `force`)."""
    me = me_of(ctx)
    with ctx.store.sessions.begin() as session:
        peer = session.get(m.Workstation, peer_id)
        if peer is None or peer.revoked_at is not None or not peer.age_recipient:
            return None
        state = _peer_state(session, peer_id)
        base = vvs.parse(state.known_vv)
        mine = local.declared_vv(session, me)
        changes = collect(session, base, local.revoked_devices(session))
        told = vvs.text(mine)  # (an acknowledgement alone is no reason for a batch)
        if not changes and told == state.declared_vv and not force:
            return None
        station = session.get(m.Workstation, me.device_id)
        office = session.get(m.Office, station.office_id)
        device = session.get(m.LocalDevice, me.device_id)
        clock = session.get(m.DeviceClock, me.device_id)
        stamp = max(clock.hlc + 1, local.physical_hlc())
        local.observe_hlc(session, me, stamp)
        batch_id = uuid.uuid4().hex
        header = Header(batch_id, me.device_id, office.id, state.out_seq + 1,
                        state.out_sha256, peer_id, base, mine,
                        local.origin_devices(session, me), state.in_batch, stamp,
                        _welcome_mac(session, peer_id, state, batch_id, station),
                        head_revision())
        data = build_batch(header, changes, office.name, ctx.user.username,
                           ctx.now().isoformat(), clock.counter,
                           Ed25519PrivateKey.from_private_bytes(device.signing_key_private),
                           peer.age_recipient)
        records = sum(len(rows) for _cols, rows in changes.values())
        state.out_seq += 1
        state.out_sha256 = hashlib.sha256(data).hexdigest()
        state.out_file = batch_id + SUFFIX
        state.declared_vv = told
        state.last_out_at = ctx.now()
        # no audit entry: a batch is office plumbing, and an entry would itself be a change
        # to send (the exchange would never rest); refusals are audited
        log.info("office batch %s to %s: %d records", header.seq, peer_id, records)
    return OutBatch(peer_id, batch_id + SUFFIX, data, records)


def _welcome_mac(session: Session, peer_id: uuid.UUID, state: m.PeerState, batch_id: str,
                 station: m.Workstation) -> str:
    """The first batches to a member admitted by our join code carry the code's MAC, so the
    joining workstation knows whom it joins before it trusts any key."""
    if state.known_hlc:
        return ""
    invite = session.execute(select(m.JoinInvite).where(
        m.JoinInvite.used_by == peer_id)).scalar_one_or_none()
    if invite is None:
        return ""
    return join_mac(bytes.fromhex(invite.code_hash), batch_id, station.signing_key_public)


def refuse(ctx: ServiceContext, exc: FremskudtError, source: str) -> BatchRefused:
    """Record a refused batch in the audit log (its own transaction) and return the error."""
    with ctx.transaction() as session:
        audit.record(ctx, session, AuditAction.CHANGE, object_type="office_batch",
                     detail=f"pakke afvist ({source}): {exc.message}"[:1000])
    return exc if isinstance(exc, BatchRefused) else BatchRefused(exc.template, **exc.params)


def receive_batch(ctx: ServiceContext, data: bytes, source: str = "") -> InResult:
    """Check a batch from another member and apply it whole, or refuse it whole (with an
    audit entry): not for this workstation, another office, not a member, a revoked member,
    a changed or cut file, another version, or a gap (it assumes changes this workstation
    does not have). A batch already applied is skipped quietly."""
    try:
        batch = _checked(ctx, data)
    except (NotForMe, UnknownSender):
        raise
    except BatchRefused as exc:
        raise refuse(ctx, exc, source) from None
    me = me_of(ctx)
    header = batch.header
    with ctx.transaction() as session:
        if session.get(m.AppliedBatch, header.batch_id) is not None:
            return InResult("already", header.sender, 0, 0, 0, 0)
        gap = not vvs.leq(header.base_vv, local.declared_vv(session, me))
        if not gap:
            result = apply_changes(session, me, batch.changes, ctx.now())
            _after_apply(ctx, session, batch, me, result)
    if gap:
        raise refuse(ctx, BatchRefused(
            "Pakken bygger på ændringer, som denne arbejdsstation ikke har (en tidligere "
            "pakke mangler). Synkronisér igen."), source)
    return InResult("applied", header.sender, batch.records, result.conflicts,
                    result.pending, result.refused)


def _checked(ctx: ServiceContext, data: bytes) -> Batch:
    me = me_of(ctx)
    with ctx.store.sessions() as session:
        device = session.get(m.LocalDevice, me.device_id)
        identity = x25519.Identity.from_str(device.age_identity)
        office_id = session.execute(select(m.Office.id)).scalar_one()
        manifest, plaintext = peek(data, identity)
        if uuid.UUID(manifest["office_id"]) != office_id:
            raise BatchRefused("Pakken er fra et andet kontor.")
        sender = session.get(m.Workstation, uuid.UUID(manifest["device_id"]))
        if sender is None:
            raise UnknownSender("Pakken er fra en arbejdsstation, der ikke er medlem af "
                                "kontoret (endnu).")
        if sender.revoked_at is not None:
            raise BatchRefused("Pakken er fra arbejdsstationen {name}, som er spærret.",
                               name=sender.name)
        batch = read_batch(data, plaintext, sender.signing_key_public)
    if batch.header.recipient != me.device_id:
        raise NotForMe("Pakken er ikke til denne arbejdsstation.")
    if batch.header.schema != head_revision():
        raise BatchRefused("Pakken er fra en anden version af Fremskudt. Opdatér begge "
                           "arbejdsstationer.")
    return batch


def _after_apply(ctx: ServiceContext, session: Session, batch: Batch, me: local.Me,
                 result: ApplyResult) -> None:
    header = batch.header
    revoked = local.revoked_devices(session)
    devices = {o: d for o, d in header.origins.items() if d not in revoked}
    local.merge_vv(session, me, header.sender_vv, devices)
    local.observe_hlc(session, me, header.hlc)
    state = _peer_state(session, header.sender)
    if header.hlc > state.known_hlc:
        state.known_vv, state.known_hlc = vvs.text(header.sender_vv), header.hlc
        state.acked_batch = header.acked
    state.in_batch, state.in_seq, state.last_in_at = header.batch_id, header.seq, ctx.now()
    session.add(m.AppliedBatch(batch_id=header.batch_id, sender=header.sender,
                               seq=header.seq, sha256=batch.sha256, records=batch.records,
                               applied_at=ctx.now()))
    log.info("office batch %s from %s: %d records, %d conflicts, %d pending", header.seq,
             header.sender, batch.records, result.conflicts, result.pending)
    if "staff_account" in result.touched:
        mirror_accounts(ctx, session)
    _refresh_due(ctx, session, result)


def mirror_accounts(ctx: ServiceContext, session: Session) -> None:
    accounts = list(session.execute(select(m.StaffAccount)).scalars())
    if staffkeys.mirror(ctx.store.keyring, ctx.store._key, accounts):
        ctx.store.keyring.save(ctx.store.paths.keyring)


def _refresh_due(ctx: ServiceContext, session: Session, result: ApplyResult) -> None:
    """The caseload's stored rows of the courses whose facts came in."""
    courses = {uuid.UUID(i) for i in result.touched.get("course", ())}
    citizens = [uuid.UUID(i) for i in result.touched.get("citizen", ())]
    if citizens:
        courses.update(session.execute(select(m.Course.id).where(
            m.Course.citizen_id.in_(citizens))).scalars())
    for table, ids in result.touched.items():
        model = {t.__tablename__: t for t in (m.StepPeriod, m.ExemptionPeriod, m.JobGoal,
                                               m.ContactEntry, m.Agreement, m.StepUp,
                                               m.MatchActivity)}.get(table)
        if model is not None:
            courses.update(c for c in session.execute(select(model.course_id).where(
                model.id.in_([uuid.UUID(i) for i in ids]))).scalars() if c is not None)
    present = list(session.execute(select(m.Course.id).where(
        m.Course.id.in_(list(courses)))).scalars()) if courses else []
    if present and ctx.case_key is not None:
        caseload.refresh_due(session, ctx.today(), present)


def digest(ctx: ServiceContext) -> str:
    """The office digest (app.sync.office.collect.digest): case content is compared opened,
    so only a role that holds the case data key can make it."""
    from app.sync.office.collect import digest as office_digest

    if ctx.case_key is None:
        raise FremskudtError("Kontorets kontrolsum kræver en rolle med adgang til sagernes "
                             "indhold.")
    with ctx.store.sessions() as session:  # reading only: a read-only login can make it
        return office_digest(session, ctx.case_key)


def observed_at(value: dt.datetime | None) -> str:
    return value.astimezone().strftime("%d.%m.%Y %H:%M") if value else ""
