"""What the reader looks like: each SVG was opened and checked by eye before it was accepted.

Regenerate with `pytest tests/test_ui_snapshots.py --snapshot-update`, then look at every SVG.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

from tui.core.model import Document
from tui.ui.app import ReaderApp
from tui.ui.widgets.panes import LinkedTable

SnapCompare = Callable[..., bool]
SIZE = (120, 36)


def choosing(pane_id: str, key: str) -> Callable[[Pilot[None]], object]:
    """Focus a side pane, put its cursor on the row `key` and press enter."""

    async def run_before(pilot: Pilot[None]) -> None:
        pane = pilot.app.query_one(f"#{pane_id}", LinkedTable)
        pane.focus()
        pane.move_cursor(row=pane.get_row_index(key))
        await pilot.press("enter")
        await pilot.pause()

    return run_before


def test_first_screen(snap_compare: SnapCompare, sample: Document) -> None:
    assert snap_compare(ReaderApp(sample), terminal_size=SIZE)


def test_a_statement_in_the_middle(snap_compare: SnapCompare, sample: Document) -> None:
    """st-7, a direct quote with two figures: all three panes light up."""
    assert snap_compare(ReaderApp(sample), terminal_size=SIZE, press=["j"] * 6)


def test_a_speaker_chosen(snap_compare: SnapCompare, sample: Document) -> None:
    """Syrskiy chosen in the speakers pane: his first statement, st-10."""
    app = ReaderApp(sample)
    assert snap_compare(
        app, terminal_size=SIZE, run_before=choosing("speakers", "oleksandr-syrskiy")
    )


def test_a_figure_chosen(snap_compare: SnapCompare, sample: Document) -> None:
    """ "three months" chosen in the figures pane: its statement, st-10."""
    app = ReaderApp(sample)
    assert snap_compare(app, terminal_size=SIZE, run_before=choosing("figures", "fg-10"))


def test_search_matches(snap_compare: SnapCompare, sample: Document) -> None:
    """`/north korean` then `n`: every match marked, the second one current."""
    keys = ["slash", *"north korean", "enter", "n"]
    assert snap_compare(ReaderApp(sample), terminal_size=SIZE, press=keys)


def test_help_screen(snap_compare: SnapCompare, sample: Document) -> None:
    assert snap_compare(ReaderApp(sample), terminal_size=SIZE, press=["question_mark"])


def test_small_terminal(snap_compare: SnapCompare, sample: Document) -> None:
    """80×24: the side panes narrow, the legend goes, nothing essential is cut."""
    assert snap_compare(ReaderApp(sample), terminal_size=(80, 24), press=["j"] * 4)


def test_large_terminal(snap_compare: SnapCompare, sample: Document) -> None:
    assert snap_compare(ReaderApp(sample), terminal_size=(200, 60), press=["j"] * 9)
