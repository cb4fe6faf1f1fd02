"""The review session's modal screens, driven by keys in a tiny host app."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rich.text import Text
from textual.app import App, ComposeResult
from textual.content import Content
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static, TextArea

from tui.core.export import FORMATS
from tui.core.model import Document, Speaker
from tui.core.review import set_note
from tui.core.store import load_document
from tui.ui.screens.confirm import Confirm
from tui.ui.screens.export_dialog import (
    ExportDialog,
    ExportRequest,
    path_problem,
    with_format,
)
from tui.ui.screens.note_editor import NoteEditor
from tui.ui.screens.speaker_picker import SpeakerChoice, SpeakerPicker

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "kursk-north-korea.whosaid.yaml"
READER_TCSS = ROOT / "tui" / "ui" / "reader.tcss"
SIZE = (100, 30)


@pytest.fixture(scope="module")
def document() -> Document:
    return load_document(SAMPLE)


class Host(App[None]):
    """Shows a bit of the article and pushes one screen, keeping what it is dismissed with."""

    CSS_PATH = READER_TCSS

    def __init__(self, screen: Screen[Any], background: str = "") -> None:
        super().__init__()
        self.review_screen = screen
        self.background = background
        self.results: list[Any] = []

    def compose(self) -> ComposeResult:
        yield Static(Text(self.background))

    def on_mount(self) -> None:
        self.push_screen(self.review_screen, self.results.append)


def host(document: Document, screen: Screen[Any]) -> Host:
    return Host(screen, background=document.article.text[:3000])


# --- note editor ---------------------------------------------------------------------------


async def test_note_saved_with_ctrl_s(document: Document) -> None:
    document = set_note(document, "st-3", "Umerov interview", None, "2024-11-05T10:00:00Z")
    app = host(document, NoteEditor.for_statement(document, "st-3"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*" on TV", "enter", *"2nd line", "ctrl+s")
        await pilot.pause()
        assert app.results == ["Umerov interview on TV\n2nd line"]
        assert not isinstance(app.screen, NoteEditor)


async def test_note_escape_without_change_cancels_silently(document: Document) -> None:
    app = host(document, NoteEditor.for_statement(document, "st-1"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("escape")
        await pilot.pause()
        assert app.results == [None]
        assert not isinstance(app.screen, (NoteEditor, Confirm))


async def test_note_escape_after_typing_asks_first(document: Document) -> None:
    app = host(document, NoteEditor.for_statement(document, "st-1"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"checked")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        assert app.results == []

        await pilot.press("n")  # back to editing, the text kept
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one(TextArea).text == "checked"
        assert app.screen.query_one(TextArea).has_focus
        await pilot.press(*" twice", "escape")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        await pilot.press("escape")  # escape in the question also means "no"
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)

        await pilot.press("escape", "y")
        await pilot.pause()
        assert app.results == [None]
        assert not isinstance(app.screen, (NoteEditor, Confirm))


async def test_note_text_back_as_it_was_needs_no_question(document: Document) -> None:
    app = host(document, NoteEditor.for_statement(document, "st-1"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x", "backspace", "escape")
        await pilot.pause()
        assert app.results == [None]


async def test_note_editor_shows_untrusted_text_as_text() -> None:
    quote = "[@click=app.quit]click me[/] [bold]not bold[/bold]"
    screen = NoteEditor(quote, "", title="[@click=app.quit]who[/]")
    app = Host(screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = screen.query_one("#note-quote Static", Static).render()
        assert quote in str(shown)
        title = screen.query_one("#note-box").border_title
        assert Content.from_markup(title or "").plain == "[@click=app.quit]who[/]"


def test_note_for_an_unknown_statement_is_refused(document: Document) -> None:
    with pytest.raises(KeyError):
        NoteEditor.for_statement(document, "st-999")


# --- speaker picker ------------------------------------------------------------------------


NEW = None
"""The id of the new-speaker line: none, so that no speaker's id can be taken for it."""


def option_ids(screen: Screen[Any]) -> list[str | None]:
    options = screen.query_one(OptionList)
    return [options.get_option_at_index(i).id for i in range(options.option_count)]


