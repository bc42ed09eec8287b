"""Kontorets arbejdsstationer (issue 18, issue 23): the office's member list with each
member's live state (online, last contact, changes waiting each way, open conflicts: from the
live sync the status bar runs, app/ui/sync_status.py), "Synkronisér nu", the addresses typed
by hand for networks that block multicast, synchronising through a folder (off the GUI
thread, admissions confirmed with both fingerprints), adding a workstation, revoking one,
and the open conflicts."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FremskudtError
from app.domain.roles import Permission
from app.services import office, peers_folder, peers_live, peers_review
from app.services.context import ServiceContext
from app.ui.admin_dialogs import InviteDialog, big_mono
from app.ui.common import (
    Operation,
    error_label,
    name_widget,
    show_error,
    show_label_error,
)
from app.ui.files import folder_name
from app.ui.i18n import core_text
from app.ui.sync_status import SyncStatus
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import heading, table_view
from app.ui.workstation_dialogs import RenameDialog

ANSWER_WAIT_SECONDS = 600  # an unanswered admission is refused (the request stays)


def _when(moment) -> str:
    return moment.astimezone().strftime("%d.%m.%Y %H:%M") if moment else ""


@dataclass(frozen=True)
class Row:
    """One member: the list's facts and, when known, its live state."""

    member: peers_folder.MemberView
    joined_by: str
    live: peers_live.MemberStatus | None


