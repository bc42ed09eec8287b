"""Office LAN (issue 23): three members as three `fremskudt peers serve` processes on
127.0.0.1-3. (1) A visitor registered on one member until it is in the queue of another,
200 times round the three (goal p95 <= 2 s); (2) a member away while 500 changes are made
elsewhere, from its serve process listening again until it has them all (goal <= 2 s).
Not part of the test suite:

    .venv/bin/python -m benchmarks.lan [REGISTRATIONS] [CHANGES]
"""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from app.db import models as m
from app.db.keyring import KdfParams
from app.db.store import open_account
from app.domain.enums import DropInReason
from app.domain.roles import Role
from app.paths import DataPaths
from app.services import casekeys, dropins, peers, peers_folder, peers_join
from app.services.auth import load_user
from app.services.context import ServiceContext
from app.services.setup import setup_office

PASSWORD = "benchmark-kode-1"
HOSTS = [("127.0.0.1", 47621), ("127.0.0.2", 47622), ("127.0.0.3", 47623)]
ROOT = Path(__file__).resolve().parents[1]


def _open(data: Path) -> ServiceContext:
    store, private = open_account(DataPaths(data), "admin", PASSWORD)
    user = load_user(store, "admin")
    return ServiceContext(store, user, case_key=casekeys.open_case_key(store, "admin",
                                                                       private))


def _office(root: Path) -> list[Path]:
    folder = root / "folder"
    folder.mkdir()
    dirs = [root / f"m{i}" for i in range(3)]
    first = setup_office(DataPaths(dirs[0]), office_name="Kontoret", municipality="Kbh",
                         username="admin", full_name="Anna Admin", password=PASSWORD,
                         roles={Role.JOBKONSULENT}, kdf=KdfParams.fast_for_tests()).ctx
    for index, data in enumerate(dirs[1:], start=1):
        code = peers_join.invite(first).code
        peers_join.request_join(DataPaths(data), folder, code, f"Station {index}")
        peers_folder.sync_folder(first, folder, lambda *_a: True)
        peers_join.complete_join(DataPaths(data), folder)
    first.store.close()
    contexts = [_open(d) for d in dirs]
    for _round in range(4):
        for a in contexts:
            for b in contexts:
                if a is not b and (out := peers.make_batch(a, b.store.device_id)):
                    peers.receive_batch(b, out.data)
    for ctx in contexts:
        ctx.store.close()
    return dirs


def _serve(data: Path, index: int) -> subprocess.Popen:
    host, port = HOSTS[index]
    others = [x for i, (h, p) in enumerate(HOSTS) if i != index for x in ("--peer", f"{h}:{p}")]
    env = {**os.environ, "FREMSKUDT_USER": "admin", "FREMSKUDT_PASSWORD": PASSWORD}
    proc = subprocess.Popen([sys.executable, "-m", "app", "peers", "serve", "--data-dir",
                             str(data), "--listen", f"{host}:{port}", "--no-discovery",
                             *others], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    proc.stdout.readline()
    return proc


def _stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGTERM)
    proc.wait(30)


def _visits(ctx: ServiceContext) -> int:
    with ctx.store.sessions() as session:
        return session.execute(select(func.count()).select_from(m.DropInVisit)).scalar_one()


def _has(ctx: ServiceContext, label: str) -> bool:
    with ctx.store.sessions() as session:
        return session.execute(select(m.DropInVisit.id).where(
            m.DropInVisit.visitor_label == label)).first() is not None


def _register(ctx: ServiceContext, label: str) -> None:
    dropins.register(ctx, reasons=[next(iter(DropInReason))], visitor_label=label)


def _wait(check, limit: float = 30.0) -> float:
    start = time.perf_counter()
    while not check():
        if time.perf_counter() - start > limit:
            raise RuntimeError("not within the limit")
        time.sleep(0.005)
    return time.perf_counter() - start


def main(registrations: int = 200, changes: int = 500) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="fremskudt-bench-lan-") as tmp:
        dirs = _office(Path(tmp))
        procs = [_serve(d, i) for i, d in enumerate(dirs)]
        contexts = [_open(d) for d in dirs]
        try:
            time.sleep(1.0)
            latencies = []
            for n in range(registrations):
                source, target = contexts[n % 3], contexts[(n + 1) % 3]
                label = f"B{n}"
                started = time.perf_counter()
                _register(source, label)
                _wait(lambda t=target, lb=label: _has(t, lb))
                latencies.append(time.perf_counter() - started)
            _stop(procs[1])
            before = _visits(contexts[1])
            for n in range(changes):
                _register(contexts[0], f"C{n}")
            _wait(lambda: _visits(contexts[2]) == before + changes, 60)
            started = time.perf_counter()
            procs[1] = _serve(dirs[1], 1)
            listening = time.perf_counter()
            _wait(lambda: _visits(contexts[1]) == before + changes, 60)
            done = time.perf_counter()
        finally:
            for ctx in contexts:
                ctx.store.close()
            for proc in procs:
                _stop(proc)
    latencies.sort()
    result = {"registrations": registrations,
              "p50_s": statistics.median(latencies),
              "p95_s": latencies[int(0.95 * (len(latencies) - 1))],
              "max_s": latencies[-1],
              "catch_up_changes": changes,
              "catch_up_s": done - listening,
              "catch_up_with_process_start_s": done - started}
    return result


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    print(json.dumps(main(*args), indent=2))
