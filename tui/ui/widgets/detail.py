"""The detail line under the speakers: the whole name and role of the speaker under the
pane's cursor (which follows the current statement), wrapped, never cut."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from tui.core.model import Document
from tui.ui.state import no_document
from tui.ui.widgets.panes import source_label, speaker_counts


class SpeakerDetail(Static):
    """`Rustem Umerov — Ukrainian Defense Minister · named person · 4 statements`."""

    document: reactive[Document] = reactive(no_document, layout=True)
    speaker_id: reactive[str | None] = reactive(None, layout=True)
    """The speaker shown: the one under the speakers pane's cursor."""

    def __init__(self, speaker_id: str | None = None, *, id: str | None = None) -> None:  # noqa: A002
        """`speaker_id`: the speaker shown first (the current statement's)."""
        super().__init__(id=id)
        self.set_reactive(SpeakerDetail.speaker_id, speaker_id)

    def render(self) -> Content:
        speaker = self.document.speaker(self.speaker_id)
        if speaker is None:
            return Content("")
        count = speaker_counts(self.document)[speaker.id]
        parts = [Content.styled(speaker.name, "bold")]
        if speaker.role:
            parts += [Content(" — "), Content(speaker.role)]
        plural = "" if count == 1 else "s"
        parts.append(Content(f" · {source_label(speaker)} · {count} statement{plural}"))
        return Content.assemble(*parts)
