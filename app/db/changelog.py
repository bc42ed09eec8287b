"""The change log: every insert and update of a replicated row is stamped with (device id,
per-device counter), a hybrid logical clock stamp and the row's version vector; every delete
leaves a tombstone stamped the same way. Sync bundles and office batches read exactly this."""

from __future__ import annotations

import json
import time
import uuid

from sqlalchemy import event, func, inspect, update
from sqlalchemy.orm import Session, sessionmaker

from app.db.models import DeviceClock, Replicated, Tombstone, utcnow

DEVICE_KEY = "device_id"
ORIGIN_KEY = "origin_id"
HLC_SHIFT = 16  # hlc = physical milliseconds << 16 | logical counter


def physical_hlc() -> int:
    return int(time.time() * 1000) << HLC_SHIFT


def allocate_counters(session: Session, device_id: uuid.UUID, count: int) -> int:
    """Reserve `count` counter values for this device; return the first one."""
    return allocate_stamps(session, device_id, count)[0]


def allocate_stamps(session: Session, device_id: uuid.UUID, count: int) -> tuple[int, int]:
    """Reserve `count` counter values and as many hybrid logical clock stamps; return the
    first of each. The clock never goes back: max(last + count, now)."""
    row = session.execute(
        update(DeviceClock)
        .where(DeviceClock.device_id == device_id)
        .values(counter=DeviceClock.counter + count,
                hlc=func.max(DeviceClock.hlc + count, physical_hlc() + count - 1))
        .returning(DeviceClock.counter, DeviceClock.hlc)
    ).first()
    if row is None:
        raise RuntimeError("this device has no change counter; the store was not set up")
    return row[0] - count + 1, row[1] - count + 1


def vv_text(vv: dict[str, int]) -> str:
    return json.dumps(vv, sort_keys=True, separators=(",", ":"))


def stamped_vv(row_vv: str | None, device_id: uuid.UUID, counter: int | None,
               origin: str, new_counter: int) -> str:
    """The version vector of a new version: what the row had incorporated, and this one."""
    vv = json.loads(row_vv) if row_vv else (
        {device_id.hex: counter} if device_id is not None and counter is not None else {})
    vv[origin] = new_counter
    return vv_text(vv)


def _before_flush(session: Session, _flush_context, _instances) -> None:
    device_id = session.info.get(DEVICE_KEY)
    new = session.new  # a new set on every access: asked once, not once per row
    changed = [
        obj
        for obj in (*new, *session.dirty)
        if isinstance(obj, Replicated) and (obj in new or session.is_modified(obj))
    ]
    deleted = [obj for obj in session.deleted if isinstance(obj, Replicated)]
    if not changed and not deleted:
        return
    if device_id is None:
        raise RuntimeError("session has no device id; use the store's session factory")
    origin = (session.info.get(ORIGIN_KEY) or device_id).hex
    first, first_hlc = allocate_stamps(session, device_id, len(changed) + len(deleted))
    now = utcnow()
    for offset, obj in enumerate(changed):
        obj.row_vv = stamped_vv(obj.row_vv, obj.version_device, obj.version_counter, origin,
                                first + offset)
        obj.version_device = device_id
        obj.version_counter = first + offset
        obj.hlc = first_hlc + offset
        obj.updated_at = now
        if obj in new and obj.created_at is None:
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
                hlc=first_hlc + len(changed) + offset,
                row_vv=stamped_vv(obj.row_vv, obj.version_device, obj.version_counter,
                                  origin, base + offset),
            )
        )


def install(factory: sessionmaker[Session], device_id: uuid.UUID,
            origin_id: uuid.UUID | None = None) -> None:
    """Make every session of `factory` stamp its changes with this device's counter; the
    version vectors name `origin_id` (the device id unless a backup was restored)."""
    factory.configure(info={DEVICE_KEY: device_id, ORIGIN_KEY: origin_id or device_id})
    event.listen(factory, "before_flush", _before_flush)
