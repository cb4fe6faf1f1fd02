"""Figures: what counts as a figure, its value, range, qualifier, unit, subject and kind."""

from pathlib import Path

import pytest

from tui.core.figures import find_figures
from tui.core.model import Figure
from tui.core.store import load_document

DATA = Path(__file__).resolve().parent.parent / "data"
SAMPLE = DATA / "kursk-north-korea.txt"
ANNOTATION = DATA / "kursk-north-korea.whosaid.yaml"


def only(text: str) -> Figure:
    """The one figure of `text`."""
    figures = find_figures(text)
    assert len(figures) == 1, [text[f.span[0] : f.span[1]] for f in figures]
    return figures[0]


def spans(text: str) -> list[str]:
    return [text[f.span[0] : f.span[1]] for f in find_figures(text)]


def same_figure(annotated: Figure, found: Figure) -> bool:
    """Same value, overlapping spans."""
    (a, b), (c, d) = annotated.span, found.span
    return annotated.value == found.value and a < d and c < b


def test_sample_article_figures_reach_their_floors() -> None:
    """Floors against the hand-checked annotation of the sample, not today's exact output."""
    text = SAMPLE.read_text(encoding="utf-8")
    annotated = load_document(ANNOTATION).figures
    found = find_figures(text)
    assert len(annotated) >= 10
    matched = []
    remaining = list(found)
    for figure in annotated:
        hit = next((f for f in remaining if same_figure(figure, f)), None)
        if hit is not None:
            remaining.remove(hit)
            matched.append((figure, hit))
    assert len(matched) >= 0.9 * len(annotated)  # recall
    assert len(matched) >= 0.8 * len(found)  # precision
    assert sum(f.unit == h.unit and f.kind == h.kind for f, h in matched) >= 0.9 * len(matched)
    assert sum(f.qualifier == h.qualifier for f, h in matched) >= 0.9 * len(matched)


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
        ("Attendance was up from 18k.", 18_000),
        ("The school has thirty-one thousand four hundred fifty-six pupils.", 31_456),
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
        ("The rally drew tens of thousands of marchers.", 10_000),
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
        ("The hall seats four to five thousand guests.", 4000, 5000, "guests"),
        ("It rose 5 to 7 per cent.", 5, 7, "percent"),
        ("Homes there sell from $420,000 to $2.5 million.", 420_000, 2.5e6, "dollar"),
        ("Below the US $71 to $75 billion forecast.", 71e9, 75e9, "US dollar"),
        ("Claims ranged from $200 to $4 million.", 200, 4e6, "dollar"),
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
            "The ABC-40 gained 0.3% to 2,104.55, and Acme rose 6.2 percent to 48.10 yuan.",
            ["0.3%", "2,104.55", "6.2 percent", "48.10 yuan"],
        ),
        ("It grew by 7 million to 67 million.", ["7 million", "67 million"]),
        ("It fell by 1 to 1.5 degrees.", ["1 to 1.5 degrees"]),
    ],
)
def test_a_move_is_not_a_range(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "span", "value", "high", "unit"),
    [
        (
            "Inflation eased from 6.1 percent to 5.8 percent.",
            "from 6.1 percent to 5.8 percent",
            6.1,
            None,
            "percent",
        ),
        ("Her weight went from 80 kg to 72 in a year.", "from 80 kg to 72", 80, None, "kg"),
        (
            "The stock slid from $52 at the open to $47 by noon.",
            "from $52 at the open to $47",
            52,
            None,
            "dollar",
        ),
        (
            "Fares climbed from €3 at dawn to €4 by dusk.",
            "from €3 at dawn to €4",
            3,
            4,
            "euro",
        ),
        ("Staff fell from 300 to 240 nurses.", "from 300 to 240", 300, None, "nurses"),
    ],
)
def test_a_move_from_one_level_to_another_is_one_figure(
    text: str, span: str, value: float, high: float | None, unit: str
) -> None:
    figure = only(text)
    assert text[figure.span[0] : figure.span[1]] == span
    assert (figure.value, figure.high, figure.unit) == (value, high, unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They flew from 3 airports to 12 cities.", ["3 airports", "12 cities"]),
        ("It fell from 4 percent in May to 300 people.", ["4 percent", "300 people"]),
        ("Fees fell from 2019 levels to 1,500 euros.", ["1,500 euros"]),
        ("It went from 30 and then to 20.", ["30", "20"]),
    ],
)
def test_two_figures_joined_by_from_and_to_that_are_no_move(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("Nearly one in five Americans lives in poverty.", 0.2, "Americans"),
        ("About eight out of 10 voters said so.", 0.8, "voters"),
        ("Three out of every four homes flooded.", 0.75, "homes"),
        ("About one of every nine voters is young.", 1 / 9, "voters"),
        ("Nearly eight of 10 drivers agreed.", 0.8, "drivers"),
        ("Three of 100 patients fell ill.", 0.03, "patients"),
        ("One-in-four pupils walk to school.", 0.25, "pupils"),
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
        ("The tremor reached 5.4 on the Richter scale.", 5.4, "Richter scale", "measure"),
        ("Judges gave it 8 on a 10-point scale.", 8, "10-point scale", "measure"),
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
        ("Add 1/8 of a cup.", 1 / 8, "fraction", "measure"),
        ("Half the condos have sold.", 0.5, "fraction", "measure"),
        ("A 5.2 magnitude quake struck.", 5.2, "magnitude", "measure"),
        ("A $40 fine was paid.", 40, "dollar", "money"),  # the article, not "A$"
        ("Canberra gave A $40 million.", 40e6, "Australian dollar", "money"),
        ("Mr. Kim said. A £90 fee applies.", 90, "pound", "money"),
        ("Entry costs 120 kr.", 120, "kr", "money"),
        ("A loaf is 6 zł.", 6, "zł", "money"),
        ("They owe 8,000 forints.", 8000, "forints", "money"),
        ("A 4,000-strong army crossed.", 4000, "troops", "count"),
        ("A 250-strong crowd waited.", 250, "people", "count"),
    ],
)
def test_units_and_kinds(text: str, value: float, unit: str, kind: str) -> None:
    figure = only(text)
    assert figure.value == pytest.approx(value)
    assert (figure.unit, figure.kind) == (unit, kind)


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("Each shot costs $19 per dose.", "$19 per dose", "dollar per dose"),
        (
            "The grant is £90 per pupil per term.",
            "£90 per pupil per term",
            "pound per pupil per term",
        ),
        ("Gas traded at $3.10 per MMBtu.", "$3.10 per MMBtu", "dollar per MMBtu"),
        ("Rooms go for €210 a night.", "€210 a night", "euro per night"),
        ("The ward admits 85 patients a day.", "85 patients a day", "patients per day"),
        ("The plant built 7,000 vans per month.", "7,000 vans per month", "vans per month"),
        ("It cost $9 a year ago.", "$9", "dollar"),  # a date, not a rate
        ("About 60 people a week earlier came.", "About 60 people", "people"),
        ("He was paid $70 per the deal.", "$70", "dollar"),  # "per": according to
        ("A 40-page report a day.", "40-page report", "page"),  # the pages are no rate
    ],
)
def test_what_a_sum_a_measure_or_a_count_is_per(text: str, span: str, unit: str) -> None:
    figure = only(text)
    assert (text[figure.span[0] : figure.span[1]], figure.unit) == (span, unit)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Police said 45,000 Russian troops are massing.", "Russian troops"),
        ("It set a 25% tariff on steel.", "tariff"),
        ("The firm sold its 15 percent stake.", "stake"),
        ("The $9 billion budget passed.", "budget"),
        ("It makes the $99 price tag seem fair.", "price tag"),
        ("Sales fell 3% yesterday.", None),  # no determiner: no noun it modifies
        ("It was below the 60 percent Lee won.", None),  # a clause: Lee won it
        ("A 900 tonne barge struck the pier.", None),  # a measure: what it weighs
        ("Nine armed guards stood by.", "armed guards"),
        ("One loud tremor shook the town.", "loud tremor"),
        ("About 300 Ford and Toyota trucks were recalled.", "Ford and Toyota trucks"),
        ("Two of Martin’s aides resigned.", "Martin’s aides"),
        ("Three of the oldest bridges were closed.", "oldest bridges"),
        ("He said 20 veterans commit suicide each day.", "veterans"),
        ("Two raised $350 million.", None),
        ("A third of the Britain population.", "Britain population"),
        ("Two-thirds of those polled agreed.", "those polled"),
        ("About 40 of those arrested were freed.", "those arrested"),
        ("Half of those cars were sold.", "cars"),
        ("Half of those who voted stayed home.", None),
        ("The lab ran 500 COVID-19 tests.", "COVID-19 tests"),
        ("It ordered thousands of COVID -19 kits.", "COVID -19 kits"),
        ("They bought two F-35 jets.", "F-35 jets"),
        ("Three Fortune 500 firms left.", "Fortune 500 firms"),
        ("Two 747s landed.", "747s"),
        ("The 300 Spartans held.", "Spartans"),
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
        ("40-odd people", "at_least"),
        ("fifty-some people", "at_least"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    figure = only(text)
    assert (figure.qualifier, figure.span) == (qualifier, (0, len(text)))


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Tolls will rise by 4% over three years.", "three years"),
        ("The bridge will cost $3 billion over ten years.", "ten years"),
        ("Rents climbed 9 per cent over two years.", "two years"),
        ("The deal is worth £2bn over five years.", "five years"),
        ("The grant is worth €4.5m over three years.", "three years"),
        ("It will cost $40k over two years.", "two years"),
    ],
)
def test_over_after_an_amount_is_its_period_not_more_than(text: str, period: str) -> None:
    amount, duration = find_figures(text)
    assert amount.qualifier == duration.qualifier == "exact"
    assert text[duration.span[0] : duration.span[1]] == period


