"""Lay the article out in screen lines: word wrapping by cell width, keeping text offsets.

A tab is drawn as one space, so it counts as one cell here (`rich.cells.cell_len` says 0).
"""

from __future__ import annotations

import re

from rich.cells import cell_len

from tui.core.model import Span

# A word and the blanks before it: a line break drops those blanks.
_WORD = re.compile(r"[ \t]*[^ \t]+")


def cells(text: str) -> int:
    """The cells `text` takes on screen, a tab counted as the one space it is drawn as."""
    return cell_len(text) + text.count("\t")


def offset_at_column(text: str, line: Span, column: int) -> int | None:
    """The offset of the character of `line` drawn over `column` (0: its first cell), if any."""
    start, end = line
    used = 0
    for offset in range(start, end):
        used += cells(text[offset])
        if used > column:
            return offset
    return None


def wrap(text: str, width: int) -> list[Span]:
    """The screen lines of `text` as `(start, end)` offsets, each at most `width` cells wide.

    Paragraphs are the non-empty runs between newlines; exactly one empty line `(p, p)`,
    where `p` is the newline that ends a paragraph, separates two paragraphs.
    """
    width = max(1, width)
    lines: list[Span] = []
    start = separator = 0
    for paragraph in text.split("\n"):
        end = start + len(paragraph)
        if paragraph.strip():
            if lines:
                lines.append((separator, separator))
            lines.extend(_wrap_paragraph(text, start, end, width))
            separator = end
        start = end + 1
    return lines


def _wrap_paragraph(text: str, start: int, end: int, width: int) -> list[Span]:
    """Greedy wrapping of `text[start:end]`; a word wider than a line is folded."""
    lines: list[Span] = []
    line_start = line_end = start
    used = 0
    for match in _WORD.finditer(text, start, end):
        token = match.group()
        token_width = cells(token)
        if used and used + token_width <= width:
            used += token_width
            line_end = match.end()
            continue
        if used:
            lines.append((line_start, line_end))
            word_start = match.start() + len(token) - len(token.lstrip(" \t"))
        else:
            word_start = match.start()
        line_start, used = word_start, 0
        for index in range(word_start, match.end()):
            char_width = cells(text[index])
            if used and used + char_width > width:
                lines.append((line_start, index))
                line_start, used = index, 0
            used += char_width
        line_end = match.end()
    if used:
        lines.append((line_start, line_end))
    return lines
