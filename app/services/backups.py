"""Backups: daily at the first opening of the store, on request, before migrations and before
a restore; kept by rotation in the data folder and, when configured, a second folder."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from app.db import models as m
from app.db.backup import (
    NAME,
    BackupFile,
    check_backup,
    kept_folder,
    list_backups,
    online_backup,
    replace_store,
    rotate,
)
from app.db.migrate import check_not_newer
from app.db.store import OpenStore, reopen
from app.domain.enums import AuditAction
from app.domain.errors import FremskudtError, ValidationError
from app.domain.roles import Permission
from app.services import audit
from app.services.context import ServiceContext
from app.services.retention import purge_backups
from app.sync.office.origins import start_new_origin

SECOND_FOLDER = "backup_second_folder"


@dataclass(frozen=True)
class BackupView:
    path: Path
    taken_at: dt.datetime
    label: str
    size: int
    second_folder: bool
    kept: bool = False  # outside the rotation (the copy before a restore) until deleted


def second_folder(store: OpenStore) -> Path | None:
    with store.sessions() as session:
        row = session.get(m.LocalSetting, SECOND_FOLDER)
        return Path(row.value) if row and row.value else None


def _write(store: OpenStore, label: str, now: dt.datetime | None = None) -> list[Path]:
    made = [online_backup(store.engine, store._key, store.paths.backups, label, now)]
    rotate(store.paths.backups)
    folders = [store.paths.backups, kept_folder(store.paths.backups)]
    extra = second_folder(store)
    if extra is not None:
        if not extra.is_dir():
            raise FremskudtError("Den anden backup-mappe {folder} kan ikke nås; kopien i "
                                 "datamappen er taget.", folder=extra)
        made.append(online_backup(store.engine, store._key, extra, label, now))
        rotate(extra)
        folders.append(extra)
    purge_backups(store, folders)  # deleted citizens leave the kept backups too
    return made


def daily_backup_due(store: OpenStore, now: dt.datetime | None = None) -> bool:
    """No backup from today in the data folder yet."""
    now = (now or dt.datetime.now()).astimezone()
    return not any(b.taken_at.date() == now.date() for b in list_backups(store.paths.backups))


def daily_backup(store: OpenStore, now: dt.datetime | None = None) -> Path | None:
    """At the first opening of a day: a backup unless one from today exists. The GUI runs it
    after its window is up (auth.start_of_day in an operation), never in the login's way."""
    now = (now or dt.datetime.now()).astimezone()
    if not daily_backup_due(store, now):
        return None
    try:
        return _write(store, "daily", now)[0]
    except FremskudtError:
        return None  # the second folder is offline; the local copy was made


def take_backup(ctx: ServiceContext) -> list[Path]:
    ctx.require(Permission.ADMIN)
    made = _write(ctx.store, "manual")
    with ctx.transaction() as session:
        audit.record(ctx, session, AuditAction.EXPORT, object_type="backup",
                     detail=", ".join(p.name for p in made))
    return made


def backups(ctx: ServiceContext) -> list[BackupView]:
    ctx.require(Permission.ADMIN)
    views = [BackupView(b.path, b.taken_at, b.label, b.size, False)
             for b in list_backups(ctx.store.paths.backups)]
    views += [BackupView(b.path, b.taken_at, b.label, b.size, False, kept=True)
              for b in list_backups(kept_folder(ctx.store.paths.backups))]
    extra = second_folder(ctx.store)
    if extra is not None:
        views += [BackupView(b.path, b.taken_at, b.label, b.size, True)
                  for b in list_backups(extra)]
    return sorted(views, key=lambda v: v.taken_at, reverse=True)


def set_second_folder(ctx: ServiceContext, folder: str) -> None:
    ctx.require(Permission.ADMIN)
    folder = folder.strip()
    if folder and not Path(folder).is_dir():
        raise ValidationError("Mappen findes ikke.", field="folder")
    with ctx.transaction() as session:
        row = session.get(m.LocalSetting, SECOND_FOLDER)
        if row is None:
            session.add(m.LocalSetting(key=SECOND_FOLDER, value=folder))
        else:
            row.value = folder
        audit.record(ctx, session, AuditAction.CHANGE, object_type="setting",
                     detail=f"anden backup-mappe: {folder or '(ingen)'}")


def inspect(ctx: ServiceContext, path: Path) -> dict:
    """A backup's record counts and schema revision, checked with the office key."""
    ctx.require(Permission.ADMIN)
    counts = check_backup(Path(path), ctx.store._key)
    check_not_newer(counts["_revision"])
    return counts


def restore(ctx: ServiceContext, path: Path) -> Path:
    """Put a backup in place of the store. The current store is copied first into the kept
    folder (out of the rotation's reach until an administrator deletes it); the audit entry
    is written into the restored store; the store is closed afterwards and must be opened
    again. A restored copy that does not open is replaced by the kept copy again."""
    ctx.require(Permission.ADMIN)
    path = Path(path)
    counts = inspect(ctx, path)
    store = ctx.store
    keep = online_backup(store.engine, store._key, kept_folder(store.paths.backups),
                         "before-restore")
    store.close()
    replace_store(store.paths.store, path)
    try:
        restored = reopen(store)
    except BaseException:
        replace_store(store.paths.store, keep)
        raise
    # the office's other members still hold what the backup lost (issue 18)
    start_new_origin(restored)
    try:
        with restored.sessions() as session:  # the account may be newer than the backup
            known = session.get(m.StaffAccount, ctx.user.id) is not None
        user = ctx.user if known else replace(ctx.user, id=None)
        after = ServiceContext(restored, user, ctx.clock, ctx.case_key)
        with after.transaction() as session:
            audit.record(after, session, AuditAction.CHANGE, object_type="backup",
                         detail=f"gendannet fra {path.name} ({counts['citizen']} borgere); "
                         f"det hidtidige er gemt som {keep.name}")
    finally:
        restored.close()
    return keep


def delete_kept(ctx: ServiceContext, path: Path) -> None:
    """Delete a kept copy (the one taken before a restore); only an administrator may."""
    ctx.require(Permission.ADMIN)
    path = Path(path)
    folder = kept_folder(ctx.store.paths.backups)
    if path.parent.resolve() != folder.resolve() or not NAME.match(path.name) \
            or not path.is_file():
        raise ValidationError("Det er ikke en gemt sikkerhedskopi fra en gendannelse.",
                              field="path")
    path.unlink()
    with ctx.transaction() as session:
        audit.record(ctx, session, AuditAction.DELETE, object_type="backup",
                     detail=f"gemt kopi slettet: {path.name}")


__all__ = ["BackupFile", "BackupView", "backups", "daily_backup", "delete_kept", "inspect",
           "restore", "set_second_folder", "take_backup"]
