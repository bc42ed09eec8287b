"""Applying other members' row versions to this store, in one transaction.

For an incoming version V of a row held locally as L (docs/office-sync.md, "Konfliktregel"):
V.vv <= L.vv: already here (skipped); L.vv <= V.vv: a later edit (taken); otherwise the two are
concurrent: the higher (hlc, device) wins, the merged row takes the winner's values and the
union of both vectors, and the loser is kept in the replicated `conflict` table under an id
derived from the losing version, so every member records it once. A deletion wins over a
concurrent edit; the discarded edit is recorded (metadata only). Foreign keys are checked at
commit; a row whose parent is missing is moved to `pending_row` and retried at every later
apply. A row whose parent is deleted for good (a tombstone, or the parent itself discarded
so) is discarded instead, recorded as a conflict of kind `delete` with metadata only, once the
central has acknowledged its version (so the central holds it exactly once, and retention
deletion happens only after the central's receipt, as for every other row)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.sync.office import acks, local
from app.sync.office import vv as vvs
from app.sync.office.tables import (
    TOMBSTONE,
    TableInfo,
    children,
    decode,
    encode,
    rank,
    replicated,
)

CONFLICT_NS = uuid.UUID("6c1e3f0e-4f7a-4a53-9d1c-3f1b6a0c2e18")
CHUNK = 500
# local tables that refer to replicated rows: their rows go with the row
LOCAL_REFS = {"course": (("course_due", "course_id"),)}


@dataclass
class ApplyResult:
    applied: int = 0
    skipped: int = 0
    conflicts: int = 0
    pending: int = 0
    refused: int = 0  # versions of a revoked member after its revocation
    discarded: int = 0  # versions whose parent is deleted for good (kept as conflicts)
    touched: dict[str, set[str]] = field(default_factory=dict)  # table -> ids (hex)


@dataclass
class _Version:
    table: str
    values: dict

    @property
    def id(self) -> str:
        return self.values["id"]

    @property
    def vv(self) -> vvs.VV:
        v = self.values
        return vvs.of_row(v.get("row_vv"), v["version_device"], v["version_counter"])

    def key(self) -> tuple:
        v = self.values
        resolved = 1 if self.table == "conflict" and v.get("resolution") else 0
        return resolved, v.get("hlc") or 0, str(v["version_device"])


def conflict_id(table: str, row_id: str, device: str, counter: int) -> str:
    return uuid.uuid5(CONFLICT_NS, f"{table}|{row_id}|{device}|{counter}").hex


class Applier:
    def __init__(self, session: Session, me: local.Me, revoked: dict[str, int],
                 now: dt.datetime) -> None:
        self.session = session
        self.conn = session.connection()
        self.me = me
        self.revoked = revoked
        self.now = now
        self.result = ApplyResult()
        self.max_hlc = 0
        self._acked: tuple[dict[str, int], dict[str, str]] | None = None

    # -- raw rows ---------------------------------------------------------------------------
    def _load(self, table: str, ids: list[str]) -> dict[str, dict]:
        info = replicated()[table]
        out = {}
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            marks = ", ".join("?" * len(chunk))
            for row in self.conn.exec_driver_sql(
                    f"SELECT {', '.join(info.columns)} FROM {table} WHERE id IN ({marks})",
                    tuple(chunk)):
                values = dict(zip(info.columns, row, strict=True))
                out[values["id"]] = values
        return out

    def _insert(self, table: str, values: dict) -> None:
        info = replicated()[table]
        columns = [c for c in info.columns if c in values]
        self.conn.exec_driver_sql(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
            f"({', '.join('?' * len(columns))})",
            tuple(decode(info, c, values[c]) for c in columns))

    def _update(self, table: str, values: dict) -> None:
        info = replicated()[table]
        columns = [c for c in info.columns if c in values and c != "id"]
        self.conn.exec_driver_sql(
            f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
            (*(decode(info, c, values[c]) for c in columns), values["id"]))

    def _delete(self, table: str, row_id: str) -> None:
        for local_table, column in LOCAL_REFS.get(table, ()):
            self.conn.exec_driver_sql(f"DELETE FROM {local_table} WHERE {column} = ?",
                                      (row_id,))
        self.conn.exec_driver_sql(f"DELETE FROM {table} WHERE id = ?", (row_id,))

    def _touch(self, table: str, row_id: str) -> None:
        self.result.touched.setdefault(table, set()).add(row_id)

    # -- conflicts --------------------------------------------------------------------------
    def _record_conflict(self, table: str, loser: dict, kind: str) -> None:
        if table == "conflict":
            return
        cid = conflict_id(table, loser["id"], str(loser["version_device"]),
                          loser["version_counter"])
        if self._load("conflict", [cid]) or self._load(TOMBSTONE, [cid]):
            return
        counter, stamp = local.stamps(self.session, self.me, 1)
        stamp = max(stamp, self.max_hlc + 1)
        local.observe_hlc(self.session, self.me, stamp)
        values = "" if kind == "delete" else json.dumps(
            loser, sort_keys=True, ensure_ascii=False, default=str)
        now = self.now.replace(tzinfo=None).isoformat(sep=" ")
        self._insert("conflict", {
            "id": cid, "version_device": self.me.device_id.hex, "version_counter": counter,
            "created_at": now, "updated_at": now, "hlc": stamp,
            "row_vv": vvs.text({self.me.origin: counter}), "table_name": table,
            "row_id": loser["id"], "kind": kind, "loser_device": loser["version_device"],
            "loser_counter": loser["version_counter"], "loser_hlc": loser.get("hlc") or 0,
            "loser_values": values, "resolution": "", "resolved_by": None,
            "resolved_at": None})
        self.result.conflicts += 1
        self._touch("conflict", cid)

    @staticmethod
    def _merged(table: str, winner: _Version, loser: _Version) -> dict:
        values = dict(winner.values, row_vv=vvs.text(vvs.merge(winner.vv, loser.vv)))
        if table == "workstation":
            # a revocation is never undone by a concurrent edit: the earliest one holds
            revoked = [v.values for v in (winner, loser) if v.values.get("revoked_at")]
            if revoked:
                first = min(revoked, key=lambda r: (r.get("revoked_counter") or 0,
                                                    str(r.get("revoked_by"))))
                for column in ("revoked_at", "revoked_by", "revoked_counter"):
                    values[column] = first.get(column)
        return values

    # -- versions ---------------------------------------------------------------------------
    def _allowed(self, values: dict) -> bool:
        limit = self.revoked.get(str(values["version_device"]))
        if limit is not None and values["version_counter"] > limit:
            self.result.refused += 1
            return False
        return True

    def apply_rows(self, table: str, versions: list[dict]) -> None:
        versions = [v for v in versions if self._allowed(v)]
        ids = [v["id"] for v in versions]
        live = self._load(table, ids)
        tombs = self._load(TOMBSTONE, ids)
        fresh: list[dict] = []
        for values in versions:
            incoming = _Version(table, values)
            self.max_hlc = max(self.max_hlc, values.get("hlc") or 0)
            tomb = tombs.get(incoming.id)
            if tomb is not None:
                self._against_tombstone(incoming, _Version(TOMBSTONE, tomb))
                continue
            held = live.get(incoming.id)
            if held is None:
                fresh.append(values)  # inserted together below (a welcome: the whole office)
                live[incoming.id] = values
                self.result.applied += 1
                self._touch(table, incoming.id)
                continue
            if fresh and any(f is held for f in fresh):  # the same row twice in one batch
                self._insert_many(table, fresh)
                fresh = []
            current = _Version(table, held)
            if vvs.leq(incoming.vv, current.vv):
                self.result.skipped += 1
            elif vvs.leq(current.vv, incoming.vv):
                self._update(table, values)
                live[incoming.id] = values
                self.result.applied += 1
                self._touch(table, incoming.id)
            else:
                winner, loser = ((incoming, current) if incoming.key() > current.key()
                                 else (current, incoming))
                merged = self._merged(table, winner, loser)
                self._update(table, merged)
                live[incoming.id] = merged
                self._record_conflict(table, loser.values, "edit")
                self.result.applied += 1
                self._touch(table, incoming.id)
        self._insert_many(table, fresh)

    def _insert_many(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        info = replicated()[table]
        columns = [c for c in info.columns if c in rows[0]]
        self.conn.exec_driver_sql(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
            f"({', '.join('?' * len(columns))})",
            [tuple(decode(info, c, r[c]) for c in columns) for r in rows])

    def _against_tombstone(self, incoming: _Version, tomb: _Version) -> None:
        """The row is deleted here: a deletion wins over an edit it did not see."""
        if vvs.leq(incoming.vv, tomb.vv):
            self.result.skipped += 1
            return
        self._record_conflict(incoming.table, incoming.values, "delete")
        self._update(TOMBSTONE, dict(tomb.values, row_vv=vvs.text(
            vvs.merge(tomb.vv, incoming.vv))))
        self.result.applied += 1

    def apply_tombstones(self, versions: list[dict]) -> None:
        versions = sorted((v for v in versions if self._allowed(v)),
                          key=lambda v: -rank(v["table_name"]) if v["table_name"] in
                          replicated() else 0)
        tombs = self._load(TOMBSTONE, [v["id"] for v in versions])
        for values in versions:
            incoming = _Version(TOMBSTONE, values)
            self.max_hlc = max(self.max_hlc, values.get("hlc") or 0)
            held = tombs.get(incoming.id)
            if held is not None:
                current = _Version(TOMBSTONE, held)
                if vvs.leq(incoming.vv, current.vv):
                    self.result.skipped += 1
                    continue
                winner = incoming if (vvs.leq(current.vv, incoming.vv)
                                      or incoming.key() > current.key()) else current
                self._update(TOMBSTONE, dict(winner.values, row_vv=vvs.text(
                    vvs.merge(incoming.vv, current.vv))))
                tombs[incoming.id] = winner.values
                self.result.applied += 1
                continue
            table = values["table_name"]
            row = self._load(table, [incoming.id]).get(incoming.id) if (
                table in replicated()) else None
            stored = dict(values)
            if row is not None:
                current = _Version(table, row)
                if not vvs.leq(current.vv, incoming.vv):
                    self._record_conflict(table, row, "delete")
                    stored["row_vv"] = vvs.text(vvs.merge(current.vv, incoming.vv))
                self._delete(table, incoming.id)
                self._touch(table, incoming.id)
            self._insert(TOMBSTONE, stored)
            tombs[incoming.id] = stored
            self.result.applied += 1

    # -- pending rows -----------------------------------------------------------------------
    def restore_pending(self) -> dict[str, tuple[str, dt.datetime]]:
        """Put every pending row back for this apply; the sweep sets aside those that still
        cannot stay. Returns their earlier reason and time, kept when they go back."""
        earlier = {}
        for row in self.session.execute(select(m.PendingRow)).scalars().all():
            earlier[row.row_id] = (row.reason, row.since)
            values = json.loads(row.data)
            if row.table_name in replicated() and not self._load(row.table_name,
                                                                 [row.row_id]):
                self._insert(row.table_name, values)
                self._touch(row.table_name, row.row_id)
            self.session.delete(row)
        self.session.flush()
        return earlier

    def sweep_orphans(self, earlier: dict[str, tuple[str, dt.datetime]]) -> None:
        """Move every row whose parent is not here to `pending_row`, until none is left."""
        dirty = set(self.result.touched)
        while dirty:
            moved: set[str] = set()
            for table in [t for t in replicated() if t in self._suspects(dirty)]:
                info = replicated()[table]
                for column, parent in info.parents:
                    rows = self.conn.exec_driver_sql(
                        f"SELECT c.{', c.'.join(info.columns)} FROM {table} c "
                        f"LEFT JOIN {parent} p ON c.{column} = p.id "
                        f"WHERE c.{column} IS NOT NULL AND p.id IS NULL").fetchall()
                    for raw in rows:
                        values = dict(zip(info.columns, raw, strict=True))
                        if self._parent_gone(values[column]) and self._held_centrally(values):
                            self._discard(info, values)
                        else:
                            self._set_aside(info, values, earlier)
                        moved.add(table)
            dirty = moved

    @staticmethod
    def _suspects(dirty: Iterable[str]) -> set[str]:
        """The tables whose rows may have lost or not yet found a parent."""
        out = set(dirty)
        for table in dirty:
            out.update(child for child, _column in children().get(table, ()))
        return out - {TOMBSTONE}

    def _parent_gone(self, parent_id: str) -> bool:
        """Deleted for good: a tombstone for the parent, or the parent itself discarded as
        an orphan (a `delete` conflict for it, and it is not here)."""
        if self._load(TOMBSTONE, [parent_id]):
            return True
        return self.conn.exec_driver_sql(
            "SELECT 1 FROM conflict WHERE row_id = ? AND kind = 'delete' LIMIT 1",
            (parent_id,)).first() is not None

    def _held_centrally(self, values: dict) -> bool:
        """The central has acknowledged this version (judged per origin, from the
        replicated receipts)."""
        if self._acked is None:
            self._acked = (acks.acked(self.session, self.me.device_id),
                           local.origin_devices(self.session, self.me))
        done, devices = self._acked
        counter = values["version_counter"]
        origin = acks.origin_of(values.get("row_vv"), uuid.UUID(str(values["version_device"])),
                                counter, devices)
        return counter <= done.get(origin, 0)

    def _discard(self, info: TableInfo, values: dict) -> None:
        """As for an edit concurrent with a delete: the version goes, its metadata stays
        as a conflict of kind `delete` (the same id on every member)."""
        self._delete(info.name, values["id"])
        self._record_conflict(info.name, values, "delete")
        self.result.discarded += 1

    def _set_aside(self, info: TableInfo, values: dict,
                   earlier: dict[str, tuple[str, dt.datetime]]) -> None:
        row_id = values["id"]
        reason, since = earlier.get(row_id, ("mangler overordnet post", self.now))
        self._delete(info.name, row_id)
        data = dict(zip(info.columns, encode(info, values), strict=True))
        self.session.add(m.PendingRow(row_id=row_id, table_name=info.name,
                                      data=json.dumps(data, default=str), reason=reason,
                                      since=since))
        self.session.flush()
        self.result.pending += 1


def apply_changes(session: Session, me: local.Me, changes: dict[str, list[dict]],
                  now: dt.datetime) -> ApplyResult:
    """Apply row versions {table: [values]} (tombstones under "tombstone") in one
    transaction that the caller owns. Parents first; deletions children first."""
    session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    applier = Applier(session, me, local.revoked_devices(session), now)
    earlier = applier.restore_pending()
    for table in replicated():
        if table != TOMBSTONE and changes.get(table):
            applier.apply_rows(table, changes[table])
    if changes.get(TOMBSTONE):
        applier.apply_tombstones(changes[TOMBSTONE])
    applier.sweep_orphans(earlier)
    if applier.max_hlc:
        local.observe_hlc(session, me, applier.max_hlc)
    applier.result.pending = len(session.execute(select(m.PendingRow.row_id)).all())
    return applier.result
