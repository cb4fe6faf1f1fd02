"""Figures as an analyst checks them in business, economic, poll and crowd reporting: the
constructions found by trying whosaid on an invented figure-dense article
(tests/data/speakers/figures-dense.txt), each tested here on other invented sentences."""

from pathlib import Path

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


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The population of the valley fell to 31,000 by 2020.", "people"),
        ("The population of Castor Bay has grown to 31,000.", "people"),
        ("The workforce of the mill shrank to 31,000.", "workers"),
        ("The membership of its youth wing stood at 31,000.", "members"),
    ],
)
def test_a_group_noun_with_what_it_is_of_is_the_subject_of_a_count(text: str, unit: str) -> None:
    assert figure_at(text, "31,000").unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The population of seals rose to 31,000.",
        "The toll of the new bridge rose to 31,000.",
    ],
)
def test_a_group_noun_of_a_kind_or_a_toll_of_a_thing_counts_no_people(text: str) -> None:
    assert figure_at(text, "31,000").unit is None


@pytest.mark.parametrize(
    "text",
    [
        "A poll found that 61 percent expect rents to rise.",
        "The report showed that 61% favour a cap.",
        "Organisers said that 61 percent support the plan.",
    ],
)
def test_that_opening_a_reported_clause_is_no_determiner_of_a_share(text: str) -> None:
    assert figure_at(text, "61").subject is None


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("That 61% tariff hurt exporters.", "tariff"),
        ("The board said its 61 percent stake was for sale.", "stake"),
    ],
)
def test_a_determined_share_still_modifies_its_noun(text: str, subject: str) -> None:
    assert figure_at(text, "61").subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "Profit fell short of the $61 million analysts had forecast.",
        "Growth topped the 6.1 percent economists expected.",
    ],
)
def test_people_after_a_sum_or_share_open_a_relative_clause(text: str) -> None:
    assert find_figures(text)[0].subject is None


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("The council shut 14 libraries and opened three smaller ones.", "three", "libraries"),
        ("Of its 61 ferries, nine are new ones.", "nine", "ferries"),
        ("She sold 40 paintings, including two early ones.", "two", "paintings"),
    ],
)
def test_a_count_of_ones_counts_the_count_before(text: str, number: str, unit: str) -> None:
    assert figure_at(text, number).unit == unit


def test_a_count_of_ones_with_no_count_before_in_its_sentence_stays_bare() -> None:
    text = "The council shut 14 libraries. Three new ones open in May."
    assert figure_at(text, "Three").unit is None


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("She has coached three national teams herself.", "teams"),
        ("They built 12 boats themselves last winter.", "boats"),
        ("He has run two marathons himself.", "marathons"),
    ],
)
def test_a_reflexive_pronoun_ends_what_a_count_counts(text: str, unit: str) -> None:
    assert find_figures(text)[0].unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The brothers, who are 31 and 28, run the farm.",
        "Her children, who are 9, 6 and 3, were safe.",
        "The couple, who were 70 or 71 then, moved.",
    ],
)
def test_each_age_of_a_list_after_who_is_no_figure(text: str) -> None:
    assert find_figures(text) == []


def test_a_count_after_an_age_clause_stays() -> None:
    text = "The brothers, who are 31 and have 28 cows, run the farm."
    assert [f.unit for f in find_figures(text)] == ["cows"]


@pytest.mark.parametrize(
    "text",
    [
        "The fence runs from one end of the field to the other.",
        "One camp wants a ceasefire; the other wants more arms.",
        "She kept a torch in one pocket and a knife in the other.",
    ],
)
def test_one_of_a_pair_is_no_count(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Only one ferry runs; the others are docked.",
        "A ticket cost one dollar at the other kiosk.",
        "She has one sister and two brothers.",
    ],
)
def test_one_of_many_or_a_sum_stays_a_figure(text: str) -> None:
    assert find_figures(text)[0].value == 1


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The mayor cut her staff from 31 to 19.", "staff"),
        ("The airline grew its routes from 19 to 31 this year.", "routes"),
        ("The school cut the classes from 31 to 19 last term.", "classes"),
    ],
)
def test_a_plural_object_before_a_move_is_what_its_levels_count(text: str, unit: str) -> None:
    assert figure_at(text, "19").unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The landlord raised their rents from 19 to 31.",
        "The clinic moved the meeting from 19 to 31.",
        "He cut staff from 31 to 19 and more.",
    ],
)
def test_a_value_noun_singular_or_bare_object_gives_a_move_no_unit(text: str) -> None:
    assert figure_at(text, "19").unit is None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The bank cut its rate a quarter point on Thursday.", 0.25, "point"),
        ("Traders expect a half-point rise in June.", 0.5, "point"),
        ("Yields fell about a quarter percentage point.", 0.25, "percentage point"),
        ("A three-quarter point hike is unlikely.", 0.75, "point"),
    ],
)
def test_a_part_of_a_point_is_a_figure(text: str, value: float, unit: str) -> None:
    (figure,) = find_figures(text)
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    ["The striker headed a third point home.", "A fifth point of the plan was dropped."],
)
def test_an_ordinal_point_is_no_part_of_a_point(text: str) -> None:
    assert all(f.unit != "point" for f in find_figures(text))


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The chain posted a 12 percent rise in store visits.", "store visits"),
        ("Exporters saw a 12% drop in orders in May.", "orders"),
        ("It forecast a $12 million increase in spending.", "spending"),
    ],
)
def test_a_change_in_something_measures_that_thing(text: str, subject: str) -> None:
    assert find_figures(text)[0].subject == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("A 12 percent rise would hurt savers.", "rise"),
        ("The 12% tariff in force since May stays.", "tariff"),
    ],
)
def test_a_change_with_nothing_in_it_or_another_noun_stays_itself(text: str, subject: str) -> None:
    assert find_figures(text)[0].subject == subject


def test_the_figure_dense_article_keeps_its_units_and_qualifiers() -> None:
    """A floor on the invented article: no ordinal or year read, the elliptical counts and
    the particle "up" right (not its full output)."""
    path = Path(__file__).parent / "data" / "speakers" / "figures-dense.txt"
    text = path.read_text(encoding="utf-8")
    found = {text[f.span[0] : f.span[1]]: f for f in find_figures(text)}
    assert not any(year in span for span in found for year in ("2020", "2021", "2023", "2027"))
    assert found["4.6 percent"].qualifier == "exact"
    assert found["at least 1,700"].unit == found["fewer than 900"].unit == "workers"
    assert found["300"].unit == "people"
    assert found["10,000"].unit == "jobs"
    assert found["seven"].unit == "stores"
    assert found["a quarter point"].value == 0.25
    assert found["between 2,500 and 3,000"].high == 3000
    assert found["estimated $30 million to $35 million"].qualifier == "estimated"
