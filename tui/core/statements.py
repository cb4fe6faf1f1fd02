"""Direct, indirect and mixed statements and their cues. (Stub: being written.)"""

from __future__ import annotations

from tui.core.model import Speaker, Statement


def find_statements(text: str) -> tuple[list[Speaker], list[Statement]]:
    """The speakers and the statements of `text`, statements in text order."""
    return [], []
