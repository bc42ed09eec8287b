"""Model: what the central jobcenter has acknowledged, per origin (issue 18, point 8).

Replicated, so whichever member exports next starts each origin from what the central
holds, whoever sent it, and retention deletion waits for the central's receipt on every
member alike. Insert-only: each receipt adds one row per origin it acknowledges (never an
update, so two members can never edit one row concurrently); the acknowledged counter of an
origin is the highest of its rows."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base, Replicated
from app.db.types import UtcDateTime


class CentralAck(Replicated, Base):
    """Replicated: the central holds every change of `origin` up to `counter` (a signed
    receipt said so; `bundle_id` names the bundle it acknowledged)."""

    __tablename__ = "central_ack"
    origin: Mapped[str] = mapped_column(String(32), index=True)  # hex
    device: Mapped[uuid.UUID] = mapped_column(Uuid)  # the member that owns the origin
    counter: Mapped[int] = mapped_column(Integer)
    bundle_id: Mapped[str] = mapped_column(String(32))
    acked_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
