"""`fremskudt-central rotate-receipt-key --dir C [--db URL]` and `fremskudt-central revoke
--dir C [--db URL] [--office OFFICE] DEVICE` (issue 19 points 4-5): the central's signing key
replaced, or a workstation revoked, and at once a downsync bundle for each office concerned
that carries it (app/sync/central_control.py); the paths of the bundles are printed."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app.cli_central_referrals import OUT_DIR
from app.sync.central_keys import CentralFolder, rotate_receipt_key
from app.sync.central_store import is_sqlite, sqlite_path


def _written(written, out: Callable[[str], None]) -> None:
    for w in written:
        if w.path is None:
            out(f"{w.office}: ingen pakke ({w.reason})")
        else:
            out(f"{w.office}: send pakken til kontoret (fremskudt import-central FIL):")
            out(str(w.path))


def rotate(args: argparse.Namespace, folder: CentralFolder,
           engine_for: Callable[[str], object], passphrase: Callable[[], str],
           out: Callable[[str], None] = print) -> int:
    """The new key, its rotation file, and a downsync bundle announcing it to every office
    the central database knows (none when there is no database yet)."""
    from app.sync.central_control import announce

    secret = passphrase()
    has_db = not is_sqlite(args.db) or sqlite_path(folder.root, args.db).exists()
    engine = engine_for(secret) if has_db else None  # an old schema refuses before the key
    try:
        rotation = rotate_receipt_key(folder, secret)
        out(f"Ny nøgle til underskrift af kvitteringer og pakker. Den offentlige nøglefil "
            f"{folder.public_file} har den nye nøgle (til nye kontorer).")
        out(f"Rotationsfil (fremskudt central-key rotate FIL): {rotation}")
        if engine is None:
            out("Der er ingen central database endnu; ingen kontorer at give besked.")
            return 0
        written = announce(engine, folder.root, folder.receipt_signing_key(secret),
                           folder.root / OUT_DIR)
    finally:
        if engine is not None:
            engine.dispose()
    _written(written, out)
    return 0


def revoke(args: argparse.Namespace, folder: CentralFolder, engine,
           passphrase: Callable[[], str], out: Callable[[str], None] = print) -> int:
    """Revoke at the central, then the office's control bundle with the revocation."""
    from app.sync.central_control import announce
    from app.sync.central_control import revoke as revoke_device

    device = revoke_device(engine, args.device_id, args.office)
    out(f"Arbejdsstationen {device.workstation or device.device_id} ({device.office}) er "
        "spærret: dens pakker afvises, og den modtager ikke flere pakker fra jobcentret.")
    signing = folder.receipt_signing_key(passphrase())
    _written(announce(engine, folder.root, signing, Path(folder.root) / OUT_DIR,
                      device.office_id), out)
    return 0