def test_over_after_a_preposition_is_still_more_than() -> None:
    (duration,) = find_figures("She was jailed for over two years.")
    assert duration.qualifier == "more_than"


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
        "Striker Ana Ruiz (9) scored in the second half of the match.",
    ],
)
def test_not_figures(text: str) -> None:
    assert spans(text) == []


def test_a_duration_only_where_it_is_one() -> None:
    text = "It paid $5 a year, a year ago; a training period of a month, for more than a century."
    assert spans(text) == ["$5 a year", "a month", "more than a century"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was jailed for a month.", [("a month", "month")]),
        (
            "The pump ran 300 litres a day for a week.",
            [("300 litres a day", "litres per day"), ("a week", "week")],
        ),
        (
            "The plan gives 20GB of data for a month.",
            [("20GB of data for a month", "GB per month")],
        ),
        ("They paid $400 for a week in the hut.", [("$400 for a week", "dollar per week")]),
        ("They paid $400 to stay for a week.", [("$400", "dollar")]),  # words between
        ("It weighs 9 kg, and it lasted for a year.", [("9 kg", "kg"), ("a year", "year")]),
        ("The first days of a year are cold.", []),
        ("Each term of a year costs more.", [("a year", "year")]),
    ],
)
def test_one_unit_of_time_after_a_sum_or_a_measure_is_its_period(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(text[f.span[0] : f.span[1]], f.unit) for f in find_figures(text)] == expected


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


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("The club drew 25k fans.", 25_000, "fans", "count"),
        ("It cost $2.7m last year.", 2.7e6, "dollar", "money"),
        ("Revenue hit 3bn euros.", 3e9, "euros", "money"),
        ("Rents rose 24pc in May.", 24, "percent", "percent"),
        ("The fund holds $8 B in bonds.", 8e9, "dollar", "money"),
        ("It will cost 4 hundred million dollars.", 4e8, "dollars", "money"),
        ("It cost 3 thousand million pounds.", 3e9, "pounds", "money"),
        ("Sales grew sixfold since then.", 6, "fold", "measure"),
        ("Sales grew six-fold since then.", 6, "fold", "measure"),
        ("A hundredfold rise.", 100, "fold", "measure"),
        ("They paid PS21,700 for it.", 21_700, "PS", "money"),  # "£" folded to ASCII
        ("A PS6m bonus.", 6e6, "PS", "money"),
        ("Rents rose 7 p.c. in June.", 7, "percent", "percent"),
        ("It holds 2.1e9 rows.", 2.1e9, "rows", "count"),
        ("A star of 4.5E30 kilograms.", 4.5e30, "kilograms", "measure"),
        ("The bid was 6 B dollars.", 6e9, "dollars", "money"),
        ("The bid was 4 M euros.", 4e6, "euros", "money"),
        ("It costs USD15 a week.", 15, "USD per week", "money"),
        ("She took a £38k-a-year post.", 38_000, "pound per year", "money"),
        ("The lease runs for six (6) years.", 6, "year", "duration"),
        ("It employs two thousand (2,000) staff.", 2000, "staff", "count"),
        ("They paid 4m Swiss francs.", 4e6, "Swiss francs", "money"),
        ("It fetched Rs. 700.", 700, "Rs.", "money"),
        ("Exports hit 2.5 bln dlrs.", 2.5e9, "dlrs", "money"),
    ],
)
def test_notations(text: str, value: float, unit: str, kind: str) -> None:
    figure = only(text)
    assert figure.value == pytest.approx(value)
    assert (figure.unit, figure.kind) == (unit, kind)


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("Half a million pilgrims came.", 500_000, "pilgrims", "count"),
        ("The dam cost half a billion dollars.", 5e8, "dollars", "money"),
        ("Half a dozen guards fled.", 6, "guards", "count"),
        ("A quarter of a million signatures arrived.", 250_000, "signatures", "count"),
        ("Three-quarters of a million tickets sold.", 750_000, "tickets", "count"),
        ("A third of a billion euros was lost.", 1e9 / 3, "euros", "money"),
        ("A million and a half voters stayed home.", 1_500_000, "voters", "count"),
        ("A hundred and twenty-one boats sank.", 121, "boats", "count"),
        ("Three dozen cakes were sold.", 36, "cakes", "count"),
        ("A half-dozen vans burned.", 6, "vans", "count"),
        ("It owes 2.5 quadrillion won.", 2.5e15, "won", "money"),
        ("Yields rose half a percentage point.", 0.5, "percentage point", "percent"),
        ("The queue took three quarters of an hour.", 0.75, "hour", "duration"),
        ("She swam a quarter of a mile.", 0.25, "mile", "measure"),
    ],
)
def test_a_part_of_a_scale_or_unit_is_that_many(
    text: str, value: float, unit: str, kind: str
) -> None:
    figure = only(text)
    assert figure.value == pytest.approx(value)
    assert (figure.unit, figure.kind) == (unit, kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Debt rose from 24.2 to 33-35 billion euros.",
            [(24.2e9, None, "euros"), (33e9, 35e9, "euros")],
        ),
        ("He wanted a 7- or 8-inch screen.", [(7, None, "inch"), (8, None, "inch")]),
        ("It took three or four years.", [(3, None, "year"), (4, None, "year")]),
        (
            "It comes with four-, five- and six-cylinder engines.",
            [(4, None, "cylinder"), (5, None, "cylinder"), (6, None, "cylinder")],
        ),
        ("Growth slowed from 3.2 to 3.1 percent.", [(3.2, None, "percent")]),  # a move
        ("It had three or four million fans.", [(3e6, None, "fans"), (4e6, None, "fans")]),
        (
            "Debt rose from 24.2 billion to 33-35 billion euros.",
            [(24.2e9, None, "euros"), (33e9, 35e9, "euros")],
        ),
        ("He won 2 million or 3 million pesos.", [(2e6, None, "pesos"), (3e6, None, "pesos")]),
        ("Fees rose from £2m to £3-4m.", [(2e6, None, "pound"), (3e6, 4e6, "pound")]),
        ("It costs €5-6m a year.", [(5e6, 6e6, "euro per year")]),
        ("Output fell from 3 to 2 million.", [(3e6, None, None)]),
        ("Output rose from 500 to 1.2 million.", [(500, 1.2e6, None)]),
        (
            "The fee went from $40 to $55 to $70 in a year.",
            [(40, None, "dollar"), (55, None, "dollar"), (70, None, "dollar")],
        ),
        (
            "Rates rose 2% to 3% to 4%.",
            [(2, None, "percent"), (3, None, "percent"), (4, None, "percent")],
        ),
        ("It cost $5 to $7 to build.", [(5, 7, "dollar")]),
        (
            "Forecasts went from 2 to 4 per cent to 1 to 3 per cent.",
            [(2, 4, "percent"), (1, 3, "percent")],
        ),
    ],
)
def test_alternatives_share_their_scale_and_unit(
    text: str, expected: list[tuple[float, float | None, str | None]]
) -> None:
    found = [(f.value, f.high, f.unit) for f in find_figures(text)]
    assert found == [(pytest.approx(v), h, u) for v, h, u in expected]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("About 300 cars were stolen this year, compared with 41 last year.", "cars"),
        ("It shipped 900 tonnes in May versus 700 in April.", "tonnes"),
        ("Unemployment rose to 4.1% in May from 3.9.", "percent"),
        ("Over 2 million homes lost power, including 700,000 in the north.", "homes"),
        ("About 300 cars were stolen and 41 were found.", "cars"),
        ("They hired 40 people, and 12 were women.", "people"),
        ("The storm left 9,000 homes dark, down from a peak of 41,000.", "homes"),
        ("The port moved 800 containers, up from its low of 650.", "containers"),
    ],
)
def test_an_elliptical_figure_counts_what_the_one_before_counts(text: str, unit: str) -> None:
    assert [f.unit for f in find_figures(text)] == [unit, unit]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The number of arrests rose to 1,150.", "arrests"),
        ("The number of new cases has climbed to about 4,000.", "cases"),
        ("The number of ballots cast was 2.7 million.", "ballots"),
        ("The town has a population of 41,000.", "people"),
        ("A crowd of about 8,000 gathered.", "people"),
        ("The number of arrests fell. Then 30 were freed.", None),  # another sentence
        ("A population of rats ate 300.", None),  # not right after "of"
    ],
)
def test_a_bare_count_counts_what_its_sentence_named_before(text: str, unit: str | None) -> None:
    assert find_figures(text)[-1].unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "It lost 90 points, or 1.2%, to 7,425.",  # a change, then a level: not the same unit
        "The index fell 2% from 7,400.",
        "Sales rose 5%. Against 300, it held on.",  # another sentence
        "Sales rose 5% and 300 were hired.",  # a percent is no count
        "In all 40 people came. And 12 were late.",
    ],
)
def test_a_level_after_a_change_keeps_no_unit(text: str) -> None:
    assert find_figures(text)[-1].unit is None


