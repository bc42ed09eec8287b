"""Creating and opening the office store: the key ring, the encrypted engine and migrations."""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from app.db import casekey, changelog, staffkeys
from app.db.engine import create_store_engine, make_session_factory, verify_key
from app.db.keyring import (
    RECOVERY_HOLDER,
    KdfParams,
    Keyring,
    KeyringError,
    new_recovery_key,
    normalise_username,
)
from app.db.migrate import check_not_newer, current_revision, head_revision, upgrade_to_head
from app.db.models import DeviceClock, LocalDevice, LocalSetting, Office, Workstation
from app.domain.errors import FremskudtError
from app.paths import DataPaths


class StoreMissing(FremskudtError):
    """No office store in the data folder (first run)."""


class StoreExists(FremskudtError):
    """Setting up would overwrite an existing office store."""


class StoreUnfinished(FremskudtError):
    """The office was being created (the demo) when it was interrupted: it is half made."""


class NeedsMigration(FremskudtError):
    """A read-only opening found a store that must be migrated first."""


# Written before a demo office is created and removed when it is complete (fsynced both
# ways), so a demo killed half-way is recognised and removed by the next `demo`.
UNFINISHED_MARKER = "office.unfinished"
# Set by migration 0008 in a store made before case content was sealed under K_case; removed
# when the first case-role login has sealed it (app.services.casekeys). A new store has none.
CASE_CONTENT_UNSEALED = "case_content_unsealed"


@dataclass
class OpenStore:
    """An unlocked store: the engine, a stamping session factory and this device's id."""

    paths: DataPaths
    engine: Engine
    sessions: sessionmaker[Session]
    device_id: uuid.UUID
    keyring: Keyring
    _key: bytes = field(repr=False)
    migrated_backup: Path | None = None
    # once-per-opening checks already done (e.g. derived tables complete)
    checked: set[str] = field(default_factory=set)
    # what version vectors name this device's changes by: the device id, or a new origin
    # after a restored backup (app.sync.office.origins)
    origin_id: uuid.UUID | None = None

    def add_account_key(self, username: str, password: str, kdf: KdfParams | None = None,
                        staff_private: bytes | None = None) -> bytes:
        """Let an account open the store with its password (new account or new password);
        returns the account's X25519 private key (`staff_private`, or a new one)."""
        private = self.keyring.add_password(username, password, self._key, kdf, staff_private)
        self.keyring.save(self.paths.keyring)
        # the same key pair, wrapped for the other workstations, goes into the staff row
        staffkeys.pending(self.sessions)[normalise_username(username)] = (
            casekey.public_of(private).hex(),
            json.dumps(staffkeys.office_wrap(username, password, private, kdf),
                       sort_keys=True))
        return private

    def remove_account_key(self, username: str) -> None:
        self.keyring.remove_password(username)
        self.keyring.save(self.paths.keyring)

    def replace_recovery_key(self, case_key: bytes | None = None) -> bytes:
        """A new recovery key; K_case (when the caller holds it) is sealed to it too."""
        recovery = new_recovery_key()
        self.keyring.set_recovery(recovery, self._key)
        public = self.keyring.recovery_public()
        if case_key is not None and public is not None:
            self.keyring.seal_case_key(RECOVERY_HOLDER, public, case_key)
        self.keyring.save(self.paths.keyring)
        return recovery

    def close(self) -> None:
        self.engine.dispose()


def _open_engine(paths: DataPaths, key: bytes, keyring: Keyring,
                 read_only: bool = False) -> OpenStore:
    engine = create_store_engine(paths.store, key, read_only=read_only)
    try:
        verify_key(engine)
        if read_only:
            backup = None
            revision = current_revision(engine)
            check_not_newer(revision)
            if revision != head_revision():
                raise NeedsMigration("Databasen skal opdateres til den nye version, men den "
                                     "kan kun læses lige nu. Frigør plads, og prøv igen.")
        else:
            backup = upgrade_to_head(engine, key, paths.backups)
        sessions = make_session_factory(engine)
        with sessions() as session:
            device = session.execute(select(LocalDevice.device_id, LocalDevice.origin_id)
                                     ).first()
        if device is None:
            raise KeyringError("Databasen mangler oplysninger om denne arbejdsstation.")
    except BaseException:
        engine.dispose()
        raise
    device_id, origin_id = device
    changelog.install(sessions, device_id, origin_id)
    staffkeys.install(sessions)
    return OpenStore(paths, engine, sessions, device_id, keyring, key, backup,
                     origin_id=origin_id)


def _require_store(paths: DataPaths) -> Keyring:
    if is_unfinished(paths):
        raise StoreUnfinished(
            "Demokontoret i {folder} blev afbrudt, før det var færdigt. Kør demo igen; den "
            "halve udgave fjernes da.", folder=paths.root)
    if not paths.store.exists():
        raise StoreMissing(
            "Der er ingen Fremskudt-database i {folder}. Start programmet for at oprette "
            "kontoret, eller angiv den rigtige datamappe med --data-dir.", folder=paths.root)
    return Keyring.load(paths.keyring)


def open_with_password(paths: DataPaths, username: str, password: str, *,
                       read_only: bool = False) -> OpenStore:
    """Unlock with an account's password. WrongPassword when it does not fit; nothing written.
    `read_only` opens without migrating and refuses writes (for reading on a full disk)."""
    return open_account(paths, username, password, read_only=read_only)[0]


