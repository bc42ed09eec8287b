"""Issue 20's tables replicate between the office's workstations (Replicated, picked up by
app.sync.office.tables): a partner, a group session, a sign-up with attendance and its
contact entry, a referral with its sealed purpose and a tool file made on one workstation are
read through the services on another."""

from __future__ import annotations

import datetime as dt

from app.domain.enums import ContactKind
from app.domain.team import GroupKind, PartnerKind
from app.services import course, groups, partners, tools
from tests.sync.office_sim import exchange, make_template, open_member


def test_groups_partners_referrals_and_tools_reach_the_other_workstation(tmp_path) -> None:
    dirs = make_template(tmp_path / "office")
    a, b = open_member(dirs[0]), open_member(dirs[1])
    try:
        citizen = course.new_citizen(a, first_name="Amal", last_name="Hassan",
                                     cpr="0101901234")
        start = a.now().replace(microsecond=0) - dt.timedelta(minutes=5)
        session_id = groups.create_session(
            a, kind=GroupKind.JOBCAFE, starts_at=start, ends_at=start + dt.timedelta(hours=1),
            place="Beboerhuset", capacity=5, host_id=a.user.id)
        signup = groups.sign_up(a, session_id, citizen)
        groups.record_attendance(a, session_id, {signup: True})
        partner = partners.save_partner(a, name="Sprogcentret", kind=PartnerKind.SPROGSKOLE)
        partners.add_contact(a, partner, name="Omar Haddad", phone="12345678")
        partners.refer(a, citizen, partner, purpose="Danskundervisning om aftenen")
        sheet = tmp_path / "kort.pdf"
        sheet.write_bytes(b"%PDF-1.4 kort")
        tool = tools.add_file(a, sheet, title="Sprogkort", industries="lager")
        exchange([a, b])
        assert [s.name for s in groups.signups(b, session_id)] == ["Amal Hassan"]
        assert groups.get_session(b, session_id).attended == 1
        assert ContactKind.GRUPPEFORLOEB in [c.kind for c in course.get_record(b, citizen).contacts]
        [seen] = partners.list_partners(b)
        assert [c.name for c in seen.contacts] == ["Omar Haddad"]
        assert [r.purpose for r in partners.referrals(b, citizen)] == [
            "Danskundervisning om aftenen"]
        assert tools.tool_file(b, tool) == ("kort.pdf", b"%PDF-1.4 kort")
    finally:
        a.store.close()
        b.store.close()
