"""The demo office's issue-20 pieces: two coming group sessions with sign-ups, makkerskaber,
partners with contact persons and two links in the tool library, read through the services."""

from __future__ import annotations

import datetime as dt

from app.paths import DataPaths
from app.services import groups, partners, team, tools
from app.services.demo import create_demo_office
from tests.conftest import FAST


def test_demo_office_has_groups_partners_makkerskaber_and_links(tmp_path) -> None:
    today = dt.date(2026, 3, 2)
    result = create_demo_office(DataPaths(tmp_path / "demo"), citizens=60, seed=3, kdf=FAST,
                                today=today)
    ctx = result.ctx
    try:
        sessions = groups.list_sessions(ctx, since=today)
        assert len(sessions) == 2
        assert all(0 < s.signed_up < s.capacity for s in sessions)
        assert {s.starts_at.astimezone().weekday() for s in sessions} == {3, 1}
        assert len(team.list_partnerships(ctx)) == 3
        found = partners.list_partners(ctx)
        assert len(found) == 5 and all(p.contacts for p in found)
        assert [t.is_link for t in tools.list_tools(ctx)] == [True, True]
    finally:
        ctx.store.close()
