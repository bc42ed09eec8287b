"""The key ring beside the store: the store's raw key, wrapped once per staff account and once
by the recovery key; each account's X25519 key pair (private half wrapped by the password); and
the case data key K_case sealed to the public keys of the accounts whose roles hold it and to
the recovery key's (app.db.casekey; docs/threat-model.md, "Nøgler og roller").

Password wraps derive a key-encryption key with Argon2id (RFC 9106, second recommended option:
t=3, m=64 MiB, p=4); the recovery key is 256 random bits, so HKDF-SHA256 suffices. Each wrap is
AES-256-GCM with the store id, the kind and the username as associated data, so entries cannot be
swapped between accounts or stores. The file is replaced atomically (temp file, fsync, rename).
Version 1 rings (no staff keys, no K_case) are read; an account gets its key pair at its next
login, and K_case is made at the first login of a case role (app.services.casekeys).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.db import casekey
from app.domain.errors import FremskudtError, ValidationError

FORMAT = "fremskudt-keyring"
VERSION = 2
READABLE_VERSIONS = (1, 2)
RECOVERY_HOLDER = "@recovery"  # the holder name of K_case's recovery seal (no username has @)
KEY_BYTES = 32
RECOVERY_GROUP = 4
_B32_FIX = str.maketrans({"0": "O", "1": "I", "8": "B"})


class KeyringError(FremskudtError):
    """The key ring file is missing, damaged or from another program."""


class WrongPassword(FremskudtError):
    """The username or password (or recovery key) does not unlock the store."""


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4

    @classmethod
    def fast_for_tests(cls) -> KdfParams:
        return cls(time_cost=1, memory_kib=8 * 1024, parallelism=1)


@dataclass
class StaffKey:
    """An account's X25519 key pair: the public half, and the private half wrapped (AES-GCM)
    under the same password-derived key as the account's store-key wrap."""

    public: bytes
    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict:
        return {"public": _b64(self.public), "nonce": _b64(self.nonce),
                "ciphertext": _b64(self.ciphertext)}

    @classmethod
    def from_json(cls, data: dict) -> StaffKey:
        return cls(_unb64(data["public"]), _unb64(data["nonce"]), _unb64(data["ciphertext"]))


@dataclass
class SealedKey:
    """K_case sealed to one holder's X25519 public key (app.db.casekey.seal_to)."""

    ephemeral: bytes
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class Unlocked:
    """What an account's password opens: the store key, and the account's X25519 private key
    (None for an account from a version 1 ring, until it gets one)."""

    store_key: bytes
    staff_private: bytes | None


@dataclass
class Wrap:
    kind: str  # "password" or "recovery"
    username: str | None
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    kdf: KdfParams | None = None
    staff_key: StaffKey | None = None  # password and office wraps
    public: bytes | None = None  # recovery wrap: the recovery key's X25519 public key
    # office wrap (issue 18): the store key sealed to the account's X25519 public key; its
    # nonce and ciphertext are in `nonce`/`ciphertext`, the private half under the password
    # in `staff_key` (bound to the username, not to this store: it is replicated)
    ephemeral: bytes | None = None

    def to_json(self) -> dict:
        data = {
            "kind": self.kind,
            "username": self.username,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }
        if self.kdf is not None:
            data["kdf"] = {
                "name": "argon2id",
                "time_cost": self.kdf.time_cost,
                "memory_kib": self.kdf.memory_kib,
                "parallelism": self.kdf.parallelism,
            }
        else:
            data["kdf"] = {"name": "hkdf-sha256"}
        if self.staff_key is not None:
            data["staff_key"] = self.staff_key.to_json()
        if self.public is not None:
            data["public"] = _b64(self.public)
        if self.ephemeral is not None:
            data["ephemeral"] = _b64(self.ephemeral)
        return data

    @classmethod
    def from_json(cls, data: dict) -> Wrap:
        kdf_data = data["kdf"]
        kdf = None
        if kdf_data["name"] == "argon2id":
            kdf = KdfParams(
                int(kdf_data["time_cost"]), int(kdf_data["memory_kib"]),
                int(kdf_data["parallelism"]),
            )
        elif kdf_data["name"] != "hkdf-sha256":
            raise KeyError("kdf")
        return cls(
            kind=data["kind"],
            username=data.get("username"),
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            ciphertext=_unb64(data["ciphertext"]),
            kdf=kdf,
            staff_key=StaffKey.from_json(data["staff_key"]) if "staff_key" in data else None,
            public=_unb64(data["public"]) if "public" in data else None,
            ephemeral=_unb64(data["ephemeral"]) if "ephemeral" in data else None,
        )


