"""The note editor: the analyst's note on one statement, edited in a multi-line box."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from tui.core.export import statement_words
from tui.core.model import Document
from tui.ui.screens.confirm import Confirm

DISCARD_QUESTION = "Discard your changes?"


class NoteEditor(ModalScreen[str | None]):
    """Edit a note: `ctrl+s` dismisses with the text, `escape` with None (asking if changed)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", priority=True, id="note-save"),
        Binding("escape", "cancel", "Cancel", id="note-cancel"),
    ]

    def __init__(
        self, quote: str, note: str = "", *, title: str = "Note", statement_id: str = ""
    ) -> None:
        """`quote` is the statement's text; `note` the current note; both shown as plain text.

        `statement_id` says whose note it is, for the app to save a draft when it quits.
        """
        super().__init__()
        self.quote = quote
        self.note = note
        self.title_text = title
        self.statement_id = statement_id

    @classmethod
    def for_statement(cls, document: Document, statement_id: str) -> NoteEditor:
        """The editor for one statement of `document`, titled with its id and speaker."""
        statement = document.statement(statement_id)
        if statement is None:
            raise KeyError(f"no statement {statement_id!r}")
        speaker = document.speaker(statement.speaker)
        who = speaker.name if speaker is not None else "unattributed"
        return cls(
            statement_words(document, statement),
            statement.review.note,
            title=f"Note on {statement.id} · {who}",
            statement_id=statement.id,
        )

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box") as box:
            box.border_title = Content(self.title_text)
            with VerticalScroll(id="note-quote"):
                yield Static(Text.assemble("“", (self.quote, "italic"), "”"))
            yield TextArea(self.note, id="note-text", soft_wrap=True)
            yield Static(Content("ctrl+s save    escape cancel"), id="note-keys")

    def on_mount(self) -> None:
        editor = self.query_one("#note-text", TextArea)
        editor.move_cursor(editor.document.end)
        editor.focus()

    @property
    def text(self) -> str:
        """The note as it stands in the editor."""
        return self.query_one("#note-text", TextArea).text

    @property
    def changed(self) -> bool:
        """Whether the note in the editor differs from the one it opened with."""
        return self.text != self.note

    def action_save(self) -> None:
        """Close with the edited note."""
        self.dismiss(self.text)

    def action_cancel(self) -> None:
        """Close without saving; ask first when the note was changed."""
        if not self.changed:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(Confirm(DISCARD_QUESTION), answered)
