"""Åben rådgivning (seed 001, kerneelement 2): registering walk-ins at the counter, the queue
with its events (arrival, called, started, ended, left), the public display, turning unknown
visitors into citizens. The figures and their summary are in app.services.dropin_figures,
re-exported here.

The counter role sees names, queue state and reasons only; notes and outcomes are written by
the desk and reach the citizen's contact log."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from app.db import models as m
from app.domain.cpr import mask_cpr
from app.domain.enums import (
    AuditAction,
    ContactChannel,
    ContactKind,
    ContactPlace,
    DropInEventKind,
    DropInOutcome,
    DropInReason,
    ReferralTarget,
)
from app.domain.errors import ValidationError
from app.domain.roles import Permission
from app.domain.text import N_, join_texts
from app.domain.values import LONG_TEXT, clean_text
from app.services import audit
from app.services._common import get_or_raise
from app.services.caseload import refresh_due
from app.services.context import ServiceContext
from app.services.dropin_figures import (  # noqa: F401  (re-exported: dropins.figures(...))
    Figures,
    figures,
    percentile,
    summary,
)
from app.services.dropin_office import (
    my_letter,
    note_seen,
    offsets,
    on_our_clock,
    ticket_label,
    winning_call,
)

STATE_WAITING = N_("Venter")
STATE_CALLED = N_("Kaldt")
STATE_IN_CONVERSATION = N_("I samtale")
STATE_DONE = N_("Færdig")
STATE_LEFT = N_("Gået uden at blive set")


@dataclass(frozen=True)
class VisitRow:
    id: uuid.UUID
    queue_number: int
    name: str
    known: bool
    reasons: tuple[DropInReason, ...]
    arrived_at: dt.datetime | None
    state: str
    outcome: DropInOutcome | None
    phone: str = ""
    language: str = "dansk"
    interpreter_needed: bool = False
    called_at: dt.datetime | None = None
    staff: str = ""
    letter: str = ""  # of the workstation that gave the number
    called_by: uuid.UUID | None = None  # the workstation whose call won
    called_on: str = ""  # its name
    called_letter: str = ""  # and its queue letter (the short "Hos" in the queue)

    @property
    def ticket(self) -> str:
        return ticket_label(self.letter, self.queue_number)

    def waiting_minutes(self, now: dt.datetime) -> int | None:
        if self.arrived_at is None:
            return None
        end = self.called_at or (now if self.state == STATE_WAITING else None)
        if end is None:
            return None
        return max(0, int((end - self.arrived_at).total_seconds() // 60))


@dataclass(frozen=True)
class Ticket:
    visit_id: uuid.UUID
    queue_number: int
    day: dt.date
    arrived_at: dt.datetime
    letter: str = ""

    @property
    def label(self) -> str:
        return ticket_label(self.letter, self.queue_number)


@dataclass(frozen=True)
class DisplayState:
    """What the public screen shows: numbers ("A-12"), never names."""

    called: tuple[str, ...]
    waiting: int


def _state(kinds: set[DropInEventKind]) -> str:
    if DropInEventKind.LEFT in kinds:
        return STATE_LEFT
    if DropInEventKind.ENDED in kinds:
        return STATE_DONE
    if DropInEventKind.STARTED in kinds:
        return STATE_IN_CONVERSATION
    if DropInEventKind.CALLED in kinds:
        return STATE_CALLED
    return STATE_WAITING


def _visits(session: Session, day: dt.date, here: uuid.UUID, now: dt.datetime
            ) -> list[VisitRow]:
    """The day's visits; times of other workstations' events placed on this one's clock."""
    staff = dict(session.execute(select(m.StaffAccount.id, m.StaffAccount.full_name)).all())
    stations = {s.id: (s.name, s.letter) for s in session.execute(
        select(m.Workstation.id, m.Workstation.name, m.Workstation.letter))}
    stmt = (select(m.DropInVisit, m.Citizen)
            .outerjoin(m.Citizen, m.Citizen.id == m.DropInVisit.citizen_id)
            .where(m.DropInVisit.visit_date == day)
            .options(selectinload(m.DropInVisit.events))
            .order_by(m.DropInVisit.queue_number))
    found = session.execute(stmt).all()
    note_seen(session, here, now, ((e.id, e.version_device, e.at) for visit, _c in found
                                   for e in visit.events))
    known = offsets(session, now)
    rows = []
    for visit, citizen in found:
        kinds = {e.kind for e in visit.events}
        first = {}
        for event in sorted(visit.events, key=lambda e: e.at):
            first.setdefault(event.kind, event)
        called = winning_call(visit.events)
        arrived = first.get(DropInEventKind.ARRIVED)
        rows.append(VisitRow(
            visit.id, visit.queue_number,
            citizen.full_name if citizen else visit.visitor_label, citizen is not None,
            tuple(DropInReason(r) for r in visit.reasons.split()),
            on_our_clock(arrived.at, arrived.version_device, known) if arrived else None,
            _state(kinds), visit.outcome,
            visit.visitor_phone if citizen is None else "", visit.language,
            visit.interpreter_needed,
            on_our_clock(called.at, called.version_device, known) if called else None,
            staff.get(called.staff_id, "") if called else "", visit.queue_letter,
            called.version_device if called else None,
            *stations.get(called.version_device if called else None, ("", ""))))
    return rows


