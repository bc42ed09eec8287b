"""Time bundle export on a copy of a demo office: the full office, then one day's work after a
receipt, and Debian's `age` encrypting the same plaintexts (piped, never on disk). Run by
`make bench` (benchmarks/bench.py) or alone, on the office `make bench` cached (the newest in
~/.cache/fremskudt-bench) or on a data folder named, as the demo user unless FREMSKUDT_USER
and FREMSKUDT_PASSWORD say otherwise:

    .venv/bin/python -m benchmarks.export [DATA_FOLDER]
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.enums import ContactChannel, ContactKind, DropInReason
from app.paths import DataPaths
from app.services import auth, course, dropins, sync
from app.services.caseload import caseload
from app.sync import bundle, central
from app.sync.central_keys import CentralFolder

SECRET = "benchmark-frase-123"


@dataclass
class ExportTimes:
    full_s: float = 0.0
    full_records: int = 0
    full_bytes: int = 0
    import_s: float = 0.0
    age_full_s: float = 0.0
    day_s: list[float] = field(default_factory=list)
    day_records: int = 0
    age_day_s: list[float] = field(default_factory=list)


def _age(recipient: str, plaintext: bytes) -> float:
    started = time.perf_counter()
    subprocess.run(["age", "-r", recipient], input=plaintext, capture_output=True, check=True)
    return time.perf_counter() - started


def _one_day(ctx, rows, now: dt.datetime, day: int) -> None:
    """One day's work: 40 contacts and 20 drop-ins."""
    for row in rows:
        course.log_contact(ctx, row.citizen_id, occurred_at=now, kind=ContactKind.SAMTALE,
                           channel=ContactChannel.PERSONLIGT, note="Samtale")
    for i in range(20):
        dropins.register(ctx, visitor_label=f"Gæst {day}-{i}", reasons=[DropInReason.BREV])


def measure_export(office: Path, username: str, password: str, days: int = 1) -> ExportTimes:
    """Exports from a copy of `office` (the data folder), which is left untouched."""
    times = ExportTimes()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        shutil.copytree(office, tmp_path / "office", ignore=shutil.ignore_patterns("backups"))
        folder = CentralFolder(tmp_path / "central")
        folder.init(SECRET)
        ctx = auth.login(DataPaths(tmp_path / "office"), username, password, start_day=False)
        with ctx.store.sessions.begin() as session:
            session.execute(sync.m.CentralKey.__table__.delete())
            session.execute(sync.m.SyncBundle.__table__.delete())
        sync.add_central_keys(ctx, folder.public_file.read_bytes())
        engine = central.central_engine(folder, passphrase=SECRET)
        central.enroll(engine, central.read_enrollment(sync.enrollment(ctx)))
        out = tmp_path / "usb"
        out.mkdir()
        started = time.perf_counter()
        full = sync.export_bundle(ctx, out)
        times.full_s = time.perf_counter() - started
        times.full_records, times.full_bytes = full.records, full.size
        identities = folder.load_identities(SECRET)
        signing = folder.receipt_signing_key(SECRET)
        recipient = folder.public_keys()[0].recipient
        plaintext = central.open_sealed(full.path.read_bytes(), identities)
        assert plaintext.startswith(bundle.MAGIC)
        times.age_full_s = _age(recipient, plaintext)
        started = time.perf_counter()
        result = central.import_bundle(engine, full.path, identities, signing, tmp_path)
        times.import_s = time.perf_counter() - started
        sync.import_receipt(ctx, result.receipt.read_bytes())
        rows = caseload(ctx)[:40]
        for day in range(days):
            _one_day(ctx, rows, dt.datetime.now(dt.UTC), day)
            started = time.perf_counter()
            made = sync.export_bundle(ctx, out)
            times.day_s.append(time.perf_counter() - started)
            times.day_records = made.records
            day_plain = central.open_sealed(made.path.read_bytes(), identities)
            times.age_day_s.append(_age(recipient, day_plain))
            result = central.import_bundle(engine, made.path, identities, signing, tmp_path)
            sync.import_receipt(ctx, result.receipt.read_bytes())
        engine.dispose()
        ctx.store.close()
    return times


def _cached_office() -> Path:
    from benchmarks.office import CACHE
    offices = sorted(CACHE.glob("office-*/data"), key=lambda p: p.stat().st_mtime)
    if not offices:
        sys.exit(f"no cached office in {CACHE}: run `make bench` once, or name a data folder")
    return offices[-1]


def main() -> None:
    from app.services.demo import DEMO_PASSWORD, DEMO_USERNAME
    office = Path(sys.argv[1]) if len(sys.argv) > 1 else _cached_office()
    t = measure_export(office, os.environ.get("FREMSKUDT_USER", DEMO_USERNAME),
                       os.environ.get("FREMSKUDT_PASSWORD", DEMO_PASSWORD))
    print(f"full export: {t.full_records} records, {t.full_bytes / 1e6:.1f} MB in "
          f"{t.full_s:.2f} s (import at the central side {t.import_s:.2f} s)")
    print(f"one day's work: {t.day_records} records in {t.day_s[0] * 1000:.0f} ms")
    print(f"age -r on the same plaintext: {t.age_full_s:.2f} s; "
          f"export / age = {t.full_s / t.age_full_s:.1f}")


if __name__ == "__main__":
    main()
