"""Group sessions (issue 20, point 7) through the services on a real store: capacity, sign-up
from either side, attendance in the contact log (not personal contact), the attendance list
without CPR."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from sqlalchemy import select

from app.db import models as m
from app.domain.course_facts import is_personal_contact
from app.domain.enums import ContactKind, VisitationGroup
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.roles import Role
from app.domain.team import GroupKind
from app.services import course, groups
from tests.conftest import FixedClock

MONDAY = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)
THURSDAY = dt.datetime(2026, 3, 5, 9, 0, tzinfo=dt.UTC)


def _citizen(ctx, first: str, cpr: str):
    citizen_id = course.new_citizen(ctx, first_name=first, last_name="Jensen", cpr=cpr)
    course.visit(ctx, course.get_record(ctx, citizen_id).course_id, VisitationGroup.INDSATS)
    return citizen_id


@pytest.fixture
def desk(office):
    ctx = office.admin
    ctx.clock = FixedClock(MONDAY)
    session_id = groups.create_session(
        ctx, kind=GroupKind.JOBCAFE, starts_at=THURSDAY,
        ends_at=THURSDAY + dt.timedelta(hours=2), place="Beboerhuset", capacity=2,
        host_id=ctx.user.id, title="Torsdagscafé")
    people = [_citizen(ctx, "Amal", "0101901234"), _citizen(ctx, "Bilal", "0202902345"),
              _citizen(ctx, "Cem", "0303903456")]
    return ctx, session_id, people


def test_capacity_is_enforced_with_a_clear_message(desk) -> None:
    ctx, session_id, (a, b, c) = desk
    groups.sign_up(ctx, session_id, a)
    with pytest.raises(ValidationError, match="allerede tilmeldt"):
        groups.sign_up(ctx, session_id, a)
    groups.sign_up(ctx, session_id, b)
    with pytest.raises(ValidationError, match="fuldt: alle 2 pladser"):
        groups.sign_up(ctx, session_id, c)
    view = groups.get_session(ctx, session_id)
    assert (view.signed_up, view.free) == (2, 0)
    assert [s.name for s in groups.signups(ctx, session_id)] == ["Amal Jensen", "Bilal Jensen"]
    # from the record's side: the citizen's sessions
    [(session_view, signup)] = groups.citizen_sessions(ctx, a)
    assert session_view.id == session_id and signup.attended is None


def test_attendance_lands_in_the_contact_log_and_is_not_personal_contact(desk) -> None:
    ctx, session_id, (a, b, _c) = desk
    sa, sb = groups.sign_up(ctx, session_id, a), groups.sign_up(ctx, session_id, b)
    with pytest.raises(ValidationError, match="på dagen"):
        groups.record_attendance(ctx, session_id, {sa: True})
    ctx.clock.now = THURSDAY + dt.timedelta(hours=3)
    assert groups.record_attendance(ctx, session_id, {sa: True, sb: False}) == 1
    contacts = course.get_record(ctx, a).contacts
    [entry] = [e for e in contacts if e.kind == ContactKind.GRUPPEFORLOEB]
    assert entry.occurred_at == THURSDAY
    assert "Jobcafé" in entry.note and "Beboerhuset" in entry.note
    assert not is_personal_contact(ContactKind.GRUPPEFORLOEB, entry.channel)
    assert not [e for e in course.get_record(ctx, b).contacts
                if e.kind == ContactKind.GRUPPEFORLOEB]
    with pytest.raises(ValidationError, match="kan ikke fjernes"):
        groups.cancel_signup(ctx, sa)
    # un-ticking removes the entry again; ticking twice makes only one
    groups.record_attendance(ctx, session_id, {sa: False})
    assert not [e for e in course.get_record(ctx, a).contacts
                if e.kind == ContactKind.GRUPPEFORLOEB]
    groups.record_attendance(ctx, session_id, {sa: True})
    groups.record_attendance(ctx, session_id, {sa: True})
    with ctx.transaction() as session:
        kinds = session.execute(select(m.ContactEntry.kind).where(
            m.ContactEntry.citizen_id == a)).scalars().all()
    assert kinds.count(ContactKind.GRUPPEFORLOEB) == 1
    assert groups.get_session(ctx, session_id).attended == 1


def test_a_session_in_the_past_or_with_a_bad_host_is_refused(desk, office) -> None:
    ctx, _session_id, _people = desk
    counter = office.add_staff("skranke", {Role.SKRANKE})
    with pytest.raises(ValidationError, match="vært"):
        groups.create_session(ctx, kind=GroupKind.CV_VAERKSTED, starts_at=THURSDAY,
                              ends_at=THURSDAY + dt.timedelta(hours=1), place="Lokale 2",
                              capacity=8, host_id=counter.user.id)
    with pytest.raises(ValidationError, match="bagud"):
        groups.create_session(ctx, kind=GroupKind.CV_VAERKSTED,
                              starts_at=MONDAY - dt.timedelta(days=2),
                              ends_at=MONDAY - dt.timedelta(days=2, hours=-1),
                              place="Lokale 2", capacity=8, host_id=ctx.user.id)
    with pytest.raises(ValidationError, match="mellem 1 og"):
        groups.create_session(ctx, kind=GroupKind.CV_VAERKSTED, starts_at=THURSDAY,
                              ends_at=THURSDAY + dt.timedelta(hours=1), place="Lokale 2",
                              capacity=0, host_id=ctx.user.id)
    with pytest.raises(PermissionDenied):
        groups.list_sessions(counter)


def test_the_attendance_list_has_names_and_no_cpr(desk, tmp_path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is installed by .ci/run")
    ctx, session_id, (a, b, _c) = desk
    groups.sign_up(ctx, session_id, a)
    groups.sign_up(ctx, session_id, b)
    path = tmp_path / "list.pdf"
    path.write_bytes(groups.attendance_list(ctx, session_id))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Amal Jensen" in text and "Bilal Jensen" in text
    assert "Torsdagscafé" in text and "Beboerhuset" in text and "2 af 2 pladser" in text
    for digits in ("0101901234", "010190", "1234", "0202902345"):
        assert digits not in text.replace(" ", "")
