"""The reader driven by keys, as an analyst would: moving, linked panes, jumps, search, help."""

from __future__ import annotations

import re
from collections.abc import Callable

from pilot_helpers import until
from rich.style import Style
from textual import events
from textual.command import CommandList
from textual.pilot import Pilot
from textual.strip import Strip
from textual.widgets import Footer, Label

from tui.core.model import Article, Document, Figure, Speaker, Statement
from tui.ui.app import ReaderApp
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.note_editor import NoteEditor
from tui.ui.widgets.article import GUTTER, ArticleView
from tui.ui.widgets.legend import Legend
from tui.ui.widgets.panes import FiguresPane, LinkedTable, SourcesPane, SpeakersPane
from tui.ui.widgets.title import TitleBar

SIZE = (120, 36)


def title(app: ReaderApp) -> str:
    return str(app.query_one(TitleBar).render())


def palette_prompts(app: ReaderApp) -> list[str]:
    """What the command palette lists (nothing while it is not open)."""
    lists = app.screen.query(CommandList)
    return [str(option.prompt) for option in lists.first().options] if lists else []


async def choose(pilot: Pilot[None], pane: LinkedTable, key: str) -> None:
    """Tab to `pane`, walk its cursor down to the row `key` with `j`, press enter."""
    while pilot.app.focused is not pane:
        await pilot.press("tab")
    target = pane.get_row_index(key)
    while pane.cursor_row > target:
        await pilot.press("k")
    while pane.cursor_row < target:
        await pilot.press("j")
    await pilot.press("enter")
    await pilot.pause()


