"""Entry point: parses the arguments, then starts the GUI or runs a headless command."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from app import __version__, cli_rebuild, cli_referrals
from app.cli import (
    cmd_backup,
    cmd_caseload,
    cmd_check,
    cmd_demo,
    cmd_measures,
    cmd_sync,
    cmd_verify_audit,
    run_headless,
)
from app.paths import UI_LANGUAGES, DataPaths, resources_dir


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand's own --data-dir must not reset one given before it
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="datamappe (standard: brugerens datamappe for Fremskudt)")
    parser = argparse.ArgumentParser(
        prog="fremskudt",
        description="Fremskudt: arbejdsredskab til den fremskudte beskæftigelsesindsats.",
    )
    parser.add_argument("--data-dir", metavar="DIR",
                        help="datamappe (standard: brugerens datamappe for Fremskudt)")
    parser.add_argument("--lang", choices=UI_LANGUAGES, default=os.environ.get(
        "FREMSKUDT_LANG", "da"), help="sprog i brugerfladen: da (dansk, standard) eller en "
        "(engelsk); kan også sættes med FREMSKUDT_LANG")
    parser.add_argument("--version", action="version", version=f"Fremskudt {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    demo = sub.add_parser("demo", parents=[common], help="opret et demokontor med fiktive data")
    demo.add_argument("--citizens", type=int, default=500, metavar="N")
    demo.add_argument("--seed", type=int, default=1)
    sub.add_parser("selftest", parents=[common],
                   help="kontrollér installationen (Qt, database, PDF) og afslut")
    check = sub.add_parser("check", parents=[common],
                           help="kontrollér databasen: integritet, skemaversion, antal poster")
    check.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    load = sub.add_parser("caseload", parents=[common],
                          help="sagsstammen: åbne forløb med trin og frister")
    load.add_argument("--today", metavar="YYYY-MM-DD", help="beregn fristerne pr. denne dato")
    form = load.add_mutually_exclusive_group(required=True)
    form.add_argument("--json", dest="format", action="store_const", const="json")
    form.add_argument("--csv", dest="format", action="store_const", const="csv")
    measures = sub.add_parser("measures", parents=[common],
                              help="ledelsesinformation: månedens mål for kontoret")
    measures.add_argument("--month", required=True, metavar="YYYY-MM")
    measures.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    sub.add_parser("backup", parents=[common], help="tag en krypteret sikkerhedskopi nu")
    restore = sub.add_parser("restore", parents=[common],
                             help="gendan en sikkerhedskopi (den nuværende gemmes først)")
    restore.add_argument("file", metavar="FILE")
    sub.add_parser("verify-audit", parents=[common],
                   help="kontrollér at logkæden er hel (intet ændret, slettet eller byttet)")
    key = sub.add_parser("central-key", help="jobcentrets offentlige nøgler")
    key_sub = key.add_subparsers(dest="action", required=True, metavar="HANDLING")
    add = key_sub.add_parser("add", parents=[common], help="indlæs jobcentrets nøglefil")
    add.add_argument("file", metavar="FILE")
    rotate = key_sub.add_parser("rotate", parents=[common],
                                help="indlæs en rotation af jobcentrets kvitteringsnøgle")
    rotate.add_argument("file", metavar="FILE")
    enrol = sub.add_parser("enrollment", parents=[common],
                           help="tilmeldingsfil med arbejdsstationens nøgle")
    enrol.add_argument("--out", required=True, metavar="FILE")
    export = sub.add_parser("export", parents=[common], help="eksportér en pakke til jobcentret")
    export.add_argument("--out", required=True, metavar="DIR")
    receipt = sub.add_parser("import-receipt", parents=[common],
                             help="indlæs en kvittering fra jobcentret")
    receipt.add_argument("file", metavar="FILE")
    cli_referrals.add_parsers(sub, common)  # import-central, referrals (issue 19)
    cli_rebuild.add_parsers(sub, common)  # rebuild-request, rebuild (issue 19 point 6)
    _peer_commands(sub, common)
    return parser


def _peer_commands(sub, common: argparse.ArgumentParser) -> None:
    """`peers invite|join|sync|list|revoke` and `digest` (issue 18)."""
    peers = sub.add_parser("peers", help="kontorets arbejdsstationer")
    actions = peers.add_subparsers(dest="action", required=True, metavar="HANDLING")
    invite = actions.add_parser("invite", parents=[common],
                                help="engangskode til en ny arbejdsstation")
    invite.add_argument("--folder", required=True, metavar="DIR")
    join = actions.add_parser("join", parents=[common],
                              help="tilslut denne arbejdsstation et eksisterende kontor")
    join.add_argument("--folder", required=True, metavar="DIR")
    join.add_argument("--code", required=True, metavar="KODE")
    join.add_argument("--name", metavar="NAVN", help="arbejdsstationens navn, 1-40 tegn "
                      "(standard: computerens navn og et kort enheds-id)")
    join.add_argument("--yes", action="store_true", help="bekræft uden at spørge")
    sync = actions.add_parser("sync", parents=[common], help="synkronisér via en mappe")
    sync.add_argument("--folder", required=True, metavar="DIR")
    sync.add_argument("--yes", action="store_true",
                      help="optag nye arbejdsstationer uden at spørge")
    listing = actions.add_parser("list", parents=[common], help="kontorets arbejdsstationer")
    listing.add_argument("--json", action="store_true")
    revoke = actions.add_parser("revoke", parents=[common], help="spær en arbejdsstation")
    revoke.add_argument("device", metavar="ENHED")
    from app.cli_peers_live import add_live_commands

    add_live_commands(actions, common)  # serve, status (issue 23)
    sub.add_parser("digest", parents=[common],
                   help="kontrolsum over kontorets data (ens på alle arbejdsstationer)")


def selftest(out=print) -> int:
    """Qt offscreen, a temporary encrypted store, a rendered PDF shown through QtPdf, and the
    English catalogue."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QTranslator
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdf import QPdfDocument

    from app.db.keyring import KdfParams, format_recovery_key
    from app.domain.roles import Role
    from app.reports.recovery_sheet import recovery_sheet_pdf
    from app.services import citizens
    from app.services.setup import setup_office

    qt_app = QGuiApplication.instance() or QGuiApplication(["fremskudt-selftest"])
    with tempfile.TemporaryDirectory(prefix="fremskudt-selftest-") as tmp:
        result = setup_office(
            DataPaths(Path(tmp)), office_name="Selvtest", municipality="Selvtest",
            username="selvtest", full_name="Selv Test", password="selvtest-kode",
            roles={Role.JOBKONSULENT}, kdf=KdfParams.fast_for_tests(),
        )
        ctx = result.ctx
        found = citizens.create(ctx, first_name="Nguyễn Thị", last_name="Hương",
                                cpr="0101901234")
        assert citizens.search(ctx, "hương")[0].id == found.id
        pdf = recovery_sheet_pdf(office_name="Selvtest", municipality="Selvtest",
                                 recovery_key_text=format_recovery_key(result.recovery_key),
                                 store_id=ctx.store.keyring.store_id)
        ctx.store.close()
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    image = document.render(0, QSize(210, 297))
    english = QTranslator()
    translated = english.load(str(resources_dir() / "translations" / "fremskudt_en.qm")) and \
        english.translate("MainWindow", "&Filer") == "&File"
    ok = document.pageCount() == 1 and not image.isNull() and translated
    document.close()
    del qt_app
    out(f"Fremskudt {__version__} selvtest: {'ok' if ok else 'FEJL'} "
        f"(Qt, krypteret database, PDF på {len(pdf)} byte, "
        f"engelsk oversættelse {'fundet' if translated else 'MANGLER'})")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    lang, rest = os.environ.get("FREMSKUDT_LANG", "da"), argv
    if len(argv) == 3 and argv[0] == "--lang":
        lang, rest = argv[1], argv[2:]
    if len(rest) == 1 and rest[0].lower().endswith(".fsb") and lang in UI_LANGUAGES:
        # a bundle double-clicked in Explorer (the installer associates .fsb)
        from app.ui.application import run_gui

        return run_gui(DataPaths.resolve(None), lang=lang, opened_bundle=Path(rest[0]))
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang not in UI_LANGUAGES:
        parser.error(f"ukendt sprog i FREMSKUDT_LANG: {args.lang} (vælg da eller en)")
    paths = DataPaths.resolve(args.data_dir)
    if args.command == "demo":
        return run_headless(lambda: cmd_demo(paths, args.citizens, args.seed, print))
    if args.command == "check":
        return run_headless(lambda: cmd_check(paths, args.json, print))
    if args.command in ("central-key", "enrollment", "export", "import-receipt"):
        return run_headless(lambda: cmd_sync(paths, args, print))
    if args.command == "import-central":
        return run_headless(lambda: cli_referrals.cmd_import_central(paths, args.file, print))
    if args.command == "referrals":
        return run_headless(lambda: cli_referrals.cmd_referrals(paths, args.json, print))
    if args.command in ("rebuild-request", "rebuild"):
        return run_headless(lambda: getattr(cli_rebuild, "cmd_" + args.command.replace(
            "-", "_"))(paths, args, print))
    if args.command in ("backup", "restore"):
        return run_headless(lambda: cmd_backup(paths, getattr(args, "file", None), print))
    if args.command == "verify-audit":
        return run_headless(lambda: cmd_verify_audit(paths, print))
    if args.command == "caseload":
        return run_headless(lambda: cmd_caseload(paths, args.today, args.format, print))
    if args.command == "measures":
        return run_headless(lambda: cmd_measures(paths, args.month, args.json, print))
    if args.command == "peers" and args.action in ("serve", "status"):
        from app import cli_peers_live

        return run_headless(lambda: getattr(cli_peers_live, f"cmd_{args.action}")(
            paths, args, print))
    if args.command == "peers":
        from app.cli_peers import cmd_peers

        return run_headless(lambda: cmd_peers(paths, args, print))
    if args.command == "digest":
        from app.cli_peers import cmd_digest

        return run_headless(lambda: cmd_digest(paths, print))
    if args.command == "selftest":
        return run_headless(selftest)
    from app.ui.application import run_gui

    return run_gui(paths, lang=args.lang)


if __name__ == "__main__":
    sys.exit(main())
