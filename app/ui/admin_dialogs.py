"""Administration: staff accounts, the idle lock, a new recovery key and a join code for a new
workstation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FremskudtError
from app.domain.roles import Role
from app.services import auth, office, peers_join, staff
from app.services.context import ServiceContext
from app.services.keys import KdfParams, format_recovery_key, recovery_sheet
from app.ui.common import (
    Operation,
    error_label,
    name_widget,
    run_for,
    show_error,
    show_label_error,
)
from app.ui.files import folder_name
from app.ui.i18n import vocab
from app.ui.pdf_preview import PdfPreview
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import table_view


class StaffDialog(QDialog):
    """The office's staff accounts, and a form to add one."""

    def __init__(self, ctx: ServiceContext, *, kdf: KdfParams | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kdf = kdf
        self.operation: Operation | None = None
        self.setObjectName("staffDialog")
        self.setWindowTitle(self.tr("Medarbejdere"))
        self._build()
        self.load()

    def _build(self) -> None:
        self.model = RowsTableModel([
            Column(self.tr("Navn"), lambda r: r.full_name),
            Column(self.tr("Brugernavn"), lambda r: r.username),
            Column(self.tr("Roller"), lambda r: ", ".join(sorted(vocab(x) for x in r.roles))),
            Column(self.tr("Aktiv"), lambda r: self.tr("Ja") if r.active else self.tr("Nej")),
        ], self)
        self.view, _proxy = table_view("staffTable", self.model)
        box = self.new_box = QGroupBox(self.tr("Ny medarbejder"))
        self.full_name = name_widget(QLineEdit(), "newStaffName", self.tr("Fulde navn"))
        self.username = name_widget(QLineEdit(), "newStaffUsername", self.tr("Brugernavn"))
        self.password = name_widget(QLineEdit(), "newStaffPassword", self.tr("Adgangskode"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        roles_row = QHBoxLayout()
        self.role_boxes: dict[Role, QCheckBox] = {}
        for role in Role:
            check = name_widget(QCheckBox(vocab(role)), f"newStaffRole_{role.value}", vocab(role))
            roles_row.addWidget(check)
            self.role_boxes[role] = check
        self.add_button = name_widget(QPushButton(self.tr("&Opret medarbejder")), "addStaff")
        self.add_button.clicked.connect(self.add_account)
        self.error = error_label("staffError")
        form = QFormLayout(box)
        form.addRow(self.tr("Fulde &navn:"), self.full_name)
        form.addRow(self.tr("&Brugernavn:"), self.username)
        form.addRow(self.tr("&Adgangskode (mindst 10 tegn):"), self.password)
        form.addRow(self.tr("Roller:"), roles_row)
        form.addRow(self.error)
        form.addRow(self.add_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(box)
        layout.addWidget(close)
        self.resize(760, 560)

    def load(self) -> None:
        self.model.set_rows(staff.list_accounts(self.ctx))
        self.view.resizeColumnsToContents()

    def add_account(self) -> Operation:
        """The new account's keys are wrapped by its password (Argon2), which takes a noticeable
        moment: it runs off the GUI thread while the form is busy. The operation belongs to the
        application, so closing the dialog meanwhile never destroys a running thread."""
        ctx, kdf = self.ctx, self.kdf
        values = {"username": self.username.text(), "full_name": self.full_name.text(),
                  "password": self.password.text(),
                  "roles": {role for role, box in self.role_boxes.items() if box.isChecked()}}
        show_label_error(self.error, "")
        self.operation = run_for(
            self, lambda _progress: staff.create_account(ctx, kdf=kdf, **values),
            self._account_added, self._account_refused, busy=self.new_box)
        return self.operation

    def _account_added(self, _account: object) -> None:
        for widget in (self.full_name, self.username, self.password):
            widget.clear()
        for box in self.role_boxes.values():
            box.setChecked(False)
        self.load()

    def _account_refused(self, error: object) -> None:
        if isinstance(error, FremskudtError):
            show_label_error(self.error, error)
        elif isinstance(error, Exception):
            show_error(self, error)  # unexpected: the crash dialog and the log


class IdleLockDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("idleLockSettings")
        self.setWindowTitle(self.tr("Automatisk lås"))
        self.minutes = name_widget(QSpinBox(), "idleMinutes", self.tr("Minutter"))
        low, high = office.IDLE_LOCK_RANGE
        self.minutes.setRange(low, high)
        self.minutes.setValue(office.idle_lock_minutes(ctx))
        self.minutes.setSuffix(self.tr(" min"))
        self.error = error_label("idleError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annullér"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Lås skærmen efter &inaktivitet i:"), self.minutes)
        form.addRow(self.error)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            office.set_idle_lock_minutes(self.ctx, self.minutes.value())
        except FremskudtError as exc:
            show_label_error(self.error, exc.message)
            return
        self.accept()


class NewRecoveryKeyDialog(QDialog):
    """Makes a new recovery key at once and shows its sheet; the old sheet stops working."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newRecoveryKey")
        self.setWindowTitle(self.tr("Ny gendannelsesnøgle"))
        key = auth.replace_recovery_key(ctx)
        text = format_recovery_key(key)
        label = name_widget(QLabel(text), "newRecoveryKeyText", self.tr("Gendannelsesnøgle"))
        self.preview = PdfPreview(self)
        self.preview.set_pdf(recovery_sheet(ctx, key))
        note = QLabel(self.tr("Den gamle gendannelsesnøgle virker ikke længere. Udskriv det "
                              "nye ark, og destruér det gamle."))
        note.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(close)
        self.resize(700, 800)


def big_mono(label: QLabel, points: int = 20, wrap: bool = True) -> QLabel:
    """A code or fingerprint to read aloud: large, monospaced, selectable."""
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(points)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(wrap)  # a fingerprint read aloud stays on one line where it fits
    return label


class InviteDialog(QDialog):
    """Tilføj arbejdsstation (issue 18): a one-time join code, made when the dialog opens, with
    the office's fingerprint to compare on the new workstation and the folder both use."""

    def __init__(self, ctx: ServiceContext, folder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inviteDialog")
        self.setWindowTitle(self.tr("Tilføj arbejdsstation"))
        self.invite = peers_join.invite(ctx)
        self.folder = folder
        self._build()

    def _build(self) -> None:
        steps = QLabel(self.tr(
            "<ol><li>På den nye arbejdsstation: start Fremskudt og vælg <b>Tilslut et "
            "eksisterende kontor</b>.</li><li>Skriv koden nedenfor, og vælg den samme mappe "
            "(fx USB-nøglen eller et fælles drev).</li><li>Sammenlign fingeraftrykkene på "
            "begge skærme.</li><li>Synkronisér her via mappen, og tryk derefter <b>Fuldfør "
            "tilslutning</b> på den nye arbejdsstation.</li></ol>"))
        steps.setWordWrap(True)
        self.code_label = big_mono(name_widget(QLabel(self.invite.code), "joinCode",
                                               self.tr("Tilslutningskode")), 24)
        expires = self.invite.expires_at.astimezone().strftime("%H:%M")
        valid = QLabel(self.tr("Koden virker én gang og kun i 15 minutter (til kl. {time})."
                               ).format(time=expires))
        self.fingerprint_label = big_mono(name_widget(
            QLabel(self.invite.office_fingerprint), "inviteFingerprint",
            self.tr("Kontorets fingeraftryk")), 16)
        self.folder_label = name_widget(QLabel(), "inviteFolder", self.tr("Mappe"))
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = name_widget(QPushButton(self.tr("&Vælg mappe …")), "inviteChooseFolder")
        choose.clicked.connect(self.choose_folder)
        self.set_folder(self.folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Tilslutningskode:"), self.code_label)
        form.addRow("", valid)
        form.addRow(self.tr("Kontorets fingeraftryk:"), self.fingerprint_label)
        form.addRow(self.tr("Mappe:"), folder_row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(steps)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(close)
        self.resize(720, 460)

    def set_folder(self, folder: str) -> None:
        self.folder = folder
        self.folder_label.setText(folder or self.tr(
            "(ingen valgt: vælg den mappe, begge arbejdsstationer kan nå)"))

    def choose_folder(self) -> None:
        folder = folder_name(self, self.tr("Mappe til synkronisering"))
        if folder:
            self.set_folder(folder)
