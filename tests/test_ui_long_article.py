"""What keeps a long article quick: panes that redraw only what changed, and a footer made
again only when its keys change. Each tested for what it must still show."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from rich.style import Style
from rich.text import Text
from textual.pilot import Pilot
from textual.widgets import Footer

from tui.core import review
from tui.core.model import Document
from tui.ui.app import ReaderApp
from tui.ui.search import Search
from tui.ui.widgets.article import ArticleView
from tui.ui.widgets.footer import ReaderFooter
from tui.ui.widgets.ledger import LedgerPane
from tui.ui.widgets.panes import FiguresPane, SourcesPane, SpeakersPane
from tui.ui.widgets.tint import solid_style, untinted_background


async def footer_made(pilot: Pilot[None]) -> None:
    """Wait until the footer has been made with the screen's keys: Textual makes it again
    once they are ready, after a refresh, which a loaded machine may draw after a pause."""
    footer = pilot.app.query_one(ReaderFooter)
    for _ in range(100):
        if footer.drawn is not None:
            return
        await pilot.pause()
    raise AssertionError("the footer was never made with the screen's keys")


def footer_keys(app: ReaderApp) -> list[str]:
    """The keys the footer shows, in their order."""
    keys = app.query_one(Footer).query("FooterKey")
    return [str(key.description) for key in keys if key.display]


async def test_the_footer_follows_the_focus_with_keys_made_once(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=(160, 40)) as pilot:
        await footer_made(pilot)
        in_article = footer_keys(app)
        assert "Jump" not in in_article and {"Next", "Prev"} <= set(in_article)
        made = list(app.query_one(Footer).query("FooterKey"))
        await pilot.press("tab")  # the speakers: enter jumps; j and k move in the pane
        await pilot.pause()
        in_pane = footer_keys(app)
        assert in_pane[0] == "Jump" and not {"Next", "Prev"} & set(in_pane)
        assert [key for key in in_article if key not in ("Next", "Prev")] == in_pane[1:]
        await pilot.press("tab")  # the figures: the same keys
        await pilot.pause()
        assert footer_keys(app) == in_pane
        await pilot.press("shift+tab", "shift+tab")  # the article again
        await pilot.pause()
        assert footer_keys(app) == in_article
        kept = list(app.query_one(Footer).query("FooterKey"))
        assert kept[1:] == made, "the article's keys are the ones made first; Jump was added"
        await pilot.press("tab")
        await pilot.pause()
        assert list(app.query_one(Footer).query("FooterKey")) == kept, "nothing made again"


async def test_a_change_of_focus_redraws_no_line_of_the_article(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        article = app.query_one(ArticleView)
        drawn = [article.render_line(y) for y in range(5)]
        await pilot.press("tab")
        await pilot.pause()
        await pilot.press("shift+tab")
        await pilot.pause()
        assert all(article.render_line(y) is strip for y, strip in enumerate(drawn))
        app.theme = "textual-light"  # a new theme: drawn again
        await pilot.pause()
        await pilot.pause()
        assert article.render_line(0) is not drawn[0]


async def test_a_thought_and_a_stance_keep_their_look_and_their_cells_when_the_focus_moves(
    acts_document: Document,
) -> None:
    app = ReaderApp(acts_document)
    async with app.run_test(size=(160, 40)) as pilot:
        pane = app.query_one(SourcesPane)

        def act_cells() -> dict[str, Text]:
            return {key: pane.get_cell(key, "act") for key in ("st-1", "st-2", "st-3")}

        await pilot.pause()
        unfocused = act_cells()
        pane.focus()
        await pilot.pause()
        await pilot.pause()
        focused = act_cells()
        assert all(focused[key] is unfocused[key] for key in focused), "no cell redrawn"
        plain = pane.rich_style.color
        for key, act in (("st-2", "thought"), ("st-3", "stance")):
            style = focused[key].spans[0].style
            assert isinstance(style, Style)
            assert style == solid_style(pane, f"pane--{act}", untinted_background(pane))
            assert style.color is not None and style.color != plain  # muted, as in the article
        assert str(focused["st-1"]) == "speech"
        app.theme = "textual-light"  # a new theme: the cells are made again in its colours
        await pilot.pause()
        await pilot.pause()
        assert pane.get_cell("st-2", "act").spans[0].style != focused["st-2"].spans[0].style


async def test_a_pane_bound_again_to_its_document_reads_nothing_again(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        pane = app.query_one(SourcesPane)
        items = pane.items
        app.mutate_reactive(ReaderApp.document)  # every bound widget gets the same document
        await pilot.pause()
        assert pane.items is items
        first = sample.statements[0]
        verified = replace(first, review=replace(first.review, status="verified"))
        app.document = sample.with_statement(verified)  # a new document: read
        await pilot.pause()
        assert pane.items is not items


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("The Mayor said so; SAID the clerk; said-so.", "said"),
        ("A maſter and a master", "mas"),  # a long s is an s to a regular expression
        ("ΟΔΟΣ οδος οδοσ", "οδοσ"),  # so are both sigmas
        ("İzmir and izmir", "izm"),  # İ is two characters in lower case
        ("Iı iI", "i"),
        ("KELVIN \u212a k", "k"),
        ("Straße STRASSE", "ss"),
        ("abc", "ABC"),
    ],
)
def test_a_search_finds_what_a_case_insensitive_expression_finds(text: str, query: str) -> None:
    expected = tuple(m.span() for m in re.finditer(re.escape(query), text, re.IGNORECASE))
    assert Search.find(text, query).matches == expected
    assert Search.find(text.upper(), query).matches == tuple(
        m.span() for m in re.finditer(re.escape(query), text.upper(), re.IGNORECASE)
    )


async def test_the_ledger_is_filled_when_it_is_shown(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        ledger = app.query_one(LedgerPane)
        assert ledger.row_count == 0  # hidden behind the figures
        await pilot.press("j")  # moving and reviewing while it is hidden
        await pilot.pause()
        await pilot.press("L")
        await pilot.pause()
        assert ledger.row_count == len(ledger.items) > 0
        statement = sample.statement(app.current)
        assert statement is not None
        assert ledger.lit == ledger.linked(statement)


async def test_a_pane_keeps_its_rows_in_order_until_they_are_made_again(
    sample: Document,
) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        pane = app.query_one(SourcesPane)
        rows, lines = pane.ordered_rows, pane._y_offsets
        await pilot.press("j", "j", "v")  # cells redrawn: lit rows, a verdict
        await pilot.pause()
        assert pane.ordered_rows is rows and pane._y_offsets is lines
        app.document = review.remove_statement(app.document, "st-9")  # the rows made again
        await pilot.pause()
        keys = [row.key.value for row in pane.ordered_rows]
        assert keys == [s.id for s in app.document.statements] and "st-9" not in keys
        assert [key.value for key, _ in pane._y_offsets] == keys


async def test_a_move_of_the_focus_is_drawn_once_both_panes_have_restyled(
    sample: Document,
) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        speakers, figures = app.query_one(SpeakersPane), app.query_one(FiguresPane)
        speakers.focus()
        await pilot.pause()
        with app._context():  # as the key would, in the app
            app.action_focus_next()
        assert app.focused is figures
        assert app._batch_count == 1, "nothing drawn while the panes have not read their events"
        assert speakers.has_focus and not figures.has_focus
        await pilot.pause()
        assert app._batch_count == 0
        assert figures.has_focus and not speakers.has_focus
        await pilot.press("shift+tab")
        assert app._batch_count == 0 and app.focused is speakers


async def test_a_pane_keeps_its_drawn_lines_when_the_focus_moves_and_not_on_a_new_theme(
    sample: Document,
) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=(160, 40)) as pilot:
        speakers = app.query_one(SpeakersPane)
        speakers.focus()
        await pilot.pause()
        focused = [speakers.render_line(y) for y in range(4)]
        await pilot.press("tab")  # the figures
        await pilot.pause()
        unfocused = [speakers.render_line(y) for y in range(4)]
        assert unfocused != focused, "drawn again unfocused: no cursor, no tint"
        await pilot.press("shift+tab")
        await pilot.pause()
        assert all(speakers.render_line(y) is line for y, line in enumerate(focused))
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        assert speakers.render_line(1) != focused[1]


async def test_a_lit_row_is_drawn_again_and_the_other_rows_are_not(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        pane = app.query_one(SourcesPane)
        assert app.current == "st-1"

        def shown() -> list[str]:  # the rows on screen, under the heading
            return [pane.render_line(y).text for y in range(1, 5)]

        assert ["▶" in line for line in shown()] == [True, False, False, False]
        count = pane._update_count  # in the key of every cell Textual drew
        await pilot.press("j")
        await pilot.pause()
        assert ["▶" in line for line in shown()] == [False, True, False, False]
        assert pane._update_count == count, "the rows that did not change keep their cells"
        await pilot.press("v")  # a verdict: the row's review cell
        await pilot.pause()
        assert "verified" in shown()[1] and "verified" not in shown()[0]


async def test_a_verdict_reads_no_ledger_and_places_no_mark_again(
    sample: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A verdict changes no claim and no mark: only a rejection (its figures leave the
    ledger) makes the ledger again; the badges show either way."""
    from tui.ui.widgets import panes

    made: list[int] = []

    def counted(documents: list[Document]) -> object:
        made.append(1)
        return ledger(documents)

    ledger = panes.ledger
    monkeypatch.setattr(panes, "ledger", counted)
    app = ReaderApp(sample)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("L")  # the figures pane and the ledger both read it
        await pilot.pause()
        article = app.query_one(ArticleView)
        before, marks = len(made), article._line_marks
        await pilot.press("v", "j", "d")
        await pilot.pause()
        assert len(made) == before, "the same claims: no ledger made again"
        assert article._line_marks is marks, "the same marks: not placed again"
        assert sorted(set(article._badges.values())) == ["disputed", "verified"]
        await pilot.press("x")
        await pilot.pause()
        assert len(made) == before + 1, "a rejection: the ledger once, for both panes"
        await pilot.press("k", "s", *"Someone New", "enter")  # st-1 holds no figure
        await pilot.pause()
        assert app.document.speaker(app.document.statement("st-1").speaker).name == "Someone New"  # type: ignore[union-attr]
        assert len(made) == before + 1, "a new speaker for a statement without figures"
