"""Administration: staff accounts, the idle lock and a new recovery key."""

from __future__ import annotations

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
from app.services import auth, office, staff
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
