"""Models: the office replication's bookkeeping (issue 18). Everything here is local to one
workstation and never replicated, except `Conflict`."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import BigInteger, Integer, LargeBinary, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base, Replicated
from app.db.types import UtcDateTime


class LocalDevice(Base):
    """Local: this workstation, its private keys and the origin its changes are stamped with
    (the device id, or a new one after a restored backup: app.sync.office.origins)."""

    __tablename__ = "local_device"
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    origin_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    signing_key_private: Mapped[bytes] = mapped_column(LargeBinary)  # Ed25519
    age_identity: Mapped[str] = mapped_column(String(100))  # AGE-SECRET-KEY-1...


class OriginVV(Base):
    """Local: the version vector of this store: every change of `origin_id` up to `counter`
    is here (or superseded). Its own current origin is not listed: its counter is the
    device clock's."""

    __tablename__ = "origin_vv"
    origin_id: Mapped[str] = mapped_column(String(32), primary_key=True)  # hex
    device_id: Mapped[str] = mapped_column(String(32))  # the member that owns the origin
    counter: Mapped[int] = mapped_column(Integer)


class PeerState(Base):
    """Local: what this workstation knows of another member and what it sent it."""

    __tablename__ = "peer_state"
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    known_vv: Mapped[str] = mapped_column(Text, default="{}")  # the peer's own declaration
    known_hlc: Mapped[int] = mapped_column(BigInteger, default=0)  # of that declaration
    declared_vv: Mapped[str] = mapped_column(Text, default="{}")  # ours, last told to it
    out_seq: Mapped[int] = mapped_column(Integer, default=0)
    out_sha256: Mapped[str] = mapped_column(String(64), default="")
    out_file: Mapped[str] = mapped_column(String(100), default="")
    acked_batch: Mapped[str] = mapped_column(String(32), default="")  # ours it applied
    in_batch: Mapped[str] = mapped_column(String(32), default="")  # its, we applied last
    in_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_in_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    last_out_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class PendingRow(Base):
    """Local: a row version that cannot be applied yet (its parent row is missing or was
    deleted): kept, counted, shown, retried at every apply and passed on to other members."""

    __tablename__ = "pending_row"
    row_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    data: Mapped[str] = mapped_column(Text)  # JSON {column: raw value}
    reason: Mapped[str] = mapped_column(String(200))
    since: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class AppliedBatch(Base):
    """Local: a batch from another member that was applied (a replay is skipped quietly)."""

    __tablename__ = "applied_batch"
    batch_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    sender: Mapped[uuid.UUID] = mapped_column(Uuid)
    seq: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    records: Mapped[int] = mapped_column(Integer)
    applied_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class JoinInvite(Base):
    """Local, on the inviting member: a one-time join code, stored only as its hash."""

    __tablename__ = "join_invite"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    used_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class Conflict(Replicated, Base):
    """Replicated: a version of a row that lost to a concurrent one (kind "edit": its values
    are kept; kind "delete": an edit discarded by a concurrent deletion, metadata only). The
    id is derived from the losing version, so every member records it once."""

    __tablename__ = "conflict"
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    loser_device: Mapped[uuid.UUID] = mapped_column(Uuid)
    loser_counter: Mapped[int] = mapped_column(Integer)
    loser_hlc: Mapped[int] = mapped_column(BigInteger)
    loser_values: Mapped[str] = mapped_column(Text, default="")  # JSON of raw values
    resolution: Mapped[str] = mapped_column(String(16), default="")  # "", kept, other, merged
    resolved_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
