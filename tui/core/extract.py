"""extract(article) -> Document: statements and speakers, then figures, then the links."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from tui.core.figures import find_figures
from tui.core.model import Article, Document, Figure, Statement
from tui.core.statements import find_statements

_LONGEST_STATEMENT = 20_000
"""How far back a statement holding a figure may start (a long multi-paragraph quote: ~5k)."""


def extract(article: Article) -> Document:
    """Run every extraction step over the article text and link figures to statements."""
    speakers, statements = find_statements(article.text)
    figures = _link(statements, find_figures(article.text))
    held: dict[str, list[str]] = {}
    for figure in figures:
        if figure.statement is not None:
            held.setdefault(figure.statement, []).append(figure.id)
    statements = [replace(s, figures=tuple(held[s.id])) if s.id in held else s for s in statements]
    return Document(article, tuple(speakers), tuple(statements), tuple(figures))


def _link(statements: list[Statement], figures: list[Figure]) -> list[Figure]:
    """Each figure numbered and with the statement whose content holds it (the latest-starting
    one).

    Statements are sorted by start; a binary search finds the candidates, so linking stays
    linear-logarithmic on long articles.
    """
    starts = [s.span[0] for s in statements]
    linked = []
    for n, figure in enumerate(figures, start=1):
        start, end = figure.span
        owner = None
        for index in range(bisect_right(starts, start) - 1, -1, -1):
            statement = statements[index]
            if end <= statement.span[1]:
                owner = statement.id
                break
            if start - statement.span[0] > _LONGEST_STATEMENT:
                break
        linked.append(
            Figure(
                f"fg-{n}",
                figure.span,
                figure.value,
                figure.high,
                figure.unit,
                figure.subject,
                figure.qualifier,
                figure.kind,
                owner,
            )
        )
    return linked
