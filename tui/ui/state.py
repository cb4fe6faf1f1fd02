"""The review as the reader shows it: the filter, the save state and the verdict badges.

Immutable values, replaced (never mutated) by the app; the widgets bound to them redraw.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.model import Article, Document, Statement
from tui.core.review import FILTERS, next_filter, visible

BADGES: dict[str, str] = {
    "verified": "✓",
    "disputed": "✗",
    "unverifiable": "?",
    "rejected": "–",
}
"""The one-cell mark of each review status but `unreviewed`, in the gutter and the sources."""


def no_document() -> Document:
    """What a document reactive holds until the app's document is bound: an empty article."""
    return Document(Article("", ""))


@dataclass(frozen=True, slots=True)
class ReviewFilter:
    """Which statements `j`/`k` walk: all, unreviewed, one speaker's, the disputed ones, or
    speech only."""

    name: str = FILTERS[0]
    speaker: str | None = None
    """For the speaker filter: the speaker's id (None: the unattributed statements)."""

    def statements(self, document: Document) -> tuple[Statement, ...]:
        return visible(document, self.name, self.speaker)

    def following(self, speaker: str | None) -> ReviewFilter:
        """The next filter in the cycle; `speaker` is the one the speaker filter keeps to."""
        return ReviewFilter(next_filter(self.name), speaker)

    def describe(self, document: Document) -> str:
        """`all`, `unreviewed`, `disputed`, `speech only`, `by Jane Doe` or `unattributed`."""
        if self.name == "speech":
            return "speech only"
        if self.name != "speaker":
            return self.name
        speaker = document.speaker(self.speaker)
        return "unattributed" if speaker is None else f"by {speaker.name}"


@dataclass(frozen=True, slots=True)
class SaveState:
    """What the progress line says about the file: `saved`, or why the review is not."""

    text: str = ""
    ok: bool = True
    """Nothing would be lost by quitting: no alarm."""
    written: bool = True
    """The review is in its file (or nothing is to be written): drawn as saved. A review with
    no file to go to, not yet changed, is ok but not written: drawn as a warning."""
