"""Logging in, the wrong-password delay, locking and switching users."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from app.db.keyring import KdfParams, WrongPassword, normalise_username
from app.db.models import StaffAccount
from app.db.store import OpenStore, open_with_password, open_with_recovery
from app.domain.enums import AuditAction
from app.domain.errors import FremskudtError
from app.domain.roles import Permission, parse_roles
from app.paths import DataPaths
from app.services import audit
from app.services.backups import daily_backup
from app.services.context import Clock, CurrentUser, ServiceContext, system_clock
from app.services.retention import daily_anonymisation
from app.services.staff import check_password


class LoginDelayed(FremskudtError):
    """Too many wrong passwords in a row: the next attempt must wait."""

    def __init__(self, message: str, seconds: float) -> None:
        super().__init__(message)
        self.seconds = seconds


class AccountInactive(FremskudtError):
    """The account exists in the key ring but is deactivated or unknown to the office."""


@dataclass
class LoginThrottle:
    """An increasing delay after each wrong password: 1, 2, 4, ... up to 30 seconds.

    Kept in memory only, so a wrong password writes nothing to disk."""

    monotonic: Callable[[], float] = time.monotonic
    failures: int = 0
    blocked_until: float = 0.0
    max_delay: float = 30.0

    def check(self) -> None:
        remaining = self.blocked_until - self.monotonic()
        if remaining > 0:
            raise LoginDelayed(
                f"For mange forkerte forsøg. Vent {int(remaining + 0.999)} sekunder, "
                "og prøv igen.",
                remaining,
            )

    def record_failure(self) -> float:
        self.failures += 1
        delay = min(2.0 ** (self.failures - 1), self.max_delay)
        self.blocked_until = self.monotonic() + delay
        return delay

    def record_success(self) -> None:
        self.failures = 0
        self.blocked_until = 0.0


def load_user(store: OpenStore, username: str) -> CurrentUser:
    with store.sessions() as session:
        account = session.execute(
            select(StaffAccount).where(StaffAccount.username == normalise_username(username))
        ).scalar_one_or_none()
    if account is None or not account.active:
        raise AccountInactive("Kontoen er ikke aktiv. Kontakt kontorets administrator.")
    return CurrentUser(account.id, account.username, account.full_name, parse_roles(account.roles))


def login(
    paths: DataPaths,
    username: str,
    password: str,
    throttle: LoginThrottle | None = None,
    clock: Clock = system_clock,
) -> ServiceContext:
    """Open the store as `username`; on a wrong password raise WrongPassword after counting it."""
    if throttle is not None:
        throttle.check()
    try:
        store = open_with_password(paths, username, password)
    except WrongPassword:
        if throttle is not None:
            throttle.record_failure()
        raise
    try:
        user = load_user(store, username)
    except AccountInactive:
        store.close()
        raise
    if throttle is not None:
        throttle.record_success()
    ctx = ServiceContext(store, user, clock)
    with ctx.transaction() as session:
        audit.record(ctx, session, AuditAction.LOGIN, object_type="staff_account",
                     object_id=user.id)
    if daily_backup(store) is not None:  # the first opening of the day
        daily_anonymisation(ctx)
    return ctx


def verify_password(ctx: ServiceContext, username: str, password: str) -> bool:
    """For the idle lock: does the password open the store for this account?"""
    try:
        ctx.store.keyring.unlock_with_password(username, password)
    except WrongPassword:
        return False
    return True


def switch_user(ctx: ServiceContext, username: str, password: str,
                throttle: LoginThrottle | None = None) -> ServiceContext:
    """Another staff member takes over the open store (user switching at a shared desk)."""
    if throttle is not None:
        throttle.check()
    if not verify_password(ctx, username, password):
        if throttle is not None:
            throttle.record_failure()
        raise WrongPassword("Forkert brugernavn eller adgangskode.")
    user = load_user(ctx.store, username)
    if throttle is not None:
        throttle.record_success()
    with ctx.transaction() as session:
        audit.record(ctx, session, AuditAction.LOGOUT, object_type="staff_account",
                     object_id=ctx.user.id)
    new_ctx = ServiceContext(ctx.store, user, ctx.clock)
    with new_ctx.transaction() as session:
        audit.record(new_ctx, session, AuditAction.LOGIN, object_type="staff_account",
                     object_id=user.id)
    return new_ctx


def recover_account(paths: DataPaths, recovery_key: bytes, username: str, new_password: str,
                    clock: Clock = system_clock, kdf: KdfParams | None = None) -> ServiceContext:
    """"Glemt adgangskode": open the store with the printed recovery key and give an existing
    account a new password. The recovery is audited under that account."""
    check_password(new_password)
    store = open_with_recovery(paths, recovery_key)
    try:
        user = load_user(store, username)
    except AccountInactive:
        store.close()
        raise
    ctx = ServiceContext(store, user, clock)
    with ctx.transaction() as session:
        audit.record(ctx, session, AuditAction.CHANGE, object_type="staff_account",
                     object_id=user.id, detail="adgangskode nulstillet med gendannelsesnøgle")
        store.add_account_key(user.username, new_password, kdf)
    return ctx


def replace_recovery_key(ctx: ServiceContext) -> bytes:
    """A new recovery key (the old sheet stops working). Administrator only."""
    ctx.require(Permission.ADMIN)
    with ctx.transaction() as session:
        audit.record(ctx, session, AuditAction.CHANGE, object_type="keyring",
                     detail="ny gendannelsesnøgle")
        return ctx.store.replace_recovery_key()
