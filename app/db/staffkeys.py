"""Office-wide accounts (issue 18): an account's key pair travels in its replicated staff row,
the private half wrapped under the password, and every workstation's key ring mirrors the
active accounts (app.db.keyring "office" wraps), so a password set on one workstation opens
every member and nothing secret is ever replicated in clear.

`OpenStore.add_account_key` records the new wrap here; it is written into the staff row by
the transaction that set it (a before-commit hook), so it replicates with that change."""

from __future__ import annotations

import json
import secrets

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from app.db.keyring import KdfParams, Keyring, _argon2, _b64, normalise_username, office_aad
from app.db.models import StaffAccount

PUBLISH_KEY = "fremskudt_staff_keys"  # session factory info: {username: (public hex, wrap)}


def office_wrap(username: str, password: str, private: bytes, kdf: KdfParams | None = None
                ) -> dict:
    """The account's X25519 private key wrapped under its password (Argon2id, AES-GCM), to be
    replicated in its staff row: nothing in it opens without the password."""
    kdf = kdf or KdfParams()
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    ct = AESGCM(_argon2(password, salt, kdf)).encrypt(nonce, private, office_aad(username))
    return {"salt": _b64(salt), "nonce": _b64(nonce), "ciphertext": _b64(ct),
            "kdf": {"time_cost": kdf.time_cost, "memory_kib": kdf.memory_kib,
                    "parallelism": kdf.parallelism}}


def pending(factory: sessionmaker[Session]) -> dict[str, tuple[str, str]]:
    return factory.kw.setdefault("info", {}).setdefault(PUBLISH_KEY, {})


def apply_pending(session: Session) -> None:
    """Write the key wraps set in this transaction into their staff rows."""
    published = session.info.get(PUBLISH_KEY)
    if not published:
        return
    for account in session.execute(select(StaffAccount).where(
            StaffAccount.username.in_(list(published)))).scalars():
        public, wrap = published.pop(account.username)
        if account.key_public != public or account.key_wrap != wrap:
            account.key_public, account.key_wrap = public, wrap


def install(factory: sessionmaker[Session]) -> None:
    pending(factory)
    event.listen(factory, "before_commit", apply_pending)


def mirror(ring: Keyring, store_key: bytes, accounts: list[StaffAccount]) -> bool:
    """Bring the key ring in step with the office's accounts: an active account whose key
    pair the ring does not hold gets an office wrap; a disabled one loses its wraps. True
    when the ring changed (the caller saves it)."""
    changed = False
    for account in accounts:
        name = normalise_username(account.username)
        if not account.active:
            if ring.has_account(name) or name in ring.case_wraps:
                ring.remove_password(name)
                changed = True
            continue
        if not account.key_public or not account.key_wrap:
            continue
        public = bytes.fromhex(account.key_public)
        if ring.staff_public(name) == public:
            continue
        ring.add_office_wrap(name, public, json.loads(account.key_wrap), store_key)
        changed = True
    return changed
