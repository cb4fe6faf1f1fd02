"""The side panes: speakers, figures and sources, each a table linked to the current statement."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import ClassVar, Generic, Protocol, TypeVar

from rich.style import Style
from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.coordinate import Coordinate
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey, Row, RowKey

from tui.core.export import statement_words
from tui.core.ledger import UNATTRIBUTED, Group, ledger
from tui.core.model import Document, Figure, Speaker, Statement
from tui.core.review import listed_speakers
from tui.core.shown import without_bidi
from tui.ui.messages import FigureChosen, SpeakerChosen, StatementChosen
from tui.ui.state import BADGES, no_document
from tui.ui.widgets.tint import solid_style, untinted_background

LIT_MARKER = "▶"
STATUS_WIDTH = max(len(f"{badge} {status}") for status, badge in BADGES.items())
"""The widest verdict in the sources pane: `? unverifiable`."""

OPENING_WIDTH = 32
"""Cells of a statement's opening words in the sources pane."""


class Keyed(Protocol):
    """A row's item: anything with an id (a speaker, a figure, a statement, a ledger row)."""

    @property
    def id(self) -> str: ...


Item = TypeVar("Item", bound=Keyed)


class LastLedger:
    """The ledger of the last document asked about, made again only when what it reads
    changed: a verdict or a note changes no claim, and on a long article the ledger takes a
    fifth of a second (the figures pane and the ledger both read it, at each action)."""

    def __init__(self) -> None:
        self.read: tuple[object, ...] = ()
        self.groups: tuple[Group, ...] = ()

    def of(self, document: Document) -> tuple[Group, ...]:
        """What the ledger reads of each figure: its statement's span, speaker and whether
        it is rejected (a new speaker for a statement without figures changes none)."""
        held = []
        for figure in document.figures:
            statement = document.statement(figure.statement)
            if statement is None:
                held.append((figure,))
            else:
                speaker = document.speaker(statement.speaker)
                rejected = statement.review.status == "rejected"
                held.append((figure, statement.id, statement.span, speaker, rejected))
        read = (document.article, tuple(held))
        if len(read) != len(self.read) or any(
            a is not b and a != b for a, b in zip(read, self.read, strict=True)
        ):
            self.read, self.groups = read, ledger([document])
        return self.groups


LEDGER = LastLedger()
"""The ledger the side panes show."""


