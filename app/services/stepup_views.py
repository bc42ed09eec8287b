"""Step-up's views and the checks every step-up change shares: the step-up loaded or a typed
NotFound, still open, its citizen and course, and the consent in force (seed 002 p. 8-10)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import models as m
from app.domain.enums import BarrierKind, ParticipantRole, StepUpInitiator
from app.domain.errors import FremskudtError, ValidationError
from app.domain.stepup import (
    ConsentFacts,
    consent_in_force,
    documents,
    participant_warnings,
    unanswered,
)
from app.domain.text import N_
from app.services._common import get_or_raise
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


def provider_of(session: Session, step_up: m.StepUp) -> bool:
    return bool(session.get(m.Citizen, citizen_id_of(session, step_up)).is_provider)


def load_step_up(session: Session, step_up_id: uuid.UUID) -> m.StepUp:
    step_up = get_or_raise(session, m.StepUp, step_up_id, N_("Step-up-forløbet findes ikke."))
    return step_up


def require_open(step_up: m.StepUp) -> None:
    if step_up.closed_on is not None:
        raise ValidationError("Step-up-forløbet er afsluttet.", field="closed_on")


def citizen_id_of(session: Session, step_up: m.StepUp) -> uuid.UUID:
    return session.get(m.Course, step_up.course_id).citizen_id


def consent_ok(session: Session, step_up: m.StepUp, today: dt.date) -> bool:
    consent = session.get(m.Consent, step_up.consent_id) if step_up.consent_id else None
    return consent_in_force(ConsentFacts(consent.given_on, consent.withdrawn_on)
                            if consent else None, today)


def require_consent(session: Session, step_up: m.StepUp, today: dt.date) -> None:
    if not consent_ok(session, step_up, today):
        raise ConsentMissing(
            "Borgerens samtykke til at dele og indhente oplysninger med de andre forvaltninger "
            "skal være registreret, før forberedelsen kan udskrives eller sendes.")


def course_of(session: Session, step_up: m.StepUp) -> m.Course:
    return session.get(m.Course, step_up.course_id)


def step_up_view(session: Session, step_up: m.StepUp, today: dt.date) -> StepUpView:
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
        step_up.id, step_up.course_id, citizen_id_of(session, step_up), step_up.barrier_kind,
        step_up.initiated_by, step_up.reason, step_up.started_on, step_up.closed_on,
        step_up.consent_id, consent_text, consent_ok(session, step_up, today),
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
                                   provider=provider_of(session, step_up))),
        tuple(unanswered(step_up.barrier_kind, answers.items())),
    )
