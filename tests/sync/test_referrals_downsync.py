"""Referrals stored at the central and sent in downsync bundles (issue 19 points 1-2): the
same rows twice add nothing; the bundle opens only for the office's workstations, signed by
the central's pinned key, in sequence; foreign, replayed, out-of-order and changed bundles
are refused whole; stock age opens one with the workstation's identity."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519
from sqlalchemy import select

from app.db import models as m
from app.domain.errors import FremskudtError
from app.services import sync
from app.sync import central
from app.sync.central_downsync import Chain, DownsyncRefused, open_downsync, public_hex
from app.sync.central_keys import CentralFolder
from app.sync.central_referrals import (
    CentralReferral,
    ReferralBase,
    import_referrals,
    referral_states,
)
from app.sync.referral_csv import validated
from tests.sync.central_pg import fresh_central

SECRET = "central-hemmelighed"
PG_URL = os.environ.get("FREMSKUDT_TEST_PG_URL")
TODAY = dt.date(2026, 11, 27)
LIST = ("cpr;fornavn;efternavn;adresse;ydelse;aktivitetsparat;sagsbehandler;henvist;note\r\n"
        "0101901234;Şükrü;Öztürk;Bygaden 4;kontanthjælp;ja;Lise;2026-11-02;\r\n"
        "020285-5678;Bo;Hansen;;integrationsydelse;nej;;2026-10-30;Tolk\r\n").encode()


@pytest.fixture(scope="module")
def central_dir(tmp_path_factory) -> Path:
    folder = CentralFolder(tmp_path_factory.mktemp("central") / "c")
    folder.init(SECRET)
    return folder.root


@pytest.fixture(scope="module")
def signing(central_dir) -> Ed25519PrivateKey:
    return CentralFolder(central_dir).receipt_signing_key(SECRET)


@pytest.fixture(params=["sqlite", "postgresql"])
def hub(request, central_dir, signing, office, tmp_path):
    """A central that holds the office's first bundle (its member list)."""
    folder = CentralFolder(central_dir)
    if request.param == "postgresql":
        if not PG_URL:
            pytest.skip("FREMSKUDT_TEST_PG_URL is set by .ci/run when PostgreSQL runs")
        engine = fresh_central(folder, PG_URL)
    else:
        engine = central.central_engine(folder, f"sqlite:///{tmp_path / 'central.db'}",
                                        passphrase=SECRET)
    ctx = office.admin
    sync.add_central_keys(ctx, folder.public_file.read_bytes())
    central.enroll(engine, central.read_enrollment(sync.enrollment(ctx)))
    bundle = sync.export_bundle(ctx, tmp_path)
    central.import_bundle(engine, bundle.path, folder.load_identities(SECRET), signing,
                          tmp_path / "receipts")
    with ctx.store.sessions() as session:
        device = session.execute(select(m.LocalDevice)).scalars().one()
        identity = x25519.Identity.from_str(device.age_identity)
        office_id = session.execute(select(m.Office.id)).scalar_one()
    yield engine, identity, str(office_id), device.age_identity
    engine.dispose()