@pytest.mark.parametrize(
    "text",
    [
        "She earned a seven-figure salary and he earns six figures.",
        "It is one of the best films of one of our directors.",
        "Ann Lee, 65, said so, and so did Tom Ray, 70.",
        "Women aged 25 to 54 and children ages 5 to 11 were asked.",
        "She flew a 787 to Rome.",
        "The 737 Max was grounded; the 11 Pro and 15 Ultra sold out.",
        "He bought a PS5 in the summer of 2019.",
        "Emissions fell to well below 1990 levels.",
    ],
)
def test_idioms_ages_and_models_are_not_figures(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Delegates left COP28 early.",
        "Sales of the PS4 slowed.",
        "He stopped at a 7-Eleven and bought a 3-D map.",
        "Web 3.0 and Industry 4.0 were the themes.",
        "Ring 0845 600 7000 or the 0800 line.",
        "She bought a size 12 coat.",
        "They met at three o’clock and left at ten p.m.",
        "He graduated in ’79 and married in '84.",
        "The 767 Freighter was late and a 5 Series was sold.",
        "The Jones sisters, both 80, moved away.",
    ],
)
def test_names_codes_and_labels_are_not_figures(text: str) -> None:
    assert spans(text) == []


def test_an_age_with_its_unit_is_kept() -> None:
    figure = only("The 31-year-old forward scored.")
    assert (figure.value, figure.unit, figure.kind) == (31, "year", "duration")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee was hurt; the 52-year-old left on Friday.", []),
        ("The singer, now 81, is on tour again.", []),
        ("The pilot, 44, and her son, 12, were rescued.", []),
        ("The brothers, 17 and 19, were charged.", []),
        (
            "A 52-year-old may save 4% and a 60-year-old 6%.",
            ["52-year-old", "4%", "60-year-old", "6%"],
        ),
        ("He is 52 years old.", ["52 years old"]),
    ],
)
def test_an_age_that_stands_for_a_person_is_no_figure(text: str, expected: list[str]) -> None:
    """Like "Lee, 65,": "the 52-year-old" names a person; a generic or predicated age stays."""
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "subject", "whole"),
    [
        ("Half of the 600 nurses left.", "nurses", "600 nurses"),
        ("A third of its 1,500 branches shut.", "branches", "1,500 branches"),
        ("Nearly two-thirds of the combined 8M votes were late.", "votes", "8M votes"),
        ("A quarter of the $4 billion grant went unspent.", "grant", "$4 billion grant"),
        ("About 35% of the 900 pupils passed.", "pupils", "900 pupils"),
    ],
)
def test_a_share_of_a_counted_whole_says_what_it_is_of(text: str, subject: str, whole: str) -> None:
    """The share names what the whole counts; the whole stays a figure of its own."""
    share, counted = find_figures(text)
    assert share.subject == subject
    assert text[share.span[0] : share.span[1]].split()[-1] not in {"of", subject}
    assert text[counted.span[0] : counted.span[1]] == whole


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two 300-page books came out.", [(2, "books"), (300, "page")]),
        ("Three 15-minute breaks were allowed.", [(3, "breaks"), (15, "minute")]),
        ("They ship 1.4 million 5 litre tins a year.", [(1.4e6, "tins"), (5, "litre")]),
        (
            "The port has one 80,000 tonne-a-day terminal.",
            [(1, "terminal"), (80_000, "tonne per day")],
        ),
        ("She bought four $10 tickets.", [(4, "tickets"), (10, "dollar")]),
        ("Five 17-year-olds were charged.", [(5, "17-year-olds"), (17, "year")]),
    ],
)
def test_a_count_counts_past_the_measure_between(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """ "two 300-page books": two books, and 300 pages, each a figure."""
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize("text", ["Prices will rise by an average of 1500.", "A total of 2000."])
def test_an_amount_of_a_year_like_number_is_no_year(text: str) -> None:
    assert only(text).value == int(text.split()[-1].rstrip("."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was one of two storms that week.", [(2, "storms")]),  # a part, not a ratio
        ("Eight of 10 million fans came.", [(8, None), (10e6, "fans")]),
    ],
)
def test_of_a_number_that_is_no_base_is_no_ratio(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "It proved a lucky one.",
        "She is the only one to know.",
        "One might think so.",
        "If they wait, they may get one.",
        "For one: why did he go?",
        "Because ''no one can say.",
        "The other three were sent on Friday.",
        "The two met in Paris.",
        "Are those two as bad?",
    ],
)
def test_number_words_standing_for_a_noun_are_not_figures(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She put one hand up.", ["one hand"]),
        ("Those two sides met.", ["two sides"]),
        ("He saw one that was huge.", ["one"]),
        ("Two raised $350 million.", ["Two", "$350 million"]),
        ("The two raised $350 million.", ["$350 million"]),
    ],
)
def test_number_words_that_count_stay(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Men between the ages of 18 and 24 were asked.",
        "He left school at age 15.",
        "Voting starts at the age of 18.",
        "Ann Lee, who is 71, spoke.",
        "Tom Ray, 70 — a retired judge — spoke.",
        "Back in the 90’s and the 1980's it boomed.",
    ],
)
def test_ages_and_decades_are_not_figures(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pupils under the age of 12 years pay less.", ["12 years"]),
        ("Of the 12 people, who were 5 minutes late?", ["12 people", "5 minutes"]),
        ("He sold 50 units in the 90's.", ["50 units"]),
    ],
)
def test_ages_with_a_unit_and_other_numbers_stay(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("It passed by a 3 to 1 margin.", "3 to 1", 3),
        ("The board approved it by a 2-to-1 vote.", "2-to-1", 2),
        ("They voted by a 4 to 1 margin.", "4 to 1", 4),
        ("Sheep outnumber people 3 to 1.", "3 to 1", 3),
    ],
)
def test_odds_are_one_ratio(text: str, span: str, value: float) -> None:
    figure = only(text)
    assert (text[figure.span[0] : figure.span[1]], figure.value) == (span, value)
    assert (figure.unit, figure.kind) == ("ratio", "measure")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They won 52 to 48 in May.", []),  # a score
        ("The team won 3 to 1 at home.", []),  # a score
        # a vote's tally is the count of votes for and against, which an analyst checks (it
        # was no figure, as a score is): "voted 7 to 2" gives 7 votes and 2 votes
        ("The court voted 7 to 2.", ["7", "2"]),
        ("The panel voted 6 to 1.", ["6", "1"]),
        ("It fell from 10 to 8.", ["from 10 to 8"]),  # a move: one figure
        ("Scores rose 5 to 7 points.", ["5 to 7 points"]),  # a range
        ("Prices fell 10 to 5 percent.", ["10", "5 percent"]),
    ],
)
def test_scores_are_not_figures_and_moves_stay(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "value"), [("He is 6'3\" tall.", 6.25), ("She is 5’11” tall.", 71 / 12)]
)
def test_a_height_in_feet_and_inches_is_one_figure(text: str, value: float) -> None:
    figure = only(text)
    assert (figure.value, figure.unit, figure.kind) == (pytest.approx(value), "feet", "measure")


