"""ReaderApp: the layout, the keys, and the two values every pane follows.

`document` is the article and its review; `current` the statement being read. Review keys
make a new document with `tui.core.review` and hand it to `_apply`, which saves it at once.
Notifications are never markup (`markup=False`): they quote ids, names and paths from files.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.widgets import Input, TextArea

from tui.core import review
from tui.core.errors import InputError
from tui.core.export import FORMATS, export
from tui.core.model import Document, ReviewStatus, Statement
from tui.core.session import SaveResult, Session
from tui.core.store import atomic_write
from tui.ui.commands import ReaderCommands
from tui.ui.messages import FigureChosen, SpeakerChosen, StatementChosen
from tui.ui.screens.confirm import Confirm
from tui.ui.screens.export_dialog import ExportDialog, ExportRequest
from tui.ui.screens.help import HelpGroup, HelpScreen
from tui.ui.screens.note_editor import NoteEditor
from tui.ui.screens.orphans import OrphansScreen
from tui.ui.screens.speaker_picker import SpeakerChoice, SpeakerPicker
from tui.ui.search import Search
from tui.ui.state import ReviewFilter, SaveState, no_document
from tui.ui.widgets.article import ArticleView
from tui.ui.widgets.footer import ReaderFooter
from tui.ui.widgets.legend import Legend
from tui.ui.widgets.panes import FiguresPane, LinkedTable, SourcesPane, SpeakersPane
from tui.ui.widgets.progress import ProgressLine
from tui.ui.widgets.searchbox import SearchBox
from tui.ui.widgets.title import TitleBar

NOT_SAVED_WITHOUT_FILE = SaveState("not saved: no file", ok=False)
RESCUE = "e exports it; the Annotation format keeps everything and reopens"
"""Where a review the file does not hold can still go."""
FOOTER_WHEN_WIDE = frozenset({"filter", "export", "next_statement", "previous_statement"})
"""Footer keys a narrow terminal leaves out, so that `?` (which lists them all) and `q` show."""


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
            "quit",
            "Quit",
            tooltip="Quit (or ctrl+q): a note being typed is kept; asks if anything would be lost.",
            id="quit",
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

    document: reactive[Document] = reactive(no_document, init=False)
    """The article and its review: replaced, never mutated, by each review action."""
    current: reactive[str | None] = reactive(None)
    """The id of the current statement: the one selection every pane follows."""
    search: reactive[Search] = reactive(Search)
    """The search in the article and its current match."""
    filter: reactive[ReviewFilter] = reactive(ReviewFilter)
    """Which statements `j`/`k` walk."""
    save_state: reactive[SaveState] = reactive(SaveState)
    """Whether the review on screen is the one in the file."""

    def __init__(
        self,
        document: Document,
        annotation_path: Path | None = None,
        reviewer: str | None = None,
    ) -> None:
        """Open `document`, saving each review action to `annotation_path` (None: in memory).

        `reviewer` is recorded with each verdict (default: the login name).
        """
        super().__init__()
        self.set_reactive(ReaderApp.document, document)
        self.reviewer = reviewer or login_name()
        self.session = None if annotation_path is None else Session(annotation_path, document)
        self._opened = document
        """The document as opened: without a file, any other one is a review not saved."""
        if annotation_path is None:
            state = NOT_SAVED_WITHOUT_FILE
        elif annotation_path.is_file():
            state = SaveState("saved")
        else:
            state = SaveState("nothing changed yet")
        self.set_reactive(ReaderApp.save_state, state)
        resume = review.first_unreviewed(document)
        if resume is not None:
            self.set_reactive(ReaderApp.current, resume.id)

    def on_mount(self) -> None:
        if not self.document.statements:
            self.notify(
                "No statement found in this article. Search with / and press m to make one.",
                markup=False,
            )
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
        """Whether the review on screen has changes the file does not."""
        if self.session is None:
            return self.document is not self._opened
        return self.document is not self.session.base

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
                yield FiguresPane(document, id="figures").data_bind(*bound)
        yield SourcesPane(document, id="sources").data_bind(*bound)
        yield SearchBox(placeholder="Search the article", id="search")
        yield ProgressLine(id="progress").data_bind(
            ReaderApp.document, ReaderApp.filter, ReaderApp.save_state
        )
        yield ReaderFooter(FOOTER_WHEN_WIDE, compact=True)

    def help_groups(self) -> list[HelpGroup]:
        """The keys that work, by where they work: what the help screen lists."""
        return [
            ("Anywhere", self.MOVING),
            ("Review", self.REVIEWING),
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
        """To the next (or previous) statement the filter shows; at the end, stay."""
        document = self.document
        shown = self._shown()
        if not shown:
            return
        order = {statement.id: n for n, statement in enumerate(document.statements)}
        here = order.get(self.current or "")
        if here is None:
            self.current = (shown[0] if delta > 0 else shown[-1]).id
            return
        ahead = [s for s in shown if (order[s.id] - here) * delta > 0]
        if not ahead:
            self.bell()
            return
        self.current = (ahead[0] if delta > 0 else ahead[-1]).id

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
            self.query_one(ArticleView).show_span(figure.span)
            self.notify("This figure is not part of a statement.", severity="warning", markup=False)

    # --- search -----------------------------------------------------------------------------

    def action_search(self) -> None:
        box = self.query_one(SearchBox)
        box.add_class("-open")
        # At once, not with focus() (which waits its turn in the queue): letters typed right
        # after `/` must reach the box, never the review keys.
        self.screen.set_focus(box)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`/` (a priority key) searches only from the reader; in a text box it is a slash."""
        if action == "search":
            return self.screen is self.screen_stack[0] and not isinstance(
                self.focused, Input | TextArea
            )
        return True

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
            self._apply(
                review.set_status(self.document, statement.id, status, self.reviewer, review.now())
            )

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
        statement = self.document.statement(statement_id)
        if statement is not None and note != statement.review.note:
            when = review.now()
            self._apply(review.set_note(self.document, statement_id, note, self.reviewer, when))

    def action_speaker(self) -> None:
        """Pick the current statement's speaker, or name a new one."""
        statement = self._statement()
        if statement is None:
            return

        def picked(document: Document, speaker_id: str) -> None:
            when = review.now()
            self._apply(review.set_speaker(document, statement.id, speaker_id, self.reviewer, when))

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
        span = review.clause_around(self.document.article.text, match, taken)

        def picked(document: Document, speaker_id: str) -> None:
            when = review.now()
            document, statement = review.add_statement(
                document, span, speaker_id, self.reviewer, when
            )
            self._apply(document)
            self.current = statement.id

        self._pick_speaker("Who said it? (new statement)", None, picked)

    def _pick_speaker(
        self, title: str, current: str | None, then: Callable[[Document, str], None]
    ) -> None:
        """Ask for a speaker; `then` gets the document (with the speaker, if new) and its id."""

        def chosen(choice: SpeakerChoice | None) -> None:
            if choice is None:
                return
            if choice.speaker_id is not None:
                then(self.document, choice.speaker_id)
            elif choice.new_name:
                document, speaker = review.add_speaker(self.document, choice.new_name)
                then(document, speaker.id)

        self.push_screen(SpeakerPicker(self.document.speakers, current, title=title), chosen)

    def _statement(self) -> Statement | None:
        """The current statement, or None (and a word) when there is none."""
        statement = self.document.statement(self.current)
        if statement is None:
            self.notify("No statement here to review.", severity="warning", markup=False)
        return statement

    # --- saving -----------------------------------------------------------------------------

    def _apply(self, document: Document) -> None:
        """Show the document a review action made, and save it at once."""
        if document is self.document:
            return
        self.document = document
        if self.session is None:
            self.save_state = NOT_SAVED_WITHOUT_FILE
            return
        try:
            result = self.session.save(document)
        except (OSError, InputError, UnicodeDecodeError) as error:
            self._not_saved(problem(error))
        else:
            self._saved(result)

    def _saved(self, result: SaveResult) -> None:
        """Adopt what is on disk now; say when it holds changes from another session."""
        self.save_state = SaveState("saved")
        if not result.merged:
            return
        self.document = result.document
        self.notify("Merged changes made on disk by another session.", title="Merged", markup=False)
        if result.conflicts:
            self.notify(
                f"Changed on disk by another session too: {', '.join(result.conflicts)}. "
                f"The file keeps their version; yours is in {result.conflict_path}.",
                title="Conflict",
                severity="warning",
                timeout=30,
                markup=False,
            )

    def _not_saved(self, reason: str) -> None:
        """The review goes on in memory; the next action tries again."""
        assert self.session is not None
        self.save_state = SaveState(f"NOT SAVED: {reason}", ok=False)
        self.notify(
            f"Could not save {self.session.path}: {reason}. The review goes on in memory and "
            f"the next change tries again; meanwhile {RESCUE}.",
            title="Not saved",
            severity="error",
            timeout=30,
            markup=False,
        )

    # --- screens ----------------------------------------------------------------------------

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.help_groups()))

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
            self.exit(message=Text(kept) if kept else None)
            return

        def answered(quit_anyway: bool | None) -> None:
            if quit_anyway:
                self.exit()

        worry = "; ".join(worries)
        question = f"Quit anyway? {worry[0].upper()}{worry[1:]}. (n, then {RESCUE}.)"
        self.push_screen(Confirm(question), answered)

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
        if self.session is None or self.unsaved:
            said = f"Your note on {ids} is kept, in memory only."
        else:
            said = f"Your note on {ids} was saved to {self.session.path}."
        self.notify(said, title="Note kept", markup=False)
        return said

    def action_export(self) -> None:
        """Export to a file: beside the annotation file (or here), named after the article.

        While the file does not hold the review, the Annotation format comes first: the
        whole review, to reopen. The article and its review are never export targets.
        """
        folder = Path() if self.session is None else self.session.path.parent
        protected = []
        if self.session is not None:
            protected.append(self.session.path)
            if self.document.article.file:
                protected.append(self.session.path.parent / self.document.article.file)
        fmt = "annotation" if self.unsaved else "json"
        dialog = ExportDialog(folder / self.document.article.id, fmt, protected=protected)
        self.push_screen(dialog, self._export)

    def _export(self, request: ExportRequest | None) -> None:
        if request is None:
            return
        name = FORMATS[request.fmt].label
        try:
            atomic_write(request.path, export(self.document, request.fmt))
        except OSError as error:
            self.notify(
                f"Could not export to {request.path}: {problem(error)}",
                title="Not exported",
                severity="error",
                timeout=30,
                markup=False,
            )
        else:
            self.notify(f"{name} exported to {request.path}", title="Exported", markup=False)
