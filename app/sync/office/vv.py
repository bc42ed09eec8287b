"""Version vectors: {origin hex: highest counter incorporated}."""

from __future__ import annotations

import json

VV = dict[str, int]


def parse(text: str | None) -> VV:
    if not text:
        return {}
    data = json.loads(text)
    if not isinstance(data, dict) or any(
            not isinstance(k, str) or type(v) is not int for k, v in data.items()):
        raise ValueError("not a version vector")
    return data


def of_row(row_vv: str | None, version_device: str, version_counter: int) -> VV:
    """A row's version vector; a row stamped before issue 18 (or in bulk) has only its own
    stamp, under its device."""
    return parse(row_vv) if row_vv else {str(version_device).replace("-", ""): version_counter}


def leq(a: VV, b: VV) -> bool:
    """Every change `a` incorporates, `b` incorporates too."""
    return all(b.get(origin, 0) >= counter for origin, counter in a.items())


def merge(a: VV, b: VV) -> VV:
    out = dict(a)
    for origin, counter in b.items():
        if counter > out.get(origin, 0):
            out[origin] = counter
    return out


def text(vv: VV) -> str:
    return json.dumps(vv, sort_keys=True, separators=(",", ":"))
