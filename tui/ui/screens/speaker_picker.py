"""The speaker picker: type to filter the article's speakers, pick one or name a new one.

What was typed decides: a speaker whose name (or alias) it is comes first; then names holding
it; then, unless it is someone's name already, the new speaker it names; then the speakers it
matches only by role. A new speaker gets its role and kind in the same dialog."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, RadioButton, RadioSet, Static
from textual.widgets.option_list import Option

from tui.core.model import SPEAKER_KINDS, Speaker, SpeakerKind

NEW_SPEAKER_KIND: SpeakerKind = "person"
"""The kind a typed speaker starts with: most sources typed in by hand are people."""


@dataclass(frozen=True, slots=True)
class SpeakerChoice:
    """An existing speaker (`speaker_id`) or a new one to create (`new_name`, with the role
    and kind the analyst gave it)."""

    speaker_id: str | None = None
    new_name: str | None = None
    role: str | None = None
    kind: SpeakerKind = NEW_SPEAKER_KIND


def clean_name(typed: str) -> str:
    """A typed name with its spaces collapsed: '  Jane   Doe ' -> 'Jane Doe'."""
    return " ".join(typed.split())


def rank(speaker: Speaker, typed: str) -> int | None:
    """How well `typed` matches (case-insensitively): 0 it is the name or an alias, 1 the
    name or an alias holds it, 2 only the role does; None: no match."""
    needle = clean_name(typed).casefold()
    names = [name.casefold() for name in (speaker.name, *speaker.aliases)]
    if needle in names:
        return 0
    if any(needle in name for name in names):
        return 1
    return 2 if needle in (speaker.role or "").casefold() else None


def is_named(speakers: Sequence[Speaker], typed: str) -> bool:
    """Whether `typed` is already a speaker's name or alias (so no new speaker is offered)."""
    return any(rank(speaker, typed) == 0 for speaker in speakers)


def speaker_label(speaker: Speaker) -> Text:
    """One line of the list: name, then role and kind, all as plain text."""
    label = Text.assemble((speaker.name, "bold"))
    if speaker.role:
        label.append(" · ")
        label.append(speaker.role)
    label.append(f"  ({speaker.kind})", style="dim")
    return label


