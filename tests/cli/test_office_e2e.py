"""Issue 18 end to end: three data folders, every step a separate `fremskudt` process, one
folder between them. The office is made on A; B and C join with one-time codes; a visitor
registered on C reaches A; the same citizen edited on A and B while apart gives equal
digests and one conflict on each; C revoked, its later batch is refused by A and B; A's
administrator logs in on B with their own password; B exports to a central (only A is
enrolled there), which then holds every member's change once, C's up to its revocation, and
A's later export of the same changes adds nothing twice."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from app.db import models as m
from app.domain.enums import DropInReason
from app.domain.roles import Role
from app.paths import DataPaths
from app.services import citizens, dropins
from app.services.auth import login
from app.services.setup import setup_office
from app.services.sync_origins import acked, origin_of
from app.sync import central as hub
from app.sync.central_keys import CentralFolder
from tests.cli.test_central_cli import SECRET, central
from tests.conftest import ADMIN_PASSWORD, FAST

ROOT = Path(__file__).resolve().parents[2]
SYNCED = [t for t in m.Base.metadata.sorted_tables
          if "version_counter" in t.c and "version_device" in t.c]


def run(*args: str, ok: bool = True) -> list[str]:
    env = {**os.environ, "FREMSKUDT_USER": "admin", "FREMSKUDT_PASSWORD": ADMIN_PASSWORD,
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    if ok:
        assert done.returncode == 0, done.stderr + done.stdout
    return (done.stdout + done.stderr).strip().splitlines()


def _join(a: Path, new: Path, folder: Path) -> None:
    code = run("peers", "invite", "--data-dir", str(a), "--folder", str(folder))[-1]
    run("peers", "join", "--data-dir", str(new), "--folder", str(folder), "--code", code,
        "--yes")
    assert any("Optaget" in line for line in run("peers", "sync", "--data-dir", str(a),
                                                  "--folder", str(folder), "--yes"))
    assert any("Tilsluttet" in line for line in run("peers", "sync", "--data-dir", str(new),
                                                     "--folder", str(folder)))


def _sync_all(folder: Path, *dirs: Path, rounds: int = 2, ok: bool = True) -> None:
    for _ in range(rounds):
        for data in dirs:
            run("peers", "sync", "--data-dir", str(data), "--folder", str(folder), ok=ok)


def _edit_phone(data: Path, citizen_id, phone: str) -> None:
    ctx = login(DataPaths(data), "admin", ADMIN_PASSWORD)
    with ctx.transaction() as session:
        session.get(m.Citizen, citizen_id).phone = phone
    ctx.store.close()


def _acknowledged(data: Path) -> tuple[str, dict[tuple[str, str], tuple[str, int]]]:
    """This member's device (hex) and (table, id) -> (device, counter) of every replicated
    row version it holds that the central has acknowledged, judged per origin from the
    replicated receipts (tombstones under the table they name, as the central keeps them)."""
    ctx = login(DataPaths(data), "admin", ADMIN_PASSWORD)
    rows = {}
    with ctx.store.sessions() as session:
        done = acked(session, ctx.store.device_id)
        devices = dict(session.execute(select(m.OriginVV.origin_id, m.OriginVV.device_id)).all())
        conn = session.connection()
        for table in SYNCED:
            name = "table_name" if table.name == "tombstone" else f"'{table.name}'"
            for record_id, table_name, device, counter, row_vv in conn.exec_driver_sql(
                    f"SELECT id, {name}, version_device, version_counter, row_vv "
                    f"FROM {table.name}"):
                origin = origin_of(row_vv, uuid.UUID(device), counter, devices)
                if counter <= done.get(origin, 0):
                    rows[(table_name, record_id)] = (device, counter)
    ctx.store.close()
    return ctx.store.device_id.hex, rows


def _held(root: Path) -> dict[tuple[str, str], tuple[str, int]]:
    """(table, id) -> (device, counter) of every record the central holds."""
    engine = hub.central_engine(CentralFolder(root), passphrase=SECRET)
    with engine.connect() as conn:
        held = {(r.table_name, r.record_id): (r.device_id.replace("-", ""), r.counter)
                for r in conn.execute(select(hub.Record))}
        people = [json.loads(data).get("first_name") for data in conn.execute(
            select(hub.Record.data).where(hub.Record.table_name == "citizen")).scalars()]
    engine.dispose()
    assert "Amal" in people and "Sent" not in people  # C's change after its revocation
    return held


def _central_export(data: Path, root: Path, out: Path) -> dict:
    """`fremskudt export` on a member, `fremskudt-central import` of the bundle and the
    receipt taken back; the central's `stats --json` afterwards."""
    bundle = run("export", "--data-dir", str(data), "--out", str(out))[-1]
    imported = central("import", "--dir", str(root), bundle)
    assert imported.returncode == 0, imported.stderr
    assert "0 konflikter" in imported.stdout, imported.stdout
    run("import-receipt", "--data-dir", str(data),
        imported.stdout.split("Kvittering: ")[1].strip())
    stats = central("stats", "--dir", str(root), "--json")
    assert stats.returncode == 0, stats.stderr
    return json.loads(stats.stdout)


