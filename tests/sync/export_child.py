"""Child process of the chain tests: logs in and exports one bundle, as `fremskudt export`
does. With a fault named on the command line it kills itself with SIGKILL at that point of
the export, the way a power cut or the task manager would:

    before-record   the sealed `.part` file is written and fsynced, nothing is recorded
    before-rename   the bundle is recorded (with its pending marker), the rename has not run

With a barrier path it prints "ready" and waits for that file before exporting, so the
parent can start several exports at the same instant."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

from app.db import models as m
from app.paths import DataPaths
from app.services import auth, sync


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _inject(fault: str) -> None:
    if fault == "before-record":
        write = sync._write_synced

        def write_then_die(path: Path, data: bytes) -> None:
            write(path, data)
            _die()

        sync._write_synced = write_then_die
    elif fault == "before-rename":
        finish = sync.finish_pending_export

        def die_once_recorded(ctx):
            with ctx.store.sessions() as session:
                if session.get(m.LocalSetting, sync.PENDING_SETTING) is not None:
                    _die()
            return finish(ctx)

        sync.finish_pending_export = die_once_recorded
    elif fault != "none":
        raise SystemExit(f"unknown fault {fault}")


def main() -> None:
    data, out, password, fault = sys.argv[1:5]
    barrier = Path(sys.argv[5]) if len(sys.argv) > 5 else None
    ctx = auth.login(DataPaths(Path(data)), "admin", password)
    _inject(fault)
    if barrier is not None:
        print("ready", flush=True)
        while not barrier.exists():
            time.sleep(0.005)
    try:
        result = sync.export_bundle(ctx, Path(out))
        print(f"{result.seq} {result.path.name}", flush=True)
    finally:
        ctx.store.close()


if __name__ == "__main__":
    main()
