"""The change log: every insert and update of a replicated row is stamped with (device id,
per-device counter); every delete leaves a tombstone. Sync bundles read exactly this."""

from __future__ import annotations

import uuid

from sqlalchemy import event, inspect, update
from sqlalchemy.orm import Session, sessionmaker

from app.db.models import DeviceClock, Replicated, Tombstone, utcnow

DEVICE_KEY = "device_id"


def allocate_counters(session: Session, device_id: uuid.UUID, count: int) -> int:
    """Reserve `count` counter values for this device; return the first one."""
    new_value = session.execute(
        update(DeviceClock)
        .where(DeviceClock.device_id == device_id)
        .values(counter=DeviceClock.counter + count)
        .returning(DeviceClock.counter)
    ).scalar_one_or_none()
    if new_value is None:
        raise RuntimeError("this device has no change counter; the store was not set up")
    return new_value - count + 1


def _before_flush(session: Session, _flush_context, _instances) -> None:
    device_id = session.info.get(DEVICE_KEY)
    changed = [
        obj
        for obj in (*session.new, *session.dirty)
        if isinstance(obj, Replicated) and (obj in session.new or session.is_modified(obj))
    ]
    deleted = [obj for obj in session.deleted if isinstance(obj, Replicated)]
    if not changed and not deleted:
        return
    if device_id is None:
        raise RuntimeError("session has no device id; use the store's session factory")
    first = allocate_counters(session, device_id, len(changed) + len(deleted))
    now = utcnow()
    for offset, obj in enumerate(changed):
        obj.version_device = device_id
        obj.version_counter = first + offset
        obj.updated_at = now
        if obj in session.new and obj.created_at is None:
            obj.created_at = now
        if obj.id is None:
            obj.id = uuid.uuid4()
    base = first + len(changed)
    for offset, obj in enumerate(deleted):
        session.add(
            Tombstone(
                id=obj.id,
                table_name=inspect(obj).mapper.local_table.name,
                deleted_at=now,
                version_device=device_id,
                version_counter=base + offset,
            )
        )


def install(factory: sessionmaker[Session], device_id: uuid.UUID) -> None:
    """Make every session of `factory` stamp its changes with this device's counter."""
    factory.configure(info={DEVICE_KEY: device_id})
    event.listen(factory, "before_flush", _before_flush)
