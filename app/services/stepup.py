"""Step-up: consent first, the preparation (A), one or two cross-disciplinary meetings (B) and
the agreement document (C), with the printed sheets (seed 002 p. 8-10; seed 004)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.domain.cpr import mask_cpr, parse_cpr
from app.domain.enums import (
    AuditAction,
    BarrierKind,
    CourseStatus,
    ParticipantRole,
    StepUpInitiator,
    VisitationGroup,
)
from app.domain.errors import FremskudtError, ValidationError
from app.domain.roles import Permission
from app.domain.stepup import (
    MAX_MEETINGS,
    ConsentFacts,
    consent_in_force,
    documents,
    pack_participants,
    participant_warnings,
    questions,
    unanswered,
)
from app.domain.text import N_
from app.domain.values import LONG_TEXT, check_date, clean_text
from app.reports.stepup import (
    StepUpSheetData,
    agreement_document_pdf,
    meeting_pack_pdf,
    preparation_pdf,
)
from app.services import audit
from app.services._common import get_or_raise, record_change
from app.services.context import ServiceContext
from app.services.course import new_consent
from app.services.course.cv import cv_view
from app.services.views import RowView


class ConsentMissing(FremskudtError):
    """No consent in force: the preparation pack cannot be printed or sent."""


@dataclass(frozen=True)
class ParticipantView:
    id: uuid.UUID
    role: ParticipantRole
    name: str
    organisation: str


@dataclass(frozen=True)
class MeetingView:
    id: uuid.UUID
    number: int
    held_on: dt.date
    place: str
    attendee_ids: tuple[uuid.UUID, ...]
    attendees: str
    note: str


@dataclass(frozen=True)
class DocumentView:
    id: uuid.UUID
    kind: str
    label: str
    included: bool


@dataclass(frozen=True)
class StepUpView:
    id: uuid.UUID
    course_id: uuid.UUID
    citizen_id: uuid.UUID
    barrier_kind: BarrierKind
    initiated_by: StepUpInitiator
    reason: str
    started_on: dt.date
    closed_on: dt.date | None
    consent_id: uuid.UUID | None
    consent_text: str
    consent_ok: bool
    preparation_sent_on: dt.date | None
    answers: dict[str, str]
    documents: tuple[DocumentView, ...]
    participants: tuple[ParticipantView, ...]
    meetings: tuple[MeetingView, ...]
    rows: tuple[RowView, ...]
    warnings: tuple[str, ...]
    unanswered: tuple[str, ...]


# --- helpers ---------------------------------------------------------------------------------


def _provider(session: Session, step_up: m.StepUp) -> bool:
    return bool(session.get(m.Citizen, _citizen_id(session, step_up)).is_provider)


def _step_up(session: Session, step_up_id: uuid.UUID) -> m.StepUp:
    step_up = get_or_raise(session, m.StepUp, step_up_id, N_("Step-up-forløbet findes ikke."))
    return step_up


def _open(step_up: m.StepUp) -> None:
    if step_up.closed_on is not None:
        raise ValidationError("Step-up-forløbet er afsluttet.", field="closed_on")


def _citizen_id(session: Session, step_up: m.StepUp) -> uuid.UUID:
    return session.get(m.Course, step_up.course_id).citizen_id


def _consent_ok(session: Session, step_up: m.StepUp, today: dt.date) -> bool:
    consent = session.get(m.Consent, step_up.consent_id) if step_up.consent_id else None
    return consent_in_force(ConsentFacts(consent.given_on, consent.withdrawn_on)
                            if consent else None, today)


def _require_consent(session: Session, step_up: m.StepUp, today: dt.date) -> None:
    if not _consent_ok(session, step_up, today):
        raise ConsentMissing(
            "Borgerens samtykke til at dele og indhente oplysninger med de andre forvaltninger "
            "skal være registreret, før forberedelsen kan udskrives eller sendes.")


def _course_of(session: Session, step_up: m.StepUp) -> m.Course:
    return session.get(m.Course, step_up.course_id)


def _view(session: Session, step_up: m.StepUp, today: dt.date) -> StepUpView:
    consent = session.get(m.Consent, step_up.consent_id) if step_up.consent_id else None
    consent_text = ""
    if consent is not None:
        given = f"{consent.given_on:%d.%m.%Y}"
        if consent.withdrawn_on:
            consent_text = N_("Givet {given} til {recipients}; trukket tilbage {withdrawn}",
                              given=given, recipients=consent.recipients,
                              withdrawn=f"{consent.withdrawn_on:%d.%m.%Y}")
        else:
            consent_text = N_("Givet {given} til {recipients}", given=given,
                              recipients=consent.recipients)
    participants = tuple(ParticipantView(p.id, p.role, p.name, p.organisation)
                         for p in sorted(step_up.participants,
                                         key=lambda p: (list(ParticipantRole).index(p.role),
                                                        p.name)))
    names = {p.id: p.name for p in participants}
    meetings = []
    for meeting in sorted(step_up.meetings, key=lambda x: x.number):
        ids = tuple(session.execute(select(m.StepUpAttendance.participant_id).where(
            m.StepUpAttendance.meeting_id == meeting.id)).scalars())
        meetings.append(MeetingView(meeting.id, meeting.number, meeting.held_on, meeting.place,
                                    ids, ", ".join(names.get(i, "") for i in ids),
                                    meeting.note))
    labels = dict(documents(step_up.barrier_kind))
    answers = {a.question_key: a.answer for a in step_up.answers}
    return StepUpView(
        step_up.id, step_up.course_id, _citizen_id(session, step_up), step_up.barrier_kind,
        step_up.initiated_by, step_up.reason, step_up.started_on, step_up.closed_on,
        step_up.consent_id, consent_text, _consent_ok(session, step_up, today),
        step_up.preparation_sent_on, answers,
        tuple(DocumentView(d.id, d.kind, labels.get(d.kind, d.description), d.included)
              for d in sorted(step_up.documents,
                              key=lambda d: list(labels).index(d.kind) if d.kind in labels
                              else 99)),
        participants, tuple(meetings),
        tuple(RowView(r.id, r.agreement, r.responsible, r.follow_up_on,
                      r.supplementary_effort, r.effort_starts_on, r.coordination,
                      r.considerations)
              for r in sorted(step_up.agreement_rows, key=lambda r: r.created_at)),
        tuple(participant_warnings(step_up.barrier_kind, [p.role for p in participants],
                                   provider=_provider(session, step_up))),
        tuple(unanswered(step_up.barrier_kind, answers.items())),
    )


# --- reading ---------------------------------------------------------------------------------


def for_course(ctx: ServiceContext, course_id: uuid.UUID) -> list[StepUpView]:
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        step_ups = session.execute(select(m.StepUp).where(m.StepUp.course_id == course_id)
                                   .order_by(m.StepUp.started_on.desc())).scalars().all()
        views = [_view(session, s, ctx.today()) for s in step_ups]
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
        record_change(ctx, session, _course_of(session, step_up), "step_up", step_up.id,
                      f"step-up startet: {kind.label}", AuditAction.CREATE)
        return step_up.id


def record_consent(ctx: ServiceContext, step_up_id: uuid.UUID, *, scope: str,
                   recipients: str, given_on: dt.date) -> uuid.UUID:
    """The citizen's consent to share and obtain information with the named administrations."""
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        step_up = _step_up(session, step_up_id)
        _open(step_up)
        consent = new_consent(ctx, session, _citizen_id(session, step_up), scope=scope,
                              recipients=recipients, given_on=given_on)
        step_up.consent_id = consent.id
        record_change(ctx, session, _course_of(session, step_up), "step_up", step_up.id,
                      "samtykke registreret")
        return consent.id