def test_a_coordinated_figure_counts_what_the_last_count_counts() -> None:
    text = "There are 120 people who left in two weeks and 95 who stayed."
    assert [f.unit for f in find_figures(text)] == ["people", "week", "people"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Schools would lose nearly a quarter of their funding.", "funding"),
        ("Half of the housing stood empty.", "housing"),
        ("A third of the earnings went to rent.", "earnings"),
    ],
)
def test_a_noun_in_ing_is_what_a_share_is_of(text: str, subject: str) -> None:
    assert only(text).subject == subject


# --- Figures in economic, science and health news (invented sentences) ---------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Ozone levels reached 75 parts per billion on Friday.", "parts per billion"),
        ("The gas stood at 412 parts per million last spring.", "parts per million"),
    ],
)
def test_parts_per_million_is_a_unit_of_measure(text: str, unit: str) -> None:
    figure = only(text)
    assert (figure.unit, figure.kind, figure.subject) == (unit, "measure", None)


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("She said that one in four tenants was behind on rent.", 0.25, "tenants"),
        ("He found that one out of ten drivers ignored the sign.", 0.1, "drivers"),
    ],
)
def test_one_in_n_after_that_is_a_ratio(text: str, value: float, subject: str) -> None:
    figure = only(text)
    assert (figure.value, figure.unit, figure.subject) == (
        pytest.approx(value),
        "fraction",
        subject,
    )


