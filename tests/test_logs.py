"""The program's log (app/logs.py): in the data folder, owner-only, rotating, and never a CPR
number or the values of an SQL statement, whatever the code passes it."""

from __future__ import annotations

import logging
import os

import pytest

from app import logs
from app.paths import DataPaths


@pytest.fixture
def paths(tmp_path) -> DataPaths:
    yield DataPaths(tmp_path / "data")
    logs.shutdown()


def test_cpr_numbers_are_masked_in_messages_arguments_and_tracebacks(paths) -> None:
    path = logs.setup(paths)
    assert path == paths.root / "logs" / "fremskudt.log"
    log = logging.getLogger("app.test")
    log.info("opened citizen %s with cpr %s", "3f2a9c1e-aaaa-bbbb-cccc-0123456789ab",
             "0101901234")
    log.warning("typed as 010190-1234 in a note")
    try:
        raise ValueError("bad cpr 2512891234")
    except ValueError:
        log.exception("failed")
    text = path.read_text("utf-8")
    assert "0101901234" not in text and "010190-1234" not in text and "2512891234" not in text
    assert text.count(logs.CPR_MASK) == 4  # the traceback shows the source line too
    assert "3f2a9c1e-aaaa-bbbb-cccc-0123456789ab" in text  # ids stay readable
    assert "ValueError" in text and "Traceback" in text


def test_sql_parameters_never_reach_the_log(paths) -> None:
    path = logs.setup(paths)
    message = ("(sqlite3.IntegrityError) UNIQUE constraint failed: citizen.cpr\n"
               "[SQL: INSERT INTO citizen (first_name, cpr) VALUES (?, ?)]\n"
               "[parameters: ('Amal', 'Hassan')]\n"
               "(Background on this error at: https://sqlalche.me/e/20/gkpj)")
    logging.getLogger("sqlalchemy.engine").error(message)
    text = path.read_text("utf-8")
    assert "Amal" not in text and "[parameters: skjult]" in text
    assert "INSERT INTO citizen" in text


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_log_is_owner_only_and_rotates(paths, monkeypatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.setup(paths)
    for index in range(200):
        logging.getLogger("app.test").info("line %d of the rotation test", index)
    assert (path.parent / "fremskudt.log.1").exists()
    assert len(list(path.parent.glob("fremskudt.log*"))) <= logs.BACKUP_COUNT + 1
    for file in path.parent.glob("fremskudt.log*"):
        assert file.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert logs.current_log_file() == path
    logs.shutdown()
    assert logs.current_log_file() is None
