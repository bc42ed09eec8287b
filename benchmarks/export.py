"""Time bundle export on a copy of a demo office: the full office, then one day's work after a
receipt, and Debian's `age` encrypting the same plaintext (piped, never on disk).

    FREMSKUDT_USER=demo FREMSKUDT_PASSWORD=fremskudt-demo \\
        .venv/bin/python benchmarks/export.py /tmp/d25
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.domain.enums import ContactChannel, ContactKind, DropInReason
from app.paths import DataPaths
from app.services import auth, course, dropins, sync
from app.services.caseload import caseload
from app.sync import bundle, central
from app.sync.central_keys import CentralFolder

SECRET = "benchmark-frase-123"


def main() -> None:
    source = Path(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        shutil.copytree(source, tmp_path / "office")
        folder = CentralFolder(tmp_path / "central")
        folder.init(SECRET)
        ctx = auth.login(DataPaths(tmp_path / "office"), os.environ["FREMSKUDT_USER"],
                         os.environ["FREMSKUDT_PASSWORD"])
        with ctx.store.sessions.begin() as session:
            session.execute(sync.m.CentralKey.__table__.delete())
            session.execute(sync.m.SyncBundle.__table__.delete())
        sync.add_central_keys(ctx, folder.public_file.read_bytes())
        engine = central.central_engine(folder)
        central.enroll(engine, central.read_enrollment(sync.enrollment(ctx)))
        out = tmp_path / "usb"
        out.mkdir()
        started = time.perf_counter()
        full = sync.export_bundle(ctx, out)
        full_s = time.perf_counter() - started
        identities = folder.load_identities(SECRET)
        signing = folder.receipt_signing_key(SECRET)
        started = time.perf_counter()
        result = central.import_bundle(engine, full.path, identities, signing, tmp_path)
        import_s = time.perf_counter() - started
        sync.import_receipt(ctx, result.receipt.read_bytes())

        # one day's work: 40 contacts and 20 drop-ins
        rows = caseload(ctx)[:40]
        now = dt.datetime.now(dt.UTC)
        for row in rows:
            course.log_contact(ctx, row.citizen_id, occurred_at=now, kind=ContactKind.SAMTALE,
                               channel=ContactChannel.PERSONLIGT, note="Samtale")
        for i in range(20):
            dropins.register(ctx, visitor_label=f"Gæst {i}", reasons=[DropInReason.BREV])
        started = time.perf_counter()
        day = sync.export_bundle(ctx, out)
        day_s = time.perf_counter() - started

        # age on the same plaintext size: rebuild the full plaintext in memory, pipe it
        recipient = folder.public_keys()[0].recipient
        plaintext = central.open_sealed(full.path.read_bytes(), identities)
        assert plaintext.startswith(bundle.MAGIC)
        started = time.perf_counter()
        subprocess.run(["age", "-r", recipient], input=plaintext, capture_output=True,
                       check=True)
        age_s = time.perf_counter() - started
        engine.dispose()
        ctx.store.close()
    print(f"full export: {full.records} records, {full.size / 1e6:.1f} MB in {full_s:.2f} s "
          f"(import at the central side {import_s:.2f} s)")
    print(f"one day's work: {day.records} records, {day.size} bytes in {day_s * 1000:.0f} ms")
    print(f"age -r on the same {len(plaintext) / 1e6:.1f} MB plaintext: {age_s:.2f} s; "
          f"export / age = {full_s / age_s:.1f}")


if __name__ == "__main__":
    main()
