"""Storing the record versions of one bundle part at the central (issue 18, point 8): the
winner is the one the office's workstations pick (app.sync.office.apply), so the central ends
with the office's data whichever member brought which version, and in whatever order.

For an incoming version V of a record held as H: V.vv <= H.vv: held already (the same change
from another member's bundle, or an older one): nothing; H.vv <= V.vv: a later edit: taken;
otherwise concurrent: a deletion wins over an edit, else the higher (hlc, device) wins; the
record takes the winner with the union of both vectors, and the loser is kept in
central_conflict once (whichever bundle brings it again). Versions of the office's own
conflict table merge without a conflict of their own (a resolved one first), as at the
office."""

from __future__ import annotations

import datetime as dt
import json
import uuid

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.sync.bundle import BundleError
from app.sync.central_models import Conflict, Record
from app.sync.office import vv as vvs

# json.dumps(row, sort_keys=True, ensure_ascii=False) without a new encoder per row
_ROW_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def row_vv(table: str, row: dict) -> vvs.VV:
    """The version vector of a row version from a bundle; a malformed one refuses it."""
    text = row.get("row_vv")
    try:
        if text is not None and not isinstance(text, str):
            raise ValueError
        vv = vvs.of_row(text, uuid.UUID(row["version_device"]).hex, row["version_counter"])
        if any(type(counter) is not int or counter < 0 for counter in vv.values()):
            raise ValueError
    except (ValueError, TypeError, AttributeError):
        raise BundleError("Pakkens del {name} har en ugyldig versionsvektor.",
                          name=table) from None
    return vv


def _key(table: str, row: dict, device_hex: str) -> tuple:
    hlc = row.get("hlc")
    resolved = 1 if table == "conflict" and row.get("resolution") else 0
    return resolved, hlc if type(hlc) is int else 0, device_hex


class _Part:
    def __init__(self, session: Session, table: str, bundle_id: str) -> None:
        self.session = session
        self.table = table
        self.deleted = 1 if table == "tombstone" else 0
        self.bundle_id = bundle_id
        self.conflicts = 0

    def keep_loser(self, name: str, record_id: str, winner: tuple[str, int],
                   loser_device: str, loser_counter: int, loser_data: str) -> None:
        if name == "conflict":
            return
        held = self.session.execute(select(Conflict.id).where(
            Conflict.table_name == name, Conflict.record_id == record_id,
            Conflict.incoming_device == loser_device,
            Conflict.incoming_counter == loser_counter).limit(1)).first()
        if held is not None:
            return
        self.conflicts += 1
        self.session.add(Conflict(table_name=name, record_id=record_id,
                                  stored_device=winner[0], stored_counter=winner[1],
                                  incoming_device=loser_device, incoming_counter=loser_counter,
                                  incoming_data=loser_data, bundle_id=self.bundle_id,
                                  detected_at=_now()))

    def against(self, name: str, existing: Record, row: dict, device: str) -> None:
        """One incoming version against the record held."""
        counter = row["version_counter"]
        held = json.loads(existing.data)
        try:  # stored unchecked when it came first: a malformed one counts as its own stamp
            held_vv = row_vv(name, held)
        except BundleError:
            held_vv = {uuid.UUID(existing.device_id).hex: existing.counter}
        in_vv = row_vv(self.table, row)
        if vvs.leq(in_vv, held_vv):
            return
        if vvs.leq(held_vv, in_vv):
            existing.device_id, existing.counter = device, counter
            existing.deleted, existing.data = self.deleted, _ROW_JSON(row)
            return
        merged = vvs.text(vvs.merge(held_vv, in_vv))
        if existing.deleted != self.deleted:
            incoming_wins = bool(self.deleted)  # a deletion wins over a concurrent edit
        else:
            incoming_wins = _key(self.table, row, uuid.UUID(device).hex) > _key(
                self.table, held, uuid.UUID(existing.device_id).hex)
        if incoming_wins:
            loser = (existing.device_id, existing.counter, existing.data)
            existing.device_id, existing.counter = device, counter
            existing.deleted, existing.data = self.deleted, _ROW_JSON(dict(row, row_vv=merged))
        else:
            loser = (device, counter, _ROW_JSON(row))
            existing.data = _ROW_JSON(dict(held, row_vv=merged))
        if not (existing.deleted and self.deleted):  # two deletions: nothing was lost
            self.keep_loser(name, existing.record_id, (existing.device_id, existing.counter),
                            *loser)


def apply_part(session: Session, table: str, rows: list[dict], bundle_id: str) -> int:
    """Store the record versions of one table in bulk (rows checked by
    central_rows.part_rows); return how many new conflicts were kept."""
    part = _Part(session, table, bundle_id)
    keyed: dict[tuple[str, str], dict] = {}
    for row in rows:
        name = row["table_name"] if part.deleted else table
        keyed[(name, row["id"])] = row
    stored = {}
    for name in {k[0] for k in keyed}:
        ids = [k[1] for k in keyed if k[0] == name]
        for start in range(0, len(ids), 500):
            for record in session.execute(select(Record).where(
                    Record.table_name == name,
                    Record.record_id.in_(ids[start:start + 500]))).scalars():
                stored[(name, record.record_id)] = record
    new_rows = []
    devices: dict[str, str] = {}  # as sent -> canonical form, parsed once per part
    for (name, record_id), row in keyed.items():
        sent = row["version_device"]
        device = devices.get(sent) or devices.setdefault(sent, str(uuid.UUID(sent)))
        existing = stored.get((name, record_id))
        if existing is None:
            new_rows.append({"table_name": name, "record_id": record_id,
                             "device_id": device, "counter": row["version_counter"],
                             "deleted": part.deleted, "data": _ROW_JSON(row)})
        else:
            part.against(name, existing, row, device)
    if new_rows:
        session.execute(insert(Record), new_rows)
    return part.conflicts
