"""Backups: encrypted with the store's key, rotated, restored (also from the second folder),
and a power cut during a backup leaves the previous one intact."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from app.db.backup import list_backups, online_backup, rotate
from app.db.store import open_with_password
from app.domain.errors import ValidationError
from app.services import auth, backups, citizens
from app.services.auth import load_user
from app.services.context import ServiceContext
from tests.conftest import ADMIN_PASSWORD


def _names(ctx) -> list[str]:
    return sorted(c.name for c in citizens.search(ctx, "a"))


def test_backup_is_encrypted_and_restores(office, tmp_path) -> None:
    ctx = office.admin
    citizens.create(ctx, first_name="Amal", last_name="Hassan", cpr="0101901234")
    [made] = backups.take_backup(ctx)
    assert made.suffix == ".fbk"
    data = made.read_bytes()
    assert not data.startswith(b"SQLite format 3") and b"0101901234" not in data
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(made).execute("SELECT count(*) FROM sqlite_master").fetchall()
    assert backups.inspect(ctx, made)["citizen"] == 1
    citizens.create(ctx, first_name="Karla", last_name="Madsen")
    assert _names(ctx) == ["Amal Hassan", "Karla Madsen"]
    keep = backups.restore(ctx, made)
    assert keep.name.endswith("-before-restore.fbk")
    store = open_with_password(office.paths, "admin", ADMIN_PASSWORD)
    restored = ServiceContext(store, load_user(store, "admin"))
    office.contexts.append(restored)
    assert _names(restored) == ["Amal Hassan"]
    assert backups.inspect(restored, keep)["citizen"] == 2  # nothing was lost


def test_restore_from_the_second_folder(office, tmp_path) -> None:
    ctx = office.admin
    usb = tmp_path / "usb"
    with pytest.raises(ValidationError):
        backups.set_second_folder(ctx, str(usb))
    usb.mkdir()
    backups.set_second_folder(ctx, str(usb))
    citizens.create(ctx, first_name="Amal")
    made = backups.take_backup(ctx)
    assert [p.parent for p in made] == [office.paths.backups, usb]
    views = backups.backups(ctx)
    second = next(v for v in views if v.second_folder)
    citizens.create(ctx, first_name="Karla")
    backups.restore(ctx, second.path)
    store = open_with_password(office.paths, "admin", ADMIN_PASSWORD)
    restored = ServiceContext(store, load_user(store, "admin"))
    office.contexts.append(restored)
    assert [c.name for c in citizens.search(restored, "a")] == ["Amal"]


def test_daily_backup_at_the_first_login_of_the_day(office) -> None:
    office.admin.store.close()
    assert list_backups(office.paths.backups) == []
    ctx = auth.login(office.paths, "admin", ADMIN_PASSWORD)
    office.contexts.append(ctx)
    assert [b.label for b in list_backups(office.paths.backups)] == ["daily"]
    again = auth.login(office.paths, "admin", ADMIN_PASSWORD)
    office.contexts.append(again)
    assert len(list_backups(office.paths.backups)) == 1


def test_a_foreign_or_damaged_backup_is_refused(office, tmp_path) -> None:
    from app.db.engine import StoreUnreadable

    junk = tmp_path / "office-20260101-120000-manual.fbk"
    junk.write_bytes(os.urandom(8192))
    with pytest.raises(StoreUnreadable):
        backups.inspect(office.admin, junk)
    with pytest.raises(StoreUnreadable):
        backups.restore(office.admin, junk)
    assert citizens.search(office.admin, "x") == []  # the store is still open and whole


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    start = dt.datetime(2025, 1, 1, 8, 0)
    for day in range(400):  # two backups a day for 400 days
        for hour in (8, 15):
            taken = start + dt.timedelta(days=day, hours=hour - 8)
            (folder / f"office-{taken:%Y%m%d-%H%M%S}-daily.fbk").write_bytes(b"x")
    rotate(folder)
    kept = list_backups(folder)
    days = {b.taken_at.date() for b in kept}
    last = (start + dt.timedelta(days=399)).date()
    assert all(b.taken_at.hour == 15 for b in kept)  # the newest of each day
    assert {last - dt.timedelta(days=i) for i in range(7)} <= days
    assert len(kept) <= 7 + 4 + 12
    months = {(b.taken_at.year, b.taken_at.month) for b in kept}
    assert len(months) == 12


def test_a_power_cut_during_a_backup_leaves_the_previous_one(office, tmp_path) -> None:
    ctx = office.admin
    [first] = backups.take_backup(ctx)
    before = first.read_bytes()
    # a cut mid-write leaves only a temporary file, never a half backup under a real name
    stale = office.paths.backups / f".{first.name}.dead.tmp"
    stale.write_bytes(b"half a backup")
    assert [b.path for b in list_backups(office.paths.backups)] == [first]
    assert first.read_bytes() == before
    second = online_backup(ctx.store.engine, ctx.store._key, office.paths.backups, "manual",
                           dt.datetime.now() + dt.timedelta(seconds=5))
    assert backups.inspect(ctx, second)["citizen"] == 0
    assert Path(first).exists()
