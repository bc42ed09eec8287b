"""The central export across the office's workstations (issue 18, point 8): which changes
of which origin the central still lacks, and the central's acknowledgements per origin, kept
in the replicated `central_ack` table so whichever member exports next starts from what the
central holds, and retention deletion waits for the central's receipt on every member."""

from __future__ import annotations

import datetime as dt
import json
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import casekey
from app.db import models as m
from app.services.export_read import plain_rows
from app.sync.bundle import Part
from app.sync.office import local
from app.sync.office.acks import acked, origin_of
from app.sync.schema import COUNTER_MAX


def export_origins(session: Session, device_id: uuid.UUID, origin_id: uuid.UUID | None
                   ) -> list[dict]:
    """Per origin this store holds: its device and the counters to export, after what the
    central acknowledged and up to what this store has (a revoked member's only up to its
    revocation). This device's current origin is always listed."""
    me = local.Me(device_id, origin_id or device_id)
    have = local.declared_vv(session, me)
    devices = local.origin_devices(session, me)
    revoked = local.revoked_devices(session)
    done = acked(session, device_id)
    out = []
    for origin, counter in sorted(have.items()):
        device = devices.get(origin)
        if device is None:
            continue
        low = min(done.get(origin, 0), COUNTER_MAX)
        high = min(counter, revoked.get(device, counter), COUNTER_MAX)
        if high <= low and origin != me.origin:
            continue
        out.append({"origin": origin, "device": str(uuid.UUID(device)),
                    "from_counter": low, "to_counter": max(high, low)})
    return out


def ranges_sql(origins: list[dict]) -> tuple[str, tuple]:
    """A WHERE clause for the row versions of the origins' ranges."""
    clauses, params = [], []
    for origin in origins:
        if origin["to_counter"] > origin["from_counter"]:
            clauses.append("(version_device = ? AND version_counter > ? "
                           "AND version_counter <= ?)")
            params += [uuid.UUID(origin["device"]).hex, origin["from_counter"],
                       origin["to_counter"]]
    return (" OR ".join(clauses) or "1 = 0"), tuple(params)


def pending_parts(session: Session, origins: list[dict], private: set[tuple[str, str]]
                  ) -> list[Part]:
    """The row versions in the origins' ranges that wait in `pending_row` (a parent not here
    yet, or deleted for good), as parts after the tables' own: the central takes them as the
    members pass them on to each other, so it holds every change whichever member exports,
    and an acknowledgement never passes a change the central lacks (the version applied
    later keeps its counter and would not be exported again). Opened with the bound case
    key, as the tables' rows are."""
    ranges: dict[str, list[tuple[int, int]]] = {}
    for origin in origins:
        ranges.setdefault(uuid.UUID(origin["device"]).hex, []).append(
            (origin["from_counter"], origin["to_counter"]))
    waiting: dict[str, list[dict]] = {}
    for pending in session.execute(select(m.PendingRow)).scalars():
        values = json.loads(pending.data)
        counter = values.get("version_counter")
        if type(counter) is int and any(low < counter <= high for low, high in ranges.get(
                str(values.get("version_device")), ())):
            waiting.setdefault(pending.table_name, []).append(values)
    open_all = casekey.column_opener()
    parts: list[Part] = []
    for table in m.Base.metadata.sorted_tables:
        if table.name not in waiting or "version_device" not in table.c:
            continue
        columns = [c for c in table.columns if (table.name, c.name) not in private]
        rows = [tuple(v.get(c.name) for c in columns) for v in sorted(
            waiting[table.name], key=lambda v: (v["version_device"], v["version_counter"]))]
        # binary values wait base64-encoded already, as plain_rows passes strings on
        parts += Part.split(table.name, [c.name for c in columns],
                            plain_rows(columns, rows, open_all))
    return parts


def record_acks(session: Session, body: dict, now: dt.datetime) -> int:
    """Keep a receipt's per-origin acknowledgements (only those that say more than what is
    known already); return how many were new."""
    known = dict(session.execute(select(m.CentralAck.origin, func.max(m.CentralAck.counter))
                                 .group_by(m.CentralAck.origin)).all())
    added = 0
    for ack in body.get("origins", ()):
        if ack["counter"] > known.get(ack["origin"], 0):
            session.add(m.CentralAck(origin=ack["origin"], device=uuid.UUID(ack["device"]),
                                     counter=ack["counter"],
                                     bundle_id=body.get("bundle_id") or "", acked_at=now))
            added += 1
    return added


def unacknowledged(session: Session, device_id: uuid.UUID, rows: list) -> bool:
    """Whether any of these replicated rows holds a change the central has not
    acknowledged (judged per origin, whichever member made it)."""
    done = acked(session, device_id)
    devices = dict(session.execute(select(m.OriginVV.origin_id, m.OriginVV.device_id)).all())
    return any(r.version_counter > done.get(origin_of(
        r.row_vv, r.version_device, r.version_counter, devices), 0) for r in rows)


def restamp(conn, table: str, device_hex: str, after: int, shift: int) -> None:
    """Move this device's versions after `after` up by `shift` (a status receipt), with
    their version vectors, so the office and the central take them as the later changes
    they are."""
    rows = conn.exec_driver_sql(
        f"SELECT id, row_vv, version_counter FROM {table} "
        "WHERE version_device = ? AND version_counter > ?", (device_hex, after)).fetchall()
    for row_id, row_vv, counter in rows:
        vv = json.loads(row_vv) if row_vv else {}
        vv = {k: (v + shift if v == counter else v) for k, v in vv.items()}
        conn.exec_driver_sql(
            f"UPDATE {table} SET version_counter = ?, row_vv = ? WHERE id = ?",
            (counter + shift, json.dumps(vv, sort_keys=True, separators=(",", ":"))
             if vv else row_vv, row_id))
