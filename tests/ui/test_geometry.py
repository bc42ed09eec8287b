"""Windows remember their size and position between sessions (issue 17, point 1): the main
window and the citizen's record are closed, windows.json in the data folder holds them per
screen, and the next session's windows open where and as large as they were left."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, QSize

from app.services import course
from app.ui.main_window import MainWindow
from tests.conftest import FAST


def _main(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx, kdf=FAST)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_main_window_and_the_record_open_where_they_were_left(qtbot, office) -> None:
    ctx = office.admin
    citizen = course.new_citizen(ctx, first_name="Amal", last_name="Hassan", cpr="0101901234",
                                 caseworker_id=ctx.user.id, jobformidler_id=None)
    first = _main(qtbot, ctx)
    first.resize(700, 420)
    first.move(40, 30)  # inside the 800×600 offscreen screen
    record = first.open_citizen(citizen)
    qtbot.waitExposed(record)
    record.resize(620, 400)
    record.move(120, 60)
    qtbot.wait(20)
    main_at, record_at = first.pos(), record.pos()
    record.close()
    first.close()

    path = ctx.store.paths.windows
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert [key.split(" @ ")[0] for key in sorted(saved)] == ["citizenRecord", "mainWindow"]
    assert all(" @ " in key and "x" in key.split(" @ ")[1] for key in saved)  # per screen

    second = _main(qtbot, ctx)  # the next session
    assert second.size() == QSize(700, 420)
    assert second.pos() == main_at
    again = second.open_citizen(citizen)
    qtbot.waitExposed(again)
    assert again is not record
    assert again.size() == QSize(620, 400)
    assert again.pos() == record_at
    assert main_at != QPoint(0, 0) and record_at != main_at


def test_a_broken_windows_file_falls_back_to_the_default_size(qtbot, office) -> None:
    path = office.admin.store.paths.windows
    path.write_text("{not json", encoding="utf-8")
    window = _main(qtbot, office.admin)
    assert 0 < window.width() <= 1280 and 0 < window.height() <= 800
    window.close()
    assert "mainWindow @ " in next(iter(json.loads(path.read_text(encoding="utf-8"))))
