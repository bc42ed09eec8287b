"""The central's check of one part's rows before they are applied: every row the signer's
own, inside the counter range it declared, with keys of the right form. Checked column by
column (a few C-level passes per part); a part that fails is checked again row by row, so the
refusal names what the first bad row breaks."""

from __future__ import annotations

import re
import uuid

from app.sync.bundle import BundleError, Part

RECORD_ID = re.compile(r"[0-9a-fA-F-]{1,36}")
TABLE = re.compile(r"[a-z][a-z0-9_]{0,63}")


def part_rows(part: Part, manifest: dict) -> list[dict]:
    """The rows of one part, each checked: the signer's own device, a counter inside the
    range the signer declared, an id and (for tombstones) a table name of the right form.
    Checked column by column; a part that fails is checked again row by row, so the
    refusal names what the first bad row breaks."""
    body = part.rows()
    columns = body["columns"]
    needed = {"id", "version_device", "version_counter"} | (
        {"table_name"} if part.name == "tombstone" else set())
    if not needed <= set(columns):
        raise BundleError("Pakkens del {name} mangler kolonner.", name=part.name)
    if not _columns_fine(part.name, columns, body["rows"], manifest):
        for values in body["rows"]:
            _check_row(part.name, dict(zip(columns, values, strict=True)), manifest)
    return [dict(zip(columns, values, strict=True)) for values in body["rows"]]


_RECORD_ID_CHARS = "0123456789abcdefABCDEF-"  # RECORD_ID's alphabet


def _columns_fine(name: str, columns: list[str], rows: list[list], manifest: dict) -> bool:
    """_check_row over whole columns (Part.rows gave rows of one width): every distinct
    device once, the counters by their least and greatest, the ids as one string."""
    if not rows:
        return True
    values = dict(zip(columns, zip(*rows, strict=True), strict=True))
    signer = uuid.UUID(manifest["device_id"])
    for device in set(values["version_device"]):
        try:
            if not isinstance(device, str) or uuid.UUID(device) != signer:
                return False
        except ValueError:
            return False
    counters = values["version_counter"]
    if set(map(type, counters)) != {int} or not (
            manifest["from_counter"] < min(counters) and max(counters) <= manifest["to_counter"]):
        return False
    ids = values["id"]
    if set(map(type, ids)) != {str} or not 1 <= min(map(len, ids)) <= max(map(len, ids)) <= 36 \
            or "".join(ids).strip(_RECORD_ID_CHARS):
        return False
    return name != "tombstone" or all(
        isinstance(table, str) and TABLE.fullmatch(table) is not None
        for table in set(values["table_name"]))


def _check_row(name: str, row: dict, manifest: dict) -> None:
    signer = uuid.UUID(manifest["device_id"])
    low, high = manifest["from_counter"], manifest["to_counter"]
    device, counter, record_id = (row["version_device"], row["version_counter"], row["id"])
    try:
        own = isinstance(device, str) and uuid.UUID(device) == signer
    except ValueError:
        own = False
    if not own:
        raise BundleError("Pakkens del {name} indeholder ændringer fra en anden "
                          "arbejdsstation end den, der har underskrevet pakken.", name=name)
    if type(counter) is not int or not low < counter <= high:
        raise BundleError("Pakkens del {name} har en ændringstæller uden for pakkens "
                          "interval.", name=name)
    if not isinstance(record_id, str) or RECORD_ID.fullmatch(record_id) is None or (
            name == "tombstone" and (not isinstance(row["table_name"], str) or
                                     TABLE.fullmatch(row["table_name"]) is None)):
        raise BundleError("Pakkens del {name} har en ugyldig nøgle.", name=name)
