"""The recovery sheet: the key in full, Danish text, fonts embedded."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.db.keyring import format_recovery_key, new_recovery_key, parse_recovery_key
from app.reports.recovery_sheet import recovery_sheet_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils is installed by .ci/run")


def test_sheet_holds_the_key_and_embeds_its_fonts(tmp_path: Path) -> None:
    key = new_recovery_key()
    text_key = format_recovery_key(key)
    pdf = recovery_sheet_pdf(office_name="Kontoret i Gellerup – Åbyhøj", municipality="Aarhus",
                             recovery_key_text=text_key, store_id="1234")
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Gendannelsesnøgle" in text
    assert "Kontoret i Gellerup – Åbyhøj" in text
    assert "Fortroligt" in text
    assert "Side 1" in text
    groups = text_key.split("-")
    assert all(g in text for g in groups)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout
    rows = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all(" yes " in row for row in rows)  # every font embedded
    assert parse_recovery_key(" ".join(groups).lower()) == key


def test_recovery_key_typing_is_forgiving_but_strict_on_length() -> None:
    key = new_recovery_key()
    text = format_recovery_key(key)
    assert len(text.replace("-", "")) == 52
    assert parse_recovery_key(text.replace("O", "0").replace("I", "1")) == key
    from app.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="52 tegn"):
        parse_recovery_key(text[:-2])
