"""`fremskudt-central`: the central jobcenter's side of the sync (its age identities).

Importing bundles, enrolling office devices and receipts are built on this by the sync issue.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from app import __version__
from app.domain.errors import FremskudtError
from app.sync.central_keys import CentralFolder

ENV_PASSPHRASE = "FREMSKUDT_CENTRAL_PASSPHRASE"


def _passphrase(confirm: bool = False) -> str:
    secret = os.environ.get(ENV_PASSPHRASE)
    if secret:
        return secret
    if not sys.stdin.isatty():
        raise FremskudtError(f"Angiv adgangsfrasen i {ENV_PASSPHRASE}.")
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
                       ("keys", "vis de offentlige nøgler med fingeraftryk")):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("--dir", required=True, metavar="C", help="den centrale mappe")
        if name == "export-identity":
            cmd.add_argument("--out", required=True, metavar="FILE")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    folder = CentralFolder(Path(args.dir))
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
        else:
            for key in folder.public_keys():
                print(f"{key.created_at}  {key.key_id}  {key.fingerprint}")
    except FremskudtError as exc:
        print(f"fremskudt-central: {exc.message}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