def visits_on(ctx: ServiceContext, day: dt.date) -> list[VisitRow]:
    ctx.require(Permission.QUEUE)
    with ctx.transaction() as session:
        return _visits(session, day, ctx.store.device_id, ctx.now())


def _visit(session: Session, visit_id: uuid.UUID) -> m.DropInVisit:
    visit = get_or_raise(session, m.DropInVisit, visit_id, N_("Besøget findes ikke."))
    return visit


def _event(ctx: ServiceContext, session: Session, visit: m.DropInVisit,
           kind: DropInEventKind) -> None:
    session.add(m.DropInEvent(visit_id=visit.id, kind=kind, at=ctx.now(),
                              staff_id=ctx.user.id))


# --- the counter -----------------------------------------------------------------------------


def register(ctx: ServiceContext, *, reasons: list[DropInReason],
             citizen_id: uuid.UUID | None = None, visitor_label: str = "", phone: str = "",
             language: str = "dansk", interpreter_needed: bool = False) -> Ticket:
    """A walk-in: a known citizen, or an unknown visitor with a first name or initials and
    optionally a phone number. The visitor gets the day's next queue number."""
    ctx.require(Permission.QUEUE)
    if not reasons:
        raise ValidationError("Vælg mindst én grund til besøget.", field="reasons")
    label = clean_text(visitor_label, field="visitor_label", label="Fornavn eller initialer",
                       max_length=100)
    if citizen_id is None and not label:
        raise ValidationError("Skriv et fornavn eller initialer, eller find borgeren.",
                              field="visitor_label")
    phone = clean_text(phone, field="phone", label="Telefon", max_length=30)
    if phone and not phone.replace(" ", "").replace("+", "").isdigit():
        raise ValidationError("Telefonnummeret må kun indeholde tal.", field="phone")
    language = clean_text(language, field="language", label="Sprog", max_length=50) or "dansk"
    now = ctx.now()
    day = now.astimezone().date()
    with ctx.transaction() as session:
        if citizen_id is not None:
            get_or_raise(session, m.Citizen, citizen_id, N_("Borgeren findes ikke."))
        # numbers count per workstation letter: unique across the office without asking
        # the other members (issue 18, point 6)
        letter = my_letter(session, ctx.store.device_id)
        number = (session.execute(select(func.max(m.DropInVisit.queue_number)).where(
            m.DropInVisit.visit_date == day, m.DropInVisit.queue_letter == letter)
        ).scalar() or 0) + 1
        visit = m.DropInVisit(queue_letter=letter,
            citizen_id=citizen_id, visitor_label="" if citizen_id else label,
            visitor_phone="" if citizen_id else phone, visit_date=day, queue_number=number,
            reasons=" ".join(DropInReason(r).value for r in reasons), language=language,
            interpreter_needed=interpreter_needed)
        session.add(visit)
        session.flush()
        _event(ctx, session, visit, DropInEventKind.ARRIVED)
        audit.record(ctx, session, AuditAction.CREATE, object_type="drop_in_visit",
                     object_id=visit.id, citizen_id=citizen_id,
                     detail=f"kø-nummer {ticket_label(letter, number)}")
        return Ticket(visit.id, number, day, now, letter)


def _waiting(ctx: ServiceContext, session: Session) -> list[VisitRow]:
    return [v for v in _visits(session, ctx.today(), ctx.store.device_id, ctx.now())
            if v.state == STATE_WAITING]


def call(ctx: ServiceContext, visit_id: uuid.UUID | None = None) -> VisitRow | None:
    """"Kald næste": the visitor who has waited longest, or a chosen one."""
    ctx.require(Permission.QUEUE)
    with ctx.transaction() as session:
        return call_in(ctx, session, visit_id)


