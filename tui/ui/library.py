"""The library: a folder of articles, its speakers across articles, and search across them.

`LibraryApp` shows a row per article (title, outlet, date, statements, reviewed, disputed),
sortable and filtered by a box; `p` the speakers of the corpus (filtered by a box too), `f` a
search. Choosing an article, or a statement of a speaker or a search, exits with an `Opening`:
the command then runs the reader on it (`LibraryReaderApp`, where `escape` comes back) and
opens the library again where it was (the screen, the row, the order and the filters), the
article's row read again from its files.

Every cell is a `rich.text.Text` of `shown` text: titles, names and statements come from files
and are never markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static
from textual.widgets.data_table import ColumnKey

from tui.core.index import Index
from tui.core.library import (
    COLUMNS,
    CorpusSpeaker,
    Entry,
    Said,
    arrange,
    corpus_speakers,
    holds_words,
)
from tui.core.model import Document
from tui.core.shown import shown
from tui.ui.app import ReaderApp
from tui.ui.keymap import BACK_TO_LIBRARY, UserKeymap
from tui.ui.screens.help import HelpGroup, HelpScreen

HEADINGS = ("Title", "Outlet", "Date", "Statements", "Reviewed", "Disputed")
"""The library's columns, as `COLUMNS` names them."""
VERDICT_STYLES = {"verified": "green", "disputed": "bold red", "unverifiable": "yellow"}
VERDICT_STYLES["rejected"] = "dim strike"
PRIORITY_ACTIONS = frozenset({"filter", "speakers", "search"})
"""What the library's priority keys do: letters in a box (`/`, `p`, `f`)."""
HELP_NOTE = "The library's keys; in an article, ? lists the reader's (and where to change them)."


@dataclass(frozen=True, slots=True)
class Place:
    """Where the library was: which screen (`library`, `speakers`, `said`, `search`), the
    speaker shown (its key) or the words searched, and the row the cursor was on; and how the
    articles were shown (the column sorted by, which way, the words of the filter box) and the
    words of the speakers' filter box."""

    screen: str = "library"
    speaker: str = ""
    words: str = ""
    row: str = ""
    column: str = "title"
    descending: bool = False
    articles_filter: str = ""
    speakers_filter: str = ""


@dataclass(frozen=True, slots=True)
class Opening:
    """An article to read (at a statement, or where its review resumes), and where to return."""

    path: Path
    statement: str | None
    place: Place


def cell(value: object, style: str = "") -> Text:
    """A table cell: plain text (never markup), control characters written out."""
    return Text(shown(value), style=style, no_wrap=True, overflow="ellipsis")


def counted(count: int, noun: str) -> str:
    """`1 statement`, `3 statements`."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def number(value: int) -> Text:
    return Text(str(value), justify="right")


class Rows(DataTable[Text]):
    """A table of rows, moved through with `j`/`k` as in the reader, or the arrows."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Down", tooltip="The next row.", show=False),
        Binding("k,up", "cursor_up", "Up", tooltip="The previous row.", show=False),
        Binding("g,home", "scroll_top", "Top", tooltip="The first row.", show=False),
        Binding("G,end", "scroll_bottom", "Bottom", tooltip="The last row.", show=False),
        Binding(
            "enter",
            "select_cursor",
            "Open",
            tooltip="An article: read it; a speaker: their statements; a statement: read it there.",
        ),
    ]

    def __init__(self, stretch: str | None = None, least: int = 16, **kwargs: object) -> None:
        """`stretch`: the key of the column that takes the room the others leave (at least
        `least` cells), so that a title is cut no more than it must be and, on a narrow
        terminal, every other column shows."""
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)  # type: ignore[arg-type]
        self.stretch = stretch
        self.least = least

    def on_resize(self) -> None:
        self.fit()

    def fit(self) -> None:
        """The stretched column as wide as the room the others leave."""
        column = self.columns.get(ColumnKey(self.stretch or ""))
        if column is None:
            return
        others = sum(c.get_render_width(self) for c in self.columns.values() if c is not column)
        room = self.scrollable_content_region.width - others - 2 * self.cell_padding
        if max(self.least, room) != column.width:
            column.width = max(self.least, room)
            self._require_update_dimensions = True  # as DataTable does when a width changes
            self.refresh()


