"""The cyclic garbage collector paused while many objects are built that form no cycle."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Building hundreds of thousands of objects with no cycle among them (a long review
    read back: the collector took 2.5 s of 3 s on a 1 MB article's; an extraction) sets off
    the cyclic collector again and again, for nothing: it waits until they are built
    (reference counting still frees what is dropped)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
