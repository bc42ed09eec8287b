"""The status bar's sync state (issue 23, point 5): "I synk", "Synkroniserer …", "Offline
siden HH:MM" or "N konflikter", at all times while the office has more than one workstation.

The live sync itself is started behind the window by app/ui/application.py
(`window.live_sync`, a services.peers_live.AppLiveSync); this widget only reads it. The
summary is read off the GUI thread (common.run_for) every POLL_MS and at once when the live
service reports a change; the service's callback comes from its own thread and only emits a
queued signal. Without a running live sync (a one-member office, the port taken, or another
process serving) it shows what the store holds (peers_live.status)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from app.services import peers_live
from app.services.context import ServiceContext
from app.ui.common import Operation, run_for

POLL_MS = 3000
COLOURS = {"in_sync": "#2e7d32", "syncing": "#1565c0", "offline": "#8a6d00",
           "conflicts": "#c62828"}


class SyncStatus(QLabel):
    """One small label in the status bar; hidden in a one-workstation office."""

    changed = Signal()  # emitted from the live service's thread: queued to the GUI thread
    refreshed = Signal(object)  # the Summary just shown (the workstations page listens)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.given: peers_live.LiveSync | None = None
        self.hooked: peers_live.LiveSync | None = None
        self.summary: peers_live.Summary | None = None
        self.operation: Operation | None = None
        self.setObjectName("syncStatus")
        self.setAccessibleName(self.tr("Synkronisering med kontorets arbejdsstationer"))
        self.setVisible(False)
        self.changed.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.refresh)

    @property
    def live(self) -> peers_live.LiveSync | None:
        """The running live sync: the one given to start(), or the window's."""
        if self.given is not None:
            return self.given
        holder = getattr(self.window(), "live_sync", None)
        return getattr(holder, "live", None)

    def start(self, live: peers_live.LiveSync | None = None) -> None:
        """Start polling (`live`: a live sync to follow instead of the window's)."""
        self.given = live
        self.timer.start()
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()
        if self.hooked is not None:
            self.hooked.on_change = lambda: None
            self.hooked = None

    def sync_now(self) -> bool:
        if self.live is None:
            return False
        self.live.sync_now()
        self.refresh()
        return True

    def refresh(self) -> None:
        if self.operation is not None:
            return  # the last read is still running
        live, ctx = self.live, self.ctx
        if live is not None and live is not self.hooked:
            live.on_change = self.changed.emit  # from the transport's thread: queued
            self.hooked = live

        def read(_progress) -> peers_live.Summary | None:
            if peers_live.member_count(ctx) < 2:
                return None
            if live is not None:
                return live.summary()
            return peers_live.summarize(peers_live.status(ctx))

        self.operation = run_for(self, read, self._show, self._failed)

    def _failed(self, _error: object) -> None:
        self.operation = None
        self.setText(self.tr("Synkronisering: ukendt tilstand"))

    def _show(self, summary: peers_live.Summary | None) -> None:
        self.operation = None
        self.summary = summary
        self.setVisible(summary is not None)
        if summary is None:
            return
        self.setText(self.text_for(summary))
        self.setStyleSheet(f"QLabel {{ color: {COLOURS.get(summary.state, '#333')}; "
                           "font-weight: bold; padding: 0 8px; }")
        self.setToolTip(self.tr("%n andre arbejdsstationer forbundet nu", "",
                                summary.online))
        self.refreshed.emit(summary)

    def text_for(self, summary: peers_live.Summary) -> str:
        if summary.state == "conflicts":
            return self.tr("● %n konflikter", "", summary.conflicts)
        if summary.state == "offline":
            if summary.since is None:
                return self.tr("● Offline")
            return self.tr("● Offline siden {time}").format(
                time=summary.since.astimezone().strftime("%H:%M"))
        if summary.state == "syncing":
            return self.tr("● Synkroniserer …")
        return self.tr("● I synk")
