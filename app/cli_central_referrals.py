"""`fremskudt-central referrals --dir C --office OFFICE FILE.csv [--skip-bad]` and
`fremskudt-central referrals --dir C --status [--office OFFICE] [--json]` (issue 19 points
1-3): the jobcenter's referral list in, the office's downsync bundle out (its path is the
last line printed), and each referral's state as the office answered it."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from app.db.keyring import atomic_write
from app.domain.errors import FremskudtError
from app.domain.text import counted
from app.sync.central_keys import CentralFolder
from app.sync.referral_csv import (
    FILE_LIMIT,
    ReferralFileError,
    ReferralRowsRefused,
    validated,
)

OUT_DIR = "til-kontorer"


def add_parser(sub: argparse._SubParsersAction) -> None:
    cmd = sub.add_parser("referrals", help="indlæs jobcentrets henvisninger til et kontor og "
                         "skriv kontorets pakke, eller vis henvisningernes status")
    cmd.add_argument("--dir", required=True, metavar="C", help="den centrale mappe")
    cmd.add_argument("--db", metavar="URL", help="database (standard: krypteret SQLite i C)")
    cmd.add_argument("--office", metavar="KONTOR", help="kontorets navn eller id (se stats)")
    cmd.add_argument("file", nargs="?", metavar="FILE.csv")
    cmd.add_argument("--skip-bad", action="store_true",
                     help="indlæs de gode rækker og skriv de fejlbehæftede i en rapport")
    cmd.add_argument("--status", action="store_true", help="vis henvisningernes status")
    cmd.add_argument("--json", action="store_true", help="status som JSON")


def _csv(args: argparse.Namespace, bad_input: type[FremskudtError]) -> bytes:
    if not args.office:
        raise bad_input("Angiv kontoret med --office (navnet eller id'et fra stats).")
    path = Path(args.file)
    try:
        if path.stat().st_size > FILE_LIMIT:
            raise bad_input("Filen {file} er større end {limit} MB.", file=args.file,
                            limit=FILE_LIMIT >> 20)
        return path.read_bytes()
    except OSError:
        raise bad_input("Filen {file} findes ikke eller kan ikke læses.",
                        file=args.file) from None


def run(args: argparse.Namespace, folder: CentralFolder, engine_for: Callable[[], object],
        passphrase: Callable[[], str], bad_input: type[FremskudtError],
        out: Callable[[str], None] = print, err: Callable[[str], None] = print) -> int:
    from app.sync.central_control import control_parts
    from app.sync.central_referrals import import_referrals, referral_states

    if args.status == bool(args.file):
        raise bad_input("Angiv enten en henvisningsliste (FILE.csv) eller --status.")
    if args.status:
        engine = engine_for()
        try:
            states = referral_states(engine, args.office)
        finally:
            engine.dispose()
        if args.json:
            out(json.dumps(states, ensure_ascii=False, indent=2))
        else:
            for s in states:
                out(f"{s['henvist']}  {s['id']}  pakke {s['pakke']}  {s['status']}"
                    + (f": {s['begrundelse']}" if s["begrundelse"] else ""))
            counts = {k: sum(s["status"] == k for s in states)
                      for k in ("sendt", "accepteret", "afvist")}
            out(f"{len(states)} henvisninger: {counts['sendt']} ubesvarede, "
                f"{counts['accepteret']} accepteret, {counts['afvist']} afvist.")
        return 0
    data = _csv(args, bad_input)
    try:
        good, bad = validated(data, dt.date.today(), skip_bad=args.skip_bad)
    except ReferralRowsRefused as exc:
        for row in exc.rows:
            err(row.message)
        raise
    except ReferralFileError as exc:
        raise bad_input("{file}: {reason}", file=args.file, reason=exc.message) from None
    if bad:
        report = Path(args.file).with_name(Path(args.file).stem + "-afviste.txt")
        atomic_write(report, "".join(f"{row.message}\n" for row in bad).encode("utf-8"))
        out(f"{counted(len(bad), 'række', 'rækker')} er sprunget over; de står i {report}.")
    secret = passphrase()
    engine = engine_for()
    try:
        result = import_referrals(engine, args.office, good, folder.receipt_signing_key(secret),
                                  folder.root / OUT_DIR, control=lambda session, office:
                                  control_parts(session, office, folder.root))
    finally:
        engine.dispose()
    if result.bundle is None:
        out(f"Ingen nye henvisninger ({result.already} er indlæst før); der er ikke skrevet "
            "en pakke.")
        return 0
    out(counted(result.added, "ny henvisning", "nye henvisninger")
        + (f" ({result.already} var indlæst før)" if result.already else "")
        + ". Send pakken til kontoret (fremskudt import-central FIL):")
    out(str(result.bundle))
    return 0
