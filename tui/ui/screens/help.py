"""The help screen: every key of the reader, generated from the bindings themselves."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label

from tui.ui.keymap import KEYMAP_NAME, UserKeymap

DEFAULT_PLACE = f"{KEYMAP_NAME} in your config folder (~/.config/whosaid/ on Linux)"
HelpGroup = tuple[str, Sequence[BindingType]]
"""A heading ("Side panes") and the bindings that work there."""


class KeyList(VerticalScroll):
    """The keys, scrolled as the article is: `j`/`k`, `space`/`b`, `g`/`G` (and the arrows,
    page and home/end keys of any scrolled list)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", show=False),
        Binding("k", "scroll_up", show=False),
        Binding("space", "page_down", show=False),
        Binding("b", "page_up", show=False),
        Binding("g", "scroll_home", show=False),
        Binding("G", "scroll_end", show=False),
    ]


class HelpScreen(ModalScreen[None]):
    """A table of keys, one section per place where they work."""

    AUTO_FOCUS = "#help"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,q,question_mark",
            "dismiss",
            "Close help",
            tooltip="Back to where you were.",
            id="help-close",
        ),
    ]

    def __init__(
        self,
        groups: Sequence[HelpGroup],
        keymap: UserKeymap | None = None,
        note: str | None = None,
    ) -> None:
        """`keymap`: the user's own keys, shown in place of the bindings' own; `note`: what
        the line above the keys says, in place of where keys are changed (keys that no keymap
        changes)."""
        super().__init__()
        self.groups = [*groups, ("Help", self.BINDINGS)]
        self.keymap = keymap or UserKeymap()
        self.note = note

    def compose(self) -> ComposeResult:
        with KeyList(id="help") as scroll:
            scroll.border_title = "whosaid keys"
            scroll.border_subtitle = "escape to close"
            yield Label(
                self.keymap_note() if self.note is None else self.note,
                id="help-keymap",
                markup=False,
            )
            for heading, bindings in self.groups:
                yield Label(heading, classes="help-heading", markup=False)
                with Grid(classes="help-keys"):
                    for binding in bindings:
                        if isinstance(binding, Binding):
                            yield Label(self.keys_of(binding), classes="help-key", markup=False)
                            yield Label(binding.description, classes="help-what", markup=False)
                            yield Label(binding.tooltip, classes="help-tip", markup=False)
                            yield Label(binding.id or "", classes="help-id", markup=False)

    def keymap_note(self) -> str:
        """Where keys are changed, and which are the user's own."""
        path = self.keymap.path
        where = DEFAULT_PLACE if path is None else _home_as_tilde(path)
        mine = f" Yours: {', '.join(sorted(self.keymap.keys))}." if self.keymap.keys else ""
        return f'Change a key in {where}: id = "keys", e.g. verify = "V,ctrl+v".{mine}'

    def keys_of(self, binding: Binding) -> str:
        """`j, ↓`: every key of the binding (the user's, if they gave it others), as the
        footer shows keys."""
        given = self.keymap.keys.get(binding.id or "", binding.key)
        keys = [key.strip() for key in given.split(",")]
        return ", ".join(self.app.get_key_display(Binding(key, binding.action)) for key in keys)


def _home_as_tilde(path: Path) -> str:
    """`~/.config/whosaid/keys.toml`: the path, shorter when it is under the home folder."""
    try:
        return "~/" + path.relative_to(Path.home()).as_posix()
    except ValueError:
        return str(path)