@pytest.mark.parametrize(
    "text", ["She said that one was enough.", "They preferred that one in 2019 to this."]
)
def test_that_one_without_a_ratio_is_no_figure(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        (
            "Flu now runs at 31.5 per 100,000 people.",
            "31.5 per 100,000 people",
            "per 100,000 people",
        ),
        (
            "Town A logged 9 burglaries per 1,000 homes.",
            "9 burglaries per 1,000 homes",
            "burglaries per 1,000 homes",
        ),
        ("Tap water costs £2 per 1,000 litres.", "£2 per 1,000 litres", "pound per 1,000 litres"),
    ],
)
def test_a_rate_per_a_number_of_people_is_one_figure(text: str, span: str, unit: str) -> None:
    assert spans(text) == [span]
    assert only(text).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Members of the club had a median age of 58 last year.", 58.0, "exact"),
        ("Its readers have an average age of roughly 47.", 47.0, "approximate"),
    ],
)
def test_a_median_or_average_age_is_a_figure_in_years(
    text: str, value: float, qualifier: str
) -> None:
    figure = only(text)
    assert (figure.value, figure.unit, figure.kind, figure.qualifier) == (
        value,
        "year",
        "duration",
        qualifier,
    )


@pytest.mark.parametrize("text", ["Those under the age of 16 may not vote.", "Men aged 30 left."])
def test_an_age_limit_or_a_group_age_is_still_no_figure(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Ticket sales dropped by a third.", "a third", 1 / 3),
        ("The council cut its grant by half in June.", "half", 0.5),
        ("Bus fares went up by two-fifths, riders said.", "two-fifths", 0.4),
    ],
)
def test_a_fraction_after_by_is_the_size_of_a_change(text: str, span: str, value: float) -> None:
    assert spans(text) == [span]
    figure = only(text)
    assert (figure.value, figure.unit) == (pytest.approx(value), "fraction")


