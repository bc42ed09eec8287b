"""Who holds the case data key K_case, and keeping the key ring in step with the roles.

K_case is sealed to the X25519 public key of every active account whose roles hold it (every
role but the counter's: case roles read case content, the administrator grants it and exports
it to the central jobcenter) and to the recovery key. It is never sealed to an account whose
roles are only skranke. See docs/threat-model.md, "Nøgler og roller / Keys and roles".
"""

from __future__ import annotations

import json
import logging

from cryptography.exceptions import InvalidTag
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import casekey, staffkeys
from app.db.keyring import RECOVERY_HOLDER
from app.db.models import Base, LocalSetting, StaffAccount
from app.db.store import CASE_CONTENT_UNSEALED, OpenStore
from app.db.types import CaseText
from app.domain.errors import FremskudtError
from app.domain.roles import Role, parse_roles
from app.services.office import RECOVERY_SHEET_PENDING_KEY

log = logging.getLogger(__name__)

CASE_KEY_ROLES = frozenset({Role.JOBKONSULENT, Role.JOBFORMIDLER, Role.LEDER,
                            Role.ADMINISTRATOR})


class CaseKeyPending(FremskudtError):
    """An upgraded store whose case content is not sealed yet: only a case role may log in."""


def holds_case_key(roles: frozenset[Role] | set[Role]) -> bool:
    return bool(set(roles) & CASE_KEY_ROLES)


def is_unsealed(store: OpenStore) -> bool:
    with store.sessions() as session:
        return session.get(LocalSetting, CASE_CONTENT_UNSEALED) is not None


def unlock(store: OpenStore, username: str, roles: frozenset[Role],
           staff_private: bytes | None, known: bytes | None = None) -> bytes | None:
    """K_case for an account that has just proved its password (or the recovery key, which
    gives `known`); None for the counter. In a store upgraded from before K_case, the first
    case role's login makes K_case and seals the case content; the counter waits for it."""
    unsealed = is_unsealed(store)
    if not holds_case_key(roles):
        if unsealed:
            raise CaseKeyPending("En sagsbehandler skal logge ind først efter opdateringen.")
        return None
    key = store.keyring.open_case_key(username, staff_private) or known
    if key is None and staff_private is not None:
        key = _office_case_key(store, username, staff_private)
    if unsealed:
        if key is None and not store.keyring.case_wraps:
            key = casekey.new_case_key()
        if key is not None:
            seal_case_content(store, key)
    if key is not None:
        with store.sessions.begin() as session:
            reconcile(store, key, session)
    return key


def _case_aad(username: str) -> bytes:
    return f"fremskudt-case/1|{username}".encode()


def open_case_key(store: OpenStore, username: str, private: bytes | None) -> bytes | None:
    """K_case from this key ring's seal, or from the account's replicated one."""
    key = store.keyring.open_case_key(username, private)
    if key is None and private is not None:
        key = _office_case_key(store, username, private)
    return key


def _office_case_key(store: OpenStore, username: str, private: bytes) -> bytes | None:
    """K_case from the account's replicated seal (issue 18: made on another workstation)."""
    with store.sessions() as session:
        seal = session.execute(select(StaffAccount.case_seal).where(
            StaffAccount.username == username)).scalar()
    if not seal:
        return None
    doc = json.loads(seal)
    try:
        key = casekey.open_sealed(private, bytes.fromhex(doc["ephemeral"]),
                                  bytes.fromhex(doc["nonce"]), bytes.fromhex(doc["ciphertext"]),
                                  _case_aad(username))
    except (InvalidTag, ValueError, KeyError):
        return None
    return key if len(key) == casekey.KEY_BYTES else None


def _publish_case_seals(session: Session, key: bytes | None, entitled: set[str]) -> None:
    """The office-wide copy of K_case's seals, in the staff rows: sealed to each entitled
    account's public key, removed from the others (replicated with the roles)."""
    for account in session.execute(select(StaffAccount)).scalars():
        if account.username not in entitled or not account.key_public:
            if account.case_seal:
                account.case_seal = ""
            continue
        current = json.loads(account.case_seal) if account.case_seal else {}
        if key is None or current.get("public") == account.key_public:
            continue
        eph, nonce, ct = casekey.seal_to(bytes.fromhex(account.key_public), key,
                                         _case_aad(account.username))
        account.case_seal = json.dumps({"public": account.key_public, "ephemeral": eph.hex(),
                                        "nonce": nonce.hex(), "ciphertext": ct.hex()},
                                       sort_keys=True)


def seal_case_content(store: OpenStore, key: bytes) -> int:
    """Seal every case column still in plain text (the upgrade), in one transaction with the
    mark's removal and K_case's seals in the key ring, then empty the WAL so the plain text
    left in it goes too (secure_delete has overwritten the old cells). Returns the fields."""
    sealed = 0
    with store.sessions.begin() as session:
        conn = session.connection()
        for table in Base.metadata.sorted_tables:
            columns = [c.name for c in table.columns if isinstance(c.type, CaseText)]
            if not columns:
                continue
            rows = conn.exec_driver_sql(
                f"SELECT id, {', '.join(columns)} FROM {table.name}").fetchall()
            for row in rows:
                changes = {name: casekey.seal_text(value, key)
                           for name, value in zip(columns, row[1:], strict=True)
                           if value and not casekey.is_sealed(value)}
                if changes:
                    assignments = ", ".join(f"{name} = ?" for name in changes)
                    conn.exec_driver_sql(f"UPDATE {table.name} SET {assignments} WHERE id = ?",
                                         (*changes.values(), row[0]))
                    sealed += len(changes)
        session.delete(session.get(LocalSetting, CASE_CONTENT_UNSEALED))
        if store.keyring.recovery_public() is None:
            # a version 1 ring: the recovery key's public half is unknown, so K_case cannot be
            # sealed to it; the administrator is asked for a new recovery sheet
            session.merge(LocalSetting(key=RECOVERY_SHEET_PENDING_KEY, value="1"))
        reconcile(store, key, session)  # saves the key ring before the commit
        store.keyring.save(store.paths.keyring)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    log.info("case content sealed under the case data key: %d fields", sealed)
    return sealed


def reconcile(store: OpenStore, key: bytes | None, session: Session) -> bool:
    """Seal K_case to every active account that holds it and has no seal yet (when `key` is
    known) and to the recovery key; remove the seals of accounts that no longer hold it.
    Reads the accounts through `session`, so a role change in it counts before its commit.
    Returns whether the key ring changed (it is then saved)."""
    ring = store.keyring
    accounts = session.execute(
        select(StaffAccount.username, StaffAccount.roles, StaffAccount.active)).all()
    entitled = {name for name, roles, active in accounts
                if active and holds_case_key(parse_roles(roles))}
    changed = False
    for holder in list(ring.case_wraps):
        if holder != RECOVERY_HOLDER and holder not in entitled:
            ring.remove_case_key(holder)
            changed = True
    if key is not None:
        for name in sorted(entitled - set(ring.case_wraps)):
            public = ring.staff_public(name)
            if public is not None:
                ring.seal_case_key(name, public, key)
                changed = True
        recovery = ring.recovery_public()
        if RECOVERY_HOLDER not in ring.case_wraps and recovery is not None:
            ring.seal_case_key(RECOVERY_HOLDER, recovery, key)
            changed = True
    staffkeys.apply_pending(session)  # the key pairs set in this transaction first
    _publish_case_seals(session, key, entitled)
    if changed:
        ring.save(store.paths.keyring)
    return changed
