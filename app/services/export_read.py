"""The export's read path (issue 22): every replicated table read as plain driver tuples, its
case content opened and its rows encoded into bundle parts.

The work is spread over three threads so that what runs without the GIL overlaps the rest:
SQLCipher reads the next table (stepping and decrypting pages releases the GIL) while this
thread opens the case content of the table before it, and the parts of the one before that are
encoded and compressed (zlib releases the GIL). The reads keep to one connection and one
transaction, one table at a time, so the bundle is the same snapshot as before; the parts come
out in the tables' order."""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from sqlalchemy import LargeBinary, Table

from app.db import casekey
from app.db.types import CaseText
from app.services.bulk_work import cycle_collection_paused
from app.sync.bundle import Part

# the SELECT of one table's rows: (table, column names) -> (SQL, parameters)
Query = Callable[[Table, list[str]], tuple[str, Sequence]]
Progress = Callable[[int, int], None]


def read_parts(session, tables: Sequence[Table], query: Query,
               private: set[tuple[str, str]], progress: Progress | None = None,
               total: int | None = None) -> list[Part]:
    """The parts of `tables` in order, each table's rows selected by `query` over its columns
    but the `private` (table, column) ones; `progress(index, total)` after each table."""
    raw = session.connection().connection  # plain tuples, no Row objects
    open_all = casekey.column_opener()  # the bound case key, in this thread

    def fetch(table: Table) -> tuple[list, list[str], list[tuple]]:
        columns = [c for c in table.columns if (table.name, c.name) not in private]
        names = [c.name for c in columns]
        sql, params = query(table, names)
        cursor = raw.cursor()
        try:
            return columns, names, cursor.execute(sql, params).fetchall()
        finally:
            cursor.close()

    def encode(name: str, names: list[str], rows: list) -> list[Part]:
        return list(Part.split(name, names, rows))

    encoded: list[Future[list[Part]]] = []
    # leaving the block waits for a read still under way, before the session may close
    with cycle_collection_paused(), ThreadPoolExecutor(1, "export-read") as reader, \
            ThreadPoolExecutor(1, "export-encode") as encoder:
        ahead = reader.submit(fetch, tables[0]) if tables else None
        for index, table in enumerate(tables, start=1):
            columns, names, rows = ahead.result()
            if index < len(tables):
                ahead = reader.submit(fetch, tables[index])
            encoded.append(encoder.submit(encode, table.name, names,
                                          plain_rows(columns, rows, open_all)))
            if progress is not None:
                progress(index, total or len(tables))
        return [part for job in encoded for part in job.result()]


def plain_rows(columns: list, rows: list[tuple],
               open_all: Callable[[Sequence[object]], list[object]]) -> list:
    """The rows as the application sees them: only the case content columns (CaseText,
    known from the model) are opened and only the binary ones encoded, column by column;
    every other value is passed on as SQLite returned it."""
    sealed = [i for i, c in enumerate(columns) if isinstance(c.type, CaseText)]
    binary = [i for i, c in enumerate(columns) if isinstance(c.type, LargeBinary)]
    if not rows or (not sealed and not binary):
        return rows
    values = list(zip(*rows, strict=True))
    for i in sealed:
        values[i] = open_all(values[i])  # None, "" and unsealed pass as they are
    for i in binary:
        values[i] = tuple(map(_b64, values[i]))
    return list(zip(*values, strict=True))


def _b64(value: object) -> object:
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value
