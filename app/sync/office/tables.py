"""The replicated tables as the replication sees them: raw column values (what SQLite holds:
sealed case content stays sealed), in dependency order, with their foreign keys."""

from __future__ import annotations

import base64
import functools
from dataclasses import dataclass

from sqlalchemy import LargeBinary, Table

from app.db import models as m
from app.db.types import CaseText

TOMBSTONE = "tombstone"


@dataclass(frozen=True)
class TableInfo:
    name: str
    columns: tuple[str, ...]
    binary: frozenset[str]  # LargeBinary columns: base64 in a batch
    sealed: frozenset[str]  # case content (sealed under K_case)
    # (column, parent table) of each foreign key
    parents: tuple[tuple[str, str], ...]


def _info(table: Table) -> TableInfo:
    return TableInfo(
        table.name, tuple(c.name for c in table.columns),
        frozenset(c.name for c in table.columns if isinstance(c.type, LargeBinary)),
        frozenset(c.name for c in table.columns if isinstance(c.type, CaseText)),
        tuple((fk.parent.name, fk.column.table.name) for fk in table.foreign_keys))


@functools.cache
def replicated() -> dict[str, TableInfo]:
    """Every replicated table, parents before children (the tombstone table last)."""
    tables = {t.name: _info(t) for t in m.Base.metadata.sorted_tables
              if "row_vv" in t.c and t.name != TOMBSTONE}
    tables[TOMBSTONE] = _info(m.Base.metadata.tables[TOMBSTONE])
    return tables


def rank(name: str) -> int:
    return list(replicated()).index(name)


@functools.cache
def children() -> dict[str, tuple[tuple[str, str], ...]]:
    """For each table, the (child table, column) pairs that refer to it."""
    out: dict[str, list[tuple[str, str]]] = {}
    for info in replicated().values():
        for column, parent in info.parents:
            out.setdefault(parent, []).append((info.name, column))
    return {k: tuple(v) for k, v in out.items()}


def encode(info: TableInfo, row: dict) -> list:
    """Raw values for a batch (bytes as base64), in the table's column order."""
    return [base64.b64encode(bytes(row[c])).decode("ascii")
            if c in info.binary and row[c] is not None else row[c] for c in info.columns]


def decode(info: TableInfo, column: str, value: object) -> object:
    if column in info.binary and isinstance(value, str):
        return base64.b64decode(value.encode("ascii"), validate=True)
    return value