def test_referrals_in_and_the_bundle_opens_for_the_office(hub, signing, tmp_path) -> None:
    engine, identity, office_id, _secret = hub
    referrals, _bad = validated(LIST, TODAY)
    first = import_referrals(engine, "kontoret i tingbjerg", referrals, signing,
                             tmp_path / "ned")
    assert (first.added, first.already) == (2, 0) and first.bundle.suffix == ".fsd"
    data = first.bundle.read_bytes()
    assert data.startswith(b"age-encryption.org/v1") and b"0101901234" not in data
    pinned = [public_hex(signing)]
    opened = open_downsync(first.bundle.name, data, [identity], pinned, office_id, Chain())
    assert opened.seq == 1
    [part] = opened.parts
    body = part.rows()
    rows = [dict(zip(body["columns"], r, strict=True)) for r in body["rows"]]
    assert [(r["cpr"], r["first_name"], r["benefit"]) for r in rows] == [
        ("0101901234", "Şükrü", "kontanthjaelp"), ("0202855678", "Bo", "integrationsydelse")]

    again = import_referrals(engine, office_id, referrals, signing, tmp_path / "ned")
    assert (again.added, again.already, again.bundle) == (0, 2, None)
    states = referral_states(engine, "Kontoret i Tingbjerg")
    assert [s["status"] for s in states] == ["sendt", "sendt"]
    assert all("0101901234" not in str(s) for s in states)

    more = validated(LIST + b"0303700000;Ida;Lund;;kontanthjaelp;ja;;2026-11-20;\r\n"
                     .replace(b"kontanthjaelp", "kontanthjælp".encode()), TODAY)[0]
    second = import_referrals(engine, "Kontoret i Tingbjerg", more, signing, tmp_path / "ned")
    assert (second.added, second.already) == (1, 2)
    chain = Chain(1, opened.sha256)
    later = open_downsync(second.bundle.name, second.bundle.read_bytes(), [identity], pinned,
                          office_id, chain)
    assert later.seq == 2 and later.parts[0].records == 1

    # replayed, out of order, foreign office, unknown signer, changed byte, wrong recipient
    cases = [
        (first.bundle, chain, pinned, office_id, "allerede indlæst"),
        (second.bundle, Chain(), pinned, office_id, "pakke 1 fra jobcentret mangler"),
        (second.bundle, Chain(1, "0" * 64), pinned, office_id, "hænger ikke sammen"),
        (second.bundle, chain, pinned, "00000000-0000-4000-8000-000000000000",
         "andet kontor"),
        (second.bundle, chain, [public_hex(Ed25519PrivateKey.generate())], office_id,
         "godkendt"),
    ]
    for path, at, keys, office, reason in cases:
        with pytest.raises(DownsyncRefused, match=reason):
            open_downsync(path.name, path.read_bytes(), [identity], keys, office, at)
    raw = second.bundle.read_bytes()
    for position in (30, len(raw) // 2, len(raw) - 1):
        changed = bytearray(raw)
        changed[position] ^= 0x01
        with pytest.raises(DownsyncRefused):
            open_downsync(second.bundle.name, bytes(changed), [identity], pinned, office_id,
                          chain)
    with pytest.raises(DownsyncRefused, match="krypteret"):
        open_downsync(second.bundle.name, raw, [x25519.Identity.generate()], pinned,
                      office_id, chain)
    with pytest.raises(DownsyncRefused, match="filnavnet"):
        open_downsync("henvisninger.fsd", raw, [identity], pinned, office_id, chain)


def test_an_unknown_office_and_an_office_without_members_are_refused(hub, signing,
                                                                     tmp_path) -> None:
    engine, _identity, _office_id, _secret = hub
    referrals, _bad = validated(LIST, TODAY)
    with pytest.raises(FremskudtError, match="kendes ikke"):
        import_referrals(engine, "Kontoret i Vollsmose", referrals, signing, tmp_path)
    central.enroll(engine, {"device_id": "11111111-1111-4111-8111-111111111111",
                            "office_id": "22222222-2222-4222-8222-222222222222",
                            "office": "Kontoret i Gellerup", "public_key": "00" * 32})
    with pytest.raises(FremskudtError, match="ingen arbejdsstation"):
        import_referrals(engine, "Kontoret i Gellerup", referrals, signing, tmp_path)
    from sqlalchemy.orm import Session

    with Session(engine) as session:
        assert session.execute(select(CentralReferral)).first() is None
    assert ReferralBase.metadata is central.CentralBase.metadata


@pytest.mark.skipif(shutil.which("age") is None, reason="Debian's age is installed by .ci/run")
def test_stock_age_opens_a_downsync_bundle(hub, signing, tmp_path) -> None:
    engine, _identity, _office_id, secret = hub
    result = import_referrals(engine, "Kontoret i Tingbjerg", validated(LIST, TODAY)[0],
                              signing, tmp_path / "ned")
    identity = tmp_path / "identity.txt"
    identity.write_text(secret + "\n")
    out = subprocess.run(["age", "-d", "-i", str(identity), str(result.bundle)],
                         capture_output=True, check=True).stdout
    assert out.startswith(b"FSD1")
    os.remove(identity)
