"""The demo office's team pieces (issue 20, points 7, 11 and 12): two coming group sessions
with sign-ups, the local partners with contact persons, and two links in the tool library to
public pages (marked as links; the app does not invent the tools' content). Names of contact
persons are made up, as every name in the demo is."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from app.db import models as m
from app.domain.enums import CourseStatus
from app.domain.team import GroupKind, PartnerKind
from app.services.demo_rows import LOCAL_TZ, BulkRows

PARTNERS = [
    ("Boligsocial helhedsplan", PartnerKind.BOLIGSOCIAL, "Gårdens beboerhus",
     "Gældsrådgivning, lektiecafé, frivillige", [("Hanne Vestergaard", "Boligsocial medarbejder"),
                                                ("Kasper Aydin", "Fritidsjobguide")]),
    ("Sundhedscenteret", PartnerKind.SUNDHED, "Sundhedshuset",
     "Rygestop, motion på recept, samtaler om søvn og smerter",
     [("Lene Frost", "Sygeplejerske")]),
    ("Sprogcentret", PartnerKind.SPROGSKOLE, "Sprogcentret, 2. sal",
     "Danskuddannelse, aftenhold og jobrettet dansk", [("Omar Haddad", "Studievejleder")]),
    ("Bydelsbiblioteket", PartnerKind.BIBLIOTEK, "Biblioteket i centret",
     "Digital hjælp (MitID, e-Boks), lektiehjælp", [("Signe Dahl", "Bibliotekar")]),
    ("Boldklubben Vest", PartnerKind.FORENING, "Klubhuset ved banerne",
     "Frivilligt arbejde og træner-kurser", [("Mads Krogh", "Formand")]),
]

TOOLS = [
    ("STAR, Styrelsen for Arbejdsmarked og Rekruttering (forside)", "https://star.dk/", ""),
    ("Jobnet: Min Plan og CV (forside)", "https://job.jobnet.dk/", ""),
]


def add_team_demo(rows: BulkRows, session, today: dt.date, hosts: list[uuid.UUID]) -> None:
    """Two group sessions (Thursday's jobcafé and next week's CV-værksted) with sign-ups from
    the open courses, the partners and two links."""
    citizens = session.execute(
        select(m.Course.citizen_id).where(m.Course.status == CourseStatus.ACTIVE)
        .order_by(m.Course.id).limit(14)).scalars().all()
    thursday = today + dt.timedelta(days=(3 - today.weekday()) % 7 or 7)
    sessions = [
        (GroupKind.JOBCAFE, "Torsdagscafé", thursday, dt.time(10), 120, "Beboerhuset", 12),
        (GroupKind.CV_VAERKSTED, "CV på Jobnet", thursday + dt.timedelta(days=5),
         dt.time(13), 90, "Kontorets mødelokale", 8),
    ]
    for i, (kind, title, day, start, minutes, place, capacity) in enumerate(sessions):
        starts = dt.datetime.combine(day, start, tzinfo=LOCAL_TZ).astimezone(dt.UTC)
        session_id = rows.add(m.GroupSession, kind=kind, title=title, starts_at=starts,
                              ends_at=starts + dt.timedelta(minutes=minutes), place=place,
                              capacity=capacity, host_id=hosts[i % len(hosts)],
                              cancelled=False)
        for citizen_id in citizens[i * 7:i * 7 + min(7, capacity - 1)]:
            rows.add(m.GroupSignup, session_id=session_id, citizen_id=citizen_id,
                     signed_up_by_id=hosts[i % len(hosts)])
    for name, kind, address, offers, contacts in PARTNERS:
        partner_id = rows.add(m.Partner, name=name, kind=kind, phone="", email="",
                              address=address, note=offers, active=True)
        for person, role in contacts:
            rows.add(m.PartnerContact, partner_id=partner_id, name=person, role=role,
                     phone="", email=f"{person.split()[0].lower()}@example.org")
    for title, url, industries in TOOLS:
        rows.add(m.ToolItem, title=title, url=url, file_name="", size=0, industries=industries,
                 languages="", note="Link til en offentlig side", added_by_id=hosts[0])