def call_in(ctx: ServiceContext, session: Session, visit_id: uuid.UUID | None = None
            ) -> VisitRow | None:
    waiting = _waiting(ctx, session)
    if visit_id is None:
        if not waiting:
            return None
        chosen = min(waiting, key=lambda v: (v.arrived_at, v.letter, v.queue_number))
    else:
        chosen = next((v for v in waiting if v.id == visit_id), None)
        if chosen is None:
            raise ValidationError("Den besøgende venter ikke længere.", field="visit")
    visit = _visit(session, chosen.id)
    _event(ctx, session, visit, DropInEventKind.CALLED)
    audit.record(ctx, session, AuditAction.CHANGE, object_type="drop_in_visit",
                 object_id=visit.id, citizen_id=visit.citizen_id,
                 detail=f"kaldt: {ticket_label(visit.queue_letter, visit.queue_number)}")
    return chosen


def start(ctx: ServiceContext, visit_id: uuid.UUID) -> None:
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        visit = _visit(session, visit_id)
        kinds = {e.kind for e in visit.events}
        if _state(kinds) not in (STATE_WAITING, STATE_CALLED):
            raise ValidationError("Samtalen er allerede i gang eller afsluttet.", field="visit")
        if DropInEventKind.CALLED not in kinds:
            _event(ctx, session, visit, DropInEventKind.CALLED)
        _event(ctx, session, visit, DropInEventKind.STARTED)
        audit.record(ctx, session, AuditAction.CHANGE, object_type="drop_in_visit",
                     object_id=visit.id, citizen_id=visit.citizen_id, detail="samtale startet")


def end(ctx: ServiceContext, visit_id: uuid.UUID, *, outcome: DropInOutcome,
        referred_to: ReferralTarget | None = None, note: str = "") -> uuid.UUID | None:
    """End the conversation with its outcome and a short note. For a known citizen the visit
    goes into the contact log as "åben rådgivning"; returns that entry's id."""
    ctx.require(Permission.CASE_WRITE)
    outcome = DropInOutcome(outcome)
    if outcome == DropInOutcome.LEFT:
        raise ValidationError("Brug \"Gået\" for en besøgende, der ikke blev set.",
                              field="outcome")
    if outcome == DropInOutcome.REFERRED and referred_to is None:
        raise ValidationError("Vælg hvortil borgeren er henvist.", field="referred_to")
    note = clean_text(note, field="note", label="Note", max_length=LONG_TEXT, multiline=True)
    with ctx.transaction() as session:
        visit = _visit(session, visit_id)
        kinds = {e.kind for e in visit.events}
        if _state(kinds) in (STATE_DONE, STATE_LEFT):
            raise ValidationError("Besøget er allerede afsluttet.", field="visit")
        for kind in (DropInEventKind.CALLED, DropInEventKind.STARTED):
            if kind not in kinds:
                _event(ctx, session, visit, kind)
        _event(ctx, session, visit, DropInEventKind.ENDED)
        visit.outcome = outcome
        visit.referred_to = ReferralTarget(referred_to) if referred_to else None
        visit.note = note
        entry_id = None
        if visit.citizen_id is not None:
            entry_id = _contact_entry(session, visit, ctx.user.id, ctx.now())
        audit.record(ctx, session, AuditAction.CHANGE, object_type="drop_in_visit",
                     object_id=visit.id, citizen_id=visit.citizen_id,
                     detail=f"afsluttet: {outcome.label}")
        return entry_id


def _contact_entry(session: Session, visit: m.DropInVisit, staff_id: uuid.UUID | None,
                   at: dt.datetime) -> uuid.UUID:
    course = session.execute(select(m.Course).where(m.Course.citizen_id == visit.citizen_id)
                             .order_by(m.Course.started_on.desc()).limit(1)).scalar_one_or_none()
    reasons = ", ".join(DropInReason(r).label for r in visit.reasons.split())
    outcome = DropInOutcome(visit.outcome).label if visit.outcome else ""
    referral = f" ({ReferralTarget(visit.referred_to).label})" if visit.referred_to else ""
    entry = m.ContactEntry(
        citizen_id=visit.citizen_id, course_id=course.id if course else None,
        staff_id=staff_id, occurred_at=at, kind=ContactKind.AABEN_RAADGIVNING,
        channel=ContactChannel.PERSONLIGT, place=ContactPlace.KONTORET,
        # issue 15: interpreter use is recorded at the contact (course.log_contact), not
        # copied from the visitor's wish at the counter (seed 002: assessed in each case)
        note=" ".join(x for x in (f"Åben rådgivning: {reasons}.",
                                  f"Udfald: {outcome}{referral}." if outcome else "",
                                  visit.note) if x),
        drop_in_visit_id=visit.id)
    session.add(entry)
    session.flush()
    if course is not None:
        refresh_due(session, at.astimezone().date(), [course.id])
    return entry.id


