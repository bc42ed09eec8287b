"""Logging in, unlocking a locked screen (or another user taking over), and "Glemt
adgangskode" with the printed recovery key."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FremskudtError
from app.paths import DataPaths
from app.services import auth
from app.services.context import ServiceContext
from app.services.keys import KdfParams, parse_recovery_key
from app.services.staff import check_password
from app.ui.common import Operation, error_label, name_widget, show_error, show_label_error


class LoginDialog(QDialog):
    """Result: `ctx` when accepted. Wrong passwords lock the button for an increasing delay."""

    def __init__(self, paths: DataPaths, *, title: str | None = None,
                 throttle: auth.LoginThrottle | None = None, kdf: KdfParams | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.kdf = kdf
        # wrong passwords are counted by the service, beside the key ring (survives restarts)
        self.throttle = throttle or auth.LoginThrottle.for_paths(paths)
        self.ctx: ServiceContext | None = None
        self.operation: Operation | None = None
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)
        self.setObjectName("loginDialog")
        self.setWindowTitle(title or self.tr("Fremskudt – log ind"))
        self._build()
        self._start_countdown()  # still waiting after wrong passwords before a restart

    def _build(self) -> None:
        heading = QLabel(self.tr("<h2>Fremskudt</h2>Log ind med dit brugernavn og din "
                                 "adgangskode."))
        self.username = name_widget(QLineEdit(), "username", self.tr("Brugernavn"))
        self.password = name_widget(QLineEdit(), "password", self.tr("Adgangskode"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label("loginError")
        self.login_button = name_widget(QPushButton(self.tr("&Log ind")), "loginButton")
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.try_login)
        self.forgot_button = name_widget(QPushButton(self.tr("&Glemt adgangskode …")),
                                         "forgotButton")
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.clicked.connect(self.recover)
        buttons = QDialogButtonBox()
        buttons.addButton(self.forgot_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Annullér"))
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Brugernavn:"), self.username)
        form.addRow(self.tr("&Adgangskode:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def try_login(self) -> Operation:
        """Argon2 takes a noticeable moment: it runs off the GUI thread while the dialog shows
        a busy state. The day's first backup is not taken here: the main window starts it
        once it is up (auth.start_of_day)."""
        paths, throttle = self.paths, self.throttle
        username, password = self.username.text(), self.password.text()
        self.password.clear()
        show_label_error(self.error, "")
        self.operation = Operation(
            lambda _progress: auth.login(paths, username, password, throttle, start_day=False),
            self, busy=self)
        self.operation.finished.connect(self._logged_in)
        self.operation.failed.connect(self._refused)
        return self.operation.start()

    def _logged_in(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.accept()

    def _refused(self, error: object) -> None:
        if isinstance(error, FremskudtError):
            show_label_error(self.error, error.message)
        elif isinstance(error, Exception):
            show_error(self, error)  # unexpected: the crash dialog and the log
        self._start_countdown()
        self.password.setFocus()

    def _start_countdown(self) -> None:
        if self.throttle.remaining() > 0:
            self.login_button.setEnabled(False)
            self._tick()
            self._countdown.start()

    def _tick(self) -> None:
        remaining = self.throttle.remaining()
        if remaining <= 0:
            self._countdown.stop()
            self.login_button.setEnabled(True)
            self.login_button.setText(self.tr("&Log ind"))
            self.password.setFocus()
        else:
            self.login_button.setText(self.tr("Vent %n s", "", int(remaining + 0.999)))

    def recover(self) -> None:
        dialog = RecoveryDialog(self.paths, kdf=self.kdf, parent=self)
        dialog.username.setText(self.username.text())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.ctx is not None:
            self.ctx = dialog.ctx
            self.accept()


class RecoveryDialog(QDialog):
    """Open the store with the recovery key and set a new password for an account."""

    def __init__(self, paths: DataPaths, *, kdf: KdfParams | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.kdf = kdf
        self.ctx: ServiceContext | None = None
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Glemt adgangskode"))
        self._build()

    def _build(self) -> None:
        intro = QLabel(self.tr("Skriv gendannelsesnøglen fra det udskrevne ark (52 tegn), "
                               "dit brugernavn og en ny adgangskode."))
        intro.setWordWrap(True)
        self.key = name_widget(QLineEdit(), "recoveryKeyInput", self.tr("Gendannelsesnøgle"))
        self.key.setPlaceholderText("ABCD-EFGH-…")
        self.username = name_widget(QLineEdit(), "recoveryUsername", self.tr("Brugernavn"))
        self.password = name_widget(QLineEdit(), "recoveryPassword", self.tr("Ny adgangskode"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = name_widget(QLineEdit(), "recoveryRepeat", self.tr("Gentag adgangskode"))
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label("recoveryError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Nulstil og log ind"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annullér"))
        buttons.accepted.connect(self.try_recover)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Gendannelsesnøgle:"), self.key)
        form.addRow(self.tr("&Brugernavn:"), self.username)
        form.addRow(self.tr("&Ny adgangskode:"), self.password)
        form.addRow(self.tr("G&entag:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def try_recover(self) -> None:
        try:
            check_password(self.password.text(), self.repeat.text())
            key = parse_recovery_key(self.key.text())
            self.ctx = auth.recover_account(self.paths, key, self.username.text(),
                                            self.password.text(), kdf=self.kdf)
        except FremskudtError as exc:
            show_label_error(self.error, exc.message)
            return
        self.accept()


class UnlockDialog(QDialog):
    """Shown when the screen is locked: the same user unlocks, or another one takes over."""

    def __init__(self, ctx: ServiceContext, throttle: auth.LoginThrottle, *, switching: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.throttle = throttle
        self.result_ctx: ServiceContext | None = None
        self.operation: Operation | None = None
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

    def try_unlock(self) -> Operation:
        """Argon2 takes a noticeable moment: the check runs off the GUI thread while the dialog
        is busy. The service counts wrong passwords (beside the key ring)."""
        ctx, throttle = self.ctx, self.throttle
        username, password = self.username.text(), self.password.text()
        show_label_error(self.error, "")
        self.operation = Operation(
            lambda _progress: auth.unlock(ctx, username, password, throttle), self, busy=self)
        self.operation.finished.connect(self._unlocked)
        self.operation.failed.connect(self._refused)
        return self.operation.start()

    def _unlocked(self, ctx: ServiceContext) -> None:
        self.result_ctx = ctx
        self.accept()

    def _refused(self, error: object) -> None:
        self.password.clear()
        if isinstance(error, FremskudtError):
            show_label_error(self.error, error)
        elif isinstance(error, Exception):
            show_error(self, error)  # unexpected: the crash dialog and the log
        self.password.setFocus()

    def reject(self) -> None:  # a locked screen cannot be dismissed with Escape
        if self.windowTitle() == self.tr("Skift bruger"):
            super().reject()
