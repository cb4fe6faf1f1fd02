"""extract(article) -> Document: statements and speakers, then figures, then the links."""

from __future__ import annotations

from dataclasses import replace

from tui.core.figures import find_figures
from tui.core.model import Article, Document, Figure, Statement
from tui.core.statements import find_statements


def extract(article: Article) -> Document:
    """Run every extraction step over the article text and link figures to statements."""
    speakers, statements = find_statements(article.text)
    statements = sorted(statements, key=lambda s: s.span)
    statements = [replace(s, id=f"st-{n}") for n, s in enumerate(statements, start=1)]
    figures = [replace(f, id=f"fg-{n}") for n, f in enumerate(find_figures(article.text), start=1)]
    figures = [replace(f, statement=_owner(f, statements)) for f in figures]
    statements = [
        replace(s, figures=tuple(f.id for f in figures if f.statement == s.id)) for s in statements
    ]
    return Document(article, tuple(speakers), tuple(statements), tuple(figures))


def _owner(figure: Figure, statements: list[Statement]) -> str | None:
    """The statement whose content holds the figure, if any."""
    start, end = figure.span
    for statement in statements:
        if statement.span[0] <= start and end <= statement.span[1]:
            return statement.id
    return None
