"""The audit log: written by the services in the same transaction as the action it records.

Each entry carries the SHA-256 of the entry before it, so an edited, deleted or reordered entry
breaks the chain (Datatilsynet's guidance on logging, 2024)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import AuditEntry, StaffAccount
from app.domain.enums import AuditAction
from app.domain.roles import Permission
from app.services.context import ServiceContext

GENESIS = "0" * 64


def entry_digest(entry: AuditEntry) -> str:
    payload = json.dumps(
        [
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
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


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
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.entry_hash).order_by(AuditEntry.seq.desc()).limit(1)
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


@dataclass(frozen=True)
class ChainReport:
    entries: int
    problems: tuple[str, ...]

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
    previous_hash, previous_seq, count = GENESIS, 0, 0
    with ctx.transaction() as session:
        for entry in session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars():
            count += 1
            if entry.seq != previous_seq + 1:
                problems.append(f"Logpost {previous_seq + 1}-{entry.seq - 1} mangler.")
            if entry.prev_hash != previous_hash:
                problems.append(f"Logpost {entry.seq} peger ikke på den forrige post.")
            if entry_digest(entry) != entry.entry_hash:
                problems.append(f"Logpost {entry.seq} er ændret.")
            previous_hash, previous_seq = entry.entry_hash, entry.seq
    return ChainReport(count, tuple(problems))


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
