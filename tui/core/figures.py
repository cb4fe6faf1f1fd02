"""Numbers, ranges, qualifiers and what they count. (Stub: being written.)"""

from __future__ import annotations

from tui.core.model import Figure


def find_figures(text: str) -> list[Figure]:
    """Every figure of `text`, in text order."""
    return []
