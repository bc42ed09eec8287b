"""The record's Step-up tab: consent, preparation (A), participants, meetings (B), the
agreement document (C) and the printed sheets."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import (
    BarrierKind,
    CourseStatus,
    ParticipantRole,
    StepUpInitiator,
    VisitationGroup,
)
from app.domain.errors import FremskudtError
from app.domain.roles import Permission
from app.domain.rules import DueKind
from app.domain.stepup import questions
from app.services import stepup
from app.services.course import CitizenRecord
from app.services.stepup import StepUpView
from app.ui.common import Operation, error_label, name_widget, show_error, show_label_error
from app.ui.flow_layout import FlowLayout
from app.ui.forms import Field, FormDialog, enum_choices
from app.ui.geometry import lines_high, scrolling
from app.ui.i18n import core_text, vocab
from app.ui.record.tab import RecordTab, day_text, render_pdf
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import table_view

SHEET_TITLES = {"preparation": QT_TRANSLATE_NOOP("StepUpTab", "Forberedelsesskema"),
                "agreement": QT_TRANSLATE_NOOP("StepUpTab", "Aftaledokument"),
                "meeting_pack": QT_TRANSLATE_NOOP("StepUpTab", "Mødepakke")}


class StepUpTab(RecordTab):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.view: StepUpView | None = None
        self._build()

    # -- layout ---------------------------------------------------------------------------
    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = name_widget(QPushButton(text), name)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.status = name_widget(QLabel(), "stepUpStatus", self.tr("Step-up"))
        self.status.setWordWrap(True)
        self.start_button = self._button("startStepUp", self.tr("&Start step-up …"),
                                         self.start)
        self.error = error_label("stepUpError")
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.start_button)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self._build_consent())
        body.addWidget(self._build_preparation(), 2)
        middle = QHBoxLayout()
        middle.addWidget(self._build_people(), 1)
        middle.addWidget(self._build_meetings(), 1)
        body.addLayout(middle, 2)
        body.addWidget(self._build_rows(), 2)
        body.addLayout(self._build_prints())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.body, 1)

    def _build_consent(self) -> QGroupBox:
        self.consent_label = name_widget(QLabel(), "stepUpConsent", self.tr("Samtykke"))
        self.consent_label.setWordWrap(True)
        consent_box = QGroupBox(self.tr("Samtykke til at dele og indhente oplysninger"))
        consent_row = QHBoxLayout(consent_box)
        consent_row.addWidget(self.consent_label, 1)
        consent_row.addWidget(self._button("recordConsent", self.tr("Registrér &samtykke …"),
                                           self.record_consent))
        return consent_box

    def _build_preparation(self) -> QGroupBox:
        self.documents = name_widget(QListWidget(), "stepUpDocuments",
                                     self.tr("Dokumenter der sendes med"))
        self.documents.itemChanged.connect(self._document_toggled)
        self.answers_label = name_widget(QLabel(), "stepUpAnswers", self.tr("Besvarelser"))
        self.answers_label.setWordWrap(True)
        prep = QGroupBox(self.tr("A. Forberedelse"))
        prep_layout = QHBoxLayout(prep)
        left = QVBoxLayout()
        # long answers scroll whole in their box instead of being cut mid-line
        self.answers_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.answers_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        answers = scrolling(self.answers_label, "stepUpAnswersScroll")
        answers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        answers.setMinimumHeight(lines_high(self.answers_label, 4))
        left.addWidget(answers, 1)
        left.addWidget(self._button("answerQuestions",
                                    self.tr("Besvar &forberedelsesskemaet …"), self.answer))
        prep_layout.addLayout(left, 1)
        prep_layout.addWidget(self.documents, 1)
        return prep

    def _build_people(self) -> QGroupBox:
        self.people = RowsTableModel([
            Column(self.tr("Rolle"), lambda p: vocab(p.role)),
            Column(self.tr("Navn"), lambda p: p.name),
            Column(self.tr("Organisation"), lambda p: p.organisation)], self)
        self.people_view, self.people_proxy = table_view("stepUpParticipants", self.people)
        self.warnings = name_widget(QLabel(), "stepUpWarnings", self.tr("Advarsler"))
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #9a5b00;")
        people_box = QGroupBox(self.tr("Deltagere"))
        people_layout = QVBoxLayout(people_box)
        people_buttons = QHBoxLayout()
        people_buttons.addWidget(self._button("addParticipant", self.tr("Tilføj &deltager …"),
                                              self.add_participant))
        people_buttons.addWidget(self._button("removeParticipant", self.tr("Fjern valgte"),
                                              self.remove_participant))
        people_buttons.addStretch(1)
        people_layout.addLayout(people_buttons)
        people_layout.addWidget(self.people_view)
        people_layout.addWidget(self.warnings)
        return people_box

    def _build_meetings(self) -> QGroupBox:
        self.meetings = RowsTableModel([
            Column(self.tr("Nr."), lambda mt: mt.number),
            Column(self.tr("Dato"), lambda mt: day_text(mt.held_on), sort=lambda mt: mt.held_on),
            Column(self.tr("Sted"), lambda mt: mt.place),
            Column(self.tr("Deltog"), lambda mt: mt.attendees)], self)
        self.meetings_view, _ = table_view("stepUpMeetings", self.meetings)
        meetings_box = QGroupBox(self.tr("B. Tværfaglige samtaler (1-2)"))
        meetings_layout = QVBoxLayout(meetings_box)
        meetings_layout.addWidget(self._button("addMeeting", self.tr("Nyt &møde …"),
                                               self.add_meeting))
        meetings_layout.addWidget(self.meetings_view)
        return meetings_box

    def _build_rows(self) -> QGroupBox:
        self.rows = RowsTableModel([
            Column(self.tr("Aftale"), lambda r: r.agreement),
            Column(self.tr("Hvem følger op"), lambda r: r.responsible),
            Column(self.tr("Hvornår"), lambda r: day_text(r.follow_up_on),
                   sort=lambda r: r.follow_up_on),
            Column(self.tr("Supplerende indsats"), lambda r: " ".join(
                x for x in (r.supplementary_effort, day_text(r.effort_starts_on)) if x)),
            Column(self.tr("Koordinering"), lambda r: r.coordination),
            Column(self.tr("Hensyn"), lambda r: r.considerations)], self)
        self.rows_view, _ = table_view("stepUpRows", self.rows)
        rows_box = QGroupBox(self.tr("C. Aftaledokument"))
        rows_layout = QVBoxLayout(rows_box)
        rows_layout.addWidget(self._button("addAgreementRow", self.tr("Ny &aftale …"),
                                           self.add_row))
        rows_layout.addWidget(self.rows_view)
        return rows_box

    def _build_prints(self) -> FlowLayout:
        self.full_cpr = name_widget(QCheckBox(self.tr("Vis fuldt CPR-nummer på udskriften")),
                                    "fullCpr")
        prints = FlowLayout()  # wraps on a narrow window instead of widening the record
        for key, title in SHEET_TITLES.items():
            prints.addWidget(self._button(f"print_{key}", self.tr(title) + " …",
                                          lambda _c=False, k=key: self.show_sheet(k)))
        prints.addWidget(self.full_cpr)
        prints.addWidget(self._button("markSent", self.tr("Markér forberedelse &sendt"),
                                      self.mark_sent))
        prints.addWidget(self._button("closeStepUp", self.tr("Afslut step-up …"),
                                      self.close_step_up))
        return prints

    # -- data -----------------------------------------------------------------------------
    def show_record(self, record: CitizenRecord) -> None:
        views = stepup.for_course(self.ctx, record.course_id) if record.course_id else []
        self.view = next((v for v in views if v.closed_on is None), views[0] if views else None)
        writable = self.ctx.user.can(Permission.CASE_WRITE)
        can_start = (writable and record.status == CourseStatus.ACTIVE
                     and record.visitation_group == VisitationGroup.INDSATS
                     and (self.view is None or self.view.closed_on is not None))
        self.start_button.setVisible(can_start)
        v = self.view
        if v is None:
            self.status.setText(self._why_no_step_up(record))
            self.body.setVisible(False)
            return
        self.body.setVisible(True)
        self.body.setEnabled(v.closed_on is None and writable)
        self.status.setText(self.tr(
            "<b>Step-up: {kind}</b>, startet {start} af {who}. {reason}{closed}").format(
            kind=vocab(v.barrier_kind).lower(), start=day_text(v.started_on),
            who=vocab(v.initiated_by).lower(), reason=v.reason,
            closed=self.tr(" Afsluttet {d}.").format(d=day_text(v.closed_on)) if v.closed_on
            else ""))
        if v.consent_ok:
            self.consent_label.setText(core_text(v.consent_text))
            self.consent_label.setStyleSheet("")
        else:
            self.consent_label.setText(
                (core_text(v.consent_text) + ". " if v.consent_text else "")
                + self.tr("Intet gældende samtykke: forberedelsen kan ikke udskrives eller "
                          "sendes."))
            self.consent_label.setStyleSheet("color: #a00000; font-weight: 600;")
        answered = [f"<b>{text}</b><br>{v.answers[key]}" for key, text in
                    questions(v.barrier_kind) if v.answers.get(key, "").strip()]
        missing = len(v.unanswered)
        self.answers_label.setText("<br>".join(answered) + (
            ("<br>" if answered else "") + self.tr("%n spørgsmål mangler svar.", "", missing)
            if missing else ""))
        self.documents.blockSignals(True)
        self.documents.clear()
        for document in v.documents:
            item = QListWidgetItem(vocab(document), self.documents)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if document.included
                               else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, document.id)
        self.documents.blockSignals(False)
        self.people.set_rows(v.participants)
        self.warnings.setText("\n".join(v.warnings))
        self.meetings.set_rows(v.meetings)
        self.rows.set_rows(v.rows)
        for view in (self.people_view, self.meetings_view, self.rows_view):
            view.resizeColumnsToContents()

    def _why_no_step_up(self, record: CitizenRecord) -> str:
        """Why there is no step-up yet, and what comes first (issue 17, point 11): step-up
        builds on the job-directed effort, so only a citizen visited to group 1 with an
        active course can have one (seed 004, "Supplerende indsats")."""
        if record.status == CourseStatus.VISITATION:
            return self.tr("Intet step-up-forløb: borgeren er ikke visiteret endnu. Step-up "
                           "kan startes, når borgeren er visiteret til gruppe 1; visitér "
                           "først under fanen Forløb (Visitation …).")
        if record.status != CourseStatus.ACTIVE:
            return self.tr("Intet step-up-forløb: borgeren har intet forløb i gang. Step-up "
                           "kan kun startes i et aktivt forløb i gruppe 1.")
        if record.visitation_group != VisitationGroup.INDSATS:
            return self.tr("Intet step-up-forløb: step-up er kun for borgere i gruppe 1. "
                           "Borgeren er visiteret til en anden gruppe.")
        suggested = next((i for i in record.due if i.kind == DueKind.STEP_UP), None)
        if suggested is not None:
            return self.tr("Intet step-up-forløb. Sagsstammen foreslår step-up: {why}").format(
                why=core_text(suggested.why))
        return self.tr("Intet step-up-forløb. Start et, når matchet trækker ud på grund af "
                       "helbreds- eller familiemæssige barrierer.")

    def _form(self, title: str, fields: list[Field], submit, **kwargs) -> FormDialog:
        show_label_error(self.error, "")
        return self.open_form(title, fields, submit, **kwargs)

    # -- actions ----------------------------------------------------------------------------
    def start(self) -> FormDialog:
        record = self.record
        return self._form(self.tr("Start step-up"), [
            Field("kind", self.tr("Barrierer"), "choice", enum_choices(list(BarrierKind))),
            Field("by", self.tr("Startet af"), "choice", enum_choices(list(StepUpInitiator))),
            Field("reason", self.tr("Hvorfor trækker matchet ud?"), "multiline"),
        ], lambda v: stepup.start(self.ctx, record.course_id, barrier_kind=v["kind"],
                                  initiated_by=v["by"], reason=v["reason"]),
            intro=self.tr("Step-up er en nødbremse, når matchet trækker ud på grund af "
                          "helbreds- eller familiemæssige barrierer."))

    def record_consent(self) -> FormDialog:
        v = self.view
        return self._form(self.tr("Samtykke"), [
            Field("scope", self.tr("Omfang: hvilke oplysninger må deles og indhentes"),
                  "multiline", default="Oplysninger til step-up: Min Plan, CV og jobmål, "
                  "helbreds- og familieforhold af betydning for job."),
            Field("recipients", self.tr("Forvaltninger og personer"), "multiline"),
            Field("given_on", self.tr("Givet den"), "date"),
        ], lambda x: stepup.record_consent(self.ctx, v.id, scope=x["scope"],
                                           recipients=x["recipients"],
                                           given_on=x["given_on"]))

    def answer(self) -> FormDialog:
        v = self.view
        fields = [Field(key, text, "multiline", default=v.answers.get(key, ""))
                  for key, text in questions(v.barrier_kind)]
        return self._form(self.tr("Forberedelsesskema"), fields,
                          lambda x: stepup.save_answers(self.ctx, v.id, x),
                          intro=self.tr("Besvares af borgeren sammen med sagsbehandler og "
                                        "jobformidler."), labels_above=True)

    def _document_toggled(self, item: QListWidgetItem) -> None:
        try:
            stepup.set_document(self.ctx, item.data(Qt.ItemDataRole.UserRole),
                                item.checkState() == Qt.CheckState.Checked)
        except FremskudtError as exc:
            show_label_error(self.error, exc.message)
            return
        # reload once the list has finished emitting (the reload rebuilds the list)
        QTimer.singleShot(0, self.changed.emit)

    def add_participant(self) -> FormDialog:
        v = self.view
        return self._form(self.tr("Ny deltager"), [
            Field("role", self.tr("Rolle"), "choice", enum_choices(list(ParticipantRole))),
            Field("name", self.tr("Navn")),
            Field("organisation", self.tr("Organisation")),
        ], lambda x: stepup.add_participant(self.ctx, v.id, role=x["role"], name=x["name"],
                                            organisation=x["organisation"]),
            intro=self.tr("Færrest mulige deltagere: sundhedsfaglig kun ved helbreds"
                          "barrierer, familieafdelingen kun ved familiebarrierer."))

    def remove_participant(self) -> None:
        index = self.people_view.currentIndex()
        if not index.isValid():
            return
        person = self.people.row_at(self.people_proxy.mapToSource(index).row())
        try:
            stepup.remove_participant(self.ctx, person.id)
        except FremskudtError as exc:
            show_label_error(self.error, exc.message)
            return
        self.changed.emit()

    def add_meeting(self) -> FormDialog:
        v = self.view
        fields = [Field("held_on", self.tr("Dato"), "date"),
                  Field("place", self.tr("Sted"), default="Jobcentret")]
        fields += [Field(f"p_{i}", f"{p.name} ({vocab(p.role).lower()})", "check",
                         default=True) for i, p in enumerate(v.participants)]
        fields.append(Field("note", self.tr("Note"), "multiline"))

        def submit(x: dict) -> object:
            chosen = [p.id for i, p in enumerate(v.participants) if x[f"p_{i}"]]
            return stepup.add_meeting(self.ctx, v.id, held_on=x["held_on"], place=x["place"],
                                      attendee_ids=chosen, note=x["note"])

        return self._form(self.tr("Tværfaglig samtale"), fields, submit,
                          intro=self.tr("Borgeren deltager i alle samtaler."))

    def add_row(self) -> FormDialog:
        v = self.view
        return self._form(self.tr("Aftale i aftaledokumentet"), [
            Field("agreement", self.tr("Hvilken aftale er lavet?"), "multiline"),
            Field("responsible", self.tr("Hvem følger op?")),
            Field("follow_up_on", self.tr("Hvornår følges der op?"), "date"),
            Field("effort", self.tr("Supplerende indsats"), "multiline"),
            Field("effort_on", self.tr("Indsatsen starter"), "optional_date"),
            Field("coordination", self.tr("Koordinering med den virksomhedsrettede indsats"),
                  "multiline"),
            Field("considerations", self.tr("Hensyn"), "multiline"),
        ], lambda x: stepup.add_agreement_row(
            self.ctx, v.id, agreement=x["agreement"], responsible=x["responsible"],
            follow_up_on=x["follow_up_on"], supplementary_effort=x["effort"],
            effort_starts_on=x["effort_on"], coordination=x["coordination"],
            considerations=x["considerations"]))

    def mark_sent(self) -> None:
        try:
            stepup.mark_sent(self.ctx, self.view.id, self.ctx.today())
        except FremskudtError as exc:
            show_label_error(self.error, exc.message)
            return
        self.changed.emit()

    def close_step_up(self) -> FormDialog:
        v = self.view
        return self._form(self.tr("Afslut step-up"), [Field("on", self.tr("Dato"), "date")],
                          lambda x: stepup.close(self.ctx, v.id, x["on"]))

    def show_sheet(self, which: str) -> Operation:
        """Render a sheet off the GUI thread; its preview opens when it is ready (printing
        and saving it are logged). Without a valid consent the error shows above the tab."""
        show_label_error(self.error, "")
        ctx, step_up_id, full_cpr = self.ctx, self.view.id, self.full_cpr.isChecked()
        self.preview = None
        self.operation = render_pdf(
            self, lambda: stepup.sheet(ctx, step_up_id, which, full_cpr=full_cpr),
            self.tr(SHEET_TITLES[which]), "stepUpPreview",
            lambda dialog: self._sheet_shown(dialog, which, step_up_id), self._sheet_failed)
        return self.operation

    def _sheet_shown(self, dialog: QDialog, which: str, step_up_id: uuid.UUID) -> None:
        dialog.preview.printed.connect(
            lambda: stepup.record_printed(self.ctx, step_up_id, which))
        dialog.preview.saved.connect(
            lambda path: stepup.record_saved(self.ctx, step_up_id, which, path))
        self.preview = dialog

    def _sheet_failed(self, error: object) -> None:
        if isinstance(error, FremskudtError):
            show_label_error(self.error, error.message)
        else:
            show_error(self, error)
