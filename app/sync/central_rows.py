"""The central's check of one part's rows before they are applied: every row made by a
device the bundle declares an origin of (issue 18, point 8: a member passes on the changes
of every member), inside the counter ranges it declared for that device, with keys of the
right form. Checked column by column (a few C-level passes per part); a part that fails is
checked again row by row, so the refusal names what the first bad row breaks. Versions a
revoked member made after its revocation are left out and counted, never applied."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field

from app.sync.bundle import BundleError, Part

RECORD_ID = re.compile(r"[0-9a-fA-F-]{1,36}")
TABLE = re.compile(r"[a-z][a-z0-9_]{0,63}")


@dataclass
class Allowed:
    """Whose versions a bundle may carry: {device: [(from, to]]} as its manifest declared
    them (checked against the office's members), and {device: last counter accepted} of
    the revoked members among them."""

    ranges: dict[uuid.UUID, list[tuple[int, int]]]
    limits: dict[uuid.UUID, int] = field(default_factory=dict)

    @classmethod
    def signer_only(cls, manifest: dict) -> Allowed:
        """A bundle of a version before issue 18 point 8: the signer's own changes."""
        return cls({uuid.UUID(manifest["device_id"]): [
            (manifest["from_counter"], manifest["to_counter"])]})

    def holds(self, device: object, counter: object) -> bool:
        try:
            ranges = self.ranges.get(uuid.UUID(device)) if isinstance(device, str) else None
        except ValueError:
            return False
        return ranges is not None and type(counter) is int and any(
            low < counter <= high for low, high in ranges)


def part_rows(part: Part, allowed: Allowed) -> tuple[list[dict], int]:
    """The rows of one part, each checked (a device the bundle declares, a counter inside
    that device's declared ranges, an id and, for tombstones, a table name of the right
    form), without the versions of revoked members after their revocation; and how many of
    those were left out."""
    body = part.rows()
    columns = body["columns"]
    needed = {"id", "version_device", "version_counter"} | (
        {"table_name"} if part.name == "tombstone" else set())
    if not needed <= set(columns):
        raise BundleError("Pakkens del {name} mangler kolonner.", name=part.name)
    if not _columns_fine(part.name, columns, body["rows"], allowed):
        for values in body["rows"]:
            _check_row(part.name, dict(zip(columns, values, strict=True)), allowed)
    rows = [dict(zip(columns, values, strict=True)) for values in body["rows"]]
    if not allowed.limits:
        return rows, 0
    limits = {str(device): limit for device, limit in allowed.limits.items()}
    kept = [row for row in rows if row["version_counter"] <= limits.get(
        str(uuid.UUID(row["version_device"])), row["version_counter"])]
    return kept, len(rows) - len(kept)


_RECORD_ID_CHARS = "0123456789abcdefABCDEF-"  # RECORD_ID's alphabet


def _columns_fine(name: str, columns: list[str], rows: list[list], allowed: Allowed) -> bool:
    """_check_row over whole columns (Part.rows gave rows of one width): every distinct
    device once, the counters of a device with one declared range by their least and
    greatest, the ids as one string."""
    if not rows:
        return True
    values = dict(zip(columns, zip(*rows, strict=True), strict=True))
    devices = values["version_device"]
    counters = values["version_counter"]
    if set(map(type, counters)) != {int}:
        return False
    by_device: dict[object, list[int]] = {}
    for device, counter in zip(devices, counters, strict=True):
        by_device.setdefault(device, []).append(counter)
    for device, numbers in by_device.items():
        try:
            ranges = allowed.ranges.get(uuid.UUID(device)) if isinstance(device, str) else None
        except ValueError:
            return False
        if not ranges:
            return False
        if len(ranges) == 1:
            low, high = ranges[0]
            if not (low < min(numbers) and max(numbers) <= high):
                return False
        elif not all(any(lo < n <= hi for lo, hi in ranges) for n in numbers):
            return False
    ids = values["id"]
    if set(map(type, ids)) != {str} or not 1 <= min(map(len, ids)) <= max(map(len, ids)) <= 36 \
            or "".join(ids).strip(_RECORD_ID_CHARS):
        return False
    return name != "tombstone" or all(
        isinstance(table, str) and TABLE.fullmatch(table) is not None
        for table in set(values["table_name"]))


def _check_row(name: str, row: dict, allowed: Allowed) -> None:
    device, counter, record_id = (row["version_device"], row["version_counter"], row["id"])
    try:
        known = isinstance(device, str) and uuid.UUID(device) in allowed.ranges
    except ValueError:
        known = False
    if not known:
        raise BundleError("Pakkens del {name} indeholder ændringer fra en anden "
                          "arbejdsstation end dem, pakken angiver.", name=name)
    if not allowed.holds(device, counter):
        raise BundleError("Pakkens del {name} har en ændringstæller uden for pakkens "
                          "interval.", name=name)
    if not isinstance(record_id, str) or RECORD_ID.fullmatch(record_id) is None or (
            name == "tombstone" and (not isinstance(row["table_name"], str) or
                                     TABLE.fullmatch(row["table_name"]) is None)):
        raise BundleError("Pakkens del {name} har en ugyldig nøgle.", name=name)
