"""Collecting the row versions another member lacks, and the office digest."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import casekey
from app.db import models as m
from app.sync.office import vv as vvs
from app.sync.office.tables import TOMBSTONE, encode, replicated

Changes = dict[str, tuple[list[str], list[list]]]  # table -> (columns, rows)


def collect(session: Session, base: vvs.VV, revoked: dict[str, int]) -> Changes:
    """Every row version (live, deleted or pending) whose version vector is not covered by
    `base`, as raw values per table, parents first. A revoked member's versions after its
    revocation are never passed on."""
    conn = session.connection()
    out: Changes = {}
    for name, info in replicated().items():
        rows = []
        for raw in conn.exec_driver_sql(f"SELECT {', '.join(info.columns)} FROM {name}"):
            values = dict(zip(info.columns, raw, strict=True))
            if _wanted(values, base, revoked):
                rows.append(encode(info, values))
        if rows:
            out[name] = (list(info.columns), rows)
    for pending in session.execute(select(m.PendingRow)).scalars():
        info = replicated().get(pending.table_name)
        if info is None:
            continue
        values = json.loads(pending.data)
        if _wanted(values, base, revoked):
            out.setdefault(info.name, (list(info.columns), []))[1].append(
                [values.get(c) for c in info.columns])
    return out


def _wanted(values: dict, base: vvs.VV, revoked: dict[str, int]) -> bool:
    limit = revoked.get(str(values["version_device"]))
    if limit is not None and values["version_counter"] > limit:
        return False
    return not vvs.leq(vvs.of_row(values["row_vv"], values["version_device"],
                                  values["version_counter"]), base)


def digest(session: Session, case_key: bytes | None,
           progress: Callable[[int, int], None] | None = None) -> str:
    """SHA-256 over every replicated row in a canonical order (table, then id), case content
    opened: equal on two members exactly when they hold the same office data. Local tables
    (and rows still pending) are left out."""
    conn = session.connection()
    total = hashlib.sha256()
    tables = sorted(replicated())
    for index, name in enumerate(tables, start=1):
        info = replicated()[name]
        total.update(f"\x00table {name}\x00".encode())
        for raw in conn.exec_driver_sql(
                f"SELECT {', '.join(info.columns)} FROM {name} ORDER BY id"):
            values = encode(info, dict(zip(info.columns, raw, strict=True)))
            opened = [_opened(v, case_key) for v in values]
            total.update(json.dumps(opened, ensure_ascii=False, separators=(",", ":"),
                                    default=str).encode("utf-8"))
            total.update(b"\n")
        if progress is not None:
            progress(index, len(tables))
    return total.hexdigest()


def _opened(value: object, case_key: bytes | None) -> object:
    if case_key is not None and casekey.is_sealed(value):
        return casekey.open_text(value, case_key)
    return value


__all__ = ["TOMBSTONE", "Changes", "collect", "digest"]
