"""The help screen: every key of the reader, generated from the bindings themselves."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label

HelpGroup = tuple[str, Sequence[BindingType]]
"""A heading ("Side panes") and the bindings that work there."""


class HelpScreen(ModalScreen[None]):
    """A table of keys, one section per place where they work."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,q,question_mark",
            "dismiss",
            "Close help",
            tooltip="Back to the article.",
            id="help-close",
        ),
    ]

    def __init__(self, groups: Sequence[HelpGroup]) -> None:
        super().__init__()
        self.groups = [*groups, ("Help", self.BINDINGS)]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help") as scroll:
            scroll.border_title = "whosaid keys"
            scroll.border_subtitle = "escape to close"
            for heading, bindings in self.groups:
                yield Label(heading, classes="help-heading", markup=False)
                with Grid(classes="help-keys"):
                    for binding in bindings:
                        if isinstance(binding, Binding):
                            yield Label(self.keys_of(binding), classes="help-key", markup=False)
                            yield Label(binding.description, classes="help-what", markup=False)
                            yield Label(binding.tooltip, classes="help-tip", markup=False)

    def keys_of(self, binding: Binding) -> str:
        """`j, ↓`: every key of the binding, as the footer shows keys."""
        keys = [key.strip() for key in binding.key.split(",")]
        return ", ".join(self.app.get_key_display(Binding(key, binding.action)) for key in keys)
