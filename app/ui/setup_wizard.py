"""First run: create the office (name, municipality, first administrator, recovery sheet), join
an existing office (app/ui/join_page.py) or try the app with a demo office."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.domain.errors import FremskudtError
from app.domain.roles import Role
from app.paths import DataPaths
from app.services import auth, peers_join
from app.services.context import ServiceContext
from app.services.keys import KdfParams, format_recovery_key, recovery_sheet
from app.services.office import confirm_recovery_sheet
from app.services.setup import SetupResult, setup_office
from app.services.sync import add_central_keys, key_file_fingerprints
from app.ui.common import Operation, error_label, name_widget, show_label_error
from app.ui.files import open_file_name
from app.ui.i18n import vocab
from app.ui.join_page import JoinPage
from app.ui.login_dialog import LoginDialog
from app.ui.pdf_preview import PdfPreview

PAGE_WELCOME, PAGE_OFFICE, PAGE_ADMIN, PAGE_RECOVERY, PAGE_DEMO, PAGE_CENTRAL, PAGE_JOIN = range(7)


class WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Velkommen til Fremskudt"))
        self.setSubTitle(self.tr("Arbejdsredskab til den fremskudte beskæftigelsesindsats."))
        text = QLabel(self.tr(
            "Denne computer har endnu ingen database. Opret kontoret, hvis I skal i gang med "
            "rigtige borgere, tilslut computeren et kontor, der allerede bruger Fremskudt, "
            "eller prøv programmet med fiktive demodata først."))
        text.setWordWrap(True)
        self.create_radio = name_widget(QRadioButton(self.tr("&Opret kontoret")), "createOffice")
        self.join_radio = name_widget(QRadioButton(self.tr("&Tilslut et eksisterende kontor")),
                                      "joinOffice")
        self.demo_radio = name_widget(QRadioButton(self.tr("&Prøv med demodata")), "tryDemo")
        self.create_radio.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addWidget(self.create_radio)
        layout.addWidget(self.join_radio)
        layout.addWidget(self.demo_radio)
        layout.addStretch(1)

    def nextId(self) -> int:
        if self.join_radio.isChecked():
            return PAGE_JOIN
        return PAGE_DEMO if self.demo_radio.isChecked() else PAGE_OFFICE


class OfficePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Kontoret"))
        self.setSubTitle(self.tr("Navnet står på alle udskrifter og i synkroniseringen med "
                                 "jobcentret."))
        self.office_name = name_widget(QLineEdit(), "officeName", self.tr("Kontorets navn"))
        self.office_name.setPlaceholderText(self.tr("fx Jobcenter Nord, kontoret i Tingbjerg"))
        self.municipality = name_widget(QLineEdit(), "municipality", self.tr("Kommune"))
        form = QFormLayout(self)
        form.addRow(self.tr("Kontorets &navn:"), self.office_name)
        form.addRow(self.tr("&Kommune:"), self.municipality)
        self.registerField("office_name*", self.office_name)
        self.registerField("municipality*", self.municipality)

    def nextId(self) -> int:
        return PAGE_ADMIN


class AdminPage(QWizardPage):
    """The first administrator. Leaving this page creates the encrypted store."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Første administrator"))
        self.setSubTitle(self.tr("Administratoren opretter de andre medarbejdere. Vælg også de "
                                 "roller, du selv arbejder i: leder og jobkonsulent er valgt, "
                                 "så du kan se sagsstammen; fjern dem, hvis du ikke skal."))
        self.full_name = name_widget(QLineEdit(), "adminFullName", self.tr("Fulde navn"))
        self.username = name_widget(QLineEdit(), "adminUsername", self.tr("Brugernavn"))
        self.password = name_widget(QLineEdit(), "adminPassword", self.tr("Adgangskode"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = name_widget(QLineEdit(), "adminPasswordRepeat",
                                  self.tr("Gentag adgangskode"))
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        roles_box = QGroupBox(self.tr("Roller ud over administrator"))
        roles_layout = QVBoxLayout(roles_box)
        self.role_boxes: dict[Role, QCheckBox] = {}
        for role in (Role.JOBKONSULENT, Role.JOBFORMIDLER, Role.LEDER, Role.SKRANKE):
            box = name_widget(QCheckBox(vocab(role)), f"role_{role.value}", vocab(role))
            # an administrator alone sees only Synkronisering (issue 17, point 9)
            box.setChecked(role in (Role.JOBKONSULENT, Role.LEDER))
            roles_layout.addWidget(box)
            self.role_boxes[role] = box
        self.error = error_label("adminError")
        # Creating the store cannot be undone from the wizard: no way back after this page.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Opret kontoret"))
        form = QFormLayout(self)
        form.addRow(self.tr("Fulde &navn:"), self.full_name)
        form.addRow(self.tr("&Brugernavn:"), self.username)
        form.addRow(self.tr("&Adgangskode (mindst 10 tegn):"), self.password)
        form.addRow(self.tr("&Gentag adgangskode:"), self.repeat)
        form.addRow(roles_box)
        form.addRow(self.error)

    def validatePage(self) -> bool:
        roles = {role for role, box in self.role_boxes.items() if box.isChecked()}
        try:
            self._wizard.result = setup_office(
                self._wizard.paths,
                office_name=self.field("office_name"),
                municipality=self.field("municipality"),
                username=self.username.text(),
                full_name=self.full_name.text(),
                password=self.password.text(),
                password_repeat=self.repeat.text(),
                roles=roles,
                kdf=self._wizard.kdf,
                recovery_sheet_pending=True,
            )
        except FremskudtError as exc:
            show_label_error(self.error, exc.message)
            return False
        show_label_error(self.error, "")
        self.password.clear()
        self.repeat.clear()
        return True

    def nextId(self) -> int:
        return PAGE_RECOVERY


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Gendannelsesnøgle"))
        self.setSubTitle(self.tr("Udskriv arket nu. Nøglen vises kun denne ene gang og er den "
                                 "eneste vej ind, hvis alle adgangskoder bliver glemt."))
        self.key_label = name_widget(QLabel(), "recoveryKey", self.tr("Gendannelsesnøgle"))
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(13)
        self.key_label.setFont(mono)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setWordWrap(True)
        self.preview = PdfPreview(self, allow_save=True)
        self.preview.setMinimumHeight(200)  # the wizard fits a laptop at 150 %
        self.confirm = name_widget(
            QCheckBox(self.tr("Jeg har &udskrevet arket og lagt det et sikkert sted")),
            "recoveryConfirmed")
        self.registerField("recovery_confirmed*", self.confirm)
        self.notice = error_label("recoveryNotice")
        layout = QVBoxLayout(self)
        layout.addWidget(self.key_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.notice)

    def initializePage(self) -> None:
        result = self._wizard.result
        assert result is not None
        # the office exists now: the only way on is the confirmed sheet (issue 17, point 8)
        self._wizard.setOption(QWizard.WizardOption.NoCancelButton, True)
        text = format_recovery_key(result.recovery_key)
        self.key_label.setText(text)
        self.preview.set_pdf(recovery_sheet(result.ctx, result.recovery_key))

    def refuse_to_leave(self) -> None:
        show_label_error(self.notice, self.tr(
            "Kontoret er oprettet. Udskriv arket, og bekræft det nedenfor, før du går videre: "
            "nøglen vises ikke igen. Lukkes programmet nu, skal der laves en ny nøgle ved "
            "næste start."))

    def validatePage(self) -> bool:
        try:
            confirm_recovery_sheet(self._wizard.ctx)
        except FremskudtError as exc:
            show_label_error(self.notice, exc.message)
            return False
        return True

    def nextId(self) -> int:
        return PAGE_CENTRAL


class CentralKeyPage(QWizardPage):
    """Optional on a new workstation: the central jobcenter's public key file, with its
    fingerprints to compare over the phone. It can also be loaded later under
    Synkronisering."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.data: bytes | None = None
        self.setTitle(self.tr("Jobcentrets nøgle"))
        self.setSubTitle(self.tr("Indlæs jobcentrets fil med offentlige nøgler, så kontorets "
                                 "arbejde kan sendes til jobcentret. Kan springes over."))
        choose = name_widget(QPushButton(self.tr("&Vælg nøglefil …")), "chooseCentralKey")
        choose.clicked.connect(self.choose)
        self.fingerprints = name_widget(QLabel(), "centralFingerprints",
                                        self.tr("Fingeraftryk"))
        self.fingerprints.setWordWrap(True)
        self.confirm = name_widget(QCheckBox(self.tr("Fingeraftrykkene &passer med det, "
                                                     "jobcentrets IT læser op")),
                                   "centralConfirmed")
        self.confirm.setEnabled(False)
        self.error = error_label("centralError")
        layout = QVBoxLayout(self)
        layout.addWidget(choose)
        layout.addWidget(self.fingerprints)
        layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def choose(self) -> None:
        path = open_file_name(self, self.tr("Jobcentrets nøglefil"), "JSON (*.json)")
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        try:
            with open(path, "rb") as fh:
                data = fh.read()
            fingerprints = key_file_fingerprints(data)  # recipient and receipt key
        except (FremskudtError, OSError) as exc:
            show_label_error(self.error, exc.message if isinstance(exc, FremskudtError)
                             else str(exc))
            return
        show_label_error(self.error, "")
        self.data = data
        self.fingerprints.setText("\n".join(fp for _key_id, fp in fingerprints))
        self.confirm.setEnabled(True)

    def validatePage(self) -> bool:
        if self.data is None:
            return True  # skipped: it can be done under Synkronisering
        if not self.confirm.isChecked():
            show_label_error(self.error, self.tr("Bekræft fingeraftrykkene, eller annullér "
                                                 "indlæsningen ved at vælge en anden fil."))
            return False
        try:
            add_central_keys(self._wizard.ctx, self.data)
        except FremskudtError as exc:
            show_label_error(self.error, exc.message)
            return False
        return True

    def nextId(self) -> int:
        return -1


class DemoPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._operation: Operation | None = None
        self.setTitle(self.tr("Prøv med demodata"))
        self.setSubTitle(self.tr("Et demokontor med fiktive borgere, virksomheder og forløb. "
                                 "Ingen af personerne findes."))
        self.citizens = name_widget(QSpinBox(), "demoCitizens", self.tr("Antal borgere"))
        self.citizens.setRange(10, 50_000)
        self.citizens.setValue(500)
        self.citizens.setSingleStep(100)
        # the demo (and Faker) load only with this page, not at every start (issue 22)
        from app.services.demo import DEMO_PASSWORD, DEMO_USERNAME

        login = QLabel(self.tr("Log ind med brugernavn <b>{user}</b> og adgangskode "
                               "<b>{password}</b>.").format(user=DEMO_USERNAME,
                                                           password=DEMO_PASSWORD))
        self.start = name_widget(QPushButton(self.tr("&Opret demokontor")), "createDemo")
        self.start.clicked.connect(self.create_demo)
        self.progress = name_widget(QProgressBar(), "demoProgress")
        self.progress.setValue(0)
        self.error = error_label("demoError")
        form = QFormLayout(self)
        form.addRow(self.tr("Antal &borgere:"), self.citizens)
        form.addRow(login)
        form.addRow(self.start)
        form.addRow(self.progress)
        form.addRow(self.error)

    def isComplete(self) -> bool:
        return self._wizard.result is not None

    def create_demo(self) -> None:
        self.start.setEnabled(False)
        self.citizens.setEnabled(False)
        count = self.citizens.value()
        paths, kdf = self._wizard.paths, self._wizard.kdf

        def job(progress):
            from app.services.demo import create_demo_office

            return create_demo_office(paths, citizens=count, kdf=kdf, progress=progress)

        self._operation = Operation(job, self)
        self._operation.progress.connect(self._on_progress)
        self._operation.finished.connect(self._on_done)
        self._operation.failed.connect(self._on_failed)
        self._operation.start()

    def wait(self) -> None:
        if self._operation is not None:
            self._operation.wait()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _on_done(self, result) -> None:
        self._wizard.result = SetupResult(result.ctx, result.recovery_key,
                                          "Demokontoret", "Demokommune")
        self.progress.setValue(self.progress.maximum())
        self.completeChanged.emit()

    def _on_failed(self, error: object) -> None:
        message = error.message if isinstance(error, FremskudtError) else str(error)
        show_label_error(self.error, message)
        self.start.setEnabled(True)
        self.citizens.setEnabled(True)

    def nextId(self) -> int:
        return -1


class SetupWizard(QWizard):
    """Result: `ctx`, the logged-in administrator's service context, when accepted (after a
    join: the context of the staff member who logged in)."""

    def __init__(self, paths: DataPaths, *, kdf: KdfParams | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.kdf = kdf
        self.result: SetupResult | None = None
        self.login: LoginDialog | None = None
        self.joined_ctx: ServiceContext | None = None
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Fremskudt – opsætning"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(720, 620)  # shrunk to a small screen by the application's screen fitter
        self.setPage(PAGE_WELCOME, WelcomePage())
        self.setPage(PAGE_OFFICE, OfficePage())
        self.admin_page = AdminPage(self)
        self.setPage(PAGE_ADMIN, self.admin_page)
        self.recovery_page = RecoveryPage(self)
        self.setPage(PAGE_RECOVERY, self.recovery_page)
        self.demo_page = DemoPage(self)
        self.setPage(PAGE_DEMO, self.demo_page)
        self.central_page = CentralKeyPage(self)
        self.setPage(PAGE_CENTRAL, self.central_page)
        self.join_page = JoinPage(paths)
        self.setPage(PAGE_JOIN, self.join_page)
        if peers_join.pending_join(paths) is not None:  # a request left before a restart
            self.setStartId(PAGE_JOIN)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Næste >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Tilbage"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Færdig"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Annullér"))

    @property
    def ctx(self) -> ServiceContext | None:
        return self.result.ctx if self.result else self.joined_ctx

    def accept(self) -> None:
        """After a join, the office's own staff log in on this workstation."""
        if self.join_page.joined and self.joined_ctx is None:
            self.login = LoginDialog(self.paths, kdf=self.kdf, parent=self)
            if self.login.exec() == QDialog.DialogCode.Accepted:
                self.joined_ctx = self.login.ctx
        super().accept()

    def reject(self) -> None:
        """Escape, the window's close button and Annullér end here: while the recovery sheet
        waits for its confirmation, the wizard stays and says why."""
        if self.currentId() == PAGE_RECOVERY and self.result is not None:
            self.recovery_page.refuse_to_leave()
            return
        super().reject()


class PendingRecoveryDialog(QDialog):
    """Shown after login, before anything else, when the setup ended before its recovery
    sheet was confirmed: a new key replaces the unseen one, and only the confirmation of the
    printed sheet closes the dialog (issue 17, point 8)."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("pendingRecoveryDialog")
        self.setWindowTitle(self.tr("Ny gendannelsesnøgle"))
        key = auth.replace_recovery_key(ctx)
        intro = QLabel(self.tr(
            "Opsætningen blev afbrudt, før gendannelsesarket var bekræftet udskrevet. Derfor er "
            "der lavet en ny gendannelsesnøgle; den første virker ikke. Udskriv arket nu."))
        intro.setWordWrap(True)
        self.key_label = name_widget(QLabel(format_recovery_key(key)), "pendingRecoveryKey",
                                     self.tr("Gendannelsesnøgle"))
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = PdfPreview(self, allow_save=True)
        self.preview.set_pdf(recovery_sheet(ctx, key))
        self.confirm = name_widget(
            QCheckBox(self.tr("Jeg har &udskrevet arket og lagt det et sikkert sted")),
            "pendingRecoveryConfirmed")
        self.error = error_label("pendingRecoveryError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Fortsæt"))
        self.ok_button.setObjectName("pendingRecoveryOk")
        self.ok_button.setEnabled(False)
        self.confirm.toggled.connect(self.ok_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            confirm_recovery_sheet(self.ctx)
        except FremskudtError as exc:
            show_label_error(self.error, exc.message)
            return
        super().accept()

    def reject(self) -> None:  # Escape and the close button: the sheet comes first
        show_label_error(self.error, self.tr("Bekræft, at arket er udskrevet, for at "
                                             "fortsætte."))
