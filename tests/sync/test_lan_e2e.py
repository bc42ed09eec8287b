"""Issue 23 end to end: three members as three `fremskudt peers serve` processes on
127.0.0.1-3 with fixed ports. A registration on C is at A within 2 s; B stopped by SIGTERM
and started again catches up; C revoked on A is refused at the handshake and its later
change reaches nobody. `peers status --json` is read while serve runs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.services import peers_folder
from tests.conftest import ADMIN_PASSWORD
from tests.sync.lan_office import (
    copy_office,
    labels,
    lan_template,  # noqa: F401 - fixture
    open_member,
    register,
    wait_for,
)

ROOT = Path(__file__).resolve().parents[2]
HOSTS = [("127.0.0.1", 47521), ("127.0.0.2", 47522), ("127.0.0.3", 47523)]
ENV = {**os.environ, "FREMSKUDT_USER": "admin", "FREMSKUDT_PASSWORD": ADMIN_PASSWORD}


def serve(data: Path, index: int) -> subprocess.Popen:
    host, port = HOSTS[index]
    others = [a for i, (h, p) in enumerate(HOSTS) if i != index for a in ("--peer", f"{h}:{p}")]
    proc = subprocess.Popen([sys.executable, "-m", "app", "peers", "serve", "--data-dir",
                             str(data), "--listen", f"{host}:{port}", *others], cwd=ROOT,
                            env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert "Lytter på" in proc.stdout.readline()
    return proc


def stop(proc: subprocess.Popen) -> tuple[str, str]:
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    return out, err


def status(data: Path) -> dict:
    done = subprocess.run([sys.executable, "-m", "app", "peers", "status", "--data-dir",
                           str(data), "--json"], cwd=ROOT, env=ENV, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_three_members_live_over_loopback(lan_template, tmp_path: Path) -> None:  # noqa: F811
    a, b, c = copy_office(lan_template, tmp_path)
    procs = [serve(a, 0), serve(b, 1), serve(c, 2)]
    ctx_a, ctx_b, ctx_c = (open_member(d) for d in (a, b, c))
    try:
        register(ctx_c, "Hodan")
        assert wait_for(lambda: "Hodan" in labels(ctx_a), 2) < 2
        wait_for(lambda: "Hodan" in labels(ctx_b), 2)
        # `serve` stores its status every 2 s: the first store may predate the connections
        for _attempt in range(20):
            doc = status(a)
            others = [s for s in doc["members"] if not s["this_device"]]
            if len(others) == 2 and all(s["online"] for s in others):
                break
            time.sleep(0.5)
        assert len(others) == 2 and all(s["online"] for s in others), doc
        assert all(s["last_contact"] for s in others)

        # B goes away; A registers; B comes back and catches up
        out, _err = stop(procs[1])
        assert "Stoppet." in out
        for label in ("Efter 1", "Efter 2", "Efter 3"):
            register(ctx_a, label)
        time.sleep(0.5)
        assert "Efter 1" not in labels(ctx_b)
        procs[1] = serve(b, 1)
        wait_for(lambda: {"Efter 1", "Efter 2", "Efter 3"} <= labels(ctx_b), 5)

        # C revoked on A: A drops it and refuses it at the handshake; B learns it from A
        c_id = ctx_c.store.device_id
        peers_folder.revoke(ctx_a, c_id.hex)
        wait_for(lambda: any(s.device_id == c_id and s.revoked_at
                             for s in peers_folder.list_members(ctx_b)), 5)
        register(ctx_c, "Fra C")
        time.sleep(2)
        assert "Fra C" not in labels(ctx_a) | labels(ctx_b)
    finally:
        for ctx in (ctx_a, ctx_b, ctx_c):
            ctx.store.close()
        results = [stop(p) for p in procs]
    err_a = results[0][1]
    assert "refused in the handshake" in err_a, err_a[-3000:]
    assert "is no longer a member; closed" in err_a
