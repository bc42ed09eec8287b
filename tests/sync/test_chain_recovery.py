"""Issue 16, point 4: the sync chain survives three exports at once, an export killed at
its worst moments and a restored backup, and the central ends holding every change once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import models as m
from app.db.store import open_with_password
from app.services import backups, citizens, sync
from app.services.auth import load_user
from app.services.context import ServiceContext
from app.sync import central
from tests.conftest import ADMIN_PASSWORD
from tests.sync.test_bundles import _connect, central_dir, central_secrets, hub

__all__ = ["central_dir", "central_secrets", "hub"]

ROOT = Path(__file__).resolve().parents[2]
CHILD = [sys.executable, "-m", "tests.sync.export_child"]
ENV = {**{k: v for k, v in os.environ.items() if not k.startswith("FREMSKUDT_")},
       "PYTHONPATH": str(ROOT)}
SYNCED = [t for t in m.Base.metadata.sorted_tables
          if "version_counter" in t.c and "version_device" in t.c]


def _office_rows(ctx) -> dict[tuple[str, str], int]:
    """(table, id) -> counter of every row version this device made, as the export reads
    them (tombstones under the table they name, as the central keeps them)."""
    rows = {}
    device = ctx.store.device_id.hex
    with ctx.store.sessions() as session:
        conn = session.connection()
        for table in SYNCED:
            name = "table_name" if table.name == "tombstone" else f"'{table.name}'"
            for record_id, table_name, counter in conn.exec_driver_sql(
                    f"SELECT id, {name}, version_counter FROM {table.name} "
                    "WHERE version_device = ?", (device,)):
                rows[(table_name, record_id)] = counter
    return rows


def _central_rows(engine, ctx) -> dict[tuple[str, str], int]:
    with engine.connect() as conn:
        return {(r.table_name, r.record_id): r.counter for r in conn.execute(
            select(central.Record).where(central.Record.device_id == str(
                ctx.store.device_id)))}


def _assert_every_change_once(engine, ctx, lost: dict | None = None) -> None:
    """The central holds each row version of the office exactly as the office has it (same
    counter: nothing stale, nothing twice), plus what a restore took from the office, and
    no conflict: a change sent twice never became a second record or a conflict. Changes
    after the last bundle (its own audit entry, the receipt's) wait for the next one."""
    held = _central_rows(engine, ctx)
    with ctx.store.sessions() as session:
        sent = session.execute(select(func.max(m.SyncBundle.to_counter))).scalar()
    expected = {**(lost or {}), **{key: counter for key, counter in _office_rows(ctx).items()
                                   if counter <= sent}}
    assert len(expected) > len(lost or {})
    assert held == expected
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(central.Conflict)).scalar() == 0
        seqs = list(conn.execute(select(central.ImportedBundle.seq).where(
            central.ImportedBundle.device_id == str(ctx.store.device_id)).order_by(
            central.ImportedBundle.seq)).scalars())
    assert seqs == list(range(1, len(seqs) + 1))


def _import_in_order(do_import, ctx, out: Path) -> list[central.ImportResult]:
    """Every final bundle file in `out`, oldest first, as the central's IT would run them."""
    by_name = {b.file_name: b.seq for b in sync.bundles(ctx)}
    files = sorted(out.glob("*.fsb"), key=lambda p: by_name[p.name])
    return [do_import(path) for path in files]


def _finish(ctx, do_import, out: Path) -> None:
    """A last normal export after the fault, imported and acknowledged."""
    result = do_import(sync.export_bundle(ctx, out).path)
    assert result.status == "imported"
    sync.import_receipt(ctx, result.receipt.read_bytes())