class LibraryApp(App[Opening]):
    """A row per article of a folder; enter reads it."""

    CSS_PATH = "reader.tcss"
    TITLE = "whosaid library"
    AUTO_FOCUS = "#articles"  # not the filter box: keys typed ahead are keys, not words
    BINDINGS: ClassVar[list[BindingType]] = [
        # `/`, `p` and `f` open a box (or a screen with one): as priority keys they act before
        # the letters typed right after them are handed on, which then reach the box.
        Binding(
            "slash",
            "filter",
            "Filter",
            tooltip="Type words to keep the rows holding them.",
            priority=True,
        ),
        Binding("s", "sort", "Sort", tooltip="Sort by the next column."),
        Binding("S", "reverse", "Reverse", tooltip="Reverse the order."),
        Binding(
            "p",
            "speakers",
            "Speakers",
            tooltip="Every speaker across the articles.",
            priority=True,
        ),
        Binding(
            "f",
            "search",
            "Search",
            tooltip="Statements holding words, by speaker.",
            priority=True,
        ),
        Binding("question_mark", "help", "Help", tooltip="Every key of the library."),
        Binding("q", "quit", "Quit", tooltip="Leave whosaid."),
        Binding("escape", "rows", "Rows", tooltip="From the filter box to the rows.", show=False),
    ]

    ON_ARTICLES = frozenset({"filter", "sort", "reverse", "speakers", "search", "rows"})

    def __init__(
        self, folder: Path, index: Index, place: Place | None = None, notice: str = ""
    ) -> None:
        """`notice`: what to say as it opens (why the article chosen could not be read)."""
        super().__init__()
        self.notice = notice
        self.folder = folder
        self.index = index
        self.entries = index.entries(folder)
        self.titles = {e.path: e.title for e in self.entries}
        self.place = place or Place()
        self.column = self.place.column
        self.descending = self.place.descending
        self.speakers_filter = self.place.speakers_filter
        """The words of the speakers' filter box, kept while the library is open."""
        self._speakers: list[CorpusSpeaker] | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="heading")
        yield Input(
            self.place.articles_filter,
            placeholder="Filter: words of the title, outlet, date or file (its folder too)",
            id="filter",
        )
        table = Rows(stretch=COLUMNS[0], least=14, id="articles")
        table.add_column(HEADINGS[0], key=COLUMNS[0], width=48)
        table.add_column(HEADINGS[1], key=COLUMNS[1], width=16)
        table.add_column(HEADINGS[2], key=COLUMNS[2], width=10)
        for heading, key in zip(HEADINGS[3:], COLUMNS[3:], strict=True):
            table.add_column(heading, key=key)
        yield table
        yield Footer()

    def on_mount(self) -> None:
        if self.notice:
            self.notify(self.notice, severity="error", markup=False)
        self._fill()
        table = self.query_one("#articles", DataTable)
        self.screen.set_focus(table)
        place = self.place
        if place.screen == "library":
            self._cursor_to(table, place.row)
        elif place.screen in ("speakers", "said"):
            self.action_speakers(place)
        elif place.screen == "search":
            self.push_screen(SearchScreen(self, place))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The library's keys work on its own screen only (not over the speakers); in a box,
        the priority keys are letters."""
        if action in PRIORITY_ACTIONS and isinstance(self.focused, Input):
            return False
        if action in self.ON_ARTICLES:
            return self.screen is self.screen_stack[0]
        return True

    @staticmethod
    def _cursor_to(table: DataTable[Text], key: str) -> None:
        if key and key in table.rows:
            table.move_cursor(row=table.get_row_index(key), animate=False)

    def here(
        self, screen: str = "library", speaker: str = "", words: str = "", row: str = ""
    ) -> Place:
        """The place named, with the articles' order and filter and the speakers' filter as
        they are now: what the library opens again at."""
        library = self.screen_stack[0]
        return Place(
            screen,
            speaker,
            words,
            row,
            self.column,
            self.descending,
            library.query_one("#filter", Input).value,
            self.speakers_filter,
        )

    def _fill(self) -> None:
        table = self.query_one("#articles", DataTable)
        words = self.query_one("#filter", Input).value
        shown_entries = arrange(
            self.entries, self.column, self.descending, words, self.folder.resolve()
        )
        table.clear()
        for entry in shown_entries:
            table.add_row(*self._row(entry), key=str(entry.path))
        order = "highest first" if self.descending else "lowest first"
        if self.column in ("title", "outlet"):
            order = "Z to A" if self.descending else "A to Z"
        elif self.column == "published":
            order = "newest first" if self.descending else "oldest first"
        heading = self.query_one("#heading", Static)
        total = sum(e.statements for e in self.entries)
        by = HEADINGS[COLUMNS.index(self.column)].lower()
        heading.update(
            Text(
                f"{shown(self.folder.resolve().name)} · {len(shown_entries)}/{len(self.entries)} "
                f"articles · {total} statements · sorted by {by}, {order}"
            )
        )

    @staticmethod
    def _row(entry: Entry) -> list[Text]:
        title = cell(entry.title, "bold" if entry.reviewed < entry.statements else "")
        if entry.error:
            title = cell(f"{entry.path.name}: {entry.error}", "italic red")
        disputed = number(entry.disputed)
        if entry.disputed:
            disputed.stylize("bold red")
        return [
            title,
            cell(entry.outlet),
            cell(entry.published),
            number(entry.statements),
            number(entry.reviewed),
            disputed,
        ]

    # --- sorting and filtering -----------------------------------------------------------

    def _keep_cursor(self) -> None:
        table = self.query_one("#articles", DataTable)
        key = self._row_key(table)
        self._fill()
        self._cursor_to(table, key)

    @staticmethod
    def _row_key(table: DataTable[Text]) -> str:
        if not table.row_count:
            return ""
        return str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    def action_sort(self) -> None:
        self.column = COLUMNS[(COLUMNS.index(self.column) + 1) % len(COLUMNS)]
        self.descending = self.column not in ("title", "outlet")
        self._keep_cursor()

    def action_reverse(self) -> None:
        self.descending = not self.descending
        self._keep_cursor()

    @on(DataTable.HeaderSelected, "#articles")
    def _sort_by_header(self, event: DataTable.HeaderSelected) -> None:
        column = str(event.column_key.value)
        if column == self.column:
            self.descending = not self.descending
        else:
            self.column, self.descending = column, column not in ("title", "outlet")
        self._keep_cursor()

    def action_filter(self) -> None:
        # At once, not with focus() (which waits its turn in the queue): letters typed right
        # after `/` must reach the box, never the library's keys.
        self.screen.set_focus(self.query_one("#filter", Input))

    @on(Input.Changed, "#filter")
    def _filtered(self) -> None:
        self._keep_cursor()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.screen.set_focus(self.query_one("#articles", DataTable))

    def action_rows(self) -> None:
        self.screen.set_focus(self.query_one("#articles", DataTable))

    # --- opening ---------------------------------------------------------------------------

    @on(DataTable.RowSelected, "#articles")
    def _open(self, event: DataTable.RowSelected) -> None:
        key = str(event.row_key.value)
        entry = next((e for e in self.entries if str(e.path) == key), None)
        if entry is not None and entry.error:
            self.notify(
                f"{shown(entry.path.name)}: {entry.error}: nothing to read",
                severity="error",
                markup=False,
            )
            return
        self.exit(Opening(Path(key), None, self.here(row=key)))

    def open_statement(self, said: Said, place: Place) -> None:
        self.exit(Opening(said.path, said.statement, place))

    def speakers(self) -> list[CorpusSpeaker]:
        if self._speakers is None:
            self._speakers = corpus_speakers(self.index.said(self.folder))
        return self._speakers

    def find(self, words: str) -> list[Said]:
        """The statements a search finds (`Index.find`)."""
        return self.index.find(self.folder, words, self.speakers)

    def action_speakers(self, place: Place | None = None) -> None:
        self.push_screen(SpeakersScreen(self, place or Place("speakers")))

    def action_search(self) -> None:
        self.push_screen(SearchScreen(self, Place("search")))

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.help_groups(), note=HELP_NOTE))

    @staticmethod
    def help_groups() -> list[HelpGroup]:
        """The library's keys, by the screen where they work: what `?` lists."""
        return [
            ("Articles", LibraryApp.BINDINGS),
            ("Speakers", SpeakersScreen.BINDINGS),
            ("A speaker's statements", SaidScreen.BINDINGS),
            ("Search", SearchScreen.BINDINGS),
            ("Rows, on every screen", Rows.BINDINGS),
        ]


