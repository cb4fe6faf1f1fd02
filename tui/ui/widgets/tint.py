"""Component styles as a terminal can draw them: no transparency."""

from __future__ import annotations

from rich.style import Style
from textual.color import Color
from textual.widget import Widget


def solid_style(widget: Widget, name: str, under: Color | None = None) -> Style:
    """The component's own style (`partial`: only what its rule sets), its colours blended
    over `under` (default: the widget's background): `$foreground-muted` or a tinted
    background keep their look (a Rich colour would drop their transparency)."""
    styles = widget.get_component_styles(name)
    style = styles.partial_rich_style
    if under is None:
        under = widget.background_colors[1]
    if styles.has_rule("background"):
        style += Style(bgcolor=(under + styles.background).rich_color)
    if styles.has_rule("color"):
        style += Style(color=(under + styles.color).rich_color)
    return style


def untinted_background(widget: Widget) -> Color:
    """The widget's background without its own tint: a side pane's as it is unfocused (the
    focus tints it 5% lighter), so that what is blended over it stays the same when the
    focus moves, and a change of focus redraws no cell (over the focused pane, a muted
    colour is then 4 levels of 255 off: not to be seen)."""
    return widget.background_colors[0] + widget.styles.background