def save_answers(ctx: ServiceContext, step_up_id: uuid.UUID, answers: dict[str, str]) -> None:
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        step_up = _step_up(session, step_up_id)
        _open(step_up)
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
        record_change(ctx, session, _course_of(session, step_up), "step_up", step_up.id,
                      "forberedelsesskema besvaret")


def set_document(ctx: ServiceContext, document_id: uuid.UUID, included: bool) -> None:
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        document = get_or_raise(session, m.StepUpDocument, document_id,
                                N_("Dokumentet findes ikke."))
        step_up = _step_up(session, document.step_up_id)
        _open(step_up)
        document.included = included
        record_change(ctx, session, _course_of(session, step_up), "step_up", step_up.id,
                      f"dokument {document.kind}: {included}")


def add_participant(ctx: ServiceContext, step_up_id: uuid.UUID, *, role: ParticipantRole,
                    name: str, organisation: str = "") -> list[str]:
    """Add a participant; returns the warnings the new circle gives (seed 004: fewest
    possible participants)."""
    ctx.require(Permission.CASE_WRITE)
    name = clean_text(name, field="name", label="Navn", required=True)
    organisation = clean_text(organisation, field="organisation", label="Organisation")
    with ctx.transaction() as session:
        step_up = _step_up(session, step_up_id)
        _open(step_up)
        session.add(m.StepUpParticipant(step_up_id=step_up.id, role=ParticipantRole(role),
                                        name=name, organisation=organisation))
        record_change(ctx, session, _course_of(session, step_up), "step_up", step_up.id,
                      f"deltager: {ParticipantRole(role).label}")
        session.refresh(step_up)
        return participant_warnings(step_up.barrier_kind,
                                    [p.role for p in step_up.participants],
                                    provider=_provider(session, step_up))


