"""Child of the many-writers test: waits for the start file, then logs in and creates citizens,
printing each id after its commit returned."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from app.paths import DataPaths
from app.services import auth, citizens


def main() -> None:
    paths, password, start, name = (DataPaths(Path(sys.argv[1])), sys.argv[2],
                                    Path(sys.argv[3]), sys.argv[4])
    while not start.exists():  # every process starts writing at the same moment
        time.sleep(0.01)
    ctx = auth.login(paths, "admin", password)
    try:
        for n in range(int(sys.argv[5])):
            citizen = citizens.create(ctx, first_name=name, last_name=f"Nr {n}")
            print(f"citizen {citizen.id}", flush=True)
    finally:
        ctx.store.close()


if __name__ == "__main__":
    main()
