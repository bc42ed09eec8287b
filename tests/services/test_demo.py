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
