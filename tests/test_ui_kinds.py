"""Direct, indirect and mixed statements are told apart by shape, not only by two close
background shades: checked through a deuteranopia simulation of the palette and with
NO_COLOR."""

from __future__ import annotations

import pytest
from textual.filter import Monochrome, NoColor
from textual.strip import Strip

from tui.core.model import Document
from tui.ui.app import ReaderApp
from tui.ui.widgets.article import KIND_MARKS, ArticleView

SIZE = (120, 36)
RGB = tuple[int, int, int]

DEUTERANOPIA = (
    (0.367322, 0.860646, -0.227968),
    (0.280085, 0.672501, 0.047413),
    (-0.011820, 0.042940, 0.968881),
)
"""Machado, Oliveira and Fernandes (2009), severity 1: linear RGB as a deuteranope sees it."""


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _gamma(channel: float) -> int:
    c = min(1.0, max(0.0, channel))
    return round(255 * (12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055))


def deuteranope(rgb: RGB) -> RGB:
    linear = [_linear(c) for c in rgb]
    r, g, b = (_gamma(sum(m * c for m, c in zip(row, linear, strict=True))) for row in DEUTERANOPIA)
    return r, g, b


def distance(a: RGB, b: RGB) -> float:
    return sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) ** 0.5


def test_the_simulation_makes_red_and_green_alike() -> None:
    red, green = (200, 40, 40), (40, 160, 40)
    assert distance(red, green) > 150
    assert distance(deuteranope(red), deuteranope(green)) < distance(red, green) / 2
    assert deuteranope((128, 128, 128)) == (128, 128, 128), "greys stay grey"


def kind_lines(article: ArticleView, document: Document) -> dict[str, Strip]:
    """A line on screen for each kind: the line its first statement of that kind starts on."""
    lines: dict[str, Strip] = {}
    for statement in document.statements:
        index = article._line_of(statement.span[0])
        lines.setdefault(statement.kind, article.render_line(index - article.scroll_offset.y))
    return lines


def gutter_mark(line: Strip) -> tuple[str, RGB]:
    """The kind's cell of the gutter: its glyph and its background, as a deuteranope sees it."""
    cells = line.crop(2, 3)
    segment = next(iter(cells))
    assert segment.style is not None and segment.style.bgcolor is not None
    triplet = segment.style.bgcolor.get_truecolor()
    return segment.text, deuteranope((triplet.red, triplet.green, triplet.blue))


async def test_kinds_are_told_apart_by_a_deuteranope(sample: Document) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=(200, 60)) as pilot:  # the whole article in view
        await pilot.press("G")
        await pilot.press("g")
        article = app.query_one(ArticleView)
        seen = {kind: gutter_mark(line) for kind, line in kind_lines(article, sample).items()}
        assert set(seen) == {"direct", "indirect", "mixed"}
        glyphs = {kind: glyph for kind, (glyph, _) in seen.items()}
        assert glyphs == KIND_MARKS
        # What a deuteranope sees of each kind's mark (glyph and shade) is different for
        # every pair, and would stay so if the shades were alike: the glyphs differ.
        assert len(set(seen.values())) == 3
        assert len(set(glyphs.values())) == 3, "told apart with no colour at all"


async def test_no_color_is_honoured_and_the_kinds_still_differ(
    sample: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NO_COLOR: every colour is dropped on the way to the terminal; the marks stay."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = ReaderApp(sample)
    assert app.no_color
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        assert any(isinstance(f, Monochrome | NoColor) for f in app.get_line_filters())
        article = app.query_one(ArticleView)
        for kind, line in kind_lines(article, sample).items():
            assert line.crop(2, 3).text == KIND_MARKS[kind]
