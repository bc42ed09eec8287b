"""Henvisninger (issue 19 point 3): the referrals the jobcenter sent (seed 001, kerneelement
3), read from its downsync bundles. Accept creates the citizen (or links the one with that CPR
number) and a course waiting for visitation; decline asks why. The answers reach the
jobcenter in the office's next bundle. Import, accept and decline run off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import referrals
from app.services.context import ServiceContext
from app.ui.common import name_widget, run_for, show_error
from app.ui.files import open_file_name
from app.ui.forms import Field, open_form
from app.ui.i18n import core_text, vocab
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import heading, table_view


class ReferralsPage(QWidget):
    """The inbox: new referrals first; the chosen one's facts below the list."""

    def __init__(self, ctx: ServiceContext, open_citizen=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_citizen = open_citizen
        self.rows: list[referrals.ReferralView] = []
        self._build()
        self.reload()

    def _build(self) -> None:
        self.model = RowsTableModel([
            Column(self.tr("Henvist"), lambda r: f"{r.referred_on:%d.%m.%Y}"),
            Column(self.tr("Navn"), lambda r: r.name),
            Column(self.tr("CPR-nummer"), lambda r: r.masked_cpr),
            Column(self.tr("Ydelse"), lambda r: vocab(r.benefit)),
            Column(self.tr("Aktivitetsparat"),
                   lambda r: self.tr("ja") if r.activity_ready else self.tr("nej")),
            Column(self.tr("Status"), lambda r: core_text(referrals.STATE_LABELS[r.state])),
        ], self)
        self.view, self.proxy = table_view("referralTable", self.model)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._chosen())
        self.details = name_widget(QLabel(), "referralDetails", self.tr("Henvisningen"))
        self.details.setWordWrap(True)
        self.status = name_widget(QLabel(), "referralStatus")
        self.load_button = name_widget(QPushButton(self.tr("&Indlæs pakke fra jobcentret …")),
                                       "referralImport")
        self.accept_button = name_widget(QPushButton(self.tr("&Acceptér")), "referralAccept")
        self.decline_button = name_widget(QPushButton(self.tr("A&fvis …")), "referralDecline")
        self.open_button = name_widget(QPushButton(self.tr("Å&bn borgeren")), "referralOpen")
        self.load_button.clicked.connect(self.choose_bundle)
        self.accept_button.clicked.connect(self.accept_chosen)
        self.decline_button.clicked.connect(self.decline_chosen)
        self.open_button.clicked.connect(self._open_chosen)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.decline_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.load_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Henvisninger fra jobcentret")))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def reload(self) -> None:
        try:
            self.rows = referrals.inbox(self.ctx)
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.set_rows(self.rows)
        self.view.resizeColumnsToContents()
        waiting = sum(1 for r in self.rows if r.state == referrals.NEW)
        self.status.setText(self.tr("Venter på svar: %n.", "", waiting))
        self._chosen()

    def chosen(self) -> referrals.ReferralView | None:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row())

    def _chosen(self) -> None:
        r = self.chosen()
        new = r is not None and r.state == referrals.NEW
        self.accept_button.setEnabled(new)
        self.decline_button.setEnabled(new)
        self.open_button.setEnabled(r is not None and r.citizen_id is not None
                                    and self.open_citizen is not None)
        if r is None:
            self.details.setText(
                self.tr("Vælg en henvisning i listen.") if self.model.rowCount() else
                self.tr("Ingen henvisninger endnu. Jobcentret sender dem som en pakke (.fsd); "
                        "indlæs den med »Indlæs pakke fra jobcentret …«."))
            return
        lines = [self.tr("Adresse: {address}").format(address=r.address or "–"),
                 self.tr("Jobcentrets sagsbehandler: {name}").format(
                     name=r.caseworker_name or "–"),
                 self.tr("Note: {note}").format(note=r.note or "–")]
        if r.state == referrals.DECLINED:
            lines.append(self.tr("Afvist: {reason}").format(reason=r.decline_reason))
        self.details.setText("\n".join(lines))

    def choose_bundle(self) -> None:
        name = open_file_name(self, self.tr("Pakke fra jobcentret"),
                              self.tr("Pakker fra jobcentret (*.fsd)"))
        if name:
            self.import_bundle(Path(name))

    def import_bundle(self, path: Path):
        ctx = self.ctx
        return run_for(self, lambda _op: referrals.import_central(ctx, path),
                       self._imported, lambda e: show_error(self, e), busy=self.load_button)

    def _imported(self, result: referrals.CentralImport) -> None:
        self.reload()
        self.status.setText(self.tr("Pakke {seq} fra jobcentret er indlæst. Nye henvisninger: "
                                    "%n.", "", result.added).format(seq=result.seq))

    def accept_chosen(self):
        r = self.chosen()
        if r is None:
            return None
        ctx = self.ctx
        return run_for(self, lambda _op: referrals.accept(ctx, r.id), lambda _v: self.reload(),
                       lambda e: show_error(self, e), busy=self.accept_button)

    def decline_chosen(self):
        r = self.chosen()
        if r is None:
            return None
        ctx = self.ctx
        return open_form(self, self.tr("Afvis henvisningen"),
                         [Field("reason", self.tr("Hvorfor afvises henvisningen?"),
                                "multiline")],
                         lambda values: referrals.decline(ctx, r.id, values["reason"]),
                         today=ctx.today(), now=ctx.now(), on_saved=self.reload,
                         intro=self.tr("Jobcentret ser begrundelsen, når kontoret har sendt "
                                       "sin næste pakke."), ok_text=self.tr("Afvis"))

    def _open_chosen(self) -> None:
        r = self.chosen()
        if r is not None and r.citizen_id is not None and self.open_citizen is not None:
            self.open_citizen(r.citizen_id)
