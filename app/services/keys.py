"""Key material as the UI sees it: the KDF settings, the recovery key as text and on paper,
user names as stored, and the fingerprints read aloud over the phone.

The UI imports only services and domain (tests/test_architecture.py); this module is its door
to what `db.keyring`, `reports.recovery_sheet` and `sync.central_keys` know about keys.
"""

from __future__ import annotations

from app.db.keyring import KdfParams, format_recovery_key, normalise_username, parse_recovery_key
from app.services.context import ServiceContext
from app.services.office import office_info
from app.sync.central_keys import key_fingerprint

__all__ = [
    "KdfParams",
    "format_recovery_key",
    "key_fingerprint",
    "normalise_username",
    "parse_recovery_key",
    "recovery_sheet",
]


def recovery_sheet(ctx: ServiceContext, recovery_key: bytes) -> bytes:
    """The printed recovery sheet for this office's store, as PDF bytes (never written to disk
    here: printing or saving it is the user's act)."""
    from app.reports.recovery_sheet import recovery_sheet_pdf  # reportlab: not at login

    info = office_info(ctx)
    return recovery_sheet_pdf(
        office_name=info.office_name, municipality=info.municipality,
        recovery_key_text=format_recovery_key(recovery_key),
        store_id=ctx.store.keyring.store_id, created_at=ctx.now().astimezone())
