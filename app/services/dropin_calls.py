"""Two desks calling the same ticket at once (issue 23, point 4).

Each "Kald næste" is a queue event row of its own, so two desks that call the same visitor
while apart make two rows, not two versions of one row: no conflict entry, nothing for a
person to resolve. Every member takes the call with the lowest (hybrid logical clock stamp,
device) as the call (dropin_office.winning_call); the same rule on every member gives the
same winner once both rows are there.

The desk whose call lost finds out the next time its queue is read after the other call
arrived: `settle_lost_calls` withdraws its call (the row is deleted, so every member sees
one call), calls the next waiting visitor for it in the same transaction, and says so, for
the desk to show: "Nummer A-12 blev kaldt på Skrivebord 2 samtidig. Du har fået næste:
A-13." A desk that has already started the conversation keeps its visitor: the person is
sitting there."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.db import models as m
from app.domain.enums import AuditAction, DropInEventKind
from app.domain.roles import Permission
from app.services import audit
from app.services.context import ServiceContext
from app.services.dropin_office import ticket_label, winning_call
from app.services.dropins import VisitRow, call_in

_SEEN_HERE = (DropInEventKind.STARTED, DropInEventKind.ENDED, DropInEventKind.LEFT)


@dataclass(frozen=True)
class LostCall:
    """A call of this workstation that another desk made first."""

    visit_id: uuid.UUID
    lost: str  # "A-12"
    station: str  # the workstation whose call won ("Skrivebord 2")
    staff: str  # who called there
    next: VisitRow | None  # what this desk got instead; None when nobody else waits


def settle_lost_calls(ctx: ServiceContext) -> list[LostCall]:
    """Withdraw this workstation's calls that lost to another desk's, and call the next
    waiting visitor for each; what happened, for the desk to be told."""
    ctx.require(Permission.QUEUE)
    here = ctx.store.device_id
    with ctx.transaction() as session:
        visits = session.execute(
            select(m.DropInVisit).where(m.DropInVisit.visit_date == ctx.today())
            .options(selectinload(m.DropInVisit.events))
            .order_by(m.DropInVisit.queue_letter, m.DropInVisit.queue_number)).scalars().all()
        lost: list[tuple[m.DropInVisit, m.DropInEvent]] = []
        for visit in visits:
            winner = winning_call(visit.events)
            if winner is None or winner.version_device == here:
                continue
            mine = [e for e in visit.events
                    if e.kind == DropInEventKind.CALLED and e.version_device == here]
            if not mine or any(e.kind in _SEEN_HERE and e.version_device == here
                               for e in visit.events):
                continue
            for event in mine:  # deleted explicitly: the tombstone reaches every member
                session.delete(event)
                visit.events.remove(event)
            lost.append((visit, winner))
        if not lost:
            return []
        session.flush()
        names = dict(session.execute(select(m.Workstation.id, m.Workstation.name)).all())
        staff = dict(session.execute(select(m.StaffAccount.id, m.StaffAccount.full_name)).all())
        out = []
        for visit, winner in lost:
            label = ticket_label(visit.queue_letter, visit.queue_number)
            following = call_in(ctx, session)
            audit.record(ctx, session, AuditAction.CHANGE, object_type="drop_in_visit",
                         object_id=visit.id, citizen_id=visit.citizen_id,
                         detail=f"kald trukket tilbage: {label} kaldt på en anden "
                                f"arbejdsstation samtidig")
            out.append(LostCall(visit.id, label, names.get(winner.version_device, ""),
                                staff.get(winner.staff_id, ""), following))
        return out
