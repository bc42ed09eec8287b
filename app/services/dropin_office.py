"""The counter's queue across the office's workstations (issue 23, point 4): numbers with
the workstation's letter, the call every member agrees on, and times across clocks.

Times: a visit's arrival is stamped by the workstation that registered it, on its own clock; a call
by the desk that made it, on the desk's clock. Office PCs drift a few minutes apart, so a
desk that subtracts the counter's arrival time from its own clock shows a wrong waiting
time (a negative one, clamped to 0, when the counter runs ahead).

The correction: this workstation notes (locally, `queue_seen`) when it first sees each queue
event made elsewhere. For each other workstation W, `seen - made` is W's offset from our
clock plus the time the event took to get here; the smallest over the last day is W's
offset plus the shortest delivery, which over the live LAN is a second or two. An event of
W is then placed at `made + offset(W)` on our clock. Offsets beyond MAX_OFFSET are not
clock drift but a late delivery (a folder carried by hand) and are not used.

Why not the hybrid logical clock: a member's HLC follows the fastest clock it has heard
from, not its own wall clock, so the HLC stamps cannot tell how far behind a slow counter
PC runs; and the arrival time stamped at the counter is the one the visitor saw on the
ticket."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.db import models as m
from app.db.models.dropin_audit import QueueSeen
from app.domain.enums import DropInEventKind

MAX_OFFSET = dt.timedelta(minutes=15)
KEEP = dt.timedelta(days=2)
SAMPLE_WINDOW = dt.timedelta(days=1)


def note_seen(session: Session, here: uuid.UUID, now: dt.datetime,
              events: Iterable[tuple[uuid.UUID, uuid.UUID, dt.datetime]]) -> None:
    """Remember the first sighting of each (event id, workstation, made at) made elsewhere."""
    foreign = {e: (d, at) for e, d, at in events if d != here}
    if not foreign:
        return
    known = set(session.execute(select(QueueSeen.event_id).where(
        QueueSeen.event_id.in_(list(foreign)))).scalars())
    for event_id, (device, made) in foreign.items():
        if event_id not in known:
            session.add(QueueSeen(event_id=event_id, device_id=device, made_at=made,
                                  seen_at=now))
    if len(known) < len(foreign):
        session.execute(delete(QueueSeen).where(QueueSeen.seen_at < now - KEEP))


def offsets(session: Session, now: dt.datetime) -> dict[uuid.UUID, dt.timedelta]:
    """{workstation: how far our clock runs ahead of its clock} from the last day's events."""
    best: dict[uuid.UUID, dt.timedelta] = {}
    for device, made, seen in session.execute(
            select(QueueSeen.device_id, QueueSeen.made_at, QueueSeen.seen_at)
            .where(QueueSeen.seen_at >= now - SAMPLE_WINDOW)):
        gap = seen - made
        if -MAX_OFFSET <= gap <= MAX_OFFSET and (device not in best or gap < best[device]):
            best[device] = gap
    return best


def on_our_clock(at: dt.datetime, device: uuid.UUID,
                 known: dict[uuid.UUID, dt.timedelta]) -> dt.datetime:
    return at + known.get(device, dt.timedelta(0))


def ticket_label(letter: str, number: int) -> str:
    """"A-12": the workstation's letter and its number of the day (a bare number for visits
    without a letter)."""
    return f"{letter}-{number}" if letter else str(number)


def winning_call(events: list[m.DropInEvent]) -> m.DropInEvent | None:
    """Of the calls of one visit, the one every member takes as the call: the lowest (hybrid
    logical clock stamp, device). Calls are rows of their own, never edits of one row, so
    two desks calling at once is no conflict; each member picks the same winner, and the
    other desk hears that it lost (app.services.dropin_calls)."""
    calls = [e for e in events if e.kind == DropInEventKind.CALLED]
    return min(calls, key=lambda e: (e.hlc, e.version_device.bytes, e.id.bytes),
               default=None)


def my_letter(session: Session, device: uuid.UUID) -> str:
    station = session.get(m.Workstation, device)
    return station.letter if station is not None and station.letter else "A"
