"""A full disk, on a real small filesystem (a 6 MB tmpfs, mounted for the test; skipped where
mounting is not permitted): one clear Danish message, nothing half-written, `check` still
reads, and everything works again once space is freed."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.roles import Role
from app.paths import DataPaths
from app.services import sync
from app.services.setup import setup_office
from app.sync.central_keys import CentralFolder
from tests.conftest import ADMIN_PASSWORD, FAST

ENV = {**{k: v for k, v in os.environ.items() if not k.startswith("FREMSKUDT_")},
       "QT_QPA_PLATFORM": "offscreen", "FREMSKUDT_USER": "admin",
       "FREMSKUDT_PASSWORD": ADMIN_PASSWORD}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True,
                          text=True, env=ENV, timeout=180, check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"mount is not permitted here: {made.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    with open(filler, "wb") as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 65536)
            fh.flush()
    with contextlib.suppress(OSError), open(filler, "ab") as fh:  # the last few blocks
        while True:
            fh.write(b"\0" * 512)
            fh.flush()
    assert os.statvfs(disk).f_bavail == 0
    return filler


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def test_a_full_disk_gets_one_clear_message_and_check_still_reads(small_disk, tmp_path
                                                                  ) -> None:
    paths = DataPaths(small_disk / "office")
    result = setup_office(paths, office_name="Kontoret", municipality="Aarhus",
                          username="admin", full_name="Anna Admin", password=ADMIN_PASSWORD,
                          roles={Role.JOBKONSULENT}, kdf=FAST)
    central = CentralFolder(tmp_path / "central")
    central.init("central-hemmelighed")
    sync.add_central_keys(result.ctx, central.public_file.read_bytes())
    result.ctx.store.close()
    out = small_disk / "usb"
    out.mkdir()
    filler = _fill(small_disk)
    before = _files(paths.root)

    check = run("check", "--data-dir", str(paths.root))
    assert check.returncode == 0, check.stderr
    assert "Integritet: ok" in check.stdout
    assert "Disken er fuld" in check.stderr and "kun med læseadgang" in check.stderr

    for command in (["backup"], ["export", "--out", str(out)]):
        done = run(*command, "--data-dir", str(paths.root))
        assert done.returncode == 1, (command, done.stdout)
        assert "Disken er fuld" in done.stderr, (command, done.stderr)
        assert "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    # nothing half-written: no backup, no temporary file, no bundle
    assert list(out.iterdir()) == []
    assert {name for name in _files(paths.root) - before
            if not name.startswith(paths.store.name + "-")} == set()

    demo = run("demo", "--data-dir", str(small_disk / "demo"), "--citizens", "50")
    assert demo.returncode == 1
    assert "Disken er fuld" in demo.stderr.splitlines()[-1] and "Traceback" not in demo.stderr
    assert _files(small_disk / "demo") == set()  # the half-made demo is removed

    filler.unlink()  # space again: everything works, the store is whole
    backup = run("backup", "--data-dir", str(paths.root))
    assert backup.returncode == 0, backup.stderr
    check = run("check", "--data-dir", str(paths.root))
    assert check.returncode == 0 and "Disken" not in check.stderr, check.stderr


def test_the_backup_of_a_full_disk_leaves_no_temporary_file(office, small_disk) -> None:
    from app.db.backup import online_backup
    from app.db.engine import DiskFull

    folder = small_disk / "backups"
    folder.mkdir()
    _fill(small_disk)
    with pytest.raises(DiskFull, match="Disken er fuld") as refused:
        online_backup(office.admin.store.engine, office.admin.store._key, folder, "manual")
    assert refused.value.params == {"folder": folder}
    assert list(folder.iterdir()) == []
    # the store itself is untouched and still writable (it is not on the full disk)
    from app.services import citizens

    citizens.create(office.admin, first_name="Efter", last_name=uuid.uuid4().hex[:6])
