"""Issue 16 point 3: the counter's password does not open case content (docs/threat-model.md,
"Nøgler og roller / Keys and roles"). The attack: a skranke account's password, used directly
on the key ring and the store file with sqlcipher3, every page decrypted."""

from __future__ import annotations

import json

import pytest
import sqlcipher3
from sqlalchemy import select

from app.db import models as m
from app.db.keyring import RECOVERY_HOLDER, Keyring
from app.db.store import CASE_CONTENT_UNSEALED
from app.domain.enums import (
    BarrierKind,
    ContactChannel,
    ContactKind,
    CourseStatus,
    DropInReason,
    StepUpInitiator,
)
from app.domain.errors import PermissionDenied
from app.domain.roles import Role
from app.services import citizens, dropins, staff
from app.services.auth import login, recover_account, replace_recovery_key
from app.services.casekeys import CaseKeyPending
from app.services.course.contacts import log_contact
from app.services.office import RECOVERY_SHEET_PENDING_KEY
from tests.conftest import ADMIN_PASSWORD, FAST, STAFF_PASSWORD
from tests.db.sqlcipher_pages import decrypted_bytes, first_page_is_sqlite

NOTE = "Borgeren fortalte om sin skilsmisse og gælden (kvist-7431)"
HEALTH = "Kroniske rygsmerter og angst, behandles i psykiatrien (kvist-0815)"
SECRETS = (NOTE, HEALTH)


def plant(ctx) -> m.Citizen:
    """A citizen with a contact note (through the service) and a step-up whose barriers in
    the citizen's own words are a health condition."""
    citizen = citizens.create(ctx, first_name="Amal", last_name="Ali", cpr="0101901234",
                              phone="20304050")
    log_contact(ctx, citizen.id, occurred_at=ctx.now(), kind=ContactKind.SAMTALE,
                channel=ContactChannel.PERSONLIGT, note=NOTE)
    with ctx.transaction() as session:
        course = m.Course(citizen_id=citizen.id, status=CourseStatus.ACTIVE,
                          started_on=ctx.today())
        session.add(course)
        session.flush()
        session.add(m.StepUp(course_id=course.id, barrier_kind=BarrierKind.HEALTH,
                             initiated_by=StepUpInitiator.STAFF, reason="Matchet trækker ud",
                             started_on=ctx.today(), citizen_barriers=HEALTH))
    return citizen


def every_value(store_key: bytes, path) -> list[object]:
    """Every value of every row of every table, read with sqlcipher3 and the raw key."""
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = \"x'{store_key.hex()}'\"")
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [value for table in tables
                for row in conn.execute(f'SELECT * FROM "{table}"') for value in row]
    finally:
        conn.close()


def attack_as(paths, username: str, password: str) -> tuple[bytes, list[object], bytes]:
    ring = Keyring.load(paths.keyring)
    unlocked = ring.unlock_account(username, password)
    assert ring.open_case_key(username, unlocked.staff_private) is None
    values = every_value(unlocked.store_key, paths.store)
    return unlocked.store_key, values, decrypted_bytes(paths.store, unlocked.store_key)


def test_the_counters_password_opens_no_case_content(office) -> None:
    plant(office.admin)
    counter = office.add_staff("skranke", {Role.SKRANKE})
    assert counter.case_key is None
    assert "skranke" not in office.admin.store.keyring.case_wraps

    key, values, raw = attack_as(office.paths, "skranke", STAFF_PASSWORD)
    assert first_page_is_sqlite(office.paths.store, key)
    assert "Amal" in values and b"Amal" in raw  # the counter's part is readable...
    for secret in SECRETS:  # ...case content is not, in any row, any page or the WAL
        assert not any(secret in str(v) for v in values)
        assert secret.encode() not in raw
        for word in secret.split()[-1:]:
            assert word.encode() not in raw


def test_the_counters_services_work_and_case_content_is_refused_typed(office) -> None:
    citizen = plant(office.admin)
    counter = office.add_staff("skranke", {Role.SKRANKE})
    assert [c.id for c in citizens.search(counter, "amal")] == [citizen.id]
    ticket = dropins.register(counter, reasons=[DropInReason.BREV], citizen_id=citizen.id)
    assert ticket is not None
    called = dropins.call(counter)
    assert called is not None and called.name.startswith("Amal")
    assert [v.known for v in dropins.visits_on(counter, counter.today())] == [True]

    with pytest.raises(PermissionDenied), counter.transaction() as session:
        session.execute(select(m.ContactEntry.note)).all()
    with pytest.raises(PermissionDenied), counter.transaction() as session:
        session.execute(select(m.StepUp)).scalars().all()
    with pytest.raises(PermissionDenied), counter.transaction() as session:
        session.add(m.NetworkPerson(citizen_id=citizen.id, name="Mor", note="skrevet"))
        session.flush()


