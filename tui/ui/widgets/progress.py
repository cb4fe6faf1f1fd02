"""The progress line: whether the review is saved, how far it is, and what `j`/`k` walk."""

from __future__ import annotations

from typing import ClassVar

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from tui.core.model import Document
from tui.core.review import progress
from tui.ui.state import ReviewFilter, SaveState, no_document


class ProgressLine(Static):
    """`saved │ 7/18 reviewed · 5 verified · 1 disputed · 1 unverifiable │ filter: all`.

    The save state comes first: a narrow terminal cuts the end of the line, never it.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "progress--saved",
        "progress--unwritten",
        "progress--unsaved",
    }

    document: reactive[Document] = reactive(no_document)
    filter: reactive[ReviewFilter] = reactive(ReviewFilter)
    save_state: reactive[SaveState] = reactive(SaveState)

    def render(self) -> Content:
        state = self.save_state
        if not state.ok:
            component = "progress--unsaved"
        else:
            component = "progress--saved" if state.written else "progress--unwritten"
        style = self.get_visual_style(component, partial=True)
        return Content.assemble(
            Content.styled(state.text, style),
            " │ ",
            str(progress(self.document)),
            " │ filter: ",
            self.filter.describe(self.document),
        )
