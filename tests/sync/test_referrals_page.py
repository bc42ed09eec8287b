"""The Henvisninger page (issue 19 point 3) driven as a jobkonsulent would: import the
jobcenter's bundle, accept one referral (the citizen and a course waiting for visitation
appear), decline another with a reason; a bundle that does not belong is refused with its
message and changes nothing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QTextEdit

from app.services import referrals, sync
from app.sync import central
from app.sync.central_keys import CentralFolder
from app.sync.central_referrals import import_referrals
from app.sync.referral_csv import validated
from app.ui.referrals_page import ReferralsPage

SECRET = "central-hemmelighed"
LIST = ("cpr,fornavn,efternavn,adresse,ydelse,aktivitetsparat,sagsbehandler,henvist,note\n"
        "0101901234,Şükrü,Öztürk,Bygaden 4,kontanthjælp,ja,Lise,2026-11-02,Tolk: tyrkisk\n"
        "0303700000,Ida,Lund,,uddannelseshjælp,ja,,2026-11-20,\n").encode()


def _select(page: ReferralsPage, name: str) -> None:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 1).data() == name:
            page.view.selectionModel().select(
                page.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            return
    raise AssertionError(name)


def test_import_accept_and_decline_on_the_page(qtbot, office, tmp_path) -> None:
    folder = CentralFolder(tmp_path / "central")
    folder.init(SECRET)
    engine = central.central_engine(folder, passphrase=SECRET)
    ctx = office.admin
    sync.add_central_keys(ctx, folder.public_file.read_bytes())
    central.enroll(engine, central.read_enrollment(sync.enrollment(ctx)))
    bundle = sync.export_bundle(ctx, tmp_path)
    signing = folder.receipt_signing_key(SECRET)
    central.import_bundle(engine, bundle.path, folder.load_identities(SECRET), signing,
                          tmp_path / "rc")
    sent = import_referrals(engine, "Kontoret i Tingbjerg",
                            validated(LIST, dt.date(2026, 11, 27))[0], signing, tmp_path / "ned")
    engine.dispose()

    opened: list = []
    page = ReferralsPage(ctx, opened.append)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    assert page.model.rowCount() == 0 and not page.accept_button.isEnabled()
    assert "Ingen henvisninger endnu" in page.details.text()  # the empty state says what to do
    operation = page.import_bundle(sent.bundle)
    qtbot.waitUntil(lambda: not operation.is_running(), timeout=30_000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert "Pakke 1 fra jobcentret er indlæst. Nye henvisninger: 2." in page.status.text()

    _select(page, "Şükrü Öztürk")
    assert page.accept_button.isEnabled() and "Tolk: tyrkisk" in page.details.text()
    assert page.proxy.index(0, 2).data().endswith("-****")
    operation = page.accept_chosen()
    qtbot.waitUntil(lambda: not operation.is_running(), timeout=30_000)
    qtbot.waitUntil(lambda: "Venter på svar: 1." in page.status.text())
    _select(page, "Şükrü Öztürk")
    assert not page.accept_button.isEnabled() and page.open_button.isEnabled()
    page.open_button.click()
    assert len(opened) == 1

    _select(page, "Ida Lund")
    dialog = page.decline_chosen()
    qtbot.addWidget(dialog)
    editor = dialog.findChild(QPlainTextEdit) or dialog.findChild(QTextEdit)
    editor.setPlainText("Flyttet fra boligområdet")
    assert dialog.try_submit()
    qtbot.waitUntil(lambda: "Venter på svar: 0." in page.status.text())
    states = {v.name: (v.state, v.decline_reason) for v in referrals.inbox(ctx)}
    assert states == {"Şükrü Öztürk": ("accepteret", ""),
                      "Ida Lund": ("afvist", "Flyttet fra boligområdet")}

    operation = page.import_bundle(sent.bundle)  # the same bundle again
    qtbot.waitUntil(lambda: not operation.is_running(), timeout=30_000)
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "errorMessage") is not None)
    box = page.findChild(QMessageBox, "errorMessage")
    assert "allerede indlæst" in box.text()
    box.close()
    assert page.model.rowCount() == 2
