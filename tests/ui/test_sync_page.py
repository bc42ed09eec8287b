"""The Synkronisering page: install the central key, save the enrollment file, export off the
GUI thread with progress, import the receipt."""

from __future__ import annotations

from app.services import citizens
from app.sync import central
from app.sync.central_keys import CentralFolder, key_fingerprint
from app.ui.sync_page import SyncPage

SECRET = "central-hemmelighed"


def test_sync_page_round_trip(qtbot, office, tmp_path) -> None:
    folder = CentralFolder(tmp_path / "central")
    folder.init(SECRET)
    ctx = office.admin
    citizens.create(ctx, first_name="Amal", cpr="0101901234")
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    shown = []
    page.add_key(str(folder.public_file), confirm=lambda text: shown.append(text) and False)
    assert page.keys.rowCount() == 0  # not confirmed: nothing installed
    assert folder.public_keys()[0].trust_fingerprint in shown[0]  # recipient + receipt key
    assert key_fingerprint(folder.public_keys()[0].recipient) not in shown[0]
    page.add_key(str(folder.public_file), confirm=lambda _text: True)
    assert page.keys.rowCount() == 1
    assert page.keys.row_at(0).trust_fingerprint == folder.public_keys()[0].trust_fingerprint
    shown_column = page.keys.index(0, 1).data()
    assert shown_column == folder.public_keys()[0].trust_fingerprint
    enrollment = tmp_path / "tilmelding.json"
    page.save_enrollment(str(enrollment))
    engine = central.central_engine(folder, passphrase=SECRET)
    central.enroll(engine, central.read_enrollment(enrollment.read_bytes()))

    usb = tmp_path / "usb"
    usb.mkdir()
    operation = page.export_to(usb)
    with qtbot.waitSignal(operation.finished, timeout=20_000):
        pass
    assert page.bundles.rowCount() == 1
    assert page.progress.isHidden()
    bundle = page.last_export
    result = central.import_bundle(engine, bundle.path, folder.load_identities(SECRET),
                                   folder.receipt_signing_key(SECRET), tmp_path / "r")
    operation = page.import_receipt(str(result.receipt))
    assert not page.actions.isEnabled()  # busy while the receipt is checked off the GUI thread
    with qtbot.waitSignal(operation.finished, timeout=20_000):
        pass
    assert "Kvittering for pakke 1" in page.status.text()
    assert page.bundles.row_at(0).acked_at is not None
    assert page.actions.isEnabled()
    with qtbot.waitSignal(page.import_receipt(str(result.receipt)).failed, timeout=20_000):
        pass
    assert "allerede" in page.error.text()
    assert page.import_receipt(str(tmp_path / "missing.json")) is None  # read before the job
    assert page.error.isVisible()
    engine.dispose()
