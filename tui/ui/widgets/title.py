"""The title line: the article, its counts, where the reader is, and the search."""

from __future__ import annotations

from typing import ClassVar

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from tui.core.model import Document
from tui.ui.search import Search
from tui.ui.state import no_document


class TitleBar(Static):
    """`title │ statement 3/14 │ /query 2/5 │ 14 statements · 7 speakers · 6 figures`.

    What changes comes first, so a narrow terminal cuts only the counts.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"titlebar--strong"}

    document: reactive[Document] = reactive(no_document)
    current: reactive[str | None] = reactive(None)
    search: reactive[Search] = reactive(Search)

    def render(self) -> Content:
        document = self.document
        article = document.article
        counts = " · ".join(
            _count(len(items), noun)
            for items, noun in (
                (document.statements, "statement"),
                (document.speakers, "speaker"),
                (document.figures, "figure"),
            )
        )
        strong = self.get_visual_style("titlebar--strong", partial=True)
        parts: list[str | Content] = [Content.styled(article.title or article.id, strong)]
        ids = [statement.id for statement in document.statements]
        if self.current in ids:
            where = f"statement {ids.index(self.current) + 1}/{len(ids)}"
            parts += [" │ ", Content.styled(where, strong)]
        if self.search.query:
            found = self.search.matches
            where = "no match" if not found else f"{(self.search.index or 0) + 1}/{len(found)}"
            parts += [" │ /", self.search.query, f" {where}"]
        parts += [" │ ", counts]
        return Content.assemble(*parts)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")