@dataclass
class Keyring:
    store_id: str
    wraps: list[Wrap] = field(default_factory=list)
    # K_case sealed per holder: a username, or RECOVERY_HOLDER
    case_wraps: dict[str, SealedKey] = field(default_factory=dict)

    # -- creating -------------------------------------------------------------------------
    @classmethod
    def new(cls) -> tuple[Keyring, bytes]:
        """A fresh ring and the random store key it protects."""
        return cls(store_id=str(uuid.uuid4())), secrets.token_bytes(KEY_BYTES)

    def add_password(
        self, username: str, password: str, store_key: bytes, kdf: KdfParams | None = None,
        staff_private: bytes | None = None,
    ) -> bytes:
        """Wrap the store key and the account's X25519 private key (`staff_private`, or a new
        pair) for an account, replacing that account's earlier wrap; returns the private key.
        A new pair invalidates the account's K_case seal, which is removed (the caller seals
        K_case to the new public key when it holds K_case)."""
        username = normalise_username(username)
        kdf = kdf or KdfParams()
        salt = secrets.token_bytes(16)
        kek = _argon2(password, salt, kdf)
        nonce = secrets.token_bytes(12)
        ct = AESGCM(kek).encrypt(nonce, store_key, self._aad("password", username))
        if staff_private is None:
            staff_private, public = casekey.new_key_pair()
        else:
            public = casekey.public_of(staff_private)
        staff_nonce = secrets.token_bytes(12)
        staff_ct = AESGCM(kek).encrypt(staff_nonce, staff_private,
                                       self._aad("staff-key", username))
        if self.staff_public(username) != public:
            self.case_wraps.pop(username, None)
        self._drop_password(username)
        self.wraps.append(Wrap("password", username, salt, nonce, ct, kdf,
                               staff_key=StaffKey(public, staff_nonce, staff_ct)))
        return staff_private

    def remove_password(self, username: str) -> None:
        """The account can no longer open anything: its wrap and its K_case seal go."""
        username = normalise_username(username)
        self._drop_password(username)
        self.case_wraps.pop(username, None)

    def _drop_password(self, username: str) -> None:
        self.wraps = [w for w in self.wraps
                      if not (w.kind in ACCOUNT_KINDS and w.username == username)]

    def set_recovery(self, recovery_key: bytes, store_key: bytes) -> None:
        """Wrap the store key for a (new) recovery key. Its X25519 public key is kept, so
        K_case can be sealed to the recovery key later without knowing it; a seal to an
        earlier recovery key is removed."""
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        kek = _hkdf(recovery_key, salt)
        ct = AESGCM(kek).encrypt(nonce, store_key, self._aad("recovery", None))
        self.wraps = [w for w in self.wraps if w.kind != "recovery"]
        public = casekey.public_of(_recovery_x25519(recovery_key))
        self.wraps.append(Wrap("recovery", None, salt, nonce, ct, None, public=public))
        self.case_wraps.pop(RECOVERY_HOLDER, None)

    # -- staff keys and the case data key ---------------------------------------------------
    def staff_public(self, username: str) -> bytes | None:
        username = normalise_username(username)
        for wrap in self.wraps:
            if wrap.kind in ACCOUNT_KINDS and wrap.username == username and wrap.staff_key:
                return wrap.staff_key.public
        return None

    def recovery_public(self) -> bytes | None:
        return next((w.public for w in self.wraps if w.kind == "recovery"), None)

    def recovery_private(self, recovery_key: bytes) -> bytes | None:
        """The recovery key's X25519 private key, when this ring knows its public half."""
        private = _recovery_x25519(recovery_key)
        public = self.recovery_public()
        return private if public is not None and casekey.public_of(private) == public else None

    def account_usernames(self) -> set[str]:
        return {w.username for w in self.wraps if w.kind in ACCOUNT_KINDS and w.username}

    def add_office_wrap(self, username: str, public: bytes, office_wrap: dict,
                        store_key: bytes) -> None:
        """Let an account of the office open this store with its password, without the
        password: its replicated key wrap (`office_wrap`, made where the password was set)
        opens its private key, and the store key is sealed to its public key here."""
        username = normalise_username(username)
        kdf = office_wrap["kdf"]
        eph, nonce, ct = casekey.seal_to(public, store_key, self._aad("office", username))
        self._drop_password(username)
        self.case_wraps.pop(username, None)
        self.wraps.append(Wrap(
            "office", username, _unb64(office_wrap["salt"]), nonce, ct,
            KdfParams(int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"])),
            staff_key=StaffKey(public, _unb64(office_wrap["nonce"]),
                               _unb64(office_wrap["ciphertext"])), ephemeral=eph))

    def seal_case_key(self, holder: str, public: bytes, case_key: bytes) -> None:
        eph, nonce, ct = casekey.seal_to(public, case_key, self._aad("case", holder))
        self.case_wraps[holder] = SealedKey(eph, nonce, ct)

    def remove_case_key(self, holder: str) -> None:
        self.case_wraps.pop(holder, None)

    def open_case_key(self, holder: str, private: bytes | None) -> bytes | None:
        """K_case for `holder`, or None when nothing is sealed to this private key."""
        sealed = self.case_wraps.get(holder)
        if sealed is None or private is None:
            return None
        try:
            key = casekey.open_sealed(private, sealed.ephemeral, sealed.nonce,
                                      sealed.ciphertext, self._aad("case", holder))
        except InvalidTag:
            return None
        if len(key) != KEY_BYTES:
            raise KeyringError("Nøglefilen er beskadiget.")
        return key

    # -- opening --------------------------------------------------------------------------
    def has_account(self, username: str) -> bool:
        username = normalise_username(username)
        return any(w.kind in ACCOUNT_KINDS and w.username == username for w in self.wraps)

    def unlock_with_password(self, username: str, password: str) -> bytes:
        return self.unlock_account(username, password).store_key

    def unlock_account(self, username: str, password: str) -> Unlocked:
        """The store key and the account's private key (one Argon2id run)."""
        username = normalise_username(username)
        for wrap in self.wraps:
            if wrap.kind == "office" and wrap.username == username:
                return self._unlock_office(wrap, password, username)
            if wrap.kind == "password" and wrap.username == username:
                assert wrap.kdf is not None
                kek = _argon2(password, wrap.salt, wrap.kdf)
                store_key = self._open(wrap, kek)
                private = None
                if wrap.staff_key is not None:
                    private = self._open_staff_key(wrap.staff_key, kek, username)
                return Unlocked(store_key, private)
        # Same work as a real attempt, so the time does not tell which usernames exist.
        _argon2(password, b"\0" * 16, KdfParams())
        raise WrongPassword("Forkert brugernavn eller adgangskode.")

    def _unlock_office(self, wrap: Wrap, password: str, username: str) -> Unlocked:
        assert wrap.kdf is not None and wrap.staff_key is not None
        kek = _argon2(password, wrap.salt, wrap.kdf)
        try:
            private = AESGCM(kek).decrypt(wrap.staff_key.nonce, wrap.staff_key.ciphertext,
                                          office_aad(username))
        except InvalidTag:
            raise WrongPassword("Forkert brugernavn eller adgangskode.") from None
        try:
            key = casekey.open_sealed(private, wrap.ephemeral or b"", wrap.nonce,
                                      wrap.ciphertext, self._aad("office", username))
        except (InvalidTag, ValueError):
            raise KeyringError("Nøglefilen er beskadiget.") from None
        if len(key) != KEY_BYTES:
            raise KeyringError("Nøglefilen er beskadiget.")
        return Unlocked(key, private)

    def unlock_with_recovery(self, recovery_key: bytes) -> bytes:
        for wrap in self.wraps:
            if wrap.kind == "recovery":
                return self._open(wrap, _hkdf(recovery_key, wrap.salt))
        raise WrongPassword("Denne database har ingen gendannelsesnøgle.")

    def _open(self, wrap: Wrap, kek: bytes) -> bytes:
        try:
            aad = self._aad(wrap.kind, wrap.username)
            key = AESGCM(kek).decrypt(wrap.nonce, wrap.ciphertext, aad)
        except InvalidTag:
            if wrap.kind == "recovery":
                raise WrongPassword("Gendannelsesnøglen passer ikke til denne database.") from None
            raise WrongPassword("Forkert brugernavn eller adgangskode.") from None
        if len(key) != KEY_BYTES:
            raise KeyringError("Nøglefilen er beskadiget.")
        return key

    def _open_staff_key(self, staff: StaffKey, kek: bytes, username: str) -> bytes:
        try:
            private = AESGCM(kek).decrypt(staff.nonce, staff.ciphertext,
                                          self._aad("staff-key", username))
        except InvalidTag:
            raise KeyringError("Nøglefilen er beskadiget.") from None
        if len(private) != KEY_BYTES or casekey.public_of(private) != staff.public:
            raise KeyringError("Nøglefilen er beskadiget.")
        return private

    def _aad(self, kind: str, username: str | None) -> bytes:
        return f"{FORMAT}/{VERSION}|{self.store_id}|{kind}|{username or ''}".encode()

    # -- file -----------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "store_id": self.store_id,
            "wraps": [w.to_json() for w in self.wraps],
            "case_wraps": [
                {"holder": holder, "ephemeral": _b64(s.ephemeral), "nonce": _b64(s.nonce),
                 "ciphertext": _b64(s.ciphertext)}
                for holder, s in sorted(self.case_wraps.items())
            ],
        }
        return json.dumps(doc, indent=2, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Keyring:
        try:
            doc = json.loads(data.decode("utf-8"))
            if doc.get("format") != FORMAT:
                raise KeyringError("Filen er ikke en Fremskudt-nøglefil.")
            if doc.get("version") not in READABLE_VERSIONS:
                raise KeyringError(
                    "Nøglefilen er fra en nyere version af Fremskudt. Opdatér programmet."
                )
            ring = cls(store_id=str(uuid.UUID(doc["store_id"])))
            ring.wraps = [Wrap.from_json(w) for w in doc["wraps"]]
            ring.case_wraps = {
                str(c["holder"]): SealedKey(_unb64(c["ephemeral"]), _unb64(c["nonce"]),
                                            _unb64(c["ciphertext"]))
                for c in doc.get("case_wraps", [])
            }
        except KeyringError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError):
            raise KeyringError("Nøglefilen er beskadiget og kan ikke læses.") from None
        return ring

    @classmethod
    def load(cls, path: Path) -> Keyring:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise KeyringError("Nøglefilen {name} findes ikke i datamappen.",
                               name=path.name) from None
        return cls.from_bytes(data)

    def save(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary name, fsync, rename over the target, fsync the folder."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


ACCOUNT_KINDS = ("password", "office")


def office_aad(username: str) -> bytes:
    """The associated data of an account's replicated key wrap: bound to the account, the
    same on every workstation of the office."""
    return f"fremskudt-staff-key/1|{normalise_username(username)}".encode()


def normalise_username(username: str) -> str:
    return unicodedata.normalize("NFC", (username or "").strip().lower())


def _argon2(password: str, salt: bytes, kdf: KdfParams) -> bytes:
    secret = unicodedata.normalize("NFC", password).encode("utf-8")
    return hash_secret_raw(
        secret, salt, time_cost=kdf.time_cost, memory_cost=kdf.memory_kib,
        parallelism=kdf.parallelism, hash_len=KEY_BYTES, type=Type.ID,
    )


def _hkdf(recovery_key: bytes, salt: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"fremskudt recovery wrap"
    ).derive(recovery_key)


def _recovery_x25519(recovery_key: bytes) -> bytes:
    """The recovery key's X25519 private key (any 32 bytes are a valid X25519 scalar)."""
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
        info=b"fremskudt recovery x25519",
    ).derive(recovery_key)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# -- recovery key as printed on the sheet ------------------------------------------------
def new_recovery_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def format_recovery_key(key: bytes) -> str:
    """52 base32 letters in 13 groups of four, e.g. `ABCD-EFGH-...`."""
    text = base64.b32encode(key).decode("ascii").rstrip("=")
    return "-".join(text[i : i + RECOVERY_GROUP] for i in range(0, len(text), RECOVERY_GROUP))


def parse_recovery_key(text: str) -> bytes:
    """Read a recovery key as typed: case, spaces and dashes do not matter; 0/1/8 read as O/I/B."""
    compact = "".join(ch for ch in (text or "").upper() if ch.isalnum()).translate(_B32_FIX)
    if len(compact) != 52:
        raise ValidationError(
            "Gendannelsesnøglen skal have 52 tegn (13 grupper af 4).", field="recovery_key"
        )
    try:
        key = base64.b32decode(compact + "====")
    except ValueError:
        raise ValidationError(
            "Gendannelsesnøglen indeholder tegn, der ikke kan forekomme.", field="recovery_key"
        ) from None
    return key
