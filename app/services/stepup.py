"""Step-up: consent first, the preparation (A), one or two cross-disciplinary meetings (B) and
the agreement document (C) (seed 002 p. 8-10; seed 004). The views and shared checks are in
stepup_views, the printed sheets in stepup_sheets; both are re-exported here."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from app.db import models as m
from app.domain.enums import (
    AuditAction,
    BarrierKind,
    CourseStatus,
    ParticipantRole,
    StepUpInitiator,
    VisitationGroup,
)
from app.domain.errors import ValidationError
from app.domain.roles import Permission
from app.domain.stepup import MAX_MEETINGS, documents, participant_warnings, questions
from app.domain.text import N_
from app.domain.values import LONG_TEXT, check_date, clean_text
from app.services import audit
from app.services._common import get_or_raise, record_change
from app.services.context import ServiceContext
from app.services.course import new_consent
from app.services.stepup_sheets import (  # noqa: F401  (re-exported: stepup.sheet(...))
    SHEETS,
    record_printed,
    record_saved,
    sheet,
)
from app.services.stepup_views import (  # noqa: F401  (re-exported: stepup.StepUpView)
    ConsentMissing,
    DocumentView,
    MeetingView,
    ParticipantView,
    StepUpView,
    citizen_id_of,
    course_of,
    load_step_up,
    provider_of,
    require_consent,
    require_open,
    step_up_view,
)

# --- reading ---------------------------------------------------------------------------------


def for_course(ctx: ServiceContext, course_id: uuid.UUID) -> list[StepUpView]:
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        step_ups = session.execute(select(m.StepUp).where(m.StepUp.course_id == course_id)
                                   .order_by(m.StepUp.started_on.desc())).scalars().all()
        views = [step_up_view(session, s, ctx.today()) for s in step_ups]
        if views:
            audit.record(ctx, session, AuditAction.READ, object_type="step_up",
                         citizen_id=views[0].citizen_id, detail=f"{len(views)} step-up")
        return views


def considerations_for_course(ctx: ServiceContext, course_id: uuid.UUID) -> list[str]:
    """The hensyn agreed at step-up, shown when the jobformidler writes the company agreement
    (seed 002 c: "som jobformidleren ... kan indarbejde i aftalen med virksomheden")."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        rows = session.execute(
            select(m.StepUpAgreementRow.considerations)
            .join(m.StepUp, m.StepUp.id == m.StepUpAgreementRow.step_up_id)
            .where(m.StepUp.course_id == course_id)).scalars()
        return [r for r in rows if r.strip()]


# --- changing --------------------------------------------------------------------------------


def start(ctx: ServiceContext, course_id: uuid.UUID, *, barrier_kind: BarrierKind,
          initiated_by: StepUpInitiator, reason: str) -> uuid.UUID:
    """Start a step-up from the record: the citizen, the caseworker and the jobformidler are
    participants from the start; the document checklist follows the barrier kind."""
    ctx.require(Permission.CASE_WRITE)
    reason = clean_text(reason, field="reason", label="Hvorfor matchet trækker ud",
                        required=True, max_length=LONG_TEXT, multiline=True)
    kind = BarrierKind(barrier_kind)
    with ctx.transaction() as session:
        course = get_or_raise(session, m.Course, course_id, N_("Forløbet findes ikke."))
        # seed 004, "Supplerende indsats": an emergency measure on top of the job-directed
        # effort, so only for a citizen visited to group 1 (indsatsgruppen)
        if (course.status != CourseStatus.ACTIVE
                or course.visitation_group != VisitationGroup.INDSATS):
            raise ValidationError("Step-up kan kun startes for en borger i gruppe 1 efter "
                                  "visitationen.", field="step_up")
        if session.execute(select(m.StepUp.id).where(
                m.StepUp.course_id == course_id, m.StepUp.closed_on.is_(None))).first():
            raise ValidationError("Der er allerede et åbent step-up-forløb.", field="step_up")
        citizen = session.get(m.Citizen, course.citizen_id)
        staff = dict(session.execute(select(m.StaffAccount.id, m.StaffAccount.full_name)).all())
        step_up = m.StepUp(course_id=course.id, barrier_kind=kind,
                           initiated_by=StepUpInitiator(initiated_by), reason=reason,
                           started_on=ctx.today())
        session.add(step_up)
        session.flush()
        for role, name in ((ParticipantRole.CITIZEN, citizen.full_name),
                           (ParticipantRole.CASEWORKER, staff.get(course.caseworker_id, "")),
                           (ParticipantRole.JOBFORMIDLER, staff.get(course.jobformidler_id,
                                                                    ""))):
            session.add(m.StepUpParticipant(step_up_id=step_up.id, role=role,
                                            name=name or role.label, organisation=""))
        for kind_key, label in documents(kind):
            session.add(m.StepUpDocument(step_up_id=step_up.id, kind=kind_key,
                                         description=label, included=False))
        record_change(ctx, session, course_of(session, step_up), "step_up", step_up.id,
                      f"step-up startet: {kind.label}", AuditAction.CREATE)
        return step_up.id


