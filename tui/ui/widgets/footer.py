"""The footer: the keys to press, fewer of them on a narrow terminal."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult
from textual.widgets import Footer


class ReaderFooter(Footer):
    """Textual's footer; the keys of `when_wide` get the class `-when-wide`, which
    reader.tcss hides on a narrow terminal so that `?` (help: every key) always shows."""

    def __init__(self, when_wide: Iterable[str], *, compact: bool = False) -> None:
        """`when_wide`: the actions whose keys a narrow terminal leaves out of the footer."""
        super().__init__(compact=compact)
        self.when_wide = frozenset(when_wide)

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            # A FooterKey knows its action (the class itself is not public).
            if getattr(widget, "action", None) in self.when_wide:
                widget.add_class("-when-wide")
            yield widget
