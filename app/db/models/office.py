"""Models: The office, its workstations, staff and local bookkeeping."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    Integer,
    LargeBinary,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base, Replicated, fk, utcnow
from app.db.types import UtcDateTime

# --- office, workstation, staff ------------------------------------------------------------


class Office(Replicated, Base):
    __tablename__ = "office"
    name: Mapped[str] = mapped_column(String(200))
    municipality: Mapped[str] = mapped_column(String(100))


class Workstation(Replicated, Base):
    """A member of the office: one workstation with its own id, counter and keys. The table
    is the replicated member list (issue 18); the private keys of this device are in the
    local table `local_device` and never leave it."""

    __tablename__ = "workstation"
    office_id: Mapped[uuid.UUID] = fk("office.id")
    name: Mapped[str] = mapped_column(String(200))
    # Ed25519 key that signs this device's bundles and batches
    signing_key_public: Mapped[bytes] = mapped_column(LargeBinary)
    # X25519 age recipient that batches to this member are encrypted to
    age_recipient: Mapped[str] = mapped_column(String(100), default="", server_default="")
    letter: Mapped[str] = mapped_column(String(4), default="", server_default="")  # queue
    joined_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    # the admitting member's Ed25519 signature over the admission (app.sync.office.members)
    admission_sig: Mapped[str] = mapped_column(String(128), default="", server_default="")
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    revoked_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    # the last change counter of this device accepted before the revocation
    revoked_counter: Mapped[int | None] = mapped_column(Integer)


class DeviceClock(Base):
    """Local: the per-device change counter. Not replicated."""

    __tablename__ = "device_clock"
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    counter: Mapped[int] = mapped_column(Integer, default=0)
    hlc: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")  # last stamp


class LocalSetting(Base):
    """Local settings of this workstation (idle lock minutes and the like). Not replicated."""

    __tablename__ = "local_setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CentralKey(Base):
    """Local: a public key of the central jobcenter that bundles are encrypted to."""

    __tablename__ = "central_key"
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    recipient: Mapped[str] = mapped_column(String(100))
    receipt_key: Mapped[str] = mapped_column(String(64))  # Ed25519, hex: signs receipts
    added_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)


class SyncBundle(Base):
    """Local: a bundle this device exported, and the central receipt when it came back."""

    __tablename__ = "sync_bundle"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(32), unique=True)
    file_name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    from_counter: Mapped[int] = mapped_column(Integer)
    to_counter: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    records: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(Integer)
    acked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class Tombstone(Base):
    """A deleted replicated row: kept so the deletion travels in the change log."""

    __tablename__ = "tombstone"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    deleted_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    version_device: Mapped[uuid.UUID] = mapped_column(Uuid)
    version_counter: Mapped[int] = mapped_column(Integer, index=True)
    hlc: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    row_vv: Mapped[str] = mapped_column(Text, default="", server_default="")


class StaffAccount(Replicated, Base):
    __tablename__ = "staff_account"
    office_id: Mapped[uuid.UUID] = fk("office.id")
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    initials: Mapped[str] = mapped_column(String(10))
    # space-separated Role values; one person may hold several roles
    roles: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # office-wide login (issue 18): the account's X25519 public key (hex), its private half
    # wrapped under the password (JSON; Argon2id + AES-GCM bound to the office), and K_case
    # sealed to the public key (JSON; empty for a role without case content)
    key_public: Mapped[str] = mapped_column(String(64), default="", server_default="")
    key_wrap: Mapped[str] = mapped_column(Text, default="", server_default="")
    case_seal: Mapped[str] = mapped_column(Text, default="", server_default="")


class Partnership(Replicated, Base):
    """Makkerskab: a caseworker and a jobformidler sharing one caseload (evaluation 3.1.1)."""

    __tablename__ = "partnership"
    name: Mapped[str] = mapped_column(String(100))
    caseworker_id: Mapped[uuid.UUID] = fk("staff_account.id")
    jobformidler_id: Mapped[uuid.UUID] = fk("staff_account.id")
    ended_on: Mapped[dt.date | None] = mapped_column(Date)  # ended by a leader (issue 20)
