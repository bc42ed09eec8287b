"""Issue 20 between two workstations of one office (joined through a folder): a meeting
booked on B is in A's calendar after the exchange, the office's letter template set on A is
B's, and "I dag" on A shows the contact a colleague logged on B since A's user was last there,
with B's name as the workstation."""

from __future__ import annotations

import datetime as dt

from app.domain.appointments import AppointmentKind, PlaceKind
from app.domain.enums import ContactChannel, ContactKind, VisitationGroup
from app.domain.roles import Role
from app.paths import DataPaths
from app.services import (
    appointment_views,
    appointments,
    auth,
    course,
    office_settings,
    peers_folder,
    peers_join,
    staff,
    today,
)
from app.services.setup import setup_office
from tests.conftest import ADMIN_PASSWORD, FAST, STAFF_PASSWORD
from tests.sync.office_sim import exchange


def test_meetings_settings_and_changes_travel_between_workstations(tmp_path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    a_paths, b_paths = DataPaths(tmp_path / "a"), DataPaths(tmp_path / "b")
    a = setup_office(a_paths, office_name="Kontoret", municipality="Kbh", username="admin",
                     full_name="Anna Admin", password=ADMIN_PASSWORD,
                     roles={Role.JOBKONSULENT, Role.JOBFORMIDLER}, kdf=FAST).ctx
    staff.create_account(a, username="bo", full_name="Bo Jensen", password=STAFF_PASSWORD,
                         roles={Role.JOBFORMIDLER}, kdf=FAST)
    code = peers_join.invite(a).code
    peers_join.request_join(b_paths, folder, code, "Laptop 2")
    peers_folder.sync_folder(a, folder, lambda *_a: True)
    assert peers_join.complete_join(b_paths, folder) is not None
    citizen_id = course.new_citizen(a, first_name="Amal", last_name="Hassan", cpr="0101901234")
    course_id = course.get_record(a, citizen_id).course_id
    course.visit(a, course_id, VisitationGroup.INDSATS)
    course.assign(a, course_id, caseworker_id=a.user.id, jobformidler_id=a.user.id)
    office_settings.save_settings(a, letter_template="Kære {navn}, kom {tid}.", letter_bring="",
                                  phone="33 17 40 00", address="", opening_hours="",
                                  drop_in_hours="tor 13-16")
    b = auth.login(b_paths, "bo", STAFF_PASSWORD)
    try:
        exchange([a, b])
        assert today.begin_visit(a) is None  # A's user looks at I dag: the mark is set
        mark = today.begin_visit(a)
        start = dt.datetime.combine(a.today() + dt.timedelta(days=1), dt.time(10)).astimezone()
        booked = appointments.book(b, citizen_id, kind=AppointmentKind.FOLLOW_UP,
                                   staff_ids=[a.user.id, b.user.id], place_kind=PlaceKind.OFFICE,
                                   starts_at=start, ends_at=start + dt.timedelta(minutes=45))
        course.log_contact(b, citizen_id, occurred_at=b.now(), kind=ContactKind.TELEFON,
                           channel=ContactChannel.TELEFON)
        assert office_settings.office_settings(b).letter_template == "Kære {navn}, kom {tid}."
        exchange([a, b])
        [row] = appointment_views.between(a, start.date(), start.date(),
                                          staff_ids={a.user.id})
        assert row.id == booked and set(row.staff_names) == {"Anna Admin", "Bo Jensen"}
        changes = today.today_view(a, mark).changes
        assert ("Amal Hassan", "Kontakt oprettet", "Bo Jensen", "Laptop 2") in {
            (c.name, c.what, c.by, c.workstation) for c in changes}
        assert ("Møde oprettet", "Laptop 2") in {(c.what, c.workstation) for c in changes}
    finally:
        b.store.close()
        a.store.close()
