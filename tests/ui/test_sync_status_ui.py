"""The status bar's sync state and the workstations page's live columns (issue 23, point 5),
with real stores: three members joined through a folder (tests/sync/office_sim.py)."""

from __future__ import annotations

import datetime as dt
import gc
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from app.services import peers_live
from app.ui.main_window import MainWindow
from app.ui.sync_status import SyncStatus
from app.ui.workstations_page import WorkstationsPage
from tests.sync.office_sim import Sim, make_template


@pytest.fixture(autouse=True)
def no_leftovers(qapp):
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    yield


@pytest.fixture(scope="module")
def template():
    with tempfile.TemporaryDirectory(prefix="fremskudt-status-") as tmp:
        yield make_template(Path(tmp))


@pytest.fixture
def members(template, tmp_path):
    sim = Sim.start(template, tmp_path, 3)
    yield sim.contexts
    sim.close()


def _shown(qtbot, status: SyncStatus) -> None:
    status.summary = None
    status.refresh()
    qtbot.waitUntil(lambda: status.operation is None, timeout=10_000)


def test_one_workstation_shows_no_sync_state(qtbot, office) -> None:
    window = MainWindow(office.admin)
    qtbot.addWidget(window)
    _shown(qtbot, window.sync_status)
    assert window.sync_status.summary is None and window.sync_status.isHidden()
    window.close()


def test_the_status_bar_says_offline_then_conflicts(qtbot, members) -> None:
    status = SyncStatus(members[0])
    qtbot.addWidget(status)
    status.start()
    qtbot.waitUntil(lambda: status.summary is not None, timeout=10_000)
    # no member online (no live sync runs in this process): offline since the last batch
    assert status.summary.state == "offline"
    assert status.text().startswith("● Offline") and not status.isHidden()
    contact = dt.datetime(2026, 3, 2, 13, 5, tzinfo=dt.UTC)
    offline = peers_live.Summary("offline", contact, 0, 0)
    assert status.text_for(offline) == "● Offline siden " + \
        contact.astimezone().strftime("%H:%M")
    assert status.text_for(peers_live.Summary("conflicts", None, 2, 1)) == "● 2 konflikter"
    assert status.text_for(peers_live.Summary("syncing", None, 0, 2)) == "● Synkroniserer …"
    assert status.text_for(peers_live.Summary("in_sync", None, 0, 2)) == "● I synk"
    status.stop()


def test_workstations_page_shows_each_member_live(qtbot, members) -> None:
    status = SyncStatus(members[0])
    qtbot.addWidget(status)
    page = WorkstationsPage(members[0], status)
    qtbot.addWidget(page)
    page.show()
    headers = [page.model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(page.model.columnCount())]
    for title in ("Forbundet", "Sidste kontakt", "Venter herfra", "Venter derfra",
                  "Konflikter"):
        assert title in headers
    online = headers.index("Forbundet")
    shown = {page.model.row_at(i).member.name: page.model.index(i, online).data()
             for i in range(page.model.rowCount())}
    values = sorted(shown.values())  # the template office has five members
    assert values == ["(denne)"] + ["offline"] * (len(values) - 1) and len(values) >= 3
    # no live sync in this process: "Synkronisér nu" says so instead of doing nothing
    assert not page.sync_now()
    assert "kører ikke" in page.error.text()
    # addresses typed by hand: checked, stored for the live service
    page.addresses.setText("192.168.1.20:47310; nonsense")
    assert not page.store_addresses()
    assert "192.168.1.20:47310" in page.error.text() or "nonsense" in page.error.text()
    page.addresses.setText("192.168.1.20:47310, 192.168.1.21:47310")
    assert page.store_addresses()
    assert peers_live.stored_addresses(members[0]) == ["192.168.1.20:47310",
                                                       "192.168.1.21:47310"]
