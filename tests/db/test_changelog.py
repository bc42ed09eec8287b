"""Every change is stamped with (device id, counter); a deletion leaves a tombstone."""

from __future__ import annotations

from sqlalchemy import select

from app.db.models import Citizen, DeviceClock, NetworkPerson, Tombstone


def test_inserts_updates_and_deletes_are_stamped_in_order(office) -> None:
    store = office.admin.store
    with store.sessions.begin() as session:
        start = session.get(DeviceClock, store.device_id).counter
        citizen = Citizen(first_name="Amal", last_name="Ali")
        session.add(citizen)
        session.flush()
        person = NetworkPerson(citizen_id=citizen.id, name="Søster")
        session.add(person)
    assert citizen.version_device == store.device_id
    assert citizen.version_counter == start + 1
    assert person.version_counter == start + 2
    assert citizen.search_name == "amal ali"

    with store.sessions.begin() as session:
        c = session.get(Citizen, citizen.id)
        c.last_name = "Øberg"
    with store.sessions() as session:
        c = session.get(Citizen, citizen.id)
        assert c.version_counter == start + 3
        assert c.search_name == "amal øberg"
        assert c.updated_at >= c.created_at

    with store.sessions.begin() as session:
        session.delete(session.get(NetworkPerson, person.id))
    with store.sessions() as session:
        stone = session.get(Tombstone, person.id)
        assert stone is not None
        assert stone.table_name == "network_person"
        assert stone.version_device == store.device_id
        assert stone.version_counter == start + 4
        assert session.get(DeviceClock, store.device_id).counter == start + 4
        assert session.execute(select(NetworkPerson)).first() is None


def test_reading_without_changes_does_not_bump_the_counter(office) -> None:
    store = office.admin.store
    with store.sessions.begin() as session:
        before = session.get(DeviceClock, store.device_id).counter
        list(session.execute(select(Citizen)).scalars())
    with store.sessions() as session:
        assert session.get(DeviceClock, store.device_id).counter == before
