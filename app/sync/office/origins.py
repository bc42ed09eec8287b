"""A restored backup starts a new origin (as Morango gives a restored database a new
instance id): the changes made after the restore are named by a new key in the version
vectors, so they are concurrent with (not silently later than) the changes the backup lost,
which come back from the other members. The counter jumps too, so no (device, counter) is
ever used twice."""

from __future__ import annotations

import uuid

from app.db import models as m
from app.db.changelog import ORIGIN_KEY
from app.db.store import OpenStore

COUNTER_GAP = 1_000_000  # more changes than a workstation makes between two backups


def start_new_origin(store: OpenStore) -> uuid.UUID:
    with store.sessions.begin() as session:
        device = session.get(m.LocalDevice, store.device_id)
        clock = session.get(m.DeviceClock, store.device_id)
        old = device.origin_id.hex
        row = session.get(m.OriginVV, old)
        if row is None:
            session.add(m.OriginVV(origin_id=old, device_id=store.device_id.hex,
                                   counter=clock.counter))
        else:
            row.counter = max(row.counter, clock.counter)
        clock.counter += COUNTER_GAP
        device.origin_id = uuid.uuid4()
        new = device.origin_id
    store.sessions.kw["info"][ORIGIN_KEY] = new
    store.origin_id = new
    return new
