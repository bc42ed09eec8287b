"""The record's Netværk og samtykker tab: the citizen's network and consents to share."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from app.services import course
from app.services.course import CitizenRecord
from app.ui.forms import Field, FormDialog
from app.ui.record.tab import RecordTab, button_row, day_text
from app.ui.record.team_boxes import ReferralsBox
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import table_view


class NetworkTab(RecordTab):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._build()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.network_model = RowsTableModel([
            Column(self.tr("Navn"), lambda n: n.name),
            Column(self.tr("Relation"), lambda n: n.relation),
            Column(self.tr("Telefon"), lambda n: n.phone),
            Column(self.tr("Note"), lambda n: n.note),
        ], self)
        self.network_view, _ = table_view("networkTable", self.network_model)
        self.consent_model = RowsTableModel([
            Column(self.tr("Omfang"), lambda c: c.scope),
            Column(self.tr("Modtagere"), lambda c: c.recipients),
            Column(self.tr("Givet"), lambda c: day_text(c.given_on)),
            Column(self.tr("Trukket tilbage"), lambda c: day_text(c.withdrawn_on)),
        ], self)
        self.consent_view, self.consent_proxy = table_view("consentTable", self.consent_model)
        net_actions, _ = button_row(
            ("addNetworkButton", self.tr("Tilføj &netværksperson …"), self.add_network))
        consent_actions, _ = button_row(
            ("addConsentButton", self.tr("Registrér &samtykke …"), self.add_consent),
            ("withdrawConsentButton", self.tr("Samtykke &trukket tilbage …"),
             self.withdraw_consent))
        network = QGroupBox(self.tr("Netværk (inddrages efter borgerens ønske)"))
        net_layout = QVBoxLayout(network)
        net_layout.addLayout(net_actions)
        net_layout.addWidget(self.network_view)
        consents = QGroupBox(self.tr("Samtykker"))
        consent_layout = QVBoxLayout(consents)
        consent_layout.addLayout(consent_actions)
        consent_layout.addWidget(self.consent_view)
        layout = QVBoxLayout(self)
        layout.addWidget(network)
        layout.addWidget(consents)
        self.referrals_box = ReferralsBox(self.ctx, self.citizen_id)  # issue 20, point 11
        self.referrals_box.changed.connect(self.changed.emit)
        layout.addWidget(self.referrals_box)

    # -- data -----------------------------------------------------------------------------
    def show_record(self, record: CitizenRecord) -> None:
        self.network_model.set_rows(record.network)
        self.consent_model.set_rows(record.consents)
        self.referrals_box.reload()

    # -- actions --------------------------------------------------------------------------
    def add_network(self) -> FormDialog:
        return self.open_form(self.tr("Netværksperson"), [
            Field("name", self.tr("Navn")), Field("relation", self.tr("Relation")),
            Field("phone", self.tr("Telefon")), Field("note", self.tr("Note"), "multiline"),
        ], lambda v: course.add_network_person(self.ctx, self.citizen_id, name=v["name"],
                                               relation=v["relation"], phone=v["phone"],
                                               note=v["note"]))

    def add_consent(self) -> FormDialog:
        return self.open_form(self.tr("Samtykke"), [
            Field("scope", self.tr("Omfang (hvilke oplysninger, til hvad)"), "multiline"),
            Field("recipients", self.tr("Modtagere (forvaltninger, personer)"), "multiline"),
            Field("given_on", self.tr("Givet den"), "date"),
        ], lambda v: course.add_consent(self.ctx, self.citizen_id, scope=v["scope"],
                                        recipients=v["recipients"], given_on=v["given_on"]))

    def withdraw_consent(self) -> FormDialog | None:
        active = [c for c in self.record.consents if c.withdrawn_on is None]
        if not active:
            return None
        return self.open_form(self.tr("Samtykke trukket tilbage"), [
            Field("consent", self.tr("Samtykke"), "choice",
                  [(f"{day_text(c.given_on)}: {c.scope[:60]}", c.id) for c in active]),
            Field("on", self.tr("Trukket tilbage den"), "date"),
        ], lambda v: course.withdraw_consent(self.ctx, v["consent"], v["on"]))
