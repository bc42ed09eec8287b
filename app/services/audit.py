"""The audit log: written by the services in the same transaction as the action it records.

Each entry carries the SHA-256 of the entry before it, so an edited, deleted or reordered entry
breaks the chain (Datatilsynet's guidance on logging, 2024).

A chain kept only in the store proves nothing against someone holding the store key: they can
rewrite an entry and recompute every hash after it. So the chain is anchored outside the store:
the head (sequence number and hash of the last entry, an `Anchor`) travels in every bundle's
signed manifest, the central checks that it extends the one before (`check_continuity` over the
entries the bundle carries), and its signed receipt echoes the anchor back. The office keeps
those receipts; `verify_chain` compares the local chain with them."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import AuditEntry, CentralKey, LocalSetting, StaffAccount
from app.domain.audit_chain import (  # noqa: F401 - re-exported for the sync and peer code
    GENESIS,
    GENESIS_ANCHOR,
    Anchor,
    AuditChainBroken,
    check_continuity,
    digest,
    row_digest,
)
from app.domain.enums import AuditAction
from app.domain.errors import FremskudtError
from app.domain.roles import Permission
from app.services.context import ServiceContext
from app.sync.bundle import verify_receipt

# local settings (never replicated): the central's receipts that echo an anchor, and a
# pending rebase after a restored backup (services.sync)
ANCHORS_SETTING = "audit.anchor_receipts"
REBASE_SETTING = "audit.rebase"
ANCHORS_KEPT = 500


def entry_digest(entry: AuditEntry) -> str:
    return digest([
        entry.seq,
        entry.at.isoformat(),
        str(entry.staff_id or ""),
        entry.username,
        str(AuditAction(entry.action).value),
        entry.object_type,
        str(entry.object_id or ""),
        str(entry.citizen_id or ""),
        entry.detail,
        entry.prev_hash,
    ])


def record(
    ctx: ServiceContext,
    session: Session,
    action: AuditAction,
    *,
    object_type: str = "",
    object_id: uuid.UUID | None = None,
    citizen_id: uuid.UUID | None = None,
    detail: str = "",
) -> AuditEntry:
    # each workstation writes its own chain; the other members' chains arrive by replication
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.entry_hash).where(
            AuditEntry.version_device == ctx.store.device_id)
        .order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    entry = AuditEntry(
        seq=seq,
        at=ctx.now().astimezone(dt.UTC),
        staff_id=ctx.user.id,
        username=ctx.user.username,
        action=action,
        object_type=object_type,
        object_id=object_id,
        citizen_id=citizen_id,
        detail=detail,
        prev_hash=prev,
    )
    entry.entry_hash = entry_digest(entry)
    session.add(entry)
    return entry


def current_anchor(session: Session, device_id: uuid.UUID) -> Anchor:
    """The head of the audit chain of the entries `device_id` wrote (GENESIS_ANCHOR when
    there are none). Read it in the same transaction as the rows that travel with it."""
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.entry_hash).where(
            AuditEntry.version_device == device_id).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    return Anchor(last[0], last[1]) if last else GENESIS_ANCHOR


def remember_receipt(session: Session, receipt: bytes) -> None:
    """Keep a receipt from the central that echoes an anchor: verify_chain compares the
    local chain with it. It is signed by the central, so nobody here can make one."""
    setting = session.get(LocalSetting, ANCHORS_SETTING)
    kept = json.loads(setting.value) if setting is not None else []
    kept = [*kept, receipt.decode("utf-8")][-ANCHORS_KEPT:]
    session.merge(LocalSetting(key=ANCHORS_SETTING, value=json.dumps(kept)))


def prepare_rebase(session: Session, device_id: uuid.UUID, central: Anchor) -> bool:
    """After the central's status receipt: when this chain no longer holds the entry the
    central last acknowledged (a restored backup took it), the next bundle declares so
    openly, naming that anchor and the newest acknowledged one this chain still holds
    (the central accepts it and raises an alarm for its IT). True when a rebase is needed."""
    held = session.execute(select(AuditEntry.entry_hash).where(
        AuditEntry.version_device == device_id, AuditEntry.seq == central.seq)).scalar()
    if central == GENESIS_ANCHOR or held == central.sha256:
        return False
    hashes = dict(session.execute(select(AuditEntry.seq, AuditEntry.entry_hash).where(
        AuditEntry.version_device == device_id)).all())
    base = next((r.anchor for r in reversed(acknowledged_anchors(session))
                 if hashes.get(r.anchor.seq) == r.anchor.sha256), GENESIS_ANCHOR)
    session.merge(LocalSetting(key=REBASE_SETTING, value=json.dumps({
        "central_seq": central.seq, "central_sha256": central.sha256,
        "base_seq": base.seq, "base_sha256": base.sha256})))
    return True


def pending_rebase(session: Session) -> dict | None:
    """The rebase the next bundle declares (prepare_rebase), until a receipt accepts one."""
    setting = session.get(LocalSetting, REBASE_SETTING)
    return json.loads(setting.value) if setting is not None else None


def anchor_acknowledged(session: Session, receipt: bytes, body: dict) -> None:
    """An import receipt that echoes an anchor: keep it, and a declared rebase is done."""
    if "audit_seq" in body:
        remember_receipt(session, receipt)
        pending = session.get(LocalSetting, REBASE_SETTING)
        if pending is not None:
            session.delete(pending)


@dataclass(frozen=True)
class ReceiptAnchor:
    anchor: Anchor
    at: dt.datetime  # when the central accepted it (its clock, UTC)


def acknowledged_anchors(session: Session) -> list[ReceiptAnchor]:
    """The anchors of the kept receipts that verify with a receipt key trusted now, oldest
    entry first."""
    setting = session.get(LocalSetting, ANCHORS_SETTING)
    keys = {k.receipt_key for k in session.execute(select(CentralKey)).scalars()}
    found = {}
    for text in json.loads(setting.value) if setting is not None else []:
        for key in keys:
            try:
                body = verify_receipt(text.encode("utf-8"), key)
            except FremskudtError:
                continue
            if "audit_seq" in body and "audit_sha256" in body:
                at = dt.datetime.fromisoformat(body.get("imported_at") or "1970-01-01")
                found[body["audit_seq"]] = ReceiptAnchor(
                    Anchor(body["audit_seq"], body["audit_sha256"]),
                    at if at.tzinfo else at.replace(tzinfo=dt.UTC))
            break
    return [found[seq] for seq in sorted(found)]


@dataclass(frozen=True)
class ChainReport:
    entries: int
    problems: tuple[str, ...]
    anchored_at: dt.datetime | None = None  # the newest central receipt the chain matches
    anchor_seq: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chain(ctx: ServiceContext) -> ChainReport:
    """Walk the audit log in order: every entry's hash must match its content and name the
    entry before it, and the sequence must have no holes. An edited, deleted or reordered
    entry breaks it."""
    if not ctx.user.can(Permission.ADMIN):
        ctx.require(Permission.REPORTS)
    problems: list[str] = []
    previous_hash, previous_seq, count, device = GENESIS, 0, 0, None
    hashes: dict[int, str] = {}  # this workstation's own chain, for the central's receipts
    with ctx.transaction() as session:
        # each workstation writes its own chain (record); the others' arrive by replication
        for entry in session.execute(select(AuditEntry).order_by(
                AuditEntry.version_device, AuditEntry.seq)).scalars():
            if entry.version_device != device:
                previous_hash, previous_seq, device = GENESIS, 0, entry.version_device
                who = ("" if device == ctx.store.device_id
                       else f"Arbejdsstation {device.hex[:8]}: ")
            count += 1
            if entry.seq != previous_seq + 1:
                problems.append(f"{who}Logpost {previous_seq + 1}-{entry.seq - 1} mangler.")
            if entry.prev_hash != previous_hash:
                problems.append(f"{who}Logpost {entry.seq} peger ikke på den forrige post.")
            if entry_digest(entry) != entry.entry_hash:
                problems.append(f"{who}Logpost {entry.seq} er ændret.")
            previous_hash, previous_seq = entry.entry_hash, entry.seq
            if device == ctx.store.device_id:
                hashes[entry.seq] = entry.entry_hash
        anchors = acknowledged_anchors(session)
    return _against_anchors(count, problems, hashes, anchors)


def _against_anchors(count: int, problems: list[str], hashes: dict[int, str],
                     anchors: list[ReceiptAnchor]) -> ChainReport:
    """Compare the local chain with the central's receipts: the first receipt whose entry
    is not in the chain as the central accepted it bounds the first entry that differs."""
    matched: ReceiptAnchor | None = None
    for receipt in anchors:
        if hashes.get(receipt.anchor.seq) != receipt.anchor.sha256:
            first = matched.anchor.seq + 1 if matched else 1
            day = receipt.at.astimezone().strftime("%d.%m.%Y %H:%M")
            where = (f"logpost {first}" if first == receipt.anchor.seq
                     else f"en af logposterne {first}-{receipt.anchor.seq}")
            problems.append(f"Logkæden stemmer ikke med centralens kvittering af {day}: "
                            f"{where} er ændret, slettet eller skrevet om, siden centralen "
                            f"kvitterede for den.")
            return ChainReport(count, tuple(problems))
        matched = receipt
    if matched is None:
        return ChainReport(count, tuple(problems))
    return ChainReport(count, tuple(problems), matched.at, matched.anchor.seq)


@dataclass(frozen=True)
class AccessRow:
    at: dt.datetime
    who: str
    action: AuditAction
    what: str


def access_log(ctx: ServiceContext, citizen_id: uuid.UUID) -> list[AccessRow]:
    """GDPR art. 15 (Datatilsynet 2024): who read, searched, changed, printed or exported the
    citizen's data, and when. Reading it is itself logged."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        names = dict(session.execute(select(StaffAccount.username,
                                            StaffAccount.full_name)).all())
        rows = [AccessRow(e.at, names.get(e.username, e.username), AuditAction(e.action),
                          f"{e.object_type} {e.detail}".strip())
                for e in session.execute(select(AuditEntry).where(
                    AuditEntry.citizen_id == citizen_id).order_by(AuditEntry.seq)).scalars()]
        record(ctx, session, AuditAction.READ, object_type="access_log",
               citizen_id=citizen_id, detail="indsigtslog")
    return rows
