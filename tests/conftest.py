"""Shared fixtures: a fresh, real encrypted store per test; Qt offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.db.keyring import KdfParams
from app.domain.roles import Role
from app.paths import DataPaths
from app.services import staff
from app.services.auth import login
from app.services.context import ServiceContext
from app.services.setup import SetupResult, setup_office


def pytest_configure(config) -> None:
    _worker_pg_database()


def _worker_pg_database() -> None:
    """Under pytest-xdist every worker gets a PostgreSQL database of its own (the central
    suites drop and create their tables), made from the one .ci/run provides."""
    url = os.environ.get("FREMSKUDT_TEST_PG_URL")
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not url or not worker:
        return
    import sqlalchemy as sa

    base = sa.engine.make_url(url)
    name = f"{base.database}_{worker}"
    engine = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        exists = conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"),
                              {"n": name}).first()
        if exists is None:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    os.environ["FREMSKUDT_TEST_PG_URL"] = base.set(database=name).render_as_string(
        hide_password=False)


ADMIN_PASSWORD = "admin-kode-123"
STAFF_PASSWORD = "medarbejder-123"
FAST = KdfParams.fast_for_tests()


@dataclass
class Office:
    paths: DataPaths
    setup: SetupResult
    contexts: list[ServiceContext]

    @property
    def admin(self) -> ServiceContext:
        return self.setup.ctx

    def add_staff(self, username: str, roles: set[Role], full_name: str | None = None
                  ) -> ServiceContext:
        staff.create_account(self.admin, username=username,
                             full_name=full_name or username.title(),
                             password=STAFF_PASSWORD, roles=roles, kdf=FAST)
        ctx = login(self.paths, username, STAFF_PASSWORD)
        self.contexts.append(ctx)
        return ctx


@pytest.fixture
def fast_kdf() -> KdfParams:
    return FAST


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def office(data_paths: DataPaths) -> Iterator[Office]:
    """A new office whose administrator also works as jobkonsulent and jobformidler."""
    result = setup_office(
        data_paths, office_name="Kontoret i Tingbjerg", municipality="København",
        username="admin", full_name="Anna Administrator", password=ADMIN_PASSWORD,
        roles={Role.JOBKONSULENT, Role.JOBFORMIDLER, Role.LEDER}, kdf=FAST,
    )
    holder = Office(data_paths, result, [result.ctx])
    yield holder
    for ctx in holder.contexts:
        ctx.store.close()


class FixedClock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += dt.timedelta(**kwargs)
