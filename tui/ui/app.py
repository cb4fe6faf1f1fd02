"""ReaderApp: the layout, the keys, and the two values every pane follows.

`document` is the article and its review; `current` the statement being read. Review keys
record an action in the review log (`tui.core.reviewlog`: on disk before "saved" shows) and
show the document it leaves; the YAML is rewritten from the log in a worker, off the screen's
thread, and on quit. Another reader's actions are read from the log at the next action and by
a poll of the log's size.
Notifications are never markup (`markup=False`): they quote ids, names and paths from files,
and every one passes through `shown` (`notify`), so no control character in them reaches the
terminal.
"""

from __future__ import annotations

import gc
import getpass
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.notifications import SeverityLevel
from textual.reactive import reactive
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import DataTable, Input, TextArea

from tui.core import review
from tui.core.errors import InputError
from tui.core.export import FORMATS, ExportError, citation, export
from tui.core.model import Document, ReviewStatus, Statement
from tui.core.reviewlog import Action, ReviewLog, TypedSpeaker, fold_elsewhere
from tui.core.shown import shown
from tui.core.store import write_output
from tui.ui.commands import ReaderCommands
from tui.ui.keymap import BACK_TO_LIBRARY, UserKeymap
from tui.ui.messages import FigureChosen, SpeakerChosen, StatementChosen, ViewMoved
from tui.ui.screens.confirm import Confirm
from tui.ui.screens.export_dialog import ExportDialog, ExportRequest
from tui.ui.screens.help import HelpGroup, HelpScreen
from tui.ui.screens.history import HistoryScreen
from tui.ui.screens.note_editor import NoteEditor
from tui.ui.screens.orphans import OrphansScreen
from tui.ui.screens.speaker_picker import SpeakerChoice, SpeakerPicker
from tui.ui.search import Search
from tui.ui.state import ReviewFilter, SaveState, no_document
from tui.ui.widgets.article import ArticleView
from tui.ui.widgets.detail import SpeakerDetail
from tui.ui.widgets.footer import ReaderFooter
from tui.ui.widgets.ledger import LedgerPane
from tui.ui.widgets.legend import Legend
from tui.ui.widgets.panes import FiguresPane, LinkedTable, SourcesPane, SpeakersPane
from tui.ui.widgets.progress import ProgressLine
from tui.ui.widgets.searchbox import SearchBox
from tui.ui.widgets.title import TitleBar

NOT_SAVED_WITHOUT_FILE = SaveState("not saved: no file", ok=False)
NO_FILE_YET = SaveState("no file: nothing to save yet", written=False)
"""Without a file, before any change: nothing is lost yet, so no alarm."""
RESCUE = "e exports it; the Annotation format keeps everything and reopens"
"""Where a review the file does not hold can still go."""
POLL_SECONDS = 0.5
"""How often the log is looked at for another reader's actions (its size: one stat)."""
FOCUS_FRAME_SECONDS = 0.1
"""The longest a move of the focus holds the screen back, waiting to be drawn in one frame."""
FOLD_AFTER_SECONDS = 2.0
"""The YAML is rewritten from the log once the keys have paused this long."""
FOOTER_WHEN_WIDE = frozenset({"note", "speaker", "search", "next_statement", "previous_statement"})
"""Footer keys a narrow terminal leaves out, so that the verdicts, `f`, `e`, `?` (which lists
them all) and `q` show."""


def login_name() -> str:
    """Who reviews when nobody said: the login name, else `analyst`."""
    try:
        return getpass.getuser() or "analyst"
    except (KeyError, OSError, ImportError):
        return "analyst"


def problem(error: OSError | InputError | UnicodeDecodeError) -> str:
    """What went wrong, in a few words: `Permission denied`, `Is a directory` ..."""
    if isinstance(error, OSError):
        return error.strerror or str(error)
    if isinstance(error, InputError):
        return error.problem
    return "the file on disk is not UTF-8"