def remove_participant(ctx: ServiceContext, participant_id: uuid.UUID) -> None:
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        participant = get_or_raise(session, m.StepUpParticipant, participant_id,
                                   N_("Deltageren findes ikke."))
        step_up = _step_up(session, participant.step_up_id)
        _open(step_up)
        if session.execute(select(m.StepUpAttendance.id).where(
                m.StepUpAttendance.participant_id == participant.id)).first():
            raise ValidationError("Deltageren har været med til et møde og kan ikke fjernes.",
                                  field="participant")
        session.delete(participant)
        record_change(ctx, session, _course_of(session, step_up), "step_up", step_up.id,
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
        step_up = _step_up(session, step_up_id)
        _open(step_up)
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
        record_change(ctx, session, _course_of(session, step_up), "step_up", step_up.id,
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
        step_up = _step_up(session, step_up_id)
        _open(step_up)
        row = m.StepUpAgreementRow(step_up_id=step_up.id, follow_up_on=follow_up_on,
                                   effort_starts_on=effort_starts_on, **values)
        session.add(row)
        record_change(ctx, session, _course_of(session, step_up), "step_up", step_up.id,
                      "aftale i aftaledokumentet")
        return row.id


def mark_sent(ctx: ServiceContext, step_up_id: uuid.UUID, on: dt.date) -> None:
    """The preparation pack went to the participants: only with consent in force."""
    ctx.require(Permission.CASE_WRITE)
    check_date(on, field="sent_on", label="Datoen", today=ctx.today(), allow_future_days=0)
    with ctx.transaction() as session:
        step_up = _step_up(session, step_up_id)
        _open(step_up)
        _require_consent(session, step_up, ctx.today())
        step_up.preparation_sent_on = on
        record_change(ctx, session, _course_of(session, step_up), "step_up", step_up.id,
                      "forberedelse sendt til deltagerne")


def close(ctx: ServiceContext, step_up_id: uuid.UUID, on: dt.date) -> None:
    ctx.require(Permission.CASE_WRITE)
    check_date(on, field="closed_on", label="Datoen", today=ctx.today(), allow_future_days=0)
    with ctx.transaction() as session:
        step_up = _step_up(session, step_up_id)
        _open(step_up)
        step_up.closed_on = on
        record_change(ctx, session, _course_of(session, step_up), "step_up", step_up.id,
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
        step_up = _step_up(session, step_up_id)
        _open(step_up)
        step_up.citizen_barriers, step_up.citizen_resources = barriers, resources
        record_change(ctx, session, _course_of(session, step_up), "step_up", step_up.id,
                      "forberedelse: borgerens egne ord")


def follow_up_done(ctx: ServiceContext, row_id: uuid.UUID, on: dt.date) -> None:
    """A follow-up of the agreement document is done; until then it stays due, also after
    the step-up is closed (seed 002, c: "hvem der følger op på aftalerne")."""
    ctx.require(Permission.CASE_WRITE)
    check_date(on, field="follow_up_done_on", label="Datoen", today=ctx.today(),
               allow_future_days=0)
    with ctx.transaction() as session:
        row = get_or_raise(session, m.StepUpAgreementRow, row_id, N_("Aftalen findes ikke."))
        step_up = _step_up(session, row.step_up_id)
        row.follow_up_done_on = on
        record_change(ctx, session, _course_of(session, step_up), "step_up", step_up.id,
                      "opfølgning på step-up-aftale udført")


# --- printing --------------------------------------------------------------------------------

SHEETS = {
    "preparation": ("forberedelsesskema", preparation_pdf, True),
    "agreement": ("aftaledokument", agreement_document_pdf, False),
    "meeting_pack": ("mødepakke", meeting_pack_pdf, True),
}


def sheet(ctx: ServiceContext, step_up_id: uuid.UUID, which: str, *,
          full_cpr: bool = False) -> bytes:
    """A printed sheet in memory. The preparation sheet and the meeting pack need consent in
    force. Every sheet made is in the audit log (with whether the CPR was shown in full)."""
    ctx.require(Permission.CASE_READ)
    title, render_pdf, needs_consent = SHEETS[which]
    with ctx.transaction() as session:
        step_up = _step_up(session, step_up_id)
        if needs_consent:
            _require_consent(session, step_up, ctx.today())
        view = _view(session, step_up, ctx.today())
        course = session.get(m.Course, step_up.course_id)
        citizen = session.get(m.Citizen, course.citizen_id)
        office = session.execute(select(m.Office.name)).scalar_one()
        staff = dict(session.execute(select(m.StaffAccount.id, m.StaffAccount.full_name)).all())
        goal = course.job_goal
        cpr_text = (parse_cpr(citizen.cpr).formatted if full_cpr and citizen.cpr
                    else mask_cpr(citizen.cpr))
        data = StepUpSheetData(
            office=office, citizen_name=citizen.full_name, cpr_text=cpr_text,
            citizen_phone=citizen.phone, barrier_label=view.barrier_kind.label,
            initiated_label=view.initiated_by.label, reason=view.reason,
            started_on=view.started_on, caseworker=staff.get(course.caseworker_id, ""),
            jobformidler=staff.get(course.jobformidler_id, ""),
            job_goal=" – ".join(x for x in (goal.position, goal.direction) if x) if goal
            else "",
            questions=tuple((text, view.answers.get(key, ""))
                            for key, text in questions(view.barrier_kind)),
            documents=tuple((d.label, d.included) for d in view.documents),
            participants=tuple((" og ".join(role.label for role in p.roles), p.name,
                                p.organisation) for p in pack_participants(
                (p.role, p.name, p.organisation) for p in view.participants)),
            meetings=tuple((mt.number, mt.held_on, mt.place, mt.attendees)
                           for mt in view.meetings),
            rows=view.rows, cv=cv_view(session, citizen, office, course),
            consent_text=view.consent_text or "Ikke registreret",
            citizen_barriers=step_up.citizen_barriers,
            citizen_resources=step_up.citizen_resources,
            printed_at=ctx.now().astimezone(),
        )
        audit.record(ctx, session, AuditAction.PRINT, object_type="step_up",
                     object_id=step_up.id, citizen_id=citizen.id,
                     detail=f"{title} dannet" + (" med fuldt CPR-nummer" if full_cpr else ""))
    return render_pdf(data)


def record_saved(ctx: ServiceContext, step_up_id: uuid.UUID, which: str, path: str) -> None:
    """Saving a sheet to a file is an explicit choice, and logged as an export."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        step_up = _step_up(session, step_up_id)
        audit.record(ctx, session, AuditAction.EXPORT, object_type="step_up",
                     object_id=step_up.id, citizen_id=_citizen_id(session, step_up),
                     detail=f"{SHEETS[which][0]} gemt som fil: {path}")


def record_printed(ctx: ServiceContext, step_up_id: uuid.UUID, which: str) -> None:
    """The sheet went to a printer."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        step_up = _step_up(session, step_up_id)
        audit.record(ctx, session, AuditAction.PRINT, object_type="step_up",
                     object_id=step_up.id, citizen_id=_citizen_id(session, step_up),
                     detail=f"{SHEETS[which][0]} udskrevet")
