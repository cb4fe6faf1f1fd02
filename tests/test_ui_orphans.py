"""The reader lists the reviews a changed article could not place (orphans)."""

from __future__ import annotations

from dataclasses import replace

from pilot_helpers import until
from textual.command import CommandList
from textual.widgets import Static

from tui.core.extract import extract
from tui.core.model import Article, Orphan, Review
from tui.ui.app import ReaderApp
from tui.ui.screens.orphans import OrphansScreen

TEXT = '"The pier will reopen in June," said Nadia Frost, the port director.\n'


def app_with_orphans() -> ReaderApp:
    document = extract(Article(id="pier", text=TEXT))
    orphan = Orphan(
        id="st-9",
        text="the old pier would be [@click=app.quit]demolished[/]",
        speaker="Carl Meyer",
        review=Review(status="disputed", note="Denied by the council"),
    )
    return ReaderApp(replace(document, orphans=(orphan,)))


async def test_the_palette_opens_the_orphans_with_their_verdict_and_note() -> None:
    app = app_with_orphans()
    async with app.run_test(size=(100, 30)) as pilot:
        assert any("could not be placed" in str(n.message) for n in app._notifications)
        await pilot.press("ctrl+p")
        await pilot.press(*"orphans")
        await until(pilot, lambda: bool(app.screen.query(CommandList).first().options))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, OrphansScreen))
        (entry,) = app.screen.query(".orphan").results(Static)
        shown = str(entry.render())
        assert shown.splitlines() == [
            "Carl Meyer · disputed · st-9",
            "“the old pier would be [@click=app.quit]demolished[/]”",
            "note: Denied by the council",
        ]
        await pilot.press("escape")
        assert not isinstance(app.screen, OrphansScreen)
