"""Overdrag sagsstamme (issue 20, point 9): the leader chooses whose caseload moves and who
takes it (one: all to that one; several: spread evenly), previews every course and coming
appointment that moves, and confirms; it all moves in one transaction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FremskudtError
from app.domain.roles import Role
from app.services import staff, team
from app.services.context import ServiceContext
from app.ui.check_model import CheckRowsModel
from app.ui.common import error_label, name_widget, show_label_error
from app.ui.i18n import vocab
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import table_view

DESK = {Role.JOBKONSULENT, Role.JOBFORMIDLER}


class HandoverDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: team.HandoverPlan | None = None
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Overdrag sagsstamme"))
        self._build()
        self._fill()

    def _build(self) -> None:
        self.leaving = name_widget(QComboBox(), "handoverFrom", self.tr("Hvis sagsstamme"))
        self.leaving.currentIndexChanged.connect(lambda _i: self._fill_takers())
        self.takers = CheckRowsModel([
            Column(self.tr("Overtager"), lambda a: a.full_name),
            Column(self.tr("Roller"), lambda a: ", ".join(sorted(vocab(r) for r in a.roles))),
        ], key=lambda a: a.id, parent=self)
        self.takers.dataChanged.connect(lambda *_a: self._forget_plan())
        self.taker_view, _ = table_view("handoverTakers", self.takers)
        self.taker_view.setSortingEnabled(False)
        hint = QLabel(self.tr("Sæt flueben ved én for at give alle forløb til den person, "
                              "eller ved flere for at fordele dem ligeligt (efter hvor mange "
                              "hver har i forvejen)."))
        hint.setWordWrap(True)
        self.preview_button = name_widget(QPushButton(self.tr("&Vis hvad der flyttes")),
                                          "handoverPreview")
        self.preview_button.clicked.connect(self.preview)
        self.moves = RowsTableModel([
            Column(self.tr("Borger"), lambda r: r[0]),
            Column(self.tr("Hvad"), lambda r: r[1]),
            Column(self.tr("Som"), lambda r: r[2]),
            Column(self.tr("Til"), lambda r: r[3]),
        ], self)
        self.move_view, _ = table_view("handoverMoves", self.moves)
        self.summary = name_widget(QLabel(), "handoverSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.left_out = name_widget(QLabel(), "handoverLeftOut")
        self.left_out.setWordWrap(True)
        self.left_out.setTextFormat(Qt.TextFormat.PlainText)
        self.left_out.setStyleSheet("color: #8a4b00; font-weight: 600;")
        self.left_out.hide()
        self.offered = name_widget(QLabel(), "handoverOffered")
        self.offered.setWordWrap(True)
        self.error = error_label("handoverError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Close)
        self.confirm = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm.setText(self.tr("&Overdrag"))
        self.confirm.setObjectName("handoverConfirm")
        self.confirm.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Luk"))
        buttons.accepted.connect(self.carry_out)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Sagsstamme fra:"), self.leaving)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.offered)
        layout.addWidget(self.taker_view, 1)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.move_view, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.left_out)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(720, 680)

    def _fill(self) -> None:
        self.loads = loads = {s.id: s for s in team.staff_caseloads(self.ctx)}
        self.accounts = [a for a in staff.list_accounts(self.ctx) if a.roles & DESK]
        for a in self.accounts:
            load = loads.get(a.id)
            count = max(load.as_caseworker, load.as_jobformidler) if load else 0
            self.leaving.addItem(self.tr("{name} ({n} forløb)").format(name=a.full_name,
                                                                         n=count), a.id)

    def choose_leaving(self, staff_id) -> None:
        """Select whose caseload moves (UUIDs compared in Python, not as QVariants)."""
        index = next((i for i in range(self.leaving.count())
                      if self.leaving.itemData(i) == staff_id), -1)
        self.leaving.setCurrentIndex(index)

    def _fill_takers(self) -> None:
        """Offered: the active desk people with a role the leaving person's courses need."""
        leaving = self.leaving.currentData()
        load = self.loads.get(leaving)
        needed = load.handover_roles if load is not None else frozenset()
        self.takers.set_rows([a for a in self.accounts if a.active and a.id != leaving
                              and (not needed or a.roles & needed)])
        self.taker_view.resizeColumnsToContents()
        self.offered.setText(self.tr("Kun dem med rollen {roles} kan overtage forløbene og "
                                     "vises her.").format(
            roles=self.tr(" eller ").join(sorted(vocab(r) for r in needed))) if needed else "")
        self.offered.setVisible(bool(needed))
        self._forget_plan()

    def _forget_plan(self) -> None:
        self.plan = None
        self.confirm.setEnabled(False)
        self.moves.set_rows([])
        self.summary.clear()
        self.left_out.clear()
        self.left_out.hide()

    def preview(self) -> team.HandoverPlan | None:
        self._forget_plan()
        takers = [a.id for a in self.takers.ticked()]
        try:
            plan = team.plan_handover(self.ctx, self.leaving.currentData(), takers)
        except FremskudtError as exc:
            show_label_error(self.error, exc)
            return None
        show_label_error(self.error, "")
        roles = {team.CASEWORKER: self.tr("sagsbehandler"),
                 team.JOBFORMIDLER: self.tr("jobformidler")}
        rows = [(mv.citizen_name, mv.step, roles[mv.role], mv.to_name) for mv in plan.moves]
        rows += [(a.citizen_name, self.tr("Møde {when}: {kind}").format(
            when=a.starts_at.astimezone().strftime("%d.%m.%Y %H:%M"), kind=a.kind),
            self.tr("deltager"), a.to_name) for a in plan.appointments]
        self.moves.set_rows(rows)
        self.move_view.resizeColumnsToContents()
        self.summary.setText(self._summary_text(plan, roles))
        self._show_left_out(plan, roles)
        self.plan = plan
        self.confirm.setEnabled(bool(plan.moves or plan.appointments))
        return plan

    def _summary_text(self, plan: team.HandoverPlan, roles: dict[str, str]) -> str:
        """How many move, then per role who takes how many."""
        lines = [self.tr("%n forløb flyttes fra {name}, og {m} kommende møder.", "",
                         len(plan.moves)).format(name=plan.from_name,
                                                 m=len(plan.appointments))]
        for role in (team.JOBFORMIDLER, team.CASEWORKER):
            counts: dict[str, int] = {}
            for mv in plan.moves:
                if mv.role == role:
                    counts[mv.to_name] = counts.get(mv.to_name, 0) + 1
            if counts:
                lines.append(self.tr("Som {role}: {spread}").format(
                    role=roles[role], spread=", ".join(
                        self.tr("{name} får {n}").format(name=name, n=n)
                        for name, n in sorted(counts.items()))))
        lines.append(self.tr("Tryk Overdrag for at gennemføre."))
        return "\n".join(lines)

    def _show_left_out(self, plan: team.HandoverPlan, roles: dict[str, str]) -> None:
        """Say, before the confirmation, who of the chosen takes no course and why."""
        lines = []
        for person in plan.left_out:
            if person.lacks:
                lines.append(self.tr("{name} får ingen forløb: har ikke rollen {roles}.").format(
                    name=person.name, roles=self.tr(" eller ").join(
                        roles[r] for r in person.lacks)))
            else:
                lines.append(self.tr("{name} får ingen forløb: de andre valgte har færre i "
                                     "forvejen.").format(name=person.name))
        self.left_out.setText("\n".join(lines))
        self.left_out.setVisible(bool(lines))

    def carry_out(self) -> bool:
        if self.plan is None:
            return False
        try:
            moved = team.hand_over(self.ctx, self.plan)
        except FremskudtError as exc:
            show_label_error(self.error, exc)
            self._forget_plan()
            return False
        self.done_count = moved
        self.accept()
        return True
