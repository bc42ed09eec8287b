"""casekey.column_opener: whole columns of raw values opened as open_if_sealed opens one."""

from __future__ import annotations

import pytest

from app.db import casekey


def test_a_column_opens_sealed_values_and_passes_the_rest() -> None:
    key = casekey.new_case_key()
    column = [casekey.seal_text("Borgeren mødte op", key), None, "", "ikke forseglet", 7,
              casekey.seal_text("Ryg: ingen tunge løft", key)]
    with casekey.bound(key):
        opened = casekey.column_opener()(column)
        one_by_one = [casekey.open_if_sealed(v) for v in column]
    assert opened == ["Borgeren mødte op", None, "", "ikke forseglet", 7,
                      "Ryg: ingen tunge løft"]
    assert opened == one_by_one


@pytest.mark.parametrize("damage", ["flip", "cut", "bad_base64", "other_key"])
def test_a_damaged_value_refuses_the_column(damage: str) -> None:
    key = casekey.new_case_key()
    sealed = casekey.seal_text("Aftale om løntimer", key)
    body = sealed[len(casekey.PREFIX):]
    bad = {"flip": casekey.PREFIX + body[:10] + ("A" if body[10] != "A" else "B") + body[11:],
           "cut": sealed[:-8],
           "bad_base64": casekey.PREFIX + "@@@" + body,
           "other_key": casekey.seal_text("Aftale om løntimer", casekey.new_case_key())}[damage]
    with casekey.bound(key), pytest.raises(casekey.CaseContentDamaged):
        casekey.column_opener()([sealed, bad])


def test_without_the_case_key_a_sealed_value_is_locked() -> None:
    key = casekey.new_case_key()
    with casekey.bound(None):
        open_all = casekey.column_opener()
        assert open_all([None, "", "tekst"]) == [None, "", "tekst"]
        with pytest.raises(casekey.CaseContentLocked):
            open_all([casekey.seal_text("Helbred", key)])