def test_a_case_role_reads_everything(office) -> None:
    citizen = plant(office.admin)
    formidler = office.add_staff("jf", {Role.JOBFORMIDLER})
    assert formidler.case_key is not None
    assert [c.note for c in citizens.list_contacts(formidler, citizen.id)] == [NOTE]
    with formidler.transaction() as session:
        assert session.execute(select(m.StepUp.citizen_barriers)).scalar_one() == HEALTH
    # the stored value is sealed, not the text
    with formidler.store.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT citizen_barriers FROM step_up").scalar_one()
    assert stored.startswith("fc1:") and HEALTH not in stored


def test_granting_and_revoking_a_case_role(office) -> None:
    citizen = plant(office.admin)
    office.add_staff("skranke", {Role.SKRANKE})
    staff.set_roles(office.admin, "skranke", {Role.SKRANKE, Role.JOBFORMIDLER})
    assert "skranke" in office.admin.store.keyring.case_wraps
    granted = login(office.paths, "skranke", STAFF_PASSWORD)
    office.contexts.append(granted)
    assert [c.note for c in citizens.list_contacts(granted, citizen.id)] == [NOTE]

    staff.set_roles(office.admin, "skranke", {Role.SKRANKE})
    assert "skranke" not in Keyring.load(office.paths.keyring).case_wraps
    revoked = login(office.paths, "skranke", STAFF_PASSWORD)
    office.contexts.append(revoked)
    assert revoked.case_key is None
    attack_as(office.paths, "skranke", STAFF_PASSWORD)


def test_a_password_change_keeps_case_access(office) -> None:
    citizen = plant(office.admin)
    formidler = office.add_staff("jf", {Role.JOBFORMIDLER})
    staff.change_password(formidler, "jf", "et-nyt-kodeord-1", kdf=FAST)
    again = login(office.paths, "jf", "et-nyt-kodeord-1")
    office.contexts.append(again)
    assert [c.note for c in citizens.list_contacts(again, citizen.id)] == [NOTE]
    # an administrator resets a colleague's password: K_case is sealed to the new key pair
    staff.change_password(office.admin, "jf", "admin-satte-det-1", kdf=FAST)
    reset = login(office.paths, "jf", "admin-satte-det-1")
    office.contexts.append(reset)
    assert [c.note for c in citizens.list_contacts(reset, citizen.id)] == [NOTE]


def test_the_recovery_key_opens_the_store_and_case_content(office) -> None:
    citizen = plant(office.admin)
    office.add_staff("jf", {Role.JOBFORMIDLER})
    office.add_staff("skranke", {Role.SKRANKE})
    recovered = recover_account(office.paths, office.setup.recovery_key, "jf",
                                "glemt-og-fundet-1", kdf=FAST)
    office.contexts.append(recovered)
    assert [c.note for c in citizens.list_contacts(recovered, citizen.id)] == [NOTE]
    again = login(office.paths, "jf", "glemt-og-fundet-1")
    office.contexts.append(again)
    assert again.case_key is not None
    # a counter account recovered with the key still gets no case key
    counter = recover_account(office.paths, office.setup.recovery_key, "skranke",
                              "glemt-skranke-1", kdf=FAST)
    office.contexts.append(counter)
    assert counter.case_key is None
    attack_as(office.paths, "skranke", "glemt-skranke-1")


def _as_before_the_upgrade(office) -> None:
    """Turn the fixture's store into one made by the app before migration 0008: case content
    in plain text, a version 1 key ring (no staff keys, no K_case), schema at 0007."""
    key = office.admin.case_key
    from app.db import casekey
    from app.db.models import Base
    from app.db.types import CaseText

    with office.admin.store.engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            for column in (c.name for c in table.columns if isinstance(c.type, CaseText)):
                for row_id, value in conn.exec_driver_sql(
                        f"SELECT id, {column} FROM {table.name}").fetchall():
                    if casekey.is_sealed(value):
                        conn.exec_driver_sql(f"UPDATE {table.name} SET {column} = ? "
                                             "WHERE id = ?", (casekey.open_text(value, key),
                                                              row_id))
        # the schema as 0007 left it (later migrations taken back in place)
        from alembic import command

        from app.db.migrate import alembic_config

        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007")
    for ctx in office.contexts:
        ctx.store.close()
    office.contexts.clear()
    doc = json.loads(office.paths.keyring.read_bytes())
    doc["version"] = 1
    del doc["case_wraps"]
    for wrap in doc["wraps"]:
        wrap.pop("staff_key", None)
        wrap.pop("public", None)
    office.paths.keyring.write_text(json.dumps(doc))


