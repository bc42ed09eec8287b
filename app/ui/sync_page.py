"""Synkronisering: this workstation's identity, the central keys, bundles and receipts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FremskudtError
from app.domain.roles import Permission
from app.services import office, sync
from app.services.context import ServiceContext
from app.ui.common import (
    Operation,
    error_label,
    name_widget,
    run_for,
    show_error,
    show_label_error,
)
from app.ui.files import folder_name, open_file_name, save_file_name, size_text
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import heading, table_view


class SyncPage(QWidget):
    """Synkronisering: this workstation's identity, the central keys with fingerprints to read
    aloud, the enrollment file, exporting bundles (off the GUI thread) and receipts."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.operation: Operation | None = None
        self.last_export: sync.ExportResult | None = None
        self._build()
        self.load()

    def _build(self) -> None:
        info = office.office_info(self.ctx)
        box = QGroupBox(self.tr("Denne arbejdsstation"))
        form = QFormLayout(box)
        form.addRow(self.tr("Kontor:"), QLabel(f"{info.office_name} ({info.municipality})"))
        form.addRow(self.tr("Arbejdsstation:"), QLabel(info.workstation_name))
        device = name_widget(QLabel(str(info.device_id)), "deviceId", self.tr("Enheds-id"))
        device.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Enheds-id:"), device)
        fp = name_widget(QLabel(info.signing_fingerprint), "signingFingerprint",
                         self.tr("Fingeraftryk"))
        fp.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Signeringsnøglens fingeraftryk:"), fp)
        enrol = name_widget(QPushButton(self.tr("Gem &tilmeldingsfil …")), "saveEnrollment")
        enrol.clicked.connect(self.save_enrollment)
        form.addRow(enrol)

        self.keys = RowsTableModel([
            Column(self.tr("Nøgle-id"), lambda k: k.key_id),
            Column(self.tr("Fingeraftryk (læs op for jobcentrets IT)"),
                   lambda k: k.trust_fingerprint),
            Column(self.tr("Tilføjet"), lambda k: k.added_at.astimezone().strftime(
                "%d.%m.%Y"), sort=lambda k: k.added_at)], self)
        self.keys_view, _ = table_view("centralKeys", self.keys)
        add_key = name_widget(QPushButton(self.tr("Indlæs jobcentrets &nøglefil …")),
                              "addCentralKey")
        add_key.clicked.connect(self.add_key)
        add_key.setVisible(self.ctx.user.can(Permission.ADMIN))
        keys_box = QGroupBox(self.tr("Jobcentrets nøgler"))
        keys_layout = QVBoxLayout(keys_box)
        keys_layout.addWidget(self.keys_view)
        keys_layout.addWidget(add_key)

        self.bundles = RowsTableModel([
            Column(self.tr("Nr."), lambda b: b.seq, align_right=True),
            Column(self.tr("Dannet"), lambda b: b.created_at.astimezone().strftime(
                "%d.%m.%Y %H:%M"), sort=lambda b: b.created_at),
            Column(self.tr("Poster"), lambda b: b.records, align_right=True),
            Column(self.tr("Størrelse"), lambda b: size_text(b.size),
                   sort=lambda b: b.size),
            Column(self.tr("Kvittering"), lambda b: b.acked_at.astimezone().strftime(
                "%d.%m.%Y %H:%M") if b.acked_at else self.tr("afventer")),
            Column(self.tr("Fil"), lambda b: b.file_name)], self)
        self.bundles_view, _ = table_view("bundleTable", self.bundles)
        self.bundles_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.export_button = name_widget(QPushButton(self.tr("&Eksportér …")), "exportBundle")
        self.export_button.clicked.connect(self.choose_and_export)
        receipt = name_widget(QPushButton(self.tr("Indlæs &kvittering …")), "importReceipt")
        receipt.clicked.connect(self.choose_receipt)
        self.progress = name_widget(QProgressBar(), "exportProgress")
        self.progress.setVisible(False)
        self.status = name_widget(QLabel(), "syncStatus")
        self.status.setWordWrap(True)
        self.error = error_label("syncError")
        # the buttons are busy while an export or a receipt import runs
        self.actions = QWidget()
        buttons = QHBoxLayout(self.actions)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.export_button)
        buttons.addWidget(receipt)
        row = QHBoxLayout()
        row.addWidget(self.actions)
        row.addWidget(self.progress, 1)
        bundles_box = QGroupBox(self.tr("Pakker til jobcentret"))
        bundles_layout = QVBoxLayout(bundles_box)
        bundles_layout.addLayout(row)
        bundles_layout.addWidget(self.status)
        bundles_layout.addWidget(self.error)
        bundles_layout.addWidget(self.bundles_view, 1)
        top = QHBoxLayout()
        top.addWidget(box, 1)
        top.addWidget(keys_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Synkronisering")))
        layout.addLayout(top)
        layout.addWidget(bundles_box, 1)

    def load(self) -> None:
        self.keys.set_rows(sync.central_keys(self.ctx))
        self.bundles.set_rows(sync.bundles(self.ctx))
        self.keys_view.resizeColumnsToContents()
        self.bundles_view.resizeColumnsToContents()

    def _fail(self, error: FremskudtError | OSError) -> None:
        show_label_error(self.error, error if isinstance(error, FremskudtError) else str(error))

    def add_key(self, path: str | None = None, confirm=None) -> None:
        """Install the central key file after its fingerprints were compared aloud."""
        path = path or open_file_name(self, self.tr("Jobcentrets nøglefil"), "JSON (*.json)")
        if not path:
            return
        try:
            with open(path, "rb") as fh:
                data = fh.read()
            fingerprints = sync.key_file_fingerprints(data)  # recipient and receipt key
        except (FremskudtError, OSError) as exc:
            self._fail(exc)
            return
        text = self.tr("Læs fingeraftrykkene op for jobcentrets IT, og sammenlign:") + "\n\n" \
            + "\n".join(fingerprint for _id, fingerprint in fingerprints) \
            + "\n\n" + self.tr("Passer de?")
        confirm = confirm or (lambda message: QMessageBox.question(
            self, self.tr("Jobcentrets nøgle"), message) == QMessageBox.StandardButton.Yes)
        if not confirm(text):
            return
        try:
            sync.add_central_keys(self.ctx, data)
        except FremskudtError as exc:
            self._fail(exc)
            return
        show_label_error(self.error, "")
        self.load()

    def save_enrollment(self, path: str | None = None) -> None:
        path = path or save_file_name(self, self.tr("Tilmeldingsfil"), "tilmelding.json",
                                      "JSON (*.json)")
        if path:
            try:
                sync.write_enrollment(self.ctx, Path(path))
            except (FremskudtError, OSError) as exc:
                self._fail(exc)
                return
            self.status.setText(self.tr("Tilmeldingsfilen er gemt: {p}").format(p=path))

    def choose_and_export(self) -> None:
        folder = folder_name(self, self.tr("Vælg mappe, fx USB-nøglen"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> Operation:
        """Export off the GUI thread with a progress bar (design.md: long work)."""
        ctx = self.ctx
        self.progress.setVisible(True)
        self.progress.setValue(0)
        return self._run(lambda progress: sync.export_bundle(ctx, folder, progress),
                         self._exported)

    def _run(self, job, done) -> Operation:
        """One way to run the page's long work: off the GUI thread, the buttons busy, the
        result to `done`, an error under the buttons (an unexpected one also in the log)."""
        show_label_error(self.error, "")
        self.operation = run_for(self, job, done, self._operation_failed, busy=self.actions)
        self.operation.progress.connect(self._progress)
        return self.operation

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _exported(self, result: sync.ExportResult) -> None:
        self.last_export = result
        self.progress.setVisible(False)
        self.status.setText(self.tr("Pakke {n} er gemt: {p} ({r} poster).").format(
            n=result.seq, p=result.path, r=result.records))
        self.load()

    def _operation_failed(self, error: object) -> None:
        self.progress.setVisible(False)
        if isinstance(error, FremskudtError | OSError):
            self._fail(error)
        else:
            show_error(self, error)  # unexpected: the crash dialog (the log has it already)

    def choose_receipt(self) -> None:
        path = open_file_name(self, self.tr("Kvittering fra jobcentret"), "JSON (*.json)")
        if path:
            self.import_receipt(path)

    def import_receipt(self, path: str) -> Operation | None:
        """Check and apply the central's receipt off the GUI thread."""
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            self._fail(exc)
            return None
        ctx = self.ctx
        return self._run(lambda _progress: sync.import_receipt(ctx, data), self._receipt_imported)

    def _receipt_imported(self, bundle) -> None:
        self.status.setText(self.tr("Kvittering for pakke {n} er indlæst.").format(
            n=bundle.seq))
        self.load()
