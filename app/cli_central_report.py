"""`fremskudt-central report --db URL --month YYYY-MM [--json|--pdf FILE]` (issue 19 point 8):
the programme's measures per office and for all offices, from the central database, for the
jobcenter's leadership. Counts only: no citizen's name, no CPR number."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from app.db.keyring import atomic_write
from app.domain.errors import FremskudtError
from app.domain.text import counted
from app.services.central_report import central_report, report_json
from app.services.measure_texts import headline_lines, month_name
from app.services.measures import parse_month
from app.sync.central_store import central_store_engine, is_sqlite, sqlite_path


def add_parser(sub: argparse._SubParsersAction) -> None:
    cmd = sub.add_parser("report", help="programmets mål pr. kontor og for alle kontorer "
                         "for en måned (ledelsesinformation)")
    cmd.add_argument("--db", metavar="URL", help="database (fx postgresql://… eller "
                     "sqlite:////sti/central.db); uden --db: den krypterede SQLite i --dir")
    cmd.add_argument("--dir", metavar="C", help="den centrale mappe (for standarddatabasen)")
    cmd.add_argument("--month", required=True, metavar="ÅÅÅÅ-MM")
    out = cmd.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="tallene som JSON")
    out.add_argument("--pdf", metavar="FILE", help="skriv rapporten som PDF")


def _root(args: argparse.Namespace, bad_input: type[FremskudtError]) -> Path:
    if args.dir:
        root = Path(args.dir)
        if not root.is_dir():
            raise bad_input("Mappen {folder} findes ikke.", folder=root)
        return root
    if args.db is None:
        raise bad_input("Angiv databasen med --db URL (eller den centrale mappe med --dir C).")
    if not is_sqlite(args.db):
        return Path.cwd()
    return sqlite_path(Path.cwd(), args.db).parent


def run(args: argparse.Namespace, passphrase: Callable[[], str],
        bad_input: type[FremskudtError], out: Callable[[str], None] = print) -> int:
    try:
        month = parse_month(args.month)
    except FremskudtError as exc:
        raise bad_input(exc.template, **exc.params) from None
    root = _root(args, bad_input)
    if is_sqlite(args.db):
        db = sqlite_path(root, args.db)
        if not db.exists():
            raise bad_input("Den centrale database {path} findes ikke.", path=db)
    if args.pdf and not Path(args.pdf).resolve().parent.is_dir():
        raise bad_input("Mappen til {file} findes ikke.", file=args.pdf)
    engine = central_store_engine(root, args.db, passphrase() if is_sqlite(args.db) else None)
    try:
        report = central_report(engine, month, dt.date.today())
    finally:
        engine.dispose()
    if args.json:
        out(json.dumps(report_json(report), ensure_ascii=False, indent=2))
    elif args.pdf:
        from app.reports.central_report import central_pdf

        atomic_write(Path(args.pdf), central_pdf(report))
        out(f"Rapporten for {month_name(report.month)} er skrevet til {args.pdf} "
            f"({counted(len(report.offices), 'kontor', 'kontorer')}).")
    else:
        out(f"Ledelsesinformation for {month_name(report.month)}")
        for o in (*report.offices, report.total):
            out("")
            out(f"{o.name} ({o.courses} forløb)")
            for line in headline_lines(o.figures, report.total.runs_bir):
                out(f"  {line}")
    return 0
