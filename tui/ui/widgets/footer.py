"""The footer: the keys to press, fewer of them on a narrow terminal."""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


class ReaderFooter(Footer):
    """Textual's footer; the keys of `when_wide` get the class `-when-wide`, which
    reader.tcss hides on a narrow terminal so that `?` (help: every key) always shows."""

    def __init__(self, when_wide: Iterable[str], *, compact: bool = False) -> None:
        """`when_wide`: the actions whose keys a narrow terminal leaves out of the footer."""
        super().__init__(compact=compact)
        self.when_wide = frozenset(when_wide)
        self.drawn: Hashable = None
        """The keys the footer shows (`keys_shown`), as it last made them."""

    def compose(self) -> ComposeResult:
        self.drawn = self.keys_shown(self.screen) if self._bindings_ready else None
        for widget in super().compose():
            # A FooterKey knows its action (the class itself is not public).
            if getattr(widget, "action", None) in self.when_wide:
                widget.add_class("-when-wide")
            yield widget

    def keys_shown(self, screen: Screen[object]) -> Hashable:
        """What the footer is made from: the bindings it shows, whether each works, and the
        command palette's."""
        active = screen.active_bindings
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        return (
            tuple((b, enabled, tooltip) for _, b, enabled, tooltip in active.values() if b.show),
            None if palette is None else palette[1:],
        )

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Made again only when what it shows changed: the keys of the panes are the same,
        and remaking the footer (a widget per key) was most of a `tab`."""
        if (
            self.drawn is not None
            and screen is self.screen
            and self.keys_shown(screen) == self.drawn
        ):
            return
        super().bindings_changed(screen)
