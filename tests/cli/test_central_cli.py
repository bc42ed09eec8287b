"""`fremskudt-central` as the jobcenter's IT runs it: a real process, real files. Bad paths
exit 2 with a Danish message and create nothing; `status` and `rotate-receipt-key` give the
office what it needs to continue."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from app.services import sync
from app.sync.central_keys import CentralFolder

ROOT = Path(__file__).resolve().parents[2]
SECRET = "central-hemmelighed"


def central(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("FREMSKUDT_")},
           "FREMSKUDT_CENTRAL_PASSPHRASE": SECRET, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "app.central_main", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300, check=False)


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): (p.read_bytes() if p.is_file() else b"")
            for p in sorted(root.rglob("*"))}


@pytest.fixture
def folder(tmp_path) -> CentralFolder:
    folder = CentralFolder(tmp_path / "c")
    folder.init(SECRET)
    return folder


def _enrollment_without_office() -> bytes:
    return json.dumps({"format": "fremskudt-enrollment", "version": 1,
                       "device_id": str(uuid.uuid4()), "office_id": str(uuid.uuid4()),
                       "public_key": "ab" * 32}).encode()


def test_missing_paths_exit_2_and_create_nothing(folder, tmp_path) -> None:
    (tmp_path / "uden-kontor.json").write_bytes(_enrollment_without_office())
    missing = tmp_path / "mangler"
    cases = [
        (("import", "--dir", str(missing), str(tmp_path / f"{uuid.uuid4().hex}.fsb")),
         "findes ikke"),
        (("enroll", "--dir", str(missing), str(tmp_path / "uden-kontor.json"), "--yes"),
         "findes ikke"),
        (("stats", "--dir", str(missing)), "findes ikke"),
        (("revoke", "--dir", str(missing), str(uuid.uuid4())), "findes ikke"),
        (("status", "--dir", str(missing), str(uuid.uuid4())), "findes ikke"),
        (("enroll", "--dir", str(folder.root), str(missing / "tilmelding.json"), "--yes"),
         "findes ikke"),
        (("stats", "--dir", str(folder.root), "--db", f"sqlite:///{missing / 'c.db'}"),
         "findes ikke"),
        (("import", "--dir", str(folder.root), "--db", f"sqlite:///{missing / 'c.db'}",
          str(tmp_path / f"{uuid.uuid4().hex}.fsb")), "findes ikke"),
        (("stats", "--dir", str(folder.root)), "tilmeld først"),
        (("enroll", "--dir", str(folder.root), str(tmp_path / "uden-kontor.json"), "--yes"),
         "feltet office mangler"),
    ]
    before = _tree(tmp_path)
    for args, text in cases:
        result = central(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.startswith("fremskudt-central: ") and text in result.stderr, args
        assert "Traceback" not in result.stderr
        assert _tree(tmp_path) == before, args


def test_an_unreachable_database_is_one_line_not_a_traceback(folder) -> None:
    result = central("stats", "--dir", str(folder.root), "--db",
                     "postgresql+psycopg://fremskudt:hemmelig@127.0.0.1:9/ingen")
    assert result.returncode == 1
    assert "kan ikke nås" in result.stderr and "Traceback" not in result.stderr
    assert "hemmelig" not in result.stderr  # the password is not printed


def test_status_receipt_on_request_lets_the_office_continue(office, folder,
                                                            tmp_path) -> None:
    ctx = office.admin
    sync.add_central_keys(ctx, folder.public_file.read_bytes())
    enrollment = sync.write_enrollment(ctx, tmp_path / "tilmelding.json")
    enrolled = central("enroll", "--dir", str(folder.root), str(enrollment), "--yes")
    assert enrolled.returncode == 0, enrolled.stderr
    assert "Kontoret i Tingbjerg" in enrolled.stdout
    unknown = central("status", "--dir", str(folder.root), str(uuid.uuid4()))
    assert unknown.returncode == 1 and "ikke tilmeldt" in unknown.stderr
    result = central("status", "--dir", str(folder.root), str(ctx.store.device_id))
    assert result.returncode == 0, result.stderr
    receipt = Path(result.stdout.split("Statuskvittering: ")[1].strip())
    assert receipt.parent == folder.root / "receipts"
    view = sync.import_receipt(ctx, receipt.read_bytes())  # nothing held yet: from 0
    assert view.seq == 0
    assert sync.export_bundle(ctx, tmp_path).seq == 1
    stats = central("stats", "--dir", str(folder.root), "--json")
    assert json.loads(stats.stdout)["devices"][0]["last_seq"] == 0


def test_rotate_receipt_key_gives_the_offices_a_signed_rotation(office, folder) -> None:
    ctx = office.admin
    sync.add_central_keys(ctx, folder.public_file.read_bytes())
    before = sync.central_keys(ctx)[0].trust_fingerprint
    result = central("rotate-receipt-key", "--dir", str(folder.root))
    assert result.returncode == 0, result.stderr
    rotation = next(folder.root.glob("receipt-key-rotation-*.json"))
    assert str(rotation) in result.stdout
    [key] = sync.apply_receipt_key_rotation(ctx, rotation.read_bytes())
    assert key.trust_fingerprint != before
    keys = central("keys", "--dir", str(folder.root))
    assert key.trust_fingerprint in keys.stdout  # the one read aloud matches the office's
