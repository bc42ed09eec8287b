"""Issue 18 end to end: three data folders, every step a separate `fremskudt` process, one
folder between them. The office is made on A; B and C join with one-time codes; a visitor
registered on C reaches A; the same citizen edited on A and B while apart gives equal
digests and one conflict on each; C revoked, its later batch is refused by A and B; A's
administrator logs in on B with their own password."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from app.db import models as m
from app.domain.enums import DropInReason
from app.domain.roles import Role
from app.paths import DataPaths
from app.services import citizens, dropins
from app.services.auth import login
from app.services.setup import setup_office
from tests.conftest import ADMIN_PASSWORD, FAST

ROOT = Path(__file__).resolve().parents[2]


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
