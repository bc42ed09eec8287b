"""`fremskudt rebuild-request --data-dir D --name NAME --out FILE` and `fremskudt rebuild
--data-dir D --keys central-public-keys.json FILE.fsr` (issue 19 point 6): a new workstation
asks the jobcenter for its lost office, then opens the office from the rebuild bundle
(app/services/rebuild.py)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app.cli import CliError
from app.paths import DataPaths


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    ask = sub.add_parser("rebuild-request", parents=[common],
                         help="ny arbejdsstation: anmod jobcentret om det tabte kontor")
    ask.add_argument("--name", required=True, metavar="NAVN", help="arbejdsstationens navn")
    ask.add_argument("--out", required=True, metavar="FILE", help="anmodningen til jobcentret")
    build = sub.add_parser("rebuild", parents=[common],
                           help="åbn det tabte kontor fra jobcentrets genopbygningspakke")
    build.add_argument("--keys", required=True, metavar="KEYFILE",
                       help="jobcentrets nøglefil (central-public-keys.json)")
    build.add_argument("file", metavar="FILE.fsr")


def cmd_rebuild_request(paths: DataPaths, args: argparse.Namespace,
                        out: Callable[[str], None]) -> int:
    from app.services.rebuild import request_rebuild

    if not Path(args.out).parent.is_dir():
        raise CliError(f"Mappen til {args.out} findes ikke.", 2)
    made = request_rebuild(paths, args.name, Path(args.out))
    out(f"Anmodningen er skrevet til {made.path}. Giv den til jobcentrets IT "
        "(fremskudt-central rebuild).")
    out(f"Fingeraftryk (sammenlign med det, IT læser op): {made.fingerprint}")
    return 0


def cmd_rebuild(paths: DataPaths, args: argparse.Namespace, out: Callable[[str], None]) -> int:
    from app.services.rebuild import rebuild

    for name in (args.keys, args.file):
        if not Path(name).is_file():
            raise CliError(f"Filen {name} findes ikke.", 2)
    done = rebuild(paths, Path(args.file), Path(args.keys).read_bytes())
    out(f"Kontoret {done.office} er genopbygget fra jobcentret: {done.records} poster. "
        f"Jobcentrets nøgle (sammenlign med IT): {done.central_fingerprint}")
    out("Medarbejderne logger ind med deres egne adgangskoder.")
    for w in done.lost:
        when = w["last_import"].replace("T", " ") or "aldrig"
        out(f"TABT: arbejdsstationen {w['workstation'] or w['device_id']}: arbejde efter "
            f"pakke {w['last_seq']} (indlæst hos jobcentret {when}, ændring {w['counter']}) "
            "er ikke med.")
    out(f"Kontrolsum: {done.digest}")
    return 0
