"""ReaderApp: the layout, the keys, and the one place the selection lives (`current`)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.widgets import Footer, Input

from tui.core.model import Document
from tui.ui.commands import ReaderCommands
from tui.ui.messages import FigureChosen, SpeakerChosen, StatementChosen
from tui.ui.screens.help import HelpGroup, HelpScreen
from tui.ui.search import Search
from tui.ui.widgets.article import ArticleView
from tui.ui.widgets.legend import Legend
from tui.ui.widgets.panes import FiguresPane, LinkedTable, SourcesPane, SpeakersPane
from tui.ui.widgets.searchbox import SearchBox
from tui.ui.widgets.title import TitleBar


class ReaderApp(App[None]):
    """Read one article: its statements, who made them, and the figures they give."""

    CSS_PATH = "reader.tcss"
    TITLE = "whosaid"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    AUTO_FOCUS = "#article"
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [
        (0, "-narrow"),
        (110, "-normal"),
        (180, "-wide"),
    ]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "j,down",
            "next_statement",
            "Next statement",
            tooltip="Go to the next statement.",
            id="next-statement",
        ),
        Binding(
            "k,up",
            "previous_statement",
            "Previous statement",
            tooltip="Go to the previous statement.",
            id="previous-statement",
        ),
        Binding(
            "tab",
            "focus_next",
            "Next pane",
            tooltip="Move to the next pane: article, speakers, figures, sources.",
            show=False,
            id="next-pane",
        ),
        Binding(
            "shift+tab",
            "focus_previous",
            "Previous pane",
            tooltip="Move to the previous pane.",
            show=False,
            id="previous-pane",
        ),
        Binding(
            "slash",
            "search",
            "Search",
            tooltip="Search the article; every match is marked.",
            id="search",
        ),
        Binding(
            "n",
            "next_match",
            "Next match",
            tooltip="Go to the next search match (and its statement).",
            show=False,
            id="next-match",
        ),
        Binding(
            "N",
            "previous_match",
            "Previous match",
            tooltip="Go to the previous search match.",
            show=False,
            id="previous-match",
        ),
        Binding(
            "question_mark",
            "help",
            "Help",
            tooltip="Show every key.",
            id="help",
        ),
        Binding(
            "ctrl+p",
            "command_palette",
            "Commands",
            tooltip="Open the command palette.",
            show=False,
            id="palette",
        ),
        Binding("q", "quit", "Quit", tooltip="Quit whosaid.", id="quit"),
    ]

    current: reactive[str | None] = reactive(None)
    """The id of the current statement: the one selection every pane follows."""
    search: reactive[Search] = reactive(Search)
    """The search in the article and its current match."""

    def __init__(self, document: Document, annotation_path: Path | None = None) -> None:
        super().__init__()
        self.document = document
        self.annotation_path = annotation_path
        """Where the review is saved (used by review actions)."""
        self._order = {s.id: n for n, s in enumerate(document.statements)}
        if document.statements:
            self.set_reactive(ReaderApp.current, document.statements[0].id)

    def compose(self) -> ComposeResult:
        document = self.document
        yield TitleBar(document, id="title").data_bind(ReaderApp.current, ReaderApp.search)
        with Horizontal(id="body"):
            with Vertical(id="reading"):
                yield ArticleView(document, id="article").data_bind(
                    ReaderApp.current, ReaderApp.search
                )
                yield Legend(id="legend")
            with Vertical(id="side"):
                yield SpeakersPane(document, id="speakers").data_bind(ReaderApp.current)
                yield FiguresPane(document, id="figures").data_bind(ReaderApp.current)
        yield SourcesPane(document, id="sources").data_bind(ReaderApp.current)
        yield SearchBox(placeholder="Search the article", id="search")
        yield Footer()

    def help_groups(self) -> list[HelpGroup]:
        """The keys that work, by where they work: what the help screen lists."""
        return [
            ("Anywhere", self.BINDINGS),
            ("Article", ArticleView.BINDINGS),
            ("Speakers, figures, sources", LinkedTable.BINDINGS),
            ("Search box", SearchBox.BINDINGS),
        ]

    # --- moving through the statements ------------------------------------------------------

    def action_next_statement(self) -> None:
        self._step(+1)

    def action_previous_statement(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        statements = self.document.statements
        if not statements:
            return
        here = self._order.get(self.current or "")
        if here is None:
            there = 0 if delta > 0 else len(statements) - 1
        else:
            there = min(max(here + delta, 0), len(statements) - 1)
        if there == here:
            self.bell()
        self.current = statements[there].id

    @on(StatementChosen)
    def _statement_chosen(self, message: StatementChosen) -> None:
        self.current = message.statement_id

    @on(SpeakerChosen)
    def _speaker_chosen(self, message: SpeakerChosen) -> None:
        """The speaker's first statement; if the current one is theirs, their next one."""
        ids = [s.id for s in self.document.statements_of(message.speaker_id)]
        if not ids:
            self.notify("This speaker is only mentioned: no statement.", severity="warning")
        elif self.current in ids:
            self.current = ids[(ids.index(self.current) + 1) % len(ids)]
        else:
            self.current = ids[0]

    @on(FigureChosen)
    def _figure_chosen(self, message: FigureChosen) -> None:
        figure = self.document.figure(message.figure_id)
        if figure is None:
            return
        if figure.statement is not None:
            self.current = figure.statement
        else:
            self.query_one(ArticleView).show_span(figure.span)
            self.notify("This figure is not part of a statement.", severity="warning")

    # --- search -----------------------------------------------------------------------------

    def action_search(self) -> None:
        box = self.query_one(SearchBox)
        box.add_class("-open")
        box.focus()

    def action_close_search(self) -> None:
        self.query_one(SearchBox).remove_class("-open")
        self.query_one(ArticleView).focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        search = Search.find(self.document.article.text, event.value)
        self.search = search.at(self._here())

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self.action_close_search()
        if self.search.current is not None:
            self._go_to_match(self.search)
        elif event.value:
            self.notify("No match.", severity="warning")

    def action_next_match(self) -> None:
        self._step_match(+1)

    def action_previous_match(self) -> None:
        self._step_match(-1)

    def _step_match(self, delta: int) -> None:
        if not self.search.matches:
            self.notify("Nothing to go to: press / to search.", severity="warning")
            return
        self._go_to_match(self.search.step(delta))

    def _go_to_match(self, search: Search) -> None:
        """Make `search`'s match current, and the statement holding it (if any)."""
        match = search.current
        holder = None if match is None else self.query_one(ArticleView).statement_at(match[0])
        if holder is not None:
            self.current = holder
        self.search = search

    def _here(self) -> int:
        """Where a new search starts looking: the start of the current statement."""
        statement = self.document.statement(self.current)
        return 0 if statement is None else statement.span[0]

    # --- screens ----------------------------------------------------------------------------

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.help_groups()))