def left(ctx: ServiceContext, visit_id: uuid.UUID) -> None:
    """The visitor left without being seen."""
    ctx.require(Permission.QUEUE)
    with ctx.transaction() as session:
        visit = _visit(session, visit_id)
        if _state({e.kind for e in visit.events}) not in (STATE_WAITING, STATE_CALLED):
            raise ValidationError("Den besøgende er allerede set.", field="visit")
        _event(ctx, session, visit, DropInEventKind.LEFT)
        visit.outcome = DropInOutcome.LEFT
        audit.record(ctx, session, AuditAction.CHANGE, object_type="drop_in_visit",
                     object_id=visit.id, citizen_id=visit.citizen_id, detail="gået")


def display(ctx: ServiceContext, recent: int = 4) -> DisplayState:
    """The public display: the latest numbers called and how many wait. No names, ever."""
    ctx.require(Permission.QUEUE)
    with ctx.transaction() as session:
        rows = _visits(session, ctx.today(), ctx.store.device_id, ctx.now())
    called = sorted((v for v in rows if v.called_at and v.state in (STATE_CALLED,
                                                                     STATE_IN_CONVERSATION)),
                    key=lambda v: v.called_at, reverse=True)
    return DisplayState(tuple(v.ticket for v in called[:recent]),
                        sum(1 for v in rows if v.state == STATE_WAITING))


def latest_visit_day(ctx: ServiceContext, on_or_before: dt.date) -> dt.date | None:
    ctx.require(Permission.QUEUE)
    with ctx.transaction() as session:
        return session.execute(
            select(m.DropInVisit.visit_date).where(m.DropInVisit.visit_date <= on_or_before)
            .order_by(m.DropInVisit.visit_date.desc()).limit(1)).scalar_one_or_none()


# --- unknown visitors become citizens --------------------------------------------------------


@dataclass(frozen=True)
class PossibleMatch:
    citizen_id: uuid.UUID
    name: str
    masked_cpr: str
    phone: str
    why: str


