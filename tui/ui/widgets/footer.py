"""The footer: the keys to press, fewer of them on a narrow terminal; a change of focus shows
and hides keys made once, rather than making the footer again."""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer


def shown_as(widget: Widget) -> Hashable:
    """What a key of the footer shows and does (None: not a key, e.g. a group of keys)."""
    if not hasattr(widget, "key_display"):  # a FooterKey (the class itself is not public)
        return None
    return (
        getattr(widget, "key", None),
        getattr(widget, "key_display", None),
        getattr(widget, "description", None),
        getattr(widget, "action", None),
        widget.tooltip,
        widget.has_class("-disabled"),
        widget.has_class("-command-palette"),
    )


class ReaderFooter(Footer):
    """Textual's footer; the keys of `when_wide` get the class `-when-wide`, which
    reader.tcss hides on a narrow terminal so that `?` (help: every key) always shows.

    Textual makes the footer again (a widget per key, each styled) whenever the focused
    widget's keys differ, which was most of a `tab` between the article and a side pane
    (`enter` jumps in a pane, `j`/`k` move the article). Here a key, once made, stays: the
    keys the focus does not offer get the class `-gone` (not displayed)."""

    DEFAULT_CSS = """
    ReaderFooter > .-gone {
        display: none;
    }
    """

    def __init__(self, when_wide: Iterable[str], *, compact: bool = False) -> None:
        """`when_wide`: the actions whose keys a narrow terminal leaves out of the footer."""
        super().__init__(compact=compact)
        self.when_wide = frozenset(when_wide)
        self.drawn: Hashable = None
        """The keys the footer shows (`keys_shown`)."""
        self.made: dict[Hashable, list[Widget]] = {}
        """For each set of keys shown so far (`keys_shown`), the widgets that show it."""

    def compose(self) -> ComposeResult:
        made = list(self.keys())
        if self._bindings_ready:
            self.drawn = self.keys_shown(self.screen)
            self.made = {self.drawn: made}
        yield from made

    def keys(self) -> Iterable[Widget]:
        """Textual's widgets for the keys the focus offers, not mounted."""
        for widget in super().compose():
            # A FooterKey knows its action.
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
        # Textual's footer makes itself again here, after a refresh: at start-up, twice (two
        # signals), the first making keys the second threw away.
        self._bindings_ready = True
        if not (screen.app.app_focus and self.is_attached and screen is self.screen):
            return
        self.show_keys()
        # Textual's footer reads the keys after the next refresh: so does this one, again
        # (a dialog opened meanwhile takes `/` and `q` from the screen under it).
        self.call_after_refresh(self.show_keys)

    def show_keys(self) -> None:
        """Show the keys the focus offers now."""
        keys = self.keys_shown(self.screen)
        if keys == self.drawn:
            return
        shown = self.made.get(keys)
        if shown is None:
            shown = self.place(list(self.keys()))
            if shown is None:
                self.call_after_refresh(self.recompose)  # made again
                return
            self.made[keys] = shown
        for widget in self.children:
            widget.set_class(widget not in shown, "-gone")
        self.drawn = keys

    def place(self, wanted: list[Widget]) -> list[Widget] | None:
        """The widgets that show these keys (made but not mounted), in their order: those
        already in the footer, the others mounted where they go. None, with nothing mounted,
        when the keys in the footer are in another order, or one is not a single key: then
        the footer must be made again."""
        shown = [shown_as(widget) for widget in wanted]
        made = {shown_as(widget): widget for widget in self.children}
        if None in shown or None in made:
            return None
        kept = [made[key] for key in shown if key in made]
        order = {widget: n for n, widget in enumerate(self.children)}
        if [order[widget] for widget in kept] != sorted(order[widget] for widget in kept):
            return None
        placed: list[Widget] = []
        for key, widget in zip(shown, wanted, strict=True):
            if key in made:
                placed.append(made[key])
            elif placed:
                self.mount(widget, after=placed[-1])
                placed.append(widget)
            else:
                self.mount(widget, before=0 if self.children else None)
                placed.append(widget)
        return placed