def record_consent(ctx: ServiceContext, step_up_id: uuid.UUID, *, scope: str,
                   recipients: str, given_on: dt.date) -> uuid.UUID:
    """The citizen's consent to share and obtain information with the named administrations."""
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        step_up = load_step_up(session, step_up_id)
        require_open(step_up)
        consent = new_consent(ctx, session, citizen_id_of(session, step_up), scope=scope,
                              recipients=recipients, given_on=given_on)
        step_up.consent_id = consent.id
        record_change(ctx, session, course_of(session, step_up), "step_up", step_up.id,
                      "samtykke registreret")
        return consent.id


def save_answers(ctx: ServiceContext, step_up_id: uuid.UUID, answers: dict[str, str]) -> None:
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        step_up = load_step_up(session, step_up_id)
        require_open(step_up)
        allowed = dict(questions(step_up.barrier_kind))
        existing = {a.question_key: a for a in step_up.answers}
        for key, text in answers.items():
            if key not in allowed:
                raise ValidationError("Spørgsmålet hører ikke til denne type barrierer.",
                                      field=key)
            value = clean_text(text, field=key, label="Svaret", max_length=LONG_TEXT,
                               multiline=True)
            if key in existing:
                existing[key].answer = value
            else:
                session.add(m.StepUpAnswer(step_up_id=step_up.id, question_key=key,
                                           answer=value))
        record_change(ctx, session, course_of(session, step_up), "step_up", step_up.id,
                      "forberedelsesskema besvaret")


def set_document(ctx: ServiceContext, document_id: uuid.UUID, included: bool) -> None:
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        document = get_or_raise(session, m.StepUpDocument, document_id,
                                N_("Dokumentet findes ikke."))
        step_up = load_step_up(session, document.step_up_id)
        require_open(step_up)
        document.included = included
        record_change(ctx, session, course_of(session, step_up), "step_up", step_up.id,
                      f"dokument {document.kind}: {included}")


def add_participant(ctx: ServiceContext, step_up_id: uuid.UUID, *, role: ParticipantRole,
                    name: str, organisation: str = "") -> list[str]:
    """Add a participant; returns the warnings the new circle gives (seed 004: fewest
    possible participants)."""
    ctx.require(Permission.CASE_WRITE)
    name = clean_text(name, field="name", label="Navn", required=True)
    organisation = clean_text(organisation, field="organisation", label="Organisation")
    with ctx.transaction() as session:
        step_up = load_step_up(session, step_up_id)
        require_open(step_up)
        session.add(m.StepUpParticipant(step_up_id=step_up.id, role=ParticipantRole(role),
                                        name=name, organisation=organisation))
        record_change(ctx, session, course_of(session, step_up), "step_up", step_up.id,
                      f"deltager: {ParticipantRole(role).label}")
        session.refresh(step_up)
        return participant_warnings(step_up.barrier_kind,
                                    [p.role for p in step_up.participants],
                                    provider=provider_of(session, step_up))


def remove_participant(ctx: ServiceContext, participant_id: uuid.UUID) -> None:
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        participant = get_or_raise(session, m.StepUpParticipant, participant_id,
                                   N_("Deltageren findes ikke."))
        step_up = load_step_up(session, participant.step_up_id)
        require_open(step_up)
        if session.execute(select(m.StepUpAttendance.id).where(
                m.StepUpAttendance.participant_id == participant.id)).first():
            raise ValidationError("Deltageren har været med til et møde og kan ikke fjernes.",
                                  field="participant")
        session.delete(participant)
        record_change(ctx, session, course_of(session, step_up), "step_up", step_up.id,
                      "deltager fjernet")


def add_meeting(ctx: ServiceContext, step_up_id: uuid.UUID, *, held_on: dt.date,
                place: str = "Jobcentret", attendee_ids: list[uuid.UUID],
                note: str = "") -> uuid.UUID:
    """B: one or two meetings; the citizen takes part in all of them (seed 002)."""
    ctx.require(Permission.CASE_WRITE)
    check_date(held_on, field="held_on", label="Mødedatoen", today=ctx.today(),
               allow_future_days=366)
    place = clean_text(place, field="place", label="Sted") or "Jobcentret"
    note = clean_text(note, field="note", label="Note", max_length=LONG_TEXT, multiline=True)
    with ctx.transaction() as session:
        step_up = load_step_up(session, step_up_id)
        require_open(step_up)
        if len(step_up.meetings) >= MAX_MEETINGS:
            raise ValidationError("Step-up har højst to tværfaglige samtaler.",
                                  field="meeting")
        if held_on < step_up.started_on:
            raise ValidationError("Mødet kan ikke ligge før step-up startede.",
                                  field="held_on")
        people = {p.id: p for p in step_up.participants}
        chosen = [people[i] for i in attendee_ids if i in people]
        if not any(p.role == ParticipantRole.CITIZEN for p in chosen):
            raise ValidationError("Borgeren skal deltage i alle tværfaglige samtaler.",
                                  field="attendees")
        meeting = m.StepUpMeeting(step_up_id=step_up.id, number=len(step_up.meetings) + 1,
                                  held_on=held_on, place=place, note=note)
        session.add(meeting)
        session.flush()
        for person in chosen:
            session.add(m.StepUpAttendance(meeting_id=meeting.id, participant_id=person.id))
        record_change(ctx, session, course_of(session, step_up), "step_up", step_up.id,
                      f"møde {meeting.number}")
        return meeting.id


