"""Figures: what counts as a figure, its value, range, qualifier, unit, subject and kind."""

import pytest

from tui.core.figures import find_figures
from tui.core.model import Figure


def only(text: str) -> Figure:
    """The one figure of `text`."""
    figures = find_figures(text)
    assert len(figures) == 1, [text[f.span[0] : f.span[1]] for f in figures]
    return figures[0]


def spans(text: str) -> list[str]:
    return [text[f.span[0] : f.span[1]] for f in find_figures(text)]


def test_each_figure_keeps_what_it_counts() -> None:
    text = "He expects five North Korean units, with about 3,000 troops each, to be deployed."
    units, troops = find_figures(text)
    assert (units.value, units.subject, units.unit) == (5, "North Korean units", "units")
    assert (troops.value, troops.subject, troops.qualifier) == (3000, "troops", "approximate")
    assert text[troops.span[0] : troops.span[1]] == "about 3,000 troops each"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It sold 1,307,000 copies.", 1_307_000),
        ("It weighs 72.7 tonnes.", 72.7),
        ("The rate was .534 last year.", 0.534),
        ("Some 1.2 million people voted.", 1_200_000),
        ("It had 4.3M sales.", 4_300_000),
        ("Some 45m people live there.", 45_000_000),
        ("There are thirty-six thousand four hundred fifteen voters.", 36_415),
        ("Ninety-nine problems.", 99),
        ("a hundred days", 100),
        ("A dozen eggs.", 12),
        ("He waited two and a half hours.", 2.5),
        ("It took 2½ hours.", 2.5),
        ("The yards were minus-5 yards.", -5),
        ("The sun is 1.99×10−30 kilograms.", 1.99e-30),
    ],
)
def test_values(text: str, value: float) -> None:
    assert only(text).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("There were tens of thousands of marchers.", 10_000),
        ("Dozens of people were killed.", 12),
        ("It extends hundreds of miles into space.", 100),
        ("That is maybe tens of millions of dollars.", 10_000_000),
    ],
)
def test_round_numbers_are_at_least(text: str, value: float) -> None:
    figure = only(text)
    assert (figure.value, figure.qualifier) == (value, "at_least")


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("It would hire between 200 and 300 workers.", 200, 300, "workers"),
        ("It would hire 200-300 workers.", 200, 300, "workers"),
        ("It cost $US160 million to $US171 million.", 160e6, 171e6, "US dollar"),
        ("We expect six to seven thousand visitors.", 6000, 7000, "visitors"),
        ("It rose 5 to 7 per cent.", 5, 7, "percent"),
        ("Homes sell from $450,000 to $2.8 million.", 450_000, 2.8e6, "dollar"),
        ("Below the US $41 to $44 billion forecast.", 41e9, 44e9, "US dollar"),
        ("Fresh fruit will rise between 5% and 6%.", 5, 6, "percent"),
    ],
)
def test_ranges(text: str, low: float, high: float, unit: str) -> None:
    figure = only(text)
    assert (figure.value, figure.high, figure.unit) == (low, high, unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The DAX gained 0.4% to 15,201.37, and Tencent rose 2.6 percent to 311.40 yuan.",
            ["0.4%", "15,201.37", "2.6 percent", "311.40 yuan"],
        ),
        ("It grew by 7 million to 67 million.", ["7 million", "67 million"]),
        ("It fell by 1 to 1.5 degrees.", ["1 to 1.5 degrees"]),
    ],
)
def test_a_move_is_not_a_range(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("Nearly one in five Americans lives in poverty.", 0.2, "Americans"),
        ("About eight out of 10 voters said so.", 0.8, "voters"),
    ],
)
def test_ratios_are_fractions(text: str, value: float, subject: str) -> None:
    figure = only(text)
    assert (figure.value, figure.unit, figure.subject) == (value, "fraction", subject)


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("It covers 13 percent of the economy.", 13, "percent", "percent"),
        ("It covers 13% of the economy.", 13, "percent", "percent"),
        ("Yields rose 25 basis points.", 25, "basis points", "measure"),
        ("Pay was $11.4 million.", 11.4e6, "dollar", "money"),
        ("A notebook for 1,200€.", 1200, "euro", "money"),
        ("A £1,000 payment.", 1000, "pound", "money"),
        ("A grant of €3bn.", 3e9, "euro", "money"),
        ("Revenue was EUR50m.", 50e6, "EUR", "money"),
        ("They paid HK $216,925.", 216_925, "Hong Kong dollar", "money"),
        ("Turnover of 1.3 billion shekels.", 1.3e9, "shekels", "money"),
        ("Shares were at 118.5p.", 118.5, "p", "money"),
        ("It was up 19 cents.", 19, "cents", "money"),
        ("Oil at $52 a barrel.", 52, "dollar per barrel", "money"),
        ("It reached 87 mph.", 87, "mph", "measure"),
        ("A 6kW motor.", 6, "kW", "measure"),
        ("It reached 45C in Seville.", 45, "C", "measure"),
        ("The wall is 2.5m tall.", 2.5, "m", "measure"),
        ("A 2.4-liter engine.", 2.4, "liter", "measure"),
        ("For the past three months.", 3, "month", "duration"),
        ("A five-year plan.", 5, "year", "duration"),
        ("He is 30 years old.", 30, "year", "duration"),
        ("A third of the population.", 1 / 3, "fraction", "measure"),
        ("Nearly two-thirds of the sales.", 2 / 3, "fraction", "measure"),
        ("It is 1/8 of a US gallon.", 1 / 8, "fraction", "measure"),
        ("Half the condos have sold.", 0.5, "fraction", "measure"),
    ],
)
def test_units_and_kinds(text: str, value: float, unit: str, kind: str) -> None:
    figure = only(text)
    assert figure.value == pytest.approx(value)
    assert (figure.unit, figure.kind) == (unit, kind)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Police said 45,000 Russian troops are massing.", "Russian troops"),
        ("About 380 Ford and Honda trucks were recalled.", "Ford and Honda trucks"),
        ("Three of Moreno’s aides were dismissed.", "Moreno’s aides"),
        ("She made one of the most daring rescues ever.", "daring rescues"),
        ("He said 20 veterans commit suicide each day.", "veterans"),
        ("The two raised $350 million.", None),
        ("A third of the Britain population.", "Britain population"),
    ],
)
def test_subjects(text: str, subject: str | None) -> None:
    assert find_figures(text)[0].subject == subject


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("about 5 people", "approximate"),
        ("around 5 people", "approximate"),
        ("roughly 5 people", "approximate"),
        ("some 5 people", "approximate"),
        ("nearly 5 people", "approximate"),
        ("almost 5 people", "approximate"),
        ("at least 5 people", "at_least"),
        ("5 people or more", "at_least"),
        ("more than 5 people", "more_than"),
        ("over 5 people", "more_than"),
        ("up to 5 people", "at_most"),
        ("fewer than 5 people", "less_than"),
        ("sub-5 nanometers", "less_than"),
        ("estimated 5 people", "estimated"),
        ("estimate of 5 people", "estimated"),
        ("5 people", "exact"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    figure = only(text)
    assert (figure.qualifier, figure.span) == (qualifier, (0, len(text)))


@pytest.mark.parametrize(
    "text",
    [
        "It opened on Aug. 14 and closed on 9 May.",
        "She was born in 1990 and has worked there since 2011.",
        "The 2014-15 season; the 2020 election.",
        "Published 5:55 AM EST, updated 2:55 p.m. PT, at 10.45pm, 5am, 0401 GMT, 6 o'clock.",
        "It finished 3rd, the 22nd amendment, the 96th-minute winner, in the 1990s.",
        "He took Route 66 past Section 427 to Game 7 of the S&P 500 on iPhone 11.",
        "The ISO 3888-2 test of the XC40 and COVID-19 at the 90049 ZIP Code.",
        "Call 555-123-4567 or (555) 123-4567 or +44 20 7946 0958.",
        "He lives at 575 Wilbraham Road; no one, not one another, was a one-off.",
        "The score was 89-89; 2019-09-01T10:38:07.190Z; version 1.2.3.",
        'A tweet_id="778257943577919488" and a timestamp 1474387200.',
        "Tom Brady (12) threw a long pass in the second half of the match.",
    ],
)
def test_not_figures(text: str) -> None:
    assert spans(text) == []


def test_a_duration_only_where_it_is_one() -> None:
    text = "It paid $5 a year, a year ago; a training period of a month, for more than a century."
    assert spans(text) == ["$5 a year", "a month", "more than a century"]


@pytest.mark.parametrize(
    "text",
    [
        "Of 1,000 people, 45% said 3 to 5 times, about 2.5 million more than a decade ago.",
        "200-300$ 1/16",  # the "$" ends the range; the fraction does not reach back to it
    ],
)
def test_figures_are_in_order_and_apart(text: str) -> None:
    figures = find_figures(text)
    assert figures
    ends = 0
    for figure in figures:
        start, end = figure.span
        assert ends <= start < end <= len(text)
        ends = end


@pytest.mark.parametrize("text", ["an estimated 5 people", "the estimate of 5 people"])
def test_the_article_before_a_qualifier_is_not_in_the_span(text: str) -> None:
    figure = only(text)
    assert (figure.qualifier, text[figure.span[0] : figure.span[1]]) == (
        "estimated",
        text.split(" ", 1)[1],
    )
