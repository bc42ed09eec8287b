"""The central's acknowledgements as every member knows them (the replicated `central_ack`
table, issue 18 point 8), and the origin a row version was made under: what the central
export starts from (app/services/sync_origins.py) and what may be discarded for good once
the central holds it (app/sync/office/apply.py)."""

from __future__ import annotations

import json
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import models as m


def acked(session: Session, device_id: uuid.UUID) -> dict[str, int]:
    """{origin hex: counter the central acknowledged}. This device's own bundles
    acknowledged before acknowledgements were kept per origin count for its first origin."""
    out = dict(session.execute(select(m.CentralAck.origin, func.max(m.CentralAck.counter))
                               .group_by(m.CentralAck.origin)).all())
    own = session.execute(select(func.max(m.SyncBundle.to_counter)).where(
        m.SyncBundle.acked_at.is_not(None))).scalar() or 0
    if own > out.get(device_id.hex, 0):
        out[device_id.hex] = own
    return out


def origin_of(row_vv: str | None, device: uuid.UUID, counter: int,
              devices: dict[str, str]) -> str:
    """The origin a row version was made under: the one of its device whose entry in the
    row's version vector is the version's own counter (a row stamped before issue 18, or
    restamped after a status receipt, counts under its device)."""
    try:
        vv = json.loads(row_vv) if row_vv else {}
    except ValueError:
        vv = {}
    for origin, value in vv.items() if isinstance(vv, dict) else ():
        if value == counter and devices.get(origin, origin) == device.hex:
            return origin
    return device.hex