class SaidTable(Rows):
    """Statements of the corpus: article, speaker, act, verdict, text; enter opens one."""

    def __init__(self, titles: dict[Path, str], **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.titles = titles
        self.said: dict[str, Said] = {}

    def on_mount(self) -> None:
        self.add_column("Article", key="article", width=24)
        self.add_column("Speaker", key="speaker", width=18)
        self.add_column("Act", key="act", width=7)  # "thought", "speech", "stance"
        self.add_column("Verdict", key="verdict", width=12)
        self.add_column("Statement", key="text")

    def show(self, said: Iterable[Said]) -> None:
        self.clear()
        self.said = {}
        for statement in said:
            key = f"{statement.path}#{statement.statement}"
            self.said[key] = statement
            self.add_row(
                cell(self.titles.get(statement.path, statement.path.name)),
                cell(statement.speaker or "(nobody named)"),
                cell(statement.act),
                cell(statement.status, VERDICT_STYLES.get(statement.status, "")),
                cell(statement.text),
                key=key,
            )

    def current_key(self) -> str:
        if not self.row_count:
            return ""
        return str(self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value)


class _OverLibrary(Screen[None]):
    """A screen over the library's articles, which escape returns to."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Library", tooltip="Back to the articles."),
    ]

    def __init__(self, library: LibraryApp, place: Place) -> None:
        super().__init__()
        self.library = library
        self.place = place


class SpeakersScreen(_OverLibrary):
    """Every speaker across the articles: kinds, articles, statements, filtered by a box;
    enter lists theirs."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "slash",
            "filter",
            "Filter",
            tooltip="Type words to keep the speakers holding them.",
            priority=True,  # as the library's
        ),
        Binding(
            "escape",
            "leave",
            "Library",
            tooltip="From the filter box to the speakers; from the speakers to the articles.",
        ),
    ]

    def compose(self) -> ComposeResult:
        yield Static(id="heading")
        yield Input(
            self.library.speakers_filter,
            placeholder="Filter: words of the name or kinds",
            id="speakers-filter",
        )
        table = Rows(stretch="name", id="speakers")
        table.add_column("Speaker", key="name", width=36)
        table.add_column("Kinds", key="kinds", width=22)
        table.add_column("Articles", key="articles")
        table.add_column("Statements", key="statements")
        yield table
        yield Footer()

    def on_mount(self) -> None:
        self._fill()
        table = self.query_one("#speakers", DataTable)
        self.set_focus(table)
        LibraryApp._cursor_to(table, self.place.speaker)
        if self.place.screen == "said":
            self._show(self.place.speaker, self.place.row)

    def _fill(self) -> None:
        everyone = self.library.speakers()
        words = self.library.speakers_filter
        table = self.query_one("#speakers", DataTable)
        table.clear()
        for speaker in everyone:
            kinds = ", ".join(sorted(speaker.kinds))
            name = speaker.name
            if not speaker.named:  # one article's: which one
                kinds = f"anonymous {kinds}"
                path = speaker.said[0].path
                name = f"{name} · {self.library.titles.get(path, path.name)}"
            if not holds_words(words, name, kinds):
                continue
            table.add_row(
                cell(name),
                cell(kinds),
                number(speaker.articles),
                number(len(speaker.said)),
                key=speaker.key,
            )
        shown_count = f"{table.row_count}/{len(everyone)}" if words.split() else f"{len(everyone)}"
        self.query_one("#heading", Static).update(
            Text(f"{shown_count} speakers across {len(self.library.entries)} articles")
        )

    def action_filter(self) -> None:
        self.set_focus(self.query_one("#speakers-filter", Input))  # at once, as the library's

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """In the box, `/` is a letter."""
        return not (action == "filter" and isinstance(self.focused, Input))

    @on(Input.Changed, "#speakers-filter")
    def _filtered(self, event: Input.Changed) -> None:
        self.library.speakers_filter = event.value
        table = self.query_one("#speakers", DataTable)
        key = LibraryApp._row_key(table)
        self._fill()
        LibraryApp._cursor_to(table, key)

    @on(Input.Submitted, "#speakers-filter")
    def _filter_done(self) -> None:
        self.set_focus(self.query_one("#speakers", DataTable))

    def action_leave(self) -> None:
        if self.query_one("#speakers-filter", Input).has_focus:
            self.set_focus(self.query_one("#speakers", DataTable))
        else:
            self.app.pop_screen()

    @on(DataTable.RowSelected, "#speakers")
    def _chosen(self, event: DataTable.RowSelected) -> None:
        self._show(str(event.row_key.value), "")

    def _show(self, key: str, row: str) -> None:
        speaker = next((s for s in self.library.speakers() if s.key == key), None)
        if speaker is not None:
            self.app.push_screen(SaidScreen(self.library, speaker, row))


