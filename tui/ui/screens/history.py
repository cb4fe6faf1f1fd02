"""The history of one statement: who did what, and when, by every reader (from the log)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from tui.core.model import Document
from tui.core.reviewlog import Action


class HistoryScreen(ModalScreen[None]):
    """A table of the actions on one statement, oldest first; any closing key goes back."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,q,H",
            "dismiss",
            "Close history",
            tooltip="Back to the article.",
            id="history-close",
        ),
    ]

    def __init__(self, statement_id: str, actions: Sequence[Action], document: Document) -> None:
        """Names, notes and reviewers come from files: shown as text, never as markup."""
        super().__init__()
        self.statement_id = statement_id
        self.rows = [
            (action.time.replace("T", " "), action.reviewer or "?", action.describe(document))
            for action in actions
        ]

    def compose(self) -> ComposeResult:
        with Vertical(id="history-box") as box:
            box.border_title = f"History of {self.statement_id}"
            box.border_subtitle = "escape to close"
            if not self.rows:
                yield Static(Text("Nothing done to this statement yet."), id="history-empty")
                return
            table: DataTable[Text] = DataTable(id="history-table", cursor_type="row")
            table.add_columns("when", "who", "what")
            for row in self.rows:
                table.add_row(*(Text(cell) for cell in row))
            yield table
