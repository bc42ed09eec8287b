"""Partners, referrals and the tool library (issue 20, points 11-12) through the services on
a real store: a referral that shares information needs a consent covering the partner; tools
found for a job goal's industry; files kept in the store within a size cap."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.enums import VisitationGroup
from app.domain.errors import ValidationError
from app.domain.team import PartnerKind
from app.services import course, partners, tools
from tests.conftest import FixedClock

TODAY = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def record(office):
    ctx = office.admin
    ctx.clock = FixedClock(TODAY)
    citizen_id = course.new_citizen(ctx, first_name="Amal", last_name="Hassan",
                                    cpr="0101901234")
    course.visit(ctx, course.get_record(ctx, citizen_id).course_id, VisitationGroup.INDSATS)
    partner_id = partners.save_partner(ctx, name="Boligsocialt Hus", kind=PartnerKind.BOLIGSOCIAL,
                                       phone="70 10 10 10")
    contact_id = partners.add_contact(ctx, partner_id, name="Lene Dahl",
                                      role="Boligsocial medarbejder", phone="22 33 44 55")
    return ctx, citizen_id, partner_id, contact_id


def test_partners_with_contact_persons(record) -> None:
    ctx, _citizen, partner_id, _contact = record
    with pytest.raises(ValidationError, match="telefon eller e-mail"):
        partners.add_contact(ctx, partner_id, name="Uden nummer")
    with pytest.raises(ValidationError, match="E-mailadressen"):
        partners.add_contact(ctx, partner_id, name="Forkert", email="ikke-en-adresse")
    [view] = partners.list_partners(ctx)
    assert view.kind == PartnerKind.BOLIGSOCIAL
    assert [(c.name, c.role) for c in view.contacts] == [("Lene Dahl", "Boligsocial medarbejder")]


def test_a_referral_that_shares_information_needs_a_consent_covering_it(record) -> None:
    ctx, citizen_id, partner_id, contact_id = record
    plain = partners.refer(ctx, citizen_id, partner_id, purpose="Hjælp til budget",
                           contact_id=contact_id)
    with pytest.raises(ValidationError, match="kræver borgerens samtykke"):
        partners.refer(ctx, citizen_id, partner_id, purpose="Gældsrådgivning",
                       shares_information=True)
    other = course.add_consent(ctx, citizen_id, scope="Helbredsoplysninger",
                               recipients="Egen læge", given_on=TODAY.date())
    with pytest.raises(ValidationError, match="nævner ikke Boligsocialt Hus"):
        partners.refer(ctx, citizen_id, partner_id, purpose="Gældsrådgivning",
                       shares_information=True, consent_id=other)
    covering = course.add_consent(ctx, citizen_id, scope="Økonomi og bolig",
                                  recipients="Boligsocial indsats", given_on=TODAY.date())
    shared = partners.refer(ctx, citizen_id, partner_id, purpose="Gældsrådgivning",
                            shares_information=True, consent_id=covering)
    views = {v.id: v for v in partners.referrals(ctx, citizen_id)}
    assert views[shared].consent_scope == "Økonomi og bolig"
    assert views[plain].contact_name == "Lene Dahl" and not views[plain].shares_information
    course.withdraw_consent(ctx, covering, TODAY.date())
    assert [c.id for c in partners.active_consents(ctx, citizen_id)] == [other]
    with pytest.raises(ValidationError, match="kræver borgerens samtykke"):
        partners.refer(ctx, citizen_id, partner_id, purpose="Igen", shares_information=True,
                       consent_id=covering)


def test_tools_are_found_by_the_job_goals_industry(record, tmp_path) -> None:
    ctx = record[0]
    tools.add_link(ctx, title="Branchepakke: rengøring (STAR)", url="https://star.dk/",
                   industries="Rengøring, service", languages="dansk, arabisk")
    tools.add_link(ctx, title="Sprogkort: lager", url="https://star.dk/lager",
                   industries="lager; logistik", languages="somali")
    tools.add_link(ctx, title="ABC jobstrategi", url="https://star.dk/abc")
    sheet = tmp_path / "kort.pdf"
    sheet.write_bytes(b"%PDF-1.4 sprogkort")
    file_id = tools.add_file(ctx, sheet, title="Sprogkort køkken", industries="køkken")
    assert [t.title for t in tools.list_tools(ctx, field="Rengøring og service")] == [
        "ABC jobstrategi", "Branchepakke: rengøring (STAR)"]
    assert [t.title for t in tools.list_tools(ctx, field="Lager")] == [
        "ABC jobstrategi", "Sprogkort: lager"]
    assert [t.title for t in tools.list_tools(ctx, field="Lager", language="arabisk")] == [
        "ABC jobstrategi"]
    assert tools.tool_file(ctx, file_id) == ("kort.pdf", b"%PDF-1.4 sprogkort")
    with pytest.raises(ValidationError, match="https://"):
        tools.add_link(ctx, title="Lokal", url="file:///etc/passwd")
    big = tmp_path / "stor.pdf"
    big.write_bytes(b"x" * (tools.MAX_FILE_BYTES + 1))
    with pytest.raises(ValidationError, match="for stor"):
        tools.add_file(ctx, big, title="For stor")
    program = tmp_path / "x.exe"
    program.write_bytes(b"MZ")
    with pytest.raises(ValidationError, match="Filtypen"):
        tools.add_file(ctx, program, title="Program")
    assert len(tools.list_tools(ctx)) == 4
