"""Encrypted backups of the store: SQLite's online backup API into a new file encrypted with
the same key, written under a temporary name, fsynced and renamed, so a power cut leaves the
previous backup intact. Rotation keeps 7 daily, 4 weekly and 12 monthly backups; the copy
taken before a restore lives in the `kept` subfolder, out of the rotation's reach, until an
administrator deletes it. A full disk raises DiskFull and leaves no temporary file behind."""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine

from app.db.engine import StoreUnreadable, disk_full, is_disk_full

SUFFIX = ".fbk"
KEPT_DIR = "kept"  # copies the rotation never deletes (the one taken before a restore)
NAME = re.compile(r"^office-(\d{8})-(\d{6})-([a-z0-9-]+)\.fbk$")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime  # local time, from the name
    label: str
    size: int


def _fsync_dir(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _keyed(path: Path, key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def kept_folder(folder: Path) -> Path:
    return folder / KEPT_DIR


def online_backup(engine: Engine, key: bytes, folder: Path, label: str,
                  now: dt.datetime | None = None) -> Path:
    """A consistent copy of the open store, encrypted with the same key. DiskFull when the
    disk fills up; then no temporary file is left."""
    try:
        return _online_backup(engine, key, folder, label, now)
    except (OSError, sqlcipher3.Error) as exc:
        if is_disk_full(exc, folder if folder.is_dir() else None):
            raise disk_full(folder) from None
        raise


def _online_backup(engine: Engine, key: bytes, folder: Path, label: str,
                   now: dt.datetime | None) -> Path:
    now = (now or dt.datetime.now()).astimezone()
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(0o700)
    target = folder / f"office-{now:%Y%m%d-%H%M%S}-{label}{SUFFIX}"
    if target.exists():
        target = folder / f"office-{now:%Y%m%d-%H%M%S}-{label}-{secrets.token_hex(2)}{SUFFIX}"
    tmp = folder / f".{target.name}.{secrets.token_hex(4)}.tmp"
    raw = engine.raw_connection()
    try:
        destination = _keyed(tmp, key)
        try:
            raw.driver_connection.backup(destination)
        finally:
            destination.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        if os.name == "posix":
            tmp.chmod(0o600)
        os.replace(tmp, target)
        _fsync_dir(folder)
    finally:
        raw.close()
        if tmp.exists():
            tmp.unlink()
    return target


def list_backups(folder: Path) -> list[BackupFile]:
    result = []
    if not folder.is_dir():
        return result
    for path in folder.iterdir():
        match = NAME.match(path.name)
        if match:
            taken = dt.datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S")
            try:
                size = path.stat().st_size
            except FileNotFoundError:  # rotated away by another Fremskudt just now
                continue
            result.append(BackupFile(path, taken, match[3], size))
    return sorted(result, key=lambda b: b.taken_at, reverse=True)


def rotate(folder: Path) -> list[Path]:
    """Keep the newest backup of each of the last 7 days, 4 ISO weeks and 12 months that have
    backups; delete the rest. Returns the deleted files."""
    backups = list_backups(folder)
    keep: set[Path] = set()
    for key, limit in ((lambda b: b.taken_at.date(), KEEP_DAILY),
                       (lambda b: b.taken_at.isocalendar()[:2], KEEP_WEEKLY),
                       (lambda b: (b.taken_at.year, b.taken_at.month), KEEP_MONTHLY)):
        seen: list = []
        for backup in backups:  # newest first
            period = key(backup)
            if period not in seen:
                seen.append(period)
                if len(seen) <= limit:
                    keep.add(backup.path)
    deleted = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)  # another process may rotate at once
            deleted.append(backup.path)
    return deleted


def check_backup(path: Path, key: bytes) -> dict[str, int]:
    """Open a backup read-only with the key; its record counts (integrity checked)."""
    try:
        conn = _keyed(path, key)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise StoreUnreadable("Sikkerhedskopien er beskadiget.")
            counts = {}
            for table in ("citizen", "course", "contact_entry", "drop_in_visit", "agreement"):
                counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            conn.close()
    except sqlcipher3.DatabaseError:
        raise StoreUnreadable("Sikkerhedskopien kan ikke åbnes med kontorets nøgle.") from None
    counts["_revision"] = revision
    return counts


def replace_store(store_path: Path, backup: Path) -> None:
    """Put the backup in place of the store (the store must be closed): copy to a temporary
    name beside the store, fsync, rename; the old WAL files go. On a full disk the store is
    left as it was (DiskFull)."""
    try:
        _replace_store(store_path, backup)
    except OSError as exc:
        if is_disk_full(exc):
            raise disk_full(store_path.parent) from None
        raise


def _replace_store(store_path: Path, backup: Path) -> None:
    tmp = store_path.with_name(f".{store_path.name}.{secrets.token_hex(4)}.restore")
    try:
        with open(backup, "rb") as src, open(tmp, "wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        if os.name == "posix":
            tmp.chmod(0o600)
        for suffix in ("-wal", "-shm"):
            side = store_path.with_name(store_path.name + suffix)
            if side.exists():
                side.unlink()
        os.replace(tmp, store_path)
        _fsync_dir(store_path.parent)
    finally:
        if tmp.exists():
            tmp.unlink()
