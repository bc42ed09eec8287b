"""Rebuilding a lost office from the central (issue 19 point 6), on SQLite and PostgreSQL: the
office's data dir deleted, a new workstation asks (rebuild-request), the central writes the
rebuild bundle (typed confirmation or --yes), the new workstation opens the office from it
with the office digest of the office's data at its last export, the staff log in with their
own passwords, the work after the last bundle is named as lost per workstation, and the new
workstation's bundles are accepted by the central. A foreign key file, a changed byte and a
bundle for another workstation are refused and leave no office."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.enums import ContactChannel, ContactKind
from app.domain.errors import FremskudtError
from app.domain.roles import Role
from app.paths import DataPaths
from app.services import citizens, peers, rebuild, sync
from app.services.auth import login
from app.services.course import log_contact
from app.sync import central
from app.sync.central_keys import CentralFolder
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD
from tests.sync.central_pg import fresh_central

SECRET = "central-hemmelighed"
PG_URL = os.environ.get("FREMSKUDT_TEST_PG_URL")
ENV = {k: v for k, v in os.environ.items() if not k.startswith("FREMSKUDT_")}


@pytest.fixture(scope="module")
def central_dir(tmp_path_factory) -> Path:
    folder = CentralFolder(tmp_path_factory.mktemp("central") / "c")
    folder.init(SECRET)
    return folder.root


@pytest.fixture(params=["sqlite", "postgresql"])
def hub(request, central_dir, tmp_path):
    folder = CentralFolder(central_dir)
    if request.param == "postgresql":
        if not PG_URL:
            pytest.skip("FREMSKUDT_TEST_PG_URL is set by .ci/run when PostgreSQL runs")
        engine, url = fresh_central(folder, PG_URL), PG_URL
    else:
        url = f"sqlite:///{tmp_path / 'central.db'}"
        engine = central.central_engine(folder, url, passphrase=SECRET)
    yield folder, engine, url
    engine.dispose()


def _run(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", module, *args],
                          env={**ENV, "FREMSKUDT_CENTRAL_PASSPHRASE": SECRET},
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=300,
                          check=False)


def _upsync(ctx, folder: CentralFolder, engine, tmp_path: Path) -> central.ImportResult:
    out = tmp_path / "usb"
    out.mkdir(exist_ok=True)
    result = central.import_bundle(engine, sync.export_bundle(ctx, out).path,
                                   folder.load_identities(SECRET),
                                   folder.receipt_signing_key(SECRET), tmp_path / "receipts")
    sync.import_receipt(ctx, result.receipt.read_bytes())
    return result


def test_a_lost_office_is_rebuilt_from_the_central(office, hub, tmp_path) -> None:
    folder, engine, url = hub
    ctx = office.admin
    bo = office.add_staff("bo", {Role.JOBKONSULENT}, "Bo Berg")
    amal = citizens.create(ctx, first_name="Amal", last_name="Said", cpr="0101901234")
    log_contact(bo, amal.id, occurred_at=bo.now(), kind=ContactKind.SAMTALE,
                channel=ContactChannel.TELEFON, note="Ringer tilbage i morgen")
    citizens.create(bo, first_name="Şükrü", last_name="Öztürk")
    sync.add_central_keys(ctx, folder.public_file.read_bytes())
    central.enroll(engine, central.read_enrollment(sync.enrollment(ctx)))
    at_export = peers.digest(ctx)  # nothing changes between this and the export's snapshot
    assert _upsync(ctx, folder, engine, tmp_path).status == "imported"
    citizens.create(ctx, first_name="Efter", last_name="Eksporten")  # never reaches it
    for held in office.contexts:
        held.store.close()
    office.contexts.clear()
    shutil.rmtree(office.paths.root)  # the fire

    new = DataPaths(tmp_path / "ny")
    request = tmp_path / "anmodning.json"
    asked = _run("app", "rebuild-request", "--data-dir", str(new.root), "--name", "Ny PC",
                 "--out", str(request))
    assert asked.returncode == 0, asked.stderr
    no = _run("app.central_main", "rebuild", "--dir", str(folder.root), "--db", url,
              "--office", "Kontoret i Tingbjerg", "--for", str(request))
    assert no.returncode == 1 and "--yes" in no.stderr  # no terminal to type the name in
    made = _run("app.central_main", "rebuild", "--dir", str(folder.root), "--db", url,
                "--office", "Kontoret i Tingbjerg", "--for", str(request), "--yes")
    assert made.returncode == 0, made.stderr
    bundle = Path(made.stdout.strip().splitlines()[-1])
    assert bundle.suffix == ".fsr" and "sidste pakke 1" in made.stdout

    # refused whole, no office left: a key file of another central, a changed byte
    other = CentralFolder(tmp_path / "anden")
    other.init(SECRET)
    with pytest.raises(FremskudtError, match="ikke underskrevet med jobcentrets nøgle"):
        rebuild.rebuild(new, bundle, other.public_file.read_bytes())
    changed = tmp_path / "x" / bundle.name
    changed.parent.mkdir()
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 1
    changed.write_bytes(bytes(data))
    with pytest.raises(FremskudtError, match="afvist"):
        rebuild.rebuild(new, changed, folder.public_file.read_bytes())
    assert not new.store.exists() and not new.keyring.exists()

    done = _run("app", "rebuild", "--data-dir", str(new.root), "--keys",
                str(folder.public_file), str(bundle))
    assert done.returncode == 0, done.stderr
    assert f"Kontrolsum: {at_export}" in done.stdout  # the office at its last export
    assert "TABT: arbejdsstationen" in done.stdout and "efter pakke 1" in done.stdout

    admin = login(new, "admin", ADMIN_PASSWORD)
    try:
        found = {text: [c.name for c in citizens.search(admin, text)]
                 for text in ("Amal", "Şükrü", "Efter")}
        # "Efter" was made after the last bundle that reached the central: lost
        assert found == {"Amal": ["Amal Said"], "Şükrü": ["Şükrü Öztürk"], "Efter": []}
        [note] = [c.note for c in citizens.list_contacts(admin, amal.id)]
        assert note == "Ringer tilbage i morgen"  # case content readable, sealed again
        bo_again = login(new, "bo", STAFF_PASSWORD)
        bo_again.store.close()
        assert _upsync(admin, folder, engine, tmp_path).status == "imported"
    finally:
        admin.store.close()


def test_a_bundle_for_another_workstation_is_refused(office, hub, tmp_path) -> None:
    folder, engine, _url = hub
    ctx = office.admin
    citizens.create(ctx, first_name="Amal")
    sync.add_central_keys(ctx, folder.public_file.read_bytes())
    central.enroll(engine, central.read_enrollment(sync.enrollment(ctx)))
    _upsync(ctx, folder, engine, tmp_path)
    first, second = DataPaths(tmp_path / "a"), DataPaths(tmp_path / "b")
    rebuild.request_rebuild(first, "A", tmp_path / "a.json")
    rebuild.request_rebuild(second, "B", tmp_path / "b.json")
    from app.sync.central_rebuild import read_request
    from app.sync.central_rebuild import rebuild as central_rebuild

    made = central_rebuild(engine, "Kontoret i Tingbjerg",
                           read_request((tmp_path / "a.json").read_bytes()),
                           folder.receipt_signing_key(SECRET), tmp_path / "ud")
    with pytest.raises(FremskudtError, match="afvist"):  # not encrypted to B
        rebuild.rebuild(second, made.path, folder.public_file.read_bytes())
    assert not second.store.exists()
    with pytest.raises(FremskudtError, match="allerede tilmeldt"):  # one request, one bundle
        central_rebuild(engine, "Kontoret i Tingbjerg",
                        read_request((tmp_path / "a.json").read_bytes()),
                        folder.receipt_signing_key(SECRET), tmp_path / "ud")
