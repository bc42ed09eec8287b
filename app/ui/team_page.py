"""Team (issue 20, points 8-10), the leader's page: each person's caseload against the 25-35
band, the makkerskaber (new, change, end) and handing a caseload over."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FremskudtError
from app.domain.measures import CASELOAD_BAND
from app.domain.roles import Role
from app.domain.team import CaseloadBand
from app.services import staff, team
from app.services.context import ServiceContext
from app.ui.common import name_widget, show_error
from app.ui.forms import Field, FormDialog, open_form
from app.ui.handover_dialog import HandoverDialog
from app.ui.i18n import vocab
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import heading, table_view

BAND_COLOURS = {CaseloadBand.UNDER: "#1f5fa8", CaseloadBand.WITHIN: "#2e7d32",
                CaseloadBand.OVER: "#b71c1c"}


class BandModel(RowsTableModel):
    """The caseload table, the band column coloured (under blue, within green, over red)."""

    BAND_COLUMN = 4

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and index.column() == self.BAND_COLUMN):
            return QColor(BAND_COLOURS[self.row_at(index.row()).band])
        return super().data(index, role)


class TeamPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form: FormDialog | None = None
        self.handover: HandoverDialog | None = None
        self._build()
        self.load()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        low, high = CASELOAD_BAND
        self.loads = BandModel([
            Column(self.tr("Navn"), lambda r: r.name),
            Column(self.tr("Roller"), lambda r: ", ".join(sorted(vocab(x) for x in r.roles))),
            Column(self.tr("Som sagsbehandler"), lambda r: r.as_caseworker, align_right=True),
            Column(self.tr("Som jobformidler"), lambda r: r.as_jobformidler,
                   align_right=True),
            Column(self.tr("Mod båndet {low}-{high}").format(low=low, high=high),
                   lambda r: vocab(r.band)),
        ], self)
        self.load_view, _ = table_view("caseloadBandTable", self.loads)
        note = QLabel(self.tr("Åbne forløb i dag (også efterværn) pr. person. Evalueringen "
                              "nævner {low}-{high} borgere for en jobformidler, der også har "
                              "myndighed.").format(low=low, high=high))
        note.setWordWrap(True)
        self.handover_button = name_widget(QPushButton(self.tr("&Overdrag sagsstamme …")),
                                           "openHandover")
        self.handover_button.clicked.connect(self.open_handover)
        loads_box = QGroupBox(self.tr("Sagsstamme pr. medarbejder"))
        box_layout = QVBoxLayout(loads_box)
        box_layout.addWidget(note)
        box_layout.addWidget(self.load_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.handover_button)
        row.addStretch(1)
        box_layout.addLayout(row)
        self.pairs = RowsTableModel([
            Column(self.tr("Makkerskab"), lambda p: p.name),
            Column(self.tr("Sagsbehandler"), lambda p: p.caseworker_name),
            Column(self.tr("Jobformidler"), lambda p: p.jobformidler_name),
        ], self)
        self.pair_view, self.pair_proxy = table_view("partnershipTable", self.pairs)
        pairs_box = QGroupBox(self.tr("Makkerskaber (sagsbehandler og jobformidler)"))
        pairs_layout = QVBoxLayout(pairs_box)
        pairs_layout.addWidget(self.pair_view, 1)
        buttons = QHBoxLayout()
        for name, text, slot in (
                ("newPartnership", self.tr("&Nyt makkerskab …"), self.new_partnership),
                ("changePartnership", self.tr("&Ret …"), self.change_partnership),
                ("endPartnership", self.tr("&Afslut …"), self.end_partnership)):
            button = name_widget(QPushButton(text), name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        pairs_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Team")))
        layout.addWidget(loads_box, 3)
        layout.addWidget(pairs_box, 2)

    # -- data -----------------------------------------------------------------------------
    def load(self) -> None:
        try:
            self.loads.set_rows(team.staff_caseloads(self.ctx))
            self.pairs.set_rows(team.list_partnerships(self.ctx))
        except FremskudtError as exc:
            show_error(self, exc)
            return
        self.load_view.resizeColumnsToContents()
        self.pair_view.resizeColumnsToContents()

    def _current_pair(self) -> team.PartnershipView | None:
        index = self.pair_view.currentIndex()
        if not index.isValid():
            return None
        return self.pairs.row_at(self.pair_proxy.mapToSource(index).row())

    def _people(self, role: Role) -> list[tuple[str, uuid.UUID]]:
        return [(a.full_name, a.id) for a in staff.list_accounts(self.ctx)
                if a.active and role in a.roles]

    # -- actions --------------------------------------------------------------------------
    def _pair_form(self, title: str, submit, pair: team.PartnershipView | None) -> FormDialog:
        fields = [
            Field("name", self.tr("Navn"), default=pair.name if pair else ""),
            Field("caseworker", self.tr("Sagsbehandler"), "choice",
                  self._people(Role.JOBKONSULENT), default=pair.caseworker_id if pair else None),
            Field("jobformidler", self.tr("Jobformidler"), "choice",
                  self._people(Role.JOBFORMIDLER),
                  default=pair.jobformidler_id if pair else None),
        ]
        self.form = open_form(self, title, fields, submit, today=self.ctx.today(),
                              now=self.ctx.now(), on_saved=self.load)
        return self.form

    def new_partnership(self) -> FormDialog:
        return self._pair_form(self.tr("Nyt makkerskab"), lambda v: team.create_partnership(
            self.ctx, name=v["name"], caseworker_id=v["caseworker"],
            jobformidler_id=v["jobformidler"]), None)

    def change_partnership(self) -> FormDialog | None:
        pair = self._current_pair()
        if pair is None:
            return None
        return self._pair_form(self.tr("Ret makkerskab"), lambda v: team.change_partnership(
            self.ctx, pair.id, name=v["name"], caseworker_id=v["caseworker"],
            jobformidler_id=v["jobformidler"]), pair)

    def end_partnership(self) -> FormDialog | None:
        pair = self._current_pair()
        if pair is None:
            return None
        self.form = open_form(
            self, self.tr("Afslut makkerskab"),
            [Field("on", self.tr("Sidste dag"), "date")],
            lambda v: team.end_partnership(self.ctx, pair.id, v["on"]),
            today=self.ctx.today(), now=self.ctx.now(), on_saved=self.load,
            intro=self.tr("Makkerskabet {name} afsluttes. Borgernes forløb bliver hos "
                          "de samme medarbejdere.").format(name=pair.name),
            ok_text=self.tr("&Afslut makkerskab"))
        return self.form

    def open_handover(self) -> HandoverDialog:
        self.handover = HandoverDialog(self.ctx, self)
        self.handover.finished.connect(lambda _r: self.load())
        self.handover.open()
        return self.handover
