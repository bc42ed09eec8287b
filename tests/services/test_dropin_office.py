"""The counter's queue across the office's workstations (issue 23, point 4; issue 18, point 6):
numbers carry the workstation's letter, two desks calling the same ticket while apart get one
winner on every member without a conflict entry, the losing desk is told and gets the next,
and waiting times stay right across clocks minutes apart. Three real members joined through a
folder, exchanging real batches."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import models as m
from app.domain.enums import DropInEventKind, DropInReason
from app.services import dropin_calls, dropins
from tests.conftest import FixedClock
from tests.sync.office_sim import Sim, exchange, make_template

NOON = dt.datetime(2026, 3, 2, 11, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def template():
    with tempfile.TemporaryDirectory(prefix="fremskudt-queue-") as tmp:
        yield make_template(Path(tmp))


@pytest.fixture
def office(template, tmp_path):
    sim = Sim.start(template, tmp_path, 3)
    for ctx in sim.contexts:
        ctx.clock = FixedClock(NOON)
    yield sim.contexts
    sim.close()


def _calls(ctx, visit_id) -> list[m.DropInEvent]:
    with ctx.store.sessions() as session:
        return list(session.execute(select(m.DropInEvent).where(
            m.DropInEvent.visit_id == visit_id,
            m.DropInEvent.kind == DropInEventKind.CALLED)).scalars())


def _conflicts(ctx) -> int:
    with ctx.store.sessions() as session:
        return session.execute(select(func.count()).select_from(m.Conflict)).scalar_one()


def _letter(ctx) -> str:
    with ctx.store.sessions() as session:
        return session.get(m.Workstation, ctx.store.device_id).letter


def test_numbers_carry_the_workstations_letter(office) -> None:
    a, b, c = office
    letters = [_letter(x) for x in office]
    assert letters[0] == "A" and len(set(letters)) == 3  # the office's first member is A
    first = dropins.register(a, visitor_label="Ali", reasons=[DropInReason.BREV])
    other = dropins.register(b, visitor_label="Bo", reasons=[DropInReason.AKUT])
    second = dropins.register(a, visitor_label="Cem", reasons=[DropInReason.ANDET])
    assert (first.label, second.label) == ("A-1", "A-2")
    assert other.label == f"{letters[1]}-1"  # B numbers on its own: no clash while apart
    exchange(office)
    for ctx in office:
        rows = dropins.visits_on(ctx, NOON.astimezone().date())
        assert sorted(r.ticket for r in rows) == sorted(["A-1", "A-2", other.label])
    assert dropins.register(c, visitor_label="Dan", reasons=[DropInReason.BREV]).label == \
        f"{letters[2]}-1"
    assert dropins.register(b, visitor_label="Eva", reasons=[DropInReason.BREV]).label == \
        f"{letters[1]}-2"


def test_the_same_ticket_called_on_two_desks_has_one_winner_everywhere(office) -> None:
    a, b, c = office
    first = dropins.register(c, visitor_label="Ali", reasons=[DropInReason.BREV])
    c.clock.advance(minutes=1)
    second = dropins.register(c, visitor_label="Bo", reasons=[DropInReason.AKUT])
    exchange(office)
    # both desks press "Kald næste" before either hears of the other's call
    assert dropins.call(a).id == first.visit_id
    assert dropins.call(b).id == first.visit_id
    exchange(office)
    calls = [_calls(x, first.visit_id) for x in office]
    assert all(len(found) == 2 for found in calls)
    winners = {dropins.winning_call(found).version_device for found in calls}
    assert len(winners) == 1  # every member picks the same call
    winner_ctx, loser_ctx = (a, b) if winners == {a.store.device_id} else (b, a)
    assert dropin_calls.settle_lost_calls(winner_ctx) == []
    told = dropin_calls.settle_lost_calls(loser_ctx)
    with winner_ctx.store.sessions() as session:
        station = session.get(m.Workstation, winner_ctx.store.device_id).name
    assert [(t.lost, t.station, t.next.id) for t in told] == [
        (first.label, station, second.visit_id)]
    assert dropin_calls.settle_lost_calls(loser_ctx) == []  # told once
    exchange(office)
    for ctx in office:
        assert _conflicts(ctx) == 0  # nothing for anyone to resolve by hand
        assert [e.version_device for e in _calls(ctx, first.visit_id)] == [
            winner_ctx.store.device_id]
        assert [e.version_device for e in _calls(ctx, second.visit_id)] == [
            loser_ctx.store.device_id]
        rows = {r.id: r for r in dropins.visits_on(ctx, NOON.astimezone().date())}
        assert rows[first.visit_id].called_on == station
        assert dropins.call(ctx) is None  # nobody waits any more
    # the public display on the third machine shows both called numbers, no names
    shown = dropins.display(c)
    assert set(shown.called) == {first.label, second.label} and shown.waiting == 0


def test_a_started_conversation_keeps_its_visitor(office) -> None:
    a, b, _c = office
    ticket = dropins.register(a, visitor_label="Ali", reasons=[DropInReason.BREV])
    exchange(office)
    dropins.call(a)
    dropins.call(b)
    dropins.start(a, ticket.visit_id)
    dropins.start(b, ticket.visit_id)
    exchange(office)
    assert dropin_calls.settle_lost_calls(a) == []
    assert dropin_calls.settle_lost_calls(b) == []


def test_waiting_time_is_right_across_clocks_minutes_apart(office) -> None:
    desk, _b, counter = office
    counter.clock = FixedClock(NOON + dt.timedelta(minutes=4))  # the counter PC runs ahead
    today = NOON.astimezone().date()

    def tick(minutes: int) -> None:
        for ctx in office:
            ctx.clock.advance(minutes=minutes)

    early = dropins.register(counter, visitor_label="Ali", reasons=[DropInReason.BREV])
    exchange(office)
    assert dropins.visits_on(desk, today)[0].waiting_minutes(desk.now()) == 0
    tick(10)
    late = dropins.register(counter, visitor_label="Bo", reasons=[DropInReason.AKUT])
    exchange(office)
    tick(5)
    rows = {r.id: r for r in dropins.visits_on(desk, today)}
    # 15 and 5 minutes on the desk's clock; without the correction 11 and 1
    assert rows[early.visit_id].waiting_minutes(desk.now()) == 15
    assert rows[late.visit_id].waiting_minutes(desk.now()) == 5
    # the desk's call ends the wait at the same moment on the counter's clock
    dropins.call(desk, early.visit_id)
    exchange(office)
    rows = {r.id: r for r in dropins.visits_on(counter, today)}
    assert rows[early.visit_id].waiting_minutes(counter.now()) == 15