def possible_matches(ctx: ServiceContext, *, cpr: str = "", first_name: str = "",
                     last_name: str = "", birth_date: dt.date | None = None,
                     phone: str = "") -> list[PossibleMatch]:
    """Before creating a citizen: the same CPR; the same name and birth date; the same phone."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        return matches_in(session, cpr=cpr, first_name=first_name, last_name=last_name,
                          birth_date=birth_date, phone=phone)


def matches_in(session: Session, *, cpr: str = "", first_name: str = "", last_name: str = "",
               birth_date: dt.date | None = None, phone: str = "") -> list[PossibleMatch]:
    """possible_matches in the caller's transaction (a new citizen checks and is created in
    one)."""
    digits = cpr.replace("-", "").replace(" ", "")
    phone_digits = phone.replace(" ", "")
    name = f"{first_name} {last_name}".strip().casefold()
    conditions = []
    if digits:
        conditions.append(m.Citizen.cpr == digits)
    if name and birth_date:
        conditions.append((m.Citizen.search_name == name) & (m.Citizen.birth_date == birth_date))
    if phone_digits:
        conditions.append(func.replace(m.Citizen.phone, " ", "") == phone_digits)
    if not conditions:
        return []
    found = session.execute(select(m.Citizen).where(or_(*conditions))).scalars().all()
    result = []
    for c in found:
        why = []
        if digits and c.cpr == digits:
            why.append(N_("samme CPR-nummer"))
        if name and birth_date and c.search_name == name and c.birth_date == birth_date:
            why.append(N_("samme navn og fødselsdato"))
        if phone_digits and c.phone.replace(" ", "") == phone_digits:
            why.append(N_("samme telefonnummer"))
        result.append(PossibleMatch(c.id, c.full_name, mask_cpr(c.cpr), c.phone,
                                    join_texts(", ", why)))
    return result


def link_visit(ctx: ServiceContext, visit_id: uuid.UUID, citizen_id: uuid.UUID) -> None:
    """Link an unknown visitor's visit to an existing citizen; an ended visit goes into the
    contact log."""
    ctx.require(Permission.CASE_WRITE)
    with ctx.transaction() as session:
        visit = _visit(session, visit_id)
        if visit.citizen_id is not None:
            raise ValidationError("Besøget er allerede knyttet til en borger.", field="visit")
        get_or_raise(session, m.Citizen, citizen_id, N_("Borgeren findes ikke."))
        visit.citizen_id = citizen_id
        ended = next((e for e in visit.events if e.kind == DropInEventKind.ENDED), None)
        if ended is not None:
            _contact_entry(session, visit, ended.staff_id, ended.at)
        audit.record(ctx, session, AuditAction.CHANGE, object_type="drop_in_visit",
                     object_id=visit.id, citizen_id=citizen_id, detail="knyttet til borger")


def merge_citizens(ctx: ServiceContext, keep_id: uuid.UUID, merge_id: uuid.UUID) -> None:
    """Two records of one person: everything of `merge_id` (visits, contacts, CV, network,
    consents, courses) moves to `keep_id`, and `merge_id` is deleted (a tombstone remains)."""
    ctx.require(Permission.CASE_WRITE)
    if keep_id == merge_id:
        raise ValidationError("Vælg to forskellige borgere.", field="citizen")
    with ctx.transaction() as session:
        keep = get_or_raise(session, m.Citizen, keep_id, N_("Borgeren findes ikke."))
        other = get_or_raise(session, m.Citizen, merge_id, N_("Borgeren findes ikke."))
        if keep.cpr and other.cpr and keep.cpr != other.cpr:
            raise ValidationError("Borgerne har forskellige CPR-numre og kan ikke lægges "
                                  "sammen.", field="citizen")
        for model in (m.DropInVisit, m.ContactEntry, m.CvItem, m.NetworkPerson, m.Consent,
                      m.Course):
            for row in session.execute(select(model).where(
                    model.citizen_id == merge_id)).scalars():
                row.citizen_id = keep_id
        merged_cpr = keep.cpr or other.cpr
        other.cpr = None  # the CPR is unique: free it before the kept record takes it
        session.flush()
        keep.cpr = merged_cpr
        keep.birth_date = keep.birth_date or other.birth_date
        keep.phone = keep.phone or other.phone
        keep.last_name = keep.last_name or other.last_name
        session.delete(other)
        session.flush()
        course_ids = list(session.execute(select(m.Course.id).where(
            m.Course.citizen_id == keep_id)).scalars())
        if course_ids:
            refresh_due(session, ctx.today(), course_ids)
        audit.record(ctx, session, AuditAction.CHANGE, object_type="citizen",
                     object_id=keep_id, citizen_id=keep_id,
                     detail=f"lagt sammen med {merge_id}")


def ticket(ctx: ServiceContext, visit_id: uuid.UUID) -> bytes:
    """The printable queue ticket: number and time only."""
    ctx.require(Permission.QUEUE)
    from app.reports.dropin import ticket_pdf  # reportlab: not at start-up (issue 22)

    with ctx.transaction() as session:
        visit = _visit(session, visit_id)
        office = session.execute(select(m.Office.name)).scalar_one()
        arrived = next((e.at for e in visit.events if e.kind == DropInEventKind.ARRIVED),
                       ctx.now())
        return ticket_pdf(office, ticket_label(visit.queue_letter, visit.queue_number),
                          arrived)


def merge_candidates(ctx: ServiceContext, citizen_id: uuid.UUID) -> list[PossibleMatch]:
    """Other records that may be the same person: same CPR, name and birth date, or phone,
    and records made from a visit (no CPR) with the same first name."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        me = get_or_raise(session, m.Citizen, citizen_id, N_("Borgeren findes ikke."))
        loose = session.execute(select(m.Citizen).where(
            m.Citizen.cpr.is_(None), m.Citizen.id != citizen_id,
            func.lower(m.Citizen.first_name) == me.first_name.lower())).scalars().all()
        first, last, birth, phone, cpr = (me.first_name, me.last_name, me.birth_date, me.phone,
                                          me.cpr or "")
    found = {p.citizen_id: p for p in possible_matches(
        ctx, cpr=cpr, first_name=first, last_name=last, birth_date=birth, phone=phone)}
    for c in loose:
        found.setdefault(c.id, PossibleMatch(c.id, c.full_name, "", c.phone,
                                             "registreret fra et besøg, samme fornavn"))
    found.pop(citizen_id, None)
    return list(found.values())
