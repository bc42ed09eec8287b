"""The encrypted SQLite (SQLCipher 4) engine, opened with a random 256-bit raw key."""

from __future__ import annotations

import functools
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import FremskudtError

KEY_BYTES = 32


class StoreUnreadable(FremskudtError):
    """The store file could not be opened with the key (wrong key, damaged or not a store)."""


def _raw_key_literal(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("the store key must be 32 bytes")
    # SQLCipher raw key syntax: PRAGMA key = "x'<64 hex digits>'" skips the KDF.
    return f"x'{key.hex()}'"


@functools.cache
def _quiet_sqlcipher() -> None:
    # SQLCipher logs decryption failures to stderr; we report them as StoreUnreadable instead.
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.close()


def create_store_engine(path: Path, key: bytes, *, echo: bool = False) -> Engine:
    """An engine on the encrypted file; every connection gets the key and the safety pragmas."""
    _quiet_sqlcipher()
    url = URL.create("sqlite+pysqlcipher", password=_raw_key_literal(key), database=str(path))
    engine = create_engine(url, echo=echo, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # Let SQLAlchemy, not the driver, decide when transactions begin (SA's pysqlite recipe).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        # deleted content is overwritten, not left in free pages (deletion must remove data)
        cur.execute("PRAGMA secure_delete = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA busy_timeout = 30000")
        # 64 MB of decrypted pages: the caseload reads every open course at once
        cur.execute("PRAGMA cache_size = -65536")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN")

    return engine


def verify_key(engine: Engine) -> None:
    """Raise StoreUnreadable unless the engine's key decrypts the file."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except DatabaseError:
        engine.dispose()
        raise StoreUnreadable(
            "Databasen kunne ikke åbnes med nøglen. Den er enten beskadiget eller ikke en "
            "Fremskudt-database."
        ) from None


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
