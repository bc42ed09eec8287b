"""The store file is unreadable without the key; each account, and the recovery key, opens it."""

from __future__ import annotations

import base64
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db.keyring import KeyringError, WrongPassword
from app.db.store import StoreExists, StoreMissing, open_with_password, open_with_recovery
from app.domain.roles import Role
from app.paths import DataPaths
from app.services import auth, citizens
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD

CPR = "0101901234"


def _all_bytes(paths: DataPaths) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(paths.root.glob("office.db*")))


def _snapshot(paths: DataPaths) -> dict[str, tuple[int, bytes]]:
    return {
        p.name: (p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(paths.root.rglob("*")) if p.is_file()
    }


def test_file_is_not_plain_sqlite_and_holds_no_cpr(office) -> None:
    ctx = office.admin
    citizens.create(ctx, first_name="Şükrü", last_name="Öztürk", cpr=CPR)
    store_file = office.paths.store
    assert not store_file.read_bytes().startswith(b"SQLite format 3")
    data = _all_bytes(office.paths)
    for needle in (CPR.encode(), b"010190-1234", "Öztürk".encode(), b"citizen"):
        assert needle not in data
    ctx.store.close()
    data = _all_bytes(office.paths)  # after the WAL was checkpointed into the file
    assert CPR.encode() not in data and b"CREATE TABLE" not in data


def test_plain_sqlite_cannot_read_it(office) -> None:
    citizens.create(office.admin, first_name="Amal", cpr=CPR)
    conn = sqlite3.connect(office.paths.store)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    conn.close()


def test_safety_pragmas_on_every_connection(office) -> None:
    with office.admin.store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA cipher_version")).scalar().startswith("4.")


def test_each_account_opens_it_and_a_wrong_password_does_not(office) -> None:
    office.add_staff("bent", {Role.SKRANKE})
    for username, password in (("admin", ADMIN_PASSWORD), ("bent", STAFF_PASSWORD),
                               ("ADMIN ", ADMIN_PASSWORD)):
        store = open_with_password(office.paths, username, password)
        store.close()
    for username, password in (("admin", STAFF_PASSWORD), ("bent", ADMIN_PASSWORD),
                               ("nobody", ADMIN_PASSWORD), ("admin", "")):
        with pytest.raises(WrongPassword, match="Forkert brugernavn eller adgangskode"):
            open_with_password(office.paths, username, password)


def test_wrong_password_writes_nothing(office) -> None:
    citizens.create(office.admin, first_name="Amal", cpr=CPR)
    office.admin.store.close()
    before = _snapshot(office.paths)
    throttle = auth.LoginThrottle.for_paths(office.paths)
    with pytest.raises(WrongPassword):
        auth.login(office.paths, "admin", "forkert-kode", throttle)
    after = _snapshot(office.paths)
    assert after.pop(auth.FAILURES_FILE)  # only the count of wrong passwords (issue 16.10)
    assert after == before
    assert throttle.failures == 1


def test_recovery_key_opens_it_and_a_wrong_one_does_not(office) -> None:
    store = open_with_recovery(office.paths, office.setup.recovery_key)
    with store.sessions() as session:
        assert session.execute(text("SELECT count(*) FROM staff_account")).scalar() == 1
    store.close()
    wrong = bytes(32)
    with pytest.raises(WrongPassword, match="Gendannelsesnøglen passer ikke"):
        open_with_recovery(office.paths, wrong)


def test_recovering_an_account_sets_a_new_password(office, fast_kdf) -> None:
    office.admin.store.close()
    ctx = auth.recover_account(office.paths, office.setup.recovery_key, "admin",
                               "helt-ny-kode-42", kdf=fast_kdf)
    office.contexts.append(ctx)
    store = open_with_password(office.paths, "admin", "helt-ny-kode-42")
    store.close()
    with pytest.raises(WrongPassword):
        open_with_password(office.paths, "admin", ADMIN_PASSWORD)


def test_a_new_recovery_key_replaces_the_old(office) -> None:
    new_key = auth.replace_recovery_key(office.admin)
    open_with_recovery(office.paths, new_key).close()
    with pytest.raises(WrongPassword):
        open_with_recovery(office.paths, office.setup.recovery_key)


def _edit_keyring(path: Path, change) -> None:
    doc = json.loads(path.read_text())
    change(doc)
    path.write_text(json.dumps(doc))


def test_tampered_key_ring_is_refused(office) -> None:
    office.add_staff("bent", {Role.SKRANKE})

    def flip(doc: dict) -> None:
        wrap = next(w for w in doc["wraps"] if w.get("username") == "admin")
        ct = bytearray(base64.b64decode(wrap["ciphertext"]))
        ct[3] ^= 0x01
        wrap["ciphertext"] = base64.b64encode(bytes(ct)).decode()

    _edit_keyring(office.paths.keyring, flip)
    with pytest.raises(WrongPassword):
        open_with_password(office.paths, "admin", ADMIN_PASSWORD)


def test_wraps_cannot_be_moved_between_accounts(office) -> None:
    office.add_staff("bent", {Role.SKRANKE})

    def swap(doc: dict) -> None:
        for wrap in doc["wraps"]:
            if wrap.get("username") == "bent":
                wrap["username"] = "carl"  # bent's wrap presented as another account's

    _edit_keyring(office.paths.keyring, swap)
    with pytest.raises(WrongPassword):
        open_with_password(office.paths, "carl", STAFF_PASSWORD)


@pytest.mark.parametrize("content", [b"", b"{", b'{"format": "other"}', b"\xff\xfe"])
def test_damaged_key_ring_gives_a_clear_message(office, content: bytes) -> None:
    office.paths.keyring.write_bytes(content)
    with pytest.raises(KeyringError) as err:
        open_with_password(office.paths, "admin", ADMIN_PASSWORD)
    assert "nøglefil" in err.value.message.lower()


def test_missing_store_and_existing_store(tmp_path: Path, office, fast_kdf) -> None:
    with pytest.raises(StoreMissing, match="ingen Fremskudt-database"):
        open_with_password(DataPaths(tmp_path / "empty"), "admin", ADMIN_PASSWORD)
    from app.services.setup import setup_office

    with pytest.raises(StoreExists):
        setup_office(office.paths, office_name="X", municipality="Y", username="zz",
                     full_name="Z Z", password="1234567890", kdf=fast_kdf)


def test_store_files_are_private(office) -> None:
    import os
    import stat

    if os.name != "posix":
        pytest.skip("POSIX permissions")
    for path in (office.paths.root, office.paths.store, office.paths.keyring):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path.name} is readable by others: {oct(mode)}"