class LinkedTable(DataTable[Text], Generic[Item]):
    """One row per item; the rows linked to the current statement light up and get the cursor.

    Subclasses say which items are rows, what a row shows, which rows a statement is linked
    to and what choosing a row asks of the app. Rows are keyed by the items' ids; when the
    document changes, changed rows are redrawn in place (new or gone items: all rows again).
    Cells are `Text`: article text is never markup.
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
            "right,l",
            "cursor_right",
            "Scroll right",
            tooltip="Show the columns cut off on the right (a narrow pane).",
            show=False,
            id="pane-right",
        ),
        Binding(
            "left,h",
            "cursor_left",
            "Scroll left",
            tooltip="Back to the first columns.",
            show=False,
            id="pane-left",
        ),
        Binding(
            "enter",
            "select_cursor",
            "Jump",
            tooltip="Move the article to this item's statement (again: the speaker's next one).",
            id="pane-jump",
        ),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"pane--lit", "pane--anonymous"}

    TITLE: ClassVar[str]
    COLUMNS: ClassVar[tuple[str, ...]]
    WIDTHS: ClassVar[dict[str, int]] = {}
    """Fixed widths of the columns whose content changes during a review."""

    document: reactive[Document] = reactive(no_document, init=False)
    """The document whose items are the rows (bound to the app's)."""
    current: reactive[str | None] = reactive(None, init=False, repaint=False)
    """The id of the current statement (bound to the app's): the rows it lights are redrawn,
    not the whole pane."""
    made = 0
    """How many times the rows were made (`_fill`): rows are never moved, sorted or removed
    otherwise, so Textual's lists of them in order are kept until they are made again."""
    css_drawn: int | None = None
    """The app's stylesheet (its count of updates) the cells were last drawn with."""
    _in_order: tuple[tuple[int, int], list[Row]] | None = None
    _lines: tuple[tuple[int, int], list[tuple[RowKey, int]]] | None = None

    def __init__(self, document: Document, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(
            id=id, cursor_type="row", zebra_stripes=False, cursor_foreground_priority="renderable"
        )
        self.set_reactive(LinkedTable.document, document)
        self.items: dict[str, Item] = {}
        self.statements: dict[str, Statement] = {}
        self.read_from: Document | None = None
        """The document the rows were read from: bound again to it, a pane has nothing to do."""
        self.read()
        self.lit: tuple[str, ...] = ()
        """The keys of the rows linked to the current statement."""
        self.filled = False
        """Whether the rows were made (`_fill`)."""
        self.styled_with: dict[str, Style] = {}
        """The component styles the rows were drawn with (`cell_styles`)."""

    # --- what a pane shows: one set of answers per subclass ---------------------------------

    def entries(self) -> Sequence[Item]:
        raise NotImplementedError

    def cells(self, item: Item) -> tuple[Text, ...]:
        raise NotImplementedError

    def linked(self, statement: Statement) -> tuple[str, ...]:
        """The keys of the rows linked to the statement."""
        raise NotImplementedError

    def chosen(self, key: str) -> Message:
        raise NotImplementedError

    def read(self) -> None:
        """Take the rows (and what they show) from the document."""
        self.items = {item.id: item for item in self.entries()}
        self.statements = {statement.id: statement for statement in self.document.statements}
        self.read_from = self.document

    # --- shared behaviour -------------------------------------------------------------------

    def on_mount(self) -> None:
        self.add_pane_columns()
        if self.display:
            self._fill()
            self.watch_current()

    def fill(self) -> None:
        """Make the rows of a pane hidden when the reader opened (the ledger, until `L`): on
        a long article, thousands of rows nobody may look at. Before the pane is shown, so
        that it is laid out with them (a scrollbar); when shown, at the latest."""
        if not self.filled:
            self._fill()
            self.watch_current()

    def on_show(self) -> None:
        self.fill()

    def add_pane_columns(self) -> None:
        """The marker column, then the pane's own."""
        self.add_column("", key="lit")
        for name in self.COLUMNS:
            self.add_column(name, key=name, width=self.column_width(name))

    def column_width(self, name: str) -> int | None:
        """A fixed width for the column, or None: as wide as its content."""
        return self.WIDTHS.get(name)

    def _fill(self) -> None:
        """A row per item, the cursor kept on its row."""
        if self.document is not self.read_from:  # changed while the pane was not filled
            self.read()
        keep = self._cursor_key()
        self.filled = True
        self.styled_with = self.cell_styles()
        self.clear()
        self.made += 1
        for key in self.items:
            self.add_row(*self._row(key, key in self.lit), key=key)
        self.border_title = f"{self.TITLE} {len(self.items)}"
        if keep in self.items:
            self.move_cursor(row=self.get_row_index(keep), animate=False)

    @property
    def ordered_rows(self) -> list[Row]:
        """Textual's rows in order, kept while the rows are the same: Textual makes the list
        again after each changed cell, and a key changes a few cells of thousands of rows."""
        rows = (self.row_count, self.made)
        if self._in_order is None or self._in_order[0] != rows:
            self._in_order = rows, super().ordered_rows
        return self._in_order[1]

    @property
    def _y_offsets(self) -> list[tuple[RowKey, int]]:
        """Textual's row of each line (made from `ordered_rows`), kept in the same way."""
        rows = (self.row_count, self.made)
        if self._lines is None or self._lines[0] != rows:
            self._lines = rows, super()._y_offsets
        return self._lines[1]

    def watch_document(self) -> None:
        if self.document is self.read_from or not self.filled:  # not filled: read when shown
            return
        before = self.items
        self.read()
        if list(self.items) == list(before):
            self._repaint(self.changed(before))
        else:
            self._fill()
        self.watch_current()

    def changed(self, before: dict[str, Item]) -> Iterable[str]:
        """The rows a new document may show differently: those whose item is a new value (a
        review action replaces only the statement it changes, so on a long article a verdict
        redraws one row, not thousands)."""
        return [key for key, item in self.items.items() if item is not before[key]]

    def watch_current(self) -> None:
        if not self.filled:
            return
        statement = self.statements.get(self.current or "")
        lit = () if statement is None else self.linked(statement)
        changed = set(lit).symmetric_difference(self.lit)
        self.lit = lit
        self._repaint(changed)
        if lit and self._cursor_key() not in lit:
            self.move_cursor(row=self.get_row_index(lit[0]), scroll=True, animate=False)

    def _cursor_key(self) -> str | None:
        """The key of the row under the cursor (the row just chosen keeps the cursor)."""
        if not self.row_count:
            return None
        # By the cell's key, not `ordered_rows` (made again, all rows, after each change).
        return self.coordinate_to_cell_key(Coordinate(self.cursor_row, 0)).row_key.value

    def notify_style_update(self) -> None:
        css = self.app._css_update_count  # a new theme (or stylesheet) counts one more
        if css == self.css_drawn:
            # The focus moved: Textual's drawn cells and lines are kept (a DataTable clears
            # them all at each style update), as they are cached by the pseudo-classes and
            # the background they were drawn with; the cursor's styles are looked up again.
            super(DataTable, self).notify_style_update()
            self._get_styles_to_render_cell.cache_clear()
            self.refresh()
        else:
            self.css_drawn = css
            super().notify_style_update()
        # Component styles are updated after this call: repaint once they are.
        if self.row_count:
            self.call_next(self._restyle)

    def solid(self, name: str) -> Style:
        """A component style as the cells are made with it: blended over the pane's
        background as it is unfocused, so that a change of focus restyles no cell."""
        return solid_style(self, name, untinted_background(self))

    def cell_styles(self) -> dict[str, Style]:
        """The component styles the cells are made with (`solid`)."""
        return {name: self.solid(name) for name in self.COMPONENT_CLASSES}

    def _restyle(self) -> None:
        """Repaint every row when a component style changed (a new theme); a change of
        focus, which restyles the cursor, changes none of them and repaints no row."""
        styles = self.cell_styles()
        if styles != self.styled_with:
            self.styled_with = styles
            self._repaint(list(self.items))

    def _repaint(self, keys: Iterable[str]) -> None:
        """Redraw the cells of these rows that changed, and only these rows.

        Textual's `update_cell` counts an update, and the count is in the key of every cell
        and line it has drawn: one changed cell draws every row on screen again. Here the
        cell is set and what Textual drew of its row is forgotten, the rest kept."""
        columns = ("lit", *self.COLUMNS)
        changed: set[RowKey] = set()
        for key in keys:
            if key not in self.items:
                continue  # its row went with the last document (lit before it came)
            row = self._data[RowKey(key)]
            cells = zip(columns, self.get_row(key), self._row(key, key in self.lit), strict=True)
            for column, old, new in cells:
                if new != old:
                    row[ColumnKey(column)] = new
                    changed.add(RowKey(key))
        if changed:
            self._forget(changed)
            self.refresh()

    def _forget(self, rows: set[RowKey]) -> None:
        """Drop what Textual drew of these rows: their cells and lines (all the lines, kept
        by their place on screen, are made again from the cells of the other rows)."""
        indexes = {self._row_locations.get(row) for row in rows}
        for cache, part, drawn in (
            (self._cell_render_cache, 0, rows),
            (self._row_render_cache, 0, rows),
            (self._row_renderable_cache, 1, indexes),
        ):
            for key in [key for key in cache.keys() if key[part] in drawn]:
                cache.discard(key)
        self._line_cache.clear()

    def anonymous(self, text: str) -> Text:
        """A cell for a source without a name: "officials", "a report", or nobody."""
        return Text(text, style=self.get_component_rich_style("pane--anonymous", partial=True))

    def _row(self, key: str, lit: bool) -> list[Text]:
        cells = [Text(LIT_MARKER if lit else " "), *self.cells(self.items[key])]
        return [self.lit_cell(cell) for cell in cells] if lit else cells

    def lit_cell(self, cell: Text) -> Text:
        """A cell of a row linked to the current statement."""
        cell.stylize(self.get_component_rich_style("pane--lit", partial=True))
        return cell

    @on(DataTable.RowSelected)
    def _choose(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.chosen(event.row_key.value))


class SpeakersPane(LinkedTable[Speaker]):
    """Who speaks: name, how many statements, role."""

    TITLE = "Speakers"
    COLUMNS = ("name", "#", "role")
    """`#`: the speaker's statements, less those the analyst rejected."""

    counts: Counter[str | None]

    def read(self) -> None:
        self.counts = speaker_counts(self.document)
        super().read()

    def entries(self) -> Sequence[Speaker]:
        return listed_speakers(self.document)

    def cells(self, item: Speaker) -> tuple[Text, ...]:
        name = Text(item.name) if item.named else self.anonymous(item.name)
        return name, Text(str(self.counts[item.id]), justify="right"), Text(item.role or "")

    def linked(self, statement: Statement) -> tuple[str, ...]:
        return () if statement.speaker is None else (statement.speaker,)

    def changed(self, before: dict[str, Speaker]) -> Iterable[str]:
        """Every row: a speaker's count changes with the statements, not with the speaker."""
        return list(self.items)

    def chosen(self, key: str) -> Message:
        return SpeakerChosen(key)


class FiguresPane(LinkedTable[Figure]):
    """The numbers: value (its qualifier in short: a narrow pane still shows it), who gave it
    (the speaker of its statement), what it counts (as the ledger groups it), qualifier, the
    expression as written."""

    TITLE = "Figures"
    COLUMNS = ("value", "source", "counts", "qualifier", "expression")

    counted: dict[str, str]
    """Each figure's id -> what it counts: "North Korean troops"."""

    def read(self) -> None:
        self.counted = {
            claim.figure: group.subject
            for group in LEDGER.of(self.document)
            for claim in group.claims
        }
        super().read()

    def entries(self) -> Sequence[Figure]:
        return self.document.figures

    def cells(self, item: Figure) -> tuple[Text, ...]:
        statement = self.document.statement(item.statement)
        speaker = None if statement is None else self.document.speaker(statement.speaker)
        if speaker is None or statement is None or statement.review.status == "rejected":
            source = self.anonymous(UNATTRIBUTED)
        else:
            source = Text(speaker.name) if speaker.named else self.anonymous(speaker.name)
        return (
            Text(value_with_unit(item)),
            source,
            Text(self.counted.get(item.id, "")),
            Text(item.qualifier.replace("_", " ")),
            Text(without_bidi(self.document.text_of(item.span))),
        )

    def linked(self, statement: Statement) -> tuple[str, ...]:
        return statement.figures

    def chosen(self, key: str) -> Message:
        return FigureChosen(key)


class SourcesPane(LinkedTable[Statement]):
    """One row per statement: its review, who, the act (speech, thought, stance: beside who,
    so that a narrow terminal shows it too), its opening words, the kind,
    the source (named or not, and what kind of source: person, group, organization, media,
    document), the cue, when.

    The review column shows the verdict and `✎` when there is a note; rejected rows are dim;
    a thought or a stance is styled as in the article.
    """

    TITLE = "Sources"
    COLUMNS = ("review", "who", "act", "statement", "kind", "source", "cue", "when")
    WIDTHS: ClassVar[dict[str, int]] = {"review": STATUS_WIDTH + len(" ✎")}
    COMPONENT_CLASSES: ClassVar[set[str]] = LinkedTable.COMPONENT_CLASSES | {
        f"pane--{name}" for name in (*BADGES, "thought", "stance")
    }

    def entries(self) -> Sequence[Statement]:
        return self.document.statements

    def cells(self, item: Statement) -> tuple[Text, ...]:
        speaker = self.document.speaker(item.speaker)
        if speaker is None:
            who, source = self.anonymous("unattributed"), Text("")
        else:
            who = Text(speaker.name) if speaker.named else self.anonymous(speaker.name)
            source = Text(source_label(speaker))
        cells = (
            self.review(item),
            who,
            self.act(item),
            Text(opening_words(statement_words(self.document, item))),
            Text(item.kind),
            source,
            Text(item.cue or ""),
            Text(item.when or ""),
        )
        return tuple(self.dim_rejected(item, cell) for cell in cells)

    def dim_rejected(self, item: Statement, cell: Text) -> Text:
        """A cell of a statement the analyst rejected is dim."""
        if item.review.status == "rejected":
            cell.stylize(self.get_component_rich_style("pane--rejected", partial=True))
        return cell

    def act(self, item: Statement) -> Text:
        """`speech` plain; `thought` and `stance` quieter, as in the article (a styled span,
        not the cell's base style, so that a restyled cell compares unequal and is redrawn)."""
        if item.act == "speech":
            return Text(item.act)
        name = f"pane--{item.act}"
        return Text.assemble((item.act, self.styled_with.get(name) or self.solid(name)))

    def review(self, item: Statement) -> Text:
        """`✓ verified ✎`: the badge and the status (none while unreviewed), and the note mark."""
        status = item.review.status
        review = Text(end="")
        if status in BADGES:
            style = self.get_component_rich_style(f"pane--{status}", partial=True)
            review.append(f"{BADGES[status]} {status}", style)
        if item.review.note:
            review.pad_right(STATUS_WIDTH - review.cell_len)
            review.append(" ✎")
        return review

    def linked(self, statement: Statement) -> tuple[str, ...]:
        return (statement.id,)

    def chosen(self, key: str) -> Message:
        return StatementChosen(key)


def opening_words(words: str, width: int = OPENING_WIDTH) -> str:
    """The first words of a statement, cut at a word (`…`) to fit `width` cells."""
    if len(words) <= width:
        return words
    cut = words[: width - 1]
    if words[width - 1] != " " and " " in cut:  # not in the middle of a word
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–—…") + "…"


def speaker_counts(document: Document) -> Counter[str | None]:
    """How many statements each speaker has: a rejected one is no statement of theirs."""
    return Counter(s.speaker for s in document.statements if s.review.status != "rejected")


def source_label(speaker: Speaker) -> str:
    """`named person`, `anonymous group`, `named media`: on whose authority, at a glance."""
    named = "named" if speaker.named else "anonymous"
    return named if speaker.kind == "unknown" else f"{named} {speaker.kind}"


def _plural(noun: str) -> str:
    """ "months", "days", "centuries"."""
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"


def format_value(figure: Figure) -> str:
    """`45,000`, `10,000–12,000`, `12.5%`, `3 months`: the value with its unit where it helps
    (a duration's unit is stored singular, as a unit: "month")."""
    text = figure.value_text()
    if figure.kind == "percent":
        return text + "%"
    if figure.kind != "count" and figure.unit:
        unit = figure.unit
        many = figure.value != 1 or figure.high is not None
        if figure.kind == "duration" and many and not unit.endswith("s"):
            unit = _plural(unit)  # not twice: a unit written plural in a hand-made file
        return f"{text} {unit}"
    return text


QUALIFIER_SIGNS: dict[str, str] = {
    "exact": "",
    "approximate": "~",
    "estimated": "est. ",
    "at_least": "≥",
    "at_most": "≤",
    "more_than": ">",
    "less_than": "<",
}
"""The qualifier before a value, short: a narrow pane still shows it with the value."""


def value_with_unit(figure: Figure) -> str:
    """`~45,000`, `≥10,000`, `est. 3 months`, `12.5%`: the value with its qualifier in short
    (and a duration's, money's or measure's unit; what a count counts has its own column)."""
    return QUALIFIER_SIGNS.get(figure.qualifier, "") + format_value(figure)
