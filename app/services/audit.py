"""The audit log: written by the services in the same transaction as the action it records.

Each entry carries the SHA-256 of the entry before it, so an edited, deleted or reordered entry
breaks the chain (Datatilsynet's guidance on logging, 2024)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import AuditEntry
from app.domain.enums import AuditAction
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
