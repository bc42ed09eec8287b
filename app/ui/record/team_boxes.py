"""Pieces of issue 20 on the citizen's record: the group sessions the citizen is signed up for
(Kontakter), referrals to partners (Netværk og samtykker) and the handovers of the citizen's
courses (Forløb). Each is a box a tab adds; `reload()` reads its own rows."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from app.services import groups, partners, team
from app.services.context import ServiceContext
from app.ui.forms import Field, FormDialog, open_form
from app.ui.i18n import vocab
from app.ui.record.tab import button_row, day_text
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import table_view


class _Box(QGroupBox):
    changed = Signal()

    def __init__(self, ctx: ServiceContext, citizen_id: uuid.UUID, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.ctx = ctx
        self.citizen_id = citizen_id
        self.form: FormDialog | None = None
        self.message: QMessageBox | None = None

    def _form(self, title: str, fields: list[Field], submit, **kwargs) -> FormDialog:
        self.form = open_form(self, title, fields, submit, today=self.ctx.today(),
                              now=self.ctx.now(), on_saved=self._saved, **kwargs)
        return self.form

    def _saved(self) -> None:
        self.reload()
        self.changed.emit()

    def _tell(self, text: str) -> QMessageBox:
        self.message = QMessageBox(QMessageBox.Icon.Information, self.title(), text,
                                   QMessageBox.StandardButton.Ok, self)
        self.message.open()
        return self.message

    def reload(self) -> None:
        raise NotImplementedError


class GroupsBox(_Box):
    """The citizen's group sessions, and "Tilmeld gruppeforløb …" for a coming one."""

    def __init__(self, ctx: ServiceContext, citizen_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, citizen_id, "", parent)
        self.setTitle(self.tr("Gruppeforløb"))
        self.model = RowsTableModel([
            Column(self.tr("Tid"), lambda r: r[0].starts_at.astimezone().strftime(
                "%d.%m.%Y %H:%M"), sort=lambda r: r[0].starts_at),
            Column(self.tr("Art"), lambda r: vocab(r[0].kind)),
            Column(self.tr("Sted"), lambda r: r[0].place),
            Column(self.tr("Fremmøde"), lambda r: {None: "", True: self.tr("Mødt"),
                                                   False: self.tr("Ikke mødt")}[r[1].attended]),
        ], self)
        self.view, _ = table_view("recordGroupTable", self.model)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        actions, self.buttons = button_row(
            ("recordSignUpButton", self.tr("&Tilmeld gruppeforløb …"), self.sign_up))
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.view)

    def reload(self) -> None:
        self.model.set_rows(groups.citizen_sessions(self.ctx, self.citizen_id))
        self.view.resizeColumnsToContents()

    def sign_up(self) -> FormDialog | None:
        signed = {v.id for v, _s in groups.citizen_sessions(self.ctx, self.citizen_id)}
        today = self.ctx.today()
        coming = [v for v in groups.list_sessions(self.ctx, since=today)
                  if v.id not in signed]
        if not coming:
            self._tell(self.tr("Der er ingen kommende gruppeforløb at tilmelde til. Opret et "
                               "på siden Gruppeforløb."))
            return None
        choices = [(self.tr("{when} {kind}, {place} ({free} ledige)").format(
            when=v.starts_at.astimezone().strftime("%d.%m. %H:%M"), kind=vocab(v.kind),
            place=v.place, free=v.free), v.id) for v in coming]
        return self._form(self.tr("Tilmeld gruppeforløb"),
                          [Field("session", self.tr("Gruppeforløb"), "choice", choices)],
                          lambda v: groups.sign_up(self.ctx, v["session"], self.citizen_id),
                          ok_text=self.tr("&Tilmeld"))


class ReferralsBox(_Box):
    """Referrals to partners; one that shares information names the consent it rests on."""

    def __init__(self, ctx: ServiceContext, citizen_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, citizen_id, "", parent)
        self.setTitle(self.tr("Henvisninger til samarbejdspartnere"))
        self.model = RowsTableModel([
            Column(self.tr("Dato"), lambda r: day_text(r.referred_on),
                   sort=lambda r: r.referred_on),
            Column(self.tr("Samarbejdspartner"), lambda r: " – ".join(
                x for x in (r.partner_name, r.contact_name) if x)),
            Column(self.tr("Formål"), lambda r: r.purpose),
            Column(self.tr("Deler oplysninger"), lambda r: self.tr(
                "Ja, samtykke: {scope}").format(scope=r.consent_scope)
                if r.shares_information else self.tr("Nej")),
            Column(self.tr("Medarbejder"), lambda r: r.staff_name),
        ], self)
        self.view, _ = table_view("referralTable", self.model)
        actions, self.buttons = button_row(
            ("referButton", self.tr("&Henvis til samarbejdspartner …"), self.refer))
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.view)

    def reload(self) -> None:
        self.model.set_rows(partners.referrals(self.ctx, self.citizen_id))
        self.view.resizeColumnsToContents()

    def refer(self) -> FormDialog | None:
        known = partners.list_partners(self.ctx)
        if not known:
            self._tell(self.tr("Der er ingen samarbejdspartnere endnu. Opret dem på siden "
                               "Samarbejdspartnere."))
            return None
        contacts = [(self.tr("(ingen bestemt)"), None)] + [
            (f"{p.name} – {c.name}" + (f" ({c.role})" if c.role else ""), c.id)
            for p in known for c in p.contacts]
        consents = [(self.tr("(intet samtykke)"), None)] + [
            (self.tr("{day}: {scope} → {recipients}").format(
                day=day_text(c.given_on), scope=c.scope[:50], recipients=c.recipients[:50]),
             c.id) for c in partners.active_consents(self.ctx, self.citizen_id)]
        by_contact = {c.id: p.id for p in known for c in p.contacts}

        def submit(v: dict) -> uuid.UUID:
            partner = v["partner"]
            contact = v["contact"] if by_contact.get(v["contact"]) == partner else None
            return partners.refer(self.ctx, self.citizen_id, partner, purpose=v["purpose"],
                                  shares_information=v["shares"], consent_id=v["consent"],
                                  contact_id=contact, on=v["on"])

        return self._form(self.tr("Henvis til samarbejdspartner"), [
            Field("partner", self.tr("Samarbejdspartner"), "choice",
                  [(f"{p.name} ({vocab(p.kind)})", p.id) for p in known]),
            Field("contact", self.tr("Kontaktperson"), "choice", contacts),
            Field("purpose", self.tr("Formål"), "multiline"),
            Field("shares", self.tr("Henvisningen deler oplysninger om borgeren"), "check"),
            Field("consent", self.tr("Samtykke der dækker delingen"), "choice", consents),
            Field("on", self.tr("Dato"), "date"),
        ], submit, intro=self.tr("Deles oplysninger, skal borgerens samtykke nævne "
                                 "samarbejdspartneren som modtager."))


class HandoversLabel(QLabel):
    """"Overdraget 02.03.2026: jobformidler Ida Holm → Ole Berg", one line per move."""

    def __init__(self, ctx: ServiceContext, citizen_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.citizen_id = citizen_id
        self.setObjectName("handoverLines")
        self.setWordWrap(True)
        self.hide()

    def reload(self) -> None:
        roles = {team.CASEWORKER: self.tr("sagsbehandler"),
                 team.JOBFORMIDLER: self.tr("jobformidler")}
        lines = [self.tr("Overdraget {day}: {role} {source} → {target}").format(
            day=day_text(h.moved_on), role=roles.get(h.role, h.role), source=h.from_name,
            target=h.to_name) for h in team.citizen_handovers(self.ctx, self.citizen_id)]
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