class AdmissionDialog(QDialog):
    """Admit a workstation that asks to join: both fingerprints, read aloud and compared."""

    def __init__(self, name: str, theirs: str, ours: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("admissionDialog")
        self.setWindowTitle(self.tr("Optag arbejdsstation"))
        intro = QLabel(self.tr("<b>{name}</b> beder om at blive tilsluttet kontoret. Sammenlign "
                               "fingeraftrykkene med dem, den nye arbejdsstation viser, før du "
                               "optager den.").format(name=name))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Den nye arbejdsstation:"), big_mono(name_widget(
            QLabel(theirs), "admissionTheirs", self.tr("Den nye arbejdsstations fingeraftryk")),
            14, wrap=False))
        form.addRow(self.tr("Dette kontor:"), big_mono(name_widget(
            QLabel(ours), "admissionOurs", self.tr("Kontorets fingeraftryk")), 14, wrap=False))
        buttons = QDialogButtonBox()
        self.admit_button = buttons.addButton(self.tr("&Optag"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.admit_button.setObjectName("admitWorkstation")
        refuse = buttons.addButton(self.tr("&Afvis"), QDialogButtonBox.ButtonRole.RejectRole)
        refuse.setObjectName("refuseWorkstation")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)


class _AdmissionBridge(QObject):
    """Asks the GUI thread from the sync's worker thread, and waits for the answer."""

    asked = Signal(str, str, str, object)

    def __init__(self, page: WorkstationsPage) -> None:
        super().__init__(page)
        self._page = page
        self.asked.connect(self._ask)

    def confirm(self, name: str, theirs: str, ours: str) -> bool:  # in the worker thread
        answer = {"yes": False, "done": threading.Event()}
        self.asked.emit(name, theirs, ours, answer)
        answer["done"].wait(ANSWER_WAIT_SECONDS)
        return bool(answer["yes"])

    def _ask(self, name: str, theirs: str, ours: str, answer: dict) -> None:  # GUI thread
        dialog = AdmissionDialog(name, theirs, ours, self._page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(result: int) -> None:
            answer["yes"] = result == QDialog.DialogCode.Accepted
            answer["done"].set()

        dialog.finished.connect(done)
        self._page.admission_dialog = dialog
        dialog.open()


class RevokeDialog(QDialog):
    """Tilbagekald: the workstation's name typed to confirm (a revocation cannot be undone)."""

    def __init__(self, member: peers_folder.MemberView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member = member
        self.setObjectName("revokeDialog")
        self.setWindowTitle(self.tr("Tilbagekald arbejdsstation"))
        text = QLabel(self.tr(
            "Tilbagekald <b>{name}</b> (bogstav {letter}), fx en stjålen eller udskiftet "
            "computer. Når tilbagekaldelsen er nået frem, afviser alle arbejdsstationer "
            "ændringer, den har lavet efter den sidste, der er modtaget herfra (nr. {n}). Det "
            "kan ikke fortrydes.<br><br>Skriv arbejdsstationens navn for at bekræfte:").format(
            name=member.name, letter=member.letter, n=member.last_counter))
        text.setWordWrap(True)
        self.typed = name_widget(QLineEdit(), "revokeTyped", self.tr("Arbejdsstationens navn"))
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("&Tilbagekald"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("revokeConfirm")
        self.ok_button.setEnabled(False)
        cancel = buttons.addButton(self.tr("&Annullér"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("revokeCancel")
        self.typed.textChanged.connect(lambda text: self.ok_button.setEnabled(
            text.strip() == member.name))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.typed)
        layout.addWidget(buttons)
        self.resize(560, 260)


class WorkstationsPage(QWidget):
    """Kontorets arbejdsstationer, for administrators and leaders."""

    def __init__(self, ctx: ServiceContext, status: SyncStatus | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status = status
        self.operation: Operation | None = None
        self.folder = ""
        self.last_report: peers_folder.SyncReport | None = None
        self.admission_dialog: AdmissionDialog | None = None
        self.dialog: QDialog | None = None
        self.bridge = _AdmissionBridge(self)
        self._build()
        self.load()
        if status is not None:
            self.attach(status)

    def attach(self, status: SyncStatus) -> None:
        """Follow the live sync of `status` (the main window's status bar)."""
        self.status = status
        status.refreshed.connect(self._live_changed)

    def _live_changed(self, _summary: object) -> None:
        if self.isVisible():
            self.load()

    def showEvent(self, event) -> None:
        # made by the navigation (nav_pages) with the context only: the window's status bar
        # holds the live sync
        window_status = getattr(self.window(), "sync_status", None)
        if self.status is None and isinstance(window_status, SyncStatus):
            self.attach(window_status)
            self.load()
        super().showEvent(event)

    def _intro_text(self) -> str:
        info = office.office_info(self.ctx)
        return self.tr(
            "Alle arbejdsstationer har hele kontorets data. På kontorets net synkroniserer de "
            "af sig selv; uden net bruges en mappe (en USB-nøgle eller et fælles drev). Denne "
            "arbejdsstation: <b>{name}</b>, fingeraftryk {fp}.").format(
            name=info.workstation_name, fp=info.signing_fingerprint)

    def _build(self) -> None:
        self.intro = QLabel(self._intro_text())
        self.intro.setWordWrap(True)
        self.model = RowsTableModel([
            Column(self.tr("Navn"), lambda r: r.member.name + (
                self.tr(" (denne)") if r.member.this_device else "")),
            Column(self.tr("Bogstav"), lambda r: r.member.letter),
            Column(self.tr("Forbundet"), self._online),
            Column(self.tr("Sidste kontakt"), lambda r: _when(r.live.last_contact)
                   if r.live and not r.live.this_device else ""),
            Column(self.tr("Venter herfra"), lambda r: r.live.waiting_out if r.live else "",
                   align_right=True),
            Column(self.tr("Venter derfra"), lambda r: r.live.waiting_in if r.live else "",
                   align_right=True),
            Column(self.tr("Konflikter"), lambda r: r.live.open_conflicts if r.live else "",
                   align_right=True),
            Column(self.tr("Enhed"), lambda r: str(r.member.device_id)[:8]),
            Column(self.tr("Tilsluttet"), lambda r: _when(r.member.joined_at)),
            Column(self.tr("Optaget af"), lambda r: r.joined_by or self.tr("(oprettede kontoret)")),
            Column(self.tr("Tilbagekaldt"), lambda r: _when(r.member.revoked_at)),
            Column(self.tr("Sidst modtaget"), self._last_received),
        ], self)
        self.view, _proxy = table_view("workstationsTable", self.model)
        self.view.setAccessibleName(self.tr("Kontorets arbejdsstationer"))
        self.sync_now_button = name_widget(QPushButton(self.tr("Synkronisér &nu")),
                                           "syncNow")
        self.sync_now_button.clicked.connect(self.sync_now)
        self.sync_button = name_widget(QPushButton(self.tr("&Synkronisér via mappe …")),
                                       "syncFolder")
        self.sync_button.clicked.connect(self.choose_and_sync)
        self.invite_button = name_widget(QPushButton(self.tr("&Tilføj arbejdsstation …")),
                                         "addWorkstation")
        self.invite_button.clicked.connect(self.open_invite)
        self.revoke_button = name_widget(QPushButton(self.tr("Tilbage&kald …")),
                                         "revokeWorkstation")
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.rename_button = name_widget(QPushButton(self.tr("&Omdøb …")), "renameWorkstation")
        self.rename_button.clicked.connect(self.rename_selected)
        admin = self.ctx.user.can(Permission.ADMIN)
        for button in (self.invite_button, self.rename_button, self.revoke_button):
            button.setVisible(admin)
        self.actions = QWidget()
        row = QHBoxLayout(self.actions)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.sync_now_button, self.sync_button, self.invite_button,
                       self.rename_button, self.revoke_button):
            row.addWidget(button)
        row.addStretch(1)
        self.counts = name_widget(QLabel(), "workstationCounts", self.tr("Konflikter og "
                                                                          "ventende rækker"))
        self.report = name_widget(QLabel(), "syncReport", self.tr("Resultat af synkroniseringen"))
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = error_label("workstationsError")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Kontorets arbejdsstationer")))
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.actions)
        layout.addWidget(self._build_addresses())
        layout.addWidget(self.error)
        layout.addWidget(self.report)

    def _build_addresses(self) -> QWidget:
        """Addresses typed by hand (administrator), for a network that blocks multicast."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.addresses = name_widget(QLineEdit(), "lanAddresses",
                                     self.tr("Adresser på kontorets net"))
        self.addresses.setPlaceholderText(self.tr(
            "Kun hvis de ikke finder hinanden selv: fx 192.168.1.20:{port}, 192.168.1.21:{port}"
        ).format(port=peers_live.DEFAULT_PORT))
        self.addresses.setText(", ".join(peers_live.stored_addresses(self.ctx)))
        self.save_addresses = name_widget(QPushButton(self.tr("&Gem adresser")),
                                          "saveAddresses")
        self.save_addresses.clicked.connect(self.store_addresses)
        row.addWidget(QLabel(self.tr("Adresser:")))
        row.addWidget(self.addresses, 1)
        row.addWidget(self.save_addresses)
        box.setVisible(self.ctx.user.can(Permission.ADMIN))
        return box

    def store_addresses(self) -> bool:
        typed = [a.strip() for a in self.addresses.text().replace(";", ",").split(",")
                 if a.strip()]
        try:
            clean = peers_live.set_stored_addresses(self.ctx, typed)
        except FremskudtError as exc:
            show_label_error(self.error, exc)
            return False
        live = self.status.live if self.status is not None else None
        if live is not None:
            for address in clean:
                live.add_address(address)
        self.addresses.setText(", ".join(clean))
        show_label_error(self.error, "")
        self.report.setText(self.tr("1 adresse gemt.") if len(clean) == 1
                            else self.tr("%n adresser gemt.", "", len(clean)))
        return True

    def sync_now(self) -> bool:
        if self.status is None or not self.status.sync_now():
            show_label_error(self.error, self.tr(
                "Synkronisering på kontorets net kører ikke på denne arbejdsstation (kontoret "
                "har kun én, eller porten er optaget). Brug en mappe."))
            return False
        show_label_error(self.error, "")
        self.report.setText(self.tr("Sender og henter ændringer hos de andre arbejdsstationer "
                                    "…"))
        return True

    def _online(self, row: Row) -> str:
        if row.member.revoked_at is not None:
            return ""
        if row.live is None:
            return self.tr("ukendt")
        if row.live.this_device:
            return self.tr("(denne)")
        return self.tr("online") if row.live.online else self.tr("offline")

    def _last_received(self, row: Row) -> str:
        member = row.member
        if member.this_device:
            return self.tr("ændring nr. {n}").format(n=member.last_counter)
        if not member.last_heard:
            return self.tr("ændring nr. {n}").format(n=member.last_counter)
        return self.tr("ændring nr. {n}, {when}").format(n=member.last_counter,
                                                          when=_when(member.last_heard))

    def load(self) -> None:
        live = self.status.live if self.status is not None else None
        states = {s.device_id: s for s in (live.status() if live is not None
                                           else peers_live.status(self.ctx))}
        self.model.set_rows([Row(r.member, r.joined_by, states.get(r.member.device_id))
                             for r in peers_review.members(self.ctx)])
        self.view.resizeColumnsToContents()
        self.counts.setText(self.tr("Åbne konflikter: {c}   ·   Rækker, der venter på en "
                                    "anden række: {p}").format(
            c=peers_review.open_conflicts(self.ctx), p=peers_review.pending_rows(self.ctx)))

    def selected(self) -> peers_folder.MemberView | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.view.model().mapToSource(rows[0])
        return self.model.row_at(source.row()).member

    # -- sync -------------------------------------------------------------------------------
    def choose_and_sync(self) -> None:
        folder = folder_name(self, self.tr("Vælg mappen, fx USB-nøglen"))
        if folder:
            self.sync_to(Path(folder))

    def sync_to(self, folder: Path) -> Operation:
        """Exchange through `folder` off the GUI thread; an admission asks here first."""
        self.folder = str(folder)
        ctx, confirm = self.ctx, self.bridge.confirm
        show_label_error(self.error, "")
        self.report.setText(self.tr("Synkroniserer via {folder} …").format(folder=folder))
        # the operation belongs to the page (not run_for's application-owned one, deleted
        # after each run): a finished run's thread and worker are never garbage collected in
        # the GUI thread while the next sync runs, which was seen to crash the process
        self.operation = Operation(
            lambda _progress: peers_folder.sync_folder(ctx, folder, confirm), self,
            busy=self.actions)
        self.operation.finished.connect(self._synced)
        self.operation.failed.connect(self._failed)
        return self.operation.start()

    def _synced(self, report: peers_folder.SyncReport) -> None:
        self.last_report = report
        self.report.setText(self.report_text(report))
        self.load()

    def report_text(self, report: peers_folder.SyncReport) -> str:
        lines = [self.tr("Optaget: {name} (fingeraftryk {fp})").format(
            name=a.name, fp=a.fingerprint) for a in report.admitted]
        lines += [self.tr("Indlæst {file}: {n} poster, {c} konflikter").format(
            file=name, n=records, c=conflicts) for name, records, conflicts in report.applied]
        lines += [self.tr("Afvist {file}: {reason}").format(file=name, reason=core_text(why))
                  for name, why in report.refused]
        lines += [self.tr("Venter {file}: {reason}").format(file=name, reason=core_text(why))
                  for name, why in report.waiting]
        lines += [self.tr("Skrevet {file}: {n} poster").format(file=name, n=records)
                  for name, records in report.written]
        if report.pending:
            lines.append(self.tr("{n} rækker venter på en række, der ikke er kommet endnu."
                                 ).format(n=report.pending))
        if not lines:
            lines.append(self.tr("Intet nyt i mappen, og intet at sende."))
        return "\n".join([self.tr("Synkroniseret via {folder}:").format(folder=self.folder),
                          *lines])

    def _failed(self, error: object) -> None:
        self.report.setText("")
        if isinstance(error, FremskudtError | OSError):
            show_label_error(self.error, error if isinstance(error, FremskudtError)
                             else str(error))
        else:
            show_error(self, error)

    # -- members ----------------------------------------------------------------------------
    def open_invite(self) -> InviteDialog | None:
        try:
            dialog = InviteDialog(self.ctx, self.folder, self)
        except FremskudtError as exc:
            show_label_error(self.error, exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: setattr(self, "folder", d.folder))
        self.dialog = dialog
        dialog.open()
        return dialog

    def revoke_selected(self) -> RevokeDialog | None:
        member = self.selected()
        if member is None or member.this_device or member.revoked_at is not None:
            show_label_error(self.error, self.tr(
                "Vælg en anden arbejdsstation, der ikke allerede er tilbagekaldt."))
            return None
        show_label_error(self.error, "")
        dialog = RevokeDialog(member, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._revoke(member))
        self.dialog = dialog
        dialog.open()
        return dialog

    def rename_selected(self) -> RenameDialog | None:
        member = self.selected()
        if member is None:
            show_label_error(self.error, self.tr("Vælg den arbejdsstation, der skal omdøbes."))
            return None
        show_label_error(self.error, "")
        dialog = RenameDialog(member, lambda name: peers_folder.rename(
            self.ctx, str(member.device_id), name), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._renamed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _renamed(self) -> None:
        self.intro.setText(self._intro_text())  # this workstation's own name may be the one
        self.load()

    def _revoke(self, member: peers_folder.MemberView) -> None:
        try:
            peers_folder.revoke(self.ctx, str(member.device_id))
        except FremskudtError as exc:
            show_label_error(self.error, exc)
            return
        self.load()
