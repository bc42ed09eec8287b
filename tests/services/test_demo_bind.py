"""demo_rows.bind_column gives exactly what the columns' own SQLite bind processors give."""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.dialects import sqlite

from app.db import models as m
from app.domain.enums import ContactChannel, ContactKind
from app.services.demo_rows import bind_column

DIALECT = sqlite.dialect()
SAMPLES = {
    "citizen_id": [uuid.uuid4(), None, uuid.UUID(int=0), uuid.UUID(int=2**128 - 1)],
    "next_contact_on": [dt.date(2026, 1, 6), None, dt.date(1, 1, 1), dt.date(9999, 12, 31),
                        dt.date(2024, 2, 29)],
    "kind": [ContactKind.SAMTALE, None, ContactKind.DIGITAL, "telefon"],
    "channel": [ContactChannel.SMS, ContactChannel.PERSONLIGT, None],
    "occurred_at": [dt.datetime(2026, 1, 6, 8, 15, tzinfo=dt.UTC), None,
                    dt.datetime(2026, 7, 1, 9, 30, 0, 123456, tzinfo=ZoneInfo("Europe/Copenhagen")),
                    dt.datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=dt.UTC)],
    "interpreter_used": [True, False, None],
}


@pytest.mark.parametrize("key", sorted(SAMPLES))
def test_a_column_binds_as_its_processor_binds(key: str) -> None:
    column = m.ContactEntry.__table__.c[key]
    process = column.type._cached_bind_processor(DIALECT) or (lambda v: v)
    values = SAMPLES[key]
    assert bind_column(column.type, process, values) == [process(v) for v in values]


def test_a_naive_time_is_refused_as_by_the_processor() -> None:
    column = m.ContactEntry.__table__.c["occurred_at"]
    process = column.type._cached_bind_processor(DIALECT)
    with pytest.raises(ValueError):
        bind_column(column.type, process, [dt.datetime(2026, 1, 6, 8, 15)])


def test_an_unknown_enum_value_is_refused_as_by_the_processor() -> None:
    column = m.ContactEntry.__table__.c["kind"]
    process = column.type._cached_bind_processor(DIALECT)
    with pytest.raises(ValueError):
        bind_column(column.type, process, ["ikke-en-kontaktform"])
