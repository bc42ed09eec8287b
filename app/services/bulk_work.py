"""Helpers for the few services that build hundreds of thousands of rows in memory at once
(the demo office, the full export, Ledelsesinformation; issue 22)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Pause the cycle collector while rows pile up: they are tuples, dicts and records of
    plain values without cycles, and the collector would walk every one of them again at each
    of its passes (about a sixth of the demo's CPU, a second of the full export). Reference
    counting still frees whatever is dropped; the collector's state is restored after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
