"""The main window: navigation, the pages the user's roles allow, idle lock and user switching."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from app.domain.errors import FremskudtError
from app.domain.roles import Permission
from app.services import auth, dropins, office, recent
from app.services.context import ServiceContext
from app.services.keys import KdfParams
from app.ui.admin_dialogs import (
    IdleLockDialog,
    InviteDialog,
    NewRecoveryKeyDialog,
    StaffDialog,
)
from app.ui.caseload_page import CaseloadPage
from app.ui.common import Operation, name_widget, show_error, show_label_error
from app.ui.counter_page import CounterPage
from app.ui.forms import FormDialog
from app.ui.geometry import remember_geometry, scrolling
from app.ui.i18n import error_text, vocab
from app.ui.login_dialog import UnlockDialog
from app.ui.nav_pages import pages_for_user
from app.ui.new_citizen import new_citizen_dialog
from app.ui.office_settings_dialog import open_office_settings
from app.ui.recent_dialog import RecentCitizensDialog
from app.ui.safety_dialogs import BackupDialog, DeletionDialog
from app.ui.shortcuts_dialog import ShortcutsDialog
from app.ui.sync_status import SyncStatus

if TYPE_CHECKING:
    from app.ui.record.window import CitizenRecordWindow

_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits `idle` after the given minutes without keyboard or mouse input in the app."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


class MainWindow(QMainWindow):
    def __init__(self, ctx: ServiceContext, *, kdf: KdfParams | None = None,
                 lock_minutes: int | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.kdf = kdf
        self.throttle = auth.LoginThrottle.for_paths(ctx.store.paths)
        self.day_operation: Operation | None = None
        self.locked = False
        self.record_windows: list[QWidget] = []
        self.setObjectName("mainWindow")
        self._build()
        remember_geometry(self, ctx.store.paths.windows, "mainWindow", (1280, 800))
        self.idle = IdleWatcher(lock_minutes or office.idle_lock_minutes(ctx), self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.show_user()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.nav = name_widget(QListWidget(), "navigation", self.tr("Navigation"))
        nav_font = self.nav.font()
        nav_font.setPointSize(12)
        self.nav.setFont(nav_font)
        self.nav.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        self.stack = QStackedWidget()
        self.locked_page = QLabel(self.tr("<h2>Skærmen er låst</h2>"))
        self.locked_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nav.currentRowChanged.connect(self._show_page)
        body = QWidget()
        row = QHBoxLayout(body)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.user_label = name_widget(QLabel(), "currentUser")
        self.statusBar().addPermanentWidget(self.user_label)
        self.sync_status = SyncStatus(self.ctx, self)  # issue 23: the office's live sync
        self.statusBar().addPermanentWidget(self.sync_status)
        self._build_menus()

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Filer"))
        self.recent_action = self._action(menu, self.tr("Seneste &borgere …"), self.open_recent,
                                          "Ctrl+E", "recentAction")
        menu.addSeparator()
        self._action(menu, self.tr("&Lås skærmen"), self.lock, "Ctrl+L", "lockAction")
        self._action(menu, self.tr("&Skift bruger …"), self.switch_user, "Ctrl+Shift+U",
                     "switchUserAction")
        menu.addSeparator()
        self._action(menu, self.tr("&Afslut"), self.close, QKeySequence.StandardKey.Quit,
                     "quitAction")
        self.admin_menu = self.menuBar().addMenu(self.tr("&Administration"))
        self._action(self.admin_menu, self.tr("&Medarbejdere …"), self.open_staff, None,
                     "staffAction")
        self._action(self.admin_menu, self.tr("&Automatisk lås …"), self.open_idle_settings,
                     None, "idleAction")
        self._action(self.admin_menu, self.tr("&Kontorets indstillinger …"),
                     self.open_office_settings, None, "officeSettingsAction")  # issue 20
        self._action(self.admin_menu, self.tr("Ny &gendannelsesnøgle …"),
                     self.open_recovery, None, "recoveryAction")
        self.admin_menu.addSeparator()
        self._action(self.admin_menu, self.tr("&Sikkerhedskopier …"), self.open_backups, None,
                     "backupAction")
        self._action(self.admin_menu, self.tr("S&letning …"), self.open_deletion, None,
                     "deletionAction")
        self.admin_menu.addSeparator()
        self._action(self.admin_menu, self.tr("&Tilføj arbejdsstation …"), self.open_invite,
                     None, "inviteAction")
        help_menu = self.menuBar().addMenu(self.tr("&Hjælp"))
        self._action(help_menu, self.tr("&Genveje …"), self.open_shortcuts,
                     QKeySequence.StandardKey.HelpContents, "shortcutsAction")

    def _action(self, menu, text: str, slot: Callable[[], object],
                shortcut: str | QKeySequence.StandardKey | None, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.addAction(action)
        return action

    def _no_role_page(self) -> QLabel:
        hint = name_widget(QLabel(self.tr(
            "<h2>Du har ingen arbejdsrolle endnu</h2><p>Din bruger er kun administrator, så "
            "du ser ingen borgere. Bed en administrator om rollen jobkonsulent, jobformidler, "
            "leder eller skranke. Er du selv administrator, giver du dig selv rollen under "
            "Administration → Medarbejdere …; log derefter ind igen.</p>")), "noWorkingRole",
            self.tr("Dine roller"))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        return hint

    def _fit_nav(self) -> None:
        """The navigation as wide as its longest title (plus padding and frame), so the
        pages keep the room on a narrow screen (issue 17: 285 px of 1366 at 150 %)."""
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.nav.item(i).text())
                      for i in range(self.nav.count())), default=0)
        self.nav.setFixedWidth(max(widest + 2 * 6 + 2 * self.nav.frameWidth() + 12, 100))

    def show_user(self) -> None:
        """(Re)build navigation and pages for the current user."""
        for window in list(self.record_windows):
            window.close()  # the previous user's open records
        self.caseload = None
        self.drop_in_page = None
        self.nav.blockSignals(True)
        self.nav.clear()
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            if widget is not self.locked_page:
                widget.deleteLater()
        self._factories = pages_for_user(self)
        for title, _factory in self._factories:
            QListWidgetItem(title, self.nav)
        self._fit_nav()
        self._built: dict[int, QWidget] = {}
        self.stack.addWidget(self.locked_page)
        self.nav.blockSignals(False)
        self.admin_menu.menuAction().setVisible(self.ctx.user.can(Permission.ADMIN))
        self.recent_action.setVisible(self.ctx.user.can(Permission.CITIZEN_BASIC))
        roles = ", ".join(sorted(vocab(r) for r in self.ctx.user.roles))
        self.user_label.setText(f"{self.ctx.user.full_name} ({roles})")
        info = office.office_info(self.ctx)
        self.setWindowTitle(self.tr("Fremskudt – {office}").format(office=info.office_name))
        if self._factories:
            self.nav.setCurrentRow(0)

    def _caseload_page(self) -> CaseloadPage:
        page = CaseloadPage(self.ctx)
        page.open_citizen.connect(lambda key: self.open_citizen(uuid.UUID(key)))
        page.new_citizen.connect(self.new_citizen)
        self.caseload = page
        return page

    def _measures_page(self) -> QWidget:
        from app.ui.measures_page import MeasuresPage  # charts and reportlab when first shown

        page = MeasuresPage(self.ctx)
        page.open_citizen.connect(lambda key: self.open_citizen(uuid.UUID(key)))
        return page

    def _drop_in_page(self) -> CounterPage:
        page = CounterPage(self.ctx)
        page.make_citizen.connect(lambda row: self.new_citizen(from_visit=row))
        self.drop_in_page = page
        return page

    def open_citizen(self, citizen_id: uuid.UUID) -> CitizenRecordWindow:
        """One window per record: an open one is brought to the front instead of a second
        piling up (issue 17, point 16)."""
        recent.remember_opened(self.ctx, citizen_id)  # Seneste borgere
        for open_window in self.record_windows:
            if getattr(open_window, "citizen_id", None) == citizen_id:
                open_window.showNormal()
                open_window.raise_()
                open_window.activateWindow()
                return open_window
        from app.ui.record.window import CitizenRecordWindow  # at the first record

        window = CitizenRecordWindow(self.ctx, citizen_id, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.changed.connect(self._reload_caseload)
        window.show()
        self.record_windows.append(window)
        window.destroyed.connect(lambda _obj=None, w=window: self._forget(w))
        return window

    def open_recent(self) -> RecentCitizensDialog:
        dialog = RecentCitizensDialog(self.ctx, self.open_citizen, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_shortcuts(self) -> ShortcutsDialog:
        """Hjælp → Genveje: read from this window's and the open records' own shortcuts."""
        windows: list[tuple[str, QWidget]] = [(self.tr("Hovedvinduet"), self)]
        windows += [(w.windowTitle(), w) for w in self.record_windows]
        dialog = ShortcutsDialog(windows, self, record_open=len(windows) > 1)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _forget(self, window: QWidget) -> None:
        if window in self.record_windows:
            self.record_windows.remove(window)

    def _reload_caseload(self) -> None:
        if self.caseload is not None:
            self.caseload.reload()

    def new_citizen(self, from_visit: dropins.VisitRow | None = None) -> FormDialog:
        """A new citizen in the programme, typed in or made from a drop-in visitor."""
        dialog = new_citizen_dialog(self, from_visit)
        self.new_citizen_dialog = dialog
        return dialog

    def page_titles(self) -> list[str]:
        return [self.nav.item(i).text() for i in range(self.nav.count())]

    def current_page(self) -> QWidget:
        shown = self.stack.currentWidget()
        return shown.widget() if isinstance(shown, QScrollArea) else shown

    def _show_page(self, row: int) -> None:
        if row < 0 or self.locked:
            return
        if row not in self._built:
            page = self._factories[row][1]()
            # a page larger than the window (a small screen, 150 %) scrolls inside it
            self._built[row] = scrolling(page, f"page{row}Scroll")
            self.stack.addWidget(self._built[row])
        self.stack.setCurrentWidget(self._built[row])

    # -- start of the day ---------------------------------------------------------------------
    def start_day(self) -> Operation | None:
        """The day's first backup (and the anonymisation after it) runs once the window is up,
        never in the login's way; the status bar says so (auth.start_of_day)."""
        self.sync_status.start()
        if not auth.start_of_day_due(self.ctx):
            return None
        self.statusBar().showMessage(self.tr("Tager dagens sikkerhedskopi …"))
        ctx = self.ctx
        self.day_operation = Operation(lambda _progress: auth.start_of_day(ctx), self)
        self.day_operation.finished.connect(self._day_started)
        self.day_operation.failed.connect(self._day_failed)
        return self.day_operation.start()

    def _day_started(self, _made: object) -> None:
        self.statusBar().showMessage(self.tr("Dagens sikkerhedskopi er taget."), 15_000)

    def _day_failed(self, error: object) -> None:
        self.statusBar().showMessage(self.tr("Dagens sikkerhedskopi mislykkedes: {error}").format(
            error=error_text(error) if isinstance(error, FremskudtError) else
            type(error).__name__))
        if not isinstance(error, FremskudtError) and isinstance(error, Exception):
            show_error(self, error)  # logged; the crash dialog says where

    # -- lock and switch ------------------------------------------------------------------------
    def lock(self) -> None:
        """Hide everything and ask for a password; the store stays open underneath."""
        if self.locked:
            return
        self.locked = True
        for window in self.record_windows:
            window.hide()  # a locked screen shows no citizen
        self.nav.setEnabled(False)
        self.stack.setCurrentWidget(self.locked_page)
        dialog = UnlockDialog(self.ctx, self.throttle, switching=False, parent=self)
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self._unlocked(dialog.result_ctx))
        dialog.open()
        self.unlock_dialog = dialog

    def _unlocked(self, ctx: ServiceContext | None) -> None:
        self.locked = False
        self.nav.setEnabled(True)
        if ctx is not None and ctx is not self.ctx:
            self.ctx = ctx
            self.show_user()
        else:
            for window in self.record_windows:
                window.show()
            self._show_page(self.nav.currentRow())
        self.idle.timer.start()

    def switch_user(self) -> None:
        dialog = UnlockDialog(self.ctx, self.throttle, switching=True, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_ctx is not None:
            self.ctx = dialog.result_ctx
            self.show_user()

    # -- administration -------------------------------------------------------------------------
    def open_staff(self) -> None:
        StaffDialog(self.ctx, kdf=self.kdf, parent=self).exec()

    def open_office_settings(self) -> FormDialog:
        self.office_settings_dialog = open_office_settings(self, self.ctx)
        return self.office_settings_dialog

    def open_idle_settings(self) -> None:
        dialog = IdleLockDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.idle.set_minutes(dialog.minutes.value())

    def open_recovery(self) -> None:
        try:
            dialog = NewRecoveryKeyDialog(self.ctx, self)
        except FremskudtError as exc:
            show_label_error(self.user_label, exc.message)
            return
        dialog.exec()

    def open_backups(self) -> BackupDialog:
        dialog = BackupDialog(self.ctx, self)
        dialog.restored.connect(self._restored)
        dialog.open()
        self.safety_dialog = dialog
        return dialog

    def _restored(self) -> None:
        QMessageBox.information(self, self.tr("Gendannet"), self.tr(
            "Sikkerhedskopien er gendannet. Fremskudt lukker nu; start programmet og log ind "
            "igen."))
        self.close()

    def open_invite(self) -> InviteDialog | None:
        """Administration → Tilføj arbejdsstation: a one-time join code (issue 18)."""
        try:
            dialog = InviteDialog(self.ctx, parent=self)
        except FremskudtError as exc:
            show_error(self, exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_deletion(self) -> DeletionDialog:
        dialog = DeletionDialog(self.ctx, self)
        dialog.open()
        self.safety_dialog = dialog
        return dialog

    def closeEvent(self, event) -> None:
        if self.day_operation is not None and self.day_operation.is_running():
            self.day_operation.wait()  # the store closes after the window: let the copy end
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.idle.timer.stop()
        self.sync_status.stop()
        super().closeEvent(event)
