"""The side panes: speakers, figures and sources, each a table linked to the current statement."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import DataTable

from tui.core.model import Document, Figure
from tui.ui.messages import FigureChosen, SpeakerChosen, StatementChosen

LIT_MARKER = "▶"


class LinkedTable(DataTable[Text]):
    """One row per item; the rows linked to the current statement light up and get the cursor.

    Subclasses say which rows there are, what they show, which are linked to a statement
    and what choosing one asks of the app. Cells are `Text`: article text is never markup.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "j,down",
            "cursor_down",
            "Next item",
            tooltip="Move down the list.",
            show=False,
            id="pane-next",
        ),
        Binding(
            "k,up",
            "cursor_up",
            "Previous item",
            tooltip="Move up the list.",
            show=False,
            id="pane-prev",
        ),
        Binding(
            "enter",
            "select_cursor",
            "Jump",
            tooltip="Move the article to this item's statement (again: the speaker's next one).",
            id="pane-jump",
        ),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"pane--lit"}

    TITLE: ClassVar[str]
    COLUMNS: ClassVar[tuple[str, ...]]

    current: reactive[str | None] = reactive(None, init=False)
    """The id of the current statement (bound to the app's)."""

    def __init__(self, document: Document, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id, cursor_type="row", zebra_stripes=False)
        self.document = document
        self.lit: tuple[str, ...] = ()
        """The keys of the rows linked to the current statement."""

    # --- what a pane shows: one set of answers per subclass ---------------------------------

    def row_keys(self) -> list[str]:
        raise NotImplementedError

    def cells(self, key: str) -> tuple[Text, ...]:
        raise NotImplementedError

    def linked(self, statement_id: str) -> tuple[str, ...]:
        """The keys of the rows linked to the statement."""
        raise NotImplementedError

    def chosen(self, key: str) -> Message:
        raise NotImplementedError

    # --- shared behaviour -------------------------------------------------------------------

    def on_mount(self) -> None:
        keys = self.row_keys()
        self.border_title = f"{self.TITLE} {len(keys)}"
        self.add_column("", key="lit")
        for name in self.COLUMNS:
            self.add_column(name, key=name)
        for key in keys:
            self.add_row(*self._row(key, lit=False), key=key)
        self.watch_current()

    def watch_current(self) -> None:
        lit = () if self.current is None else self.linked(self.current)
        self._repaint(set(lit).symmetric_difference(self.lit), lit)
        self.lit = lit
        if lit:
            self.move_cursor(row=self.get_row_index(lit[0]), scroll=True, animate=False)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        if self.lit and self.row_count:
            self._repaint(set(self.lit), self.lit)

    def _repaint(self, keys: set[str], lit: tuple[str, ...]) -> None:
        columns = ("lit", *self.COLUMNS)
        for key in keys:
            for column, cell in zip(columns, self._row(key, key in lit), strict=True):
                self.update_cell(key, column, cell)

    def _row(self, key: str, lit: bool) -> list[Text]:
        cells = [Text(LIT_MARKER if lit else " "), *self.cells(key)]
        if lit:
            style = self.get_component_rich_style("pane--lit", partial=True)
            for cell in cells:
                cell.stylize(style)
        return cells

    @on(DataTable.RowSelected)
    def _choose(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.chosen(event.row_key.value))


class SpeakersPane(LinkedTable):
    """Who speaks: name, how many statements, role."""

    TITLE = "Speakers"
    COLUMNS = ("name", "#", "role")

    def row_keys(self) -> list[str]:
        return [speaker.id for speaker in self.document.speakers]

    def cells(self, key: str) -> tuple[Text, ...]:
        speaker = self.document.speaker(key)
        assert speaker is not None
        count = len(self.document.statements_of(key))
        name = Text(speaker.name, style="" if speaker.named else "italic")
        return name, Text(str(count), justify="right"), Text(speaker.role or "")

    def linked(self, statement_id: str) -> tuple[str, ...]:
        statement = self.document.statement(statement_id)
        return () if statement is None or statement.speaker is None else (statement.speaker,)

    def chosen(self, key: str) -> Message:
        return SpeakerChosen(key)


class FiguresPane(LinkedTable):
    """The numbers: value, qualifier, the expression as written."""

    TITLE = "Figures"
    COLUMNS = ("value", "qualifier", "expression")

    def row_keys(self) -> list[str]:
        return [figure.id for figure in self.document.figures]

    def cells(self, key: str) -> tuple[Text, ...]:
        figure = self.document.figure(key)
        assert figure is not None
        return (
            Text(format_value(figure), justify="right"),
            Text(figure.qualifier.replace("_", " ")),
            Text(self.document.text_of(figure.span)),
        )

    def linked(self, statement_id: str) -> tuple[str, ...]:
        statement = self.document.statement(statement_id)
        return () if statement is None else statement.figures

    def chosen(self, key: str) -> Message:
        return FigureChosen(key)


class SourcesPane(LinkedTable):
    """One row per statement: who, the kind of statement, named or anonymous, the cue, when."""

    TITLE = "Sources"
    COLUMNS = ("who", "kind", "source", "cue", "when")

    def row_keys(self) -> list[str]:
        return [statement.id for statement in self.document.statements]

    def cells(self, key: str) -> tuple[Text, ...]:
        statement = self.document.statement(key)
        assert statement is not None
        speaker = self.document.speaker(statement.speaker)
        if speaker is None:
            who, source = Text("unattributed", style="italic"), Text("")
        else:
            who, source = Text(speaker.name), Text("named" if speaker.named else "anonymous")
        return (
            who,
            Text(statement.kind),
            source,
            Text(statement.cue or ""),
            Text(statement.when or ""),
        )

    def linked(self, statement_id: str) -> tuple[str, ...]:
        return (statement_id,)

    def chosen(self, key: str) -> Message:
        return StatementChosen(key)


def format_value(figure: Figure) -> str:
    """`45,000`, `10,000–12,000`, `12.5%`, `3 month`: the value as a reader scans it."""
    values = (figure.value,) if figure.high is None else (figure.value, figure.high)
    text = "–".join(f"{int(v):,}" if float(v).is_integer() else f"{v:,}" for v in values)
    if figure.kind == "percent":
        return text + "%"
    if figure.kind != "count" and figure.unit:
        return f"{text} {figure.unit}"
    return text
