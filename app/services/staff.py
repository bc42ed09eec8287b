"""Staff accounts: creating, roles, passwords. Administrator only, except one's own password."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app.db.keyring import KdfParams, normalise_username
from app.db.models import Office, StaffAccount
from app.domain.enums import AuditAction
from app.domain.errors import DuplicateError, NotFound, ValidationError
from app.domain.roles import Permission, Role, format_roles, parse_roles
from app.domain.values import clean_text
from app.services import audit, casekeys
from app.services.context import ServiceContext

MIN_PASSWORD = 10
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


@dataclass(frozen=True)
class StaffView:
    id: uuid.UUID
    username: str
    full_name: str
    initials: str
    roles: frozenset[Role]
    active: bool


def check_username(username: str) -> str:
    name = normalise_username(username)
    if not _USERNAME.match(name):
        raise ValidationError(
            "Brugernavnet skal være 2-32 tegn: små bogstaver a-z, tal, punktum, bindestreg "
            "eller understregning.",
            field="username",
        )
    return name


def check_password(password: str, repeat: str | None = None) -> str:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError("Adgangskoden skal have mindst {n} tegn.", field="password",
                              n=MIN_PASSWORD)
    if repeat is not None and password != repeat:
        raise ValidationError("De to adgangskoder er ikke ens.", field="password_repeat")
    return password


def check_roles(roles: set[Role] | frozenset[Role]) -> frozenset[Role]:
    if not roles:
        raise ValidationError("Vælg mindst én rolle.", field="roles")
    return frozenset(Role(r) for r in roles)


def initials_of(full_name: str) -> str:
    parts = [p for p in re.split(r"[\s-]+", full_name) if p]
    return "".join(p[0] for p in parts[:3]).upper()


def add_account_row(session, office_id: uuid.UUID, username: str, full_name: str,
                    roles: frozenset[Role]) -> StaffAccount:
    """Insert the account row (shared by setup, the admin screen and the demo office)."""
    existing = session.execute(
        select(StaffAccount.id).where(StaffAccount.username == username)
    ).scalar_one_or_none()
    if existing is not None:
        raise DuplicateError("Brugernavnet er allerede i brug.", existing, field="username")
    account = StaffAccount(
        office_id=office_id,
        username=username,
        full_name=full_name,
        initials=initials_of(full_name),
        roles=format_roles(roles),
        active=True,
    )
    session.add(account)
    session.flush()
    return account


def create_account(
    ctx: ServiceContext,
    *,
    username: str,
    full_name: str,
    password: str,
    roles: set[Role],
    kdf: KdfParams | None = None,
) -> StaffView:
    ctx.require(Permission.ADMIN)
    username = check_username(username)
    full_name = clean_text(full_name, field="full_name", label="Navn", required=True)
    check_password(password)
    role_set = check_roles(roles)
    with ctx.transaction() as session:
        office_id = session.execute(select(Office.id)).scalar_one()
        account = add_account_row(session, office_id, username, full_name, role_set)
        audit.record(ctx, session, AuditAction.CREATE, object_type="staff_account",
                     object_id=account.id, detail=f"roller: {format_roles(role_set)}")
        # The key wrap is written last, inside the transaction: if it fails, no account row.
        ctx.store.add_account_key(username, password, kdf)
        casekeys.reconcile(ctx.store, ctx.case_key, session)  # K_case for a case role
        return _view(account)


def list_accounts(ctx: ServiceContext) -> list[StaffView]:
    """Names and roles of the office's staff: every role may see who works here."""
    with ctx.transaction() as session:
        rows = session.execute(select(StaffAccount).order_by(StaffAccount.full_name)).scalars()
        return [_view(a) for a in rows]


def change_password(ctx: ServiceContext, username: str, new_password: str,
                    kdf: KdfParams | None = None) -> None:
    username = normalise_username(username)
    if username != ctx.user.username:
        ctx.require(Permission.ADMIN)
    check_password(new_password)
    with ctx.transaction() as session:
        account = session.execute(
            select(StaffAccount).where(StaffAccount.username == username)
        ).scalar_one_or_none()
        if account is None:
            raise NotFound("Kontoen findes ikke.")
        audit.record(ctx, session, AuditAction.CHANGE, object_type="staff_account",
                     object_id=account.id, detail="adgangskode skiftet")
        # a new key pair under the new password; K_case is sealed again to its public key
        ctx.store.add_account_key(username, new_password, kdf)
        casekeys.reconcile(ctx.store, ctx.case_key, session)


def set_roles(ctx: ServiceContext, username: str, roles: set[Role]) -> StaffView:
    """Change an account's roles. Granting a role that holds K_case seals K_case to the
    account's public key (the administrator's session holds K_case); taking the last such
    role away removes that seal."""
    ctx.require(Permission.ADMIN)
    role_set = check_roles(roles)
    with ctx.transaction() as session:
        account = session.execute(
            select(StaffAccount).where(StaffAccount.username == normalise_username(username))
        ).scalar_one_or_none()
        if account is None:
            raise NotFound("Kontoen findes ikke.")
        account.roles = format_roles(role_set)
        session.flush()
        audit.record(ctx, session, AuditAction.CHANGE, object_type="staff_account",
                     object_id=account.id, detail=f"roller: {format_roles(role_set)}")
        casekeys.reconcile(ctx.store, ctx.case_key, session)
        return _view(account)


def _view(a: StaffAccount) -> StaffView:
    return StaffView(a.id, a.username, a.full_name, a.initials, parse_roles(a.roles), a.active)
