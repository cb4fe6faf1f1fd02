"""Figures as an analyst checks them in business, economic, poll and crowd reporting: the
constructions found by trying whosaid on an invented figure-dense article
(tests/data/speakers/figures-dense.txt), each tested here on other invented sentences."""

import pytest

from tui.core.figures import find_figures
from tui.core.model import Figure


def figure_at(text: str, number: str) -> Figure:
    """The one figure whose span holds `number`."""
    (figure,) = [f for f in find_figures(text) if number in text[f.span[0] : f.span[1]]]
    return figure


@pytest.mark.parametrize(
    "text",
    [
        "The jobless rate edged up to 5.2 percent in March.",
        "Core inflation ticked up to 5.2% last month.",
        "Mortgage rates crept up to 5.2 percent, the lender said.",
        "The index inched up to 5.2 percent on Friday.",
    ],
)
def test_up_as_a_verbs_particle_is_no_cap(text: str) -> None:
    assert figure_at(text, "5.2").qualifier == "exact"


@pytest.mark.parametrize(
    "text",
    [
        "Fines could go up to 5.2 percent of turnover.",
        "Up to 5.2 percent of the vote was spoiled.",
        "The tax may rise up to 5.2 percent.",
        "She said up to 520 people had been moved.",
    ],
)
def test_up_to_before_a_figure_stays_a_cap(text: str) -> None:
    assert find_figures(text)[0].qualifier == "at_most"


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("About 5,000 fans came on Friday, and 700 more the next day.", "700", "fans"),
        ("The clinic saw 80 patients in May and 15 more in June.", "15", "patients"),
        ("The guild, which has 3,100 members, says 2,400 have signed.", "2,400", "members"),
        ("The firm, with 900 drivers, said that 610 were on strike.", "610", "drivers"),
    ],
)
def test_a_bare_number_going_on_with_a_count_counts_the_same(
    text: str, number: str, unit: str
) -> None:
    assert figure_at(text, number).unit == unit


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("About 5,000 fans came, and 12 percent more the next day.", "12"),
        ("The guild has 3,100 members and says 2,400 votes is enough.", "2,400"),
    ],
)
def test_a_bare_number_in_another_role_takes_no_count(text: str, number: str) -> None:
    assert figure_at(text, number).unit not in {"fans", "members"}


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        (
            "Two wards logged about 4,100 admissions. The main ward logged 9,600.",
            "9,600",
            "admissions",
        ),
        ("The agency counted 52,000 job cuts. Analysts had expected 20,000.", "20,000", "cuts"),
        (
            "The organisers counted 8,000 marchers. Police put the figure at 3,000.",
            "3,000",
            "marchers",
        ),
        ("Rivals sold 310 tractors. Brask sold fewer than 200, it said.", "200", "tractors"),
    ],
)
def test_a_bare_number_ending_the_next_clause_counts_the_count_before(
    text: str, number: str, unit: str
) -> None:
    assert figure_at(text, number).unit == unit


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Two wards logged 4,100 admissions. Staff coped. The main ward logged 9,600.", "9,600"),
        ("Sales reached $4 million. The target had been 5.", "5"),
        ("The agency counted 52,000 job cuts. Analysts expected 20,000 by May.", "20,000"),
    ],
)
def test_a_bare_number_further_off_or_after_a_sum_or_inside_its_clause_stays_bare(
    text: str, number: str
) -> None:
    assert figure_at(text, number).unit is None
