"""The key to the marks in the article; reader.tcss styles each entry like its mark.

The current statement needs no entry: the gutter bar and the lit rows of the panes show it.
It fits one line beside the side panes from the normal width (110 cells) up."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label

ENTRIES = (
    ("direct", "direct"),
    ("indirect", "indirect"),
    ("mixed", "mixed"),
    ("thought", "thought"),
    ("stance", "stance"),
    ("speaker", "speaker"),
    ("cue", "cue"),
    ("figure", "figure"),
    ("match", "match"),
)


class Legend(Horizontal):
    """One label per kind of mark, each with the class `-KIND`."""

    def compose(self) -> ComposeResult:
        for kind, label in ENTRIES:
            yield Label(label, classes=f"-{kind}", markup=False)
