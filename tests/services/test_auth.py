"""Login delays, user switching and the idle-lock password check."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.db.keyring import WrongPassword
from app.domain.roles import Role
from app.services import auth
from app.services.auth import LoginDelayed, LoginThrottle, failures_path
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD


class FakeClock:
    def __init__(self) -> None:
        self.t = 1_750_000_000.0

    def __call__(self) -> float:
        return self.t


def test_delay_grows_with_each_wrong_password_and_resets_on_success(office) -> None:
    office.admin.store.close()
    clock = FakeClock()
    throttle = LoginThrottle.for_paths(office.paths, clock)
    delays = []
    for _ in range(7):
        with pytest.raises(WrongPassword):
            auth.login(office.paths, "admin", "forkert", throttle)
        delays.append(throttle.blocked_until - clock.t)
        with pytest.raises(LoginDelayed) as err:  # even the right password must wait
            auth.login(office.paths, "admin", ADMIN_PASSWORD, throttle)
        assert err.value.template == "For mange forkerte forsøg. Vent {seconds} sekunder, og " \
            "prøv igen."
        assert err.value.params == {"seconds": int(delays[-1])}
        clock.t = throttle.blocked_until
    assert delays == [1, 2, 4, 8, 16, 30, 30]
    ctx = auth.login(office.paths, "admin", ADMIN_PASSWORD, throttle)
    office.contexts.append(ctx)
    assert throttle.failures == 0
    assert not failures_path(office.paths).exists()


def test_the_count_survives_a_new_process(office, tmp_path) -> None:
    """Issue 16, point 10: three wrong passwords in one process; a new process (and a fresh
    key ring and throttle in this one) still has to wait 4 seconds, and counts on from 3."""
    office.admin.store.close()
    for _ in range(3):
        with pytest.raises(WrongPassword):
            auth.login(office.paths, "admin", "forkert")
        side = json.loads(failures_path(office.paths).read_text("utf-8"))
        side["last_failure"] -= 60  # the delay has passed; only the count matters below
        failures_path(office.paths).write_text(json.dumps(side), "utf-8")
    assert set(side) == {"failures", "last_failure"}  # no username, no password
    if os.name == "posix":
        assert failures_path(office.paths).stat().st_mode & 0o777 == 0o600
    child = textwrap.dedent("""
        import sys
        from app.db.keyring import WrongPassword
        from app.paths import DataPaths
        from app.services import auth
        paths = DataPaths.resolve(sys.argv[1])
        try:
            auth.login(paths, "admin", "forkert-igen")
        except WrongPassword:
            pass
        try:
            auth.login(paths, "admin", sys.argv[2])
        except auth.LoginDelayed as exc:
            print(exc.params["seconds"])
    """)
    done = subprocess.run([sys.executable, "-c", child, str(office.paths.root), ADMIN_PASSWORD],
                          capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "8"  # the 4th failure in a row: 2**3 seconds
    fresh = LoginThrottle.for_paths(office.paths)
    assert fresh.remaining() > 7
    with pytest.raises(LoginDelayed):
        auth.login(office.paths, "admin", ADMIN_PASSWORD)


def test_a_damaged_side_file_keeps_the_brake_on(office) -> None:
    office.admin.store.close()
    failures_path(office.paths).write_text("{not json", "utf-8")
    clock = FakeClock()
    throttle = LoginThrottle.for_paths(office.paths, clock)
    clock.t = failures_path(office.paths).stat().st_mtime + 10
    with pytest.raises(LoginDelayed):
        auth.login(office.paths, "admin", ADMIN_PASSWORD, throttle)
    clock.t += 30  # the longest delay has passed since the file was written
    ctx = auth.login(office.paths, "admin", ADMIN_PASSWORD, throttle)
    office.contexts.append(ctx)
    assert not failures_path(office.paths).exists()


def test_a_clock_set_back_never_waits_longer_than_the_delay(office) -> None:
    office.admin.store.close()
    clock = FakeClock()
    throttle = LoginThrottle.for_paths(office.paths, clock)
    with pytest.raises(WrongPassword):
        auth.login(office.paths, "admin", "forkert", throttle)
    clock.t -= 86_400  # the machine's clock went back a day
    assert throttle.remaining() == 1.0


def test_the_locked_screen_counts_wrong_passwords_in_the_service(office) -> None:
    clock = FakeClock()
    throttle = LoginThrottle.for_paths(office.paths, clock)
    with pytest.raises(WrongPassword):
        auth.unlock(office.admin, "admin", "forkert", throttle)
    assert LoginThrottle.for_paths(office.paths).failures == 0  # not loaded yet
    assert json.loads(failures_path(office.paths).read_text("utf-8"))["failures"] == 1
    with pytest.raises(LoginDelayed):
        auth.unlock(office.admin, "admin", ADMIN_PASSWORD, throttle)
    clock.t += 1
    assert auth.unlock(office.admin, "admin", ADMIN_PASSWORD, throttle) is office.admin
    assert not failures_path(office.paths).exists()


def test_switching_user_keeps_the_store_and_changes_the_roles(office) -> None:
    office.add_staff("sofie", {Role.SKRANKE})
    ctx = office.admin
    clock = FakeClock()
    throttle = LoginThrottle.for_paths(office.paths, clock)
    with pytest.raises(WrongPassword):
        auth.switch_user(ctx, "sofie", "forkert", throttle)
    with pytest.raises(LoginDelayed):
        auth.switch_user(ctx, "sofie", STAFF_PASSWORD, throttle)
    clock.t += 1
    switched = auth.switch_user(ctx, "sofie", STAFF_PASSWORD, throttle)
    assert switched.store is ctx.store
    assert switched.user.roles == {Role.SKRANKE}
    assert auth.verify_password(switched, "sofie", STAFF_PASSWORD)
    assert not auth.verify_password(switched, "sofie", ADMIN_PASSWORD)


def test_unknown_account_in_key_ring_is_refused(office, fast_kdf) -> None:
    office.admin.store.add_account_key("ghost", "ghost-password", fast_kdf)
    with pytest.raises(auth.AccountInactive):
        auth.login(office.paths, "ghost", "ghost-password")
