"""Several Fremskudt processes on one store: 12 real processes log in (each writes its login
entry and the first one of the day takes the daily backup) and create citizens at the same
moment. Every one finishes, with no "database is locked"; a writer that waits longer than the
busy timeout gets a clear Danish message (StoreBusy), never a driver traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import func, select

from app.db import models as m
from app.db.engine import StoreBusy, create_store_engine, make_session_factory
from app.db.store import open_with_password
from app.services.audit import verify_chain
from app.services.auth import load_user
from app.services.context import ServiceContext
from tests.conftest import ADMIN_PASSWORD

PROCESSES = 12
EACH = 5


def test_twelve_processes_write_at_once(office, tmp_path) -> None:
    office.admin.store.close()
    child = Path(__file__).resolve().parent / "store_writer_child.py"
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    start = tmp_path / "start"
    procs = [subprocess.Popen([sys.executable, str(child), str(office.paths.root),
                               ADMIN_PASSWORD, str(start), f"Proces{i}", str(EACH)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=root)
             for i in range(PROCESSES)]
    start.touch()
    results = [(p, *p.communicate(timeout=300)) for p in procs]
    for proc, out, err in results:
        assert proc.returncode == 0, err.decode()
        assert b"locked" not in err
        assert len(out.splitlines()) == EACH
    reported = {uuid.UUID(line.split()[1].decode()) for _p, out, _e in results
                for line in out.splitlines()}
    store = open_with_password(office.paths, "admin", ADMIN_PASSWORD)
    try:
        with store.sessions() as session:
            stored = set(session.execute(select(m.Citizen.id)).scalars())
            logins = session.execute(select(func.count()).select_from(m.AuditEntry).where(
                m.AuditEntry.action == "login")).scalar_one()
        assert stored == reported and len(stored) == PROCESSES * EACH
        assert logins == PROCESSES
        ctx = ServiceContext(store, load_user(store, "admin"))
        assert verify_chain(ctx).ok  # 12 writers, one unbroken audit chain
    finally:
        store.close()


def test_a_writer_held_up_too_long_gets_a_clear_message(office) -> None:
    store = office.admin.store
    holder = sqlcipher3.connect(str(office.paths.store))
    holder.execute(f"PRAGMA key = \"x'{store._key.hex()}'\"")
    holder.isolation_level = None
    holder.execute("BEGIN IMMEDIATE")  # another Fremskudt is writing
    engine = create_store_engine(office.paths.store, store._key, busy_timeout_ms=200)
    try:
        sessions = make_session_factory(engine)
        with pytest.raises(StoreBusy, match="arbejder i databasen lige nu"), \
                sessions.begin() as session:
            session.add(m.LocalSetting(key="probe", value="x"))
        with sessions() as session:  # reading is not held up by a writer (WAL)
            assert session.execute(select(func.count()).select_from(m.Citizen)).scalar() == 0
        holder.execute("ROLLBACK")
        with sessions.begin() as session:
            session.add(m.LocalSetting(key="probe", value="x"))
    finally:
        holder.close()
        engine.dispose()