def test_a_fraction_after_by_that_modifies_a_noun_is_no_change() -> None:
    assert find_figures("The deal was vetted by a third party.") == []


def test_a_part_of_a_point_after_by_is_that_part_of_a_point_not_a_share() -> None:
    figure = only("Rates moved by a quarter point.")
    assert (figure.value, figure.unit) == (0.25, "point")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Her systolic reading fell 14mmHg in a month.", "mmHg"),
        ("Each shot released 3.1 megajoules of heat.", "megajoules"),
    ],
)
def test_units_of_pressure_and_energy_are_measures(text: str, unit: str) -> None:
    figure = only(text)
    assert (figure.unit, figure.kind) == (unit, "measure")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The lake now covers 1.8m sq km.", 1_800_000.0, "sq km"),
        ("Forests lost 3bn tonnes last year.", 3_000_000_000.0, "tonnes"),
        ("The mast stands 250m tall.", 250.0, "m"),
        ("He swam 200m in a minute.", 200.0, "m"),
    ],
)
def test_a_scale_letter_before_a_unit_of_measure_scales_it(
    text: str, value: float, unit: str
) -> None:
    figure = next(f for f in find_figures(text) if f.kind == "measure")
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Masks cut infections by 41 per cent (95% CI 30 to 50).", "percent"),
        ("Babies gained 0.6 kg (95% confidence interval: 0.4-0.8).", "kg"),
    ],
)
def test_a_confidence_interval_has_the_unit_of_its_estimate(text: str, unit: str) -> None:
    interval = find_figures(text)[-1]
    assert (interval.high is not None, interval.unit) == (True, unit)


