"""Crash safety, proven: a child writes contacts and drop-ins in a loop and is killed with
SIGKILL at random moments, 50 times. After every kill the store opens, passes
PRAGMA integrity_check, and holds every record whose commit the child had reported."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.db import models as m
from app.db.store import open_with_password
from tests.conftest import ADMIN_PASSWORD

KILLS = 50
CPRS = [f"{d:02d}0190{n:04d}" for d in range(1, 29) for n in (1234, 5678)]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_kill_the_writer_50_times(office) -> None:
    office.admin.store.close()
    rng = random.Random(20261123)
    child = Path(__file__).resolve().parents[1] / "crash_child.py"
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    reported: dict[str, set[uuid.UUID]] = {"contact": set(), "visit": set(), "citizen": set()}
    for kill in range(KILLS):
        proc = subprocess.Popen([sys.executable, str(child), str(office.paths.root),
                                 ADMIN_PASSWORD, CPRS[kill]], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=env, cwd=root)
        lines: list[bytes] = []
        # wait until the child writes, then kill it somewhere in the middle of its work
        first = proc.stdout.readline()
        assert first.startswith(b"citizen"), "the child did not start"
        lines.append(first)
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(proc.pid, signal.SIGKILL)
        rest, _ = proc.communicate()
        lines += rest.splitlines()
        for line in lines:
            kind, _, value = line.decode().partition(" ")
            if kind in reported and value.strip():
                # a line cut by the kill: its commit was not reported whole
                with contextlib.suppress(ValueError):
                    reported[kind].add(uuid.UUID(value.strip()))
        store = open_with_password(office.paths, "admin", ADMIN_PASSWORD)
        try:
            with store.engine.connect() as conn:
                assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            with store.sessions() as session:
                contacts = set(session.execute(select(m.ContactEntry.id)).scalars())
                visits = set(session.execute(select(m.DropInVisit.id)).scalars())
                people = set(session.execute(select(m.Citizen.id)).scalars())
        finally:
            store.close()
        assert reported["contact"] <= contacts, f"lost contacts after kill {kill + 1}"
        assert reported["visit"] <= visits, f"lost drop-ins after kill {kill + 1}"
        assert reported["citizen"] <= people
    print(f"{KILLS} kills; {len(reported['contact'])} contacts and "
          f"{len(reported['visit'])} drop-ins reported and found")
    assert len(reported["contact"]) > KILLS
