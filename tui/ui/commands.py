"""The command palette: the reader's actions, taken from its bindings, and a jump per speaker."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from tui.ui.messages import SpeakerChosen
from tui.ui.widgets.panes import speaker_counts

if TYPE_CHECKING:
    from tui.ui.app import ReaderApp


@dataclass(frozen=True, slots=True)
class Command:
    """One palette entry. `help` is our own text: the palette reads it as markup."""

    text: str
    run: Callable[[], object]
    help: str


class ReaderCommands(Provider):
    """Next/previous statement, search, help, quit ... and "Jump to speaker: NAME"."""

    def commands(self) -> list[Command]:
        app = cast("ReaderApp", self.app)
        commands = [
            Command(binding.description, partial(app.run_action, binding.action), binding.tooltip)
            for binding in app.BINDINGS
            if isinstance(binding, Binding) and binding.action != "command_palette"
        ]
        if app.document.orphans:
            count = len(app.document.orphans)
            commands.append(
                Command(
                    f"Orphans: {count} reviewed, not placed in the changed article",
                    app.show_orphans,
                    "Their text, speaker, verdict and note.",
                )
            )
        counts = speaker_counts(app.document)
        for speaker in app.document.speakers:
            count = counts[speaker.id]
            if count:
                commands.append(
                    Command(
                        f"Jump to speaker: {speaker.name}",
                        partial(app.post_message, SpeakerChosen(speaker.id)),
                        f"{count} statement{'' if count == 1 else 's'}",
                    )
                )
        return commands

    async def discover(self) -> Hits:
        for command in self.commands():
            yield DiscoveryHit(Content(command.text), command.run, command.text, command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self.commands():
            score, display = _match(matcher, command.text)
            if score > 0:
                yield Hit(score, display, command.run, command.text, command.help)


def _match(matcher: Matcher, text: str) -> tuple[float, Content]:
    """The score and the highlighted text. (`Matcher.highlight` would read `text` as markup.)"""
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    content = Content(text)
    for offset in offsets:
        content = content.stylize(matcher.match_style, offset, offset + 1)
    return score, content