def add_agreement_row(ctx: ServiceContext, step_up_id: uuid.UUID, *, agreement: str,
                      responsible: str, follow_up_on: dt.date | None,
                      supplementary_effort: str = "", effort_starts_on: dt.date | None = None,
                      coordination: str = "", considerations: str = "") -> uuid.UUID:
    """C: an agreement, who follows up and when; the date becomes a due item."""
    ctx.require(Permission.CASE_WRITE)

    def text(value: str, field: str, label: str, required: bool = False) -> str:
        return clean_text(value, field=field, label=label, required=required,
                          max_length=LONG_TEXT, multiline=True)

    values = {
        "agreement": text(agreement, "agreement", "Aftalen", True),
        "responsible": clean_text(responsible, field="responsible", label="Hvem følger op",
                                  required=True),
        "supplementary_effort": text(supplementary_effort, "supplementary_effort",
                                     "Supplerende indsats"),
        "coordination": text(coordination, "coordination", "Koordinering"),
        "considerations": text(considerations, "considerations", "Hensyn"),
    }
    check_date(follow_up_on, field="follow_up_on", label="Opfølgningsdatoen",
               today=ctx.today(), allow_future_days=2 * 366)
    check_date(effort_starts_on, field="effort_starts_on", label="Indsatsens start",
               today=ctx.today(), allow_future_days=2 * 366, required=False)
    with ctx.transaction() as session:
        step_up = load_step_up(session, step_up_id)
        require_open(step_up)
        row = m.StepUpAgreementRow(step_up_id=step_up.id, follow_up_on=follow_up_on,
                                   effort_starts_on=effort_starts_on, **values)
        session.add(row)
        record_change(ctx, session, course_of(session, step_up), "step_up", step_up.id,
                      "aftale i aftaledokumentet")
        return row.id


def mark_sent(ctx: ServiceContext, step_up_id: uuid.UUID, on: dt.date) -> None:
    """The preparation pack went to the participants: only with consent in force."""
    ctx.require(Permission.CASE_WRITE)
    check_date(on, field="sent_on", label="Datoen", today=ctx.today(), allow_future_days=0)
    with ctx.transaction() as session:
        step_up = load_step_up(session, step_up_id)
        require_open(step_up)
        require_consent(session, step_up, ctx.today())
        step_up.preparation_sent_on = on
        record_change(ctx, session, course_of(session, step_up), "step_up", step_up.id,
                      "forberedelse sendt til deltagerne")


def close(ctx: ServiceContext, step_up_id: uuid.UUID, on: dt.date) -> None:
    ctx.require(Permission.CASE_WRITE)
    check_date(on, field="closed_on", label="Datoen", today=ctx.today(), allow_future_days=0)
    with ctx.transaction() as session:
        step_up = load_step_up(session, step_up_id)
        require_open(step_up)
        step_up.closed_on = on
        record_change(ctx, session, course_of(session, step_up), "step_up", step_up.id,
                      "step-up afsluttet")


def save_citizen_words(ctx: ServiceContext, step_up_id: uuid.UUID, *, barriers: str,
                       resources: str) -> None:
    """The preparation form's description of barriers and resources in the citizen's own
    words (seed 004: "tages afsæt i ... de udfordringer borgeren selv oplever")."""
    ctx.require(Permission.CASE_WRITE)
    barriers = clean_text(barriers, field="citizen_barriers", label="Borgerens barrierer",
                          max_length=LONG_TEXT, multiline=True)
    resources = clean_text(resources, field="citizen_resources",
                           label="Borgerens ressourcer", max_length=LONG_TEXT, multiline=True)
    with ctx.transaction() as session:
        step_up = load_step_up(session, step_up_id)
        require_open(step_up)
        step_up.citizen_barriers, step_up.citizen_resources = barriers, resources
        record_change(ctx, session, course_of(session, step_up), "step_up", step_up.id,
                      "forberedelse: borgerens egne ord")


def follow_up_done(ctx: ServiceContext, row_id: uuid.UUID, on: dt.date) -> None:
    """A follow-up of the agreement document is done; until then it stays due, also after
    the step-up is closed (seed 002, c: "hvem der følger op på aftalerne")."""
    ctx.require(Permission.CASE_WRITE)
    check_date(on, field="follow_up_done_on", label="Datoen", today=ctx.today(),
               allow_future_days=0)
    with ctx.transaction() as session:
        row = get_or_raise(session, m.StepUpAgreementRow, row_id, N_("Aftalen findes ikke."))
        step_up = load_step_up(session, row.step_up_id)
        row.follow_up_done_on = on
        record_change(ctx, session, course_of(session, step_up), "step_up", step_up.id,
                      "opfølgning på step-up-aftale udført")
