"""A drop-in visitor becomes a citizen ("Opret som borger"): the service first proposes the
citizens the visitor may already be (same CPR, same name and birth date, same phone) as a
typed NeedsChoice, and checks and creates in one transaction."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import event, func, select

from app.db import models as m
from app.domain.enums import ContactKind, DropInReason
from app.domain.errors import DuplicateError, NeedsChoice
from app.services import course, dropins
from app.services.context import ServiceContext
from tests.conftest import FixedClock

MONDAY = dt.datetime(2026, 11, 16, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock(office) -> FixedClock:
    fixed = FixedClock(MONDAY)
    office.admin.clock = fixed
    return fixed


@pytest.fixture
def known(office, clock) -> uuid.UUID:
    return course.new_citizen(office.admin, first_name="Amal", last_name="Hassan",
                              cpr="0101901234", phone="31 41 51 61")


def _visit(ctx: ServiceContext, label: str = "Y.A.") -> uuid.UUID:
    return dropins.register(ctx, visitor_label=label, reasons=[DropInReason.BREV]).visit_id


def _citizens(ctx: ServiceContext) -> int:
    with ctx.transaction() as session:
        return session.execute(select(func.count()).select_from(m.Citizen)).scalar_one()


def _linked(ctx: ServiceContext, visit_id: uuid.UUID) -> uuid.UUID | None:
    with ctx.transaction() as session:
        return session.get(m.DropInVisit, visit_id).citizen_id


def _refused(ctx: ServiceContext, visit_id: uuid.UUID, **visitor: str) -> NeedsChoice:
    before = _citizens(ctx)
    values = {"first_name": "Yusuf", "last_name": "Ali", "cpr": "0505851234", "phone": "",
              **visitor}
    with pytest.raises(NeedsChoice) as refused:
        course.new_citizen(ctx, from_visit_id=visit_id, **values)
    assert _citizens(ctx) == before  # nothing created
    assert _linked(ctx, visit_id) is None
    assert refused.value.field == "create_anyway"
    assert "Opret alligevel" in refused.value.template
    return refused.value


def test_the_same_cpr_proposes_the_known_citizen(office, known) -> None:
    ctx = office.admin
    refused = _refused(ctx, _visit(ctx), first_name="A.", last_name="H.", cpr="010190-1234")
    assert refused.choices == [
        (known.hex, "Knyt besøget til Amal Hassan (010190-****, samme CPR-nummer)")]


def test_the_same_name_and_birth_date_proposes_the_known_citizen(office, known) -> None:
    ctx = office.admin
    # another CPR number with the same birth date (issued without the modulus-11 check)
    refused = _refused(ctx, _visit(ctx), first_name="amal", last_name="HASSAN",
                       cpr="0101902678")
    [(key, label)] = refused.choices
    assert key == known.hex
    assert label.endswith("samme navn og fødselsdato)")


def test_the_same_phone_proposes_the_known_citizen(office, known) -> None:
    ctx = office.admin
    refused = _refused(ctx, _visit(ctx), phone="31415161")
    [(key, label)] = refused.choices
    assert key == known.hex
    assert "samme telefonnummer" in label


def test_create_anyway_creates_the_citizen_with_the_visit(office, known) -> None:
    ctx = office.admin
    visit_id = _visit(ctx)
    new = course.new_citizen(ctx, first_name="Yusuf", last_name="Ali", cpr="0505851234",
                             phone="31 41 51 61", from_visit_id=visit_id, create_anyway=True)
    assert new != known
    assert _linked(ctx, visit_id) == new
    assert [c.kind for c in course.get_record(ctx, new).contacts] == [
        ContactKind.AABEN_RAADGIVNING]
    # the CPR number stays unique even when the user chooses to create anyway
    with pytest.raises(DuplicateError):
        course.new_citizen(ctx, first_name="Amal", last_name="H", cpr="0101901234",
                           from_visit_id=_visit(ctx), create_anyway=True)


def test_no_match_creates_and_typed_in_citizens_are_not_checked(office, known) -> None:
    ctx = office.admin
    visit_id = _visit(ctx)
    new = course.new_citizen(ctx, first_name="Yusuf", last_name="Ali", cpr="0505851234",
                             from_visit_id=visit_id)
    assert _linked(ctx, visit_id) == new
    # typed in at the desk (no visit): the same phone is no reason to ask
    course.new_citizen(ctx, first_name="Bo", last_name="Berg", cpr="0202801234",
                       phone="31415161")


def test_the_check_and_the_creation_are_one_transaction(office, known) -> None:
    ctx = office.admin
    visit_id = _visit(ctx)
    begun: list[object] = []
    engine = ctx.store.engine

    def count(connection: object) -> None:
        begun.append(connection)

    event.listen(engine, "begin", count)
    try:
        with pytest.raises(NeedsChoice):
            course.new_citizen(ctx, first_name="Yusuf", last_name="Ali", cpr="0505851234",
                               phone="31415161", from_visit_id=visit_id)
        assert len(begun) == 1
        begun.clear()
        course.new_citizen(ctx, first_name="Yusuf", last_name="Ali", cpr="0505851234",
                           phone="31415161", from_visit_id=visit_id, create_anyway=True)
        assert len(begun) == 1
        begun.clear()
        course.new_citizen(ctx, first_name="Ida", last_name="Holm", cpr="0303701234",
                           from_visit_id=_visit(ctx, "I.H."))
        assert len(begun) == 2  # the visit's registration, then check and creation together
    finally:
        event.remove(engine, "begin", count)