def test_three_exports_at_once_make_one_chain(office, hub, tmp_path) -> None:
    folder, engine, do_import = hub
    ctx = _connect(office, folder, engine)
    for name in ("Amal", "Bo", "Cecilie"):
        citizens.create(ctx, first_name=name)
    out = tmp_path / "usb"
    out.mkdir()
    barrier = tmp_path / "go"
    children = [subprocess.Popen([*CHILD, str(office.paths.root), str(out), ADMIN_PASSWORD,
                                  "none", str(barrier)], cwd=ROOT, env=ENV,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for _ in range(3)]
    for child in children:
        assert child.stdout.readline().strip() == "ready"
    barrier.touch()
    outputs = [child.communicate(timeout=120) for child in children]
    assert all(child.returncode == 0 for child in children), [e for _o, e in outputs]
    assert sorted(int(o.split()[0]) for o, _e in outputs) == [1, 2, 3]
    assert sorted(b.seq for b in sync.bundles(ctx)) == [1, 2, 3]
    assert len(list(out.glob("*.fsb"))) == 3 and not list(out.glob(".*"))
    results = _import_in_order(do_import, ctx, out)
    assert [r.seq for r in results] == [1, 2, 3]
    assert all(r.status == "imported" for r in results)
    sync.import_receipt(ctx, results[-1].receipt.read_bytes())
    citizens.create(ctx, first_name="Dorte")
    _finish(ctx, do_import, out)
    _assert_every_change_once(engine, ctx)


def _killed_export(office, out: Path, fault: str) -> None:
    child = subprocess.run([*CHILD, str(office.paths.root), str(out), ADMIN_PASSWORD, fault],
                           cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=120,
                           check=False)
    assert child.returncode == -9, child.stderr


def test_an_export_killed_before_its_record_leaves_no_gap(office, hub, tmp_path) -> None:
    folder, engine, do_import = hub
    ctx = _connect(office, folder, engine)
    citizens.create(ctx, first_name="Amal")
    out = tmp_path / "usb"
    out.mkdir()
    _killed_export(office, out, "before-record")
    assert sync.bundles(ctx) == [] and list(out.glob("*.fsb")) == []
    assert len(list(out.glob(".*.part"))) == 1  # the orphan: sealed, named by no record
    citizens.create(ctx, first_name="Bo")
    bundle = sync.export_bundle(ctx, out)
    assert bundle.seq == 1 and list(out.glob(".*")) == []  # the orphan is gone
    assert [r.status for r in _import_in_order(do_import, ctx, out)] == ["imported"]
    _finish(ctx, do_import, out)
    _assert_every_change_once(engine, ctx)


def test_an_export_killed_before_its_rename_is_finished_by_the_next(office, hub,
                                                                   tmp_path) -> None:
    folder, engine, do_import = hub
    ctx = _connect(office, folder, engine)
    citizens.create(ctx, first_name="Amal")
    out = tmp_path / "usb"
    out.mkdir()
    _killed_export(office, out, "before-rename")
    [recorded] = sync.bundles(ctx)
    assert recorded.seq == 1 and list(out.glob("*.fsb")) == []
    assert len(list(out.glob(".*.part"))) == 1  # recorded, not yet under its final name
    citizens.create(ctx, first_name="Bo")
    second = sync.export_bundle(ctx, out)
    assert second.seq == 2
    assert sorted(p.name for p in out.iterdir()) == sorted([recorded.file_name,
                                                            second.path.name])
    results = _import_in_order(do_import, ctx, out)
    assert [(r.seq, r.status) for r in results] == [(1, "imported"), (2, "imported")]
    sync.import_receipt(ctx, results[-1].receipt.read_bytes())
    _finish(ctx, do_import, out)
    _assert_every_change_once(engine, ctx)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**ENV, "QT_QPA_PLATFORM": "offscreen", "FREMSKUDT_USER": "admin",
           "FREMSKUDT_PASSWORD": ADMIN_PASSWORD}
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_restore_then_export_continues_from_the_central(office, hub, tmp_path) -> None:
    folder, engine, do_import = hub
    ctx = _connect(office, folder, engine)
    out = tmp_path / "usb"
    out.mkdir()
    citizens.create(ctx, first_name="Amal")
    first = do_import(sync.export_bundle(ctx, out).path)
    sync.import_receipt(ctx, first.receipt.read_bytes())
    [backup] = backups.take_backup(ctx)
    for name in ("Bo", "Cecilie"):  # made after the backup: the restore takes them away
        citizens.create(ctx, first_name=name)
        result = do_import(sync.export_bundle(ctx, out).path)
        sync.import_receipt(ctx, result.receipt.read_bytes())
    before = _central_rows(engine, ctx)
    backups.restore(ctx, backup)
    store = open_with_password(office.paths, "admin", ADMIN_PASSWORD)
    ctx = ServiceContext(store, load_user(store, "admin"))
    office.contexts.append(ctx)
    lost = {key: counter for key, counter in before.items()
            if key not in _office_rows(ctx)}
    assert sum(1 for table, _id in lost if table == "citizen") == 2  # Bo and Cecilie
    citizens.create(ctx, first_name="Dorte")  # its counter is one the central already has

    # the office is behind the central: its next bundle is refused with a status receipt
    behind = sync.export_bundle(ctx, out)
    assert behind.seq == 2
    with pytest.raises(central.ImportRefused, match="statuskvitteringen"):
        do_import(behind.path)
    receipt = tmp_path / "receipts" / f"kvittering-status-{ctx.store.device_id}.json"
    imported = _cli("--data-dir", str(office.paths.root), "import-receipt", str(receipt))
    assert imported.returncode == 0, imported.stderr
    assert "fortsætter efter jobcentrets pakke 3" in imported.stdout
    behind.path.unlink()  # the refused file is of no further use
    exported = _cli("--data-dir", str(office.paths.root), "export", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    result = do_import(Path(exported.stdout.strip()))
    assert (result.status, result.seq) == ("imported", 4)
    sync.import_receipt(ctx, result.receipt.read_bytes())
    _assert_every_change_once(engine, ctx, lost)
    names = set()
    with engine.connect() as conn:
        for data in conn.execute(select(central.Record.data).where(
                central.Record.table_name == "citizen")).scalars():
            names.add(json.loads(data)["first_name"])
    assert names == {"Amal", "Bo", "Cecilie", "Dorte"}
