"""The library screens, driven by a Pilot: rows sorted and filtered, an article opened and come
back to, speakers across articles and their statements, corpus search; and their snapshots
(each SVG was looked at before it was accepted)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rich.text import Text
from textual import events
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Label, Static

from tests.pilot_helpers import until
from tui.core.index import Index
from tui.core.store import open_document
from tui.ui import library as library_ui
from tui.ui.keymap import UserKeymap
from tui.ui.library import (
    LibraryApp,
    LibraryReaderApp,
    Opening,
    Place,
    SaidScreen,
    SpeakersScreen,
)
from tui.ui.screens.help import HelpScreen

SIZE = (120, 30)
SnapCompare = Callable[..., bool]

ARTICLES = {
    "harbor.txt": "Mayor Ada Lind said the harbor bridge would reopen in May.\n\n"
    "Ben Ortiz, a councillor, said the repairs were rushed.\n",
    "desk/vote.md": "---\ntitle: The vote\noutlet: Daily Example\npublished: 2026-03-02\n---\n\n"
    "Lind said the council would vote on the harbor in June.\n\n"
    "Ortiz said he would vote against it.\n",
    "desk/tolls.txt": "Tom Ortiz, a ferry captain, said the tolls were too high.\n",
    "markup.md": "# [bold]Loud[/bold] [@click=app.quit]x[/]\n\n"
    "Ada Lind said the fares would fall.\n",
}


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, Index]:
    root = tmp_path / "news"
    for name, text in ARTICLES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    index = Index(tmp_path / "index.sqlite3")
    index.refresh(root)
    return root, index


def column(table: DataTable[Text], index: int = 0) -> list[str]:
    return [str(table.get_row_at(row)[index]) for row in range(table.row_count)]


async def test_rows_sorted_filtered_and_opened(library: tuple[Path, Index]) -> None:
    root, index = library
    app = LibraryApp(root, index)
    async with app.run_test(size=SIZE) as pilot:
        table = app.query_one("#articles", DataTable)
        assert column(table) == [
            "[bold]Loud[/bold] [@click=app.quit]x[/]",
            "harbor",
            "The vote",
            "tolls",
        ]
        await pilot.press("s", "s", "s")  # by statements, highest first
        assert column(table, 3) == ["2", "2", "1", "1"]
        await pilot.press("S")
        assert column(table, 3) == ["1", "1", "2", "2"]
        await pilot.press("slash", *"daily", "enter")
        assert column(table) == ["The vote"]
        await pilot.press("enter")
    vote = str((root / "desk/vote.md").resolve())
    assert app.return_value == Opening(
        Path(vote), None, Place(row=vote, column="statements", articles_filter="daily")
    )


async def test_a_file_that_cannot_be_read_says_why_and_is_not_opened(
    library: tuple[Path, Index],
) -> None:
    root, index = library
    (root / "scan.txt").write_bytes(b"\x89PNG\x00\x00")
    index.refresh(root)
    app = LibraryApp(root, index)
    async with app.run_test(size=SIZE) as pilot:
        table = app.query_one("#articles", DataTable)
        assert "scan.txt: looks binary, not text" in column(table)
        await pilot.press("slash", *"scan", "enter", "enter")
        await pilot.pause()
        assert app.is_running and app.return_value is None
        assert [n.message for n in app._notifications] == [
            "scan.txt: looks binary, not text: nothing to read"
        ]
    # An article that could not be opened after all (gone since): the library opens again
    # saying why, where the message is seen.
    again = LibraryApp(root, index, notice="harbor.txt: is missing")
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert [n.message for n in again._notifications] == ["harbor.txt: is missing"]


@pytest.mark.parametrize("width", [80, 160])
async def test_titles_and_names_take_the_room_there_is(
    library: tuple[Path, Index], width: int
) -> None:
    """The title column (the speaker's, on the speakers screen) grows to what the other
    columns leave, and shrinks so that they all show on a narrow terminal."""
    root, index = library
    app = LibraryApp(root, index)
    async with app.run_test(size=(width, 30)) as pilot:
        for table in (app.query_one("#articles", DataTable), None):
            if table is None:
                await pilot.press("p")
                table = app.screen.query_one("#speakers", DataTable)
            await pilot.pause()
            used = sum(c.get_render_width(table) for c in table.columns.values())
            assert used == table.scrollable_content_region.width, (width, table.id)


async def test_keys_typed_while_the_library_opens_are_keys_not_filter_words(
    library: tuple[Path, Index],
) -> None:
    """Typed ahead (the terminal holds them while the folder is indexed), `s` sorts: it is not
    typed into the filter box, which nothing focuses before the rows are."""
    root, index = library
    focused_first: list[object] = []

    class Watched(LibraryApp):
        CSS_PATH = str(Path(library_ui.__file__).with_name("reader.tcss"))

        def on_descendant_focus(self, event: events.DescendantFocus) -> None:
            focused_first.append(event.widget)

    app = Watched(root, index)
    async with app.run_test(size=SIZE):
        assert focused_first and focused_first[0] is app.query_one("#articles", DataTable)


async def type_at_once(pilot: Pilot[Opening], keys: str) -> None:
    """Keys as a fast typist (or a paste) sends them: all queued before any is handled."""
    for key in keys:
        name = {"/": "slash", " ": "space", "@": "at"}.get(key, key)
        pilot.app.post_message(events.Key(name, key))
    await pilot.pause()


async def test_words_typed_right_after_the_key_that_opens_a_box_go_into_it(
    library: tuple[Path, Index],
) -> None:
    root, index = library
    app = LibraryApp(root, index)
    async with app.run_test(size=SIZE) as pilot:
        await type_at_once(pilot, "/vote")
        assert app.query_one("#filter", Input).value == "vote"
        await pilot.press("escape")
        await type_at_once(pilot, "p/ortiz")
        await until(pilot, lambda: isinstance(app.screen, SpeakersScreen))
        assert app.screen.query_one("#speakers-filter", Input).value == "ortiz"
        await pilot.press("escape", "escape")
        await type_at_once(pilot, "fwho said vote")
        await until(pilot, lambda: bool(app.screen.query("#words")))
        assert app.screen.query_one("#words", Input).value == "who said vote"


async def test_the_order_and_the_filter_are_kept_after_reading_an_article(
    library: tuple[Path, Index],
) -> None:
    root, index = library
    app = LibraryApp(root, index)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "s")  # by date: newest first
        heading = str(app.query_one("#heading", Static).render())
        assert heading.endswith("sorted by date, newest first")
        await pilot.press("s", "S")  # by statements, lowest first
        await pilot.press("slash", *"txt", "enter")  # harbor and tolls
        await pilot.press("j", "enter")
    opening = app.return_value
    assert opening is not None and opening.path.name == "harbor.txt"
    # The reader was left with escape: the command opens the library again at that place.
    back = LibraryApp(root, index, opening.place)
    async with back.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table = back.query_one("#articles", DataTable)
        assert back.query_one("#filter", Input).value == "txt"
        assert column(table) == ["tolls", "harbor"]
        assert table.cursor_row == 1
        heading = str(back.query_one("#heading", Static).render())
        assert "2/4 articles" in heading and "sorted by statements, lowest first" in heading
        await pilot.press("S")  # the order goes on from there
        assert column(table) == ["harbor", "tolls"]


async def test_the_speakers_filter_box_narrows_the_speakers(
    library: tuple[Path, Index],
) -> None:
    root, index = library
    app = LibraryApp(root, index)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        speakers = app.screen.query_one("#speakers", DataTable)
        everyone = column(speakers)
        assert len(everyone) > 2
        await pilot.press("slash", *"ortiz")
        assert sorted(column(speakers)) == ["Ben Ortiz", "Ortiz", "Tom Ortiz"]
        heading = str(app.screen.query_one("#heading", Static).render())
        assert heading.startswith(f"3/{len(everyone)} speakers")
        await pilot.press("space", *"tom")  # every word must be there
        assert column(speakers) == ["Tom Ortiz"]
        await pilot.press("escape")  # from the box to the speakers, still on this screen
        assert speakers.has_focus and column(speakers) == ["Tom Ortiz"]
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SaidScreen))
        await pilot.press("enter")
    opening = app.return_value
    assert opening is not None and opening.place.speakers_filter == "ortiz tom"
    back = LibraryApp(root, index, opening.place)
    async with back.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(back.screen, SaidScreen))
        await pilot.press("escape")
        speakers = back.screen.query_one("#speakers", DataTable)
        assert column(speakers) == ["Tom Ortiz"]
        assert back.screen.query_one("#speakers-filter", Input).value == "ortiz tom"
        await pilot.press("escape")  # from the speakers to the articles
        assert back.screen.query_one("#articles", DataTable)


async def test_anonymous_sources_are_listed_with_their_article(
    library: tuple[Path, Index],
) -> None:
    root, index = library
    (root / "port.txt").write_text("Officials said the port would close.\n", "utf-8")
    (root / "rail.txt").write_text("Officials said the line was safe.\n", "utf-8")
    index.refresh(root)
    app = LibraryApp(root, index)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "slash", *"anonymous")
        speakers = app.screen.query_one("#speakers", DataTable)
        assert sorted(zip(column(speakers), column(speakers, 1), strict=True)) == [
            ("Officials · port", "anonymous group"),
            ("Officials · rail", "anonymous group"),
        ]


async def test_a_speaker_across_articles_and_a_statement_opened(
    library: tuple[Path, Index],
) -> None:
    root, index = library
    app = LibraryApp(root, index)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        speakers = app.screen.query_one("#speakers", DataTable)
        names = column(speakers)
        assert names[0] == "Ada Lind" and column(speakers, 2)[0] == "3"
        assert {"Ben Ortiz", "Tom Ortiz"} <= set(names)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SaidScreen))
        said = app.screen.query_one("#said", DataTable)
        assert column(said, 4) == [
            "the council would vote on the harbor in June",
            "the harbor bridge would reopen in May",
            "the fares would fall",
        ]
        await pilot.press("j", "enter")
    opening = app.return_value
    assert opening is not None
    assert (opening.path.name, opening.statement, opening.place.screen) == (
        "harbor.txt",
        "st-1",
        "said",
    )
    back = LibraryApp(root, index, opening.place)  # the library opens again where it was
    async with back.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(back.screen, SaidScreen))
        table = back.screen.query_one("#said", DataTable)
        assert table.cursor_row == 1
        await pilot.press("escape", "escape")
        assert back.screen.query_one("#articles", DataTable)


async def test_a_statements_act_shows_whole(library: tuple[Path, Index]) -> None:
    root, index = library
    (root / "poll.txt").write_text("Ada Lind believes the harbor will flood.\n", "utf-8")
    index.refresh(root)
    app = LibraryApp(root, index)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f", *"flood", "enter")
        found = app.screen.query_one("#found", DataTable)
        assert column(found, 2) == ["thought"]
        assert "thought" in found.render_line(1).text  # not cut to "thoug…"


async def test_who_said_words(library: tuple[Path, Index]) -> None:
    root, index = library
    app = LibraryApp(root, index)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f", *"vote", "enter")
        found = app.screen.query_one("#found", DataTable)
        assert sorted(column(found, 1)) == ["Lind", "Ortiz"]
        await pilot.press("escape", "f", *"vote @ortiz", "enter")
        found = app.screen.query_one("#found", DataTable)
        assert column(found, 1) == ["Ortiz"]
        await pilot.press("enter")
    assert app.return_value is not None
    assert app.return_value.place == Place(
        "search", words="vote @ortiz", row=app.return_value.place.row
    )


async def test_who_said_as_a_question_and_a_speaker_by_any_of_their_names(
    library: tuple[Path, Index],
) -> None:
    root, index = library
    app = LibraryApp(root, index)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f", *"who said vote @ada", "enter")  # vote.md names her "Lind"
        found = app.screen.query_one("#found", DataTable)
        assert column(found, 4) == ["the council would vote on the harbor in June"]
        heading = str(app.screen.query_one("#heading", Static).render())
        assert heading == "1 statement: who said vote @ada"
        await pilot.press("escape", "f", *"@ada", "enter")
        found = app.screen.query_one("#found", DataTable)
        assert sorted(column(found, 1)) == ["Ada Lind", "Ada Lind", "Lind"]
        heading = str(app.screen.query_one("#heading", Static).render())
        assert heading.startswith("3 statements")


async def test_the_reader_from_the_library_goes_back_with_escape(
    library: tuple[Path, Index],
) -> None:
    root, index = library
    document, annotation = open_document(root / "harbor.txt")
    app = LibraryReaderApp(document, annotation, "ana", statement="st-2")
    async with app.run_test(size=SIZE) as pilot:
        assert app.current == "st-2"
        await pilot.press("d", "escape")
    assert app.back
    entry = index.refresh_one(root / "harbor.txt")
    assert (entry.statements, entry.reviewed, entry.disputed) == (2, 1, 1)


async def test_the_reader_is_titled_as_the_library_row(tmp_path: Path) -> None:
    """A plain-text article's headline titles its row and the reader opened from it."""
    path = tmp_path / "news" / "ferry.txt"
    path.parent.mkdir()
    path.write_text(
        "Ferry fares to fall in spring\n\nAda Lind said the fares would fall in March.\n\n"
        "Ben Ortiz said the boats were old.\n",
        encoding="utf-8",
    )
    entry = Index(tmp_path / "index.sqlite3").refresh_one(path)
    document, annotation = open_document(path)
    app = LibraryReaderApp(document, annotation, "ana")
    async with app.run_test(size=SIZE):
        title = str(app.query_one("#title", Static).render())
    assert entry.title == "Ferry fares to fall in spring"
    assert title.startswith(f"{entry.title} │")


async def test_help_lists_the_keys_of_every_library_screen(
    library: tuple[Path, Index],
) -> None:
    root, index = library
    app = LibraryApp(root, index)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p", "question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        headings = [heading for heading, _ in help_screen.groups]
        assert headings[:4] == ["Articles", "Speakers", "A speaker's statements", "Search"]
        keys = {str(label.render()) for label in help_screen.query(".help-key")}
        assert {"/", "s", "S", "p", "f", "⏎", "q", "j, ↓", "esc"} <= keys
        assert "keys.toml" not in str(help_screen.query_one("#help-keymap", Label).render())
        await pilot.press("escape")
        assert isinstance(app.screen, SpeakersScreen), "help closes where it was opened"


async def test_the_reader_from_the_library_takes_the_users_keys(
    library: tuple[Path, Index],
) -> None:
    root, index = library
    assert {"back-to-library", "verify"} <= LibraryReaderApp.binding_ids()
    document, annotation = open_document(root / "harbor.txt")
    keymap = UserKeymap(keys={"verify": "V", "back-to-library": "backspace"})
    app = LibraryReaderApp(document, annotation, "ana", keymap=keymap)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("V")
        assert app.document.statements[0].review.status == "verified"
        await pilot.press("backspace")
    assert app.back


def test_library_snapshot(snap_compare: SnapCompare, library: tuple[Path, Index]) -> None:
    root, index = library
    app = LibraryApp(root, index)
    assert snap_compare(app, terminal_size=SIZE, press=["s", "s", "s"])


def test_speakers_snapshot(snap_compare: SnapCompare, library: tuple[Path, Index]) -> None:
    root, index = library
    app = LibraryApp(root, index)
    assert snap_compare(app, terminal_size=SIZE, press=["p"])
