"""The central jobcenter's tables: enrolled and admitted office devices, their change
counters, the bundles imported, the newest version of every office record and the versions
that lost a conflict. All on the central's one MetaData (central_audit.CENTRAL_METADATA)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.sync import central_audit


class CentralBase(DeclarativeBase):
    metadata = central_audit.CENTRAL_METADATA  # with the audit anchors' tables


class Device(CentralBase):
    __tablename__ = "central_device"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office_id: Mapped[str] = mapped_column(String(36))
    office: Mapped[str] = mapped_column(String(200))
    workstation: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[dt.datetime] = mapped_column(DateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_sha256: Mapped[str] = mapped_column(String(64), default="")


class DeviceCounter(CentralBase):
    """The highest change counter the central holds from a device: a bundle may not start
    after it (changes lost) nor jump far past it."""

    __tablename__ = "central_device_counter"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    last_counter: Mapped[int] = mapped_column(Integer, default=0)


class ImportedBundle(CentralBase):
    __tablename__ = "central_import"
    bundle_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    records: Mapped[int] = mapped_column(Integer)
    conflicts: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Record(CentralBase):
    """The winning version of one office record (`data`: its raw values with `row_vv` and
    `hlc`, so the central picks the winner the office picks: central_apply)."""

    __tablename__ = "central_record"
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    counter: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[str] = mapped_column(Text)


class Conflict(CentralBase):
    """Two devices changed one record concurrently: the version that lost (`incoming_*`,
    its values in `incoming_data`) is kept here, the winner (`stored_*`) is the record; once
    per losing version, whichever member's bundle brought it."""

    __tablename__ = "central_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36))
    stored_device: Mapped[str] = mapped_column(String(36))
    stored_counter: Mapped[int] = mapped_column(Integer)
    incoming_device: Mapped[str] = mapped_column(String(36))
    incoming_counter: Mapped[int] = mapped_column(Integer)
    incoming_data: Mapped[str] = mapped_column(Text)
    bundle_id: Mapped[str] = mapped_column(String(32))
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime)
