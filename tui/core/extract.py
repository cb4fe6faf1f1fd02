"""extract(article) -> Document: statements and speakers, then figures, then the links."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from tui.core.collector import collector_paused
from tui.core.figures import find_figures
from tui.core.model import Article, Document, Figure, Speaker, Statement, new_figure
from tui.core.shown import BIDI_CONTROLS, without_bidi
from tui.core.statements import find_statements
from tui.core.statements.headlines import headline
from tui.core.text import paragraphs, unwrapped

_LONGEST_STATEMENT = 20_000
"""How far back a statement holding a figure may start (a long multi-paragraph quote: ~5k)."""


def extract(article: Article) -> Document:
    """Run every extraction step over the article text and link figures to statements,
    the cyclic garbage collector paused (`collector_paused`: it ran over a hundred times in the
    extraction of a 1 MB article)."""
    with collector_paused():
        return _extract(article)


def _extract(article: Article) -> Document:
    text = unwrapped(article.text)  # the same spans: a hand-wrapped paragraph read as one
    paras = paragraphs(text)  # read once, by the statements and the headline
    speakers, statements = find_statements(text, article.title, paras, article.author)
    if article.title is None:  # plain text: its headline is its title (the reader's, an export's)
        article = replace(article, title=headline(text, paras))
    figures = _link(statements, find_figures(text))
    held: dict[str, list[str]] = {}
    for figure in figures:
        if figure.statement is not None:
            held.setdefault(figure.statement, []).append(figure.id)
    statements = [s.with_figures(tuple(held[s.id])) if s.id in held else s for s in statements]
    return _without_bidi(Document(article, tuple(speakers), tuple(statements), tuple(figures)))


def _without_bidi(document: Document) -> Document:
    """Names, roles, cues and units as text taken from the article, less any bidi control
    (`without_bidi`), as they are when read from a file; spans still point into the text."""
    text = document.article.text
    if not any(control in text for control in BIDI_CONTROLS):  # each a fast substring search
        return document

    def plain(text: str | None) -> str | None:
        return None if text is None else without_bidi(text)

    def speaker(s: Speaker) -> Speaker:
        aliases = tuple(map(without_bidi, s.aliases))
        return replace(s, name=without_bidi(s.name), role=plain(s.role), aliases=aliases)

    def statement(s: Statement) -> Statement:
        return replace(s, cue=plain(s.cue), when=plain(s.when))

    def figure(f: Figure) -> Figure:
        return replace(f, unit=plain(f.unit), subject=plain(f.subject))

    return replace(
        document,
        speakers=tuple(map(speaker, document.speakers)),
        statements=tuple(map(statement, document.statements)),
        figures=tuple(map(figure, document.figures)),
    )


def _link(statements: list[Statement], figures: list[Figure]) -> list[Figure]:
    """Each figure numbered and with the statement whose content holds it (the latest-starting
    one that starts no more than `_LONGEST_STATEMENT` before the figure, or the first one
    before those).

    Statements are sorted by start; a binary search finds the latest one starting at or before
    the figure, and a chain of "the previous statement ending later" links skips those that
    end too early, so linking stays linear-logarithmic on long articles.
    """
    starts = [s.span[0] for s in statements]
    ends = [s.span[1] for s in statements]
    # longer[i]: the latest statement before statements[i] that ends after it, or -1.
    longer: list[int] = []
    open_: list[int] = []  # indices whose ends decrease strictly, latest last
    for index, end in enumerate(ends):
        while open_ and ends[open_[-1]] <= end:
            open_.pop()
        longer.append(open_[-1] if open_ else -1)
        open_.append(index)
    linked = []
    for n, figure in enumerate(figures, start=1):
        start, end = figure.span
        floor = max(bisect_left(starts, start - _LONGEST_STATEMENT) - 1, 0)
        index = bisect_right(starts, start) - 1
        while index >= floor and ends[index] < end:
            index = longer[index]
        owner = statements[index].id if index >= floor else None
        linked.append(
            new_figure(
                *(f"fg-{n}", figure.span, figure.value, figure.high, figure.unit),
                *(figure.subject, figure.qualifier, figure.kind, owner),
            )
        )
    return linked