class ReaderApp(App[None]):
    """Read one article and review it: who said what, on whose authority, with which numbers."""

    CSS_PATH = "reader.tcss"
    TITLE = "whosaid"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    AUTO_FOCUS = "#article"
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [
        (0, "-narrow"),
        (110, "-normal"),
        (180, "-wide"),
    ]

    MOVING: ClassVar[list[BindingType]] = [
        Binding(
            "j,down",
            "next_statement",
            "Next",
            tooltip="Go to the next statement the filter shows.",
            id="next-statement",
        ),
        Binding(
            "k,up",
            "previous_statement",
            "Prev",
            tooltip="Go to the previous statement the filter shows.",
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
            # Run before the next key is routed, so what is typed after `/` goes to the box.
            priority=True,
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
            "L",
            "toggle_ledger",
            "Ledger",
            tooltip="The figures pane as a ledger (who gave which number for what, where sources "
            "disagree), or as the list again.",
            show=False,
            id="ledger",
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
        Binding(
            "q",
            "quit_reader",
            "Quit",
            tooltip="Quit (or ctrl+q): a note being typed is kept; asks if anything would be lost.",
            id="quit",
            # Like `/`, run before the next key is routed: `q/` quits, `qe` opens nothing.
            priority=True,
        ),
    ]
    REVIEWING: ClassVar[list[BindingType]] = [
        Binding(
            "v",
            "verify",
            "Verify",
            tooltip="Mark the current statement verified (✓).",
            id="verify",
        ),
        Binding(
            "d",
            "dispute",
            "Dispute",
            tooltip="Mark the current statement disputed (✗).",
            id="dispute",
        ),
        Binding(
            "u",
            "unverifiable",
            "Unverifiable",
            tooltip="Mark the current statement unverifiable (?).",
            id="unverifiable",
        ),
        Binding(
            "c",
            "clear",
            "Clear mark",
            tooltip="Back to unreviewed: the mark (or 'not a statement') is cleared.",
            show=False,
            id="clear",
        ),
        Binding(
            "x",
            "reject",
            "Not a statement",
            tooltip="The extractor was wrong: dimmed (–), kept as rejected, left out of exports.",
            show=False,
            id="reject",
        ),
        Binding(
            "m",
            "new_statement",
            "New statement",
            tooltip="The search match, grown to its clause, becomes a statement; then its speaker.",
            show=False,
            id="new-statement",
        ),
        Binding(
            "a",
            "note",
            "Note",
            tooltip="Add or edit the note on the current statement.",
            id="note",
        ),
        Binding(
            "s",
            "speaker",
            "Speaker",
            tooltip="Change the speaker of the current statement: pick one or type a new name.",
            id="speaker",
        ),
        Binding(
            "ctrl+z",
            "undo",
            "Undo",
            tooltip="Undo this session's last review action (the log keeps both).",
            show=False,
            id="undo",
        ),
        Binding(
            "H",
            "history",
            "History",
            tooltip="Who did what to the current statement, and when: every reader.",
            show=False,
            id="history",
        ),
        Binding(
            "y",
            "copy",
            "Copy",
            tooltip="Copy the current statement with its citation (through the terminal: SSH too).",
            show=False,
            id="copy",
        ),
        Binding(
            "f",
            "filter",
            "Filter",
            tooltip="What j/k walk: all, unreviewed, the current speaker's, disputed, speech only.",
            id="filter",
        ),
        Binding(
            "e",
            "export",
            "Export",
            tooltip="Export the review: JSON, CSV, Markdown, ClaimReview or the whole annotation.",
            id="export",
        ),
    ]
    BINDINGS: ClassVar[list[BindingType]] = [*REVIEWING, *MOVING]
    """Review keys first: the footer shows them before the others."""

    # The values every pane follows repaint nothing themselves: the widgets bound to them
    # redraw what changed (repainting the app is repainting the whole screen, at every key).
    document: reactive[Document] = reactive(no_document, init=False, repaint=False)
    """The article and its review: replaced, never mutated, by each review action."""
    current: reactive[str | None] = reactive(None, repaint=False)
    """The id of the current statement: the one selection every pane follows."""
    search: reactive[Search] = reactive(Search, repaint=False)
    """The search in the article and its current match."""
    filter: reactive[ReviewFilter] = reactive(ReviewFilter, repaint=False)
    """Which statements `j`/`k` walk."""
    save_state: reactive[SaveState] = reactive(SaveState, repaint=False)
    """Whether the review on screen is the one in the file."""

    def __init__(
        self,
        document: Document,
        annotation_path: Path | None = None,
        reviewer: str | None = None,
        keymap: UserKeymap | None = None,
    ) -> None:
        """Open `document` (as its annotation file holds it), logging each review action
        beside `annotation_path` (None: in memory); the log is replayed first.

        `reviewer` is recorded with each action (default: the login name); `keymap` holds the
        user's own keys (see `tui.ui.keymap`).
        """
        super().__init__()
        self.keymap = keymap or UserKeymap()
        self.set_keymap(self.keymap.keys)
        self.reviewer = reviewer or login_name()
        self.review_log = ReviewLog.open(document, annotation_path, self.reviewer)
        document = self.review_log.document
        self.set_reactive(ReaderApp.document, document)
        self._quitting = False
        """Set when the reader exits: the keys still queued are not acted on."""
        if annotation_path is None:
            state = NO_FILE_YET
        elif self.review_log.path is None:
            state = NOT_SAVED_WITHOUT_FILE
        elif annotation_path.is_file() or self.review_log.path.is_file():
            state = SaveState("saved")
        else:
            state = SaveState("nothing changed yet")
        self.set_reactive(ReaderApp.save_state, state)
        self._fold_timer: Timer | None = None
        self._positions_of: tuple[Document | None, dict[str, int]] = (None, {})
        """The document whose statements' places `_positions` holds, and those places."""
        self._folding = False
        """Whether a rewrite of the YAML is running."""
        resume = review.first_unreviewed(document)
        if resume is not None:
            self.set_reactive(ReaderApp.current, resume.id)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """A notification, with any control character in it (a file name's) written out."""
        super().notify(
            shown(message), title=shown(title), severity=severity, timeout=timeout, markup=markup
        )

    # --- a long article: the garbage collector waits for the first frame -------------------

    def on_load(self) -> None:
        """Making the screen of a long article makes hundreds of thousands of objects, many
        in reference cycles (widgets and their parents): the cyclic collector, run again and
        again as they pile up, took a fifth of the first frame. It waits until it is drawn."""
        self._collecting = gc.isenabled()
        gc.disable()

    def _first_frame_drawn(self) -> None:
        """Collect again; what the first frame made lives as long as the reader (the article,
        its rows) and is set aside (`gc.freeze`), so that a later collection, during a key,
        does not go through it all again."""
        if self._collecting:
            gc.enable()
        gc.freeze()

    def on_unmount(self) -> None:
        gc.unfreeze()  # what the reader made can be collected once it is gone

    def on_mount(self) -> None:
        for problem in self.keymap.problems:
            self.notify(problem, title="Your keys", severity="warning", timeout=15, markup=False)
        self.call_after_refresh(self._first_frame_drawn)
        if not self.document.statements:
            self.notify(
                "No statement found in this article. Search with / and press m to make one.",
                markup=False,
            )
        if self.review_log.unreadable:
            self.notify(
                f"{self.review_log.unreadable} line(s) of {self.review_log.path} are not "
                "review actions (a write cut short?); they were skipped.",
                severity="warning",
                markup=False,
            )
        if self.review_log.path is not None:
            self.set_interval(POLL_SECONDS, self._poll)
        if self.document.orphans:
            count = len(self.document.orphans)
            self.notify(
                f"The article changed: {count} reviewed statement{'' if count == 1 else 's'} "
                "could not be placed in it. Kept with verdict and note: ctrl+p, Orphans.",
                severity="warning",
                markup=False,
                timeout=10,
            )

    def show_orphans(self) -> None:
        """The reviewed statements a changed article could not place."""
        self.push_screen(OrphansScreen(self.document.orphans))

    @property
    def unsaved(self) -> bool:
        """Whether the review on screen has actions the log on disk does not."""
        return self.review_log.unsaved

    def compose(self) -> ComposeResult:
        document = self.document
        bound = (ReaderApp.document, ReaderApp.current)
        yield TitleBar(id="title").data_bind(*bound, ReaderApp.search)
        with Horizontal(id="body"):
            with Vertical(id="reading"):
                yield ArticleView(document, id="article").data_bind(*bound, ReaderApp.search)
                yield Legend(id="legend")
            with Vertical(id="side"):
                yield SpeakersPane(document, id="speakers").data_bind(*bound)
                statement = document.statement(self.current)
                speaker = None if statement is None else statement.speaker
                yield SpeakerDetail(speaker, id="speaker-detail").data_bind(ReaderApp.document)
                yield FiguresPane(document, id="figures").data_bind(*bound)
                yield LedgerPane(document, id="ledger").data_bind(*bound)
        yield SourcesPane(document, id="sources").data_bind(*bound)
        yield SearchBox(placeholder="Search the article", id="search")
        yield ProgressLine(id="progress").data_bind(
            ReaderApp.document, ReaderApp.filter, ReaderApp.save_state
        )
        yield ReaderFooter(FOOTER_WHEN_WIDE, compact=True)

    @classmethod
    def help_groups(cls) -> list[HelpGroup]:
        """The keys that work, by where they work: what the help screen lists."""
        return [
            ("Anywhere", cls.MOVING),
            ("Review", cls.REVIEWING),
            ("Article", ArticleView.BINDINGS),
            ("Speakers, figures, sources", LinkedTable.BINDINGS),
            ("Search box", SearchBox.BINDINGS),
            ("Note editor", NoteEditor.BINDINGS),
        ]

    @classmethod
    def binding_ids(cls) -> set[str]:
        """The ids a user keymap may give keys to: every binding the help lists, and the key
        back to the library (that of a reader opened from one)."""
        groups = [*cls.help_groups(), ("Help", HelpScreen.BINDINGS)]
        ids = {b.id for _, bindings in groups for b in bindings if isinstance(b, Binding) and b.id}
        return ids | {BACK_TO_LIBRARY}

    # --- moving through the statements ------------------------------------------------------

    def action_next_statement(self) -> None:
        self._step(+1)

    def action_previous_statement(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        """To the next (or previous) statement the filter shows; at the end, stay. With none
        current (after paging past them, or a match outside them), from the top of the view."""
        shown = self._shown()
        if not shown:
            return
        current = self.document.statement(self.current)
        if current is None:
            top = self.query_one(ArticleView).top_offset()
            ahead = [s for s in shown if (s.span[0] >= top if delta > 0 else s.span[0] < top)]
            ahead = ahead or list(shown)
            target: Statement | None = ahead[0] if delta > 0 else ahead[-1]
        else:
            # What the filter shows is in the article's order: the neighbours by bisection.
            position = self._positions()
            here, where = position[current.id], lambda s: position[s.id]
            if delta > 0:
                n = bisect_right(shown, here, key=where)
                target = shown[n] if n < len(shown) else None
            else:
                n = bisect_left(shown, here, key=where)
                target = shown[n - 1] if n else None
        if target is None:
            self.bell()
            return
        self.current = target.id

    def _positions(self) -> dict[str, int]:
        """Each statement's place in the article's order, made once per document."""
        if self._positions_of[0] is not self.document:
            positions = {s.id: n for n, s in enumerate(self.document.statements)}
            self._positions_of = (self.document, positions)
        return self._positions_of[1]

    def action_filter(self) -> None:
        """The next filter; the speaker filter keeps to the current statement's speaker."""
        statement = self.document.statement(self.current)
        self.filter = self.filter.following(None if statement is None else statement.speaker)
        self._shown()

    def _shown(self) -> tuple[Statement, ...]:
        """The statements the filter shows; a word when it shows none."""
        shown = self.filter.statements(self.document)
        if not shown and self.document.statements:
            self.notify(
                f"No statement to walk: the filter is {self.filter.describe(self.document)}. "
                "Press f for the next filter.",
                severity="warning",
                markup=False,
            )
        return shown

    @on(StatementChosen)
    def _statement_chosen(self, message: StatementChosen) -> None:
        self.current = message.statement_id

    @on(DataTable.RowHighlighted, "#speakers")
    def _speaker_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """The detail line shows the speaker under the cursor, whole."""
        self.query_one(SpeakerDetail).speaker_id = event.row_key.value

    @on(ViewMoved)
    def _view_moved(self, message: ViewMoved) -> None:
        """Paged: what is in view is what is reviewed."""
        self.current = message.statement_id

    @on(SpeakerChosen)
    def _speaker_chosen(self, message: SpeakerChosen) -> None:
        """The speaker's first statement; if the current one is theirs, their next one."""
        ids = [s.id for s in self.document.statements_of(message.speaker_id)]
        if not ids:
            self.notify(
                "This speaker is only mentioned: no statement.", severity="warning", markup=False
            )
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
            self.current = None
            self.query_one(ArticleView).show_span(figure.span)
            self.notify(
                "This figure is not part of a statement: none is current now.",
                severity="warning",
                markup=False,
            )

    def action_toggle_ledger(self) -> None:
        """The figures pane shows the ledger, or the list again; the focus follows."""
        side = self.query_one("#side")
        had_focus = self.focused in (self.query_one(FiguresPane), self.query_one(LedgerPane))
        self.query_one(LedgerPane).fill()
        side.toggle_class("-ledger")
        if had_focus:
            pane = LedgerPane if side.has_class("-ledger") else FiguresPane
            self.query_one(pane).focus()

    # --- search -----------------------------------------------------------------------------

    def action_search(self) -> None:
        box = self.query_one(SearchBox)
        box.add_class("-open")
        # At once, not with focus() (which waits its turn in the queue): letters typed right
        # after `/` must reach the box, never the review keys.
        self.screen.set_focus(box)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Nothing more once the reader is quitting (keys typed right after `q` do nothing).
        In a text box `/` and `q` (priority keys) are letters; `/` searches only the reader."""
        if self._quitting:
            return False
        if action in ("search", "quit_reader"):
            in_reader = action == "quit_reader" or self.screen is self.screen_stack[0]
            return in_reader and not isinstance(self.focused, Input | TextArea)
        return True

    # --- tab: the focus moves in one frame ----------------------------------------------------

    def action_focus_next(self) -> None:
        self._move_focus(self.screen.focus_next)

    def action_focus_previous(self) -> None:
        self._move_focus(self.screen.focus_previous)

    def _move_focus(self, move: Callable[[], Widget | None]) -> None:
        """Move the focus, drawn in one frame. The pane that loses it and the one that gets
        it restyle each when it reads its own event (blur, focus): a frame drawn in between
        made a `tab` two or three frames, each waited for. Drawing waits until both have
        read theirs (at most FOCUS_FRAME_SECONDS)."""
        screen = self.screen  # the reader may be gone (quit) by the time it is drawn
        before = screen.focused
        batch = ExitStack()
        batch.enter_context(self.batch_update())
        after = move()
        # The footer (none in a dialog) shows the focused widget's keys when it reads that
        # they changed.
        footers = list(screen.query(ReaderFooter))
        waiting = {widget for widget in (before, after, *footers) if widget is not None}

        def read(widget: Widget | None = None) -> None:
            """`widget` read its event (None: waited long enough); drawn once all have."""
            if widget is None:
                waiting.clear()
            else:
                waiting.discard(widget)
            if not waiting:
                batch.close()  # closed once: closing it again does nothing
                screen.check_idle()

        for widget in list(waiting):
            widget.call_later(read, widget)
        self.set_timer(FOCUS_FRAME_SECONDS, read)

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
            self.notify("No match.", severity="warning", markup=False)

    def action_next_match(self) -> None:
        self._step_match(+1)

    def action_previous_match(self) -> None:
        self._step_match(-1)

    def _step_match(self, delta: int) -> None:
        if not self.search.matches:
            self.notify("Nothing to go to: press / to search.", severity="warning", markup=False)
            return
        self._go_to_match(self.search.step(delta))

    def _go_to_match(self, search: Search) -> None:
        """Make `search`'s match current, and the statement holding it (none: none is)."""
        match = search.current
        self.current = None if match is None else self.query_one(ArticleView).statement_at(match[0])
        self.search = search

    def _here(self) -> int:
        """Where a new search starts looking: the start of the current statement, else the
        top of the view."""
        statement = self.document.statement(self.current)
        if statement is None:
            return self.query_one(ArticleView).top_offset()
        return statement.span[0]

    # --- reviewing --------------------------------------------------------------------------

    def action_verify(self) -> None:
        self._mark("verified")

    def action_dispute(self) -> None:
        self._mark("disputed")

    def action_unverifiable(self) -> None:
        self._mark("unverifiable")

    def action_clear(self) -> None:
        self._mark("unreviewed")

    def action_reject(self) -> None:
        self._mark("rejected")

    def _mark(self, status: ReviewStatus) -> None:
        statement = self._statement()
        if statement is not None:
            self._recorded(self.review_log.set_status(statement.id, status), statement.id)

    def action_note(self) -> None:
        """The note editor on the current statement; the note is saved when it changed."""
        statement = self._statement()
        if statement is None:
            return

        def edited(note: str | None) -> None:
            if note is not None:
                self._set_note(statement.id, note)

        self.push_screen(NoteEditor.for_statement(self.document, statement.id), edited)

    def _set_note(self, statement_id: str, note: str) -> None:
        """Save the note on a statement, if it changed."""
        action = self.review_log.set_note(statement_id, note)
        self._recorded(action, statement_id, f'Your note, not saved: "{note}".')

    def action_speaker(self) -> None:
        """Pick the current statement's speaker, or name a new one."""
        statement = self._statement()
        if statement is None:
            return

        def picked(speaker_id: str | None, name: str | None, typed: TypedSpeaker | None) -> None:
            action = self.review_log.set_speaker(statement.id, speaker_id, name, typed)
            self._recorded(action, statement.id)

        self._pick_speaker(f"Speaker of {statement.id}", statement.speaker, picked)

    def action_new_statement(self) -> None:
        """The current search match, grown to its clause, becomes a statement; then its speaker."""
        match = self.search.current
        if match is None:
            self.notify(
                "Search first: / and a few words of it, then m makes their clause a statement.",
                severity="warning",
                markup=False,
            )
            return
        holder = next(
            (
                s
                for s in self.document.statements
                if s.span[0] <= match[0] < s.span[1] and s.review.status != "rejected"
            ),
            None,
        )
        if holder is not None:
            self.notify(
                f"This match is already part of {holder.id}.", severity="warning", markup=False
            )
            return
        taken = [s.span for s in self.document.statements if s.review.status != "rejected"]
        text = self.document.article.text
        span = review.clause_around(text, match, taken)
        kind = review.kind_at(text, span)

        def picked(speaker_id: str | None, name: str | None, typed: TypedSpeaker | None) -> None:
            log = self.review_log
            action = self._recorded(log.add_statement(span, speaker_id, name, typed, kind))
            if action is not None:
                self.current = action.statement

        title = f"Who said it? A new {kind} statement"
        self._pick_speaker(title, None, picked, quote=" ".join(text[span[0] : span[1]].split()))

    def _pick_speaker(
        self,
        title: str,
        current: str | None,
        then: Callable[[str | None, str | None, TypedSpeaker | None], None],
        *,
        quote: str = "",
    ) -> None:
        """Ask for a speaker (of `quote`, shown when given); `then` gets its id, or the name
        of a new one, and the role and kind given to a new one."""

        def chosen(choice: SpeakerChoice | None) -> None:
            if choice is None:
                return
            if choice.speaker_id is not None:
                then(choice.speaker_id, None, None)
            elif choice.new_name:
                then(None, choice.new_name, (choice.role, choice.kind))

        picker = SpeakerPicker(self.document.speakers, current, title=title, quote=quote)
        self.push_screen(picker, chosen)

    def _statement(self) -> Statement | None:
        """The current statement, or None (and a word) when there is none."""
        statement = self.document.statement(self.current)
        if statement is None:
            where = "The search match is" if self.search.current else "What is in view is"
            self.notify(
                f"{where} in no statement: nothing to act on. j goes to the next statement"
                + (", m makes the match one." if self.search.current else "."),
                severity="warning",
                markup=False,
            )
        return statement

    def action_copy(self) -> None:
        """The current statement and its citation to the clipboard, by the terminal (OSC 52)."""
        statement = self._statement()
        if statement is not None:
            self.copy_to_clipboard(citation(self.document, statement))
            self.notify(f"Copied {statement.id} with its citation.", markup=False)

    def action_undo(self) -> None:
        """Undo this session's last action: one more action in the log, never a line taken out."""
        action = self._recorded(self.review_log.undo())
        theirs = self.review_log.overtaken
        if theirs is not None:
            self.notify(
                f"Not undone: {theirs.reviewer or 'another reader'} changed {theirs.statement} "
                f"since ({theirs.describe(self.document)}); theirs stays. ctrl+z again undoes "
                "your action before it.",
                title="Undo",
                severity="warning",
                markup=False,
            )
            return
        if action is None:
            self.notify("Nothing of this session left to undo.", severity="warning", markup=False)
            return
        if self.document.statement(action.statement) is not None:
            self.current = action.statement
        done = replace(action, undoes=None).describe(self.document)  # "undone" says "undo:"
        self.notify(
            f"Undone on {action.statement}: {done}.",
            title="Undo",
            markup=False,
        )

    def action_history(self) -> None:
        """Who did what to the current statement, and when."""
        statement = self._statement()
        if statement is not None:
            actions = self.review_log.history(statement.id)
            self.push_screen(HistoryScreen(statement.id, actions, self.document))

    # --- saving -----------------------------------------------------------------------------

    def _show_review(self) -> None:
        """Show the review the log now holds; if the current statement was taken back (an
        undo, here or by another reader), go on from the statement next to where it was (on
        a long article the first unreviewed one may be far away)."""
        document = self.review_log.document
        gone = self.document.statement(self.current)
        if gone is not None and document.statement(gone.id) is None:
            statements = document.statements
            n = bisect_left(statements, gone.span[0], key=lambda s: s.span[0])
            self.current = statements[min(n, len(statements) - 1)].id if statements else None
        self.document = document

    def _recorded(
        self, action: Action | None, on: str | None = None, lost: str = ""
    ) -> Action | None:
        """Show the review the log now holds, and whether the action is on disk. An action
        on statement `on` that another reader took back meanwhile is not done: a word says
        so (with `lost`, what the user typed for it)."""
        self._show_review()
        if action is None:
            if on is not None and self.document.statement(on) is None:
                self.notify(
                    f"{on} was taken back by another reader: not saved. {lost}".strip(),
                    severity="warning",
                    timeout=30 if lost else None,
                    markup=False,
                )
            return None
        if self.review_log.path is None:
            self.save_state = NOT_SAVED_WITHOUT_FILE
        elif self.review_log.pending:
            self._not_saved(
                problem(self.review_log.problem or OSError("the log cannot be written"))
            )
        else:
            self.save_state = SaveState("saved")
            self._fold_soon()
        return action

    def _not_saved(self, reason: str) -> None:
        """The review goes on in memory; the next action tries again."""
        self.save_state = SaveState(shown(f"NOT SAVED: {reason}"), ok=False)
        self.notify(
            f"Could not save to {self.review_log.path}: {reason}. The review goes on in memory and "
            f"the next change tries again; meanwhile {RESCUE}.",
            title="Not saved",
            severity="error",
            timeout=30,
            markup=False,
        )

    def _poll(self) -> None:
        """Show another reader's actions as soon as their log lines are there."""
        if not self.review_log.changed_on_disk():
            return
        theirs = self.review_log.catch_up()
        if not theirs:
            return
        self._show_review()
        shown = "; ".join(
            f"{a.reviewer or 'someone'}: {a.statement} {a.describe(self.document)}"
            for a in theirs[-3:]
        )
        more = f" (and {len(theirs) - 3} more)" if len(theirs) > 3 else ""
        self.notify(shown + more, title="Another reader", markup=False)

    def _fold_soon(self) -> None:
        """Rewrite the YAML from the log once the keys pause (a burst of keys: one rewrite)."""
        if self._fold_timer is not None:
            self._fold_timer.stop()
        self._fold_timer = self.set_timer(FOLD_AFTER_SECONDS, self._fold_in_background)

    def _fold_in_background(self) -> None:
        """One rewrite at a time: one still running is followed by another when it is done."""
        log = self.review_log
        if log.annotation is not None and not log.pending and not self._folding:
            self._folding = True
            self._fold(log.annotation, log.document, log.offset)

    @work(thread=True, group="fold", exit_on_error=False)
    def _fold(self, annotation: Path, document: Document, offset: int) -> None:
        """The YAML rewritten from the log, in a thread that waits for another process to do
        it: the screen never waits for it, nor do the keys."""
        try:
            folded = fold_elsewhere(annotation, document, offset)
        except OSError as error:
            self._from_thread(self._folded, None, problem(error))
        else:
            self._from_thread(self._folded, folded, None)

    def _folded(self, offset: int | None, failure: str | None) -> None:
        self._folding = False
        if failure is not None:
            self._fold_failed(failure)
            return
        if offset is not None:
            self.review_log.folded_to(offset)
        if (self.review_log.folded or 0) < self.review_log.offset:  # actions came meanwhile
            self._fold_soon()

    def _from_thread(self, callback: Callable[..., object], *args: object) -> None:
        """`call_from_thread`, unless the reader has quit meanwhile (it rewrote the YAML)."""
        try:
            self.call_from_thread(callback, *args)
        except RuntimeError:
            pass

    def _fold_failed(self, reason: str) -> None:
        assert self.review_log.annotation is not None
        self.notify(
            f"Could not rewrite {self.review_log.annotation}: {reason}. Every action is in "
            f"{self.review_log.path}; the next action tries again.",
            title="Annotation not rewritten",
            severity="warning",
            timeout=30,
            markup=False,
        )

    # --- screens ----------------------------------------------------------------------------

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.help_groups(), self.keymap))

    async def action_quit(self) -> None:
        """Quit, losing nothing typed: a note being written is saved as the note first; a
        speaker being typed, or a review the file does not hold, is asked about."""
        kept = await self._keep_note_drafts()
        worries = []
        if any(isinstance(s, SpeakerPicker) and s.typed for s in self.screen_stack):
            worries.append("the speaker you typed is not picked yet")
        if self.unsaved:
            worries.append(f"this review is not in its file ({self.save_state.text})")
        if not worries:
            self._leave(" ".join(filter(None, (kept, self._fold_now()))))
            return

        def answered(quit_anyway: bool | None) -> None:
            if quit_anyway:
                self._leave("")

        worry = "; ".join(worries)
        question = f"Quit anyway? {worry[0].upper()}{worry[1:]}. (n, then {RESCUE}.)"
        self.push_screen(Confirm(question), answered)

    def _fold_now(self) -> str:
        """Rewrite the YAML from the log before quitting; a word if it cannot be."""
        try:
            self.review_log.fold()
        except OSError as error:
            return (
                f"Could not rewrite {self.review_log.annotation}: {problem(error)}; every "
                f"action is in {self.review_log.path} and is read again at the next open."
            )
        return ""

    async def action_quit_reader(self) -> None:
        """`q` in the reader: quit (`action_quit`)."""
        await self.action_quit()

    def _leave(self, message: str) -> None:
        """Exit, saying `message` (if any) on the terminal left behind; act on no more keys."""
        self._quitting = True
        self.exit(message=Text(shown(message)) if message else None)

    async def _keep_note_drafts(self) -> str:
        """Save the note being written (if it changed) and close its editor; say what was kept."""
        editors = [s for s in self.screen_stack if isinstance(s, NoteEditor) and s.changed]
        if not editors:
            return ""
        for editor in editors:
            self._set_note(editor.statement_id, editor.text)
        while any(isinstance(s, NoteEditor) for s in self.screen_stack):
            await self.pop_screen()
        ids = ", ".join(editor.statement_id for editor in editors)
        if self.review_log.annotation is None or self.unsaved:
            said = f"Your note on {ids} is kept, in memory only."
        else:
            said = f"Your note on {ids} was saved to {self.review_log.annotation}."
        self.notify(said, title="Note kept", markup=False)
        return said

    def action_export(self) -> None:
        """Export to a file: beside the annotation file (or here), named after the article.

        While the file does not hold the review, the Annotation format comes first: the
        whole review, to reopen. The article and its review are never export targets.
        """
        annotation = self.review_log.annotation
        folder = Path() if annotation is None else annotation.parent
        protected = []
        if annotation is not None and self.review_log.path is not None:
            protected += [annotation, self.review_log.path]
            if self.document.article.file:
                protected.append(annotation.parent / self.document.article.file)
        fmt = "annotation" if self.unsaved else "json"
        dialog = ExportDialog(
            folder / self.document.article.id,
            fmt,
            protected=protected,
            has_url=bool(self.document.article.url),
        )
        self.push_screen(dialog, self._export)

    def _export(self, request: ExportRequest | None) -> None:
        if request is None:
            return
        name = FORMATS[request.fmt].label
        document = self.document
        if request.url:  # typed for this export; the annotation is left as it is
            document = replace(document, article=replace(document.article, url=request.url))
        try:
            write_output(request.path, export(document, request.fmt))
        except (OSError, InputError, ExportError) as error:
            why = str(error) if isinstance(error, ExportError) else problem(error)
            self.notify(
                f"Could not export to {request.path}: {why}",
                title="Not exported",
                severity="error",
                timeout=30,
                markup=False,
            )
        else:
            self.notify(f"{name} exported to {request.path}", title="Exported", markup=False)