async def test_the_first_statement_is_current_when_the_article_opens(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.current == "st-1"
        assert isinstance(app.focused, ArticleView)
        assert "statement 1/17" in title(app)
        assert "17 statements · 9 speakers · 10 figures" in title(app)


async def test_j_k_and_the_arrows_move_the_current_statement(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j")
        assert app.current == "st-2"
        await pilot.press("down", "down")
        assert app.current == "st-4"
        await pilot.press("k")
        assert app.current == "st-3"
        await pilot.press("up", "up", "up")
        assert app.current == "st-1", "k on the first statement stays there"
        for _ in range(20):
            await pilot.press("j")
        assert app.current == "st-17", "j on the last statement stays there"
        await pilot.pause()
        assert "statement 17/17" in title(app)


async def test_the_panes_follow_the_current_statement(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        speakers = app.query_one(SpeakersPane)
        figures = app.query_one(FiguresPane)
        sources = app.query_one(SourcesPane)
        await pilot.pause()
        assert speakers.lit == ("andrii-kovalenko",)
        assert figures.lit == ()
        assert sources.lit == ("st-1",)
        await pilot.press("j", "j", "j", "j")
        await pilot.pause()
        assert app.current == "st-5"
        assert speakers.lit == ("rustem-umerov",)
        assert figures.lit == ("fg-3", "fg-4")
        assert sources.lit == ("st-5",)
        assert sources.cursor_row == sources.get_row_index("st-5")
        assert figures.cursor_row == figures.get_row_index("fg-3")
        lit_row = sources.get_row("st-5")
        assert lit_row[0].plain == "▶"
        assert sources.get_row("st-1")[0].plain == " ", "the old row is no longer lit"


async def test_enter_on_a_speaker_goes_to_its_statements_in_turn(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        speakers = app.query_one(SpeakersPane)
        await choose(pilot, speakers, "oleksandr-syrskiy")
        assert app.current == "st-10"
        assert app.focused is speakers, "the pane keeps the focus, so enter can cycle"
        visited = []
        for _ in range(4):
            await pilot.press("enter")
            visited.append(app.current)
        assert visited == ["st-11", "st-12", "st-13", "st-10"]


async def test_enter_on_a_figure_goes_to_its_statement(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        figures = app.query_one(FiguresPane)
        await choose(pilot, figures, "fg-10")
        assert app.current == "st-10"
        assert app.query_one(SpeakersPane).lit == ("oleksandr-syrskiy",)
        assert figures.lit == ("fg-9", "fg-10")
        assert figures.cursor_row == figures.get_row_index("fg-10"), "the chosen row keeps it"


async def test_a_figure_outside_any_statement_makes_none_current(sample: Document) -> None:
    """The figure is shown; a verdict key then says there is no statement instead of acting
    on one out of view."""
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await choose(pilot, app.query_one(FiguresPane), "fg-2")
        assert app.current is None


async def test_enter_on_a_source_row_goes_to_that_statement(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await choose(pilot, app.query_one(SourcesPane), "st-14")
        assert app.current == "st-14"
        assert app.query_one(SpeakersPane).lit == ("report",)


async def test_the_article_scrolls_to_keep_the_current_statement_in_view(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=(80, 24)) as pilot:
        article = app.query_one(ArticleView)
        await pilot.pause()
        assert article.scroll_offset.y == 0
        for _ in range(16):
            await pilot.press("j")
        await pilot.pause()
        assert app.current == "st-17"
        top = article.scroll_offset.y
        assert top > 0
        shown = [
            article.render_line(y).text for y in range(article.scrollable_content_region.height)
        ]
        assert any(line.startswith("▌") for line in shown), "the current statement's marker"
        assert "Dietz said" in "".join(shown)


async def test_a_click_on_a_statement_makes_it_current(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        article = app.query_one(ArticleView)
        await pilot.pause()
        row = next(y for y in range(20) if "massing" in article.render_line(y).text)
        column = article.render_line(row).text.index("massing")
        # The view's content starts one cell in, inside its border.
        await pilot.click(ArticleView, offset=(column + 1, row + 1))
        await pilot.pause()
        assert app.current == "st-2"
        await pilot.click(ArticleView, offset=(1, row + 1))
        assert app.current == "st-2", "the gutter is not text"


async def test_a_narrow_pane_scrolls_to_its_cut_off_columns(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=(80, 24)) as pilot:
        speakers = app.query_one(SpeakersPane)
        speakers.focus()
        await pilot.press("l", "l", "l")
        await pilot.pause()
        assert speakers.scroll_offset.x > 0
        await pilot.press("h", "h", "h")
        await pilot.pause()
        assert speakers.scroll_offset.x == 0


async def test_tab_and_shift_tab_go_round_the_panes(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        order = []
        for _ in range(4):
            await pilot.press("tab")
            order.append(app.focused.id if app.focused else None)
        assert order == ["speakers", "figures", "sources", "article"]
        await pilot.press("shift+tab")
        assert app.focused is app.query_one(SourcesPane)


async def test_search_marks_matches_and_n_moves_between_them(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        await pilot.press(*"45,000")
        await pilot.press("enter")
        await pilot.pause()
        assert len(app.search.matches) == 2
        assert app.search.index == 0
        assert app.current == "st-2", "the statement holding the match becomes current"
        assert isinstance(app.focused, ArticleView)
        assert "/45,000 1/2" in title(app)
        await pilot.press("n")
        assert app.search.index == 1
        assert app.current == "st-10"
        await pilot.press("n")
        assert app.search.index == 0, "n wraps around"
        await pilot.press("N")
        assert app.search.index == 1
        await pilot.pause()
        assert "/45,000 2/2" in title(app)


async def test_search_is_case_insensitive_and_escape_keeps_the_marks(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"PENTAGON", "escape")
        await pilot.pause()
        assert len(app.search.matches) == 3
        assert isinstance(app.focused, ArticleView)
        await pilot.press("q")
        assert not app.is_running


async def test_typing_in_the_search_box_does_not_trigger_keys(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"jkqn?vduxcmasfe")
        await pilot.pause()
        assert app.is_running
        assert app.current == "st-1"
        assert app.search.query == "jkqn?vduxcmasfe"
        assert app.document is sample, "no review key worked"
        assert app.screen is app.screen_stack[0]


async def test_keys_typed_in_one_burst_after_slash_reach_the_search_box(sample: Document) -> None:
    """A fast typist (or a paste of keys) never marks statements while the box opens."""
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        for key, character in [("slash", "/"), *((c, c) for c in "dudes/vx")]:
            app.post_message(events.Key(key, character))  # queued at once, no pause between
        await pilot.pause()
        assert app.search.query == "dudes/vx"  # a slash in the box is a slash
        assert app.document is sample, "no review key worked"


async def test_help_lists_every_key_from_the_bindings_and_only_working_ones(
    sample: Document,
) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = [str(label.render()) for label in app.screen.query(".help-what")]
        assert "Next" in shown and "Search" in shown and "Jump" in shown and "Verify" in shown
        for heading, bindings in app.screen.groups:
            owner = {
                "Anywhere": app,
                "Review": app,
                "Article": app.query_one(ArticleView),
                "Speakers, figures, sources": app.query_one(SpeakersPane),
                "Search box": app,
                "Note editor": NoteEditor,
                "Help": app.screen,
            }[heading]
            for binding in bindings:
                action = binding.action.removeprefix("app.")
                target = app if binding.action.startswith("app.") else owner
                if heading == "Search box" and action == "submit":
                    continue  # Input.action_submit
                assert callable(getattr(target, f"action_{action}", None)), binding
        labels = [str(label.render()) for label in app.screen.query(".help-key")]
        keys = {key for label in labels for key in label.split(", ")}
        assert {"v", "d", "u", "c", "x", "m", "a", "s", "y", "f", "e", "^e"} <= keys
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_the_help_scrolls_from_the_keys(sample: Document) -> None:
    """Every key is listed, also those below the fold: the list moves as the article does."""
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        keys = app.screen.query_one("#help")
        assert keys.max_scroll_y > 0, "the help is longer than the screen"
        await pilot.press("j", "j")
        await until(pilot, lambda: keys.scroll_y == 2)
        await pilot.press("G")
        await until(pilot, lambda: keys.scroll_y == keys.max_scroll_y)
        await pilot.press("g")
        await until(pilot, lambda: keys.scroll_y == 0)
        await pilot.press("pagedown")
        await until(pilot, lambda: keys.scroll_y > 2)


async def test_the_palette_jumps_to_a_speaker(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"speaker syrskiy")
        await until(pilot, lambda: any("Syrskiy" in prompt for prompt in palette_prompts(app)))
        await pilot.press("enter")
        await pilot.pause()
        assert app.current == "st-10"


async def test_markup_in_the_article_stays_text() -> None:
    text = "[@click=app.quit]Click[/] said [b]Evil[/b] 5 [red]times[/red]."
    evil = "[@click=app.quit]Evil[/]"
    figure = (text.index("5"), len(text) - 1)
    document = Document(
        Article("evil", text, title="[b]Title[/b]"),
        speakers=(Speaker("evil", evil, role="[i]role[/i]", mentions=((0, 25),)),),
        statements=(Statement("st-1", (31, len(text) - 1), "indirect", "evil", figures=("fg-1",)),),
        figures=(Figure("fg-1", figure, 5, statement="st-1"),),
    )
    app = ReaderApp(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        article = app.query_one(ArticleView)
        assert article.render_line(0).text.startswith("▌ ┊ [@click=app.quit]Click[/] said [b]")
        assert "[b]Title[/b]" in title(app)
        speakers = app.query_one(SpeakersPane)
        assert speakers.get_row("evil")[1].plain == evil
        assert speakers.get_row("evil")[3].plain == "[i]role[/i]"
        assert app.query_one(SourcesPane).get_row("st-1")[2].plain == evil
        figures = app.query_one(FiguresPane)
        assert figures.get_cell("fg-1", "expression").plain == "5 [red]times[/red]"
        assert figures.get_cell("fg-1", "source").plain == evil
        await pilot.click(ArticleView, offset=(4, 1))
        await pilot.click(SpeakersPane, offset=(6, 2))
        await pilot.pause()
        assert app.is_running, "a [@click] in the text must not be a live action"
        await pilot.press("ctrl+p", *"jump evil")
        await until(pilot, lambda: any(evil in prompt for prompt in palette_prompts(app)))
        prompts = palette_prompts(app)
        assert any(f"Jump to speaker: {evil}" in prompt for prompt in prompts), prompts


async def test_a_theme_change_restyles_the_article_and_the_lit_rows(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        article = app.query_one(ArticleView)
        speakers = app.query_one(SpeakersPane)
        line_before = article.render_line(1)
        lit_before = speakers.get_row("andrii-kovalenko")[1].spans
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        assert article.render_line(1) != line_before
        assert speakers.get_row("andrii-kovalenko")[1].spans != lit_before


async def test_an_unattributed_statement_lights_no_speaker() -> None:
    text = "Officials said the bridge was closed. The road is open, it was reported."
    document = Document(
        Article("unattributed", text),
        speakers=(Speaker("officials", "Officials", kind="group", named=False),),
        statements=(
            Statement("st-1", (15, 36), "indirect", "officials", cue="said"),
            Statement("st-2", (38, 54), "indirect", None, cue="it was reported"),
        ),
    )
    app = ReaderApp(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j")
        await pilot.pause()
        assert app.current == "st-2"
        assert app.query_one(SpeakersPane).lit == ()
        row = app.query_one(SourcesPane).get_row("st-2")
        assert [cell.plain for cell in row] == [
            "▶",
            "",
            "unattributed",
            "speech",
            "The road is open",
            "indirect",
            "",
            "it was reported",
            "",
        ]
        assert app.query_one(SourcesPane).get_cell("st-1", "source").plain == "anonymous group"


async def test_sources_say_on_whose_authority(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        sources = app.query_one(SourcesPane)
        by_speaker = {s.speaker: sources.get_row(s.id)[6].plain for s in sample.statements}
        assert by_speaker["rustem-umerov"] == "named person"
        assert by_speaker["ukrainian-officials"] == "anonymous group"
        assert by_speaker["pentagon"] == "named organization"
        assert by_speaker["new-york-post"] == "named media"
        assert by_speaker["report"] == "anonymous document"


async def test_an_article_without_statements_still_opens() -> None:
    app = ReaderApp(Document(Article("empty", "Nothing was said here.")))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "k", "n", "tab", "enter")
        await pilot.pause()
        assert app.current is None
        assert app.is_running
        sources = app.query_one(SourcesPane)
        assert (sources.row_count, sources.border_title) == (0, "Sources 0")
        assert title(app) == "empty │ 0 statements · 0 speakers · 0 figures"
        assert any("No statement found" in n.message for n in app._notifications)


async def test_a_long_title_never_hides_where_the_reader_is() -> None:
    text = "Officials said the bridge was closed. The mayor said it would reopen."
    document = Document(
        Article("long", text, title="A very long headline " * 12),
        statements=(
            Statement("st-1", (15, 36), "indirect", None, cue="said"),
            Statement("st-2", (54, 69), "indirect", None, cue="said"),
        ),
    )
    app = ReaderApp(document)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"closed", "enter")
        await pilot.pause()
        shown = app.query_one(TitleBar).render_line(0).text.rstrip()
        assert shown.startswith("A very long headline A very")
        assert re.search(r"… │ statement 1/2 │ /closed 1/1$", shown), shown


async def test_a_tab_in_the_article_is_one_cell_for_the_mouse() -> None:
    text = "Intro\tline.\tOfficials\tsaid\tthe\tbridge\twas\tclosed."
    start = text.index("the")
    document = Document(
        Article("tabs", text),
        statements=(Statement("st-1", (start, len(text)), "indirect", None, cue="said"),),
    )
    app = ReaderApp(document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        article = app.query_one(ArticleView)
        app.current = None
        await pilot.pause()
        line = article.render_line(0).text
        assert "\t" not in line and "Officials said the bridge" in line
        assert article.offset_at(line.index("the"), 0) == start
        await pilot.click(ArticleView, offset=(line.index("bridge") + 1, 1))
        assert app.current == "st-1"


async def test_a_small_terminal_keeps_verdicts_filter_export_help_and_quit_in_the_footer(
    sample: Document,
) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        footer = app.query_one(Footer)
        shown = {
            key.action: key.region
            for key in footer.query("FooterKey")
            if key.display and key.region.width
        }
        wanted = {"help", "quit_reader", "verify", "dispute", "unverifiable", "filter", "export"}
        assert wanted <= set(shown)
        assert all(region.right <= 80 for region in shown.values()), shown
        assert "note" not in shown, "left for the help screen"
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        actions = {key.action for key in app.query_one(Footer).query("FooterKey") if key.display}
        assert {"filter", "export", "help", "quit_reader"} <= actions


async def test_the_article_view_follows_a_new_text() -> None:
    first = Document(Article("one", "Officials said the bridge was closed."))
    app = ReaderApp(first)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        article = app.query_one(ArticleView)
        assert "bridge" in article.render_line(0).text
        app.document = Document(Article("two", "The mayor said the road would reopen.\n\nLater."))
        await pilot.pause()
        shown = [article.render_line(y).text.strip() for y in range(3)]
        assert shown == ["The mayor said the road would reopen.", "", "Later."]
        assert article.offset_at(GUTTER + 4, 0) == 4, "clicks map into the new text"


# --- acts and parts: an invented article (conftest) -----------------------------------------


def painted(line: Strip, test: Callable[[Style], bool]) -> str:
    """The text of the cells of `line` (past the gutter) whose style passes `test`, the runs
    joined by `|`."""
    runs: list[str] = []
    inside = False
    for segment in line.crop(GUTTER):
        hit = segment.style is not None and test(segment.style)
        if hit:
            runs[-1:] = [runs[-1] + segment.text] if inside else [*runs[-1:], segment.text]
        inside = hit
    return "|".join(run.strip() for run in runs)


def highlighted(app: ReaderApp) -> Callable[[Style], bool]:
    """Whether a cell of the article has a background of its own (a statement's)."""
    base = app.query_one(ArticleView).rich_style.bgcolor
    return lambda style: style.bgcolor not in (None, base)


def article_line(app: ReaderApp, words: str) -> Strip:
    article = app.query_one(ArticleView)
    lines = (article.render_line(y) for y in range(article.scrollable_content_region.height))
    return next(line for line in lines if words in line.text)


async def test_a_quote_in_two_parts_is_highlighted_without_its_attribution(
    acts_document: Document,
) -> None:
    app = ReaderApp(acts_document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.current == "st-1"
        current = [article_line(app, "reopen"), article_line(app, "feared")]
        reversed_ = [painted(line, lambda style: bool(style.reverse)) for line in current]
        assert reversed_ == [
            "The bridge will reopen in May",
            "and the repairs cost less than we feared.",
        ]
        assert [line.text[0] for line in current] == ["▌", "▌"]
        await pilot.press("j", "j", "j")
        line = article_line(app, "reopen")
        direct = app.query_one(ArticleView)._mark_style("article--direct").bgcolor
        assert (
            painted(line, lambda style: style.bgcolor == direct) == "The bridge will reopen in May"
        )
        assert painted(line, highlighted(app)) == "The bridge will reopen in May"
        assert painted(line, lambda style: bool(style.bold)) == "Ada Lind", "the speaker as before"


async def test_a_click_between_the_parts_is_on_the_attribution_not_the_quote(
    acts_document: Document,
) -> None:
    app = ReaderApp(acts_document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j", "j")
        line = article_line(app, "reopen").text
        await pilot.click(ArticleView, offset=(1 + line.index("Mayor"), 1))
        assert app.current == "st-4"
        await pilot.click(ArticleView, offset=(1 + line.index("reopen"), 1))
        assert app.current == "st-1"


async def test_thoughts_and_stances_are_quieter_than_speech(acts_document: Document) -> None:
    app = ReaderApp(acts_document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j", "j")  # st-4 current: the others drawn as they are
        speech = painted(article_line(app, "vote"), highlighted(app))
        assert speech == "the council would vote in June"

        def look(words: str) -> Style:
            line = article_line(app, words)
            return next(s.style for s in line if words in s.text and s.style is not None)

        said, thought, stance = look("reopen"), look("rushed"), look("crossing")
        assert (bool(said.italic), thought.italic, bool(stance.italic)) == (False, True, False)
        assert thought.color == stance.color != said.color
        acts = {
            s.id: app.query_one(SourcesPane).get_cell(s.id, "act") for s in acts_document.statements
        }
        assert {key: cell.plain for key, cell in acts.items()} == {
            "st-1": "speech",
            "st-2": "thought",
            "st-3": "stance",
            "st-4": "speech",
        }
        assert acts["st-2"].spans and not acts["st-1"].spans, "thought and stance styled"


async def test_the_legend_names_every_mark_and_fits_from_the_normal_width(
    acts_document: Document,
) -> None:
    app = ReaderApp(acts_document)
    async with app.run_test(size=(110, 30)) as pilot:
        await pilot.pause()
        legend = app.query_one(Legend)
        labels = [(str(label.render()), label.region) for label in legend.query(Label)]
        assert [text for text, _ in labels][:5] == [
            "┃direct",
            "┊indirect",
            "╏mixed",
            "thought",
            "stance",
        ]
        assert all(region.right <= legend.content_region.right for _, region in labels), labels


async def test_the_act_column_shows_without_scrolling_at_100_and_80_columns(
    acts_document: Document,
) -> None:
    """Speech, thought or stance is read beside who, on a narrow terminal too: the legend is
    hidden there, so the Sources column is the only place the act is named."""
    for size in ((100, 30), (80, 24)):
        app = ReaderApp(acts_document)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            sources = app.query_one(SourcesPane)
            act = sources.get_column_index("act")
            right = sum(
                column.get_render_width(sources) for column in sources.ordered_columns[: act + 1]
            )
            assert sources.scroll_x == 0
            assert right <= sources.scrollable_content_region.width, size
