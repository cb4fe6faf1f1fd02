"""The pure pieces of the reader: wrapping the article to a width, the search, the filter, the
figures' values."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from tui.core.model import Document, Figure
from tui.ui.search import Search
from tui.ui.state import ReviewFilter
from tui.ui.widgets.panes import format_value
from tui.ui.wrap import cells, offset_at_column, wrap

TEXT = "Officials said about 45,000 troops were massing.\nHe noted it was not easy to tell."


@pytest.mark.parametrize("width", [1, 5, 12, 30, 80])
def test_wrapped_lines_fit_and_keep_every_word(width: int) -> None:
    lines = wrap(TEXT, width)
    assert all(cell_len(TEXT[start:end]) <= width for start, end in lines)
    words = "".join(TEXT[start:end] for start, end in lines).split()
    assert "".join(words) == "".join(TEXT.split())


def test_lines_break_between_words_and_drop_the_blank() -> None:
    assert [TEXT[s:e] for s, e in wrap(TEXT, 20)] == [
        "Officials said about",
        "45,000 troops were",
        "massing.",
        "",
        "He noted it was not",
        "easy to tell.",
    ]


def test_exactly_one_empty_line_between_paragraphs() -> None:
    text = "One.\n\n\nTwo.\nThree."
    lines = wrap(text, 40)
    assert [text[s:e] for s, e in lines] == ["One.", "", "Two.", "", "Three."]
    assert lines[1] == (4, 4), "the empty line sits on the newline ending the paragraph"


def test_a_word_wider_than_the_line_is_folded() -> None:
    text = "see https://example.org/a/very/long/path ok"
    assert [text[s:e] for s, e in wrap(text, 12)] == [
        "see",
        "https://exam",
        "ple.org/a/ve",
        "ry/long/path",
        "ok",
    ]


def test_wide_characters_count_two_cells() -> None:
    text = "北朝鮮の兵士 が ロシアに"
    lines = [text[start:end] for start, end in wrap(text, 7)]
    assert "".join("".join(lines).split()) == "北朝鮮の兵士がロシアに"  # every character kept
    assert all(cell_len(line) <= 7 for line in lines)


def test_a_tab_takes_the_one_cell_it_is_drawn_in() -> None:
    text = "said\tthat\tthe\tfigure\twas\tlow,\tofficials\tsaid"
    assert cells("\t") == 1 and cells("a\tb") == 3
    for width in (5, 8, 12, 20):
        lines = wrap(text, width)
        drawn = [text[start:end].replace("\t", " ") for start, end in lines]
        assert "".join("".join(drawn).split()) == text.replace("\t", ""), (width, drawn)
        assert all(cell_len(line) <= width for line in drawn), (width, drawn)
    assert [text[s:e] for s, e in wrap(text, 9)] == [
        "said\tthat",
        "the",
        "figure",
        "was\tlow,",
        "officials",
        "said",
    ]


def test_a_column_maps_to_the_offset_drawn_there_past_tabs() -> None:
    text = "a\tb\t\tc"
    line = (0, len(text))
    assert [offset_at_column(text, line, column) for column in range(7)] == [
        0,
        1,
        2,
        3,
        4,
        5,
        None,
    ]
    assert offset_at_column("北朝鮮", (0, 3), 3) == 1, "a wide character takes two columns"


def test_no_text_no_lines() -> None:
    assert wrap("", 40) == []
    assert wrap("\n\n", 40) == []


def test_search_is_case_insensitive_and_plain_text() -> None:
    text = "North Korea, NORTH korea, and north (korea)"
    assert Search.find(text, "north korea").matches == ((0, 11), (13, 24))
    assert Search.find(text, "(korea)").matches == ((36, 43),), "no regular expressions"
    assert Search.find(text, "") == Search()


def test_search_starts_at_an_offset_and_wraps_around() -> None:
    search = Search.find("ab ab ab", "ab")
    assert search.index is None and search.current is None
    assert search.at(1).index == 1
    assert search.at(7).index == 0, "past the last match: wrap to the first"
    assert search.at(1).step(1).step(1).index == 0
    assert search.step(-1).index == 2, "the first step back goes to the last match"
    assert Search.find("x", "y").step(1) == Search("y")


def test_the_filter_cycles_and_names_what_it_shows(sample: Document) -> None:
    shown = ReviewFilter()
    assert shown.describe(sample) == "all" and len(shown.statements(sample)) == 17
    shown = shown.following("rustem-umerov")
    assert shown == ReviewFilter("unreviewed", "rustem-umerov")
    shown = shown.following("rustem-umerov")
    assert shown.describe(sample) == "by Rustem Umerov"
    assert [s.id for s in shown.statements(sample)] == ["st-3", "st-4", "st-5", "st-7"]
    assert ReviewFilter("speaker", None).describe(sample) == "unattributed"
    shown = shown.following(None)
    assert (shown.describe(sample), shown.statements(sample)) == ("disputed", ())
    shown = shown.following(None)
    assert shown.describe(sample) == "speech only"
    speech = [s.id for s in sample.statements if s.act == "speech"]
    assert [s.id for s in shown.statements(sample)] == speech
    assert shown.following(None) == ReviewFilter("all", None)


@pytest.mark.parametrize(
    ("value", "high", "unit", "kind", "shown"),
    [
        (3, None, "month", "duration", "3 months"),
        (3, None, "months", "duration", "3 months"),
        (1, None, "month", "duration", "1 month"),
        (2, 3, "century", "duration", "2–3 centuries"),
        (45000, None, "troops", "count", "45,000"),
        (12.5, None, "percent", "percent", "12.5%"),
    ],
)
def test_a_figure_value_is_shown_with_its_unit(
    value: float, high: float | None, unit: str, kind: str, shown: str
) -> None:
    figure = Figure("fg-1", (0, 1), value, high=high, unit=unit, kind=kind)
    assert format_value(figure) == shown
