"""`fremskudt-central`: the central jobcenter's side of the sync: its age identities, the
enrolled office devices, importing bundles with receipts, and statistics."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from app import (
    __version__,
    cli_central_control,
    cli_central_rebuild,
    cli_central_referrals,
    cli_central_report,
    cli_central_upgrade,
)
from app.domain.errors import FremskudtError
from app.services.office import fingerprint
from app.sync import central
from app.sync.central_keys import CentralFolder
from app.sync.central_store import is_sqlite, sqlite_path

ENV_PASSPHRASE = "FREMSKUDT_CENTRAL_PASSPHRASE"


def _passphrase(confirm: bool = False) -> str:
    secret = os.environ.get(ENV_PASSPHRASE)
    if secret:
        return secret
    if not sys.stdin.isatty():
        raise FremskudtError("Angiv adgangsfrasen i {name}.", name=ENV_PASSPHRASE)
    secret = getpass.getpass("Adgangsfrase til den centrale identitet: ")
    if confirm and getpass.getpass("Gentag adgangsfrasen: ") != secret:
        raise FremskudtError("De to adgangsfraser er ikke ens.")
    return secret


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fremskudt-central",
        description="Det centrale jobcenters del af Fremskudt: nøgler til synkronisering.")
    parser.add_argument("--version", action="version", version=f"Fremskudt {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", required=True)
    for name, text in (("init", "opret den centrale identitet og offentlige nøglefil"),
                       ("rotate-key", "tilføj en ny nøgle; de gamle beholdes til dekryptering"),
                       ("export-identity", "skriv den nyeste identitet som age-identitetsfil"),
                       ("keys", "vis de offentlige nøgler med fingeraftryk"),
                       ("enroll", "tilmeld en kontor-arbejdsstation fra dens tilmeldingsfil"),
                       ("revoke", "spær en arbejdsstation og skriv kontorets pakke med "
                        "spærringen"),
                       ("import", "indlæs pakker fra kontorerne"),
                       ("rotate-receipt-key", "ny nøgle til underskrift af kvitteringer "
                        "og pakker, meddelt kontorerne i en pakke til hvert"),
                       ("status", "skriv en statuskvittering for en arbejdsstation"),
                       ("stats", "vis arbejdsstationer, sekvenser, poster og konflikter")):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("--dir", required=True, metavar="C", help="den centrale mappe")
        if name == "export-identity":
            cmd.add_argument("--out", required=True, metavar="FILE")
        if name in ("import", "stats", "enroll", "revoke", "status", "rotate-receipt-key"):
            cmd.add_argument("--db", metavar="URL", help="database (standard: krypteret "
                             "SQLite i C; ellers fx postgresql://…)")
        if name == "enroll":
            cmd.add_argument("file", metavar="FILE")
            cmd.add_argument("--yes", action="store_true", help="bekræft uden at spørge")
        if name in ("revoke", "status"):
            cmd.add_argument("device_id", metavar="ENHEDS-ID")
        if name == "revoke":
            cmd.add_argument("--office", metavar="KONTOR", help="kontorets navn eller id; så "
                             "kan arbejdsstationen også angives ved sit navn")
        if name == "import":
            cmd.add_argument("files", nargs="+", metavar="FILE")
        if name == "stats":
            cmd.add_argument("--json", action="store_true")
    cli_central_report.add_parser(sub)
    cli_central_referrals.add_parser(sub)
    cli_central_upgrade.add_parser(sub)
    cli_central_rebuild.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    folder = CentralFolder(Path(args.dir or "."))  # report may name only its --db
    try:
        if args.command == "init":
            key = folder.init(_passphrase(confirm=True))
            print(f"Central identitet oprettet. Offentlig nøglefil: {folder.public_file}")
            print(f"Fingeraftryk: {key.fingerprint}")
        elif args.command == "rotate-key":
            key = folder.rotate(_passphrase())
            print(f"Ny nøgle tilføjet ({key.key_id}). Fingeraftryk: {key.fingerprint}")
            print(f"Send {folder.public_file} til kontorerne.")
        elif args.command == "export-identity":
            key = folder.export_current(_passphrase(), Path(args.out))
            print(f"Identiteten for {key.recipient} er skrevet til {args.out}. Filen er ikke "
                  "krypteret: slet den, når den ikke skal bruges mere.")
        elif args.command == "keys":
            for key in folder.public_keys():
                print(f"{key.created_at}  {key.key_id}  {key.trust_fingerprint}")
        elif args.command == "report":
            return cli_central_report.run(args, _passphrase, BadInput)
        elif args.command == "upgrade":
            return cli_central_upgrade.run(args, _passphrase, BadInput)
        elif args.command == "referrals":
            _check_paths(args, folder)
            return cli_central_referrals.run(
                args, folder, lambda: central.central_engine(
                    folder, args.db, passphrase=_passphrase() if is_sqlite(args.db) else None),
                _passphrase, BadInput, err=lambda text: print(text, file=sys.stderr))
        elif args.command == "rebuild":
            _check_paths(args, folder)
            return cli_central_rebuild.run(args, folder, lambda secret: central.central_engine(
                folder, args.db, passphrase=secret if is_sqlite(args.db) else None),
                _passphrase, BadInput)
        elif args.command == "rotate-receipt-key":
            _check_paths(args, folder)
            return cli_central_control.rotate(args, folder, lambda secret: central.central_engine(
                folder, args.db, passphrase=secret if is_sqlite(args.db) else None), _passphrase)
        else:
            enrollment = _check_paths(args, folder)
            return _data_command(args, folder, enrollment)
    except BadInput as exc:
        print(f"fremskudt-central: {exc.message}", file=sys.stderr)
        return 2
    except FremskudtError as exc:
        print(f"fremskudt-central: {exc.message}", file=sys.stderr)
        return 1
    except OperationalError:
        url = make_url(args.db).render_as_string(hide_password=True) if args.db else "SQLite"
        print(f"fremskudt-central: den centrale database ({url}) kan ikke nås eller bruges.",
              file=sys.stderr)
        return 1
    return 0


class BadInput(FremskudtError):
    """A path or file on the command line that cannot be used: exit 2, nothing created."""


def _check_paths(args: argparse.Namespace, folder: CentralFolder) -> dict | None:
    """Refuse missing paths before anything is opened or created; read the enrollment file
    (the only input a data command reads whole) here for the same reason."""
    if not folder.root.is_dir():
        raise BadInput("Mappen {folder} findes ikke.", folder=folder.root)
    if is_sqlite(args.db):
        db = sqlite_path(folder.root, args.db)
        if not db.parent.is_dir():
            raise BadInput("Mappen {folder} til databasen findes ikke.", folder=db.parent)
        if args.command in ("stats", "revoke", "status") and not db.exists():
            raise BadInput("Den centrale database {path} findes ikke endnu; tilmeld først en "
                           "arbejdsstation (enroll).", path=db)
    if args.command != "enroll":
        return None
    try:
        data = Path(args.file).read_bytes()
    except OSError:
        raise BadInput("Filen {file} findes ikke eller kan ikke læses.",
                       file=args.file) from None
    try:
        return central.read_enrollment(data)
    except FremskudtError as exc:
        raise BadInput(exc.template, **exc.params) from None


def _data_command(args: argparse.Namespace, folder: CentralFolder, doc: dict | None) -> int:
    # the SQLite store is encrypted with a key from the central passphrase
    secret = _passphrase() if args.command == "import" or is_sqlite(args.db) else None
    engine = central.central_engine(folder, args.db, passphrase=secret)
    try:
        if args.command == "enroll":
            print(f"Kontor: {doc['office']}, arbejdsstation: {doc.get('workstation', '')}")
            print(f"Enheds-id: {doc['device_id']}")
            print(f"Fingeraftryk: {fingerprint(bytes.fromhex(doc['public_key']))}")
            if not args.yes:
                if not sys.stdin.isatty():
                    raise FremskudtError("Bekræft med --yes, når der ikke er en terminal.")
                if input("Passer fingeraftrykket med det, kontoret læser op? [j/N] ").strip(
                        ).lower() not in ("j", "ja", "y", "yes"):
                    print("Ikke tilmeldt.")
                    return 1
            central.enroll(engine, doc)
            print("Arbejdsstationen er tilmeldt.")
        elif args.command == "status":
            path = central.status_receipt(engine, args.device_id,
                                          folder.receipt_signing_key(_passphrase()),
                                          folder.root / "receipts")
            print(f"Statuskvittering: {path}")
        elif args.command == "revoke":
            return cli_central_control.revoke(args, folder, engine, _passphrase)
        elif args.command == "stats":
            result = central.stats(engine)
            if args.json:
                print(json.dumps(result, indent=2, ensure_ascii=False))
            else:
                for d in result["devices"]:
                    print(f"{d['office']} / {d['workstation']}: sekvens {d['last_seq']}"
                          + (" (spærret)" if d["revoked"] else ""))
                print(f"Poster: {sum(result['records'].values())}, konflikter: "
                      f"{result['conflicts']}, pakker: {result['bundles']}")
                for alarm in result["audit_alarms"]:  # issue 16 point 3: for the IT
                    print(f"LOGKÆDE {alarm['kind'].upper()} {alarm['detected_at']} "
                          f"{alarm['office']} ({alarm['device_id']}): {alarm['reason']}")
        else:
            secret = secret or _passphrase()
            identities = folder.load_identities(secret)
            signing = folder.receipt_signing_key(secret)
            failed = 0
            for name in args.files:
                try:
                    result = central.import_bundle(engine, Path(name), identities, signing,
                                                   folder.root / "receipts")
                except central.ImportRefused as exc:
                    print(f"AFVIST {exc.message}", file=sys.stderr)
                    failed += 1
                    continue
                except Exception as exc:  # one bad file never stops the batch
                    print(f"AFVIST {Path(name).name}: uventet fejl ({type(exc).__name__}).",
                          file=sys.stderr)
                    failed += 1
                    continue
                if result.status == "already":
                    print(f"{Path(name).name}: allerede indlæst (pakke {result.seq}); "
                          "ingen ændring.")
                else:
                    print(f"{Path(name).name}: pakke {result.seq} indlæst, {result.records} "
                          f"poster, {result.conflicts} konflikter. Kvittering: "
                          f"{result.receipt}")
            return 1 if failed else 0
    finally:
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
