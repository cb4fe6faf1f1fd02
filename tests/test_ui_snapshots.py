"""What the reader looks like: each SVG was opened and checked by eye before it was accepted.

Regenerate with `pytest tests/test_ui_snapshots.py --snapshot-update`, then look at every SVG.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import TextArea

from tui.core.model import Document
from tui.core.store import load_document
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


def test_acts_and_parts(snap_compare: SnapCompare, acts_document: Document) -> None:
    """An invented article, st-4 current: the two-part quote highlighted without the "Mayor
    Ada Lind said on Monday" between its parts; the thought and the stance quieter; the act
    column in the sources; thought and stance in the legend."""
    assert snap_compare(ReaderApp(acts_document), terminal_size=SIZE, press=["j"] * 3)


def test_help_screen(snap_compare: SnapCompare, sample: Document) -> None:
    assert snap_compare(ReaderApp(sample), terminal_size=SIZE, press=["question_mark"])


def test_small_terminal(snap_compare: SnapCompare, sample: Document) -> None:
    """80×24: the side panes narrow, the legend goes, nothing essential is cut."""
    assert snap_compare(ReaderApp(sample), terminal_size=(80, 24), press=["j"] * 4)


def test_large_terminal(snap_compare: SnapCompare, sample: Document) -> None:
    assert snap_compare(ReaderApp(sample), terminal_size=(200, 60), press=["j"] * 9)


# --- a review session: on a copy of the sample, named relative to the current folder --------


@pytest.fixture
def reviewing(review_copy: Path, monkeypatch: pytest.MonkeyPatch) -> ReaderApp:
    """The reader on a copy in the current folder (so the paths it shows are the same)."""
    monkeypatch.chdir(review_copy.parent)
    path = Path(review_copy.name)
    return ReaderApp(load_document(path), annotation_path=path, reviewer="ana")


def test_review_progress(snap_compare: SnapCompare, reviewing: ReaderApp) -> None:
    """A verdict of each kind: badges in the gutter, the review column, the progress line."""
    keys = ["v", "j", "d", "j", "x", "j", "u", "a", *"Ask the ministry", "ctrl+s", "j"]
    assert snap_compare(reviewing, terminal_size=SIZE, press=keys)


def test_review_note_editor(snap_compare: SnapCompare, reviewing: ReaderApp) -> None:
    """`a` on st-2: the statement quoted above the note being typed."""

    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.press("j", "a")
        pilot.app.screen.query_one(TextArea).cursor_blink = False
        await pilot.press(*"One source only.", "enter", *"Ask the ministry")

    assert snap_compare(reviewing, terminal_size=SIZE, run_before=run_before)


def test_review_speaker_picker(snap_compare: SnapCompare, reviewing: ReaderApp) -> None:
    """`s` on st-2, "ukr" typed: the Ukrainian speakers, and a new name on offer."""
    assert snap_compare(reviewing, terminal_size=SIZE, press=["j", "s", *"ukr"])


def test_review_export_dialog(snap_compare: SnapCompare, reviewing: ReaderApp) -> None:
    """`e`: the formats, and the file beside the annotation named after the article."""
    assert snap_compare(reviewing, terminal_size=SIZE, press=["e", "down", "down"])
