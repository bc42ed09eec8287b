"""The audit log is tamper-evident: verify-audit finds an edited, a deleted and a reordered
entry; the citizen's access log lists who touched the citizen's data."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import text

from app.domain.enums import AuditAction
from app.domain.roles import Role
from app.services import audit, citizens, course
from tests.conftest import ADMIN_PASSWORD


def _busy(office):
    ctx = office.admin
    person = citizens.create(ctx, first_name="Amal", cpr="0101901234")
    for _ in range(3):
        citizens.get(ctx, person.id)
    return person


def _run(office, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FREMSKUDT_USER": "admin", "FREMSKUDT_PASSWORD": ADMIN_PASSWORD}
    return subprocess.run([sys.executable, "-m", "app", *args, "--data-dir",
                           str(office.paths.root)], capture_output=True, text=True, env=env,
                          check=False)


@pytest.mark.parametrize("tamper", ["edit", "delete", "reorder"])
def test_verify_audit_detects_tampering(office, tamper: str) -> None:
    _busy(office)
    assert audit.verify_chain(office.admin).ok
    engine = office.admin.store.engine
    with engine.begin() as conn:
        if tamper == "edit":
            conn.execute(text("UPDATE audit_entry SET detail = 'intet at se' WHERE seq = 3"))
        elif tamper == "delete":
            conn.execute(text("DELETE FROM audit_entry WHERE seq = 3"))
        else:
            conn.execute(text("UPDATE audit_entry SET seq = -1 WHERE seq = 3"))
            conn.execute(text("UPDATE audit_entry SET seq = 3 WHERE seq = 4"))
            conn.execute(text("UPDATE audit_entry SET seq = 4 WHERE seq = -1"))
    report = audit.verify_chain(office.admin)
    assert not report.ok
    office.admin.store.close()
    result = _run(office, "verify-audit")
    assert result.returncode == 1
    assert "brudt" in result.stdout


def test_verify_audit_passes_an_untouched_log(office) -> None:
    _busy(office)
    office.admin.store.close()
    result = _run(office, "verify-audit")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Logkæden er hel" in result.stdout


def test_the_citizens_access_log(office, tmp_path) -> None:
    person = _busy(office)
    other = office.add_staff("jonas", {Role.JOBFORMIDLER}, "Jonas Brandt")
    citizens.reveal_cpr(other, person.id)
    rows = audit.access_log(office.admin, person.id)
    assert {r.who for r in rows} == {"Anna Administrator", "Jonas Brandt"}
    assert AuditAction.REVEAL_CPR in [r.action for r in rows]
    pdf = course.access_log_document(office.admin, person.id)
    assert pdf.startswith(b"%PDF")
