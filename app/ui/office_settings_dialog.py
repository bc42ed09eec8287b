"""Administration → Kontorets indstillinger (issue 20): the office's phone, address and
opening hours, the hours of open counselling the calendar shows, and the invitation letter's
template with its fields in braces. A template with an unknown field is refused when saved,
the field named; the settings replicate to the office's other workstations."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.domain.appointments import TEMPLATE_FIELDS
from app.services import office_settings
from app.services.context import ServiceContext
from app.ui.forms import Field, FormDialog, open_form
from app.ui.i18n import core_text


class OfficeSettingsDialog(QObject):
    """Builds the settings form (a FormDialog); the texts are translated in this context."""

    def open(self, parent: QWidget, ctx: ServiceContext) -> FormDialog:
        current = office_settings.office_settings(ctx)
        fields = "".join(f"<br><b>{{{escape(key)}}}</b> {escape(core_text(what))}"
                         for key, what in TEMPLATE_FIELDS.items())
        dialog = open_form(parent, self.tr("Kontorets indstillinger"), [
            Field("phone", self.tr("Kontorets telefon"), default=current.phone),
            Field("address", self.tr("Kontorets adresse"), default=current.address),
            Field("opening_hours", self.tr("Åbningstider (som de står i brevet)"),
                  default=current.opening_hours,
                  extra={"placeholder": self.tr("fx Mandag-torsdag 9-15, fredag 9-12")}),
            Field("drop_in_hours", self.tr("Åben rådgivning (vises i kalenderen)"),
                  default=current.drop_in_text,
                  extra={"placeholder": self.tr("fx man 9-12; tor 13-16")}),
            Field("letter_bring", self.tr("Tag med (standard i indkaldelsen)"),
                  default=current.letter_bring),
            Field("letter_template", self.tr("Indkaldelsens tekst"), "multiline",
                  default=current.letter_template),
        ], lambda v: office_settings.save_settings(ctx, **v), today=ctx.today(),
            now=ctx.now(), intro=self.tr(
                "Indstillingerne gælder hele kontoret og kommer med til de andre "
                "arbejdsstationer. Felter i indkaldelsens tekst skrives i krøllede "
                "parenteser:") + fields)
        dialog.setObjectName("officeSettingsDialog")
        dialog.widgets["letter_template"].setMinimumHeight(220)
        return dialog


def open_office_settings(parent: QWidget, ctx: ServiceContext) -> FormDialog:
    return OfficeSettingsDialog().open(parent, ctx)