def highlighted_id(screen: Screen[Any]) -> str | None:
    option = screen.query_one(OptionList).highlighted_option
    return None if option is None else option.id


async def test_picker_highlights_the_current_speaker_and_moves(document: Document) -> None:
    screen = SpeakerPicker(document.speakers, current="pentagon")
    app = host(document, screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert option_ids(screen) == [s.id for s in document.speakers]
        assert highlighted_id(screen) == "pentagon"
        await pilot.press("down", "down", "up")
        assert highlighted_id(screen) == "volodymyr-zelensky"
        await pilot.press("enter")
        await pilot.pause()
        assert app.results == [SpeakerChoice(speaker_id="volodymyr-zelensky")]


async def test_picker_filters_case_insensitively_and_picks(document: Document) -> None:
    screen = SpeakerPicker(document.speakers, current="pentagon")
    app = host(document, screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"UMER")
        assert option_ids(screen) == ["rustem-umerov", NEW]
        assert highlighted_id(screen) == "rustem-umerov"
        await pilot.press("enter")
        await pilot.pause()
        assert app.results == [SpeakerChoice(speaker_id="rustem-umerov")]


async def test_picker_matches_roles_and_keeps_the_current_highlight(document: Document) -> None:
    screen = SpeakerPicker(document.speakers, current="volodymyr-zelensky")
    app = host(document, screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"ukrainian")
        assert option_ids(screen) == [
            "ukrainian-officials",
            "rustem-umerov",
            "volodymyr-zelensky",
            "oleksandr-syrskiy",
            NEW,
        ]
        assert highlighted_id(screen) == "volodymyr-zelensky"


async def test_picker_exact_name_offers_no_new_speaker(document: Document) -> None:
    screen = SpeakerPicker(document.speakers)
    app = host(document, screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"pentag")  # part of the name, and of a role: Pentagon spokesman
        assert option_ids(screen) == ["pentagon", "charlie-dietz", NEW]
        await pilot.press("ctrl+u", *" PENTAGON ")  # the name, but for case and spaces
        assert option_ids(screen) == ["pentagon", "charlie-dietz"]


async def test_picker_creates_a_new_speaker_when_nothing_matches(document: Document) -> None:
    screen = SpeakerPicker(document.speakers, current="pentagon")
    app = host(document, screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"Jane  Doe ")
        assert option_ids(screen) == [NEW]
        await pilot.press("enter")
        await pilot.pause()
        assert app.results == [SpeakerChoice(new_name="Jane Doe")]


async def test_picker_new_speaker_chosen_among_matches(document: Document) -> None:
    screen = SpeakerPicker(document.speakers)
    app = host(document, screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"Pentagon spokes")
        assert option_ids(screen) == ["charlie-dietz", NEW]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.results == [SpeakerChoice(new_name="Pentagon spokes")]


async def test_picker_a_speaker_whose_id_is_new_speaker_is_that_speaker() -> None:
    speakers = [
        Speaker(id="new-speaker", name="New Speaker"),
        Speaker(id="jane-doe", name="Jane Doe"),
    ]
    screen = SpeakerPicker(speakers)
    app = Host(screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"new")
        assert option_ids(screen) == ["new-speaker", NEW]
        await pilot.press("enter")
        await pilot.pause()
        assert app.results == [SpeakerChoice(speaker_id="new-speaker")]


async def test_picker_escape_cancels_and_enter_on_nothing_stays(document: Document) -> None:
    screen = SpeakerPicker(())
    app = host(document, screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")  # no speakers, nothing typed: nothing to pick
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("escape")
        await pilot.pause()
        assert app.results == [None]


async def test_picker_shows_untrusted_names_as_text() -> None:
    name = "[@click=app.quit]Evil[/]"
    screen = SpeakerPicker([Speaker(id="evil", name=name, role="[b]boss[/b]")])
    app = Host(screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        prompt = screen.query_one(OptionList).get_option_at_index(0).prompt
        assert isinstance(prompt, Text)
        assert prompt.plain.startswith(f"{name} · [b]boss[/b]")


# --- export dialog -------------------------------------------------------------------------


def test_extension_follows_the_format() -> None:
    assert with_format("out/kursk.json", "markdown") == "out/kursk.report.md"
    assert with_format("out/kursk.claimreview.json", "csv") == "out/kursk.csv"
    assert with_format("out/kursk.report.md", "claimreview") == "out/kursk.claimreview.json"
    assert with_format("out/kursk", "json") == "out/kursk.json"
    assert with_format("out/kursk.csv", "annotation") == "out/kursk.annotation.yaml"
    assert with_format("out/kursk.md", "json") == "out/kursk.md.json", "an article's name stays"


def test_path_problems(tmp_path: Path) -> None:
    assert path_problem("  ") == "Give a file to export to."
    assert path_problem(str(tmp_path)) == f"{tmp_path} is a folder: give a file name."
    assert (
        path_problem(str(tmp_path / "nope" / "x.md")) == f"There is no folder {tmp_path / 'nope'}."
    )
    assert path_problem(str(tmp_path / "x.md")) is None


def test_path_problems_never_the_article_or_its_review(tmp_path: Path) -> None:
    article = tmp_path / "kursk.md"
    annotation = tmp_path / "kursk.whosaid.yaml"
    protected = [article, annotation]
    assert path_problem(str(article), protected) is not None
    assert path_problem(str(tmp_path / "sub" / ".." / "kursk.md"), protected) is not None
    assert path_problem(str(annotation), protected) is not None
    assert path_problem(str(tmp_path / "kursk.whosaid.yaml.bak"), protected) is not None
    assert path_problem(str(tmp_path / "other.whosaid.yaml"), protected) is not None
    assert path_problem(str(tmp_path / "kursk.report.md"), protected) is None


def test_export_refuses_an_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        ExportDialog(tmp_path / "kursk.json", "pdf")


async def test_export_returns_format_and_path(document: Document, tmp_path: Path) -> None:
    screen = ExportDialog(tmp_path / "kursk-north-korea.json")
    app = host(document, screen)
    async with app.run_test(size=SIZE) as pilot:
        path = screen.query_one(Input)
        assert path.value == str(tmp_path / "kursk-north-korea.json")
        await pilot.press("down", "down", "down")
        assert path.value == str(tmp_path / "kursk-north-korea.claimreview.json")
        assert path.cursor_position == len(path.value)  # typing goes after the extension
        await pilot.press("up")
        assert path.value == str(tmp_path / "kursk-north-korea.report.md")
        assert path.cursor_position == len(path.value)
        await pilot.press("enter")
        await pilot.pause()
        expected = ExportRequest("markdown", tmp_path / "kursk-north-korea.report.md")
        assert app.results == [expected]


async def test_export_path_typed_in_the_box(document: Document, tmp_path: Path) -> None:
    screen = ExportDialog(tmp_path / "kursk-north-korea", "csv")
    app = host(document, screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert screen.query_one(OptionList).highlighted_option.id == "csv"  # type: ignore[union-attr]
        await pilot.press("tab")
        assert screen.query_one(Input).has_focus
        await pilot.press(*"-v2.csv", "enter")
        await pilot.pause()
        expected = ExportRequest("csv", tmp_path / "kursk-north-korea.csv-v2.csv")
        assert app.results == [expected]


async def test_export_refuses_an_empty_path(document: Document, tmp_path: Path) -> None:
    screen = ExportDialog(tmp_path / "kursk.json")
    app = host(document, screen)
    async with app.run_test(size=SIZE) as pilot:
        path = screen.query_one(Input)
        path.value = ""
        await pilot.press("tab", "enter")
        await pilot.pause()
        error = screen.query_one("#export-error", Static)
        assert app.screen is screen and app.results == []
        assert error.display and "Give a file to export to." in str(error.render())
        await pilot.press(*"out.json")
        assert not error.display  # typing clears the error
        await pilot.press("enter")
        await pilot.pause()
        assert app.results == [ExportRequest("json", Path("out.json"))]


async def test_export_asks_before_replacing_a_file(document: Document, tmp_path: Path) -> None:
    existing = tmp_path / "kursk.csv"
    existing.write_text("old", encoding="utf-8")
    screen = ExportDialog(existing, "csv")
    app = host(document, screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert app.results == []
        assert "kursk.csv exists" in str(screen.query_one("#export-error", Static).render())
        await pilot.press("enter")
        await pilot.pause()
        assert app.results == [ExportRequest("csv", existing)]


async def test_export_refuses_the_article_and_its_annotation(
    document: Document, tmp_path: Path
) -> None:
    article = tmp_path / "kursk-north-korea.md"
    annotation = tmp_path / "kursk-north-korea.whosaid.yaml"
    for path in (article, annotation):
        path.write_text("precious", encoding="utf-8")
    screen = ExportDialog(tmp_path / "kursk-north-korea", protected=[article, annotation])
    app = host(document, screen)
    async with app.run_test(size=SIZE) as pilot:
        box = screen.query_one(Input)
        for target in (article, annotation):
            box.value = str(target)
            await pilot.press("tab", "enter", "enter")  # enter twice: no "replace it?" either
            await pilot.pause()
            assert app.screen is screen and app.results == []
            error = str(screen.query_one("#export-error", Static).render())
            assert target.name in error and "export to another name" in error
            await pilot.press("shift+tab")
        assert article.read_text(encoding="utf-8") == "precious"


async def test_export_lists_the_core_formats_and_names_markdown_a_report(
    document: Document, tmp_path: Path
) -> None:
    screen = ExportDialog(tmp_path / "kursk-north-korea", "markdown")
    app = host(document, screen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert option_ids(screen) == list(FORMATS)
        assert "annotation" in FORMATS
        assert screen.query_one(Input).value == str(tmp_path / "kursk-north-korea.report.md")


# --- snapshots -----------------------------------------------------------------------------


@pytest.fixture
def no_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Input, "_toggle_cursor", lambda _self: None)


async def _still_text_area(pilot: Pilot[None]) -> None:
    pilot.app.screen.query_one(TextArea).cursor_blink = False


SnapCompare = Callable[..., bool]


def test_snapshot_note_editor(snap_compare: SnapCompare, document: Document) -> None:
    document = set_note(
        document,
        "st-4",
        "Disguise claim: no second source.\nAsk the ministry for the basis.",
        None,
        "2024-11-05T10:00:00Z",
    )
    app = host(document, NoteEditor.for_statement(document, "st-4"))
    assert snap_compare(app, terminal_size=SIZE, run_before=_still_text_area)


def test_snapshot_note_discard_question(snap_compare: SnapCompare, document: Document) -> None:
    app = host(document, NoteEditor.for_statement(document, "st-6"))
    assert snap_compare(
        app, terminal_size=SIZE, press=[*"Pentagon briefing", "escape"], run_before=_still_text_area
    )


def test_snapshot_speaker_picker(
    snap_compare: SnapCompare, document: Document, no_blink: None
) -> None:
    app = host(document, SpeakerPicker(document.speakers, current="volodymyr-zelensky"))
    assert snap_compare(app, terminal_size=SIZE, press=[*"ukrainian"])


def test_snapshot_export_dialog(
    snap_compare: SnapCompare, document: Document, no_blink: None
) -> None:
    dialog = ExportDialog(Path("data/kursk-north-korea.json"))
    app = host(document, dialog)
    assert snap_compare(app, terminal_size=SIZE, press=["down", "down", "down"])


def test_snapshot_export_empty_path(
    snap_compare: SnapCompare, document: Document, no_blink: None
) -> None:
    dialog = ExportDialog(Path("data/kursk-north-korea.json"))
    app = host(document, dialog)

    async def empty_path(pilot: Pilot[None]) -> None:
        dialog.query_one(Input).value = ""
        await pilot.press("tab", "enter")

    assert snap_compare(app, terminal_size=SIZE, run_before=empty_path)
