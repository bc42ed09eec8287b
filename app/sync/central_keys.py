"""The central jobcenter's age identities (X25519), kept passphrase-protected in its folder.

Each identity is stored as an age passphrase-encrypted file (scrypt), so the stock `age` tool
can open it too. The newest identity is the one offices encrypt to; older ones are kept so
bundles made before a key rotation still decrypt.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import DecryptError, passphrase, x25519

from app.db.keyring import atomic_write
from app.domain.errors import FremskudtError

IDENTITIES_DIR = "identities"
PUBLIC_KEYS_FILE = "central-public-keys.json"
PUBLIC_FORMAT = "fremskudt-central-keys"
SIGNING_FILE = "receipt-signing.age"


class CentralKeyError(FremskudtError):
    """The central folder is missing, damaged, or the passphrase does not fit."""


@dataclass(frozen=True)
class CentralKey:
    key_id: str
    recipient: str  # age1...
    created_at: str
    receipt_key: str = ""

    @property
    def fingerprint(self) -> str:
        """The one fingerprint read aloud, over the recipient and the receipt key: what
        `init`, `rotate-key` and `keys` print and the office shows when it pins the key file
        (the recipient's own, key_fingerprint, is never shown, so no two can be mixed up)."""
        return self.trust_fingerprint

    @property
    def trust_fingerprint(self) -> str:
        """Recipient and receipt key: the one to read aloud."""
        return trust_fingerprint(self.recipient, self.receipt_key)


def key_fingerprint(recipient: str) -> str:
    digest = hashlib.sha256(recipient.encode("ascii")).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def key_id_for(recipient: str) -> str:
    return hashlib.sha256(recipient.encode("ascii")).hexdigest()[:16]


class CentralFolder:
    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def identities(self) -> Path:
        return self.root / IDENTITIES_DIR

    @property
    def public_file(self) -> Path:
        return self.root / PUBLIC_KEYS_FILE

    def exists(self) -> bool:
        return self.identities.is_dir() and any(self.identities.glob("*.age"))

    @property
    def signing_file(self) -> Path:
        return self.root / SIGNING_FILE

    def init(self, secret: str) -> CentralKey:
        if self.exists():
            raise CentralKeyError("Der findes allerede en central identitet i {folder}.",
                                  folder=self.root)
        self._check_passphrase(secret)
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)  # private from the start
        self.identities.mkdir(mode=0o700, exist_ok=True)
        # the Ed25519 key that signs receipts for the offices
        signing = Ed25519PrivateKey.generate()
        raw = signing.private_bytes(serialization.Encoding.Raw,
                                    serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
        atomic_write(self.signing_file, passphrase.encrypt(raw.hex().encode("ascii"), secret))
        return self._add(secret)

    def receipt_public_key(self) -> str:
        return self._public_doc().get("receipt_key", "")

    def receipt_signing_key(self, secret: str) -> Ed25519PrivateKey:
        try:
            raw = passphrase.decrypt(self.signing_file.read_bytes(), secret)
        except DecryptError:
            raise CentralKeyError("Forkert adgangsfrase til den centrale identitet.") from None
        except FileNotFoundError:
            raise CentralKeyError("Den centrale signeringsnøgle mangler.") from None
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(raw.decode("ascii")))

    def rotate(self, secret: str) -> CentralKey:
        self.load_identities(secret)  # the passphrase must fit the existing ones
        return self._add(secret)

    def _add(self, secret: str) -> CentralKey:
        receipt = self.receipt_public_key() or self.receipt_signing_key(
            secret).public_key().public_bytes(serialization.Encoding.Raw,
                                              serialization.PublicFormat.Raw).hex()
        identity = x25519.Identity.generate()
        recipient = str(identity.to_public())
        created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        key = CentralKey(key_id_for(recipient), recipient, created, receipt)
        sealed = passphrase.encrypt(str(identity).encode("ascii"), secret)
        stamp = created.replace(":", "").replace("-", "")
        atomic_write(self.identities / f"{stamp}-{key.key_id}.age", sealed)
        self._write_public([*self.public_keys(), key], receipt)
        return key

    def _public_doc(self) -> dict:
        if not self.public_file.exists():
            return {}
        try:
            return json.loads(self.public_file.read_text(encoding="utf-8"))
        except ValueError:
            raise CentralKeyError("Filen med de centrale nøgler er beskadiget.") from None

    def public_keys(self) -> list[CentralKey]:
        doc = self._public_doc()
        try:
            return [CentralKey(k["key_id"], k["recipient"], k["created_at"],
                               doc.get("receipt_key", ""))
                    for k in doc.get("keys", [])]
        except (KeyError, TypeError):
            raise CentralKeyError("Filen med de centrale nøgler er beskadiget.") from None

    def _write_public(self, keys: list[CentralKey], receipt: str) -> None:
        doc = {
            "format": PUBLIC_FORMAT,
            "version": 1,
            "receipt_key": receipt,
            "keys": [{"key_id": k.key_id, "recipient": k.recipient, "created_at": k.created_at}
                     for k in keys],
        }
        atomic_write(self.public_file, json.dumps(doc, indent=2).encode("utf-8"))

    def load_identities(self, secret: str) -> list[x25519.Identity]:
        """All identities, newest first. CentralKeyError when the passphrase does not fit."""
        files = sorted(self.identities.glob("*.age"), reverse=True)
        if not files:
            raise CentralKeyError("Der er ingen central identitet i {folder}. Kør først 'init'.",
                                  folder=self.root)
        identities = []
        for path in files:
            try:
                text = passphrase.decrypt(path.read_bytes(), secret).decode("ascii")
            except DecryptError:
                raise CentralKeyError("Forkert adgangsfrase til den centrale identitet.") from None
            identities.append(x25519.Identity.from_str(text.strip()))
        return identities

    def export_current(self, secret: str, out: Path) -> CentralKey:
        """The newest identity as a plain age identity file, for `age -d -i FILE`."""
        identity = self.load_identities(secret)[0]
        recipient = str(identity.to_public())
        created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        body = (f"# created: {created}\n# public key: {recipient}\n{identity}\n").encode("ascii")
        atomic_write(out, body)
        out.chmod(0o600)
        return CentralKey(key_id_for(recipient), recipient, created)

    @staticmethod
    def _check_passphrase(secret: str) -> None:
        if len(secret or "") < 12:
            raise CentralKeyError("Adgangsfrasen skal have mindst 12 tegn.")


