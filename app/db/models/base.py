"""Models: Base, the replicated mixin and helpers."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    BigInteger,
    ForeignKey,
    Integer,
    MetaData,
    Text,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.db.types import UtcDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Replicated:
    """Mixin: UUID key, version stamp and timestamps for every replicated row.

    `hlc` is the hybrid logical clock stamp of the version (physical ms << 16 | logical) and
    `row_vv` its version vector, JSON {origin hex: highest counter incorporated} (Morango's
    record-max-counters); both are set by app.db.changelog and compared by the office
    replication (app.sync.office). An empty row_vv means {version_device: version_counter}."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    version_device: Mapped[uuid.UUID] = mapped_column(Uuid)
    version_counter: Mapped[int] = mapped_column(Integer, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utcnow)
    hlc: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    row_vv: Mapped[str] = mapped_column(Text, default="", server_default="")


def fk(target: str, *, nullable: bool = False, index: bool = True) -> Mapped:
    return mapped_column(Uuid, ForeignKey(target), nullable=nullable, index=index)
