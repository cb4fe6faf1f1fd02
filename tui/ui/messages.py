"""What the panes and the palette ask the app to do. The app owns the selection and answers."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class SpeakerChosen(Message):
    """Go to the speaker's first statement, or its next one if the current is theirs."""

    speaker_id: str


@dataclass
class FigureChosen(Message):
    """Go to the statement that gives this figure."""

    figure_id: str


@dataclass
class StatementChosen(Message):
    """Make this statement the current one."""

    statement_id: str


@dataclass
class ViewMoved(Message):
    """The article was paged: the first statement in view (None: none) becomes current."""

    statement_id: str | None
