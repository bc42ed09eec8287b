"""`fremskudt-central rebuild --dir C [--db URL] --office OFFICE --for REQUEST [--yes]` (issue
19 point 6): the rebuild bundle for a lost office's new workstation
(app/sync/central_rebuild.py), after the IT typed the office's name to confirm."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli_central_referrals import OUT_DIR
from app.domain.errors import FremskudtError
from app.services.office import fingerprint
from app.sync.central_keys import CentralFolder


def add_parser(sub: argparse._SubParsersAction) -> None:
    cmd = sub.add_parser("rebuild", help="genopbyg et tabt kontor på en ny arbejdsstation")
    cmd.add_argument("--dir", required=True, metavar="C", help="den centrale mappe")
    cmd.add_argument("--db", metavar="URL", help="database (standard: krypteret SQLite i C)")
    cmd.add_argument("--office", required=True, metavar="KONTOR",
                     help="kontorets navn eller id (se stats)")
    cmd.add_argument("--for", dest="request", required=True, metavar="ANMODNING",
                     help="den nye arbejdsstations anmodning (fremskudt rebuild-request)")
    cmd.add_argument("--yes", action="store_true", help="bekræft uden at spørge")


def run(args: argparse.Namespace, folder: CentralFolder, engine_for: Callable[[str], object],
        passphrase: Callable[[], str], bad_input: type[FremskudtError],
        out: Callable[[str], None] = print) -> int:
    from sqlalchemy.orm import Session

    from app.sync.central_rebuild import lost_work, read_request, rebuild
    from app.sync.central_referrals import find_office

    try:
        data = Path(args.request).read_bytes()
    except OSError:
        raise bad_input("Filen {file} findes ikke eller kan ikke læses.",
                        file=args.request) from None
    try:
        request = read_request(data)
    except FremskudtError as exc:
        raise bad_input(exc.template, **exc.params) from None
    secret = passphrase()
    engine = engine_for(secret)
    try:
        with Session(engine) as session:
            office = find_office(session, args.office)
            lost = lost_work(session, office)
        out(f"Kontor: {office.name} ({office.office_id})")
        out(f"Ny arbejdsstation: {request['name']}, fingeraftryk "
            f"{fingerprint(bytes.fromhex(request['signing_public']))}")
        for w in lost:
            out(f"  {w['workstation']}: sidste pakke {w['last_seq']}, indlæst "
                f"{w['last_import'].replace('T', ' ') or 'aldrig'}")
        if not args.yes:
            if not sys.stdin.isatty():
                raise FremskudtError("Bekræft med --yes, når der ikke er en terminal.")
            if input("Skriv kontorets navn for at genopbygge det: ").strip() != office.name:
                out("Ikke genopbygget.")
                return 1
        made = rebuild(engine, office.office_id, request, folder.receipt_signing_key(secret),
                       folder.root / OUT_DIR)
    finally:
        engine.dispose()
    out(f"{made.records} poster. Arbejdsstationen er tilmeldt. Giv den pakken og "
        f"{folder.public_file.name} (fremskudt rebuild --keys FIL PAKKE):")
    out(str(made.path))
    return 0
