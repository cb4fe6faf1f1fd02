"""The speaker picker: type to filter the article's speakers, pick one or name a new one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.core.model import Speaker


@dataclass(frozen=True, slots=True)
class SpeakerChoice:
    """An existing speaker (`speaker_id`) or a new one to create (`new_name`)."""

    speaker_id: str | None = None
    new_name: str | None = None


def clean_name(typed: str) -> str:
    """A typed name with its spaces collapsed: '  Jane   Doe ' -> 'Jane Doe'."""
    return " ".join(typed.split())


def matches(speaker: Speaker, typed: str) -> bool:
    """Whether `typed` is a case-insensitive substring of the name, role or an alias."""
    needle = clean_name(typed).casefold()
    haystacks = (speaker.name, speaker.role or "", *speaker.aliases)
    return any(needle in hay.casefold() for hay in haystacks)


def speaker_label(speaker: Speaker) -> Text:
    """One line of the list: name, then role and kind, all as plain text."""
    label = Text.assemble((speaker.name, "bold"))
    if speaker.role:
        label.append(" · ")
        label.append(speaker.role)
    label.append(f"  ({speaker.kind})", style="dim")
    return label


def _key(option: Option) -> tuple[str | None, bool]:
    return option.id, option.id is None


class SpeakerPicker(ModalScreen[SpeakerChoice | None]):
    """Pick a speaker: `enter` picks the highlighted one, `escape` cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", id="picker-cancel"),
        Binding("down", "move(1)", "Next", show=False, id="picker-down"),
        Binding("up", "move(-1)", "Previous", show=False, id="picker-up"),
    ]

    def __init__(
        self, speakers: Sequence[Speaker], current: str | None = None, *, title: str = "Speaker"
    ) -> None:
        """`speakers` in the order to list them; `current` is the id to highlight first."""
        super().__init__()
        self.speakers = tuple(speakers)
        self.current = current
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-box") as box:
            box.border_title = Content(self.title_text)
            yield Input(placeholder="Type to filter, or a new name", id="picker-input")
            yield OptionList(id="picker-list", markup=False)
            yield Static(
                Content("↑↓ move    enter pick    escape cancel"),
                id="picker-keys",
            )

    def on_mount(self) -> None:
        self._refill("")
        self.query_one("#picker-input", Input).focus()

    @property
    def typed(self) -> str:
        """What is typed in the box, as a name: '' when nothing is."""
        return clean_name(self.query_one("#picker-input", Input).value)

    def _refill(self, typed: str) -> None:
        """Show the speakers matching `typed`, then the new-speaker line when it applies.

        A speaker's option has the speaker's id; the new-speaker line has none, so no
        speaker id (whatever a file holds) can be taken for it.
        """
        options = self.query_one("#picker-list", OptionList)
        highlighted = options.highlighted_option
        # What stays highlighted if it is still listed: (id, whether it is the new-speaker line).
        keep = (self.current, False) if highlighted is None else _key(highlighted)
        new_name = clean_name(typed)
        listed = [Option(speaker_label(s), id=s.id) for s in self.speakers if matches(s, typed)]
        exact = any(s.name.casefold() == new_name.casefold() for s in self.speakers)
        if new_name and not exact:
            label = Text.assemble(("New speaker: ", "italic"), f"“{new_name}”")
            listed.append(Option(label))
        options.set_options(listed)
        keys = [_key(option) for option in listed]
        if keys:
            options.highlighted = keys.index(keep) if keep in keys else 0

    @on(Input.Changed, "#picker-input")
    def _filter(self, event: Input.Changed) -> None:
        self._refill(event.value)

    def action_move(self, step: int) -> None:
        """Move the highlight in the list while typing in the box."""
        options = self.query_one("#picker-list", OptionList)
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    @on(Input.Submitted, "#picker-input")
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
            self.dismiss(SpeakerChoice(new_name=self.typed))
        else:
            self.dismiss(SpeakerChoice(speaker_id=option.id))