def _to_the_central(a: Path, b: Path, folder: Path, root: Path, out: Path) -> None:
    """B exports to a central that enrolled only A: it learns B and C, and C's revocation,
    from the office's member list and holds every member's change once; A's later export,
    which carries the same changes again (A has not heard of B's receipt), adds nothing
    twice; the receipts replicate between the members."""
    assert central("init", "--dir", str(root)).returncode == 0
    public = CentralFolder(root).public_file
    pinned = {run("central-key", "add", "--data-dir", str(d), str(public))[-1].split()[-1]
              for d in (a, b)}
    assert len(pinned) == 1 and pinned.pop() in central("keys", "--dir", str(root)).stdout
    enrollment = root.parent / "tilmelding.json"
    run("enrollment", "--data-dir", str(a), "--out", str(enrollment))
    assert central("enroll", "--dir", str(root), str(enrollment), "--yes").returncode == 0

    first = _central_export(b, root, out)
    _b_id, expected = _acknowledged(b)
    held = _held(root)
    assert held == expected  # every version exactly as the office holds it, nothing more
    per_member = Counter(device for device, _ in held.values())
    revoked = {uuid.UUID(d["device_id"]).hex: d["revoked"] for d in first["devices"]}
    assert len(per_member) == 3 and min(per_member.values()) > 0
    assert sorted(revoked[device] for device in per_member) == [False, False, True]
    assert first["bundles"] == 1

    second = _central_export(a, root, out)
    a_id, from_a = _acknowledged(a)
    after = _held(root)
    changed = {key for key in held if after[key] != held[key]}
    assert all(after[key][0] == a_id and after[key][1] > held[key][1] for key in changed)
    assert all(after[key][0] == a_id for key in set(after) - set(held))
    assert Counter(device for device, _ in after.values()) == {
        **per_member, a_id: sum(1 for device, _ in from_a.values() if device == a_id)}
    assert {key: after[key] for key in from_a if from_a[key][0] == a_id} == {
        key: value for key, value in from_a.items() if value[0] == a_id}
    assert second["bundles"] == 2 and second["conflicts"] == first["conflicts"]
    assert sum(second["records"].values()) == len(after)

    # A's receipt reaches B through the folder: B's next export starts after it
    _sync_all(folder, a, b, rounds=1, ok=False)  # C's refused batch still lies there
    _b_id, at_b = _acknowledged(b)
    assert {k: v for k, v in at_b.items() if v[0] == a_id} == {
        k: v for k, v in from_a.items() if v[0] == a_id}


def test_three_workstations_through_a_folder(tmp_path: Path) -> None:
    a, b, c, folder = (tmp_path / n for n in ("a", "b", "c", "usb"))
    folder.mkdir()
    setup_office(DataPaths(a), office_name="Kontoret i Tingbjerg", municipality="København",
                 username="admin", full_name="Anna Administrator", password=ADMIN_PASSWORD,
                 roles={Role.JOBKONSULENT}, kdf=FAST).ctx.store.close()
    _join(a, b, folder)
    _join(a, c, folder)
    # A's administrator logs in on B and C with their own password
    for data in (b, c):
        ctx = login(DataPaths(data), "admin", ADMIN_PASSWORD)
        assert ctx.case_key is not None
        ctx.store.close()

    # a visitor registered at C's counter is seen at A
    ctx_c = login(DataPaths(c), "admin", ADMIN_PASSWORD)
    dropins.register(ctx_c, reasons=[next(iter(DropInReason))], visitor_label="Hodan")
    citizen = citizens.create(ctx_c, first_name="Amal", last_name="Ali", cpr="0101901234")
    ctx_c.store.close()
    _sync_all(folder, c, a)
    ctx_a = login(DataPaths(a), "admin", ADMIN_PASSWORD)
    with ctx_a.store.sessions() as session:
        assert session.execute(select(m.DropInVisit.visitor_label)).scalars().all() == [
            "Hodan"]
    ctx_a.store.close()
    _sync_all(folder, a, b, c)

    # the same citizen edited on A and on B while apart
    _edit_phone(a, citizen.id, "11 11 11 11")
    _edit_phone(b, citizen.id, "22 22 22 22")
    _sync_all(folder, a, b, c, rounds=3)
    digests = {run("digest", "--data-dir", str(d))[-1] for d in (a, b, c)}
    assert len(digests) == 1 and len(digests.pop()) == 64
    for data in (a, b, c):
        ctx = login(DataPaths(data), "admin", ADMIN_PASSWORD)
        with ctx.store.sessions() as session:
            assert session.execute(select(func.count()).select_from(m.Conflict)).scalar() == 1
        ctx.store.close()

    # C is revoked on A; once B has it too, C's later batch is refused by both
    listing = run("peers", "list", "--data-dir", str(a))
    c_line = next(line for line in listing if "C " in line[:3])
    run("peers", "revoke", "--data-dir", str(a), c_line.split()[-1])
    _sync_all(folder, a, b, rounds=1, ok=False)  # C's last batch may still lie there
    ctx_c = login(DataPaths(c), "admin", ADMIN_PASSWORD)
    citizens.create(ctx_c, first_name="Sent", last_name="Fra C")
    ctx_c.store.close()
    run("peers", "sync", "--data-dir", str(c), "--folder", str(folder))
    for data in (a, b):
        out = run("peers", "sync", "--data-dir", str(data), "--folder", str(folder),
                  ok=False)
        assert any("spærret" in line for line in out), out
        ctx = login(DataPaths(data), "admin", ADMIN_PASSWORD)
        assert citizens.search(ctx, "Sent") == []
        ctx.store.close()

    out = tmp_path / "til-jobcentret"
    out.mkdir()
    _to_the_central(a, b, folder, tmp_path / "central", out)
