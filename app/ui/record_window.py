"""The citizen's record: a header and the tabs Forløb, Jobmål og CV, Kontakter, Netværk og
samtykker. Every action opens a small form; the services check, save and audit."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import (
    AgreementStatus,
    AgreementType,
    CompletionReason,
    ContactChannel,
    ContactKind,
    ContactPlace,
    CourseStatus,
    CvItemKind,
    ExemptionReason,
    InternshipPurpose,
    MatchActivityKind,
    Step,
    VisitationGroup,
)
from app.domain.errors import FremskudtError
from app.domain.roles import Permission, Role
from app.domain.rules import mark, unmet
from app.services import agreements, citizens, companies, course, dropins, staff, stepup
from app.services.agreements import AgreementTerms, AgreementView
from app.services.context import ServiceContext
from app.services.course import CitizenRecord
from app.ui.caseload_page import MARK_COLOURS
from app.ui.charts import PaidHoursChart
from app.ui.common import name_widget, num, show_error
from app.ui.forms import Field, FormDialog, enum_choices
from app.ui.i18n import core_text, vocab
from app.ui.pages import _table
from app.ui.pdf_preview import open_pdf_dialog
from app.ui.stepup_tab import StepUpTab
from app.ui.table_model import Column, RowsTableModel


def _d(day: dt.date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else ""


class CitizenRecordWindow(QDialog):
    """One citizen's record. `changed` tells the caseload to reload."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, citizen_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.citizen_id = citizen_id
        self.record: CitizenRecord | None = None
        self.form: FormDialog | None = None
        self.setObjectName("citizenRecord")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1100, 760)
        self._build()
        self.reload()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.name_label = name_widget(QLabel(), "recordName", self.tr("Navn"))
        self.cpr_label = name_widget(QLabel(), "recordCpr", self.tr("CPR-nummer"))
        self.reveal_button = name_widget(QPushButton(self.tr("Vis &CPR")), "revealCpr")
        self.reveal_button.clicked.connect(self.reveal_cpr)
        self.merge_button = name_widget(QPushButton(self.tr("Læg &sammen …")), "mergeCitizen")
        self.merge_button.setToolTip(self.tr("To registreringer af samme person: besøg, "
                                             "kontakter og forløb samles her."))
        self.merge_button.clicked.connect(self.merge)
        self.step_label = name_widget(QLabel(), "recordStep", self.tr("Trin"))
        self.formidler_label = name_widget(QLabel(), "recordFormidler", self.tr("Jobformidler"))
        self.due_label = name_widget(QLabel(), "recordNextDue", self.tr("Næste frist"))
        header = QHBoxLayout()
        header.addWidget(self.name_label)
        header.addWidget(self.cpr_label)
        header.addWidget(self.reveal_button)
        header.addWidget(self.merge_button)
        self.access_button = name_widget(QPushButton(self.tr("&Indsigtslog …")), "accessLog")
        self.access_button.clicked.connect(self.show_access_log)
        header.addWidget(self.access_button)
        header.addSpacing(16)
        header.addWidget(self.step_label)
        header.addSpacing(16)
        header.addWidget(self.formidler_label)
        header.addStretch(1)
        header.addWidget(self.due_label)
        self.tabs = name_widget(QTabWidget(), "recordTabs")
        self.tabs.addTab(self._build_course_tab(), self.tr("&Forløb"))
        self.tabs.addTab(self._build_cv_tab(), self.tr("&Jobmål og CV"))
        self.tabs.addTab(self._build_job_tab(), self.tr("Jobmatch og &aftaler"))
        self.tabs.addTab(self._build_contacts_tab(), self.tr("&Kontakter"))
        self.stepup_tab = StepUpTab(self)
        self.tabs.addTab(self.stepup_tab, self.tr("&Step-up"))
        self.tabs.addTab(self._build_network_tab(), self.tr("&Netværk og samtykker"))
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_contact)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def _buttons(self, *specs: tuple[str, str, object]) -> tuple[QHBoxLayout, dict]:
        row = QHBoxLayout()
        made = {}
        for name, text, slot in specs:
            button = name_widget(QPushButton(text), name)
            button.clicked.connect(slot)
            row.addWidget(button)
            made[name] = button
        row.addStretch(1)
        return row, made

    def _build_course_tab(self) -> QWidget:
        page = QWidget()
        self.course_form = QFormLayout()
        self.course_fields: dict[str, QLabel] = {}
        for key, label in (("status", self.tr("Status")), ("started", self.tr("Startet")),
                           ("visitation", self.tr("Visitation")),
                           ("caseworker", self.tr("Sagsbehandler")),
                           ("jobformidler", self.tr("Personlig jobformidler")),
                           ("end", self.tr("Afsluttet")), ("aftercare", self.tr("Efterværn"))):
            field = name_widget(QLabel(), f"course_{key}", label)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.course_fields[key] = field
            self.course_form.addRow(label + ":", field)
        actions, self.course_buttons = self._buttons(
            ("visitButton", self.tr("&Visitation …"), self.visit),
            ("assignButton", self.tr("&Tildel …"), self.assign),
            ("nextStepButton", self.tr("Næste &trin …"), self.next_step),
            ("dropoutButton", self.tr("&Frafald …"), self.dropout),
            ("completeButton", self.tr("&Afslut forløb …"), self.complete),
            ("exemptionButton", self.tr("Fri&tagelse …"), self.add_exemption),
            ("endExemptionButton", self.tr("&Ophæv fritagelse …"), self.end_exemption),
            ("stepUpButton", self.tr("Step-&up …"), self.go_to_step_up),
        )
        self.conditions_label = name_widget(QLabel(), "conditions", self.tr("Betingelser"))
        self.conditions_label.setWordWrap(True)
        self.due_model = RowsTableModel([
            Column(self.tr("Frist"), lambda i: _d(i.due), sort=lambda i: i.due),
            Column(self.tr("Hvad"), lambda i: core_text(i.what)),
            Column(self.tr("Hvorfor"), lambda i: core_text(i.why)),
            Column(self.tr("Regel"), lambda i: i.rule),
        ], self)
        self.due_view, self.due_proxy = _table("dueTable", self.due_model)
        self.due_view.activated.connect(self._due_activated)
        self.steps_model = RowsTableModel([
            Column(self.tr("Trin"), lambda p: core_text(course.STEP_NAMES[p.step])),
            Column(self.tr("Fra"), lambda p: _d(p.started_on), sort=lambda p: p.started_on),
            Column(self.tr("Til"), lambda p: _d(p.ended_on), sort=lambda p: p.ended_on),
            Column(self.tr("Note"), lambda p: (self.tr("Frafald. ") if p.dropout else "")
                   + p.transition_note),
            Column(self.tr("Begrundelse (betingelser ikke opfyldt)"),
                   lambda p: p.override_reason),
        ], self)
        self.steps_view, _ = _table("stepsTable", self.steps_model)
        self.steps_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.exemption_model = RowsTableModel([
            Column(self.tr("Årsag"), lambda e: vocab(e.reason)),
            Column(self.tr("Fra"), lambda e: _d(e.starts_on)),
            Column(self.tr("Til"), lambda e: _d(e.ends_on) or self.tr("indtil ophævet")),
            Column(self.tr("Begrundelse"), lambda e: e.reason_text),
        ], self)
        self.exemption_view, _ = _table("exemptionTable", self.exemption_model)
        top = QHBoxLayout()
        top.addLayout(self.course_form, 1)
        due_box = QGroupBox(self.tr("Frister"))
        due_layout = QVBoxLayout(due_box)
        due_layout.addWidget(self.due_view)
        due_layout.addWidget(self.conditions_label)
        top.addWidget(due_box, 2)
        history = QGroupBox(self.tr("Trinhistorik"))
        QVBoxLayout(history).addWidget(self.steps_view)
        exemptions = QGroupBox(self.tr("Fritagelser"))
        QVBoxLayout(exemptions).addWidget(self.exemption_view)
        layout = QVBoxLayout(page)
        layout.addLayout(top, 2)
        layout.addLayout(actions)
        layout.addWidget(history, 2)
        layout.addWidget(exemptions, 1)
        return page

    def _build_cv_tab(self) -> QWidget:
        page = QWidget()
        self.goal_fields: dict[str, QLabel] = {}
        goal_box = QGroupBox(self.tr("Jobmål"))
        goal_form = QFormLayout(goal_box)
        for key, label in (("position", self.tr("Stilling")), ("field", self.tr("Område")),
                           ("functions", self.tr("Funktioner")),
                           ("direction", self.tr("Retning")),
                           ("cv_started", self.tr("CV påbegyndt"))):
            field = name_widget(QLabel(), f"goal_{key}", label)
            field.setWordWrap(True)
            self.goal_fields[key] = field
            goal_form.addRow(label + ":", field)
        actions, _ = self._buttons(
            ("editGoalButton", self.tr("Ret &jobmål …"), self.edit_goal),
            ("addCvButton", self.tr("Tilføj til &CV …"), self.add_cv_item),
            ("removeCvButton", self.tr("&Fjern valgte"), self.remove_cv_item),
            ("showCvButton", self.tr("&Vis og udskriv CV …"), self.show_cv),
        )
        self.cv_model = RowsTableModel([
            Column(self.tr("Art"), lambda i: vocab(i.kind)),
            Column(self.tr("Overskrift"), lambda i: i.title),
            Column(self.tr("Beskrivelse"), lambda i: i.detail),
        ], self)
        self.cv_view, self.cv_proxy = _table("cvTable", self.cv_model)
        layout = QVBoxLayout(page)
        layout.addWidget(goal_box)
        layout.addLayout(actions)
        layout.addWidget(self.cv_view, 1)
        return page

    def _build_job_tab(self) -> QWidget:
        page = QWidget()
        match_actions, _ = self._buttons(
            ("addMatchButton", self.tr("Registrér &besøg eller snuse …"), self.add_match))
        self.match_model = RowsTableModel([
            Column(self.tr("Dato"), lambda a: _d(a.occurred_on), sort=lambda a: a.occurred_on),
            Column(self.tr("Virksomhed"), lambda a: a.company),
            Column(self.tr("Art"), lambda a: vocab(a.kind)),
            Column(self.tr("Opgaver prøvet"), lambda a: a.tasks_tried),
            Column(self.tr("Borgerens vurdering"), lambda a: a.citizen_verdict),
        ], self)
        self.match_view, _ = _table("matchTable", self.match_model)
        agreement_actions, self.agreement_buttons = self._buttons(
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
            Column(self.tr("Periode"), lambda a: f"{_d(a.starts_on)} – {_d(a.ends_on)}",
                   sort=lambda a: a.starts_on),
            Column(self.tr("Timer/uge"), lambda a: num(a.hours_per_week), align_right=True,
                   sort=lambda a: float(a.hours_per_week)),
            Column(self.tr("Løntimer/uge"), lambda a: num(a.paid_hours_per_week),
                   align_right=True, sort=lambda a: float(a.paid_hours_per_week)),
            Column(self.tr("Kontaktperson"), lambda a: a.contact_person),
        ], self)
        self.agreement_view, self.agreement_proxy = _table("agreementTable",
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
        hours = QGroupBox(self.tr("Løntimer pr. måned (valgt aftale)"))
        hours_layout = QHBoxLayout(hours)
        hours_layout.addWidget(self.hours_chart, 3)
        hours_layout.addWidget(self.measures_label, 2)
        layout = QVBoxLayout(page)
        layout.addWidget(matches, 2)
        layout.addWidget(deals, 2)
        layout.addWidget(hours, 3)
        return page

    def _build_contacts_tab(self) -> QWidget:
        page = QWidget()
        actions, _ = self._buttons(
            ("newContactButton", self.tr("&Ny kontakt … (Ctrl+N)"), self.new_contact))
        columns = [
            Column(self.tr("Tidspunkt"), lambda c: c.occurred_at.astimezone().strftime(
                "%d.%m.%Y %H:%M"), sort=lambda c: c.occurred_at),
            Column(self.tr("Art"), lambda c: vocab(c.kind)),
            Column(self.tr("Kanal"), lambda c: vocab(c.channel)),
            Column(self.tr("Sted"), lambda c: vocab(c.place) if c.place else ""),
            Column(self.tr("Deltagere"), lambda c: c.participants),
            Column(self.tr("Tolk"), lambda c: c.interpreter_reason if c.interpreter_used
                   else ""),
            Column(self.tr("Næste kontakt"), lambda c: " ".join(
                x for x in (_d(c.next_contact_on), c.next_contact_who) if x)),
            Column(self.tr("Medarbejder"), lambda c: c.staff),
            Column(self.tr("Note"), lambda c: c.note),
        ]
        self.contact_model = RowsTableModel(columns, self)
        self.contact_view, _ = _table("contactTable", self.contact_model)
        self.contact_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.attempt_model = RowsTableModel(columns, self)
        self.attempt_view, _ = _table("attemptTable", self.attempt_model)
        self.attempt_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        attempts = QGroupBox(self.tr("Kontaktforsøg og partshøringer (før en eventuel sanktion)"))
        QVBoxLayout(attempts).addWidget(self.attempt_view)
        layout = QVBoxLayout(page)
        layout.addLayout(actions)
        layout.addWidget(self.contact_view, 3)
        layout.addWidget(attempts, 1)
        return page

    def _build_network_tab(self) -> QWidget:
        page = QWidget()
        self.network_model = RowsTableModel([
            Column(self.tr("Navn"), lambda n: n.name),
            Column(self.tr("Relation"), lambda n: n.relation),
            Column(self.tr("Telefon"), lambda n: n.phone),
            Column(self.tr("Note"), lambda n: n.note),
        ], self)
        self.network_view, _ = _table("networkTable", self.network_model)
        self.consent_model = RowsTableModel([
            Column(self.tr("Omfang"), lambda c: c.scope),
            Column(self.tr("Modtagere"), lambda c: c.recipients),
            Column(self.tr("Givet"), lambda c: _d(c.given_on)),
            Column(self.tr("Trukket tilbage"), lambda c: _d(c.withdrawn_on)),
        ], self)
        self.consent_view, self.consent_proxy = _table("consentTable", self.consent_model)
        net_actions, _ = self._buttons(
            ("addNetworkButton", self.tr("Tilføj &netværksperson …"), self.add_network))
        consent_actions, _ = self._buttons(
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
        layout = QVBoxLayout(page)
        layout.addWidget(network)
        layout.addWidget(consents)
        return page

    # -- data ---------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            record = course.get_record(self.ctx, self.citizen_id)
        except FremskudtError as exc:
            show_error(self, exc)
            return
        self.record = record
        today = self.ctx.today()
        self.setWindowTitle(self.tr("{name} – Fremskudt").format(name=record.name))
        self.name_label.setText(f"<h2>{record.name}</h2>")
        self.cpr_label.setText(record.masked_cpr)
        self.reveal_button.setVisible(bool(record.masked_cpr))
        self.merge_button.setVisible(self.ctx.user.can(Permission.CASE_WRITE))
        self.step_label.setText(f"<b>{core_text(record.step_label)}</b>")
        self.formidler_label.setText(self.tr("Jobformidler: {name}").format(
            name=record.jobformidler or self.tr("ikke tildelt")))
        if record.next_due:
            item = record.next_due
            colour = MARK_COLOURS[mark(item.due, today)]
            self.due_label.setText(f"<span style='color:{colour}; font-weight:600'>"
                                   f"{_d(item.due)} {core_text(item.what)}</span>")
        else:
            self.due_label.setText(self.tr("Ingen frister"))
        f = self.course_fields
        f["status"].setText(vocab(record.status) if record.status else self.tr("Intet forløb"))
        f["started"].setText(_d(record.started_on))
        f["visitation"].setText(
            self.tr("Gruppe {g}, {d}, {who}").format(
                g=int(record.visitation_group), d=_d(record.visitation_date),
                who=record.visited_by) if record.visitation_group else self.tr("Ikke visiteret"))
        f["caseworker"].setText(record.caseworker or self.tr("ikke tildelt"))
        f["jobformidler"].setText(record.jobformidler or self.tr("ikke tildelt"))
        f["end"].setText(" ".join(x for x in (_d(record.ended_on), vocab(record.completion_reason)
                                              if record.completion_reason else "") if x))
        f["aftercare"].setText(self.tr("til {d}").format(d=_d(record.aftercare_until))
                               if record.aftercare_until else "")
        missing = unmet(record.conditions)
        if record.conditions:
            self.conditions_label.setText(
                self.tr("Betingelser for næste trin: ") + "; ".join(
                    ("✔ " if c.met else "✘ ") + vocab(c) for c in record.conditions))
        else:
            self.conditions_label.setText("")
        self.conditions_label.setStyleSheet("color: #a00000;" if missing else "")
        self.due_model.set_rows(record.due)
        self.steps_model.set_rows(record.steps)
        self.exemption_model.set_rows(record.exemptions)
        goal = record.job_goal
        for key, value in (("position", goal.position if goal else ""),
                           ("field", goal.field if goal else ""),
                           ("functions", goal.functions if goal else ""),
                           ("direction", goal.direction if goal else ""),
                           ("cv_started", _d(goal.cv_started_on) if goal else "")):
            self.goal_fields[key].setText(value)
        self.cv_model.set_rows(record.cv_items)
        self._load_agreements(record)
        self.stepup_tab.reload()
        self.contact_model.set_rows(record.contacts)
        self.attempt_model.set_rows(record.attempts)
        self.network_model.set_rows(record.network)
        self.consent_model.set_rows(record.consents)
        for view in (self.due_view, self.steps_view, self.contact_view, self.cv_view):
            view.resizeColumnsToContents()
        self._enable_actions(record)

    def _load_agreements(self, record: CitizenRecord) -> None:
        if record.course_id is None:
            self.matches, self.agreements = [], []
        else:
            self.matches, self.agreements = agreements.for_course(self.ctx, record.course_id)
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
        months = agreement.months if agreement else ()
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
                                        if agreement else "")
            return
        lines = []
        progression = agreement.progression
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
        if agreement.suggests_completion:
            lines.append("<b>" + self.tr("Mindst 30 løntimer i en måned: overvej at afslutte "
                                         "trin 3.") + "</b>")
        if any(p.full_time for p in months):
            lines.append(self.tr("Over 150 timer i en måned tæller som fuldtidsarbejde."))
        self.measures_label.setText("<br>".join(lines))

    def _enable_actions(self, record: CitizenRecord) -> None:
        writable = self.ctx.user.can(Permission.CASE_WRITE)
        status, step = record.status, record.step
        active = status == CourseStatus.ACTIVE
        rules = {
            "visitButton": status == CourseStatus.VISITATION,
            "assignButton": status in (CourseStatus.VISITATION, CourseStatus.ACTIVE),
            "nextStepButton": active and step in (Step.AFKLARING, Step.PAA_VEJ_MOD_JOB),
            "dropoutButton": active and step == Step.VIRKSOMHEDSFORLOEB,
            "completeButton": active,
            "exemptionButton": status in (CourseStatus.VISITATION, CourseStatus.ACTIVE),
            "endExemptionButton": any(e.ends_on is None for e in record.exemptions),
            "stepUpButton": record.course_id is not None,
        }
        for name, allowed in rules.items():
            self.course_buttons[name].setEnabled(writable and allowed)

    def _open_form(self, title: str, fields: list[Field], submit, **kwargs) -> FormDialog:
        dialog = FormDialog(title, fields, submit, today=self.ctx.today(), now=self.ctx.now(),
                            parent=self, **kwargs)
        dialog.accepted.connect(self._after_change)
        dialog.open()
        self.form = dialog
        return dialog

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    def _staff_choices(self, role: Role) -> list[tuple[str, object]]:
        people = [s for s in staff.list_accounts(self.ctx) if role in s.roles and s.active]
        return [(self.tr("(ikke tildelt)"), None)] + [(s.full_name, s.id) for s in people]

    def _due_activated(self, index) -> None:
        item = self.due_model.row_at(self.due_proxy.mapToSource(index).row())
        if "step-up" in item.what.lower():
            self.go_to_step_up()

    def show_access_log(self) -> QDialog | None:
        try:
            pdf = course.access_log_document(self.ctx, self.citizen_id)
        except FremskudtError as exc:
            show_error(self, exc)
            return None
        return open_pdf_dialog(self, self.tr("Indsigtslog – {name}").format(
            name=self.record.name), pdf, "accessLogPreview")

    def merge(self) -> FormDialog | None:
        candidates = dropins.merge_candidates(self.ctx, self.citizen_id)
        if not candidates:
            return self._open_form(self.tr("Læg sammen"), [], lambda _v: None,
                                   intro=self.tr("Der er ingen andre registreringer, der "
                                                 "ligner denne borger."), ok_text=self.tr("OK"))
        return self._open_form(self.tr("Læg sammen"), [
            Field("other", self.tr("Den anden registrering"), "choice",
                  [(f"{c.name} {c.masked_cpr or c.phone} – {core_text(c.why)}", c.citizen_id)
                   for c in candidates]),
        ], lambda v: dropins.merge_citizens(self.ctx, self.citizen_id, v["other"]),
            intro=self.tr("Alle besøg, kontakter, CV-linjer, netværk, samtykker og forløb fra "
                          "den anden registrering flyttes hertil, og den anden slettes."),
            ok_text=self.tr("&Læg sammen"))

    def go_to_step_up(self) -> None:
        self.tabs.setCurrentWidget(self.stepup_tab)

    # -- actions: course ----------------------------------------------------------------------
    def reveal_cpr(self) -> None:
        try:
            self.cpr_label.setText(citizens.reveal_cpr(self.ctx, self.citizen_id))
        except FremskudtError as exc:
            show_error(self, exc)

    def visit(self) -> FormDialog:
        record = self.record
        return self._open_form(self.tr("Visitation"), [
            Field("group", self.tr("Gruppe"), "choice", [
                (self.tr("Gruppe 1 – indsatsgruppen (jobrettet indsats)"),
                 VisitationGroup.INDSATS),
                (self.tr("Gruppe 2 – rehabiliteringsteamet"), VisitationGroup.REHAB)]),
            Field("on", self.tr("Dato"), "date"),
            Field("note", self.tr("Note"), "multiline"),
        ], lambda v: course.visit(self.ctx, record.course_id, v["group"], v["on"], v["note"]),
            intro=self.tr("1-2 samtaler afklarer, om borgeren skal i den jobrettede indsats "
                          "(gruppe 1) eller hører til rehabiliteringsteamet (gruppe 2)."))

    def assign(self) -> FormDialog:
        record = self.record
        return self._open_form(self.tr("Sagsbehandler og jobformidler"), [
            Field("caseworker", self.tr("Sagsbehandler"), "choice",
                  self._staff_choices(Role.JOBKONSULENT), default=record.caseworker_id),
            Field("jobformidler", self.tr("Personlig jobformidler"), "choice",
                  self._staff_choices(Role.JOBFORMIDLER), default=record.jobformidler_id),
        ], lambda v: course.assign(self.ctx, record.course_id, caseworker_id=v["caseworker"],
                                   jobformidler_id=v["jobformidler"]))

    def next_step(self) -> FormDialog:
        record = self.record
        missing = unmet(record.conditions)
        intro = self.tr("Alle betingelser er opfyldt.") if not missing else self.tr(
            "Betingelserne er ikke opfyldt: {m}. Skriv en begrundelse, hvis forløbet alligevel "
            "skal videre.").format(m="; ".join(vocab(c).lower() for c in missing))
        fields = [Field("on", self.tr("Dato"), "date"),
                  Field("note", self.tr("Note"), "multiline")]
        if missing:
            fields.insert(1, Field("reason", self.tr("Begrundelse"), "multiline"))
        return self._open_form(self.tr("Videre til næste trin"), fields, lambda v: course.next_step(
            self.ctx, record.course_id, on=v["on"], override_reason=v.get("reason", ""),
            note=v["note"]), intro=intro)

    def dropout(self) -> FormDialog:
        record = self.record
        return self._open_form(self.tr("Frafald fra trin 3"), [
            Field("to_rehab", self.tr("Borgeren vurderes at høre til rehabiliteringsteamet"),
                  "check"),
            Field("on", self.tr("Dato"), "date"),
            Field("note", self.tr("Hvad skete der?"), "multiline"),
        ], lambda v: course.dropout(self.ctx, record.course_id, to_rehab=v["to_rehab"],
                                    on=v["on"], note=v["note"]),
            intro=self.tr("Ved frafald starter borgeren i trin 2 igen med et nyt match, "
                          "medmindre borgeren hører til rehabiliteringsteamet."))

    def complete(self) -> FormDialog:
        record = self.record
        return self._open_form(self.tr("Afslut forløb"), [
            Field("reason", self.tr("Årsag"), "choice", enum_choices(list(CompletionReason))),
            Field("on", self.tr("Dato"), "date"),
            Field("aftercare", self.tr("Borgeren siger ja til efterværn"), "check",
                  default=True),
            Field("months", self.tr("Efterværn i måneder (3-6)"), "int", minimum=3, maximum=6,
                  default=6),
            Field("note", self.tr("Note"), "multiline"),
        ], lambda v: course.complete(self.ctx, record.course_id, reason=v["reason"],
                                     on=v["on"], aftercare_months=v["months"],
                                     aftercare_consent=v["aftercare"], note=v["note"]))

    def add_exemption(self) -> FormDialog:
        record = self.record
        return self._open_form(self.tr("Fritagelse"), [
            Field("reason", self.tr("Årsag"), "choice", enum_choices(list(ExemptionReason))),
            Field("starts_on", self.tr("Fra"), "date"),
            Field("ends_on", self.tr("Til (tom: indtil ophævet)"), "optional_date"),
            Field("text", self.tr("Begrundelse"), "multiline"),
            Field("notification", self.tr("Underretning sendt til socialforvaltningen"),
                  "check"),
        ], lambda v: course.add_exemption(self.ctx, record.course_id, reason=v["reason"],
                                          starts_on=v["starts_on"], ends_on=v["ends_on"],
                                          reason_text=v["text"],
                                          notification_sent=v["notification"]),
            intro=self.tr("En fritaget borger er ude af indsatsgruppen og har ingen frister, "
                          "indtil fritagelsen ophæves."))

    def end_exemption(self) -> FormDialog:
        open_ones = [e for e in self.record.exemptions if e.ends_on is None]
        return self._open_form(self.tr("Ophæv fritagelse"), [
            Field("exemption", self.tr("Fritagelse"), "choice",
                  [(self.tr("{reason} fra {day}").format(reason=vocab(e.reason),
                                                         day=_d(e.starts_on)), e.id)
                   for e in open_ones]),
            Field("ends_on", self.tr("Sidste dag"), "date"),
        ], lambda v: course.end_exemption(self.ctx, v["exemption"], v["ends_on"]))

    # -- actions: job goal and CV ---------------------------------------------------------------
    def edit_goal(self) -> FormDialog:
        record = self.record
        goal = record.job_goal
        return self._open_form(self.tr("Jobmål"), [
            Field("position", self.tr("Stilling"), default=goal.position if goal else ""),
            Field("field", self.tr("Område / branche"), default=goal.field if goal else ""),
            Field("functions", self.tr("Funktioner og opgaver"), "multiline",
                  default=goal.functions if goal else ""),
            Field("direction", self.tr("Retning (med borgerens ord)"), "multiline",
                  default=goal.direction if goal else ""),
            Field("education", self.tr("Målet er uddannelse"), "check",
                  default=goal.education_goal if goal else False),
            Field("cv_started", self.tr("Arbejdet med CV påbegyndt"), "optional_date",
                  default=goal.cv_started_on if goal else None),
        ], lambda v: course.save_job_goal(
            self.ctx, record.course_id, position=v["position"], field=v["field"],
            functions=v["functions"], direction=v["direction"],
            education_goal=v["education"], cv_started_on=v["cv_started"]))

    def add_cv_item(self) -> FormDialog:
        return self._open_form(self.tr("Tilføj til CV og ressourcer"), [
            Field("kind", self.tr("Art"), "choice", enum_choices(list(CvItemKind))),
            Field("title", self.tr("Overskrift")),
            Field("detail", self.tr("Beskrivelse"), "multiline"),
        ], lambda v: course.add_cv_item(self.ctx, self.citizen_id, kind=v["kind"],
                                        title=v["title"], detail=v["detail"]),
            intro=self.tr("Barrierer står kun i sagen, aldrig på det udskrevne CV."))

    def remove_cv_item(self) -> None:
        index = self.cv_view.currentIndex()
        if not index.isValid():
            return
        item = self.cv_model.row_at(self.cv_proxy.mapToSource(index).row())
        try:
            course.remove_cv_item(self.ctx, item.id)
        except FremskudtError as exc:
            show_error(self, exc)
            return
        self._after_change()

    def show_cv(self) -> QDialog | None:
        try:
            pdf = course.cv_document(self.ctx, self.citizen_id)
        except FremskudtError as exc:
            show_error(self, exc)
            return None
        return open_pdf_dialog(self, self.tr("CV – {name}").format(name=self.record.name),
                               pdf, "cvPreview")

    # -- actions: job match and agreements -----------------------------------------------------
    def _company_choices(self) -> list[tuple[str, object]]:
        return [(c.name, c.id) for c in companies.search(self.ctx, "", limit=5000)]

    def add_match(self) -> FormDialog:
        record = self.record
        return self._open_form(self.tr("Virksomhedsbesøg eller snuse"), [
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
            ends_on=v["ends_on"])

    def new_agreement(self) -> FormDialog:
        record = self.record
        dialog = self._open_form(
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
        dialog = self._open_form(
            self.tr("Genforhandl aftale"), self._agreement_fields(base),
            lambda v: agreements.renegotiate(self.ctx, base.id, self._terms(v)),
            intro=self.tr("Den gamle aftale gemmes som genforhandlet.") + self._hensyn())
        self._link_people(dialog, base.contact_person_id)
        return dialog

    def end_agreement(self) -> FormDialog | None:
        base = self.selected_agreement()
        if base is None:
            return None
        return self._open_form(self.tr("Afslut aftale"), [
            Field("ends_on", self.tr("Sidste dag"), "date"),
            Field("reason", self.tr("Hvorfor slutter aftalen?"), "multiline"),
        ], lambda v: agreements.end_agreement(self.ctx, base.id, ends_on=v["ends_on"],
                                              reason=v["reason"]))

    def add_paid_hours(self) -> FormDialog | None:
        base = self.selected_agreement()
        if base is None:
            return None
        return self._open_form(self.tr("Løntimer fra lønsedlen"), [
            Field("month", self.tr("Måned (vælg en dag i måneden)"), "date"),
            Field("hours", self.tr("Løntimer i måneden")),
            Field("pay", self.tr("Løn i kr. (hvis kendt)")),
        ], lambda v: agreements.record_paid_hours(self.ctx, base.id, month=v["month"],
                                                  hours=v["hours"], pay=v["pay"]))

    def show_agreement(self) -> QDialog | None:
        base = self.selected_agreement()
        if base is None:
            return None
        try:
            pdf = agreements.agreement_document(self.ctx, base.id)
        except FremskudtError as exc:
            show_error(self, exc)
            return None
        return open_pdf_dialog(self, self.tr("Arbejds- og opfølgningsaftale"), pdf,
                               "agreementPreview")

    # -- actions: contacts, network, consents ---------------------------------------------------
    def new_contact(self) -> FormDialog:
        return self._open_form(self.tr("Ny kontakt"), [
            Field("at", self.tr("Tidspunkt"), "datetime"),
            Field("kind", self.tr("Art"), "choice", enum_choices(list(ContactKind))),
            Field("channel", self.tr("Kanal"), "choice", enum_choices(list(ContactChannel))),
            Field("place", self.tr("Sted"), "choice",
                  enum_choices(list(ContactPlace), none=self.tr("(ikke relevant)"))),
            Field("participants", self.tr("Deltagere")),
            Field("interpreter", self.tr("Der blev brugt tolk"), "check"),
            Field("interpreter_reason", self.tr("Hvorfor tolk")),
            Field("note", self.tr("Note"), "multiline"),
            Field("next_on", self.tr("Næste kontakt senest"), "optional_date"),
            Field("next_who", self.tr("Hvem kontakter hvem"),
                  extra={"placeholder": self.tr("fx Jobformidleren ringer til borgeren")}),
        ], lambda v: course.log_contact(
            self.ctx, self.citizen_id, occurred_at=v["at"], kind=v["kind"],
            channel=v["channel"], place=v["place"], participants=v["participants"],
            interpreter_used=v["interpreter"], interpreter_reason=v["interpreter_reason"],
            note=v["note"], next_contact_on=v["next_on"], next_contact_who=v["next_who"]))

    def add_network(self) -> FormDialog:
        return self._open_form(self.tr("Netværksperson"), [
            Field("name", self.tr("Navn")), Field("relation", self.tr("Relation")),
            Field("phone", self.tr("Telefon")), Field("note", self.tr("Note"), "multiline"),
        ], lambda v: course.add_network_person(self.ctx, self.citizen_id, name=v["name"],
                                               relation=v["relation"], phone=v["phone"],
                                               note=v["note"]))

    def add_consent(self) -> FormDialog:
        return self._open_form(self.tr("Samtykke"), [
            Field("scope", self.tr("Omfang (hvilke oplysninger, til hvad)"), "multiline"),
            Field("recipients", self.tr("Modtagere (forvaltninger, personer)"), "multiline"),
            Field("given_on", self.tr("Givet den"), "date"),
        ], lambda v: course.add_consent(self.ctx, self.citizen_id, scope=v["scope"],
                                        recipients=v["recipients"], given_on=v["given_on"]))

    def withdraw_consent(self) -> FormDialog | None:
        active = [c for c in self.record.consents if c.withdrawn_on is None]
        if not active:
            return None
        return self._open_form(self.tr("Samtykke trukket tilbage"), [
            Field("consent", self.tr("Samtykke"), "choice",
                  [(f"{_d(c.given_on)}: {c.scope[:60]}", c.id) for c in active]),
            Field("on", self.tr("Trukket tilbage den"), "date"),
        ], lambda v: course.withdraw_consent(self.ctx, v["consent"], v["on"]))
