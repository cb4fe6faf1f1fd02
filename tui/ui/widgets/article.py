"""The article, drawn with the Line API: wrapped to the width, marked, cached line by line."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.model import Document, Span
from tui.core.shown import BIDI_CONTROLS, visible_bidi
from tui.ui.messages import StatementChosen, ViewMoved
from tui.ui.search import Search
from tui.ui.state import BADGES, no_document
from tui.ui.widgets.tint import solid_style
from tui.ui.wrap import offset_at_column, wrap

GUTTER = 4
"""Cells left of the text: the current statement's marker, the verdict badge, the kind's mark."""
KIND_MARKS: dict[str, str] = {"direct": "┃", "indirect": "┊", "mixed": "╏"}
"""The gutter mark of a line with a statement of each kind, as a border style: solid for the
source's own words, dotted for reported speech, dashed for a mix. Kinds are told apart by
shape, not only by their colours (colour-blind readers, NO_COLOR, a monochrome terminal)."""
MARGIN = 1
"""Cells kept free right of the text, before the scrollbar."""
END_ROWS = 1
"""Blank rows after the last line: a statement at the very end is never on the last row."""

_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
"""A bidi control in the text: drawn as a mark (`visible_bidi`), styled `article--control`."""

Mark = tuple[int, int, str]
"""A styled stretch of the article: start, end and the component class that styles it."""


def document_marks(document: Document) -> list[Mark]:
    """Everything the core found, in drawing order: statements (each of their parts, not
    the attribution between them; a thought or a stance in its own style), cues, speakers,
    figures, and last the statements the analyst rejected, dimmed with all their marks."""
    statements = document.statements
    rejected = [s for s in statements if s.review.status == "rejected"]
    kept = [s for s in statements if s.review.status != "rejected"]
    marks: list[Mark] = [(*p, f"article--{s.kind}") for s in kept for p in s.pieces]
    marks += [(*p, f"article--{s.act}") for s in kept if s.act != "speech" for p in s.pieces]
    marks += [(*s.cue_span, "article--cue") for s in statements if s.cue_span]
    mentions = {m for speaker in document.speakers for m in speaker.mentions}
    mentions |= {s.speaker_span for s in statements if s.speaker_span}
    marks += [(*m, "article--speaker") for m in sorted(mentions)]
    marks += [(*f.span, "article--figure") for f in document.figures]
    marks += [(*p, "article--rejected") for s in rejected for p in s.pieces]
    return marks


def _overlaps(line: Span, span: Span) -> bool:
    """Does `span` cover part of `line`? An empty line counts as its one newline character."""
    start, end = line
    return start < span[1] and span[0] < max(end, start + 1)


class ArticleView(ScrollView, can_focus=True, inherit_bindings=False):
    """The article text with its statements, speakers, figures and search matches marked."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "pagedown,space",
            "page_down",
            "Page down",
            tooltip="Scroll a page down; the first statement in view becomes current.",
            show=False,
            id="page-down",
        ),
        Binding(
            "pageup,b",
            "page_up",
            "Page up",
            tooltip="Scroll a page up; the first statement in view becomes current.",
            show=False,
            id="page-up",
        ),
        Binding(
            "home,g",
            "scroll_home",
            "Top",
            tooltip="Scroll to the top of the article.",
            show=False,
            id="top",
        ),
        Binding(
            "end,G",
            "scroll_end",
            "Bottom",
            tooltip="Scroll to the end of the article.",
            show=False,
            id="bottom",
        ),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article--direct",
        "article--indirect",
        "article--mixed",
        "article--thought",
        "article--stance",
        "article--cue",
        "article--speaker",
        "article--figure",
        "article--current",
        "article--gutter",
        "article--match",
        "article--match-current",
        "article--verified",
        "article--disputed",
        "article--unverifiable",
        "article--rejected",
        "article--control",
    }

    document: reactive[Document] = reactive(no_document, init=False)
    """The article and its review (bound to the app's)."""
    current: reactive[str | None] = reactive(None, repaint=False)
    """The id of the current statement (bound to the app's): its lines, and the previous
    one's, are redrawn, not the whole view."""
    search: reactive[Search] = reactive(Search)
    """The search and its matches (bound to the app's)."""

    def __init__(self, document: Document, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.set_reactive(ArticleView.document, document)
        self._text = visible_bidi(document.article.text)
        """The text the lines were wrapped from: the document's, its bidi controls drawn as
        marks of the same length (`visible_bidi`), so that they cannot reorder a line."""
        self._spans: dict[str, Span] = {}
        """Each statement's span: the lines it is drawn on, where to scroll to show it."""
        self._pieces: dict[str, tuple[Span, ...]] = {}
        """Each statement's parts: what is highlighted and clicked, not the attribution."""
        self._marks: list[Mark] = []
        self._statuses: list[tuple[int, str]] = []
        """Where each statement starts, and its review status."""
        self._lines: list[Span] = []
        self._starts: list[int] = []
        self._line_marks: list[list[Mark]] = []
        self._badges: dict[int, str] = {}
        """The review status shown in the gutter of a line, by line index."""
        self._kinds: dict[int, str] = {}
        """The kind of the first statement on a line, by line index: its gutter mark."""
        self._width = 0
        self._cache: LRUCache[int, Strip] = LRUCache(maxsize=2000)
        self._styles: dict[str, Style] = {}
        """The component styles the lines in `_cache` were drawn with (`_mark_style`)."""
        self._base = Style()
        """The view's own style, that they were drawn with."""
        self._hold: tuple[str | None] | None = None
        """The statement this view made current after paging: shown where it is, not placed."""
        self._read(document)

    # --- layout ----------------------------------------------------------------------------

    def on_resize(self, _event: events.Resize) -> None:
        width = self.scrollable_content_region.width
        if width != self._width:
            self._layout(width)
        self.show_current()

    def _layout(self, width: int) -> None:
        """Wrap the text to `width`, then place the marks on the lines."""
        self._width = width
        self._lines = wrap(self._text, width - GUTTER - MARGIN)
        self._starts = [start for start, _ in self._lines]
        self._place_marks()
        self.virtual_size = Size(width, len(self._lines) + END_ROWS)

    def _read(self, document: Document) -> None:
        """What the view draws of a document: statement spans, marks and review statuses."""
        self._read_from = document
        self._spans = {s.id: s.span for s in document.statements}
        self._pieces = {s.id: s.pieces for s in document.statements}
        self._marks = document_marks(document) + [
            (m.start(), m.end(), "article--control") for m in _BIDI.finditer(document.article.text)
        ]
        self._statuses = [(s.span[0], s.review.status) for s in document.statements]

    def _place_marks(self) -> None:
        """Note which marks touch which line, and the badge of the line a statement starts on."""
        self._line_marks = [[] for _ in self._lines]
        self._badges = {}
        self._kinds = {}
        self._cache.clear()
        self.refresh()
        if not self._lines:
            return
        for mark in self._marks:
            for index in self._line_range((mark[0], mark[1])):
                if _overlaps(self._lines[index], (mark[0], mark[1])):
                    self._line_marks[index].append(mark)
                    kind = mark[2].removeprefix("article--")
                    if kind in KIND_MARKS:
                        self._kinds.setdefault(index, kind)
        self._place_badges()

    def _place_badges(self) -> None:
        """The badge of the line each reviewed statement starts on."""
        self._badges = {}
        for start, status in self._statuses:
            if status in BADGES:
                self._badges.setdefault(self._line_of(start), status)

    def watch_document(self, document: Document) -> None:
        """The review changed: new marks and badges; new lines only if the text changed. A
        verdict or a note changes no mark: only the badges are placed again (on a long
        article, placing thousands of marks on their lines is most of a key's time)."""
        if document is self._read_from:  # bound again to the same document
            return
        marks = self._marks
        self._read(document)
        text = visible_bidi(document.article.text)
        if text != self._text:
            self._text = text
            if self._width:
                self._layout(self._width)
                return
        if self._marks == marks and self._lines:
            self._place_badges()
            self._cache.clear()
            self.refresh()
            return
        self._place_marks()

    def _line_of(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    def _line_range(self, span: Span) -> range:
        """The indexes of the lines `span` may touch."""
        return range(self._line_of(span[0]), self._line_of(max(span[0], span[1] - 1)) + 1)

    # --- following the selection -----------------------------------------------------------

    def watch_current(self, old: str | None, new: str | None) -> None:
        for statement_id in (old, new):
            span = self._spans.get(statement_id or "")
            if span is not None and self._lines:
                lines = self._line_range(span)
                for index in lines:
                    self._cache.discard(index)
                self.refresh_lines(lines.start, len(lines))
        held, self._hold = self._hold, None
        if held != (new,):
            self.show_current()

    def watch_search(self, search: Search) -> None:
        self._cache.clear()
        self.refresh()
        if search.current is not None:
            self.show_span(search.current)

    def show_current(self) -> None:
        """Bring the current statement (or the current search match) into view."""
        match = self.search.current
        span = self._spans.get(self.current or "")
        if span is not None:
            self.show_span(span)
        if match is not None and (span is None or span[0] <= match[0] < span[1]):
            self.show_span(match)

    def show_span(self, span: Span) -> None:
        """Leave `span` where it is when it is in view, not on the last row (and, if it runs
        past the bottom, starts in the top third); else jump, at once, so that its first line
        is a third from the top, with the text after it below."""
        if not self._lines:
            return
        lines = self._line_range(span)
        top, height = self.scroll_offset.y, self.scrollable_content_region.height
        last_row = top + height - 1
        first, last = lines.start, lines.stop - 1
        if top <= first < last_row and (last < last_row or first <= top + height // 3):
            return
        self.scroll_to(y=max(0, first - height // 3), animate=False, immediate=True)

    # --- paging: the current statement follows what is in view ------------------------------

    def action_page_down(self) -> None:
        self._move_view(self.scroll_offset.y + self.scrollable_content_region.height)

    def action_page_up(self) -> None:
        self._move_view(self.scroll_offset.y - self.scrollable_content_region.height)

    def action_scroll_home(self) -> None:
        self._move_view(0)

    def action_scroll_end(self) -> None:
        self._move_view(self.max_scroll_y)

    def _move_view(self, y: int) -> None:
        """Scroll to row `y` at once; the first statement in view becomes current, and stays
        where it is on screen (none in view: none is current)."""
        self.scroll_to(y=y, animate=False, immediate=True)
        first = self.first_in_view()
        if first != self.current:
            self._hold = (first,)
        self.post_message(ViewMoved(first))

    def first_in_view(self) -> str | None:
        """The first statement with a part on screen above the last row, if any."""
        top = self.scroll_offset.y
        rows = range(top, top + max(1, self.scrollable_content_region.height - 1))
        in_view = [
            (pieces[0][0], id_)
            for id_, pieces in self._pieces.items()
            if any(
                index in rows and _overlaps(self._lines[index], piece)
                for piece in pieces
                for index in self._line_range(piece)
            )
        ]
        return min(in_view)[1] if in_view else None

    def top_offset(self) -> int:
        """The text offset at the top of the view: where `j` looks from when none is current."""
        if not self._lines:
            return 0
        return self._lines[min(self.scroll_offset.y, len(self._lines) - 1)][0]

    # --- the mouse ----------------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        """A click on a statement makes it the current one."""
        where = event.get_content_offset(self)
        offset = None if where is None else self.offset_at(where.x, where.y)
        statement_id = None if offset is None else self.statement_at(offset)
        if statement_id is not None:
            self.post_message(StatementChosen(statement_id))

    def statement_at(self, offset: int) -> str | None:
        """The id of the statement whose content (a part, not its attribution) holds the
        text offset, if any."""
        return next(
            (
                id_
                for id_, pieces in self._pieces.items()
                if any(s <= offset < e for s, e in pieces)
            ),
            None,
        )

    def offset_at(self, x: int, y: int) -> int | None:
        """The text offset under the cell (x, y) of the view, if there is text there."""
        index = self.scroll_offset.y + y
        if not 0 <= index < len(self._lines) or x < GUTTER:
            return None
        return offset_at_column(self._text, self._lines[index], x - GUTTER)

    # --- drawing ---------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        # Component styles are updated after this call: look at them once they are.
        self.call_next(self._restyle)

    def _restyle(self) -> None:
        """Draw the lines again if a style they are drawn with changed (a new theme): a
        change of focus, which restyles the border, redraws none of them."""
        styles = {name: solid_style(self, name) for name in self._styles}
        if self._styles and styles == self._styles and self._base == self.rich_style:
            return
        self._base = self.rich_style
        self._cache.clear()
        self._styles.clear()
        self.refresh()

    def _mark_style(self, name: str) -> Style:
        """The component's own style, solid (tints and muted text work), cached."""
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = solid_style(self, name)
        return style

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        width = self.scrollable_content_region.width
        if index >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        strip = self._cache.get(index)
        if strip is None:
            strip = self._render_text_line(index).adjust_cell_length(width, self.rich_style)
            self._cache[index] = strip
        return strip

    def _render_text_line(self, index: int) -> Strip:
        line = self._lines[index]
        start, end = line
        base = self.rich_style
        text = Text(self._text[start:end].replace("\t", " "), style=base, end="")

        def paint(span: Span, name: str) -> None:
            style = self._mark_style(name)
            text.stylize(style, max(span[0], start) - start, min(span[1], end) - start)

        for mark_start, mark_end, name in self._line_marks[index]:
            paint((mark_start, mark_end), name)
        marker = Segment(" ", base)
        current = [p for p in self._pieces.get(self.current or "", ()) if _overlaps(line, p)]
        for piece in current:
            paint(piece, "article--current")
        if current:
            marker = Segment("▌", base + self._mark_style("article--gutter"))
        status = self._badges.get(index)
        badge = Segment(" ", base)
        if status is not None:
            badge = Segment(BADGES[status], base + self._mark_style(f"article--{status}"))
        kind = self._kinds.get(index)
        mark = Segment(" ", base)
        if kind is not None:
            mark = Segment(KIND_MARKS[kind], base + self._mark_style(f"article--{kind}"))
        gutter = [marker, badge, mark, Segment(" " * (GUTTER - 3), base)]
        for number, match in self._matches_on(line):
            is_current_match = number == self.search.index
            paint(match, "article--match-current" if is_current_match else "article--match")
        # A segment with no style (Rich ends a line with one) would break NO_COLOR's filter.
        drawn = [s if s.style else Segment(s.text, base) for s in text.render(self.app.console)]
        return Strip([*gutter, *drawn])

    def _matches_on(self, line: Span) -> list[tuple[int, Span]]:
        """The search matches on `line`, with their numbers (matches never overlap)."""
        matches = self.search.matches
        found: list[tuple[int, Span]] = []
        number = max(0, bisect_right(matches, (line[0], line[0])) - 1)
        while number < len(matches) and matches[number][0] < max(line[1], line[0] + 1):
            if _overlaps(line, matches[number]):
                found.append((number, matches[number]))
            number += 1
        return found
