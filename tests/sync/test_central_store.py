"""The central's data at rest: the SQLite store is encrypted with a key from the central
passphrase (Argon2id, salt in a side file), a plain store of an older version is encrypted in
place, and the central folder is private (folders 700, files 600)."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from app.services import sync
from app.sync import central
from app.sync.central_keys import CentralFolder

SECRET = "central-hemmelighed"
ENV = {k: v for k, v in os.environ.items() if not k.startswith("FREMSKUDT_")}


def central_cli(*args: str, secret: str | None = SECRET) -> subprocess.CompletedProcess[str]:
    env = {**ENV, **({"FREMSKUDT_CENTRAL_PASSPHRASE": secret} if secret else {})}
    return subprocess.run([sys.executable, "-m", "app.central_main", *args], env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          timeout=120, check=False)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_central_store_is_encrypted_and_private(office, tmp_path) -> None:
    root = tmp_path / "central"
    assert central_cli("init", "--dir", str(root)).returncode == 0
    folder = CentralFolder(root)
    sync.add_central_keys(office.admin, folder.public_file.read_bytes())
    enrollment = tmp_path / "tilmelding.json"
    enrollment.write_bytes(sync.enrollment(office.admin))
    enrolled = central_cli("enroll", "--dir", str(root), "--yes", str(enrollment))
    assert enrolled.returncode == 0, enrolled.stderr
    stats = central_cli("stats", "--dir", str(root), "--json")
    assert stats.returncode == 0, stats.stderr
    assert "Kontoret i Tingbjerg" in stats.stdout

    db = root / "central.db"
    data = db.read_bytes()
    assert not data.startswith(b"SQLite format 3") and b"Tingbjerg" not in data
    for path in root.rglob("*"):
        if path.is_dir():
            assert _mode(path) == 0o700, path
        elif path.name.startswith("central.db"):
            assert _mode(path) == 0o600, path
    assert _mode(root) == 0o700

    wrong = central_cli("stats", "--dir", str(root), secret="forkert-frase")
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    assert "Forkert adgangsfrase til den centrale database" in wrong.stderr
    missing = central_cli("stats", "--dir", str(root), secret=None)
    assert missing.returncode == 1 and "FREMSKUDT_CENTRAL_PASSPHRASE" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_a_plain_store_of_an_older_version_is_encrypted_in_place(tmp_path) -> None:
    folder = CentralFolder(tmp_path / "central")
    folder.root.mkdir()
    plain = create_engine(f"sqlite:///{folder.root / 'central.db'}")
    central.CentralBase.metadata.create_all(plain)
    with Session(plain) as session, session.begin():
        session.add(central.Device(device_id="d1", office_id="o1", office="Kontoret Gammel",
                                   workstation="PC", public_key="00" * 32,
                                   enrolled_at=dt.datetime(2026, 1, 1), last_seq=3,
                                   last_sha256=""))
    plain.dispose()
    engine = central.central_engine(folder, passphrase=SECRET)
    try:
        with Session(engine) as session:
            device = session.execute(select(central.Device)).scalar_one()
        assert (device.office, device.last_seq) == ("Kontoret Gammel", 3)
    finally:
        engine.dispose()
    data = (folder.root / "central.db").read_bytes()
    assert not data.startswith(b"SQLite format 3") and b"Kontoret Gammel" not in data
    assert [p.name for p in folder.root.iterdir() if p.name.startswith(".")] == []