class KindSet(RadioSet, inherit_bindings=False):
    """The kinds of source in one row: an arrow key moves the choice, enter creates."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,up", "choose(-1)", "Previous kind", show=False, id="kind-previous"),
        Binding("right,down", "choose(1)", "Next kind", show=False, id="kind-next"),
        Binding("enter", "submit", "Create", show=False, id="kind-create"),
    ]

    class Submitted(RadioSet.Changed):
        """Enter on the kinds: create the new speaker."""

    def action_choose(self, step: int) -> None:
        if step > 0:
            self.action_next_button()
        else:
            self.action_previous_button()
        self.action_toggle_button()

    def action_submit(self) -> None:
        button = self.pressed_button
        if button is not None:
            self.post_message(self.Submitted(self, button))


class SpeakerPicker(ModalScreen[SpeakerChoice | None]):
    """Pick a speaker: `enter` picks the highlighted one, `escape` cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="picker-cancel"),
        Binding("down", "move(1)", "Next", show=False, id="picker-down"),
        Binding("up", "move(-1)", "Previous", show=False, id="picker-up"),
    ]

    def __init__(
        self,
        speakers: Sequence[Speaker],
        current: str | None = None,
        *,
        title: str = "Speaker",
        quote: str = "",
    ) -> None:
        """`speakers` in the order to list them; `current` is the id to highlight first;
        `quote` the words whose speaker is asked for (shown as plain text when given)."""
        super().__init__()
        self.speakers = tuple(speakers)
        self.current = current
        self.title_text = title
        self.quote = quote

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-box") as box:
            box.border_title = Content(self.title_text)
            if self.quote:
                with VerticalScroll(id="picker-quote"):
                    yield Static(Text.assemble("“", (self.quote, "italic"), "”"))
            yield Input(placeholder="Type to filter, or a new name", id="picker-input")
            options = OptionList(id="picker-list", markup=False)
            options.can_focus = False  # ↑↓ move it from the box; tab goes to role and kind
            yield options
            with Vertical(id="picker-new"):
                with Horizontal(classes="picker-field"):
                    yield Label(Content("Role"))
                    yield Input(placeholder="optional: Senator, spokesman of X", id="picker-role")
                with Horizontal(classes="picker-field"):
                    yield Label(Content("Kind"))
                    with KindSet(id="picker-kind"):
                        for kind in SPEAKER_KINDS:
                            yield RadioButton(kind, kind == NEW_SPEAKER_KIND, name=kind)
            yield Static(Content(""), id="picker-keys")

    def on_mount(self) -> None:
        self._refill("")
        self.query_one("#picker-input", Input).focus()

    @property
    def typed(self) -> str:
        """What is typed in the box, as a name: '' when nothing is."""
        return clean_name(self.query_one("#picker-input", Input).value)

    def _refill(self, typed: str) -> None:
        """List the speakers matching `typed`, best first, with the new speaker it names.

        With nothing typed, the current speaker is highlighted; else the first line. A
        speaker's option has the speaker's id; the new-speaker line has none, so no speaker
        id (whatever a file holds) can be taken for it.
        """
        options = self.query_one("#picker-list", OptionList)
        new_name = clean_name(typed)
        ranked = sorted(
            (r, n, s)
            for n, s in enumerate(self.speakers)
            if (r := rank(s, new_name) if new_name else 1) is not None
        )
        listed = [Option(speaker_label(s), id=s.id) for r, _, s in ranked if r < 2]
        if new_name and not is_named(self.speakers, new_name):
            label = Text.assemble(("New speaker: ", "italic"), f"“{new_name}”")
            listed.append(Option(label))
        listed += [Option(speaker_label(s), id=s.id) for r, _, s in ranked if r == 2]
        options.set_options(listed)
        ids = [option.id for option in listed]
        if listed:
            options.highlighted = (
                ids.index(self.current) if not typed and self.current in ids else 0
            )
        self._show_new_fields()

    def _show_new_fields(self) -> None:
        """Role and kind show while the new-speaker line is highlighted."""
        new = self.new_highlighted
        self.query_one("#picker-new").display = new
        keys = "↑↓ move    enter pick    escape cancel"
        if new:
            keys = "↑↓ move    tab role, kind    enter create    escape cancel"
        self.query_one("#picker-keys", Static).update(Content(keys))

    @property
    def new_highlighted(self) -> bool:
        option = self.query_one("#picker-list", OptionList).highlighted_option
        return option is not None and option.id is None

    @on(Input.Changed, "#picker-input")
    def _filter(self, event: Input.Changed) -> None:
        self._refill(event.value)

    @on(OptionList.OptionHighlighted, "#picker-list")
    def _highlighted(self) -> None:
        self._show_new_fields()

    def action_move(self, step: int) -> None:
        """Move the highlight in the list while typing in the box."""
        options = self.query_one("#picker-list", OptionList)
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    @on(Input.Submitted, "#picker-input")
    @on(Input.Submitted, "#picker-role")
    @on(KindSet.Submitted)
    def _submit(self) -> None:
        self._pick(self.query_one("#picker-list", OptionList).highlighted_option)

    @on(OptionList.OptionSelected, "#picker-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._pick(event.option)

    def _pick(self, option: Option | None) -> None:
        """Close with the chosen speaker, or with a new one named as typed."""
        if option is None:
            self.app.bell()
        elif option.id is None:
            role = clean_name(self.query_one("#picker-role", Input).value) or None
            button = self.query_one(KindSet).pressed_button
            kind = NEW_SPEAKER_KIND if button is None else button.name
            self.dismiss(SpeakerChoice(new_name=self.typed, role=role, kind=kind))  # type: ignore[arg-type]
        else:
            self.dismiss(SpeakerChoice(speaker_id=option.id))