def open_account(paths: DataPaths, username: str, password: str, *,
                 read_only: bool = False) -> tuple[OpenStore, bytes | None]:
    """As open_with_password, with the account's X25519 private key (which opens its K_case
    seal). An account from a version 1 key ring gets its key pair now (not when read-only)."""
    keyring = _require_store(paths)
    unlocked = keyring.unlock_account(username, password)
    store = _open_engine(paths, unlocked.store_key, keyring, read_only)
    private = unlocked.staff_private
    if private is None and not read_only:
        name = normalise_username(username)
        kdf = next(w.kdf for w in keyring.wraps
                   if w.kind == "password" and w.username == name)
        private = store.add_account_key(username, password, kdf)
    return store, private


def reopen(store: OpenStore) -> OpenStore:
    """Open the store file again with the key of a closed store (after a restore)."""
    return _open_engine(store.paths, store._key, store.keyring)


def open_with_recovery(paths: DataPaths, recovery_key: bytes) -> OpenStore:
    keyring = _require_store(paths)
    key = keyring.unlock_with_recovery(recovery_key)
    return _open_engine(paths, key, keyring)


def require_absent(paths: DataPaths) -> None:
    """StoreExists when the folder already holds an office (setting up must not overwrite)."""
    if paths.store.exists() or paths.keyring.exists():
        raise StoreExists("Der findes allerede en Fremskudt-database i {folder}.",
                          folder=paths.root)


@dataclass(frozen=True)
class NewStore:
    store: OpenStore
    office_id: uuid.UUID
    recovery_key: bytes
    case_key: bytes = field(repr=False)


def create_store(
    paths: DataPaths,
    *,
    office_name: str,
    municipality: str,
    workstation_name: str,
    kdf: KdfParams | None = None,
) -> NewStore:
    """Create the encrypted store, its key ring with a recovery key, the office and this
    workstation. Accounts are added by the setup service; until then only recovery opens it."""
    require_absent(paths)
    paths.ensure()
    keyring, key = Keyring.new()
    recovery = new_recovery_key()
    keyring.set_recovery(recovery, key)
    case_key = casekey.new_case_key()
    keyring.seal_case_key(RECOVERY_HOLDER, keyring.recovery_public() or b"", case_key)
    engine = create_store_engine(paths.store, key)
    upgrade_to_head(engine, key, paths.backups)
    if os.name == "posix":
        paths.store.chmod(0o600)  # SQLite gives its -wal and -shm files the same mode
    sessions = make_session_factory(engine)
    device_id = uuid.uuid4()
    signing = Ed25519PrivateKey.generate()
    identity = x25519.Identity.generate()
    with sessions.begin() as session:
        session.add(DeviceClock(device_id=device_id, counter=0))
        session.add(LocalDevice(device_id=device_id, origin_id=device_id,
                                signing_key_private=signing.private_bytes(
                                    serialization.Encoding.Raw,
                                    serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption()),
                                age_identity=str(identity)))
        # nothing to seal in a new store: its case content is sealed from the first row
        unsealed = session.get(LocalSetting, CASE_CONTENT_UNSEALED)
        if unsealed is not None:
            session.delete(unsealed)
    changelog.install(sessions, device_id)
    staffkeys.install(sessions)
    with sessions.begin() as session:
        office = Office(name=office_name, municipality=municipality)
        session.add(office)
        session.flush()
        session.add(
            Workstation(
                id=device_id,
                office_id=office.id,
                name=workstation_name,
                signing_key_public=signing.public_key().public_bytes(
                    serialization.Encoding.Raw, serialization.PublicFormat.Raw
                ),
                age_recipient=str(identity.to_public()),
                letter="A",
            )
        )
        office_id = office.id
    keyring.save(paths.keyring)
    store = OpenStore(paths, engine, sessions, device_id, keyring, key, origin_id=device_id)
    return NewStore(store, office_id, recovery, case_key)


def _fsync_dir(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def is_unfinished(paths: DataPaths) -> bool:
    return (paths.root / UNFINISHED_MARKER).exists()


def mark_unfinished(paths: DataPaths) -> None:
    """Say, durably and before anything else is written, that an office is being made (an
    empty file: it needs no free space beyond its name)."""
    paths.ensure()
    with open(paths.root / UNFINISHED_MARKER, "wb") as fh:
        os.fsync(fh.fileno())
    _fsync_dir(paths.root)


def mark_finished(paths: DataPaths) -> None:
    (paths.root / UNFINISHED_MARKER).unlink(missing_ok=True)
    _fsync_dir(paths.root)


def remove_unfinished(paths: DataPaths) -> None:
    """Remove a half-made office: the store with its WAL files, the key ring and its backups.
    The marker goes last, so a removal cut short is finished by the next one."""
    if not is_unfinished(paths):
        return
    for name in (paths.store.name + "-wal", paths.store.name + "-shm", paths.store.name,
                 paths.keyring.name):
        (paths.root / name).unlink(missing_ok=True)
    for leftover in paths.root.iterdir():  # temporary files of a write cut short
        if leftover.is_file() and leftover.name.startswith(
                (f".{paths.store.name}.", f".{paths.keyring.name}.")):
            leftover.unlink(missing_ok=True)
    if paths.backups.is_dir():
        for leftover in paths.backups.iterdir():
            if leftover.is_file() and leftover.name.startswith(("office-", ".office-")):
                leftover.unlink(missing_ok=True)
    mark_finished(paths)
