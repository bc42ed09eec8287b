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
from app.services import dropins
from app.services.context import ServiceContext
from tests.sync.office_sim import make_template, open_member  # noqa: F401 (the LAN tests import it from here)

MEMBERS = 3


def make_office(root: Path) -> list[Path]:
    """Three members joined through a folder (office_sim's template, three instead of five)."""
    return make_template(root, MEMBERS)


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
