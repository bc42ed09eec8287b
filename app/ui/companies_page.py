"""Virksomheder: the company network, a company's card with its contact persons and the
citizens matched there."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FremskudtError
from app.domain.roles import Permission
from app.services import companies
from app.services.context import ServiceContext
from app.ui.common import name_widget, show_error
from app.ui.forms import Field, FormDialog
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import heading, table_view


def company_fields(detail: companies.CompanyDetail | None = None) -> list[Field]:
    translate = QCoreApplication.translate
    d = detail
    fields = [
        Field("name", translate("CompaniesPage", "Navn"), default=d.name if d else ""),
        Field("industry", translate("CompaniesPage", "Branche"),
              default=d.industry if d else ""),
        Field("address", translate("CompaniesPage", "Adresse"), default=d.address if d else ""),
        Field("offers", translate("CompaniesPage", "Hvad virksomheden kan tilbyde (opgaver der "
                                  "kan vokse, løntimer)"),
              "multiline", default=d.offers_note if d else ""),
        Field("note", translate("CompaniesPage", "Note"), "multiline",
              default=d.note if d else ""),
    ]
    if detail is None:
        fields.insert(1, Field("cvr", translate("CompaniesPage", "CVR-nummer")))
    return fields


class CompaniesPage(QWidget):
    """Search and filter the network; open a company; add one (duplicate CVR refused)."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form: FormDialog | None = None
        self.card: CompanyDialog | None = None
        self._build()
        self.load()

    def _build(self) -> None:
        self.search = name_widget(QLineEdit(), "companySearch", self.tr("Søg virksomhed"))
        self.search.setPlaceholderText(self.tr("Søg på navn, CVR-nummer eller branche"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.load())
        self.industry = name_widget(QComboBox(), "companyIndustry", self.tr("Branche"))
        self.industry.currentIndexChanged.connect(lambda _i: self.load())
        self.new_button = name_widget(QPushButton(self.tr("&Ny virksomhed …")), "newCompany")
        self.new_button.clicked.connect(self.new_company)
        self.model = RowsTableModel([
            Column(self.tr("Navn"), lambda r: r.name),
            Column(self.tr("CVR"), lambda r: r.cvr),
            Column(self.tr("Branche"), lambda r: r.industry),
            Column(self.tr("Adresse"), lambda r: r.address),
            Column(self.tr("Kontaktpersoner"), lambda r: r.contacts, align_right=True),
            Column(self.tr("Aftaler"), lambda r: r.agreements, align_right=True),
        ], self)
        self.view, self.proxy = table_view("companyTable", self.model)
        self.view.doubleClicked.connect(lambda index: self.open_company(
            self.model.row_at(self.proxy.mapToSource(index).row()).id))
        self.view.activated.connect(lambda index: self.open_company(
            self.model.row_at(self.proxy.mapToSource(index).row()).id))
        self.summary = name_widget(QLabel(), "companySummary")
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.industry, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Virksomheder")))
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self._fill_industries()

    def _fill_industries(self) -> None:
        current = self.industry.currentData()
        self.industry.blockSignals(True)
        self.industry.clear()
        self.industry.addItem(self.tr("Alle brancher"), "")
        for name in companies.industries(self.ctx):
            self.industry.addItem(name, name)
        index = self.industry.findData(current) if current else 0
        self.industry.setCurrentIndex(max(index, 0))
        self.industry.blockSignals(False)

    def load(self) -> None:
        try:
            rows = companies.search(self.ctx, self.search.text(), self.industry.currentData()
                                    or "")
        except FremskudtError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.summary.setText(self.tr("%n virksomhed(er).", "", len(rows)))

    def new_company(self) -> FormDialog:
        def submit(v: dict) -> uuid.UUID:
            return companies.create_company(
                self.ctx, name=v["name"], cvr=v["cvr"], industry=v["industry"],
                address=v["address"], offers_note=v["offers"], note=v["note"])

        dialog = FormDialog(self.tr("Ny virksomhed"), company_fields(), submit,
                            ok_text=self.tr("&Opret"), today=self.ctx.today(), parent=self)
        dialog.on_duplicate = lambda existing: self.open_company(existing)
        dialog.accepted.connect(self._created)
        dialog.open()
        self.form = dialog
        return dialog

    def _created(self) -> None:
        self._fill_industries()
        self.load()

    def open_company(self, company_id: uuid.UUID) -> CompanyDialog | None:
        if not self.ctx.user.can(Permission.CASE_READ):
            return None
        try:
            card = CompanyDialog(self.ctx, company_id, self)
        except FremskudtError as exc:
            show_error(self, exc)
            return None
        card.changed.connect(self.load)
        card.open()
        self.card = card
        return card


class CompanyDialog(QDialog):
    changed = Signal()

    def __init__(self, ctx: ServiceContext, company_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.company_id = company_id
        self.form: FormDialog | None = None
        self.setObjectName("companyCard")
        self.resize(900, 640)
        self._build()
        self.reload()

    def _build(self) -> None:
        self.facts = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, label in (("name", self.tr("Navn")), ("cvr", self.tr("CVR")),
                           ("industry", self.tr("Branche")), ("address", self.tr("Adresse")),
                           ("offers", self.tr("Kan tilbyde")), ("note", self.tr("Note"))):
            widget = name_widget(QLabel(), f"company_{key}", label)
            widget.setWordWrap(True)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = widget
            self.facts.addRow(label + ":", widget)
        edit = name_widget(QPushButton(self.tr("&Ret …")), "editCompany")
        edit.clicked.connect(self.edit)
        add = name_widget(QPushButton(self.tr("Tilføj &kontaktperson …")), "addContactPerson")
        add.clicked.connect(self.add_person)
        self.people = RowsTableModel([
            Column(self.tr("Navn"), lambda p: p.name), Column(self.tr("Rolle"), lambda p: p.role),
            Column(self.tr("Telefon"), lambda p: p.phone),
            Column(self.tr("E-mail"), lambda p: p.email)], self)
        self.people_view, _ = table_view("contactPersonTable", self.people)
        self.history = RowsTableModel([
            Column(self.tr("Dato"), lambda h: f"{h.on:%d.%m.%Y}", sort=lambda h: h.on),
            Column(self.tr("Borger"), lambda h: h.citizen),
            Column(self.tr("Hvad"), lambda h: h.what),
            Column(self.tr("Detaljer"), lambda h: h.detail)], self)
        self.history_view, _ = table_view("matchHistoryTable", self.history)
        self.history_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        buttons = QHBoxLayout()
        buttons.addWidget(edit)
        buttons.addWidget(add)
        buttons.addStretch(1)
        people = QGroupBox(self.tr("Kontaktpersoner"))
        QVBoxLayout(people).addWidget(self.people_view)
        history = QGroupBox(self.tr("Borgere matchet her"))
        QVBoxLayout(history).addWidget(self.history_view)
        layout = QVBoxLayout(self)
        layout.addLayout(self.facts)
        layout.addLayout(buttons)
        layout.addWidget(people, 1)
        layout.addWidget(history, 2)

    def reload(self) -> None:
        self.detail = companies.detail(self.ctx, self.company_id)
        d = self.detail
        self.setWindowTitle(d.name)
        for key, value in (("name", d.name), ("cvr", d.cvr), ("industry", d.industry),
                           ("address", d.address), ("offers", d.offers_note),
                           ("note", d.note)):
            self.labels[key].setText(value)
        self.people.set_rows(d.contacts)
        self.history.set_rows(d.history)

    def _form(self, title: str, fields: list[Field], submit) -> FormDialog:
        dialog = FormDialog(title, fields, submit, today=self.ctx.today(), parent=self)
        dialog.accepted.connect(self.reload)
        dialog.accepted.connect(self.changed)
        dialog.open()
        self.form = dialog
        return dialog

    def edit(self) -> FormDialog:
        return self._form(self.tr("Ret virksomhed"), company_fields(self.detail),
                          lambda v: companies.update_company(
                              self.ctx, self.company_id, name=v["name"],
                              industry=v["industry"], address=v["address"],
                              offers_note=v["offers"], note=v["note"]))

    def add_person(self) -> FormDialog:
        return self._form(self.tr("Ny kontaktperson"), [
            Field("name", self.tr("Navn")), Field("role", self.tr("Rolle")),
            Field("phone", self.tr("Telefon")), Field("email", self.tr("E-mail"))],
            lambda v: companies.add_contact_person(self.ctx, self.company_id, name=v["name"],
                                                   role=v["role"], phone=v["phone"],
                                                   email=v["email"]))
