"""The fingerprint read aloud by phone at setup is one and the same wherever it is printed:
`fremskudt-central init`, `rotate-key` and `keys` on the jobcenter's side, and
`fremskudt central-key add` (the office's pin) on the office's side. Real processes, real
files."""

from __future__ import annotations

import re
from pathlib import Path

from app.domain.roles import Role
from app.paths import DataPaths
from app.services.setup import setup_office
from app.sync.central_keys import CentralFolder, key_fingerprint
from tests.cli.test_central_cli import central
from tests.cli.test_office_e2e import run
from tests.conftest import ADMIN_PASSWORD, FAST

FINGERPRINT = re.compile(r"(?:[0-9A-F]{4} ){7}[0-9A-F]{4}")


def _fingerprints(text: str) -> list[str]:
    return FINGERPRINT.findall(text)


def test_init_keys_and_the_office_pin_print_the_same_fingerprint(tmp_path: Path) -> None:
    root, data = tmp_path / "central", tmp_path / "kontor"
    setup_office(DataPaths(data), office_name="Kontoret i Tingbjerg", municipality="København",
                 username="admin", full_name="Anna Administrator", password=ADMIN_PASSWORD,
                 roles={Role.JOBKONSULENT}, kdf=FAST).ctx.store.close()

    init = central("init", "--dir", str(root))
    assert init.returncode == 0, init.stderr
    [at_init] = _fingerprints(init.stdout)
    listing = central("keys", "--dir", str(root))
    assert listing.returncode == 0, listing.stderr
    [in_keys] = _fingerprints(listing.stdout)
    public = CentralFolder(root).public_file
    [pinned] = _fingerprints("\n".join(run("central-key", "add", "--data-dir", str(data),
                                           str(public))))
    assert at_init == in_keys == pinned
    # it is the one over the recipient and the receipt key, not the recipient's alone
    [key] = CentralFolder(root).public_keys()
    assert pinned == key.trust_fingerprint != key_fingerprint(key.recipient)

    # a new key: what rotate-key prints is what keys lists and the office then pins
    rotated = central("rotate-key", "--dir", str(root))
    assert rotated.returncode == 0, rotated.stderr
    [at_rotation] = _fingerprints(rotated.stdout)
    listing = central("keys", "--dir", str(root))
    assert _fingerprints(listing.stdout) == [at_init, at_rotation]
    pinned_now = _fingerprints("\n".join(run("central-key", "add", "--data-dir", str(data),
                                             str(public))))
    assert sorted(pinned_now) == sorted([at_init, at_rotation])
