"""Logging in, the wrong-password delay, locking and switching users, the start of the day."""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.db.keyring import (
    RECOVERY_HOLDER,
    KdfParams,
    WrongPassword,
    atomic_write,
    normalise_username,
)
from app.db.models import StaffAccount
from app.db.store import OpenStore, open_account, open_with_recovery
from app.domain.enums import AuditAction
from app.domain.errors import FremskudtError
from app.domain.roles import Permission, parse_roles
from app.paths import DataPaths
from app.services import audit, casekeys
from app.services.backups import daily_backup, daily_backup_due
from app.services.context import Clock, CurrentUser, ServiceContext, system_clock
from app.services.retention import daily_anonymisation
from app.services.staff import check_password

log = logging.getLogger(__name__)

# Beside the key ring: the count of wrong passwords in a row, so the delay survives a restart
# (issue 16, point 10). It holds a number and a time, never a username or a password.
FAILURES_FILE = "office.keys.failures.json"


class LoginDelayed(FremskudtError):
    """Too many wrong passwords in a row: the next attempt must wait `seconds`."""

    def __init__(self, template: str, /, seconds: float) -> None:
        super().__init__(template, seconds=max(1, math.ceil(seconds)))
        self.seconds = seconds


class AccountInactive(FremskudtError):
    """The account exists in the key ring but is deactivated or unknown to the office."""


def failures_path(paths: DataPaths) -> Path:
    return paths.keyring.with_name(FAILURES_FILE)


@dataclass
class LoginThrottle:
    """An increasing delay after each wrong password in a row: 1, 2, 4, ... up to 30 seconds.

    With a `path` the count lives in a side file beside the key ring (written atomically), so
    a new process, or a fresh throttle object, continues where the last one stopped; without
    one it is kept in memory. `clock` is wall time (seconds), as the delay must outlive the
    process; a clock set back never makes the wait longer than `max_delay`."""

    path: Path | None = None
    clock: Callable[[], float] = time.time
    max_delay: float = 30.0
    failures: int = 0
    last_failure: float = 0.0

    @classmethod
    def for_paths(cls, paths: DataPaths, clock: Callable[[], float] = time.time
                  ) -> LoginThrottle:
        return cls(failures_path(paths), clock)

    def delay(self, failures: int | None = None) -> float:
        count = self.failures if failures is None else failures
        return min(2.0 ** (count - 1), self.max_delay) if count > 0 else 0.0

    @property
    def blocked_until(self) -> float:
        return self.last_failure + self.delay() if self.failures else 0.0

    def remaining(self) -> float:
        """Seconds until the next attempt is allowed (0: now)."""
        self._load()
        left = self.blocked_until - self.clock()
        return min(max(left, 0.0), self.delay())

    def check(self) -> None:
        remaining = self.remaining()
        if remaining > 0:
            raise LoginDelayed("For mange forkerte forsøg. Vent {seconds} sekunder, og prøv "
                               "igen.", seconds=remaining)

    def record_failure(self) -> float:
        self._load()
        self.failures += 1
        self.last_failure = self.clock()
        self._save()
        log.info("wrong password; %d in a row", self.failures)
        return self.delay()

    def record_success(self) -> None:
        self._load()
        self.failures = 0
        self.last_failure = 0.0
        if self.path is not None:
            with contextlib.suppress(FileNotFoundError):
                os.remove(self.path)

    def _load(self) -> None:
        if self.path is None:
            return
        try:
            doc = json.loads(self.path.read_text("utf-8"))
            self.failures = max(0, int(doc["failures"]))
            self.last_failure = float(doc["last_failure"])
        except FileNotFoundError:
            self.failures, self.last_failure = 0, 0.0
        except (OSError, ValueError, KeyError, TypeError):
            # a damaged side file must not release the brake: the longest delay, counted
            # from when the file was last written
            try:
                written = self.path.stat().st_mtime
            except OSError:
                written = self.clock()
            self.failures, self.last_failure = 6, written

    def _save(self) -> None:
        if self.path is None:
            return
        doc = {"failures": self.failures, "last_failure": self.last_failure}
        atomic_write(self.path, json.dumps(doc).encode("utf-8"))


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
    *,
    start_day: bool = True,
) -> ServiceContext:
    """Open the store as `username`; on a wrong password raise WrongPassword after counting it
    in the throttle (by default the one kept beside this store's key ring).

    `start_day=False` returns as soon as the store is open: the GUI then runs `start_of_day`
    (the day's first backup) as an operation after its window is up."""
    throttle = throttle if throttle is not None else LoginThrottle.for_paths(paths)
    throttle.check()
    try:
        store, staff_private = open_account(paths, username, password)
    except WrongPassword:
        throttle.record_failure()
        raise
    try:
        user = load_user(store, username)
        case_key = casekeys.unlock(store, user.username, user.roles, staff_private)
    except (AccountInactive, casekeys.CaseKeyPending):
        store.close()
        raise
    throttle.record_success()
    ctx = ServiceContext(store, user, clock, case_key)
    with ctx.transaction() as session:
        audit.record(ctx, session, AuditAction.LOGIN, object_type="staff_account",
                     object_id=user.id)
    log.info("login: account %s", user.id)
    if start_day:
        start_of_day(ctx)
    return ctx


