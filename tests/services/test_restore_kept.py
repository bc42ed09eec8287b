"""A restore keeps its own audit entry (written into the restored store) and the copy taken
before it survives any number of later backups and rotations until an administrator deletes
it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.db import models as m
from app.db.backup import kept_folder, list_backups, online_backup
from app.db.store import open_with_password
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.roles import Role
from app.services import backups, citizens
from app.services.audit import verify_chain
from app.services.auth import load_user
from app.services.context import ServiceContext
from tests.conftest import ADMIN_PASSWORD


def _reopen(office) -> ServiceContext:
    store = open_with_password(office.paths, "admin", ADMIN_PASSWORD)
    ctx = ServiceContext(store, load_user(store, "admin"))
    office.contexts.append(ctx)
    return ctx


def test_restore_writes_its_entry_after_and_keeps_the_copy_apart(office) -> None:
    ctx = office.admin
    citizens.create(ctx, first_name="Amal", last_name="Hassan")
    [made] = backups.take_backup(ctx)
    citizens.create(ctx, first_name="Karla", last_name="Madsen")
    keep = backups.restore(ctx, made)
    assert keep.parent == kept_folder(office.paths.backups)

    restored = _reopen(office)
    with restored.store.sessions() as session:
        last = session.execute(select(m.AuditEntry).order_by(
            m.AuditEntry.seq.desc()).limit(1)).scalar_one()
    assert last.detail.startswith(f"gendannet fra {made.name} (1 borgere)")
    assert keep.name in last.detail and last.username == "admin"
    assert verify_chain(restored).ok

    # a week of backups, several a day, and their rotations never touch the kept copy
    start = dt.datetime.now()
    for day in range(10):
        for hour in (0, 1, 2):
            online_backup(restored.store.engine, restored.store._key, office.paths.backups,
                          "daily", start + dt.timedelta(days=day, hours=hour))
        backups.take_backup(restored)
    assert keep.exists()
    assert len(list_backups(office.paths.backups)) <= 7 + 4 + 12
    listed = [v for v in backups.backups(restored) if v.kept]
    assert [v.path for v in listed] == [keep] and listed[0].label == "before-restore"
    assert backups.inspect(restored, keep)["citizen"] == 2  # nothing was lost

    clerk = office.add_staff("sofie", {Role.SKRANKE})
    with pytest.raises(PermissionDenied):
        backups.delete_kept(clerk, keep)
    with pytest.raises(ValidationError):
        backups.delete_kept(restored, list_backups(office.paths.backups)[0].path)
    backups.delete_kept(restored, keep)
    assert not keep.exists()
    assert [v for v in backups.backups(restored) if v.kept] == []


def test_restore_by_an_account_newer_than_the_backup(office) -> None:
    """The administrator who restores did not exist in the backup: the entry keeps the name."""
    [made] = backups.take_backup(office.admin)
    ctx = office.add_staff("ny", {Role.ADMINISTRATOR})
    backups.restore(ctx, made)
    restored = _reopen(office)
    with restored.store.sessions() as session:
        last = session.execute(select(m.AuditEntry).order_by(
            m.AuditEntry.seq.desc()).limit(1)).scalar_one()
    assert last.username == "ny" and last.staff_id is None
    assert verify_chain(restored).ok
