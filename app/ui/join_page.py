"""The setup wizard's "Tilslut et eksisterende kontor" (issue 18): the one-time code and a folder
leave this workstation's request; after the member has synchronised, "Fuldfør tilslutning"
makes this workstation's own store with the office's data, and the office's staff log in."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from app.domain.errors import FremskudtError
from app.paths import DataPaths
from app.services import peers_join
from app.ui.admin_dialogs import big_mono
from app.ui.common import Operation, error_label, name_widget, show_label_error
from app.ui.files import folder_name


class JoinPage(QWizardPage):
    """`joined` is set once the office's data is here; the wizard then asks for a login."""

    def __init__(self, paths: DataPaths) -> None:
        super().__init__()
        self.paths = paths
        self.folder = ""
        self.joined = False
        self.operation: Operation | None = None
        self.setTitle(self.tr("Tilslut et eksisterende kontor"))
        self.setSubTitle(self.tr("Bed en administrator på en af kontorets arbejdsstationer om "
                                 "en tilslutningskode (Administration → Tilføj arbejdsstation)."))
        self._build()
        pending = peers_join.pending_join(paths)
        if pending is not None:  # the request was left before the program was closed
            self._requested(pending.get("name", ""), "")

    def _build(self) -> None:
        self.code = name_widget(QLineEdit(), "joinCodeInput", self.tr("Tilslutningskode"))
        self.code.setPlaceholderText("ABCD-EFGH-IJKL-MNOP-QRST")
        self.station_name = name_widget(QLineEdit(platform.node() or ""), "joinStationName",
                                        self.tr("Arbejdsstationens navn"))
        self.station_name.setMaxLength(peers_join.NAME_MAX)  # unique in the office, 1-40
        self.folder_label = name_widget(QLabel(self.tr("(ingen valgt)")), "joinFolder",
                                        self.tr("Mappe"))
        self.folder_label.setWordWrap(True)
        choose = name_widget(QPushButton(self.tr("&Vælg mappe …")), "joinChooseFolder")
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(choose)
        self.request_button = name_widget(QPushButton(self.tr("&Send anmodning")),
                                          "sendJoinRequest")
        self.request_button.clicked.connect(self.send_request)
        self.own_fingerprint = big_mono(name_widget(QLabel(), "joinOwnFingerprint", self.tr(
            "Denne arbejdsstations fingeraftryk")), 14)
        self.office_fingerprint = big_mono(name_widget(QLabel(), "joinOfficeFingerprint",
                                                       self.tr("Kontorets fingeraftryk")), 14)
        self.status = name_widget(QLabel(), "joinStatus", self.tr("Status"))
        self.status.setWordWrap(True)
        self.complete_button = name_widget(QPushButton(self.tr("&Fuldfør tilslutning")),
                                           "completeJoin")
        self.complete_button.clicked.connect(self.complete)
        self.complete_button.setEnabled(False)
        self.error = error_label("joinError")
        form = QFormLayout()
        form.addRow(self.tr("&Kode:"), self.code)
        form.addRow(self.tr("Arbejdsstationens &navn:"), self.station_name)
        form.addRow(self.tr("Mappe:"), folder_row)
        form.addRow("", self.request_button)
        form.addRow(self.tr("Denne arbejdsstation:"), self.own_fingerprint)
        form.addRow(self.tr("Kontoret:"), self.office_fingerprint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.complete_button)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def choose_folder(self) -> None:
        folder = folder_name(self, self.tr("Mappen, kontoret synkroniserer igennem"))
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> None:
        self.folder = folder
        self.folder_label.setText(folder)

    def send_request(self) -> None:
        if not self.folder:
            show_label_error(self.error, self.tr("Vælg mappen, kontoret synkroniserer "
                                                 "igennem."))
            return
        try:
            request = peers_join.request_join(self.paths, Path(self.folder), self.code.text(),
                                              self.station_name.text().strip())
        except FremskudtError as exc:
            show_label_error(self.error, exc)
            return
        show_label_error(self.error, "")
        self._requested(self.station_name.text().strip(), request.fingerprint)

    def _requested(self, name: str, fingerprint: str) -> None:
        if fingerprint:
            self.own_fingerprint.setText(fingerprint)
        for widget in (self.code, self.station_name, self.request_button):
            widget.setEnabled(False)
        self.complete_button.setEnabled(True)
        self.status.setText(self.tr(
            "Anmodningen fra {name} ligger i mappen. Administratoren synkroniserer nu på "
            "kontorets arbejdsstation og sammenligner fingeraftrykket ovenfor. Tryk derefter "
            "Fuldfør tilslutning (med den samme mappe).").format(name=name))

    def complete(self) -> Operation | None:
        """Apply the whole office state off the GUI thread (a large office takes a while)."""
        if not self.folder:
            show_label_error(self.error, self.tr("Vælg mappen, kontoret synkroniserer "
                                                 "igennem."))
            return None
        paths, folder = self.paths, Path(self.folder)
        show_label_error(self.error, "")
        self.operation = Operation(lambda _progress: peers_join.complete_join(paths, folder),
                                   self, busy=self)
        self.operation.finished.connect(self._completed)
        self.operation.failed.connect(lambda error: show_label_error(
            self.error, error if isinstance(error, FremskudtError) else str(error)))
        return self.operation.start()

    def _completed(self, result) -> None:
        if result is None:
            self.status.setText(self.tr(
                "Kontorets svar er ikke i mappen endnu. Synkronisér på kontorets "
                "arbejdsstation, og prøv igen."))
            return
        _sender, fingerprint = result
        self.office_fingerprint.setText(fingerprint)
        self.joined = True
        self.complete_button.setEnabled(False)
        self.status.setText(self.tr(
            "Arbejdsstationen er tilsluttet kontoret og har fået kontorets data. Kontorets "
            "fingeraftryk skal være det samme som i Tilføj arbejdsstation. Tryk Færdig, og log "
            "ind med din egen bruger."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.joined

    def nextId(self) -> int:
        return -1
