"""A version waiting in `pending_row` whose parent is deleted for good (docs/office-sync.md,
"Residual"): B writes a contact for a citizen A deletes at the same time. It waits, and
reaches the central once, while the central has not acknowledged it; after the receipt,
retention's run and every later apply discard it on every member, with a `delete` conflict
of metadata only under the same id everywhere, and the central still holds it once."""

from __future__ import annotations

from sqlalchemy import func, select

from app.db import models as m
from app.services import citizens, peers, retention
from app.sync import central
from tests.sync.office_sim import exchange
from tests.sync.test_central_members import _central, _rows, office, template  # noqa: F401


def _pending(ctx) -> list[str]:
    with ctx.store.sessions() as session:
        return [r.hex if hasattr(r, "hex") else r
                for r in session.execute(select(m.PendingRow.row_id)).scalars()]


def _state(ctx) -> tuple:
    with ctx.store.sessions() as session:
        contacts = session.execute(select(func.count()).select_from(m.ContactEntry)).scalar()
        conflicts = [(c.id, c.table_name, c.row_id.hex, c.kind, c.loser_values)
                     for c in session.execute(select(m.Conflict)).scalars()]
    return contacts, conflicts


def test_a_pending_version_of_a_deleted_parent_is_discarded_after_the_receipt(
        office) -> None:  # noqa: F811  (the central fixture of test_central_members)
    sim, engine, export = office
    a, b, _c = sim.contexts
    citizens.create(a, first_name="Gitte")
    exchange(sim.contexts)
    sim.delete(0, 0)
    sim.contact(1, 0, "Ringede om praktik")
    with b.store.sessions() as session:
        entry = session.execute(select(m.ContactEntry.id)).scalar_one().hex
    made = _rows(b)[("contact_entry", entry)]
    exchange(sim.contexts)
    # not acknowledged by the central yet: it waits everywhere, retention leaves it
    assert all(_pending(ctx) == [entry] for ctx in sim.contexts)
    assert retention.clear_orphans(b) == 0 and _pending(b) == [entry]

    first = export(a)  # A's receipt: the central holds the contact
    assert first.status == "imported" and _central(engine)[("contact_entry", entry)] == made
    assert retention.clear_orphans(a) == 1  # retention's run on A
    assert _pending(a) == [] and retention.clear_orphans(a) == 0
    with a.store.sessions() as session:
        [logged] = session.execute(select(m.AuditEntry.detail).where(
            m.AuditEntry.object_type == "pending_row")).scalars().all()
    assert logged.startswith("1 ventende rækker kasseret") and "praktik" not in logged

    exchange(sim.contexts)  # the receipt and the conflict replicate; every apply discards
    states = [_state(ctx) for ctx in sim.contexts]
    assert all(_pending(ctx) == [] for ctx in sim.contexts)
    assert all(s == states[0] for s in states)
    contacts, conflicts = states[0]
    assert contacts == 0
    assert [(t, r, k, v) for _id, t, r, k, v in conflicts] == [
        ("contact_entry", entry, "delete", "")]  # metadata only
    assert len({peers.digest(ctx) for ctx in sim.contexts}) == 1

    # B exports later: the contact is not sent again, the central holds it once, unchanged
    second = export(b)
    assert second.status == "imported" and second.conflicts == 0
    assert _central(engine)[("contact_entry", entry)] == made
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(central.Conflict)).scalar() == 0
