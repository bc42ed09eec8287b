"""The contact log as the rules read it: personal contacts, attempts and hearings by day."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import and_, or_, select

from app.db import models as m
from app.domain.enums import ContactChannel, ContactKind, ContactPlace
from app.domain.rules import NOT_PERSONAL_KINDS, PERSONAL_CHANNELS, HearingFacts

# A failed contact attempt or a written hearing is not a contact (seed 001, kerneelement 5).
NOT_CONTACT = (ContactKind.KONTAKTFORSOEG.value, ContactKind.PARTSHOERING.value)
# Only personal contact meets a cadence: app.domain.rules.is_personal_contact, in SQL
PERSONAL = and_(m.ContactEntry.kind.not_in(NOT_PERSONAL_KINDS),
                m.ContactEntry.channel.in_(PERSONAL_CHANNELS))


def _local_day(at: dt.datetime) -> dt.date:
    return at.astimezone().date()


@dataclass
class ContactFacts:
    """Each citizen's personal contacts, contact attempts and hearings, by day."""

    personal: dict[uuid.UUID, list[dt.date]]
    phone_attempts: dict[uuid.UUID, list[dt.date]]
    home_attempts: dict[uuid.UUID, list[dt.date]]
    hearings: dict[uuid.UUID, list[tuple[dt.date, dt.date, bool]]]

    def first_on_or_after(self, citizen_id: uuid.UUID, day: dt.date) -> dt.date | None:
        return next((d for d in self.personal.get(citizen_id, ()) if d >= day), None)

    def hearings_since(self, citizen_id: uuid.UUID, day: dt.date) -> tuple[HearingFacts, ...]:
        def after(days: dict[uuid.UUID, list[dt.date]], sent: dt.date) -> bool:
            return any(d >= sent for d in days.get(citizen_id, ()))
        return tuple(
            HearingFacts(sent, deadline, answered,
                         phone_attempt=after(self.phone_attempts, sent),
                         home_visit_attempt=after(self.home_attempts, sent),
                         reached=after(self.personal, sent))
            for sent, deadline, answered in self.hearings.get(citizen_id, ()) if sent >= day)


def contact_facts(session, for_citizens) -> ContactFacts:
    """seed 001, kerneelement 5: the hearings with a deadline, the attempts by phone and
    where the citizen lives, and the personal contacts (each counts from the hearing on)."""
    facts = ContactFacts(defaultdict(list), defaultdict(list), defaultdict(list),
                          defaultdict(list))
    entry = m.ContactEntry
    rows = session.execute(for_citizens(
        select(entry.citizen_id, entry.occurred_at, entry.kind, entry.channel, entry.place,
               entry.answer_deadline, entry.answered_on)
        .where(or_(PERSONAL, entry.kind.in_(NOT_CONTACT)))
        .order_by(entry.occurred_at)))
    for citizen_id, at, kind, channel, place, deadline, answered in rows:
        on = _local_day(at)
        if kind == ContactKind.PARTSHOERING:
            if deadline is not None:
                facts.hearings[citizen_id].append((on, deadline, answered is not None))
        elif kind == ContactKind.KONTAKTFORSOEG:
            if channel == ContactChannel.TELEFON:
                facts.phone_attempts[citizen_id].append(on)
            elif place == ContactPlace.HJEMME:
                facts.home_attempts[citizen_id].append(on)
        else:
            facts.personal[citizen_id].append(on)
    return facts
