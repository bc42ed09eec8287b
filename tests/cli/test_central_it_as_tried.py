"""Issue 19 tried by the jobcenter's IT with only the README: `fremskudt enrollment` prints
the workstation's fingerprint that `fremskudt-central enroll` shows (the README has the IT
compare them), with the file's path still the last line; and a month written `2026-1` is
refused as the README says ("one not written YYYY-MM is refused"), not read as January."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain.errors import ValidationError
from app.domain.roles import Role
from app.paths import DataPaths
from app.services.measures import parse_month
from app.services.setup import setup_office
from app.sync.central_keys import CentralFolder
from tests.cli.test_central_cli import central
from tests.cli.test_office_e2e import run
from tests.conftest import ADMIN_PASSWORD, FAST


def test_enrollment_prints_the_fingerprint_the_central_shows(tmp_path: Path) -> None:
    office, root = tmp_path / "kontor", tmp_path / "central"
    setup_office(DataPaths(office), office_name="Kontoret i Tingbjerg", municipality="København",
                 username="admin", full_name="Anna Administrator", password=ADMIN_PASSWORD,
                 roles={Role.JOBKONSULENT}, kdf=FAST).ctx.store.close()
    assert central("init", "--dir", str(root)).returncode == 0
    run("central-key", "add", "--data-dir", str(office), str(CentralFolder(root).public_file))
    enrollment = tmp_path / "tilmelding.json"
    lines = run("enrollment", "--data-dir", str(office), "--out", str(enrollment))
    assert lines[-1] == str(enrollment) and enrollment.is_file()
    printed = lines[0].removeprefix("Fingeraftryk (sammenlign med det, IT læser op): ")
    members = json.loads("\n".join(run("peers", "list", "--data-dir", str(office), "--json")))
    assert printed == next(m["fingerprint"] for m in members if m["this_device"])
    enrolled = central("enroll", "--dir", str(root), str(enrollment), "--yes")
    assert enrolled.returncode == 0, enrolled.stderr
    assert f"Fingeraftryk: {printed}" in enrolled.stdout.splitlines()


@pytest.mark.parametrize("text", ["2026-1", "26-11", "2026-011", "2026/11", "november"])
def test_a_month_not_written_yyyy_mm_is_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_month(text)


def test_a_month_written_yyyy_mm_is_read() -> None:
    assert (parse_month("2026-11").isoformat(), parse_month(" 2026-01 ").month) == (
        "2026-11-01", 1)


def test_init_makes_the_central_folder_private_at_once(tmp_path: Path) -> None:
    root = tmp_path / "central"
    assert central("init", "--dir", str(root)).returncode == 0
    modes = {p.name: p.stat().st_mode & 0o777 for p in (root, *root.rglob("*"))}
    assert modes["central"] == modes["identities"] == 0o700
    assert {mode for name, mode in modes.items() if name not in ("central", "identities")} == {
        0o600}
