"""The record's Jobmatch og aftaler tab: company visits and snuse, the work and follow-up
agreements, paid hours per month with their chart, and the printed agreement."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from app.domain.enums import (
    AgreementStatus,
    AgreementType,
    FollowUpFrequency,
    InternshipPurpose,
    MatchActivityKind,
)
from app.domain.measures import is_full_time
from app.domain.roles import Permission
from app.domain.values import FULL_TIME_HOURS_PER_MONTH, TRIN3_EXIT_PAID_HOURS_PER_MONTH
from app.services import agreements, companies, stepup
from app.services.agreements import AgreementTerms, AgreementView
from app.services.course import CitizenRecord
from app.ui.charts import PaidHoursChart
from app.ui.common import Operation, name_widget, num, show_error
from app.ui.forms import Field, FormDialog, enum_choices
from app.ui.i18n import vocab
from app.ui.record.tab import RecordTab, button_row, day_text
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import table_view


class MatchTab(RecordTab):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.matches: list = []
        self.agreements: list[AgreementView] = []
        self.paid: agreements.CoursePaidHours | None = None
        self._build()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        match_actions, _ = button_row(
            ("addMatchButton", self.tr("Registrér &besøg eller snuse …"), self.add_match))
        self.match_model = RowsTableModel([
            Column(self.tr("Dato"), lambda a: day_text(a.occurred_on),
                   sort=lambda a: a.occurred_on),
            Column(self.tr("Virksomhed"), lambda a: a.company),
            Column(self.tr("Art"), lambda a: vocab(a.kind)),
            Column(self.tr("Opgaver prøvet"), lambda a: a.tasks_tried),
            Column(self.tr("Borgerens vurdering"), lambda a: a.citizen_verdict),
        ], self)
        self.match_view, _ = table_view("matchTable", self.match_model)
        agreement_actions, self.agreement_buttons = button_row(
            ("newAgreementButton", self.tr("&Ny aftale …"), self.new_agreement),
            ("renegotiateButton", self.tr("&Genforhandl …"), self.renegotiate),
            ("endAgreementButton", self.tr("A&fslut aftale …"), self.end_agreement),
            ("paidHoursButton", self.tr("&Løntimer …"), self.add_paid_hours),
            ("printAgreementButton", self.tr("&Vis og udskriv aftale …"), self.show_agreement),
        )
        self.agreement_model = RowsTableModel([
            Column(self.tr("Virksomhed"), lambda a: a.company),
            Column(self.tr("Type"), lambda a: vocab(a.agreement_type)),
            Column(self.tr("Formål"), lambda a: vocab(a.internship_purpose)
                   if a.internship_purpose else ""),
            Column(self.tr("Status"), lambda a: vocab(a.status)),
            Column(self.tr("Periode"),
                   lambda a: f"{day_text(a.starts_on)} – {day_text(a.ends_on)}",
                   sort=lambda a: a.starts_on),
            Column(self.tr("Timer/uge"), lambda a: num(a.hours_per_week), align_right=True,
                   sort=lambda a: float(a.hours_per_week)),
            Column(self.tr("Løntimer/uge"), lambda a: num(a.paid_hours_per_week),
                   align_right=True, sort=lambda a: float(a.paid_hours_per_week)),
            Column(self.tr("Kontaktperson"), lambda a: a.contact_person),
        ], self)
        self.agreement_view, self.agreement_proxy = table_view("agreementTable",
                                                               self.agreement_model)
        self.agreement_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_hours())
        self.hours_chart = PaidHoursChart(self)
        self.measures_label = name_widget(QLabel(), "paidHoursMeasures", self.tr("Løntimer"))
        self.measures_label.setWordWrap(True)
        matches = QGroupBox(self.tr("Jobmatch: virksomhedsbesøg og snuse"))
        match_layout = QVBoxLayout(matches)
        match_layout.addLayout(match_actions)
        match_layout.addWidget(self.match_view)
        deals = QGroupBox(self.tr("Arbejds- og opfølgningsaftaler"))
        deal_layout = QVBoxLayout(deals)
        deal_layout.addLayout(agreement_actions)
        deal_layout.addWidget(self.agreement_view)
        hours = QGroupBox(self.tr("Løntimer pr. måned (hele forløbet, alle aftaler)"))
        hours_layout = QHBoxLayout(hours)
        hours_layout.addWidget(self.hours_chart, 3)
        hours_layout.addWidget(self.measures_label, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(matches, 2)
        layout.addWidget(deals, 2)
        layout.addWidget(hours, 3)

    # -- data -----------------------------------------------------------------------------
    def show_record(self, record: CitizenRecord) -> None:
        if record.course_id is None:
            self.matches, self.agreements, self.paid = [], [], None
        else:
            self.matches, self.agreements = agreements.for_course(self.ctx, record.course_id)
            self.paid = agreements.course_paid_hours(self.ctx, record.course_id)
        self.match_model.set_rows(self.matches)
        self.agreement_model.set_rows(self.agreements)
        self.match_view.resizeColumnsToContents()
        self.agreement_view.resizeColumnsToContents()
        if self.agreements:
            self.agreement_view.selectRow(0)
        self._show_hours()

    def selected_agreement(self) -> AgreementView | None:
        index = self.agreement_view.currentIndex()
        if not index.isValid():
            return None
        return self.agreement_model.row_at(self.agreement_proxy.mapToSource(index).row())

    def _show_hours(self) -> None:
        agreement = self.selected_agreement()
        # domain.md: one line for the course, each month summed over every agreement and
        # company (seed 001, trin 3), whichever agreement is selected
        months = self.paid.months if self.paid else ()
        self.hours_chart.set_months(months)
        active = bool(agreement and agreement.status == AgreementStatus.ACTIVE)
        writable = self.ctx.user.can(Permission.CASE_WRITE)
        for name in ("renegotiateButton", "endAgreementButton", "paidHoursButton"):
            self.agreement_buttons[name].setEnabled(writable and active)
        self.agreement_buttons["printAgreementButton"].setEnabled(agreement is not None)
        self.agreement_buttons["newAgreementButton"].setEnabled(
            writable and self.record is not None and self.record.course_id is not None)
        if not months:
            self.measures_label.setText(self.tr("Ingen løntimer registreret.")
                                        if self.agreements else "")
            return
        lines = []
        progression = self.paid.progression
        if progression:
            change = ("+" if progression.change > 0 else "") + num(progression.change)
            pct = f" ({progression.change_percent:+} %)" if (
                progression.change_percent is not None) else ""
            lines.append(self.tr("Første måned med løntimer: {m}, {h} timer.").format(
                m=f"{progression.first_month:%m.%Y}", h=num(progression.first_hours)))
            lines.append(self.tr("Seneste måned: {m}, {h} timer.").format(
                m=f"{progression.latest_month:%m.%Y}", h=num(progression.latest_hours)))
            lines.append(self.tr("Ændring: {c} timer{p} – {d} timer.").format(
                c=change, p=pct, d=progression.direction))
        if self.paid.completes_trin3:
            lines.append("<b>" + self.tr("Mindst {hours} løntimer i seneste måned ({m}, "
                                         "alle aftaler): overvej at afslutte trin 3.").format(
                hours=num(TRIN3_EXIT_PAID_HOURS_PER_MONTH),
                m=f"{self.paid.latest.month:%m.%Y}") + "</b>")
        if any(is_full_time(p.hours) for p in months):
            lines.append(self.tr("Over {hours} timer i en måned tæller som "
                                 "fuldtidsarbejde.").format(hours=num(FULL_TIME_HOURS_PER_MONTH)))
        self.measures_label.setText("<br>".join(lines))

    # -- actions --------------------------------------------------------------------------
    def _company_choices(self) -> list[tuple[str, object]]:
        return [(c.name, c.id) for c in companies.search(self.ctx, "", limit=5000)]

    def add_match(self) -> FormDialog:
        record = self.record
        return self.open_form(self.tr("Virksomhedsbesøg eller snuse"), [
            Field("company", self.tr("Virksomhed"), "choice", self._company_choices()),
            Field("kind", self.tr("Art"), "choice", enum_choices(list(MatchActivityKind))),
            Field("on", self.tr("Dato"), "date"),
            Field("tasks", self.tr("Opgaver prøvet"), "multiline"),
            Field("verdict", self.tr("Borgerens egen vurdering"), "multiline"),
        ], lambda v: agreements.record_match(
            self.ctx, record.course_id, company_id=v["company"], kind=v["kind"],
            occurred_on=v["on"], tasks_tried=v["tasks"], citizen_verdict=v["verdict"]))

    def _agreement_fields(self, base: AgreementView | None) -> list[Field]:
        return [
            Field("company", self.tr("Virksomhed"), "choice", self._company_choices(),
                  default=base.company_id if base else None),
            Field("person", self.tr("Fast kontaktperson"), "choice", []),
            Field("type", self.tr("Type"), "choice", enum_choices(list(AgreementType)),
                  default=base.agreement_type if base else None),
            Field("purpose", self.tr("Praktikkens formål (ét)"), "choice",
                  enum_choices(list(InternshipPurpose), none=self.tr("(ingen praktik)")),
                  default=base.internship_purpose if base else None),
            Field("tasks", self.tr("Arbejdsopgaver"), "multiline",
                  default=base.tasks if base else ""),
            Field("hours", self.tr("Arbejdstid, timer om ugen"),
                  default=num(base.hours_per_week) if base else ""),
            Field("paid", self.tr("Løntimer om ugen nu"),
                  default=num(base.paid_hours_per_week) if base else "0"),
            Field("plan", self.tr("Plan mod (flere) løntimer"), "multiline",
                  default=base.paid_hours_plan if base else ""),
            Field("sub_goals", self.tr("Delmål for progression"), "multiline",
                  default=base.sub_goals if base else ""),
            Field("health", self.tr("Helbredsmæssige hensyn"), "multiline",
                  default=base.health_considerations if base else ""),
            Field("followup", self.tr("Opfølgningsplan (tæt i starten)"), "multiline",
                  default=base.followup_plan if base else ""),
            Field("frequency", self.tr("Opfølgningens hyppighed"), "choice",
                  enum_choices(list(FollowUpFrequency)),
                  default=base.followup_frequency if base else FollowUpFrequency.MONTHLY),
            Field("interval", self.tr("Opfølgning mindst hver … dag"), "int", minimum=1,
                  maximum=31, default=base.followup_interval_days if base else 7),
            Field("starts_on", self.tr("Start"), "date"),
            Field("ends_on", self.tr("Slut (tom: indtil videre)"), "optional_date"),
        ]

    def _link_people(self, dialog: FormDialog, selected: object = None) -> None:
        company_box = dialog.widgets["company"]
        person_box = dialog.widgets["person"]

        def fill() -> None:
            person_box.clear()
            person_box.addItem(self.tr("(ingen endnu)"), None)
            company_id = company_box.currentData()
            if company_id is None:
                return
            for person in companies.contact_persons(self.ctx, company_id):
                label = f"{person.name} ({person.role})" if person.role else person.name
                person_box.addItem(label, person.id)
            if selected is not None:
                dialog.set_value("person", selected)

        company_box.currentIndexChanged.connect(lambda _i: fill())
        fill()

    def _terms(self, v: dict) -> AgreementTerms:
        return AgreementTerms(
            company_id=v["company"], contact_person_id=v["person"],
            agreement_type=v["type"], internship_purpose=v["purpose"], tasks=v["tasks"],
            hours_per_week=v["hours"], paid_hours_per_week=v["paid"],
            paid_hours_plan=v["plan"], sub_goals=v["sub_goals"],
            health_considerations=v["health"], followup_plan=v["followup"],
            followup_interval_days=v["interval"], starts_on=v["starts_on"],
            ends_on=v["ends_on"], followup_frequency=v["frequency"])

    def new_agreement(self) -> FormDialog:
        record = self.record
        dialog = self.open_form(
            self.tr("Arbejds- og opfølgningsaftale"), self._agreement_fields(None),
            lambda v: agreements.create_agreement(self.ctx, record.course_id, self._terms(v)),
            intro=self.tr("Aftalen med kontaktperson og opfølgningsplan afslutter trin 2. "
                          "Er det en praktik, skal den have ét formål.") + self._hensyn())
        self._link_people(dialog)
        return dialog

    def _hensyn(self) -> str:
        """The considerations agreed at step-up, for the company agreement (seed 002 c)."""
        texts = stepup.considerations_for_course(self.ctx, self.record.course_id)
        if not texts:
            return ""
        return "\n\n" + self.tr("Hensyn aftalt ved step-up: ") + "; ".join(texts)

    def renegotiate(self) -> FormDialog | None:
        base = self.selected_agreement()
        if base is None:
            return None
        dialog = self.open_form(
            self.tr("Genforhandl aftale"), self._agreement_fields(base),
            lambda v: agreements.renegotiate(self.ctx, base.id, self._terms(v)),
            intro=self.tr("Den gamle aftale gemmes som genforhandlet.") + self._hensyn())
        self._link_people(dialog, base.contact_person_id)
        return dialog

    def end_agreement(self) -> FormDialog | None:
        base = self.selected_agreement()
        if base is None:
            return None
        return self.open_form(self.tr("Afslut aftale"), [
            Field("ends_on", self.tr("Sidste dag"), "date"),
            Field("reason", self.tr("Hvorfor slutter aftalen?"), "multiline"),
        ], lambda v: agreements.end_agreement(self.ctx, base.id, ends_on=v["ends_on"],
                                              reason=v["reason"]))

    def add_paid_hours(self) -> FormDialog | None:
        base = self.selected_agreement()
        if base is None:
            return None
        return self.open_form(self.tr("Løntimer fra lønsedlen"), [
            Field("month", self.tr("Måned (vælg en dag i måneden)"), "date"),
            Field("hours", self.tr("Løntimer i måneden")),
            Field("pay", self.tr("Løn i kr. (hvis kendt)")),
        ], lambda v: agreements.record_paid_hours(self.ctx, base.id, month=v["month"],
                                                  hours=v["hours"], pay=v["pay"]))

    def show_agreement(self) -> Operation | None:
        """Render the selected agreement off the GUI thread; its preview opens when ready."""
        base = self.selected_agreement()
        if base is None:
            return None
        ctx = self.ctx
        return self.render_pdf(lambda: agreements.agreement_document(ctx, base.id),
                               self.tr("Arbejds- og opfølgningsaftale"), "agreementPreview",
                               lambda error: show_error(self, error))