ROTATION_FORMAT = "fremskudt-receipt-key-rotation"
ROTATION_CONTEXT = b"fremskudt-receipt-key-rotation-v1\x00"


def trust_fingerprint(recipient: str, receipt_key: str) -> str:
    """The fingerprint read aloud: it covers everything an office trusts from the key file,
    the age recipient bundles are encrypted to and the Ed25519 key that signs receipts."""
    digest = hashlib.sha256(f"{recipient}\n{receipt_key}".encode("ascii")).hexdigest()[:32]
    digest = digest.upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def _raw_public(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw).hex()


def sign_rotation(old: Ed25519PrivateKey, new: Ed25519PrivateKey, created_at: str) -> bytes:
    """A receipt-key rotation: the old key vouches for the new one, and the new one proves
    it is held. An office applies it only when `old` is the receipt key it trusts."""
    body = {"format": ROTATION_FORMAT, "version": 1, "old_key": _raw_public(old),
            "new_key": _raw_public(new), "created_at": created_at}
    payload = ROTATION_CONTEXT + json.dumps(body, sort_keys=True,
                                            separators=(",", ":")).encode()
    return json.dumps({"rotation": body, "old_signature": old.sign(payload).hex(),
                       "new_signature": new.sign(payload).hex()}, indent=2).encode()


def rotate_receipt_key(folder: CentralFolder, secret: str) -> Path:
    """Replace the receipt-signing key; write the signed rotation file for the offices."""
    old = folder.receipt_signing_key(secret)
    new = Ed25519PrivateKey.generate()
    created = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    rotation = sign_rotation(old, new, created)
    raw = new.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    stamp = created.replace(":", "").replace("-", "")
    out = folder.root / f"receipt-key-rotation-{stamp}.json"
    atomic_write(out, rotation)
    atomic_write(folder.signing_file, passphrase.encrypt(raw.hex().encode("ascii"), secret))
    folder._write_public(folder.public_keys(), _raw_public(new))
    return out
