"""A fresh central database on the PostgreSQL server the suites share (FREMSKUDT_TEST_PG_URL):
every central table and alembic_version dropped, whatever an earlier test left (a newer schema
included), then the central engine makes the schema by the migrations as for a new database."""

from __future__ import annotations

from sqlalchemy import Engine, text

from app.sync import central
from app.sync.central_keys import CentralFolder
from app.sync.central_schema import central_metadata
from app.sync.central_store import central_store_engine


def fresh_central(folder: CentralFolder, url: str) -> Engine:
    raw = central_store_engine(folder.root, url, None)
    try:
        with raw.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
        central_metadata().drop_all(raw)
    finally:
        raw.dispose()
    return central.central_engine(folder, url)
