"""Helpers shared by the Pilot-driven tests."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot


async def until(pilot: Pilot[None], condition: Callable[[], bool], tries: int = 200) -> None:
    """Let the app work (the palette searches in a worker) until `condition` holds."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause()
    raise AssertionError("the app never got there")
