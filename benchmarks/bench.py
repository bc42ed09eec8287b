"""`make bench` (issue 22): builds the demo office once (cached by seed and size), runs every
benchmark beside its floor measured in the same run, prints one table and writes
benchmarks/results.json.

    .venv/bin/python -m benchmarks.bench [--citizens 25000] [--contacts-per-course 6]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.services import auth
from benchmarks.office import CACHE, BenchOffice, ensure_office, working_copy
from benchmarks.table import Row, at_most, render, write

RESULTS = Path(__file__).resolve().parent / "results.json"


def demo_floor(rows: int, folder: Path) -> float:
    """The floor of the demo build: as many rows of eight text columns written with bare
    sqlcipher3 executemany into an encrypted file, in transactions of 50,000 rows."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(folder / "floor.db"))
    conn.execute("PRAGMA key = \"x'" + "ab" * 32 + "'\"")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b TEXT, c TEXT, d TEXT, "
                 "e TEXT, f TEXT, g TEXT)")
    started = time.perf_counter()
    for block in range(0, rows, 50_000):
        batch = [(f"{i:032x}", "tekst", "2024-01-01", "samtale", "personligt", "kontoret",
                  "Borgeren mødte op og vi talte om praktik.", "") for i in
                 range(block, min(rows, block + 50_000))]
        with conn:
            conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch)
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def demo_rows(office: BenchOffice, folder: Path) -> list[Row]:
    note = (f"{office.citizens} citizens, {office.rows} rows, {office.contacts} contacts; "
            f"built {office.built_at}" + (" (cached)" if office.cached else ""))
    return [Row(f"demo office of {office.citizens:,} citizens", "s", [office.build_s],
                [demo_floor(office.rows, folder)],
                "as many rows through bare sqlcipher3 executemany", "<= 60 s",
                at_most(60.0), note=note)]


def run(args: argparse.Namespace) -> dict:
    from PySide6.QtWidgets import QApplication

    from benchmarks.calendar_week import measure_calendar
    from benchmarks.measure_gui import Painted, measure_caseload, measure_records, measure_search
    from benchmarks.measure_output import measure_exports, measure_pdfs
    from benchmarks.measure_start import measure_start

    started = time.perf_counter()
    log = (lambda text: print(text, file=sys.stderr, flush=True)) if not args.quiet else \
        (lambda _text: None)
    log(f"office: {args.citizens} citizens, seed {args.seed} (cache {args.cache}) …")
    office = ensure_office(args.citizens, seed=args.seed,
                           contacts_per_course=args.contacts_per_course,
                           fast_kdf=args.fast_kdf, cache=args.cache)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="fremskudt-bench-") as tmp:
        tmp_path = Path(tmp)
        log("demo floor …")
        rows += demo_rows(office, tmp_path)
        data = working_copy(office, tmp_path / "start")
        log("start …")
        rows += measure_start(office, data.root, args.repeats)
        app = QApplication.instance() or QApplication(["fremskudt-bench"])
        watch = Painted()
        ctx = auth.login(working_copy(office, tmp_path / "gui"), office.username,
                         office.password, start_day=False)
        try:
            log("caseload …")
            rows += measure_caseload(ctx, args.repeats * 2)
            log("search …")
            rows += measure_search(app, ctx, watch, args.searches)
            log("records …")
            rows += measure_records(app, ctx, watch, args.records, args.pages)
            log("calendar …")
            rows += measure_calendar(app, ctx, watch, args.repeats)
            log("PDF …")
            rows += measure_pdfs(ctx, args.repeats * 2)
        finally:
            ctx.store.close()
        log("export …")
        rows += measure_exports(office, args.days)
    office_info = {"citizens": office.citizens, "seed": office.seed, "rows": office.rows,
                   "contacts": office.contacts, "contacts_per_course": office.contacts_per_course,
                   "cached": office.cached, "folder": str(office.folder)}
    return write(args.out, rows, office_info, started)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="benchmarks.bench", description=__doc__.splitlines()[0])
    p.add_argument("--citizens", type=int, default=25_000)
    p.add_argument("--contacts-per-course", type=int, default=6,
                   help="6 gives about 20 contacts per citizen (500,000 for 25,000)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--repeats", type=int, default=5, help="app starts, caseload loads, PDFs")
    p.add_argument("--searches", type=int, default=10, help="names typed, four keys each")
    p.add_argument("--records", type=int, default=50)
    p.add_argument("--pages", type=int, default=20, help="caseload pages opened and closed")
    p.add_argument("--days", type=int, default=3, help="one-day incremental exports")
    p.add_argument("--fast-kdf", action="store_true", help="test-speed Argon2 (tests only)")
    p.add_argument("--cache", type=Path, default=CACHE)
    p.add_argument("--out", type=Path, default=RESULTS)
    p.add_argument("--quiet", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    result = run(args)
    m = result["machine"]
    print(render(result["rows"]))
    print(f"\n{m['cpu']}, {m['cores']} cores, {m['memory']}, {m['system']}, Python "
          f"{m['python']}; load average {m['load'][0]:.1f}; {result['seconds']:.0f} s; "
          f"written to {args.out}")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Leave without the interpreter's final collection: after the GUI measures, PySide6
    # 6.12 can abort there ("bool_dealloc" while garbage-collecting at finalization),
    # which turned a finished run with its results written into make's Error 134.
    os._exit(code)
