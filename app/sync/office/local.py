"""This store's replication state: its version vector, the clock, the origins it knows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.changelog import allocate_stamps, physical_hlc  # noqa: F401 - re-exported
from app.sync.office import vv as vvs


@dataclass(frozen=True)
class Me:
    """The applying workstation: its device id and the origin its version vectors use."""

    device_id: uuid.UUID
    origin_id: uuid.UUID

    @property
    def origin(self) -> str:
        return self.origin_id.hex


def declared_vv(session: Session, me: Me) -> vvs.VV:
    """Every change this store has (or has superseded): the origins applied here, and this
    store's own current origin up to its counter."""
    vv = {o: c for o, c in session.execute(select(m.OriginVV.origin_id, m.OriginVV.counter))}
    own = session.get(m.DeviceClock, me.device_id).counter
    vv[me.origin] = max(vv.get(me.origin, 0), own)
    return vv


def origin_devices(session: Session, me: Me) -> dict[str, str]:
    """{origin hex: device hex} of every origin this store knows."""
    known = dict(session.execute(select(m.OriginVV.origin_id, m.OriginVV.device_id)).all())
    known[me.origin] = me.device_id.hex
    return known


def merge_vv(session: Session, me: Me, incoming: vvs.VV, devices: dict[str, str]) -> None:
    """vv := max(vv, incoming) for the origins whose device is known (never our own)."""
    rows = {r.origin_id: r for r in session.execute(select(m.OriginVV)).scalars()}
    for origin, counter in incoming.items():
        if origin == me.origin or origin not in devices:
            continue
        row = rows.get(origin)
        if row is None:
            session.add(m.OriginVV(origin_id=origin, device_id=devices[origin],
                                   counter=counter))
        elif counter > row.counter:
            row.counter = counter


def observe_hlc(session: Session, me: Me, stamp: int) -> None:
    """The clock moves past every stamp seen, so a later local edit orders after it."""
    session.execute(update(m.DeviceClock).where(
        m.DeviceClock.device_id == me.device_id, m.DeviceClock.hlc < stamp)
        .values(hlc=stamp))


def stamps(session: Session, me: Me, count: int) -> tuple[int, int]:
    return allocate_stamps(session, me.device_id, count)


def device_counters(session: Session) -> dict[str, int]:
    """{device hex: highest change counter accepted from it} over its origins."""
    out: dict[str, int] = {}
    for device, counter in session.execute(select(m.OriginVV.device_id, m.OriginVV.counter)):
        out[device] = max(out.get(device, 0), counter)
    return out


def revoked_devices(session: Session) -> dict[str, int]:
    """{device hex: last counter accepted} of every revoked member."""
    return {w.id.hex: w.revoked_counter or 0 for w in session.execute(
        select(m.Workstation).where(m.Workstation.revoked_at.is_not(None))).scalars()}
