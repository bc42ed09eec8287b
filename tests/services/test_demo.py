"""The demo office: realistic, valid, every step present, deterministic for a seed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from stdnum.dk import cvr as stdnum_cvr

from app.db import models as m
from app.domain.cpr import parse_cpr
from app.domain.enums import CourseStatus, Step
from app.domain.roles import Role
from app.paths import DataPaths
from app.services.check import run_check
from app.services.demo import create_demo_office
from tests.conftest import FAST

TODAY = dt.date(2026, 11, 23)


def _make(tmp_path, name: str, seed: int, citizens: int = 300):
    return create_demo_office(DataPaths(tmp_path / name), citizens=citizens, seed=seed,
                              username="leder", password="demo-kode-1", kdf=FAST, today=TODAY)


def _names_and_cprs(ctx) -> list[tuple[str, str, str]]:
    with ctx.store.sessions() as session:
        return list(session.execute(
            select(m.Citizen.first_name, m.Citizen.last_name, m.Citizen.cpr)
            .order_by(m.Citizen.cpr)).all())


def test_demo_office_is_complete_and_valid(tmp_path) -> None:
    result = _make(tmp_path, "a", seed=3)
    ctx = result.ctx
    try:
        assert ctx.user.username == "leder"
        assert ctx.user.roles == frozenset(Role)
        report = run_check(ctx)
        assert report.ok, report.integrity
        counts = report.counts
        assert counts["citizen"] == 300
        for table in ("course", "step_period", "job_goal", "cv_item", "contact_entry",
                      "company", "company_contact", "match_activity", "agreement",
                      "paid_hours_month", "drop_in_visit", "drop_in_event", "step_up",
                      "step_up_participant", "step_up_meeting", "step_up_agreement_row",
                      "consent", "exemption_period", "partnership", "staff_account"):
            assert counts[table] > 0, table
        with ctx.store.sessions() as session:
            for (cpr,) in session.execute(select(m.Citizen.cpr)):
                parse_cpr(cpr, TODAY)
            for (number,) in session.execute(select(m.Company.cvr)):
                assert stdnum_cvr.is_valid(number)
            steps = set(session.execute(
                select(m.Course.current_step).where(m.Course.current_step.is_not(None))
            ).scalars())
            assert steps == set(Step)
            statuses = set(session.execute(select(m.Course.status)).scalars())
            assert {CourseStatus.VISITATION, CourseStatus.ACTIVE, CourseStatus.COMPLETED,
                    CourseStatus.TO_REHAB} <= statuses
            # every row is stamped by this device, with distinct counters
            stamped = session.execute(
                select(func.count(), func.count(func.distinct(m.Citizen.version_counter)))
                .where(m.Citizen.version_device == ctx.store.device_id)).one()
            assert stamped == (300, 300)
        # the demo staff can log in with the demo password
        assert ctx.store.keyring.has_account("mette")
    finally:
        ctx.store.close()


def test_same_seed_same_office_other_seed_other_office(tmp_path) -> None:
    one, two, three = (_make(tmp_path, n, seed=s, citizens=60)
                       for n, s in (("x", 5), ("y", 5), ("z", 6)))
    try:
        assert _names_and_cprs(one.ctx) == _names_and_cprs(two.ctx)
        assert _names_and_cprs(one.ctx) != _names_and_cprs(three.ctx)
    finally:
        for r in (one, two, three):
            r.ctx.store.close()


def test_a_demo_killed_half_way_is_removed_by_the_next_demo(tmp_path) -> None:
    """SIGKILL after the first block of citizens: the half-made office is refused with a clear
    message, and the next `demo` removes it and makes a whole one."""
    import os
    import signal
    import subprocess
    import sys

    data = tmp_path / "office"
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("FREMSKUDT_")},
           "QT_QPA_PLATFORM": "offscreen", "FREMSKUDT_USER": "ida",
           "FREMSKUDT_PASSWORD": "ida-kode-123"}
    demo = [sys.executable, "-m", "app", "demo", "--data-dir", str(data)]
    proc = subprocess.Popen([*demo, "--citizens", "20000"], stderr=subprocess.PIPE, env=env)
    seen = b""
    while b"/20000 borgere" not in seen:  # the first block of 2,500 citizens is committed
        byte = proc.stderr.read(1)
        assert byte, "the demo stopped before its first block"
        seen += byte
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    assert (data / "office.db").exists()

    check = subprocess.run([sys.executable, "-m", "app", "check", "--data-dir", str(data)],
                           capture_output=True, text=True, env=env, check=False)
    assert check.returncode == 1
    assert "blev afbrudt" in check.stderr and "Traceback" not in check.stderr

    again = subprocess.run([*demo, "--citizens", "40"], capture_output=True, text=True,
                           env=env, check=False)
    assert again.returncode == 0, again.stderr
    assert "40 borgere" in again.stdout
    check = subprocess.run([sys.executable, "-m", "app", "check", "--data-dir", str(data),
                            "--json"], capture_output=True, text=True, env=env, check=False)
    assert check.returncode == 0, check.stderr
    assert '"citizen": 40' in check.stdout
    assert not (data / "office.unfinished").exists()
    backups = sorted(p.name for p in (data / "backups").iterdir())
    assert len(backups) == 1 and backups[0].endswith("-daily.fbk")  # the demo's own backup


def test_a_failed_demo_leaves_nothing(tmp_path) -> None:
    """Bad input after the office was marked: the folder is left as it was."""
    import pytest

    from app.domain.errors import ValidationError

    paths = DataPaths(tmp_path / "office")
    with pytest.raises(ValidationError):
        create_demo_office(paths, citizens=10, username="x", password="kort", kdf=FAST,
                           today=TODAY)
    assert [p for p in paths.root.rglob("*") if p.is_file()] == []
