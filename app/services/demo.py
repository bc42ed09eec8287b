"""`fremskudt demo`: a demo office with realistic fake Danish data (Faker da_DK).

Citizens with valid CPR numbers, staff in makkerskaber, companies with valid CVR numbers, courses
in every step, job goals and CVs, contacts, agreements with paid hours, drop-in visits and a
step-up. Deterministic for a given seed and date. Rows are written in bulk with Core inserts and
stamped from one reserved block of the device counter, so 25,000 citizens take seconds, not
minutes. The rows are drawn by app.services.demo_generator and written by
app.services.demo_rows; this module sets up the office and runs them.
"""

from __future__ import annotations

import datetime as dt
import random
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from app.db import models as m
from app.db.backup import online_backup
from app.db.keyring import KdfParams
from app.db.store import mark_finished, mark_unfinished, remove_unfinished, require_absent
from app.domain.enums import (
    AuditAction,
)
from app.domain.roles import Role
from app.paths import DataPaths
from app.services import audit, casekeys
from app.services.bulk_work import cycle_collection_paused
from app.services.caseload import refresh_due
from app.services.context import Clock, ServiceContext, system_clock
from app.services.demo_appointments import add_week_of_meetings
from app.services.demo_cases import add_cases, case_count
from app.services.demo_generator import DemoGenerator
from app.services.demo_rows import LOCAL_TZ, BulkRows, fake_cpr, fake_phone
from app.services.demo_team import add_team_demo
from app.services.setup import SetupResult, setup_office
from app.services.staff import add_account_row

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "fremskudt-demo"
CHUNK = 2500  # citizens per bulk write

Progress = Callable[[int, int], None]

STAFF = [
    ("Mette Kjær Jensen", {Role.JOBKONSULENT}),
    ("Ahmed Yusuf", {Role.JOBKONSULENT}),
    ("Line Sørensen", {Role.JOBKONSULENT}),
    ("Jonas Brandt", {Role.JOBFORMIDLER}),
    ("Fatima El-Sayed", {Role.JOBFORMIDLER}),
    ("Rasmus Møller", {Role.JOBFORMIDLER}),
    ("Sofie Lund", {Role.SKRANKE}),
    ("Birgitte Holm", {Role.LEDER}),
]


@dataclass(frozen=True)
class DemoResult:
    ctx: ServiceContext
    citizens: int
    rows: int
    seconds: float
    recovery_key: bytes


def create_demo_office(
    paths: DataPaths,
    *,
    citizens: int,
    seed: int = 1,
    username: str = DEMO_USERNAME,
    password: str = DEMO_PASSWORD,
    kdf: KdfParams | None = None,
    today: dt.date | None = None,
    clock: Clock = system_clock,
    progress: Progress | None = None,
    contacts_per_course: int = 1,
) -> DemoResult:
    """A new demo office in `paths`; its first account holds every role. It ends with the
    office's first backup. `contacts_per_course` multiplies the contacts drawn per course (the
    benchmarks' office, issue 22, has about 20 per citizen). A demo that fails (a full disk) or
    is killed half-way is marked unfinished: it is removed, here on failure or by the next demo
    after a kill."""
    started = time.perf_counter()
    remove_unfinished(paths)  # a demo killed half-way before
    require_absent(paths)  # never mark or touch a real office
    setup: SetupResult | None = None
    try:
        mark_unfinished(paths)
        setup = _setup(paths, username, password, kdf, clock)
        with cycle_collection_paused():  # rows by the hundred thousand (issue 22)
            written = _fill(setup, citizens=citizens, seed=seed, password=password, kdf=kdf,
                            today=today or clock().astimezone(LOCAL_TZ).date(), clock=clock,
                            progress=progress, contact_scale=contacts_per_course)
        store = setup.ctx.store
        online_backup(store.engine, store._key, paths.backups, "daily")
    except BaseException:
        if setup is not None:
            setup.ctx.store.close()
        remove_unfinished(paths)
        raise
    mark_finished(paths)
    return DemoResult(setup.ctx, citizens, written, time.perf_counter() - started,
                      setup.recovery_key)


def _setup(paths: DataPaths, username: str, password: str, kdf: KdfParams | None,
           clock: Clock) -> SetupResult:
    return setup_office(
        paths, office_name="Demokontoret, Fremskudt Jobcenter", municipality="Demokommune",
        username=username, full_name="Demo Administrator", password=password,
        password_repeat=password, roles=set(Role), kdf=kdf, clock=clock,
    )


def _fill(setup: SetupResult, *, citizens: int, seed: int, password: str,
          kdf: KdfParams | None, today: dt.date, clock: Clock,
          progress: Progress | None, contact_scale: int = 1) -> int:
    """The demo's staff, companies, citizens and drop-ins; returns the rows written."""
    rng = random.Random(seed)
    ctx = setup.ctx
    store = ctx.store
    now = clock()
    with ctx.transaction() as session:
        office_id = session.query(m.Office.id).scalar()
        staff: dict[str, list] = defaultdict(list)
        staff_names: dict[uuid.UUID, str] = {}
        staff_rows = []
        for full_name, roles in STAFF:
            demo_user = full_name.split()[0].lower().replace("ø", "oe").replace("æ", "ae")
            account = add_account_row(session, office_id, demo_user, full_name, frozenset(roles))
            staff_rows.append(demo_user)
            staff_names[account.id] = full_name
            for role in roles:
                staff[role.value].append(account.id)
        consultants, formidlere = staff[Role.JOBKONSULENT.value], staff[Role.JOBFORMIDLER.value]
        partnerships = list(zip(consultants, formidlere, strict=True))
        rows = BulkRows(session, store.device_id, rng, now)
        for i, (cw, jf) in enumerate(partnerships, start=1):
            rows.add(m.Partnership, name=f"Makkerskab {i}", caseworker_id=cw, jobformidler_id=jf)
        gen = DemoGenerator(rows, rng, today, staff, partnerships, staff_names)
        gen.contact_scale = contact_scale
        gen.companies_block(max(20, citizens // 40))
        rows.flush()
    for username_ in staff_rows:
        store.add_account_key(username_, password, kdf)
    with ctx.transaction() as session:
        casekeys.reconcile(store, ctx.case_key, session)  # K_case for the case roles
    done = 0
    regular = citizens - case_count(citizens)  # the issue-15 worked cases count among them
    while done < regular:
        batch = min(CHUNK, regular - done)
        with ctx.transaction() as session:
            gen.rows.session = session
            for _ in range(batch):
                gen.citizen()
            gen.rows.flush()
        done += batch
        if progress is not None:
            progress(done, citizens)
    with ctx.transaction() as session:
        gen.rows.session = session
        gen.drop_ins(max(10, citizens // 8), staff[Role.SKRANKE.value][0],
                     consultants + formidlere)
        if regular < citizens:
            add_cases(gen, seed, new_cpr=fake_cpr, new_phone=fake_phone, tz=LOCAL_TZ)
        gen.rows.flush()
        add_team_demo(gen.rows, session, today, formidlere)  # issue 20: groups, partners
        gen.rows.flush()
        add_week_of_meetings(session, gen.rows, rng, today, now,  # issue 20
                             keep_clear=gen.case_citizens)
        gen.rows.flush()
        audit.record(ctx, session, AuditAction.CREATE, object_type="office",
                     detail=f"demodata: {citizens} borgere, seed {seed}")
    with ctx.transaction() as session:
        refresh_due(session, today)
    return gen.rows.written