def test_an_interval_of_a_bare_estimate_stays_bare() -> None:
    assert find_figures("The mean score was 2.4 (95% CI 1.1-3.9).")[-1].unit is None


def test_an_interval_of_a_study_ratio_is_a_ratio() -> None:
    assert find_figures("The odds ratio was 2.4 (95% CI 1.1-3.9).")[-1].unit == "ratio"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Copper jumped $40 to $9,100 a tonne.", ["$40", "$9,100 a tonne"]),
        ("The stock slipped 8p to 412p on Monday.", ["8p", "412p"]),
        ("Rents rose 4% to 6% in most towns.", ["4% to 6%"]),  # a range
        ("Seats cost $30 to $450.", ["$30 to $450"]),  # no change: a range
    ],
)
def test_a_change_then_the_level_it_reached_are_two_figures(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Each pill holds 250 micrograms of iodine.", "micrograms"),
        ("Take 50mcg a day.", "mcg per day"),
    ],
)
def test_micrograms_are_units_of_measure(text: str, unit: str) -> None:
    figure = only(text)
    assert (figure.unit, figure.kind) == (unit, "measure")


def test_an_age_range_after_aged_between_is_no_figure() -> None:
    text = "Volunteers aged between 30 and 55 were asked, 420 in all."
    assert spans(text) == ["420"]


