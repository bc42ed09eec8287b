"""The encrypted SQLite (SQLCipher 4) engine, opened with a random 256-bit raw key.

Two faults every workstation meets sooner or later are reported as typed errors instead of
driver tracebacks: a full disk (DiskFull) and another Fremskudt holding the store's write lock
longer than the busy timeout (StoreBusy). Write transactions begin IMMEDIATE, so a writer waits
its turn at BEGIN (where the busy timeout applies) instead of failing later when its read
snapshot went stale ("database is locked" under several processes)."""

from __future__ import annotations

import errno
import functools
import shutil
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from app.domain.errors import FremskudtError

KEY_BYTES = 32
BUSY_TIMEOUT_MS = 30_000
# below this much free space an I/O error while opening or writing is a full disk
LOW_SPACE_BYTES = 1 << 20
IMMEDIATE = "fremskudt_immediate"  # execution option: this transaction will write


class StoreUnreadable(FremskudtError):
    """The store file could not be opened with the key (wrong key, damaged or not a store)."""


class DiskFull(FremskudtError):
    """The disk is full: nothing was saved half-way; reading still works."""


class StoreBusy(FremskudtError):
    """Another Fremskudt (a program or a command) holds the store's write lock."""


def disk_full(folder: Path | str) -> DiskFull:
    return DiskFull("Disken er fuld ({folder}). Intet er gemt halvt. Frigør plads på disken, "
                    "og prøv igen.", folder=folder)


def store_busy() -> StoreBusy:
    return StoreBusy("Et andet Fremskudt-vindue eller en anden Fremskudt-kommando arbejder i "
                     "databasen lige nu. Vent lidt, og prøv igen.")


def low_on_space(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def is_disk_full(exc: BaseException, folder: Path | None = None) -> bool:
    """ENOSPC/EDQUOT from the OS, SQLITE_FULL from SQLite, or an SQLite I/O error (e.g. the
    WAL index could not grow) while `folder` has next to no free space."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return True
    name = getattr(exc, "sqlite_errorname", "") or ""
    # the driver's backup() raises without the error name, only SQLite's message
    if name.startswith("SQLITE_FULL") or "database or disk is full" in str(exc):
        return True
    if folder is not None and name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
        return low_on_space(folder)
    return False


def is_busy(exc: BaseException) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or \
        "database is locked" in str(exc)


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


def create_store_engine(path: Path, key: bytes, *, echo: bool = False,
                        read_only: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS
                        ) -> Engine:
    """An engine on the encrypted file; every connection gets the key and the safety pragmas.

    `read_only` is for reading when the disk is full: exclusive locking keeps the WAL index in
    memory (no -shm file to grow) and query_only refuses every write."""
    _quiet_sqlcipher()
    url = URL.create("sqlite+pysqlcipher", password=_raw_key_literal(key), database=str(path))
    # The pysqlcipher dialect's default SingletonThreadPool keeps one connection per thread and
    # closes them from whichever thread happens to collect them; with long work on worker threads
    # (app.ui.common.Operation) that closed connections in use and crashed the interpreter. A
    # queue pool hands each connection to one thread at a time, as SQLAlchemy does for pysqlite.
    engine = create_engine(url, echo=echo, poolclass=QueuePool, pool_size=4, max_overflow=8,
                           connect_args={"timeout": busy_timeout_ms / 1000,
                                         "check_same_thread": False})
    folder = Path(path).parent

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # Let SQLAlchemy, not the driver, decide when transactions begin (SA's pysqlite recipe).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        if read_only:
            cur.execute("PRAGMA locking_mode = EXCLUSIVE")  # before the first read
            cur.execute("PRAGMA query_only = ON")
        cur.execute("PRAGMA foreign_keys = ON")
        # deleted content is overwritten, not left in free pages (deletion must remove data)
        cur.execute("PRAGMA secure_delete = ON")
        if not read_only:
            cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        # 64 MB of decrypted pages: the caseload reads every open course at once
        cur.execute("PRAGMA cache_size = -65536")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        write = conn.get_execution_options().get(IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    @event.listens_for(engine, "handle_error")
    def _on_error(context):
        original = context.original_exception
        if isinstance(original, FremskudtError):
            # ours, raised while binding a value (case content without the case key)
            raise original from None
        if is_disk_full(original, folder):
            raise disk_full(folder) from None
        if is_busy(original):
            raise store_busy() from None

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


class _Sessions(sessionmaker):
    """`sessions.begin()` is how every write starts (services' transaction, setup, demo): its
    transaction begins IMMEDIATE. Plain `sessions()` are for reading and begin deferred."""

    def begin(self):  # type: ignore[override]
        bind = self.kw["bind"].execution_options(**{IMMEDIATE: True})
        return self(bind=bind)._maker_context_manager()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return _Sessions(engine, expire_on_commit=False)
