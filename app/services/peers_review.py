"""What the workstations page and the record's Konflikter show beyond the member list of
`peers_folder` (issue 18): who admitted each member, the rows waiting for their parent, the
open conflicts, and a conflict's two versions side by side with the ways to settle it.

Settling "other" or "merged" writes the chosen values through the ORM in one transaction, so
the change is stamped like any edit (it dominates both versions and replicates), then closes
the conflict with `peers_folder.resolve_conflict`; every member shows the same result after
the next sync."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Text,
    Uuid,
    func,
    select,
)
from sqlalchemy.types import TypeDecorator

from app.db import casekey
from app.db import models as m
from app.db.types import CaseText
from app.domain.enums import AuditAction
from app.domain.errors import NotFound, ValidationError
from app.domain.roles import Permission
from app.services import audit
from app.services.context import ServiceContext
from app.services.peers_folder import MemberView, list_members, resolve_conflict

# bookkeeping columns every replicated row has: never shown, never settled by hand
_BOOKKEEPING = frozenset({"id", "version_device", "version_counter", "created_at",
                          "updated_at", "hlc", "row_vv", "search_name"})


@dataclass(frozen=True)
class MemberRow:
    member: MemberView
    joined_by: str  # the admitting member's name; "" for the office's first workstation


@dataclass(frozen=True)
class ConflictField:
    column: str
    ours: str  # the version this store holds (the winner)
    theirs: str  # the losing version
    text: bool  # a text column that "Ret en samlet tekst" may write


@dataclass(frozen=True)
class ConflictDetail:
    id: uuid.UUID
    table_name: str
    row_id: uuid.UUID
    kind: str  # "edit" or "delete"
    other_station: str  # the workstation whose version lost
    fields: tuple[ConflictField, ...]  # only the columns where the versions differ


def members(ctx: ServiceContext) -> list[MemberRow]:
    """The member list with the name of the member that admitted each one."""
    views = list_members(ctx)
    names = {v.device_id: v.name for v in views}
    with ctx.transaction() as session:
        admitted = dict(session.execute(select(m.Workstation.id, m.Workstation.joined_by)).all())
    return [MemberRow(v, names.get(admitted.get(v.device_id), "")) for v in views]


def pending_rows(ctx: ServiceContext) -> int:
    """Row versions kept until their parent row arrives (never dropped)."""
    with ctx.transaction() as session:
        return session.execute(select(func.count()).select_from(m.PendingRow)).scalar_one()


def open_conflicts(ctx: ServiceContext) -> int:
    with ctx.transaction() as session:
        return session.execute(select(func.count()).select_from(m.Conflict).where(
            m.Conflict.resolution == "")).scalar_one()


def record_conflicts(ctx: ServiceContext, citizen_id: uuid.UUID) -> list[ConflictDetail]:
    """The open conflicts of one citizen's record: of the citizen row itself and of rows
    that belong to the citizen (directly, or through one of its courses)."""
    ctx.require(Permission.CASE_READ)
    with ctx.transaction() as session:
        courses = {c.hex for c in session.execute(select(m.Course.id).where(
            m.Course.citizen_id == citizen_id)).scalars()}
        stations = dict(session.execute(select(m.Workstation.id, m.Workstation.name)).all())
        out = []
        for c in session.execute(select(m.Conflict).where(m.Conflict.resolution == "")
                                 .order_by(m.Conflict.loser_hlc)).scalars():
            loser = json.loads(c.loser_values) if c.loser_values else {}
            if not (c.row_id == citizen_id or loser.get("citizen_id") == citizen_id.hex
                    or loser.get("course_id") in courses):
                continue
            current = _raw_row(session, c.table_name, c.row_id)
            out.append(ConflictDetail(
                c.id, c.table_name, c.row_id, c.kind, stations.get(c.loser_device, ""),
                _differences(ctx, c.table_name, current, loser) if current else ()))
        return out


def settle(ctx: ServiceContext, conflict_id: uuid.UUID, choice: str,
           merged: dict[str, str] | None = None) -> None:
    """"kept": this store's version stays; "other": the losing version's values are written
    over it; "merged": the given texts are written. Then the conflict is closed."""
    ctx.require(Permission.CASE_WRITE)
    if choice not in ("kept", "other", "merged"):
        raise ValidationError("Ukendt afgørelse af konflikten.", field="resolution")
    if choice != "kept":
        with ctx.transaction() as session:
            conflict = session.get(m.Conflict, conflict_id)
            if conflict is None or conflict.resolution:
                raise NotFound("Konflikten findes ikke.")
            model = _model(conflict.table_name)
            row = session.get(model, conflict.row_id)
            if row is None:
                raise NotFound("Konflikten findes ikke.")
            loser = json.loads(conflict.loser_values) if conflict.loser_values else {}
            current = _raw_row(session, conflict.table_name, conflict.row_id) or {}
            for field in _differences(ctx, conflict.table_name, current, loser):
                column = model.__table__.c[field.column]
                if choice == "other":
                    setattr(row, field.column, _python(ctx, column, loser[field.column]))
                elif merged and field.column in merged and field.text:
                    setattr(row, field.column, merged[field.column].strip())
            audit.record(ctx, session, AuditAction.CHANGE, object_type=conflict.table_name,
                         object_id=conflict.row_id, detail=f"konflikt afgjort: {choice}")
    resolve_conflict(ctx, conflict_id, choice)


def _model(table_name: str):
    for mapper in m.Base.registry.mappers:
        if mapper.local_table.name == table_name:
            return mapper.class_
    raise NotFound("Konflikten findes ikke.")


def _raw_row(session, table_name: str, row_id: uuid.UUID) -> dict | None:
    table = _model(table_name).__table__
    columns = [c.name for c in table.columns]
    row = session.connection().exec_driver_sql(
        f"SELECT {', '.join(columns)} FROM {table.name} WHERE id = ?", (row_id.hex,)).first()
    return dict(zip(columns, row, strict=True)) if row is not None else None


def _differences(ctx: ServiceContext, table_name: str, current: dict, loser: dict
                 ) -> tuple[ConflictField, ...]:
    table = _model(table_name).__table__
    out = []
    for column in table.columns:
        name = column.name
        if name in _BOOKKEEPING or name not in loser or isinstance(column.type, LargeBinary):
            continue
        ours, theirs = _shown(ctx, current.get(name)), _shown(ctx, loser[name])
        if ours != theirs:
            out.append(ConflictField(name, ours, theirs, _is_text(column)))
    return tuple(out)


def _is_text(column) -> bool:
    kind = column.type
    if isinstance(kind, CaseText):
        return True
    return isinstance(kind, String | Text) and not isinstance(kind, TypeDecorator) \
        and not column.foreign_keys


def _shown(ctx: ServiceContext, raw: object) -> str:
    if raw is None:
        return ""
    if casekey.is_sealed(raw):
        if ctx.case_key is None:
            return "…"
        return casekey.open_text(raw, ctx.case_key)
    return str(raw)


def _python(ctx: ServiceContext, column, raw: object) -> object:
    """A raw SQLite value of the losing version as the ORM attribute's value."""
    if raw is None:
        return None
    kind = column.type
    if isinstance(kind, CaseText):
        return casekey.open_text(raw, ctx.case_key) if casekey.is_sealed(raw) else raw
    base = kind.impl if isinstance(kind, TypeDecorator) else kind
    if isinstance(base, Boolean):
        value: object = bool(raw)
    elif isinstance(base, Date):
        value = dt.date.fromisoformat(str(raw))
    elif isinstance(base, DateTime):
        value = dt.datetime.fromisoformat(str(raw))
    elif isinstance(base, Uuid):
        value = uuid.UUID(str(raw))
    elif isinstance(base, Integer):
        value = int(raw)
    else:
        value = raw
    if isinstance(kind, TypeDecorator):
        value = kind.process_result_value(value, None)
    return value
