"""Login delays, user switching and the idle-lock password check."""

from __future__ import annotations

import pytest

from app.db.keyring import WrongPassword
from app.domain.roles import Role
from app.services import auth
from app.services.auth import LoginDelayed, LoginThrottle
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD


class FakeMonotonic:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_delay_grows_with_each_wrong_password_and_resets_on_success(office) -> None:
    office.admin.store.close()
    clock = FakeMonotonic()
    throttle = LoginThrottle(monotonic=clock)
    delays = []
    for _ in range(7):
        with pytest.raises(WrongPassword):
            auth.login(office.paths, "admin", "forkert", throttle)
        delays.append(throttle.blocked_until - clock.t)
        with pytest.raises(LoginDelayed) as err:  # even the right password must wait
            auth.login(office.paths, "admin", ADMIN_PASSWORD, throttle)
        assert "Vent" in err.value.message
        clock.t = throttle.blocked_until
    assert delays == [1, 2, 4, 8, 16, 30, 30]
    ctx = auth.login(office.paths, "admin", ADMIN_PASSWORD, throttle)
    office.contexts.append(ctx)
    assert throttle.failures == 0


def test_switching_user_keeps_the_store_and_changes_the_roles(office) -> None:
    office.add_staff("sofie", {Role.SKRANKE})
    ctx = office.admin
    with pytest.raises(WrongPassword):
        auth.switch_user(ctx, "sofie", "forkert")
    switched = auth.switch_user(ctx, "sofie", STAFF_PASSWORD)
    assert switched.store is ctx.store
    assert switched.user.roles == {Role.SKRANKE}
    assert auth.verify_password(switched, "sofie", STAFF_PASSWORD)
    assert not auth.verify_password(switched, "sofie", ADMIN_PASSWORD)


def test_unknown_account_in_key_ring_is_refused(office, fast_kdf) -> None:
    office.admin.store.add_account_key("ghost", "ghost-password", fast_kdf)
    with pytest.raises(auth.AccountInactive):
        auth.login(office.paths, "ghost", "ghost-password")
