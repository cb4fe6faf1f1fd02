"""The panes show what an analyst reads: each statement's opening words in the sources, the
whole role of a speaker, and at 80×24 each figure's value, unit and qualifier."""

from __future__ import annotations

from textual.widgets import Footer

from tui.core.model import Document
from tui.ui.app import ReaderApp
from tui.ui.widgets.detail import SpeakerDetail
from tui.ui.widgets.panes import FiguresPane, SourcesPane, SpeakersPane, opening_words
from tui.ui.widgets.title import TitleBar

SIZE = (120, 36)
SMALL = (80, 24)


def test_opening_words_are_cut_at_a_word() -> None:
    words = "the council will vote on the budget before the summer recess begins"
    assert opening_words(words, 24) == "the council will vote…"
    assert opening_words("short", 24) == "short"
    assert opening_words("the council will vote now on it", 22) == "the council will vote…"
    assert len(opening_words("x" * 50, 24)) <= 24
    assert opening_words("The bridge will reopen … and cost less", 26) == "The bridge will reopen…"


async def test_the_sources_give_each_statement_s_opening_words(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        sources = app.query_one(SourcesPane)
        words = sources.get_cell("st-15", "statement").plain
        assert words == "battle of the bulge"
        assert sources.get_cell("st-1", "statement").plain.startswith("Ukrainian forces have")
        assert sources.get_cell("st-1", "statement").plain.endswith("…")


async def test_the_when_column_is_only_as_wide_as_its_values(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        sources = app.query_one(SourcesPane)
        widest = max(len(s.when or "") for s in sample.statements)
        assert sources.ordered_columns[sources.get_column_index("when")].content_width == widest


async def test_a_long_role_is_shown_whole_under_the_speakers(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j")  # st-3: Rustem Umerov
        await pilot.pause()
        detail = str(app.query_one(SpeakerDetail).render())
        assert detail == "Rustem Umerov — Ukrainian Defense Minister · named person · 4 statements"
        speakers = app.query_one(SpeakersPane)
        speakers.focus()
        speakers.move_cursor(row=speakers.get_row_index("andrii-kovalenko"))
        await pilot.pause()
        detail = str(app.query_one(SpeakerDetail).render())
        role = sample.speaker("andrii-kovalenko").role  # type: ignore[union-attr]
        assert role and len(role) > 40 and role in detail


async def test_at_80_by_24_figures_show_value_and_qualifier(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("j", "j", "j", "j")  # st-5: two figures
        await pilot.pause()
        figures = app.query_one(FiguresPane)
        assert figures.get_row("fg-3")[1].plain == "5"
        assert figures.get_row("fg-4")[1].plain == "~3,000"
        assert figures.get_row("fg-6")[1].plain == "≥10,000"
        assert figures.get_row("fg-4")[3].plain.endswith("troops"), "what it counts: own column"
        shown = sum(
            figures.ordered_columns[figures.get_column_index(key)].get_render_width(figures)
            for key in ("lit", "value")
        )
        assert shown <= figures.scrollable_content_region.width
        assert "kursk-north-korea │ statement 5/17" in str(app.query_one(TitleBar).render())
        footer = {key.action for key in app.query_one(Footer).query("FooterKey") if key.display}
        assert {"filter", "export"} <= footer
