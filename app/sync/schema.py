"""A small strict validator for the JSON documents that arrive from outside: the bundle
manifest and its parts, receipts, enrollment files and the central key file.

Nothing from such a file is used before it has passed here: every key known, every type
exact (a bool is not an int), every string and list bounded, every number in range. JSON is
parsed only after a size limit and a nesting-depth scan, so a crafted file can neither exhaust
memory in the parser nor raise RecursionError."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from itertools import accumulate, repeat
from operator import sub
from typing import Any

from app.domain.errors import FremskudtError

MAX_INT = 2**63 - 1
COUNTER_MAX = 2**31 - 1  # the central stores counters and sequences in 32-bit columns


class SchemaError(FremskudtError):
    """A document that does not have the expected shape; `where` names the first bad field."""


@dataclass(frozen=True)
class Str:
    max_len: int = 200
    pattern: str | None = None
    min_len: int = 0


@dataclass(frozen=True)
class Int:
    low: int = 0
    high: int = MAX_INT


@dataclass(frozen=True)
class ListOf:
    item: Any
    max_items: int = 1000
    min_items: int = 0


@dataclass(frozen=True)
class Scalar:
    """A plain value in a row: text, a number, a truth value or null; never a list or object."""

    max_len: int = 4 * 1024 * 1024


@dataclass(frozen=True)
class Rows:
    """A table's rows: a list of at most `max_rows` rows, each a list of at most `max_width`
    Scalar values. Checked column by column (one pass of C-level set, len, min and max per
    column) when every row has the same width; the first bad value is then named exactly as
    ListOf(ListOf(Scalar)) would name it."""

    max_rows: int
    max_width: int
    value: Scalar = Scalar()


@dataclass(frozen=True)
class Obj:
    required: dict[str, Any]
    optional: dict[str, Any] = field(default_factory=dict)


HEX64 = Str(64, r"[0-9a-f]{64}", 64)
HEX32 = Str(32, r"[0-9a-f]{32}", 32)
UUID = Str(36, r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", 32)
TIMESTAMP = Str(40, r"[0-9T:.+\- ]+", 10)
# the head of a device's audit chain (services.audit.Anchor), in manifests and peer batches
AUDIT_ANCHOR = Obj({"seq": Int(0, COUNTER_MAX), "sha256": HEX64})
# after a restored backup: the central's anchor the office no longer has, and the anchor the
# central accepted earlier that its chain continues from
AUDIT_REBASE = Obj({"central_seq": Int(0, COUNTER_MAX), "central_sha256": HEX64,
                    "base_seq": Int(0, COUNTER_MAX), "base_sha256": HEX64})


def _fail(where: str) -> SchemaError:
    return SchemaError("feltet {where} er ugyldigt.", where=where or "dokumentet")


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def check(value: object, spec: object, where: str = "") -> None:
    """Raise SchemaError unless `value` has exactly the shape `spec` describes."""
    if isinstance(spec, Str):
        if not isinstance(value, str) or not spec.min_len <= len(value) <= spec.max_len:
            raise _fail(where)
        if spec.pattern is not None and re.fullmatch(spec.pattern, value) is None:
            raise _fail(where)
    elif isinstance(spec, Int):
        if type(value) is not int or not spec.low <= value <= spec.high:
            raise _fail(where)
    elif isinstance(spec, ListOf):
        if not isinstance(value, list) or not spec.min_items <= len(value) <= spec.max_items:
            raise _fail(where)
        for index, item in enumerate(value):
            check(item, spec.item, f"{where}[{index}]")
    elif isinstance(spec, Obj):
        if not isinstance(value, dict):
            raise _fail(where)
        for key in sorted(set(spec.required) - set(value))[:1]:
            raise SchemaError("feltet {where} mangler.", where=_join(where, key))
        for key in sorted(set(value) - set(spec.required) - set(spec.optional))[:1]:
            raise SchemaError("feltet {where} er ukendt.", where=_join(where, str(key)[:64]))
        for key, item in value.items():
            check(item, spec.required.get(key) or spec.optional[key], _join(where, key))
    elif isinstance(spec, Rows):
        if not _rows_fine(value, spec):
            check(value, ListOf(ListOf(spec.value, spec.max_width), spec.max_rows), where)
    elif isinstance(spec, Scalar):
        if (value is not None and type(value) not in (str, int, float, bool)) or (
                type(value) is int and abs(value) > MAX_INT) or (
                type(value) is str and len(value) > spec.max_len):
            raise _fail(where)
    elif isinstance(spec, tuple):  # a constant: one of these exact values
        if type(value) not in (str, int) or value not in spec:
            raise _fail(where)
    else:  # pragma: no cover - a programming error in a spec
        raise TypeError(spec)


_SCALARS = frozenset({type(None), str, int, float, bool})


def _rows_fine(rows: object, spec: Rows) -> bool:
    """True when `rows` passes Rows; False sends the caller to the value-by-value check,
    which names the first bad value (or passes what this fast path does not cover:
    rows of different widths)."""
    if type(rows) is not list or len(rows) > spec.max_rows:
        return False
    if not rows:
        return True
    if set(map(type, rows)) != {list}:
        return False
    widths = set(map(len, rows))
    if len(widths) != 1 or widths.pop() > spec.max_width:
        return False
    return all(_column_fine(column, spec.value.max_len) for column in zip(*rows, strict=True))


def _column_fine(column: tuple, max_len: int) -> bool:
    types = set(map(type, column))
    if not types <= _SCALARS:
        return False
    if str in types:
        texts = column if types == {str} else (
            filter(None, column) if types == {str, type(None)}
            else [v for v in column if type(v) is str])
        if max(map(len, texts), default=0) > max_len:
            return False
    if int in types:
        ints = column if types == {int} else [v for v in column if type(v) is int]
        if min(ints) < -MAX_INT or max(ints) > MAX_INT:
            return False
    return True


# a JSON string (also one left open at the end), with its escapes: the exact but slower way
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)', re.DOTALL)
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")
_STEP = bytes.maketrans(b"[{]}", b"\x02\x02\x00\x00")  # opening +1, closing -1 (after -1)


_NOT_SYNTAX = bytes(b for b in range(256) if b not in b'[]{}"\\\x01')


def _brackets_outside_strings(data: bytes) -> bytes:
    """The brackets outside JSON strings. Escapes are masked (an escaped backslash or quote
    becomes two 0x01 bytes); only quotes, brackets, masks and backslashes are kept; pairs of
    adjacent quotes are dropped (an empty string, or two strings with nothing between:
    neither moves a bracket in or out of a string); the rest is split at its quotes. This
    agrees with reading byte by byte until the first backslash outside a string, and that
    backslash (or its mask) would then be left outside: then the exact regex decides."""
    masked = data.replace(b"\\\\", b"\x01\x01").replace(b'\\"', b"\x01\x01") \
        if b"\\" in data else data
    syntax = masked.translate(None, _NOT_SYNTAX).replace(b'""', b"")
    outside = b"".join(syntax.split(b'"')[::2])
    if b"\x01" in outside or b"\\" in outside:
        outside = _STRING.sub(b"", data)
    return outside.translate(None, _NOT_BRACKET)


def nesting_depth(data: bytes) -> int:
    """The deepest bracket nesting outside strings; stops counting past 64. Linear and in C:
    the strings cut out, the brackets kept, and their running depth summed."""
    steps = _brackets_outside_strings(data).translate(_STEP)
    deepest = max(accumulate(map(sub, steps, repeat(1))), default=0)
    return min(max(deepest, 0), 65)


def load_json(data: bytes, spec: object, max_bytes: int, max_depth: int,
              what: str) -> Any:
    """Parse a small JSON document within limits and check it against `spec`."""
    if len(data) > max_bytes:
        raise SchemaError("{what} er for stor.", what=what)
    if nesting_depth(data) > max_depth:
        raise SchemaError("{what} er indlejret for dybt.", what=what)
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError):
        raise SchemaError("{what} er ikke gyldig JSON.", what=what) from None
    check(doc, spec)
    return doc
