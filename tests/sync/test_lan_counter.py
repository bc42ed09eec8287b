"""Issue 23, point 4 end to end: the counter across three members, each served by its own
`fremskudt peers serve` process on 127.0.0.1-3 (fixed ports) while the test works on the
members' stores through the services, as the app at each machine does beside its live sync
(tests/sync/test_lan_e2e.py drives changes the same way).

- C is the counter PC: a visitor registered there is in A's queue within 2 s.
- A and B are desks calling the same ticket at the same moment. "At the same moment" means
  both call before either has heard of the other's call; on a busy test machine two threads
  cannot promise that against a push that takes a tenth of a second, so the serve processes
  of A and B are paused (SIGSTOP) for the few milliseconds of the two calls and then resumed
  (SIGCONT): the two call rows cross over the LAN exactly as two desks' calls would. A
  watchdog resumes them after 5 s whatever happens, so a serve paused inside its own short
  write cannot block a call for good.
- Each desk's queue is then read as the counter page reads it every 5 s
  (dropin_calls.settle_lost_calls): exactly one desk is told it lost and gets the next
  ticket; every member ends with one call for each ticket, the same desk's.
- C's public display state shows the called numbers, newest first."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

from sqlalchemy import select

from app.db import models as m
from app.domain.enums import DropInEventKind, DropInReason
from app.services import dropin_calls, dropins
from app.services.context import ServiceContext
from tests.sync.lan_office import (
    copy_office,
    lan_template,  # noqa: F401 - fixture
    open_member,
    wait_for,
)
from tests.sync.test_lan_e2e import ENV, ROOT, stop

# fixed ports of their own: this test may run beside test_lan_e2e's members
HOSTS = [("127.0.0.1", 47531), ("127.0.0.2", 47532), ("127.0.0.3", 47533)]


def serve(data: Path, index: int) -> subprocess.Popen:
    host, port = HOSTS[index]
    others = [a for i, (h, p) in enumerate(HOSTS) if i != index for a in ("--peer", f"{h}:{p}")]
    proc = subprocess.Popen([sys.executable, "-m", "app", "peers", "serve", "--data-dir",
                             str(data), "--listen", f"{host}:{port}", *others], cwd=ROOT,
                            env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert "Lytter på" in proc.stdout.readline()
    return proc


def queue(ctx: ServiceContext) -> dict[str, dropins.VisitRow]:
    """The desk's queue of today, by ticket ("A-12")."""
    return {row.ticket: row for row in dropins.visits_on(ctx, ctx.today())}


def calls(ctx: ServiceContext, visit_id: uuid.UUID) -> list[uuid.UUID]:
    """The workstations whose call rows of a visit this member holds."""
    with ctx.store.sessions() as session:
        return sorted(session.execute(select(m.DropInEvent.version_device).where(
            m.DropInEvent.visit_id == visit_id,
            m.DropInEvent.kind == DropInEventKind.CALLED)).scalars())


def call_at_once(desks: list[ServiceContext], serving: list[subprocess.Popen]
                 ) -> list[dropins.VisitRow | None]:
    """"Kald næste" on every desk while none of them hears the others (see the docstring)."""
    for proc in serving:
        os.kill(proc.pid, signal.SIGSTOP)

    def resume() -> None:
        for proc in serving:
            os.kill(proc.pid, signal.SIGCONT)

    watchdog = threading.Timer(5, resume)
    watchdog.start()
    try:
        return [dropins.call(desk) for desk in desks]
    finally:
        watchdog.cancel()
        resume()


def test_the_counter_across_three_machines(lan_template, tmp_path: Path) -> None:  # noqa: F811
    started = time.monotonic()
    a, b, c = copy_office(lan_template, tmp_path)
    procs = [serve(a, 0), serve(b, 1), serve(c, 2)]
    members = [open_member(d) for d in (a, b, c)]
    desk_a, desk_b, counter = members
    try:
        first = dropins.register(counter, visitor_label="Hodan", reasons=[DropInReason.BREV])
        second = dropins.register(counter, visitor_label="Bo", reasons=[DropInReason.AKUT])
        assert first.label.endswith("-1") and first.label[0] != "A"  # C's own letter
        assert wait_for(lambda: {first.label, second.label} <= set(queue(desk_a)), 2) < 2
        wait_for(lambda: {first.label, second.label} <= set(queue(desk_b)), 2)
        assert queue(desk_a)[first.label].name == "Hodan"

        got_a, got_b = call_at_once([desk_a, desk_b], procs[:2])
        assert got_a.id == got_b.id == first.visit_id  # both desks took the same ticket

        # both call rows reach every member; each member picks the same winner
        wait_for(lambda: all(len(calls(x, first.visit_id)) == 2 for x in members), 5)
        winners = {queue(x)[first.label].called_by for x in members}
        assert len(winners) == 1
        winner = winners.pop()
        assert winner in (desk_a.store.device_id, desk_b.store.device_id)
        loser_ctx = desk_b if winner == desk_a.store.device_id else desk_a
        winner_ctx = desk_a if loser_ctx is desk_b else desk_b

        # the desks' queues are read (every 5 s on the counter page): the loser is told
        assert dropin_calls.settle_lost_calls(winner_ctx) == []
        told = dropin_calls.settle_lost_calls(loser_ctx)
        assert [(t.visit_id, t.lost, t.next.id) for t in told] == [
            (first.visit_id, first.label, second.visit_id)]
        assert told[0].station == queue(loser_ctx)[first.label].called_on != ""

        # every member: one call per ticket, the first the winner's, the second the loser's
        loser = loser_ctx.store.device_id
        wait_for(lambda: all(calls(x, first.visit_id) == [winner]
                             and calls(x, second.visit_id) == [loser] for x in members), 5)
        for ctx in members:
            rows = queue(ctx)
            assert rows[first.label].called_by == winner
            assert rows[second.label].called_by == loser
            assert rows[first.label].state == rows[second.label].state == dropins.STATE_CALLED
        assert dropin_calls.settle_lost_calls(winner_ctx) == []
        assert dropin_calls.settle_lost_calls(loser_ctx) == []

        # the public display on the counter PC: the called numbers, the newest first
        shown = dropins.display(counter)
        assert set(shown.called) == {first.label, second.label}
        assert shown.called[0] == second.label and shown.waiting == 0
    finally:
        for ctx in members:
            ctx.store.close()
        results = [stop(p) for p in procs]
    for _out, err in results:
        assert "Traceback" not in err, err[-3000:]
    assert time.monotonic() - started < 60