def start_of_day_due(ctx: ServiceContext) -> bool:
    """Has today's first opening still to take its backup? (A quick look at the folder.)"""
    return daily_backup_due(ctx.store)


def start_of_day(ctx: ServiceContext) -> Path | None:
    """The first opening of the day: the daily backup, then the anonymisation of unknown
    visitors. Returns the backup made, or None when today's already exists."""
    made = daily_backup(ctx.store)
    if made is not None:
        daily_anonymisation(ctx)
        log.info("daily backup taken: %s", made.name)
    return made


def verify_password(ctx: ServiceContext, username: str, password: str) -> bool:
    """For the idle lock: does the password open the store for this account?"""
    try:
        ctx.store.keyring.unlock_with_password(username, password)
    except WrongPassword:
        return False
    return True


def unlock(ctx: ServiceContext, username: str, password: str,
           throttle: LoginThrottle | None = None) -> ServiceContext:
    """A locked screen: the same user goes on (the same context comes back) or another staff
    member takes over (a new context). Wrong passwords count as at the login."""
    if normalise_username(username) != ctx.user.username:
        return switch_user(ctx, username, password, throttle)
    throttle = throttle if throttle is not None else LoginThrottle.for_paths(ctx.store.paths)
    throttle.check()
    if not verify_password(ctx, ctx.user.username, password):
        throttle.record_failure()
        raise WrongPassword("Forkert brugernavn eller adgangskode.")
    throttle.record_success()
    return ctx


def switch_user(ctx: ServiceContext, username: str, password: str,
                throttle: LoginThrottle | None = None) -> ServiceContext:
    """Another staff member takes over the open store (user switching at a shared desk)."""
    throttle = throttle if throttle is not None else LoginThrottle.for_paths(ctx.store.paths)
    throttle.check()
    try:
        unlocked = ctx.store.keyring.unlock_account(username, password)
    except WrongPassword:
        throttle.record_failure()
        raise
    user = load_user(ctx.store, username)
    staff_private = unlocked.staff_private
    if staff_private is None:  # an account from a version 1 key ring gets its key pair
        staff_private = ctx.store.add_account_key(user.username, password, _kdf_of(ctx, user))
    case_key = casekeys.unlock(ctx.store, user.username, user.roles, staff_private)
    throttle.record_success()
    with ctx.transaction() as session:
        audit.record(ctx, session, AuditAction.LOGOUT, object_type="staff_account",
                     object_id=ctx.user.id)
    new_ctx = ServiceContext(ctx.store, user, ctx.clock, case_key)
    with new_ctx.transaction() as session:
        audit.record(new_ctx, session, AuditAction.LOGIN, object_type="staff_account",
                     object_id=user.id)
    return new_ctx


def _kdf_of(ctx: ServiceContext, user: CurrentUser) -> KdfParams | None:
    return next((w.kdf for w in ctx.store.keyring.wraps
                 if w.kind == "password" and w.username == user.username), None)


def recover_account(paths: DataPaths, recovery_key: bytes, username: str, new_password: str,
                    clock: Clock = system_clock, kdf: KdfParams | None = None) -> ServiceContext:
    """"Glemt adgangskode": open the store with the printed recovery key and give an existing
    account a new password. The recovery is audited under that account. The recovery key
    also opens K_case (sealed to its X25519 key), which is sealed to the account's new key
    pair when its roles hold it."""
    check_password(new_password)
    store = open_with_recovery(paths, recovery_key)
    try:
        user = load_user(store, username)
        if not casekeys.holds_case_key(user.roles) and casekeys.is_unsealed(store):
            raise casekeys.CaseKeyPending(
                "En sagsbehandler skal logge ind først efter opdateringen.")
    except (AccountInactive, casekeys.CaseKeyPending):
        store.close()
        raise
    recovered = store.keyring.open_case_key(
        RECOVERY_HOLDER, store.keyring.recovery_private(recovery_key))
    ctx = ServiceContext(store, user, clock, recovered)
    with ctx.transaction() as session:
        audit.record(ctx, session, AuditAction.CHANGE, object_type="staff_account",
                     object_id=user.id, detail="adgangskode nulstillet med gendannelsesnøgle")
        staff_private = store.add_account_key(user.username, new_password, kdf)
    ctx.case_key = casekeys.unlock(store, user.username, user.roles, staff_private, recovered)
    return ctx


def replace_recovery_key(ctx: ServiceContext) -> bytes:
    """A new recovery key (the old sheet stops working). Administrator only."""
    ctx.require(Permission.ADMIN)
    with ctx.transaction() as session:
        audit.record(ctx, session, AuditAction.CHANGE, object_type="keyring",
                     detail="ny gendannelsesnøgle")
        return ctx.store.replace_recovery_key(ctx.case_key)
