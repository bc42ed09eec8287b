"""The main window: navigation, the pages the user's roles allow, idle lock and user switching."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.db.keyring import KdfParams, normalise_username
from app.domain.errors import FremskudtError
from app.domain.roles import Permission
from app.services import auth, office
from app.services.context import ServiceContext
from app.ui.admin_dialogs import IdleLockDialog, NewRecoveryKeyDialog, StaffDialog
from app.ui.common import error_label, name_widget, show_label_error
from app.ui.pages import CompaniesPage, DropInDayPage, FindCitizenPage, ReportsPage, SyncPage

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


class UnlockDialog(QDialog):
    """Shown when the screen is locked: the same user unlocks, or another one takes over."""

    def __init__(self, ctx: ServiceContext, throttle: auth.LoginThrottle, *, switching: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.throttle = throttle
        self.result_ctx: ServiceContext | None = None
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Skift bruger") if switching else self.tr("Skærmen er låst"))
        intro = QLabel(
            self.tr("Log ind som en anden medarbejder.") if switching else
            self.tr("Fremskudt er låst. Skriv din adgangskode, eller log ind som en anden."))
        intro.setWordWrap(True)
        self.username = name_widget(QLineEdit(), "unlockUsername", self.tr("Brugernavn"))
        self.username.setText("" if switching else ctx.user.username)
        self.password = name_widget(QLineEdit(), "unlockPassword", self.tr("Adgangskode"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label("unlockError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Log ind"))
        buttons.accepted.connect(self.try_unlock)
        if switching:
            cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            cancel.setText(self.tr("&Annullér"))
            buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Brugernavn:"), self.username)
        form.addRow(self.tr("&Adgangskode:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.username if switching else self.password).setFocus()

    def try_unlock(self) -> None:
        username = normalise_username(self.username.text())
        try:
            self.throttle.check()
            if username == self.ctx.user.username:
                if not auth.verify_password(self.ctx, username, self.password.text()):
                    self.throttle.record_failure()
                    raise FremskudtError(self.tr("Forkert brugernavn eller adgangskode."))
                self.throttle.record_success()
                self.result_ctx = self.ctx
            else:
                self.result_ctx = auth.switch_user(self.ctx, username, self.password.text(),
                                                   self.throttle)
        except FremskudtError as exc:
            self.password.clear()
            show_label_error(self.error, exc.message)
            return
        self.accept()

    def reject(self) -> None:  # a locked screen cannot be dismissed with Escape
        if self.windowTitle() == self.tr("Skift bruger"):
            super().reject()


class MainWindow(QMainWindow):
    def __init__(self, ctx: ServiceContext, *, kdf: KdfParams | None = None,
                 lock_minutes: int | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.kdf = kdf
        self.throttle = auth.LoginThrottle()
        self.locked = False
        self.setObjectName("mainWindow")
        self.resize(1200, 760)
        self._build()
        self.idle = IdleWatcher(lock_minutes or office.idle_lock_minutes(ctx), self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.show_user()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.nav = name_widget(QListWidget(), "navigation", self.tr("Navigation"))
        self.nav.setFixedWidth(210)
        self.nav.setStyleSheet("QListWidget { font-size: 12pt; } "
                               "QListWidget::item { padding: 8px 6px; }")
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
        self._build_menus()

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Filer"))
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
        self._action(self.admin_menu, self.tr("Ny &gendannelsesnøgle …"),
                     self.open_recovery, None, "recoveryAction")

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

    def _pages_for_user(self) -> list[tuple[str, Callable[[], QWidget]]]:
        user, ctx = self.ctx.user, self.ctx
        pages: list[tuple[str, Callable[[], QWidget]]] = []
        if user.can(Permission.CITIZEN_BASIC):
            pages.append((self.tr("Sagsstamme"), lambda: FindCitizenPage(ctx)))
        if user.can(Permission.QUEUE):
            pages.append((self.tr("Åben rådgivning"), lambda: DropInDayPage(ctx)))
        if user.can(Permission.COMPANY):
            pages.append((self.tr("Virksomheder"), lambda: CompaniesPage(ctx)))
        if user.can(Permission.REPORTS):
            pages.append((self.tr("Rapporter"), lambda: ReportsPage(ctx)))
        if user.can(Permission.EXPORT):
            pages.append((self.tr("Synkronisering"), lambda: SyncPage(ctx)))
        return pages

    def show_user(self) -> None:
        """(Re)build navigation and pages for the current user."""
        self.nav.blockSignals(True)
        self.nav.clear()
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            if widget is not self.locked_page:
                widget.deleteLater()
        self._factories = self._pages_for_user()
        for title, _factory in self._factories:
            QListWidgetItem(title, self.nav)
        self._built: dict[int, QWidget] = {}
        self.stack.addWidget(self.locked_page)
        self.nav.blockSignals(False)
        self.admin_menu.menuAction().setVisible(self.ctx.user.can(Permission.ADMIN))
        roles = ", ".join(sorted(r.label for r in self.ctx.user.roles))
        self.user_label.setText(f"{self.ctx.user.full_name} ({roles})")
        info = office.office_info(self.ctx)
        self.setWindowTitle(self.tr("Fremskudt – {office}").format(office=info.office_name))
        if self._factories:
            self.nav.setCurrentRow(0)

    def page_titles(self) -> list[str]:
        return [self.nav.item(i).text() for i in range(self.nav.count())]

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def _show_page(self, row: int) -> None:
        if row < 0 or self.locked:
            return
        if row not in self._built:
            page = self._factories[row][1]()
            self._built[row] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(self._built[row])

    # -- lock and switch ------------------------------------------------------------------------
    def lock(self) -> None:
        """Hide everything and ask for a password; the store stays open underneath."""
        if self.locked:
            return
        self.locked = True
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

    def closeEvent(self, event) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.idle.timer.stop()
        super().closeEvent(event)
