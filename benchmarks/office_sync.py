"""Office sync (issue 18): a workstation joins a 25,000-citizen office through a folder (goal
at most 60 s from the request to the new workstation's own store), and one day's batch of
500 changes is applied on the other member (goal at most 1 s). Not part of the test suite:

    .venv/bin/python benchmarks/office_sync.py [CITIZENS]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from app.db import models as m
from app.db.keyring import KdfParams
from app.paths import DataPaths
from app.services import peers, peers_folder, peers_join
from app.services.auth import login
from app.services.demo import DEMO_PASSWORD, DEMO_USERNAME, create_demo_office

FAST = KdfParams.fast_for_tests()


def main(citizens: int = 25_000) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="fremskudt-bench-") as tmp:
        root = Path(tmp)
        folder = root / "folder"
        folder.mkdir()
        a_paths, b_paths = DataPaths(root / "a"), DataPaths(root / "b")
        started = time.perf_counter()
        create_demo_office(a_paths, citizens=citizens, kdf=FAST).ctx.store.close()
        made = time.perf_counter() - started
        a = login(a_paths, DEMO_USERNAME, DEMO_PASSWORD)
        code = peers_join.invite(a).code

        started = time.perf_counter()
        peers_join.request_join(b_paths, folder, code, "Bærbar")
        report = peers_folder.sync_folder(a, folder, lambda *_a: True)
        welcome = time.perf_counter() - started
        assert peers_join.complete_join(b_paths, folder) is not None
        join = time.perf_counter() - started
        records = sum(n for _name, n in report.written)
        size = sum((folder / name).stat().st_size for name, _n in report.written)

        b = login(b_paths, DEMO_USERNAME, DEMO_PASSWORD, start_day=False)
        peers_folder.sync_folder(b, folder)
        peers_folder.sync_folder(a, folder)
        with a.transaction() as session:  # one day's work: 500 changes on A
            for citizen in session.query(m.Citizen).limit(500):
                citizen.phone = "12 34 56 78"
        out = peers.make_batch(a, b.store.device_id)
        started = time.perf_counter()
        result = peers.receive_batch(b, out.data)
        day = time.perf_counter() - started
        equal = peers.digest(a) == peers.digest(b)
        a.store.close()
        b.store.close()
    figures = {"citizens": citizens, "demo_office_s": round(made, 1),
               "welcome_written_s": round(welcome, 1), "join_total_s": round(join, 1),
               "welcome_records": records, "welcome_bytes": size,
               "day_batch_records": result.records, "day_batch_apply_s": round(day, 3),
               "digests_equal": equal}
    for key, value in figures.items():
        print(f"{key:>20}: {value}")
    return figures


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 25_000)
