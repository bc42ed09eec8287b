"""Administration: backups (take, second folder, restore) and Sletning (what is due for
deletion, with the retention rules and their reasons)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FremskudtError
from app.services import backups, retention
from app.services.context import ServiceContext
from app.ui.common import Operation, error_label, name_widget, show_error, show_label_error
from app.ui.files import size_text
from app.ui.forms import Field, FormDialog
from app.ui.i18n import core_text, vocab
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import table_view


def _close_box(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    box.button(QDialogButtonBox.StandardButton.Close).setText(
        QCoreApplication.translate("Common", "&Luk"))
    box.rejected.connect(dialog.reject)
    return box


class BackupDialog(QDialog):
    restored = Signal()  # the store was replaced: the window must close and log in again

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form: FormDialog | None = None
        self.operation: Operation | None = None
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Sikkerhedskopier"))
        self.model = RowsTableModel([
            Column(self.tr("Taget"), lambda b: f"{b.taken_at:%d.%m.%Y %H:%M}",
                   sort=lambda b: b.taken_at),
            Column(self.tr("Anledning"), lambda b: {"daily": self.tr("Daglig"),
                                                    "manual": self.tr("Manuel")}.get(
                b.label, b.label)),
            Column(self.tr("Størrelse"), lambda b: size_text(b.size), sort=lambda b: b.size),
            Column(self.tr("Mappe"), lambda b: self.tr("Anden mappe") if b.second_folder
                   else self.tr("Datamappen"))], self)
        self.view, self.proxy = table_view("backupTable", self.model)
        self.error = error_label("backupError")
        self.status = name_widget(QLabel(), "backupStatus")
        row = QHBoxLayout()
        for name, text, slot in (("takeBackup", self.tr("&Tag sikkerhedskopi nu"), self.take),
                                 ("secondFolder", self.tr("&Anden mappe …"), self.second),
                                 ("restoreBackup", self.tr("&Gendan valgte …"), self.restore)):
            button = name_widget(QPushButton(text), name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Krypteret med kontorets nøgle. Der tages en "
                                        "sikkerhedskopi ved dagens første login; 7 daglige, "
                                        "4 ugentlige og 12 månedlige gemmes.")))
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(_close_box(self))
        self.resize(720, 480)
        self.load()

    def load(self) -> None:
        self.model.set_rows(backups.backups(self.ctx))
        self.view.resizeColumnsToContents()

    def _run(self, job, done, label: str | None = None) -> Operation:
        """The store work of this dialog, off the GUI thread: a core error under the list,
        anything else to the log and the crash dialog."""
        show_label_error(self.error, "")
        self.operation = Operation(lambda _progress: job(), self, busy=self, label=label)
        self.operation.finished.connect(done)
        self.operation.failed.connect(self._failed)
        return self.operation.start()

    def _failed(self, error: object) -> None:
        if isinstance(error, FremskudtError):
            show_label_error(self.error, error.message)
        else:
            show_error(self, error)
        self.load()

    def take(self) -> Operation:
        ctx = self.ctx
        return self._run(lambda: backups.take_backup(ctx), self._taken,
                         self.tr("Tager sikkerhedskopi …"))

    def _taken(self, made: list) -> None:
        self.status.setText(self.tr("Taget: {f}").format(f=", ".join(p.name for p in made)))
        self.load()

    def second(self) -> FormDialog:
        folder = backups.second_folder(self.ctx.store)
        self.form = FormDialog(self.tr("Anden mappe til sikkerhedskopier"), [
            Field("folder", self.tr("Mappe (fx et netværksdrev eller en krypteret USB-nøgle; "
                                    "tom: ingen)"), default=str(folder) if folder else "")],
            lambda v: backups.set_second_folder(self.ctx, v["folder"]), parent=self)
        self.form.accepted.connect(self.load)
        self.form.open()
        return self.form

    def restore(self) -> Operation | None:
        """Check the chosen backup (off the GUI thread), then ask before restoring it."""
        index = self.view.currentIndex()
        if not index.isValid():
            show_label_error(self.error, self.tr("Vælg en sikkerhedskopi."))
            return None
        chosen = self.model.row_at(self.proxy.mapToSource(index).row())
        ctx = self.ctx
        return self._run(lambda: backups.inspect(ctx, chosen.path),
                         lambda counts: self._confirm_restore(chosen, counts))

    def _confirm_restore(self, chosen: backups.BackupView, counts: dict) -> FormDialog:
        intro = self.tr(
            "Sikkerhedskopien fra {d} har {c} borgere, {f} forløb og {k} kontakter. Den "
            "nuværende database gemmes først som sikkerhedskopi. Derefter lukker Fremskudt, og "
            "du logger ind igen.").format(d=f"{chosen.taken_at:%d.%m.%Y %H:%M}",
                                           c=counts["citizen"], f=counts["course"],
                                           k=counts["contact_entry"])
        self.form = FormDialog(self.tr("Gendan sikkerhedskopi"), [], lambda _v: None,
                               intro=intro, ok_text=self.tr("&Gendan"), parent=self)
        ctx = self.ctx
        self.form.accepted.connect(lambda: self._run(
            lambda: backups.restore(ctx, chosen.path), lambda _keep: self.restored.emit(),
            self.tr("Gendanner sikkerhedskopien …")))
        self.form.open()
        return self.form


class DeletionDialog(QDialog):
    """Sletning: citizens due for deletion after the retention time, and the rules."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form: FormDialog | None = None
        self.operation: Operation | None = None
        self.setObjectName("deletionDialog")
        self.setWindowTitle(self.tr("Sletning"))
        self.rules = name_widget(QLabel(), "retentionRules", self.tr("Opbevaringstider"))
        self.rules.setWordWrap(True)
        self.model = RowsTableModel([
            Column(self.tr("Borger"), lambda d: d.name),
            Column(self.tr("CPR"), lambda d: d.masked_cpr),
            Column(self.tr("Forløb sluttet"), lambda d: f"{d.ended_on:%d.%m.%Y}",
                   sort=lambda d: d.ended_on),
            Column(self.tr("Skal slettes"), lambda d: f"{d.due_on:%d.%m.%Y}",
                   sort=lambda d: d.due_on),
            Column(self.tr("Kvitteret af jobcentret"), lambda d: self.tr("Ja") if d.synced
                   else self.tr("Nej – eksportér og indlæs kvittering"))], self)
        self.view, self.proxy = table_view("deletionTable", self.model)
        self.error = error_label("deletionError")
        self.status = name_widget(QLabel(), "deletionStatus")
        row = QHBoxLayout()
        for name, text, slot in (
                ("deleteChosen", self.tr("&Slet valgte …"), self.delete_chosen),
                ("anonymise", self.tr("&Anonymisér ukendte besøgende"), self.anonymise),
                ("retention", self.tr("Ret &opbevaringstid …"), self.edit_rules)):
            button = name_widget(QPushButton(text), name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rules)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(_close_box(self))
        self.resize(820, 520)
        self.load()

    def load(self) -> None:
        lines = [self.tr("<b>{rule}</b>: {days} dage. {reason}").format(
            rule=vocab(rule), days=retention.retention_days(self.ctx, key),
            reason=core_text(rule.reason)) for key, rule in retention.RULES.items()]
        self.rules.setText("<br>".join(lines))
        self.model.set_rows(retention.due(self.ctx))
        self.view.resizeColumnsToContents()

    def delete_chosen(self) -> FormDialog | None:
        index = self.view.currentIndex()
        if not index.isValid():
            show_label_error(self.error, self.tr("Vælg en borger."))
            return None
        chosen = self.model.row_at(self.proxy.mapToSource(index).row())
        self.form = FormDialog(self.tr("Slet borger"), [], lambda _v: None, intro=self.tr(
            "Alle oplysninger om {n} slettes fra databasen og fra sikkerhedskopierne ved "
            "næste rotation. Det kan ikke fortrydes.").format(n=chosen.name),
            ok_text=self.tr("&Slet"), parent=self)
        self.form.accepted.connect(lambda: self._delete(chosen.citizen_id))
        self.form.open()
        return self.form

    def _delete(self, citizen_id) -> Operation:
        """The deletion overwrites the freed pages (VACUUM): seconds on a big store."""
        show_label_error(self.error, "")
        ctx = self.ctx
        self.operation = Operation(lambda _progress: retention.delete_citizen(ctx, citizen_id),
                                   self, busy=self, label=self.tr("Sletter …"))
        self.operation.finished.connect(self._deleted)
        self.operation.failed.connect(self._failed)
        return self.operation.start()

    def _deleted(self, rows: int) -> None:
        self.status.setText(self.tr("%n poster slettet.", "", rows))
        self.load()

    def _failed(self, error: object) -> None:
        if isinstance(error, FremskudtError):
            show_label_error(self.error, error.message)
        else:
            show_error(self, error)
        self.load()

    def anonymise(self) -> None:
        try:
            count = retention.anonymise_drop_ins(self.ctx)
        except FremskudtError as exc:
            show_label_error(self.error, exc.message)
            return
        self.status.setText(self.tr("%n besøg anonymiseret.", "", count))

    def edit_rules(self) -> FormDialog:
        fields = [Field(key, vocab(rule) + self.tr(" (dage)"), "int", minimum=1,
                        maximum=20 * 365, default=retention.retention_days(self.ctx, key))
                  for key, rule in retention.RULES.items()]

        def submit(v: dict) -> None:
            for key, days in v.items():
                retention.set_retention_days(self.ctx, key, days)

        self.form = FormDialog(self.tr("Opbevaringstider"), fields, submit, parent=self)
        self.form.accepted.connect(self.load)
        self.form.open()
        return self.form
