"""Referrals end to end (issue 19 points 1-3): the jobcenter's list in at the central, the
downsync bundle into the office's "Henvisninger" inbox, accept (a new citizen, and a known
CPR linked) and decline with a reason, the answers back in the next upsync bundle, the
central showing each referral's state; a replayed or changed bundle changes nothing."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli_referrals import cmd_import_central, cmd_referrals
from app.db import models as m
from app.domain.enums import CourseStatus
from app.domain.errors import ValidationError
from app.services import citizens, referrals, sync
from app.sync import central
from app.sync.central_downsync import DownsyncRefused
from app.sync.central_keys import CentralFolder
from app.sync.central_referrals import import_referrals, referral_states
from app.sync.referral_csv import validated
from tests.conftest import ADMIN_PASSWORD
from tests.sync.central_pg import fresh_central

SECRET = "central-hemmelighed"
ENV = {k: v for k, v in os.environ.items() if not k.startswith("FREMSKUDT_")}
PG_URL = os.environ.get("FREMSKUDT_TEST_PG_URL")
LIST = ("cpr,fornavn,efternavn,adresse,ydelse,aktivitetsparat,sagsbehandler,henvist,note\n"
        "0101901234,Şükrü,Öztürk,Bygaden 4,kontanthjælp,ja,Lise,2026-11-02,Tolk: tyrkisk\n"
        "0202855678,Bo,Hansen,,integrationsydelse,nej,,2026-10-30,\n"
        "0303700000,Ida,Lund,,uddannelseshjælp,ja,,2026-11-20,\n").encode()


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
        engine = fresh_central(folder, PG_URL)
        url = PG_URL
    else:
        url = f"sqlite:///{tmp_path / 'central.db'}"
        engine = central.central_engine(folder, url, passphrase=SECRET)
    identities, signing = folder.load_identities(SECRET), folder.receipt_signing_key(SECRET)

    def upsync(ctx) -> None:
        bundle = sync.export_bundle(ctx, tmp_path / "op")
        central.import_bundle(engine, bundle.path, identities, signing, tmp_path / "rc")

    upsync.url = url
    yield folder, engine, signing, upsync
    engine.dispose()


def test_referrals_in_answers_out(office, hub, tmp_path, monkeypatch) -> None:
    folder, engine, signing, upsync = hub
    ctx = office.admin
    known = citizens.create(ctx, first_name="Bo", last_name="Hansen", cpr="0202855678")
    sync.add_central_keys(ctx, folder.public_file.read_bytes())
    central.enroll(engine, central.read_enrollment(sync.enrollment(ctx)))
    (tmp_path / "op").mkdir()
    upsync(ctx)  # the central learns the office's workstations

    sent = import_referrals(engine, "Kontoret i Tingbjerg",
                            validated(LIST, dt.date(2026, 11, 27))[0], signing, tmp_path / "ned")
    assert sent.added == 3
    monkeypatch.setenv("FREMSKUDT_USER", "admin")
    monkeypatch.setenv("FREMSKUDT_PASSWORD", ADMIN_PASSWORD)
    lines: list[str] = []
    assert cmd_import_central(office.paths, str(sent.bundle), lines.append) == 0
    assert lines == ["Pakke 1 fra jobcentret er indlæst: 3 nye henvisninger."]
    with pytest.raises(DownsyncRefused, match="allerede indlæst"):
        referrals.import_central(ctx, sent.bundle)

    inbox = referrals.inbox(ctx)
    assert [(v.name, v.masked_cpr, v.state) for v in inbox] == [
        ("Bo Hansen", "020285-****", "ny"), ("Şükrü Öztürk", "010190-****", "ny"),
        ("Ida Lund", "030370-****", "ny")]
    bo, sukru, ida = inbox
    assert sukru.note == "Tolk: tyrkisk" and sukru.caseworker_name == "Lise"

    accepted = referrals.accept(ctx, sukru.id)
    linked = referrals.accept(ctx, bo.id)
    assert linked.citizen_id == known.id
    with pytest.raises(ValidationError, match="hvorfor"):
        referrals.decline(ctx, ida.id, "  ")
    declined = referrals.decline(ctx, ida.id, "Flyttet fra boligområdet")
    with pytest.raises(ValidationError, match="allerede besvaret"):
        referrals.accept(ctx, ida.id)
    with ctx.store.sessions() as session:
        course = session.get(m.Course, accepted.course_id)
        assert course.status == CourseStatus.VISITATION
        citizen = session.get(m.Citizen, accepted.citizen_id)
        assert (citizen.cpr, citizen.first_name, citizen.address) == (
            "0101901234", "Şükrü", "Bygaden 4")
        assert session.execute(select(func.count()).select_from(m.Citizen)).scalar() == 2
    assert declined.citizen_id is None

    lines.clear()
    assert cmd_referrals(office.paths, True, lines.append) == 0
    listed = json.loads(lines[0])
    assert [r["status"] for r in listed] == ["accepteret", "accepteret", "afvist"]
    assert "0101901234" not in lines[0]

    assert {s["status"] for s in referral_states(engine)} == {"sendt"}
    upsync(ctx)
    states = {s["id"]: s for s in referral_states(engine, "Kontoret i Tingbjerg")}
    assert states[sukru.id.hex]["status"] == "accepteret"
    assert states[bo.id.hex]["status"] == "accepteret"
    assert (states[ida.id.hex]["status"], states[ida.id.hex]["begrundelse"]) == (
        "afvist", "Flyttet fra boligområdet")


def test_a_changed_bundle_changes_nothing(office, hub, tmp_path) -> None:
    folder, engine, signing, upsync = hub
    ctx = office.admin
    sync.add_central_keys(ctx, folder.public_file.read_bytes())
    central.enroll(engine, central.read_enrollment(sync.enrollment(ctx)))
    (tmp_path / "op").mkdir()
    upsync(ctx)
    sent = import_referrals(engine, "Kontoret i Tingbjerg",
                            validated(LIST, dt.date(2026, 11, 27))[0], signing, tmp_path / "ned")
    changed = bytearray(sent.bundle.read_bytes())
    changed[-5] ^= 0x40
    tampered = tmp_path / "x" / sent.bundle.name
    tampered.parent.mkdir()
    tampered.write_bytes(bytes(changed))
    with pytest.raises(DownsyncRefused):
        referrals.import_central(ctx, tampered)
    assert referrals.inbox(ctx) == []
    with ctx.store.sessions() as session:
        assert session.execute(select(m.JobcenterDownsync)).first() is None


def central_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.central_main", *args],
                          env={**ENV, "FREMSKUDT_CENTRAL_PASSPHRASE": SECRET},
                          capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          timeout=120, check=False)


def test_the_central_command(office, hub, tmp_path) -> None:
    folder, engine, _signing, upsync = hub
    ctx = office.admin
    sync.add_central_keys(ctx, folder.public_file.read_bytes())
    central.enroll(engine, central.read_enrollment(sync.enrollment(ctx)))
    (tmp_path / "op").mkdir()
    upsync(ctx)
    base = ["referrals", "--dir", str(folder.root), "--db", upsync.url]
    bad = tmp_path / "henvisninger.csv"
    bad.write_bytes(LIST + "0101901234,Igen,Igen,,kontanthjælp,ja,,2026-11-02,\n"
                    "3102901234,A,B,,dagpenge,ja,,2026-11-02,\n".encode())
    refused = central_cli(*base, "--office", "Kontoret i Tingbjerg", str(bad))
    assert refused.returncode == 1, refused.stderr
    assert "Linje 5: CPR-nummeret står allerede i linje 2." in refused.stderr
    assert "Linje 6: CPR-nummeret indeholder ikke en gyldig fødselsdato." in refused.stderr
    assert "intet er indlæst" in refused.stderr
    assert central_cli(*base, "--status").stdout.startswith("0 henvisninger")

    done = central_cli(*base, "--office", "Kontoret i Tingbjerg", "--skip-bad", str(bad))
    assert done.returncode == 0, done.stderr
    last = Path(done.stdout.strip().splitlines()[-1])
    assert last.suffix == ".fsd" and last.is_file()
    report = tmp_path / "henvisninger-afviste.txt"
    assert report.read_text(encoding="utf-8").splitlines()[0].startswith("Linje 5: ")
    assert referrals.import_central(ctx, last).added == 3
    again = central_cli(*base, "--office", "Kontoret i Tingbjerg", "--skip-bad", str(bad))
    assert again.returncode == 0 and "Ingen nye henvisninger (3 er indlæst før)" in again.stdout

    ida = next(v for v in referrals.inbox(ctx) if v.name == "Ida Lund")
    referrals.decline(ctx, ida.id, "Ikke i målgruppen")
    upsync(ctx)
    status = central_cli(*base, "--status", "--office", "Kontoret i Tingbjerg")
    assert status.returncode == 0, status.stderr
    assert f"{ida.id.hex}  pakke 1  afvist: Ikke i målgruppen" in status.stdout
    assert status.stdout.strip().splitlines()[-1] == (
        "3 henvisninger: 2 ubesvarede, 0 accepteret, 1 afvist.")
    assert "0101901234" not in status.stdout and "Öztürk" not in status.stdout
    missing = central_cli(*base, "--office", "Kontoret i Tingbjerg", str(tmp_path / "x.csv"))
    assert missing.returncode == 2 and "findes ikke" in missing.stderr
