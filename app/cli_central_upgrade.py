"""`fremskudt-central upgrade --db URL` (issue 19 point 7): the central database brought to this
program's schema with its Alembic migrations (SQLite in the central folder or any URL such as
PostgreSQL); a database from a newer program is refused and left as it is."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app.domain.errors import FremskudtError
from app.sync.central_store import central_store_engine, is_sqlite, sqlite_path


def add_parser(sub: argparse._SubParsersAction) -> None:
    cmd = sub.add_parser("upgrade", help="opgradér den centrale database til programmets "
                         "skema (Alembic)")
    cmd.add_argument("--db", metavar="URL", help="database (fx postgresql://…); uden --db: "
                     "den krypterede SQLite i --dir")
    cmd.add_argument("--dir", metavar="C", help="den centrale mappe")


def run(args: argparse.Namespace, passphrase: Callable[[], str],
        bad_input: type[FremskudtError], out: Callable[[str], None] = print) -> int:
    from app.sync.central_schema import upgrade

    if args.dir is None and args.db is None:
        raise bad_input("Angiv databasen med --db URL (eller den centrale mappe med --dir C).")
    root = Path(args.dir) if args.dir else (
        sqlite_path(Path.cwd(), args.db).parent if is_sqlite(args.db) else Path.cwd())
    if not root.is_dir():
        raise bad_input("Mappen {folder} findes ikke.", folder=root)
    if is_sqlite(args.db) and not sqlite_path(root, args.db).exists():
        raise bad_input("Den centrale database {path} findes ikke.",
                        path=sqlite_path(root, args.db))
    engine = central_store_engine(root, args.db, passphrase() if is_sqlite(args.db) else None)
    try:
        result = upgrade(engine)
    finally:
        engine.dispose()
    if result.before == result.after:
        out(f"Den centrale database har allerede det nyeste skema ({result.after}).")
    else:
        out(f"Den centrale database er opgraderet fra skema {result.before or 'tom'} til "
            f"{result.after}."
            + (" Den var lavet af en tidligere version uden skemastyring." if result.stamped
               else ""))
    return 0
