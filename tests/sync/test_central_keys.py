"""The central jobcenter's identities: created, rotated, passphrase-protected, usable by `age`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pyrage import decrypt, encrypt, x25519

from app.sync.central_keys import CentralFolder, CentralKeyError

SECRET = "central-hemmelighed"


def test_init_rotate_and_decrypt_with_old_and_new_keys(tmp_path: Path) -> None:
    folder = CentralFolder(tmp_path / "central")
    first = folder.init(SECRET)
    with pytest.raises(CentralKeyError, match="findes allerede"):
        folder.init(SECRET)
    second = folder.rotate(SECRET)
    assert [k.key_id for k in folder.public_keys()] == [first.key_id, second.key_id]
    identities = folder.load_identities(SECRET)
    assert {str(i.to_public()) for i in identities} == {first.recipient, second.recipient}
    old_bundle = encrypt(b"til den gamle noegle", [x25519.Recipient.from_str(first.recipient)])
    assert decrypt(old_bundle, identities) == b"til den gamle noegle"
    # the stored identities are not readable without the passphrase
    for path in folder.identities.iterdir():
        assert b"AGE-SECRET-KEY" not in path.read_bytes()
    with pytest.raises(CentralKeyError, match="Forkert adgangsfrase"):
        folder.load_identities("forkert-frase-123")
    with pytest.raises(CentralKeyError, match="Forkert adgangsfrase"):
        folder.rotate("forkert-frase-123")
    assert len(folder.public_keys()) == 2


def test_short_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CentralKeyError, match="mindst 12 tegn"):
        CentralFolder(tmp_path / "c").init("kort")
    assert not (tmp_path / "c").exists()


@pytest.mark.skipif(shutil.which("age") is None, reason="Debian's age is installed by .ci/run")
def test_exported_identity_opens_a_file_with_the_stock_age_tool(tmp_path: Path) -> None:
    central = tmp_path / "central"
    env = {**os.environ, "FREMSKUDT_CENTRAL_PASSPHRASE": SECRET}
    run = [sys.executable, "-m", "app.central_main"]
    subprocess.run([*run, "init", "--dir", str(central)], env=env, check=True,
                   capture_output=True)
    identity_file = tmp_path / "identity.txt"
    subprocess.run([*run, "export-identity", "--dir", str(central), "--out",
                    str(identity_file)], env=env, check=True, capture_output=True)
    recipient = CentralFolder(central).public_keys()[0].recipient
    sealed = subprocess.run(["age", "-r", recipient], input=b"hej fra kontoret",
                            capture_output=True, check=True).stdout
    opened = subprocess.run(["age", "-d", "-i", str(identity_file)], input=sealed,
                            capture_output=True, check=True).stdout
    assert opened == b"hej fra kontoret"
    listing = subprocess.run([*run, "keys", "--dir", str(central)], env=env,
                             capture_output=True, text=True, check=True)
    key = CentralFolder(central).public_keys()[0]
    assert listing.stdout.split()[1:3] == [key.key_id, key.trust_fingerprint.split()[0]]
