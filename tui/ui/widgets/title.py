"""The title line: the article, its counts, where the reader is, and the search."""

from __future__ import annotations

from typing import ClassVar

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from tui.core.model import Document
from tui.core.review import listed_speakers
from tui.core.shown import shown
from tui.ui.search import Search
from tui.ui.state import no_document


class TitleBar(Static):
    """`title │ statement 3/14 │ /query 2/5 │ 14 statements · 7 speakers · 6 figures`.

    A long title is cut short (`…`) so that where the reader is and the search always show
    (the counts go first); on a narrow terminal the counts at the end are cut.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"titlebar--strong"}
    SHORTEST_TITLE = 12
    """Cells the title keeps however little room there is."""

    document: reactive[Document] = reactive(no_document)
    current: reactive[str | None] = reactive(None)
    search: reactive[Search] = reactive(Search)
    counts = ""
    """The document's counts, made when it changes (not at each key)."""

    def watch_document(self, document: Document) -> None:
        self.counts = " · ".join(
            _count(number, noun)
            for number, noun in (
                (len(document.statements), "statement"),
                (len(listed_speakers(document)), "speaker"),  # as the Speakers pane lists them
                (len(document.figures), "figure"),
            )
        )

    def render(self) -> Content:
        document = self.document
        article = document.article
        counts = self.counts
        strong = self.get_visual_style("titlebar--strong", partial=True)
        where: list[str | Content] = []
        statement = document.statement(self.current)
        if statement is not None:  # its place by identity, in C: thousands, at each key
            number = document.statements.index(statement) + 1
            position = f"statement {number}/{len(document.statements)}"
            where += [" │ ", Content.styled(position, strong)]
        if self.search.query:
            found = self.search.matches
            at = "no match" if not found else f"{(self.search.index or 0) + 1}/{len(found)}"
            where += [" │ /", shown(self.search.query), f" {at}"]
        title = Content.styled(shown(article.title or article.id), strong)
        room = self.content_size.width - Content.assemble(*where).cell_length
        if title.cell_length > room:  # no room for the counts either
            title = title.truncate(max(room, self.SHORTEST_TITLE), ellipsis=True)
            return Content.assemble(title, *where)
        return Content.assemble(title, *where, " │ ", counts)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")
