"""The demo office's drop-in visits carry the workstation's letter (issue 23): the queue, the
ticket and the public display say "A-3", as a real office's do, not a bare number."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.db import models as m
from app.paths import DataPaths
from app.services import dropins
from app.services.demo import create_demo_office
from tests.conftest import FAST

TODAY = dt.date(2026, 11, 23)


def test_demo_visits_have_the_workstations_letter(tmp_path) -> None:
    ctx = create_demo_office(DataPaths(tmp_path / "demo"), citizens=80, seed=5,
                             username="leder", password="demo-kode-1", kdf=FAST,
                             today=TODAY).ctx
    try:
        with ctx.store.sessions() as session:
            letter = session.get(m.Workstation, ctx.store.device_id).letter
            visits = session.execute(select(m.DropInVisit.visit_date,
                                            m.DropInVisit.queue_letter)).all()
        assert letter == "A" and visits
        assert {given for _day, given in visits} == {letter}
        day = max(when for when, _l in visits)
        tickets = [row.ticket for row in dropins.visits_on(ctx, day)]
        assert tickets and all(t.startswith(f"{letter}-") for t in tickets)
    finally:
        ctx.store.close()