class SaidScreen(Screen[None]):
    """One speaker's statements across the articles; enter reads one at that statement."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Speakers", tooltip="Back to the speakers."),
    ]

    def __init__(self, library: LibraryApp, speaker: CorpusSpeaker, row: str = "") -> None:
        super().__init__()
        self.library = library
        self.speaker = speaker
        self.row = row

    def compose(self) -> ComposeResult:
        speaker = self.speaker
        yield Static(
            Text(
                f"{shown(speaker.name)} · {counted(len(speaker.said), 'statement')} in "
                f"{counted(speaker.articles, 'article')}"
            ),
            id="heading",
        )
        yield SaidTable(self.library.titles, id="said")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(SaidTable)
        table.show(self.speaker.said)
        LibraryApp._cursor_to(table, self.row)
        self.set_focus(table)

    @on(DataTable.RowSelected, "#said")
    def _chosen(self, event: DataTable.RowSelected) -> None:
        table = self.query_one(SaidTable)
        key = str(event.row_key.value)
        self.library.open_statement(
            table.said[key], self.library.here("said", self.speaker.key, row=key)
        )


class SearchScreen(_OverLibrary):
    """Who said what: the statements holding every word typed ('@name': by that speaker)."""

    def compose(self) -> ComposeResult:
        yield Static(
            Text('Search every statement: words, "a phrase", @name for a speaker'), id="heading"
        )
        yield Input(self.place.words, placeholder="e.g. who said harbor bridge @lind", id="words")
        yield SaidTable(self.library.titles, id="found")
        yield Footer()

    def on_mount(self) -> None:
        if self.place.words:
            self._search(self.place.words)
            table = self.query_one(SaidTable)
            LibraryApp._cursor_to(table, self.place.row)
            self.set_focus(table)
        else:
            self.set_focus(self.query_one("#words", Input))  # at once: words typed after `f`

    @on(Input.Submitted, "#words")
    def _submitted(self, event: Input.Submitted) -> None:
        self._search(event.value)
        self.set_focus(self.query_one(SaidTable))

    def _search(self, words: str) -> None:
        found = self.library.find(words)
        table = self.query_one(SaidTable)
        table.show(found)
        heading = self.query_one("#heading", Static)
        heading.update(Text(f"{counted(len(found), 'statement')}: {shown(words)}"))

    @on(DataTable.RowSelected, "#found")
    def _chosen(self, event: DataTable.RowSelected) -> None:
        table = self.query_one(SaidTable)
        key = str(event.row_key.value)
        words = self.query_one("#words", Input).value
        self.library.open_statement(
            table.said[key], self.library.here("search", words=words, row=key)
        )


class LibraryReaderApp(ReaderApp):
    """The reader, opened from the library: `escape` goes back to it (saving, as `q` does)."""

    LIBRARY: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "back",
            "Library",
            tooltip="Back to the library, this article's row up to date.",
            id=BACK_TO_LIBRARY,
        ),
    ]
    BINDINGS: ClassVar[list[BindingType]] = LIBRARY

    def __init__(
        self,
        document: Document,
        annotation_path: Path | None = None,
        reviewer: str | None = None,
        statement: str | None = None,
        keymap: UserKeymap | None = None,
    ) -> None:
        super().__init__(document, annotation_path, reviewer, keymap)
        self.back = False
        """Whether the reader left by `escape`: the library opens again."""
        if statement is not None and self.document.statement(statement) is not None:
            self.set_reactive(ReaderApp.current, statement)

    @classmethod
    def help_groups(cls) -> list[HelpGroup]:
        return [("Library", cls.LIBRARY), *super().help_groups()]

    async def action_back(self) -> None:
        self.back = True
        await self.action_quit()
