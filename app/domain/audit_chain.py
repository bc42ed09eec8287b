"""The audit log's hash chain and its anchor, as pure values (no database): shared by the
office's store (services.audit), the central's import (sync.central_audit) and the office
replication's peer batches.

Each entry carries the SHA-256 of the entry before it. The head of a device's chain, an
`Anchor` (the last entry's sequence number and hash), travels signed in every bundle and peer
batch; whoever receives it checks with `check_continuity` that it extends the last anchor they
accepted over the entries that came with it."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.domain.errors import FremskudtError

GENESIS = "0" * 64


@dataclass(frozen=True)
class Anchor:
    """The head of a device's audit chain: the last entry's sequence number and hash."""

    seq: int
    sha256: str

    def as_dict(self) -> dict:
        return {"seq": self.seq, "sha256": self.sha256}

    @classmethod
    def of(cls, doc: Mapping) -> Anchor:
        return cls(doc["seq"], doc["sha256"])


GENESIS_ANCHOR = Anchor(0, GENESIS)


class AuditChainBroken(FremskudtError):
    """An anchor that does not extend the one before it over the entries that came with it."""


def digest(fields: list) -> str:
    """The hash of one entry from its fields in chain order (services.audit.entry_digest)."""
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _uuid_text(value: object) -> str:
    return str(uuid.UUID(str(value))) if value else ""


def _at_text(value: object) -> str:
    at = dt.datetime.fromisoformat(str(value))
    return (at if at.tzinfo else at.replace(tzinfo=dt.UTC)).astimezone(dt.UTC).isoformat()


def row_digest(row: Mapping) -> str:
    """The hash of an audit entry as it travels: the raw column values of a bundle's or a peer
    batch's `audit_entry` part (UUIDs as hex, the time as SQLite writes it)."""
    return digest([
        row["seq"], _at_text(row["at"]), _uuid_text(row["staff_id"]), row["username"],
        str(row["action"]), row["object_type"], _uuid_text(row["object_id"]),
        _uuid_text(row["citizen_id"]), row["detail"], row["prev_hash"],
    ])


def check_continuity(previous: Anchor, entries: Iterable[Mapping], new: Anchor) -> None:
    """Raise AuditChainBroken unless `new` extends `previous`: the entries after
    previous.seq (raw rows, as in a bundle) must run previous.seq + 1 .. new.seq without a
    hole, each hash must match its content and name the entry before, starting from
    previous.sha256, and the last one must be new.sha256. Entries up to previous.seq may
    come again (a bundle re-sent before its receipt); the caller checks them against what
    it holds."""
    if new.seq < previous.seq:
        raise AuditChainBroken("Logkæden går baglæns: post {new} efter post {previous}.",
                               new=new.seq, previous=previous.seq)
    after = sorted((e for e in entries if e["seq"] > previous.seq), key=lambda e: e["seq"])
    expected_hash = previous.sha256
    for expected_seq, entry in enumerate(after, start=previous.seq + 1):
        if entry["seq"] != expected_seq or expected_seq > new.seq:
            raise AuditChainBroken("Logpost {seq} mangler eller er ikke med.",
                                   seq=min(expected_seq, entry["seq"]))
        if entry["prev_hash"] != expected_hash:
            raise AuditChainBroken("Logpost {seq} peger ikke på den post, der blev "
                                   "kvitteret for sidst (post {previous}).",
                                   seq=expected_seq, previous=previous.seq)
        try:
            changed = row_digest(entry) != entry["entry_hash"]
        except (ValueError, TypeError, KeyError):
            changed = True
        if changed:
            raise AuditChainBroken("Logpost {seq} er ændret.", seq=expected_seq)
        expected_hash = entry["entry_hash"]
    if previous.seq + len(after) != new.seq:
        raise AuditChainBroken("Logpost {seq} mangler eller er ikke med.",
                               seq=previous.seq + len(after) + 1)
    if expected_hash != new.sha256:
        raise AuditChainBroken("Logkædens hoved (post {seq}) passer ikke til posterne.",
                               seq=new.seq)
