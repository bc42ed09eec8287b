"""Column types: UTC timestamps, exact hours, enums stored by value, and case content sealed
under the case data key."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import DateTime, Integer, String, Text, TypeDecorator

from app.db import casekey


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes; stored naive in UTC because SQLite keeps no offset."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


class Hours(TypeDecorator[Decimal]):
    """Hours with two decimals, stored exactly as an integer number of hundredths."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return int((Decimal(value) * 100).to_integral_value())

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return (Decimal(value) / 100).quantize(Decimal("0.01"))


class Money(Hours):
    """Kroner with øre, stored as integer øre."""

    cache_ok = True


class ValueEnum(TypeDecorator[enum.Enum]):
    """A Python enum stored by its value in a short string column."""

    impl = String(32)
    cache_ok = True

    def __init__(self, enum_type: type[enum.Enum]) -> None:
        super().__init__()
        self.enum_type = enum_type
        self._by_value = {str(member.value): member for member in enum_type}

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return str(self.enum_type(value).value)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return self._by_value[str(value)]

    def __repr__(self) -> str:
        return "sa.String(length=32)"


class CaseText(TypeDecorator[str]):
    """Case content: AES-256-GCM under the case data key bound to the running transaction
    (app.db.casekey). Never used in a WHERE or ORDER BY: the stored text is ciphertext."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return casekey.seal_bound(value)

    def process_result_value(self, value, dialect):
        return casekey.open_bound(value)

    def __repr__(self) -> str:
        return "sa.Text()"


class CaseString(CaseText):
    """CaseText in a column declared with a length (the schema keeps its VARCHAR(n))."""

    impl = String
    cache_ok = True

    def __repr__(self) -> str:
        return f"sa.String(length={self.impl.length})"
