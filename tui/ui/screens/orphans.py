"""The orphans: reviewed statements that could not be placed in the changed article."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.core.model import Orphan


class OrphansScreen(ModalScreen[None]):
    """Each orphan's speaker, verdict, text and note, as plain text."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "dismiss", "Close", tooltip="Back to the article.", id="orphans-close"),
    ]

    def __init__(self, orphans: tuple[Orphan, ...]) -> None:
        super().__init__()
        self.orphans = orphans

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="orphans") as scroll:
            scroll.border_title = f"{len(self.orphans)} reviewed, not placed in the new text"
            scroll.border_subtitle = "escape to close"
            for orphan in self.orphans:
                said = f"“{orphan.text}”" if orphan.text else "(its text was not kept)"
                lines = [
                    f"{orphan.speaker or '(no speaker)'} · {orphan.review.status} · {orphan.id}",
                    said,
                ]
                if orphan.review.note:
                    lines.append(f"note: {orphan.review.note}")
                yield Static(Content("\n".join(lines)), classes="orphan")
