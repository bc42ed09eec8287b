"""Samarbejdspartnere og værktøjer (issue 20, points 11-12): the partner register with its
contact persons, and the office's tool library."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import FremskudtError
from app.domain.team import PartnerKind
from app.services import partners
from app.services.context import ServiceContext
from app.ui.common import error_label, name_widget, show_error, show_label_error
from app.ui.forms import Field, FormDialog, enum_choices, open_form
from app.ui.i18n import vocab
from app.ui.table_model import Column, RowsTableModel
from app.ui.tools_widget import ToolsWidget
from app.ui.widgets import heading, table_view


def partner_fields(p: partners.PartnerView | None) -> list[Field]:
    t = QCoreApplication.translate
    return [
        Field("name", t("PartnersPage", "Navn"), default=p.name if p else ""),
        Field("kind", t("PartnersPage", "Art"), "choice", enum_choices(list(PartnerKind)),
              default=p.kind if p else None),
        Field("phone", t("PartnersPage", "Telefon"), default=p.phone if p else ""),
        Field("email", t("PartnersPage", "E-mail"), default=p.email if p else ""),
        Field("address", t("PartnersPage", "Adresse"), default=p.address if p else ""),
        Field("note", t("PartnersPage", "Hvad de tilbyder"), "multiline",
              default=p.note if p else ""),
    ]


class PartnersPage(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form: FormDialog | None = None
        self._build()
        self.load()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.model = RowsTableModel([
            Column(self.tr("Navn"), lambda p: p.name),
            Column(self.tr("Art"), lambda p: vocab(p.kind)),
            Column(self.tr("Telefon"), lambda p: p.phone),
            Column(self.tr("E-mail"), lambda p: p.email),
            Column(self.tr("Kontaktpersoner"), lambda p: len(p.contacts), align_right=True),
            Column(self.tr("Tilbyder"), lambda p: p.note),
        ], self)
        self.view, self.proxy = table_view("partnerTable", self.model)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.show_contacts())
        self.contacts = RowsTableModel([
            Column(self.tr("Navn"), lambda c: c.name),
            Column(self.tr("Rolle"), lambda c: c.role),
            Column(self.tr("Telefon"), lambda c: c.phone),
            Column(self.tr("E-mail"), lambda c: c.email),
        ], self)
        self.contact_view, self.contact_proxy = table_view("partnerContactTable", self.contacts)
        self.error = error_label("partnerError")
        top = QHBoxLayout()
        self._button(top, "newPartner", self.tr("&Ny samarbejdspartner …"), self.new_partner)
        self._button(top, "editPartner", self.tr("&Ret …"), self.edit_partner)
        top.addStretch(1)
        contact_box = QGroupBox(self.tr("Kontaktpersoner"))
        contact_layout = QVBoxLayout(contact_box)
        contact_layout.addWidget(self.contact_view, 1)
        row = QHBoxLayout()
        self._button(row, "addPartnerContact", self.tr("Tilføj &kontaktperson …"),
                     self.add_contact)
        self._button(row, "removePartnerContact", self.tr("&Fjern kontaktperson"),
                     self.remove_contact)
        row.addStretch(1)
        contact_layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(contact_box)
        register = QWidget()
        register_layout = QVBoxLayout(register)
        register_layout.addLayout(top)
        register_layout.addWidget(split, 1)
        register_layout.addWidget(self.error)
        self.tools = ToolsWidget(self.ctx)
        self.tabs = name_widget(QTabWidget(), "partnerTabs")
        self.tabs.addTab(register, self.tr("&Samarbejdspartnere"))
        self.tabs.addTab(self.tools, self.tr("&Værktøjskasse"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Samarbejdspartnere og værktøjer")))
        layout.addWidget(self.tabs, 1)

    def _button(self, row: QHBoxLayout, name: str, text: str, slot) -> QPushButton:
        button = name_widget(QPushButton(text), name)
        button.clicked.connect(lambda _checked=False: slot())
        row.addWidget(button)
        return button

    # -- data -----------------------------------------------------------------------------
    def load(self) -> None:
        current = self.current()
        try:
            rows = partners.list_partners(self.ctx)
        except FremskudtError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        ids = [r.id for r in rows]
        if rows:
            at = ids.index(current.id) if current and current.id in ids else 0
            self.view.selectRow(self.proxy.mapFromSource(self.model.index(at, 0)).row())
        self.show_contacts()

    def current(self) -> partners.PartnerView | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def show_contacts(self) -> None:
        partner = self.current()
        self.contacts.set_rows(partner.contacts if partner else [])
        self.contact_view.resizeColumnsToContents()

    # -- actions --------------------------------------------------------------------------
    def _form(self, title: str, fields: list[Field], submit) -> FormDialog:
        self.form = open_form(self, title, fields, submit, today=self.ctx.today(),
                              now=self.ctx.now(), on_saved=self.load)
        return self.form

    def new_partner(self) -> FormDialog:
        return self._form(self.tr("Ny samarbejdspartner"), partner_fields(None),
                          lambda v: partners.save_partner(self.ctx, **v))

    def edit_partner(self) -> FormDialog | None:
        partner = self.current()
        if partner is None:
            return None
        return self._form(self.tr("Ret samarbejdspartner"), partner_fields(partner),
                          lambda v: partners.save_partner(self.ctx, partner_id=partner.id, **v))

    def add_contact(self) -> FormDialog | None:
        partner = self.current()
        if partner is None:
            show_label_error(self.error, self.tr("Vælg en samarbejdspartner."))
            return None
        return self._form(self.tr("Kontaktperson hos {name}").format(name=partner.name), [
            Field("name", self.tr("Navn")), Field("role", self.tr("Rolle")),
            Field("phone", self.tr("Telefon")), Field("email", self.tr("E-mail"))],
            lambda v: partners.add_contact(self.ctx, partner.id, **v))

    def remove_contact(self) -> None:
        index = self.contact_view.currentIndex()
        if not index.isValid():
            show_label_error(self.error, self.tr("Vælg en kontaktperson."))
            return
        contact = self.contacts.row_at(self.contact_proxy.mapToSource(index).row())
        try:
            partners.remove_contact(self.ctx, contact.id)
        except FremskudtError as exc:
            show_label_error(self.error, exc)
            return
        show_label_error(self.error, "")
        self.load()
