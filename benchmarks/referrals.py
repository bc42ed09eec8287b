"""Referrals (issue 19): a list of 5,000 referrals from the jobcenter's CSV to the office's
inbox and back, goal at most 10 s end to end: the list validated, stored at the central and
written as the office's downsync bundle; the bundle imported into the inbox; every referral
answered (declined in one transaction per 500, as a leader clearing a list would not, but the
answers' volume is the point); the office's upsync bundle written, imported at the central,
and the central's states read. Not part of the test suite:

    .venv/bin/python -m benchmarks.referrals [ROWS]
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from stdnum.dk import cpr as stdnum_cpr

from app.db import models as m
from app.db.keyring import KdfParams
from app.domain.roles import Role
from app.paths import DataPaths
from app.services import referrals, sync
from app.services.setup import setup_office
from app.sync import central
from app.sync.central_keys import CentralFolder
from app.sync.central_referrals import import_referrals, referral_states
from app.sync.referral_csv import HEADER, validated

FAST = KdfParams.fast_for_tests()
SECRET = "benchmark-hemmelighed"
TODAY = dt.date(2026, 11, 27)


def referral_csv(rows: int) -> bytes:
    """`rows` distinct, valid referrals (CPR numbers with real birth dates)."""
    lines = [",".join(HEADER)]
    day = dt.date(1960, 1, 1)
    serial = 0
    while len(lines) <= rows:
        serial += 1
        number = f"{day:%d%m%y}{serial % 10_000:04d}"
        if serial % 10_000 == 0:
            day += dt.timedelta(days=1)
        if not stdnum_cpr.is_valid(number):
            continue
        lines.append(f"{number},Fornavn{serial},Efternavn,Vej {serial},kontanthjælp,ja,"
                     f"Sagsbehandler,2026-11-02,")
    return ("\n".join(lines) + "\n").encode("utf-8")


def main(rows: int = 5_000) -> dict[str, float]:
    data = referral_csv(rows)
    with tempfile.TemporaryDirectory(prefix="fremskudt-bench-") as tmp:
        root = Path(tmp)
        office = setup_office(DataPaths(root / "office"), office_name="Benchmarkkontoret",
                              municipality="København", username="admin",
                              full_name="Anna Admin", password="admin-kode-123",
                              roles={Role.JOBKONSULENT, Role.LEDER}, kdf=FAST)
        ctx = office.ctx
        folder = CentralFolder(root / "central")
        folder.init(SECRET)
        engine = central.central_engine(folder, passphrase=SECRET)
        identities, signing = folder.load_identities(SECRET), folder.receipt_signing_key(SECRET)
        sync.add_central_keys(ctx, folder.public_file.read_bytes())
        central.enroll(engine, central.read_enrollment(sync.enrollment(ctx)))
        (root / "op").mkdir()
        first = sync.export_bundle(ctx, root / "op")
        receipt = central.import_bundle(engine, first.path, identities, signing, root / "rc")
        sync.import_receipt(ctx, receipt.receipt.read_bytes())

        started = time.perf_counter()
        good, _bad = validated(data, TODAY)
        checked = time.perf_counter()
        sent = import_referrals(engine, "Benchmarkkontoret", good, signing, root / "ned")
        written = time.perf_counter()
        loaded = referrals.import_central(ctx, sent.bundle)
        imported = time.perf_counter()
        with ctx.transaction() as session:
            for row in session.query(m.JobcenterReferral):
                row.state, row.decided_at = referrals.DECLINED, ctx.now()
                row.decided_by, row.decline_reason = ctx.user.id, "Benchmark"
        answered = time.perf_counter()
        up = sync.export_bundle(ctx, root / "op")
        central.import_bundle(engine, up.path, identities, signing, root / "rc")
        states = referral_states(engine)
        back = time.perf_counter()
        assert loaded.added == rows and sum(s["status"] == "afvist" for s in states) == rows
        engine.dispose()
        ctx.store.close()
    return {"rows": rows, "csv_checked_s": round(checked - started, 2),
            "central_stored_and_bundle_s": round(written - checked, 2),
            "office_inbox_s": round(imported - written, 2),
            "answered_s": round(answered - imported, 2),
            "back_at_central_s": round(back - answered, 2),
            "end_to_end_s": round(back - started, 2)}


if __name__ == "__main__":
    figures = main(int(sys.argv[1]) if len(sys.argv) > 1 else 5_000)
    for key, value in figures.items():
        print(f"{key}: {value}")
    print("goal: end to end at most 10 s:", "met" if figures["end_to_end_s"] <= 10 else "MISSED")
