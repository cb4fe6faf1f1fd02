"""Toasts never cover a pane's border, nor the path typed in the export dialog."""

from __future__ import annotations

import pytest
from textual.geometry import Region, Spacing
from textual.pilot import Pilot
from textual.widgets._toast import Toast, ToastRack

from tui.core.model import Document
from tui.ui.app import ReaderApp

PANES = ("#article", "#speakers", "#figures", "#sources")
MESSAGE = "A message long enough to wrap over a couple of lines in the toast box here."


async def toasts(pilot: Pilot[None]) -> list[Region]:
    for _ in range(5):
        await pilot.pause()
    rack = pilot.app.screen.get_child_by_type(ToastRack)
    return [toast.region for toast in rack.query(Toast)]


@pytest.mark.parametrize("size", [(80, 24), (120, 36), (200, 60)])
async def test_a_toast_sits_inside_one_pane(sample: Document, size: tuple[int, int]) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=size, notifications=True) as pilot:
        app.notify(MESSAGE)
        [toast] = await toasts(pilot)
        insides = [app.query_one(pane).region.shrink(Spacing(1, 1, 1, 1)) for pane in PANES]
        assert any(inside.contains_region(toast) for inside in insides), (toast, insides)


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_toasts_leave_the_export_path_in_view(
    sample: Document, size: tuple[int, int]
) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.press("e")
        app.notify(MESSAGE)
        app.notify(MESSAGE, severity="warning")
        shown = await toasts(pilot)
        assert len(shown) == 2
        path = app.screen.query_one("#export-path").region
        assert not any(toast.overlaps(path) for toast in shown)
