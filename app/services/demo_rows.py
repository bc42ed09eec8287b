"""The demo's bulk writer and its fake values: rows collected per model, bound column by column
with the columns' own bind processors and written with one executemany per table (a Core insert
binds row by row: two thirds of the demo's write time, issue 22), stamped from one reserved
block of the device counter; valid CPR and CVR numbers, Danish phone numbers and office hours
in local time."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import defaultdict
from collections.abc import Callable
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnDefault, Date, Table, Uuid
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

from app.db import models as m
from app.db.changelog import allocate_counters
from app.db.types import UtcDateTime, ValueEnum

LOCAL_TZ = ZoneInfo("Europe/Copenhagen")


class BulkRows:
    """Collects rows per model and writes them in bulk, stamped from one counter block."""

    def __init__(self, session: Session, device_id: uuid.UUID, rng: random.Random,
                 now: dt.datetime) -> None:
        self.session = session
        self.device_id = device_id
        self.rng = rng
        self.now = now
        self.pending: dict[type[m.Base], list[dict]] = defaultdict(list)
        self.written = 0

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def add(self, model: type[m.Base], **values: object) -> uuid.UUID:
        values.setdefault("id", self.new_id())
        self.pending[model].append(values)
        return values["id"]  # type: ignore[return-value]

    def flush(self) -> None:
        total = sum(len(rows) for rows in self.pending.values())
        if not total:
            return
        counter = allocate_counters(self.session, self.device_id, total)
        order = {t.name: i for i, t in enumerate(m.Base.metadata.sorted_tables)}
        connection = self.session.connection()
        for model in sorted(self.pending, key=lambda mod: order[mod.__table__.name]):
            rows = self.pending[model]
            sql, params = self._statement(model.__table__, rows, counter, connection.dialect)
            connection.exec_driver_sql(sql, params)
            counter += len(rows)
            self.written += len(rows)
        self.pending.clear()

    def _statement(self, table: Table, rows: list[dict], counter: int,
                   dialect: Dialect) -> tuple[str, list[tuple]]:
        """The INSERT for `rows` and their parameters, bound column by column with the columns'
        own bind processors (what a Core insert does row by row, at a fraction of the cost):
        the counter stamps run on from `counter`; a value missing from a row takes the
        column's default as a Core insert would, scalar or callable."""
        stamps: dict[str, object] = {"version_device": self.device_id, "created_at": self.now,
                                     "updated_at": self.now}
        keys = set().union(*rows)
        names, values = [], []
        for column in table.columns:
            key, default = column.key, column.default
            if key not in keys and key not in stamps and key != "version_counter" \
                    and default is None:
                continue  # left to the database (server default or NULL)
            process = column.type._cached_bind_processor(dialect) or _same
            if key == "version_counter":
                column_values: list = list(range(counter, counter + len(rows)))
            elif key in stamps:
                column_values = [process(stamps[key])] * len(rows)
            elif key not in keys and default is not None and default.is_scalar:
                column_values = [process(default.arg)] * len(rows)
            else:
                column_values = bind_column(column.type, process,
                                            _column(rows, key, default))
            names.append(dialect.identifier_preparer.quote(column.name))
            values.append(column_values)
        sql = (f"INSERT INTO {dialect.identifier_preparer.format_table(table)} "
               f"({', '.join(names)}) VALUES ({', '.join('?' * len(names))})")
        return sql, list(zip(*values, strict=True))


def _same(value: object) -> object:
    return value


def bind_column(kind: TypeEngine, process: Callable[[object], object], values: list) -> list:
    """`process` over one column's values; ids, dates, times and enums, most of the demo's values,
    converted the way their SQLite bind processors do without a call per value (anything
    else, None included, still goes through `process`)."""
    if type(kind) is Uuid:  # 32 hex digits in SQLite
        return [v.hex if type(v) is uuid.UUID else process(v) for v in values]
    if type(kind) is Date:  # ISO text
        return [v.isoformat() if type(v) is dt.date else process(v) for v in values]
    if type(kind) is UtcDateTime:  # naive UTC text, to the microsecond
        utc = dt.UTC
        return [v.astimezone(utc).replace(tzinfo=None).isoformat(" ", "microseconds")
                if type(v) is dt.datetime and v.tzinfo is not None else process(v)
                for v in values]
    if isinstance(kind, ValueEnum):  # the member's value
        text = {member: str(member.value) for member in kind.enum_type}
        return [text[v] if v in text else process(v) for v in values]
    return list(map(process, values))


class _RowContext:
    """What a callable column default sees of the row being inserted."""

    def __init__(self, row: dict) -> None:
        self.row = row

    def get_current_parameters(self) -> dict:
        return self.row


def _column(rows: list[dict], key: str, default: ColumnDefault | None) -> list:
    """One column's values; a row without the key takes the column default."""
    if default is None:
        return [row.get(key) for row in rows]
    if default.is_scalar:
        return [row.get(key, default.arg) for row in rows]
    return [row[key] if key in row else default.arg(_RowContext(row)) for row in rows]


def fake_cpr(rng: random.Random, used: set[str]) -> tuple[str, dt.date]:
    while True:
        year = rng.randint(1962, 2005)
        birth = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))
        # seventh digit and century (CPR-kontoret): 0-3 -> 1900s; 4-9 with year <= 36 -> 2000s
        seventh = rng.randint(0, 3) if year < 2000 else rng.choice([4, 9])
        number = f"{birth:%d%m%y}{seventh}{rng.randrange(1000):03d}"
        if number not in used:
            used.add(number)
            return number, birth


def fake_cvr(rng: random.Random, used: set[str]) -> str:
    weights = (2, 7, 6, 5, 4, 3, 2)
    while True:
        body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(6)]
        check = (11 - sum(w * d for w, d in zip(weights, body, strict=True)) % 11) % 11
        if check == 10:
            continue
        number = "".join(map(str, body)) + str(check)
        if number not in used:
            used.add(number)
            return number


def fake_phone(rng: random.Random) -> str:
    digits = f"{rng.choice([2, 3, 4, 5, 6, 7, 9])}{rng.randrange(10_000_000):07d}"
    return " ".join(digits[i : i + 2] for i in range(0, 8, 2))


def time_on(day: dt.date, rng: random.Random, first_hour: int = 9,
            last_hour: int = 15) -> dt.datetime:
    local = dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour),
                                             rng.choice([0, 15, 30, 45])), LOCAL_TZ)
    return local.astimezone(dt.UTC)


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(day: dt.date, months: int) -> dt.date:
    y, mth = divmod(day.month - 1 + months, 12)
    return dt.date(day.year + y, mth + 1, 1)
