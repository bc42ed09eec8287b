"""The office's own settings, shared by all its workstations (replicated `office_setting`
rows): the invitation letter's template, the office's phone, address and opening hours, and
the hours of open counselling (åben rådgivning) the calendar shows. Only an administrator
changes them; everyone reads them.

A setting's row id is derived from its key, so two workstations that set the same key while
apart make two versions of one row (the replication keeps the later, and the other as a
conflict), never two rows for one key."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app.db import models as m
from app.domain.appointments import (
    DEFAULT_BRING,
    DEFAULT_TEMPLATE,
    OpenHours,
    check_template,
    hours_text,
    parse_open_hours,
)
from app.domain.enums import AuditAction
from app.domain.roles import Permission
from app.domain.values import clean_text
from app.services import audit
from app.services.context import ServiceContext

_NAMESPACE = uuid.UUID("6f1c2f8e-5b0a-4c61-9a55-0e3f4f3b7a21")
LETTER_TEMPLATE = "letter_template"
LETTER_BRING = "letter_bring"
PHONE = "office_phone"
ADDRESS = "office_address"
OPENING_HOURS = "opening_hours"
DROP_IN_HOURS = "drop_in_hours"


def setting_id(key: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, key)


@dataclass(frozen=True)
class OfficeSettings:
    letter_template: str
    letter_bring: str
    phone: str
    address: str
    opening_hours: str  # as the letter prints it
    drop_in_hours: tuple[OpenHours, ...]

    @property
    def drop_in_text(self) -> str:
        return hours_text(self.drop_in_hours)


def _values(session) -> dict[str, str]:
    return dict(session.execute(select(m.OfficeSetting.key, m.OfficeSetting.value)).all())


def read_settings(session) -> OfficeSettings:
    """The settings, in the caller's transaction (defaults where none is set)."""
    values = _values(session)
    try:
        drop_in = parse_open_hours(values.get(DROP_IN_HOURS, ""))
    except ValueError:  # a damaged value (ValidationError is one) shows no hours
        drop_in = ()
    return OfficeSettings(values.get(LETTER_TEMPLATE) or DEFAULT_TEMPLATE,
                          values.get(LETTER_BRING) or DEFAULT_BRING,
                          values.get(PHONE, ""), values.get(ADDRESS, ""),
                          values.get(OPENING_HOURS, ""), drop_in)


def office_settings(ctx: ServiceContext) -> OfficeSettings:
    with ctx.transaction() as session:
        return read_settings(session)


def _put(session, key: str, value: str) -> None:
    row = session.get(m.OfficeSetting, setting_id(key))
    if row is None:
        session.add(m.OfficeSetting(id=setting_id(key), key=key, value=value))
    elif row.value != value:
        row.value = value


def save_settings(ctx: ServiceContext, *, letter_template: str, letter_bring: str, phone: str,
                  address: str, opening_hours: str, drop_in_hours: str) -> None:
    """Save every setting at once, or nothing: a template with an unknown field in braces,
    or open counselling hours that cannot be read, are refused with a Danish message."""
    ctx.require(Permission.ADMIN)
    template = check_template(letter_template)
    hours = hours_text(parse_open_hours(drop_in_hours))
    values = {
        LETTER_TEMPLATE: template,
        LETTER_BRING: clean_text(letter_bring, field="letter_bring", label="Tag med",
                                 max_length=500),
        PHONE: clean_text(phone, field="phone", label="Telefon", max_length=30),
        ADDRESS: clean_text(address, field="address", label="Adresse", max_length=300),
        OPENING_HOURS: clean_text(opening_hours, field="opening_hours", label="Åbningstider",
                                  max_length=300),
        DROP_IN_HOURS: hours,
    }
    with ctx.transaction() as session:
        for key, value in values.items():
            _put(session, key, value)
        audit.record(ctx, session, AuditAction.CHANGE, object_type="office_setting",
                     detail="kontorets indstillinger ændret")