def test_upgrading_a_store_from_before_the_case_key(office) -> None:
    citizen = plant(office.admin)
    office.add_staff("skranke", {Role.SKRANKE})
    office.add_staff("jf", {Role.JOBFORMIDLER})
    _as_before_the_upgrade(office)
    ring = Keyring.load(office.paths.keyring)
    store_key = ring.unlock_with_password("skranke", STAFF_PASSWORD)
    assert NOTE.encode() in decrypted_bytes(office.paths.store, store_key)  # the tool sees it

    # the counter first: refused, and nothing is sealed or migrated by it
    with pytest.raises(CaseKeyPending, match="En sagsbehandler skal logge ind først"):
        login(office.paths, "skranke", STAFF_PASSWORD)

    admin = login(office.paths, "admin", ADMIN_PASSWORD)
    office.contexts.append(admin)
    assert [c.note for c in citizens.list_contacts(admin, citizen.id)] == [NOTE]
    with admin.transaction() as session:
        assert session.get(m.LocalSetting, CASE_CONTENT_UNSEALED) is None
        # the old recovery key has no public half to seal K_case to: a new sheet is asked for
        assert session.get(m.LocalSetting, RECOVERY_SHEET_PENDING_KEY) is not None

    _, values, raw = attack_as(office.paths, "skranke", STAFF_PASSWORD)
    for secret in SECRETS:
        assert not any(secret in str(v) for v in values)
        assert secret.encode() not in raw
    counter = login(office.paths, "skranke", STAFF_PASSWORD)
    office.contexts.append(counter)
    assert counter.case_key is None and [c.id for c in citizens.search(counter, "ali")]

    # a colleague from the old key ring gets a key pair at their login, and K_case at the
    # next login of someone who holds it
    first = login(office.paths, "jf", STAFF_PASSWORD)
    office.contexts.append(first)
    assert first.case_key is None
    office.contexts.append(login(office.paths, "admin", ADMIN_PASSWORD))
    second = login(office.paths, "jf", STAFF_PASSWORD)
    office.contexts.append(second)
    assert [c.note for c in citizens.list_contacts(second, citizen.id)] == [NOTE]

    # a new recovery sheet then opens case content too
    recovery = replace_recovery_key(admin)
    assert RECOVERY_HOLDER in Keyring.load(office.paths.keyring).case_wraps
    recovered = recover_account(office.paths, recovery, "jf", "efter-opdatering-1", kdf=FAST)
    office.contexts.append(recovered)
    assert recovered.case_key is not None


def test_case_content_is_sealed_in_the_export_source_but_plain_for_the_exporter(office
                                                                                ) -> None:
    """The bundle carries case content opened with the exporter's K_case; without one the
    raw read refuses instead of sending ciphertext."""
    from app.db import casekey

    plant(office.admin)
    with office.admin.store.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT note FROM contact_entry").scalar_one()
    with casekey.bound(office.admin.case_key):
        assert casekey.open_if_sealed(stored) == NOTE
    with pytest.raises(PermissionDenied):
        casekey.open_if_sealed(stored)


def test_a_store_made_now_needs_no_upgrade_step(office) -> None:
    with office.admin.transaction() as session:
        assert session.get(m.LocalSetting, CASE_CONTENT_UNSEALED) is None
    ring = Keyring.load(office.paths.keyring)
    assert set(ring.case_wraps) == {"admin", RECOVERY_HOLDER}


def test_deleted_citizens_leave_the_backups_without_the_case_key(office) -> None:
    """Rotation runs at any role's first login of the day (the counter's too): removing a
    deleted citizen's rows from a backup moves sealed values without opening them."""
    from app.services import backups, retention

    citizen = plant(office.admin)
    backups.take_backup(office.admin)
    with office.admin.transaction() as session:
        session.add(m.LocalSetting(key=f"{retention.DELETED_PREFIX}{citizen.id}", value="1"))
    assert retention.purge_backups(office.admin.store, [office.paths.backups]) == 1
