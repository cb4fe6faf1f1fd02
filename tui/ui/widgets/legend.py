"""The key to the marks in the article; reader.tcss styles each entry like its mark."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label

ENTRIES = (
    ("direct", "direct quote"),
    ("indirect", "indirect"),
    ("mixed", "mixed"),
    ("speaker", "speaker"),
    ("cue", "cue"),
    ("figure", "figure"),
    ("current", "current"),
    ("match", "match"),
)


class Legend(Horizontal):
    """One label per kind of mark, each with the class `-KIND`."""

    def compose(self) -> ComposeResult:
        for kind, label in ENTRIES:
            yield Label(label, classes=f"-{kind}", markup=False)