@pytest.mark.parametrize(
    "text",
    [
        "The port paid 5 NİS for each crate.",  # "İ": two characters when lowered
        "About 3 MİLLİON visitors came.",
        "Some 2 mıllıon tonnes were shipped.",  # dotless i
        "It took ſeven yearſ, leſs than planned.",  # long s
    ],
)
def test_letters_ignorecase_takes_for_i_and_s_read_as_them(text: str) -> None:
    """Letters the regex engine matches as "i" or "s" but `str.lower` does not make so: read,
    never an error."""
    figures = find_figures(text)
    assert figures and figures[0].value > 1


def test_no_word_read_after_a_gap_starts_with_what_the_gap_takes() -> None:
    """The gaps before a scale word, a unit and a qualifier are matched possessively (the
    regex engine gives back no space): exact only while none of those words starts with a
    space, and no unit with a hyphen."""
    from tui.core import lexicon as lx
    from tui.core.figures import _UNIT_TABLE

    for word in [*lx.SCALE_WORDS, *lx.QUALIFIERS_AFTER, *_UNIT_TABLE]:
        assert word and not word[0].isspace(), word
    assert not [unit for unit in _UNIT_TABLE if unit.startswith("-")]


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The fund bought 3 real estate firms last year.", "3 real estate firms", "firms"),
        ("It ran two real-world tests.", "two real-world tests", "tests"),
        ("He paid 40 real for the ticket.", "40 real", "real"),
    ],
)
def test_a_units_word_opening_a_compound_noun_is_no_unit(text: str, figure: str, unit: str) -> None:
    """ "real estate" is a compound noun, not the Brazilian real; the real itself still is."""
    (found,) = find_figures(text)
    assert (text[found.span[0] : found.span[1]], found.unit) == (figure, unit)
