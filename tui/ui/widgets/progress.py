"""The progress line: whether the review is saved, how far it is, and what `j`/`k` walk."""

from __future__ import annotations

from typing import ClassVar

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from tui.core.model import Document
from tui.core.review import Progress, progress
from tui.ui.state import BADGES, ReviewFilter, SaveState, no_document


class ProgressLine(Static):
    """`saved │ 7/18 reviewed · 5 verified · 1 disputed · 1 unverifiable │ filter: all`.

    The save state comes first: a narrow terminal cuts the end of the line, never it. Where
    the line would not fit, the counts are the statuses' badges (`7/18 reviewed · ✓5 ✗1 ?1`),
    so that the filter `j`/`k` walk is still named.
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
        counts = progress(self.document)
        line = self._line(Content.styled(state.text, style), str(counts))
        if line.cell_length > self.size.width:
            line = self._line(Content.styled(state.text, style), badges(counts))
        return line

    def _line(self, state: Content, counts: str) -> Content:
        return Content.assemble(
            state, " │ ", counts, " │ filter: ", self.filter.describe(self.document)
        )


def badges(counts: Progress) -> str:
    """`7/18 reviewed · ✓5 ✗1 ?1`: the counts in the badges the sources and the gutter show
    (rejected, `–`, only when there are some)."""
    marks = [
        f"{BADGES[status]}{count}"
        for status, count in (
            ("verified", counts.verified),
            ("disputed", counts.disputed),
            ("unverifiable", counts.unverifiable),
            ("rejected", counts.rejected),
        )
        if count or status != "rejected"
    ]
    return f"{counts.reviewed}/{counts.total} reviewed · {' '.join(marks)}"
