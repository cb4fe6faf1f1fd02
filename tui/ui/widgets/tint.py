"""Component styles as a terminal can draw them: no transparency."""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget


def solid_style(widget: Widget, name: str) -> Style:
    """The component's own style (`partial`: only what its rule sets), its colours blended
    over the widget's background: `$foreground-muted` or a tinted background keep their look
    (a Rich colour would drop their transparency)."""
    styles = widget.get_component_styles(name)
    style = styles.partial_rich_style
    under = widget.background_colors[1]
    if styles.has_rule("background"):
        style += Style(bgcolor=(under + styles.background).rich_color)
    if styles.has_rule("color"):
        style += Style(color=(under + styles.color).rich_color)
    return style
