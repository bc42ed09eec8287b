"""A three-member office for the LAN tests (issue 23): made once per session by the real join
through a folder, copied per test."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import models as m
from app.domain.enums import DropInReason
from app.paths import DataPaths
from app.services import dropins
from app.services.context import ServiceContext
from tests.sync.office_sim import open_member

MEMBERS = 3


def make_office(root: Path) -> list[Path]:
    """Three joined members (of office_sim's template of five, only three joined here)."""
    from app.domain.roles import Role
    from app.services import peers_folder, peers_join
    from app.services.setup import setup_office
    from tests.conftest import ADMIN_PASSWORD, FAST
    from tests.sync.office_sim import exchange

    folder = root / "folder"
    folder.mkdir(parents=True)
    dirs = [root / f"m{i}" for i in range(MEMBERS)]
    first = setup_office(DataPaths(dirs[0]), office_name="Kontoret", municipality="Kbh",
                         username="admin", full_name="Anna Admin", password=ADMIN_PASSWORD,
                         roles={Role.JOBKONSULENT}, kdf=FAST).ctx
    for index, data in enumerate(dirs[1:], start=1):
        code = peers_join.invite(first).code
        peers_join.request_join(DataPaths(data), folder, code, f"Station {index}")
        peers_folder.sync_folder(first, folder, lambda *_a: True)
        assert peers_join.complete_join(DataPaths(data), folder) is not None
    first.store.close()
    contexts = [open_member(d) for d in dirs]
    exchange(contexts)
    for ctx in contexts:
        ctx.store.close()
    return dirs


def copy_office(template: list[Path], root: Path) -> list[Path]:
    out = []
    for index, data in enumerate(template):
        target = root / f"m{index}"
        shutil.copytree(data, target)
        out.append(target)
    return out


def register(ctx: ServiceContext, label: str) -> None:
    dropins.register(ctx, reasons=[next(iter(DropInReason))], visitor_label=label)


def labels(ctx: ServiceContext) -> set[str]:
    with ctx.store.sessions() as session:
        return set(session.execute(select(m.DropInVisit.visitor_label)).scalars())


def wait_for(check, seconds: float) -> float:
    """Seconds until check() held; AssertionError after `seconds`."""
    start = time.monotonic()
    while not check():
        if time.monotonic() - start > seconds:
            raise AssertionError(f"not within {seconds} s")
        time.sleep(0.02)
    return time.monotonic() - start


@pytest.fixture(scope="session")
def lan_template(tmp_path_factory) -> list[Path]:
    return make_office(tmp_path_factory.mktemp("lan-template"))
