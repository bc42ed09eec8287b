"""Roles are checked by the services, and every read of a citizen is audited in the same
transaction."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEntry, Citizen, ContactEntry
from app.domain.enums import AuditAction, ContactChannel, ContactKind
from app.domain.errors import DuplicateError, PermissionDenied, ValidationError
from app.domain.roles import Role
from app.services import audit, citizens, companies, course, dropins, staff
from app.services import office as office_service
from tests.conftest import FAST

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)


def _audit_rows(ctx) -> list[AuditEntry]:
    with ctx.store.sessions() as session:
        return list(session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars())


def _citizen_with_contact(ctx):
    person = citizens.create(ctx, first_name="Amal", last_name="Hassan", cpr="0101901234",
                             phone="12 34 56 78")
    course.log_contact(ctx, person.id, occurred_at=NOW, kind=ContactKind.SAMTALE,
                         channel=ContactChannel.PERSONLIGT, note="Helbred: ondt i ryggen")
    return person


def test_skranke_is_refused_case_content(office) -> None:
    person = _citizen_with_contact(office.admin)
    counter = office.add_staff("sofie", {Role.SKRANKE})
    # the counter may find a citizen by name and see the queue ...
    found = citizens.search(counter, "hassan")
    assert [f.name for f in found] == ["Amal Hassan"]
    assert found[0].masked_cpr == "010190-****"
    assert dropins.visits_on(counter, NOW.date()) == []
    # ... but never case notes, the record, the full CPR, companies or reports
    refused = [
        lambda: citizens.list_contacts(counter, person.id),
        lambda: citizens.get(counter, person.id),
        lambda: citizens.reveal_cpr(counter, person.id),
        lambda: course.log_contact(counter, person.id, occurred_at=NOW,
                                     kind=ContactKind.SAMTALE,
                                     channel=ContactChannel.PERSONLIGT),
        lambda: citizens.create(counter, first_name="Ny"),
        lambda: companies.search(counter),
        lambda: office_service.office_figures(counter),
        lambda: staff.create_account(counter, username="x1", full_name="X", password="a" * 12,
                                     roles={Role.SKRANKE}),
    ]
    entries_before = len(_audit_rows(office.admin))
    for call in refused:
        with pytest.raises(PermissionDenied) as err:
            call()
        assert err.value.message
    # a refusal changes nothing, not even the audit log
    assert len(_audit_rows(office.admin)) == entries_before


def test_every_read_of_a_citizen_writes_an_audit_row(office) -> None:
    ctx = office.admin
    person = _citizen_with_contact(ctx)
    before = len(_audit_rows(ctx))
    citizens.get(ctx, person.id)
    citizens.get(ctx, person.id)
    citizens.list_contacts(ctx, person.id)
    assert citizens.reveal_cpr(ctx, person.id) == "010190-1234"
    citizens.search(ctx, "0101")
    rows = _audit_rows(ctx)[before:]
    assert [r.action for r in rows] == [AuditAction.READ, AuditAction.READ, AuditAction.READ,
                                        AuditAction.REVEAL_CPR, AuditAction.SEARCH]
    assert all(r.username == "admin" and r.staff_id == ctx.user.id for r in rows)
    assert all(r.citizen_id == person.id for r in rows[:4])
    # the search text itself is not logged (it may be a CPR number)
    assert "0101" not in rows[4].detail


def test_audit_entries_form_a_hash_chain(office) -> None:
    ctx = office.admin
    _citizen_with_contact(ctx)
    rows = _audit_rows(ctx)
    assert rows[0].prev_hash == audit.GENESIS
    for before, after in itertools.pairwise(rows):
        assert after.prev_hash == before.entry_hash
        assert after.seq == before.seq + 1
    for row in rows:
        assert audit.entry_digest(row) == row.entry_hash


def test_failed_action_writes_neither_data_nor_audit(office) -> None:
    ctx = office.admin
    person = citizens.create(ctx, first_name="Amal", cpr="0101901234")
    before = len(_audit_rows(ctx))
    with pytest.raises(DuplicateError) as err:
        citizens.create(ctx, first_name="Amal igen", cpr="010190-1234")
    assert err.value.existing_id == person.id
    with pytest.raises(ValidationError):
        course.log_contact(ctx, person.id, occurred_at=NOW, kind=ContactKind.SAMTALE,
                             channel=ContactChannel.PERSONLIGT, note="bad\x07bell")
    with ctx.store.sessions() as session:
        assert session.execute(select(func.count()).select_from(Citizen)).scalar() == 1
        assert session.execute(select(func.count()).select_from(ContactEntry)).scalar() == 0
    assert len(_audit_rows(ctx)) == before


def test_search_by_name_cpr_and_phone(office) -> None:
    ctx = office.admin
    a = citizens.create(ctx, first_name="Nguyễn Thị", last_name="Hương", cpr="0101901234",
                        phone="20 30 40 50")
    b = citizens.create(ctx, first_name="Şükrü", last_name="Öztürk", phone="31 41 51 61")
    assert [r.id for r in citizens.search(ctx, "HƯƠNG")] == [a.id]
    assert [r.id for r in citizens.search(ctx, "şükrü öz")] == [b.id]
    assert [r.id for r in citizens.search(ctx, "010190-1234")] == [a.id]
    assert [r.id for r in citizens.search(ctx, "010190")] == [a.id]
    assert [r.id for r in citizens.search(ctx, "31415161")] == [b.id]
    assert citizens.search(ctx, "%") == []
    assert citizens.search(ctx, "") == []


def test_staff_accounts_are_created_by_an_administrator(office) -> None:
    ctx = office.admin
    view = staff.create_account(ctx, username="Jonas.B", full_name="Jonas Brandt",
                                password="jonas-kode-1", roles={Role.JOBFORMIDLER}, kdf=FAST)
    assert view.username == "jonas.b" and view.initials == "JB"
    with pytest.raises(DuplicateError):
        staff.create_account(ctx, username="jonas.b", full_name="Jonas Anden",
                             password="jonas-kode-1", roles={Role.JOBFORMIDLER}, kdf=FAST)
    for bad in (dict(username="j", password="jonas-kode-1", roles={Role.SKRANKE}),
                dict(username="jo nas", password="jonas-kode-1", roles={Role.SKRANKE}),
                dict(username="jonas2", password="kort", roles={Role.SKRANKE}),
                dict(username="jonas3", password="jonas-kode-1", roles=set())):
        with pytest.raises(ValidationError):
            staff.create_account(ctx, full_name="Jonas", kdf=FAST, **bad)
    assert [a.username for a in staff.list_accounts(ctx)] == ["admin", "jonas.b"]
    assert not ctx.store.keyring.has_account("jonas2")
