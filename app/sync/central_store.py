"""The central jobcenter's store at rest.

The default store, a SQLite file in the central folder, is encrypted with SQLCipher 4 like an
office store. Its raw 256-bit key is derived from the central passphrase (the one that protects
the central identities) with Argon2id; the salt and the cost parameters are kept in a side file
beside the database (`<db>.kdf.json`), so the passphrase alone opens it. A plain SQLite file
left by an older version is encrypted in place the first time it is opened. Any other
SQLAlchemy URL (PostgreSQL) is protected by its server. Either way the central folder is made
private: folders 700, files 600.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

import sqlcipher3
from argon2.low_level import Type, hash_secret_raw
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from app.db.engine import KEY_BYTES, StoreUnreadable, create_store_engine, verify_key
from app.db.keyring import KdfParams, atomic_write
from app.domain.errors import FremskudtError

DB_FILE = "central.db"
KDF_SUFFIX = ".kdf.json"
KDF_FORMAT = "fremskudt-central-db-kdf"
PLAIN_HEADER = b"SQLite format 3\x00"
PRIVATE_DIRS = ("identities", "receipts")


class CentralStoreError(FremskudtError):
    """The central database cannot be opened: no passphrase, a wrong one, or a damaged file."""


def is_sqlite(db_url: str | None) -> bool:
    return db_url is None or make_url(db_url).get_backend_name() == "sqlite"


def sqlite_path(root: Path, db_url: str | None) -> Path:
    if db_url is None:
        return root / DB_FILE
    database = make_url(db_url).database
    if not database or database == ":memory:":
        raise CentralStoreError("Den centrale SQLite-database skal være en fil: {url}.",
                                url=db_url)
    return Path(database)


def make_private(root: Path) -> None:
    """Folders 700, files 600: the central folder holds every office's citizens."""
    if os.name != "posix" or not root.is_dir():
        return
    root.chmod(0o700)
    for name in PRIVATE_DIRS:
        if (root / name).is_dir():
            (root / name).chmod(0o700)


def central_store_engine(root: Path, db_url: str | None, passphrase: str | None,
                         kdf: KdfParams | None = None) -> Engine:
    """An engine on the central store. SQLite needs the passphrase (CentralStoreError without
    it or with a wrong one); other URLs are used as they are."""
    root.mkdir(parents=True, exist_ok=True)
    make_private(root)
    if not is_sqlite(db_url):
        return create_engine(db_url)
    if not passphrase:
        raise CentralStoreError(
            "Den centrale database er krypteret. Angiv den centrale adgangsfrase i "
            "FREMSKUDT_CENTRAL_PASSPHRASE.")
    path = sqlite_path(root, db_url)
    path.parent.mkdir(parents=True, exist_ok=True)
    if os.name == "posix" and path.parent != root:
        path.parent.chmod(0o700)
    key = database_key(path, passphrase, kdf)
    if path.exists() and path.stat().st_size and _is_plain(path):
        _encrypt_plain(path, key)
    engine = create_store_engine(path, key)
    try:
        verify_key(engine)
    except StoreUnreadable:
        raise CentralStoreError("Forkert adgangsfrase til den centrale database, eller "
                                "databasen {path} er beskadiget.", path=path) from None
    if os.name == "posix":
        path.chmod(0o600)  # SQLite gives its -wal and -shm files the same mode
    return engine


def database_key(path: Path, passphrase: str, kdf: KdfParams | None = None) -> bytes:
    """The raw key from the passphrase and the side file's salt (made with a new database)."""
    side = path.with_name(path.name + KDF_SUFFIX)
    if side.exists():
        try:
            doc = json.loads(side.read_bytes())
            if doc.get("format") != KDF_FORMAT:
                raise ValueError
            salt = bytes.fromhex(doc["salt"])
            params = KdfParams(int(doc["time_cost"]), int(doc["memory_kib"]),
                               int(doc["parallelism"]))
        except (ValueError, KeyError, TypeError, AttributeError):
            raise CentralStoreError("Filen {path} med den centrale databases salt er "
                                    "beskadiget.", path=side) from None
    else:
        if path.exists() and path.stat().st_size and not _is_plain(path):
            raise CentralStoreError("Filen {path} med den centrale databases salt mangler; "
                                    "uden den kan databasen ikke åbnes.", path=side)
        salt, params = secrets.token_bytes(16), kdf or KdfParams()
        atomic_write(side, json.dumps({
            "format": KDF_FORMAT, "kdf": "argon2id", "salt": salt.hex(),
            "time_cost": params.time_cost, "memory_kib": params.memory_kib,
            "parallelism": params.parallelism}, indent=2).encode("ascii"))
    return hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=params.time_cost,
                           memory_cost=params.memory_kib, parallelism=params.parallelism,
                           hash_len=KEY_BYTES, type=Type.ID)


def _is_plain(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(len(PLAIN_HEADER)) == PLAIN_HEADER


def _encrypt_plain(path: Path, key: bytes) -> None:
    """Encrypt a plain central.db of an older version in place: sqlcipher_export into a
    temporary file beside it, fsync, rename over the plain one."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.encrypting")
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(tmp),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
        conn.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        if os.name == "posix":
            tmp.chmod(0o600)
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        os.replace(tmp, path)
    finally:
        conn.close()
        tmp.unlink(missing_ok=True)
