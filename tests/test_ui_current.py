"""The statement under review is the one on screen: search matches, jumps and paging move it,
and a jump places it where the analyst reads, at once."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from tui.core.model import Document
from tui.core.reviewlog import load_review
from tui.core.store import load_document
from tui.ui.app import ReaderApp
from tui.ui.widgets.article import ArticleView
from tui.ui.widgets.panes import SpeakersPane

SIZE = (120, 36)
SMALL = (80, 24)


def reader(path: Path) -> ReaderApp:
    return ReaderApp(load_document(path), annotation_path=path, reviewer="ana")


def said(app: ReaderApp) -> list[str]:
    return [notification.message for notification in app._notifications]


def first_row(article: ArticleView, statement_id: str) -> int:
    """The row of the view (0: the top) where the statement's first line is drawn."""
    start = article._spans[statement_id][0]
    return article._line_of(start) - article.scroll_offset.y


async def search(pilot: Pilot[None], words: str) -> None:
    await pilot.press("slash", *words, "enter")
    await pilot.pause()


async def test_a_search_match_makes_its_statement_current_and_v_marks_it(
    review_copy: Path,
) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "moscow")
        assert app.current == "st-17"
        await pilot.press("v")
        await pilot.pause()
        statement = load_review(review_copy).statement("st-17")
        assert statement is not None and statement.review.status == "verified"
        first = load_review(review_copy).statement("st-1")
        assert first is not None and first.review.status == "unreviewed"


async def test_a_match_outside_any_statement_makes_none_current_and_v_says_so(
    review_copy: Path,
) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "pentagon")
        assert app.current is None
        before = review_copy.read_bytes()
        await pilot.press("v", "d", "x", "a", "s")
        await pilot.pause()
        assert review_copy.read_bytes() == before, "nothing was marked"
        assert len(app.screen_stack) == 1, "no note editor, no speaker picker"
        assert any("search match is in no statement" in line for line in said(app))
        await pilot.press("n")
        assert app.current is None, "the second match is outside statements too"


async def test_n_moves_the_current_statement_with_the_match(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "north korean")
        first = app.current
        await pilot.press("n")
        await pilot.pause()
        article = app.query_one(ArticleView)
        match = app.search.current
        assert match is not None
        assert app.current == article.statement_at(match[0])
        assert app.current != first


async def test_paging_makes_the_first_statement_in_view_current(review_copy: Path) -> None:
    app = reader(review_copy)
    async with app.run_test(size=SMALL) as pilot:
        article = app.query_one(ArticleView)
        await pilot.press("space")
        await pilot.pause()
        top = article.scroll_offset.y
        assert top > 0
        assert app.current == article.first_in_view()
        assert app.current not in (None, "st-1")
        marked = app.current
        await pilot.press("v")
        await pilot.pause()
        assert article.scroll_offset.y == top, "the view does not jump back"
        statement = load_review(review_copy).statement(marked or "")
        assert statement is not None and statement.review.status == "verified"
        await pilot.press("j")
        order = [s.id for s in app.document.statements]
        assert order.index(app.current or "") == order.index(marked or "") + 1


async def test_g_and_capital_g_jump_at_once_and_take_the_statement_in_view(
    sample: Document,
) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SMALL) as pilot:
        article = app.query_one(ArticleView)
        await pilot.press("G")
        assert article.scroll_offset.y == article.max_scroll_y > 0
        assert not app.animator.is_being_animated(article, "scroll_y")
        in_view = article.first_in_view()
        assert in_view is not None and app.current == in_view
        await pilot.press("k")
        order = [s.id for s in sample.statements]
        assert order.index(app.current or "") == order.index(in_view) - 1
        await pilot.press("g")
        assert article.scroll_offset.y == 0
        assert not app.animator.is_being_animated(article, "scroll_y")
        assert app.current == "st-1"


async def test_a_jump_places_the_statement_a_third_from_the_top(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SMALL) as pilot:
        article = app.query_one(ArticleView)
        speakers = app.query_one(SpeakersPane)
        speakers.focus()
        speakers.move_cursor(row=speakers.get_row_index("charlie-dietz"))
        await pilot.press("enter")
        await pilot.pause()
        assert app.current == "st-16"
        height = article.scrollable_content_region.height
        assert first_row(article, "st-16") == height // 3
        assert not app.animator.is_being_animated(article, "scroll_y")


async def test_j_never_leaves_the_current_statement_on_the_last_row(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SMALL) as pilot:
        article = app.query_one(ArticleView)
        height = article.scrollable_content_region.height
        for _ in range(len(sample.statements)):
            await pilot.press("j")
            await pilot.pause()
            row = first_row(article, app.current or "")
            assert 0 <= row < height - 1, (app.current, row)


async def test_after_a_match_outside_statements_j_goes_on_from_the_view(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "pentagon")
        await pilot.press("n")  # the one between st-13 and st-14
        await pilot.pause()
        assert app.current is None
        article = app.query_one(ArticleView)
        top = article.top_offset()
        await pilot.press("j")
        current = sample.statement(app.current)
        assert current is not None and current.span[0] >= top
