"""Issue 18, point 8: the central stays exactly-once with many workstations. Members of one
office export in turn, with overlaps (a member that has not yet heard of another's receipt
sends those changes again): the central holds every change once, no conflict. A revoked
member's own bundle and its later versions forwarded by another are refused; a workstation
whose admission does not verify is no member."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import models as m
from app.services import citizens, peers_folder, sync
from app.sync import central
from app.sync.central_keys import CentralFolder
from tests.sync.central_pg import fresh_central
from tests.sync.office_sim import MAX_MEMBERS, Sim, exchange, make_template
from tests.sync.test_bundles import PG_URL, SECRET

SYNCED = [t for t in m.Base.metadata.sorted_tables
          if "version_counter" in t.c and "version_device" in t.c]


@pytest.fixture(scope="module")
def template():
    with tempfile.TemporaryDirectory(prefix="fremskudt-office-") as tmp:
        yield make_template(Path(tmp))


@pytest.fixture(params=["sqlite", "postgresql"])
def office(request, template, tmp_path):
    """Three members; the central enrolled the first (the office's founder) only. The central
    database is a SQLite file, and the same on the PostgreSQL server that .ci/run starts."""
    if request.param == "postgresql" and not PG_URL:
        pytest.skip("FREMSKUDT_TEST_PG_URL is set by .ci/run when PostgreSQL runs")
    sim = Sim.start(template, tmp_path, 3)
    folder = CentralFolder(tmp_path / "central")
    folder.init(SECRET)
    if request.param == "postgresql":
        engine = fresh_central(folder, PG_URL)
    else:
        engine = central.central_engine(folder, f"sqlite:///{tmp_path / 'central.db'}",
                                        passphrase=SECRET)
    identities, signing = folder.load_identities(SECRET), folder.receipt_signing_key(SECRET)
    for ctx in sim.contexts:
        sync.add_central_keys(ctx, folder.public_file.read_bytes())
    central.enroll(engine, central.read_enrollment(sync.enrollment(sim.contexts[0])))
    out = tmp_path / "usb"
    out.mkdir()

    def export(ctx, receipt: bool = True) -> central.ImportResult:
        result = central.import_bundle(engine, sync.export_bundle(ctx, out).path, identities,
                                       signing, tmp_path / "receipts")
        if receipt:
            sync.import_receipt(ctx, result.receipt.read_bytes())
        return result

    yield sim, engine, export
    engine.dispose()
    sim.close()


def _rows(ctx) -> dict[tuple[str, str], tuple[str, int]]:
    """(table, id) -> (device, counter) of every replicated row version the member holds."""
    out = {}
    with ctx.store.sessions() as session:
        conn = session.connection()
        for table in SYNCED:
            name = "table_name" if table.name == "tombstone" else f"'{table.name}'"
            for record_id, table_name, device, counter in conn.exec_driver_sql(
                    f"SELECT id, {name}, version_device, version_counter FROM {table.name}"):
                out[(table_name, record_id)] = (device, counter)
    return out


def _central(engine) -> dict[tuple[str, str], tuple[str, int]]:
    with engine.connect() as conn:
        return {(r.table_name, r.record_id): (r.device_id.replace("-", ""), r.counter)
                for r in conn.execute(select(central.Record))}


def _people(engine) -> list[str]:
    with engine.connect() as conn:
        return [json.loads(data).get("first_name") for data in conn.execute(
            select(central.Record.data).where(central.Record.table_name == "citizen",
                                              central.Record.deleted == 0)).scalars()]


def test_members_export_in_turn_and_the_central_holds_every_change_once(office) -> None:
    sim, engine, export = office
    a, b, c = sim.contexts
    for ctx, name in ((a, "Amal"), (b, "Bo"), (c, "Cecilie")):
        citizens.create(ctx, first_name=name)
    exchange(sim.contexts)
    first = export(a)  # the central learns B and C from A's member list
    assert first.status == "imported" and first.conflicts == 0
    citizens.create(b, first_name="Dorte")
    # B has not heard of A's receipt: its bundle carries A's, C's and its own changes again
    second = export(b)
    assert second.status == "imported" and second.conflicts == 0
    exchange(sim.contexts)
    citizens.create(c, first_name="Erik")
    third = export(c)
    assert third.status == "imported" and third.conflicts == 0
    exchange(sim.contexts)
    with c.store.sessions() as session:  # B's receipt reached C through the office
        acked = dict(session.execute(select(m.CentralAck.origin, func.max(
            m.CentralAck.counter)).group_by(m.CentralAck.origin)).all())
    assert b.store.device_id.hex in acked and a.store.device_id.hex in acked
    before = _rows(a)
    last = export(a, receipt=False)
    assert last.conflicts == 0
    held = _central(engine)
    assert {key: before[key] for key in before} == {key: held[key] for key in before}
    assert sorted(_people(engine)) == ["Amal", "Bo", "Cecilie", "Dorte", "Erik"]
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(central.Conflict)).scalar() == 0
    stats = central.stats(engine)
    # every member of the template's office (MAX_MEMBERS, three of them in use) is known
    assert len(stats["devices"]) == MAX_MEMBERS and stats["bundles"] == 4
    assert stats["audit_alarms"] == []


def test_a_revoked_members_later_changes_are_refused_by_the_central(office) -> None:
    sim, engine, export = office
    a, b, c = sim.contexts
    exchange(sim.contexts)
    export(a)
    peers_folder.revoke(a, c.store.device_id.hex)
    export(a)  # the central learns the revocation from A's member list
    citizens.create(c, first_name="Sent")
    with pytest.raises(central.ImportRefused, match="spærret"):
        export(c)
    # B has not heard of the revocation and takes C's change, then passes it on
    exchange([c, b])
    result = export(b)
    assert result.status == "imported" and result.refused_versions >= 1
    assert "Sent" not in _people(engine)


def test_a_workstation_without_a_valid_admission_is_no_member(office) -> None:
    sim, engine, export = office
    _a, b, _c = sim.contexts
    with b.store.sessions.begin() as session:  # B's admission no longer verifies
        session.get(m.Workstation, b.store.device_id).admission_sig = "00" * 64
    citizens.create(b, first_name="Falsk")
    with pytest.raises(central.ImportRefused, match="ikke tilmeldt"):
        export(b)
    assert central.stats(engine)["bundles"] == 0


def test_a_change_waiting_for_its_parent_reaches_the_central(office) -> None:
    """B writes a contact for a citizen A deletes at the same time: on every member the
    contact waits in pending_row (its parent is gone for good), and every member's version
    vector has passed it. Whichever member exports, the central holds it, once."""
    sim, engine, export = office
    a, b, _c = sim.contexts
    citizens.create(a, first_name="Gitte")
    exchange(sim.contexts)
    [target] = sim._citizens(0)
    sim.delete(0, 0)
    sim.contact(1, 0, "Ringede om praktik")
    with b.store.sessions() as session:
        entry = session.execute(select(m.ContactEntry.id)).scalar_one().hex
    made = _rows(b)[("contact_entry", entry)]
    exchange(sim.contexts)
    for ctx in sim.contexts:
        with ctx.store.sessions() as session:
            assert session.execute(select(m.PendingRow.row_id)).scalars().all() == [entry]
    first = export(a)
    assert first.status == "imported" and first.conflicts == 0
    held = _central(engine)
    assert held[("contact_entry", entry)] == made
    with engine.connect() as conn:
        data = conn.execute(select(central.Record.data).where(
            central.Record.record_id == entry)).scalar_one()
        deleted = conn.execute(select(central.Record.deleted).where(
            central.Record.record_id == target.hex)).scalar_one()
    assert json.loads(data)["note"] == "Ringede om praktik"  # opened, as the tables'
    assert deleted == 1
    # B has not heard of A's receipt and sends the contact again: nothing new, no conflict
    second = export(b)
    assert second.status == "imported" and second.conflicts == 0
    assert _central(engine)[("contact_entry", entry)] == made
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(central.Conflict)).scalar() == 0
