"""A newcomer on the demo office sees a caseload that looks like a real office's (issue 17
point 15): most courses on time, some due this week, about one in eight overdue."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from app.domain.rules import Mark
from app.paths import DataPaths
from app.services import caseload
from app.services.demo import create_demo_office
from tests.conftest import FAST

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize("seed", [1, 2])
def test_red_amber_and_green_spread_like_a_real_office(tmp_path, seed) -> None:
    result = create_demo_office(DataPaths(tmp_path / "office"), citizens=400, seed=seed,
                                username="leder", password="demo-kode-1", kdf=FAST, today=TODAY)
    try:
        rows = caseload.caseload(result.ctx, TODAY)
    finally:
        result.ctx.store.close()
    marks = Counter(row.mark for row in rows)
    red_share = marks[Mark.RED] / len(rows)
    assert 0.10 <= red_share <= 0.20, (marks, red_share)
    assert marks[Mark.AMBER] >= len(rows) // 5
    assert marks[Mark.GREEN] >= len(rows) // 5
