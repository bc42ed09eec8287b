"""The record's Forløb tab: the course's facts, its deadlines and conditions, the step
history, exemptions, and the course actions the domain allows from where the course stands."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from app.domain.enums import CompletionReason, CourseStatus, ExemptionReason, VisitationGroup
from app.domain.roles import Permission, Role
from app.domain.rule_texts import rule_text
from app.domain.rules import CourseAction, DueKind, allowed_actions, unmet
from app.services import course, staff
from app.services.course import CitizenRecord
from app.ui.common import name_widget, num
from app.ui.flow_layout import flow_buttons
from app.ui.forms import Field, FormDialog, enum_choices
from app.ui.i18n import core_text, vocab
from app.ui.record.tab import RecordTab, day_text
from app.ui.record.team_boxes import HandoversLabel
from app.ui.table_model import Column, RowsTableModel
from app.ui.widgets import table_view

# the button of each course action (the domain decides which are allowed)
ACTION_BUTTONS = {
    CourseAction.VISIT: "visitButton",
    CourseAction.ASSIGN: "assignButton",
    CourseAction.NEXT_STEP: "nextStepButton",
    CourseAction.DROPOUT: "dropoutButton",
    CourseAction.COMPLETE: "completeButton",
    CourseAction.EXEMPTION: "exemptionButton",
    CourseAction.END_EXEMPTION: "endExemptionButton",
    CourseAction.STEP_UP: "stepUpButton",
}


class CourseTab(RecordTab):
    """`step_up_requested` asks the window to show the Step-up tab."""

    step_up_requested = Signal()

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._build()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        self.course_fields: dict[str, QLabel] = {}
        for key, label in (("status", self.tr("Status")), ("started", self.tr("Startet")),
                           ("visitation", self.tr("Visitation")),
                           ("caseworker", self.tr("Sagsbehandler")),
                           ("jobformidler", self.tr("Personlig jobformidler")),
                           ("end", self.tr("Afsluttet")), ("aftercare", self.tr("Efterværn"))):
            field = name_widget(QLabel(), f"course_{key}", label)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.course_fields[key] = field
            form.addRow(label + ":", field)
        # the actions wrap to a second row rather than widen the record (issue 17, 150 %)
        actions, self.course_buttons = flow_buttons(
            ("visitButton", self.tr("&Visitation …"), self.visit),
            ("assignButton", self.tr("&Tildel …"), self.assign),
            ("nextStepButton", self.tr("Næste &trin …"), self.next_step),
            ("dropoutButton", self.tr("&Frafald …"), self.dropout),
            ("completeButton", self.tr("&Afslut forløb …"), self.complete),
            ("exemptionButton", self.tr("Fri&tagelse …"), self.add_exemption),
            ("endExemptionButton", self.tr("&Ophæv fritagelse …"), self.end_exemption),
            ("stepUpButton", self.tr("Step-&up …"), self.step_up_requested.emit),
            ("newCourseButton", self.tr("N&yt forløb …"), self.new_course),
        )
        self.conditions_label = name_widget(QLabel(), "conditions", self.tr("Betingelser"))
        self.conditions_label.setWordWrap(True)
        # the conditions' lines are kept free, so the buttons below do not jump when they
        # appear or go (issue 17, point 11); the whole text is also the tooltip
        self.conditions_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.conditions_label.setFixedHeight(
            self.conditions_label.fontMetrics().lineSpacing() * 3 + 4)
        self.due_model = RowsTableModel([
            Column(self.tr("Frist"), lambda i: day_text(i.due), sort=lambda i: i.due),
            Column(self.tr("Hvad"), lambda i: core_text(i.what)),
            Column(self.tr("Hvorfor"), lambda i: core_text(i.why)),
            Column(self.tr("Regel"), lambda i: core_text(rule_text(i))),
        ], self)
        self.due_view, self.due_proxy = table_view("dueTable", self.due_model)
        self.due_view.activated.connect(self._due_activated)
        self.steps_model = RowsTableModel([
            Column(self.tr("Trin"), lambda p: core_text(course.STEP_NAMES[p.step])),
            Column(self.tr("Fra"), lambda p: day_text(p.started_on),
                   sort=lambda p: p.started_on),
            Column(self.tr("Til"), lambda p: day_text(p.ended_on), sort=lambda p: p.ended_on),
            Column(self.tr("Note"), lambda p: (self.tr("Frafald. ") if p.dropout else "")
                   + p.transition_note),
            Column(self.tr("Begrundelse (betingelser ikke opfyldt)"),
                   lambda p: p.override_reason),
        ], self)
        self.steps_view, _ = table_view("stepsTable", self.steps_model)
        self.steps_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.exemption_model = RowsTableModel([
            Column(self.tr("Årsag"), lambda e: vocab(e.reason)),
            Column(self.tr("Fra"), lambda e: day_text(e.starts_on)),
            Column(self.tr("Til"), lambda e: day_text(e.ends_on) or self.tr("indtil ophævet")),
            Column(self.tr("Begrundelse"), lambda e: e.reason_text),
        ], self)
        self.exemption_view, _ = table_view("exemptionTable", self.exemption_model)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        due_box = QGroupBox(self.tr("Frister"))
        due_layout = QVBoxLayout(due_box)
        due_layout.addWidget(self.due_view)
        due_layout.addWidget(self.conditions_label)
        top.addWidget(due_box, 2)
        history = QGroupBox(self.tr("Trinhistorik"))
        QVBoxLayout(history).addWidget(self.steps_view)
        exemptions = QGroupBox(self.tr("Fritagelser"))
        QVBoxLayout(exemptions).addWidget(self.exemption_view)
        self.earlier_box = self._earlier_courses()
        layout = QVBoxLayout(self)
        # the actions first: what the tables below show never moves them (issue 17, 11)
        layout.addLayout(actions)
        layout.addLayout(top, 2)
        self.handovers = HandoversLabel(self.ctx, self.citizen_id)  # issue 20, point 9
        layout.addWidget(self.handovers)
        layout.addWidget(history, 2)
        layout.addWidget(exemptions, 1)
        layout.addWidget(self.earlier_box, 1)

    def _earlier_courses(self) -> QGroupBox:
        # domain.md: earlier courses stay readable on the record, in order (read-only)
        self.earlier_model = RowsTableModel([
            Column(self.tr("Fra"), lambda c: day_text(c.started_on), sort=lambda c: c.started_on),
            Column(self.tr("Til"), lambda c: day_text(c.ended_on)),
            Column(self.tr("Udfald"), lambda c: vocab(c.completion_reason)
                   if c.completion_reason else vocab(c.status)),
            Column(self.tr("Trin"), lambda c: ", ".join(
                core_text(course.STEP_NAMES[p.step]) + (self.tr(" (frafald)") if p.dropout
                                                         else "") for p in c.steps)),
            Column(self.tr("Aftaler"), lambda c: "; ".join(
                f"{a.company} {day_text(a.starts_on)}–{day_text(a.ends_on)}"
                + (f" ({a.end_reason})" if a.end_reason else "") for a in c.agreements)),
        ], self)
        self.earlier_view, _ = table_view("earlierCoursesTable", self.earlier_model)
        box = QGroupBox(self.tr("Tidligere forløb"))
        QVBoxLayout(box).addWidget(self.earlier_view)
        return box

    # -- data -----------------------------------------------------------------------------
    def show_record(self, record: CitizenRecord) -> None:
        f = self.course_fields
        f["status"].setText(vocab(record.status) if record.status else self.tr("Intet forløb"))
        f["started"].setText(day_text(record.started_on))
        f["visitation"].setText(
            self.tr("Gruppe {g}, {d}, {who}").format(
                g=int(record.visitation_group), d=day_text(record.visitation_date),
                who=record.visited_by) if record.visitation_group else self.tr("Ikke visiteret"))
        f["caseworker"].setText(record.caseworker or self.tr("ikke tildelt"))
        f["jobformidler"].setText(record.jobformidler or self.tr("ikke tildelt"))
        self.handovers.reload()
        f["end"].setText(" ".join(x for x in (day_text(record.ended_on),
                                              vocab(record.completion_reason)
                                              if record.completion_reason else "") if x))
        f["aftercare"].setText(self.tr("til {d}").format(d=day_text(record.aftercare_until))
                               if record.aftercare_until else "")
        missing = unmet(record.conditions)
        if record.conditions:
            self.conditions_label.setText(
                self.tr("Betingelser for næste trin: ") + "; ".join(
                    ("✔ " if c.met else "✘ ") + vocab(c) for c in record.conditions))
        else:
            self.conditions_label.setText("")
        self.conditions_label.setToolTip(self.conditions_label.text())
        self.conditions_label.setStyleSheet("color: #a00000;" if missing else "")
        self.due_model.set_rows(record.due)
        self.steps_model.set_rows(record.steps)
        self.exemption_model.set_rows(record.exemptions)
        self.earlier_model.set_rows(record.earlier_courses)
        self.earlier_box.setVisible(bool(record.earlier_courses))
        for view in (self.due_view, self.steps_view):
            view.resizeColumnsToContents()
        self._enable_actions(record)

    def _enable_actions(self, record: CitizenRecord) -> None:
        writable = self.ctx.user.can(Permission.CASE_WRITE)
        allowed = allowed_actions(record.status, record.step, open_exemption=any(
            e.ends_on is None for e in record.exemptions))
        for action, name in ACTION_BUTTONS.items():
            self.course_buttons[name].setEnabled(writable and action in allowed)
        # a returned citizen starts a new course on the same record once the last one closed
        self.course_buttons["newCourseButton"].setEnabled(
            writable and record.status is not None and record.status not in (
                CourseStatus.VISITATION, CourseStatus.ACTIVE))

    def _due_activated(self, index) -> None:
        item = self.due_model.row_at(self.due_proxy.mapToSource(index).row())
        if item.kind == DueKind.STEP_UP:
            self.step_up_requested.emit()

    def _staff_choices(self, role: Role) -> list[tuple[str, object]]:
        people = [s for s in staff.list_accounts(self.ctx) if role in s.roles and s.active]
        return [(self.tr("(ikke tildelt)"), None)] + [(s.full_name, s.id) for s in people]

    # -- actions --------------------------------------------------------------------------
    def visit(self) -> FormDialog:
        """seed 001, kerneelement 3: the target group is checked; outside it the reason to
        proceed is recorded. seed 004, trin 1: activity-ready citizens over 30 default to
        group 1; uddannelseshjælp needs an education direction in the job goal."""
        record = self.record
        check = course.visitation_check(self.ctx, record.course_id)
        intro = [self.tr("1-2 samtaler afklarer, om borgeren skal i den jobrettede indsats "
                         "(gruppe 1) eller hører til rehabiliteringsteamet (gruppe 2).")]
        intro += [core_text(w) for w in check.warnings]
        if check.needs_education_direction:
            intro.append(self.tr("Borgeren får uddannelseshjælp: jobmålet skal angive en "
                                 "uddannelsesretning."))
        fields = [
            Field("group", self.tr("Gruppe"), "choice", [
                (self.tr("Gruppe 1 – indsatsgruppen (jobrettet indsats)"),
                 VisitationGroup.INDSATS),
                (self.tr("Gruppe 2 – rehabiliteringsteamet"), VisitationGroup.REHAB)],
                  default=check.default_group or VisitationGroup.INDSATS),
            Field("on", self.tr("Dato"), "date"),
            Field("note", self.tr("Note"), "multiline"),
        ]
        if check.outside_target_group:
            fields.insert(2, Field("reason", self.tr("Begrundelse (uden for målgruppen)"),
                                   "multiline"))
        return self.open_form(self.tr("Visitation"), fields, lambda v: course.visit(
            self.ctx, record.course_id, v["group"], v["on"], v["note"],
            override_reason=v.get("reason", "")), intro="\n".join(intro))

    def assign(self) -> FormDialog:
        record = self.record
        return self.open_form(self.tr("Sagsbehandler og jobformidler"), [
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
        return self.open_form(self.tr("Videre til næste trin"), fields, lambda v: course.next_step(
            self.ctx, record.course_id, on=v["on"], override_reason=v.get("reason", ""),
            note=v["note"]), intro=intro)

    def dropout(self) -> FormDialog:
        record = self.record
        return self.open_form(self.tr("Frafald fra trin 3"), [
            Field("to_rehab", self.tr("Borgeren vurderes at høre til rehabiliteringsteamet"),
                  "check"),
            Field("on", self.tr("Dato"), "date"),
            Field("note", self.tr("Hvad skete der?"), "multiline"),
        ], lambda v: course.dropout(self.ctx, record.course_id, to_rehab=v["to_rehab"],
                                    on=v["on"], note=v["note"]),
            intro=self.tr("Ved frafald starter borgeren i trin 2 igen med et nyt match, "
                          "medmindre borgeren hører til rehabiliteringsteamet."))

    def complete(self) -> FormDialog:
        """seed 004, trin 3: aftercare needs the citizen's explicit yes or no (no default);
        completion by paid hours is judged on the latest registered month, shown here."""
        record = self.record
        month = course.completion_month(self.ctx, record.course_id)
        intro = self.tr("Løntimer: seneste registrerede måned {month}: {hours} timer i alt "
                        "(mindst 30 afslutter trin 3).").format(
            month=f"{month[0]:%m.%Y}", hours=num(month[1])) if month \
            else self.tr("Løntimer: ingen måned registreret.")
        return self.open_form(self.tr("Afslut forløb"), [
            Field("reason", self.tr("Årsag"), "choice", enum_choices(list(CompletionReason))),
            Field("on", self.tr("Dato"), "date"),
            Field("aftercare", self.tr("Efterværn (borgerens svar)"), "choice", [
                (self.tr("(vælg ja eller nej)"), None),
                (self.tr("Ja, borgeren samtykker til efterværn"), True),
                (self.tr("Nej"), False)]),
            Field("months", self.tr("Efterværn i måneder (3-6)"), "int", minimum=3, maximum=6,
                  default=6),
            Field("note", self.tr("Note"), "multiline"),
        ], lambda v: course.complete(self.ctx, record.course_id, reason=v["reason"],
                                     on=v["on"], aftercare_months=v["months"],
                                     aftercare_consent=v["aftercare"], note=v["note"]),
            intro=intro)

    def add_exemption(self) -> FormDialog:
        record = self.record
        return self.open_form(self.tr("Fritagelse"), [
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
        return self.open_form(self.tr("Ophæv fritagelse"), [
            Field("exemption", self.tr("Fritagelse"), "choice",
                  [(self.tr("{reason} fra {day}").format(reason=vocab(e.reason),
                                                         day=day_text(e.starts_on)), e.id)
                   for e in open_ones]),
            Field("ends_on", self.tr("Sidste dag"), "date"),
        ], lambda v: course.end_exemption(self.ctx, v["exemption"], v["ends_on"]))

    def new_course(self) -> FormDialog:
        """domain.md: back from the rehabiliteringsteam, or back after losing the job: a new
        course on the same record; the earlier ones stay under "Tidligere forløb"."""
        record = self.record
        return self.open_form(self.tr("Nyt forløb"), [
            Field("on", self.tr("Startdato"), "date"),
            Field("caseworker", self.tr("Sagsbehandler"), "choice",
                  self._staff_choices(Role.JOBKONSULENT), default=record.caseworker_id),
            Field("jobformidler", self.tr("Personlig jobformidler"), "choice",
                  self._staff_choices(Role.JOBFORMIDLER), default=record.jobformidler_id),
        ], lambda v: course.new_course(self.ctx, record.citizen_id, started_on=v["on"],
                                       caseworker_id=v["caseworker"],
                                       jobformidler_id=v["jobformidler"]),
            intro=self.tr("Borgeren starter et nyt forløb på samme journal (tilbage fra "
                          "rehabiliteringsteamet eller efter et mistet job)."))
