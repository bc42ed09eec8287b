"""The calendar (issue 20): a week of the whole office opened and painted, against the same
reads through bare sqlcipher3. The office gets a realistic load first (in the benchmark's
working copy): every active course a meeting every other week from eight weeks back to eight
weeks ahead, so a 25,000-citizen office holds about 150,000 meetings and some 9,000 in a week.
So many are counted per half hour from ix_appointment_week without reading a row; a person's
or a makkerskab's week (at most appointment_views.DETAIL_LIMIT) shows each meeting.

    .venv/bin/python -m benchmarks.calendar_week DATA   (as the demo user, offscreen)
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import time
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app.db import models as m
from app.domain.appointments import AppointmentKind, PlaceKind, week_of
from app.domain.enums import CourseStatus
from app.services.appointment_views import DETAIL_LIMIT, local_range
from app.services.context import ServiceContext
from app.services.demo_rows import BulkRows
from app.ui.calendar_page import CalendarPage
from benchmarks.measure_gui import Painted
from benchmarks.table import Row, at_most

WEEKS = 8
LOCAL = ZoneInfo("Europe/Copenhagen")


def fill_meetings(ctx: ServiceContext, seed: int = 1) -> int:
    """Every active course a meeting every other week, WEEKS back and ahead (once)."""
    with ctx.transaction() as session:
        if session.execute(select(func.count()).select_from(m.Appointment)).scalar_one() \
                > 1000:
            return 0
        courses = session.execute(select(m.Course.citizen_id, m.Course.jobformidler_id,
                                         m.Course.caseworker_id)
                                  .where(m.Course.status == CourseStatus.ACTIVE)).all()
        rng = random.Random(seed)
        rows = BulkRows(session, ctx.store.device_id, rng, ctx.now())
        monday = week_of(ctx.today())
        for citizen_id, formidler, caseworker in courses:
            staff = formidler or caseworker
            if staff is None:
                continue
            offset = rng.randrange(14)
            for week in range(-WEEKS, WEEKS, 2):
                day = monday + dt.timedelta(days=7 * week + offset)
                if day.weekday() >= 5:
                    day -= dt.timedelta(days=2)
                start = dt.datetime.combine(day, dt.time(rng.randint(8, 15),
                                                         rng.choice([0, 30])), LOCAL)
                appointment_id = rows.add(
                    m.Appointment, citizen_id=citizen_id, kind=AppointmentKind.FOLLOW_UP,
                    place_kind=PlaceKind.OFFICE, place_text="", starts_at=start,
                    ends_at=start + dt.timedelta(minutes=45), interpreter_needed=False,
                    interpreter_language="", note="", bring="", booked_by_id=staff)
                rows.add(m.AppointmentStaff, appointment_id=appointment_id, staff_id=staff)
        rows.flush()
        return rows.written


def _raw_week(ctx: ServiceContext, first: dt.date, last: dt.date) -> int:
    """The same reads as appointment_views.week: the times from the index, and the meetings
    with names and staff only when there are at most DETAIL_LIMIT."""
    import sqlcipher3

    start, end = local_range(first, last)
    conn = sqlcipher3.connect(str(ctx.store.paths.store))
    try:
        conn.execute(f"PRAGMA key = \"x'{ctx.store._key.hex()}'\"")
        bounds = (start.replace(tzinfo=None).isoformat(sep=" "),
                  end.replace(tzinfo=None).isoformat(sep=" "))
        times = conn.execute("SELECT starts_at, ends_at, outcome FROM appointment "
                             "WHERE starts_at >= ? AND starts_at < ?", bounds).fetchall()
        if len(times) > DETAIL_LIMIT:
            return len(times)
        rows = conn.execute(
            "SELECT a.id, a.citizen_id, c.first_name, c.last_name, a.kind, a.place_kind, "
            "a.place_text, a.starts_at, a.ends_at, a.interpreter_language, a.outcome "
            "FROM appointment a JOIN citizen c ON c.id = a.citizen_id "
            "WHERE a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at, a.id",
            bounds).fetchall()
        ids = [r[0] for r in rows]
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            conn.execute("SELECT s.appointment_id, s.staff_id, f.full_name FROM "
                         "appointment_staff s JOIN staff_account f ON f.id = s.staff_id "
                         f"WHERE s.appointment_id IN ({','.join('?' * len(part))})",
                         part).fetchall()
        return len(rows)
    finally:
        conn.close()


def measure_calendar(app: QApplication, ctx: ServiceContext, watch: Painted,
                     repeats: int) -> list[Row]:
    added = fill_meetings(ctx)
    page = CalendarPage(ctx, lambda _c: None)
    page.resize(1280, 800)
    page.show()
    watch.arm(page)
    watch.wait(app, page)
    page.scope.setCurrentIndex(page.scope.count() - 1)  # Hele kontoret
    app.processEvents()
    app_times, floor, counts = [], [], []
    for i in range(repeats * 2):
        direction = 1 if i % 4 < 2 else -1
        watch.arm(page)
        started = time.perf_counter()
        page.step(direction)
        watch.wait(app, page)
        app_times.append(time.perf_counter() - started)
        days = page.model.days
        started = time.perf_counter()
        counts.append(_raw_week(ctx, days[0], days[-1] + dt.timedelta(days=2)))
        floor.append(time.perf_counter() - started)
    page.close()
    note = (f"median {sorted(counts)[len(counts) // 2]} meetings a week"
            + (f"; {added} meeting rows added to the working copy" if added else ""))
    return [Row("calendar: the office's week opened and painted", "ms", app_times, floor,
                "the same reads through bare sqlcipher3 (counts per slot above "
                f"{DETAIL_LIMIT} meetings)",
                "<= 200 ms", at_most(0.2), note=note)]


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.paths import DataPaths
    from app.services import auth
    from benchmarks.table import render

    ctx = auth.login(DataPaths.resolve(sys.argv[1] if len(sys.argv) > 1 else None),
                     os.environ.get("FREMSKUDT_USER", "demo"),
                     os.environ.get("FREMSKUDT_PASSWORD", "fremskudt-demo"), start_day=False)
    app = QApplication.instance() or QApplication([])
    try:
        rows = measure_calendar(app, ctx, Painted(), 5)
    finally:
        ctx.store.close()
    print(render([r.as_dict() for r in rows]))


if __name__ == "__main__":
    main()
