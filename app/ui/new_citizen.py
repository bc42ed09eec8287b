"""The "Ny borger" dialog: a new citizen in the programme, typed in or made from a drop-in
visitor at the counter. """

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject

from app.domain.enums import BenefitType
from app.domain.roles import Role
from app.services import course, dropins, staff
from app.ui.forms import Field, FormDialog, enum_choices
from app.ui.languages import language_text, language_value
from app.ui.nav_pages import MainWindow


class NewCitizen(QObject):
    """Builds the dialog; a QObject so its texts have their own translation context."""

    def open(self, window: MainWindow,
             from_visit: dropins.VisitRow | None = None) -> FormDialog:
        """Open the dialog (window-modal); the new record opens when it is created."""
        accounts = staff.list_accounts(window.ctx)

        def people(role: Role) -> list[tuple[str, object]]:
            return [(self.tr("(ikke tildelt)"), None)] + [
                (a.full_name, a.id) for a in accounts if role in a.roles and a.active]

        def submit(v: dict) -> uuid.UUID:
            # a visitor who may already be registered comes back as NeedsChoice (the
            # service checks and creates in one transaction)
            return course.new_citizen(
                window.ctx, first_name=v["first"], last_name=v["last"], cpr=v["cpr"],
                phone=v["phone"], language=language_value(v["language"]),
                interpreter_needed=v["interpreter"],
                benefit_type=v["benefit"], caseworker_id=v["caseworker"],
                jobformidler_id=v["jobformidler"],
                from_visit_id=from_visit.id if from_visit else None,
                create_anyway=bool(v.get("create_anyway")))

        me = window.ctx.user
        extra = [Field("create_anyway", self.tr("Opret alligevel (ikke en af de fundne)"),
                       "check")] if from_visit is not None else []
        dialog = FormDialog(self.tr("Ny borger"), [
            Field("cpr", self.tr("CPR-nummer"), extra={"placeholder": "ddmmåå-xxxx"}),
            Field("first", self.tr("Fornavn"), default=from_visit.name if from_visit else ""),
            Field("last", self.tr("Efternavn")),
            Field("phone", self.tr("Telefon"), default=from_visit.phone if from_visit else ""),
            Field("language", self.tr("Sprog"), default=language_text("dansk")),
            Field("interpreter", self.tr("Har brug for tolk"), "check"),
            Field("benefit", self.tr("Ydelse"), "choice",
                  enum_choices(list(BenefitType), none=self.tr("(ikke oplyst)"))),
            Field("caseworker", self.tr("Sagsbehandler"), "choice", people(Role.JOBKONSULENT),
                  default=me.id if Role.JOBKONSULENT in me.roles else None),
            Field("jobformidler", self.tr("Personlig jobformidler"), "choice",
                  people(Role.JOBFORMIDLER),
                  default=me.id if Role.JOBFORMIDLER in me.roles else None),
            *extra,
        ], submit, ok_text=self.tr("&Opret borger"), today=window.ctx.today(),
            now=window.ctx.now(), parent=window)
        dialog.on_duplicate = lambda existing: window.open_citizen(existing)
        if from_visit is not None:
            def link(key: str) -> uuid.UUID:
                citizen_id = uuid.UUID(key)
                dropins.link_visit(window.ctx, from_visit.id, citizen_id)
                return citizen_id

            dialog.on_choice = link

        def created() -> None:
            window._reload_caseload()
            if window.drop_in_page is not None:
                window.drop_in_page.load()
            window.open_citizen(dialog.result_value)

        dialog.accepted.connect(created)
        dialog.open()
        return dialog



def new_citizen_dialog(window: MainWindow,
                       from_visit: dropins.VisitRow | None = None) -> FormDialog:
    return NewCitizen(window).open(window, from_visit)
