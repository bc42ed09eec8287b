"""What every service call needs, passed in explicitly: the store, the user and the clock."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.db import casekey
from app.db.store import OpenStore
from app.domain.errors import PermissionDenied
from app.domain.roles import Permission, Role, permissions_for
from app.domain.text import N_

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class CurrentUser:
    id: uuid.UUID
    username: str
    full_name: str
    roles: frozenset[Role]
    permissions: frozenset[Permission] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "permissions", permissions_for(self.roles))

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions


_REFUSALS = {
    Permission.QUEUE: N_("Du har ikke adgang til køen i åben rådgivning."),
    Permission.CITIZEN_BASIC: N_("Du har ikke adgang til at slå borgere op."),
    Permission.CASE_READ: N_("Din rolle giver ikke adgang til sagens indhold (noter, helbred, "
    "aftaler og step-up)."),
    Permission.CASE_WRITE: N_("Din rolle giver ikke adgang til at ændre i sagen."),
    Permission.COMPANY: N_("Din rolle giver ikke adgang til virksomhedsnetværket."),
    Permission.REPORTS: N_("Din rolle giver ikke adgang til rapporter."),
    Permission.EXPORT: N_("Din rolle giver ikke adgang til eksport."),
    Permission.ADMIN: N_("Kun en administrator kan gøre dette."),
}


@dataclass
class ServiceContext:
    store: OpenStore
    user: CurrentUser
    clock: Clock = system_clock
    # K_case when the user's roles hold it (app.services.casekeys); None for the counter
    case_key: bytes | None = field(default=None, repr=False)

    def require(self, permission: Permission) -> None:
        if not self.user.can(permission):
            raise PermissionDenied(_REFUSALS[permission])

    def now(self) -> dt.datetime:
        return self.clock()

    def today(self) -> dt.date:
        return self.clock().astimezone().date()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One short transaction per user action: committed on success, rolled back on error.
        Case content in it is sealed and opened with this context's case key only."""
        with casekey.bound(self.case_key), self.store.sessions.begin() as session:
            yield session
