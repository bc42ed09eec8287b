"""The counter across workstations (issue 23, point 4): two desks call the same ticket while
apart; after the exchange the desk whose call lost is told in Danish and has the next visitor
selected, and the public display on a third member shows both numbers. Real stores joined
through a folder (tests/sync/office_sim.py), real widgets."""

from __future__ import annotations

import gc
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from app.domain.enums import DropInReason
from app.services import dropins
from app.ui.counter_page import CounterPage
from tests.sync.office_sim import Sim, exchange, make_template


@pytest.fixture(autouse=True)
def no_leftovers(qapp):
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    yield


@pytest.fixture(scope="module")
def template():
    with tempfile.TemporaryDirectory(prefix="fremskudt-calls-") as tmp:
        yield make_template(Path(tmp))


@pytest.fixture
def members(template, tmp_path):
    sim = Sim.start(template, tmp_path, 3)
    yield sim.contexts
    sim.close()


def test_the_desk_that_lost_a_call_is_told_and_gets_the_next(qtbot, members) -> None:
    a, b, counter = members
    first = dropins.register(counter, visitor_label="Ali", reasons=[DropInReason.BREV])
    second = dropins.register(counter, visitor_label="Bo", reasons=[DropInReason.AKUT])
    exchange(members)
    desk_a, desk_b = CounterPage(a), CounterPage(b)
    for page in (desk_a, desk_b):
        qtbot.addWidget(page)
    desk_a.call_next()
    desk_b.call_next()
    assert desk_a.selected().id == desk_b.selected().id == first.visit_id
    exchange(members)
    desk_a.load()
    desk_b.load()
    told = [p for p in (desk_a, desk_b) if not p.notice.isHidden()]
    assert len(told) == 1  # one desk won, the other is told
    loser = told[0]
    winner_name = dropins.visits_on(counter, counter.today())[0].called_on
    assert loser.notice.text() == (f"Nummer {first.label} blev kaldt på {winner_name} "
                                   f"samtidig. Du har fået næste: {second.label}.")
    assert loser.selected().id == second.visit_id
    exchange(members)
    display = CounterPage(counter).open_display()
    qtbot.addWidget(display)
    assert set(display.called.text().split()) == {first.label, second.label}
    display.close()
