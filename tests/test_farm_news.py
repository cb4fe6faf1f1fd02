"""Agriculture and food-price news as a new analyst reads it: constructions found by trying
whosaid on invented stories (a drought harvest, a milk-price protest, a grain-market note),
each tested here on other invented sentences."""

import pytest
from extraction_helpers import ARTICLES, missing_speakers, named, speaker_of

from tui.core.figures import find_figures


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The farm got about 2.1 tonnes a hectare this year.", "tonnes per hectare"),
        ("Soybeans closed at 11.84 dollars a bushel.", "dollars per bushel"),
        ("Her herd gives 9,000 litres a cow each year.", "litres per cow"),
        ("Steers fetched 182 dollars a hundredweight.", "dollars per hundredweight"),
        ("Lamb fell to 6.10 pounds a kilo.", "pounds per kilo"),
        ("Wheat yields reached 8 tonnes per hectare.", "tonnes per hectare"),
    ],
)
def test_a_farm_measure_after_a_is_what_a_figure_is_per(text: str, unit: str) -> None:
    [figure] = find_figures(text)
    assert figure.unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("They sold 40 bushels to a cow dealer.", "bushels"),
        ("The co-op bought 300 hectares a decade ago.", "hectares"),
    ],
)
def test_a_farm_measure_not_after_a_stays_apart(text: str, unit: str) -> None:
    assert [f.unit for f in find_figures(text)][0] == unit


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Prices have doubled, farmers and traders said on Monday.", "farmers and traders"),
        ("Stocks are low, growers and analysts told reporters.", "growers and analysts"),
        ("Yields fell by a third, bakers and millers said.", "bakers and millers"),
        ("Farmers and analysts said prices had doubled.", "Farmers and analysts"),
    ],
)
def test_a_trades_plural_joined_to_another_is_one_subject(text: str, speaker: str) -> None:
    assert [name for _, name, _ in named(text)] == [speaker]


def test_a_plural_joined_inside_a_clause_is_no_subject() -> None:
    text = "The ministry issued new orders and officials said the rules were clear."
    assert named(text) == [("the rules were clear", "officials", "said")]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Prices rose, with some growers warning they may quit.",
            "some growers",
            "they may quit",
        ),
        (
            "Stocks fell, with farmers warning that the harvest was lost.",
            "farmers",
            "the harvest was lost",
        ),
        (
            "Milk prices slid, with others saying the worst was over.",
            "others",
            "the worst was over",
        ),
    ],
)
def test_with_a_subject_and_a_participle_reports_its_own(
    text: str, speaker: str, content: str
) -> None:
    assert named(text)[-1][:2] == (content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Yields fell, farmers said, with some growers warning that they may quit.",
        "Yields fell, farmers said on Tuesday, with some growers warning they may quit.",
    ],
)
def test_with_a_participle_after_an_inverted_cue_leaves_its_content(text: str) -> None:
    assert [(c, n) for c, n, _ in named(text)] == [
        ("Yields fell", "farmers"),
        ("they may quit", "some growers"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She said, with a smile, that she was fine.", "she was fine"),
        ("She said with growing alarm that the crop was lost.", "the crop was lost"),
        ("The minister said with some regret that the farm would close.", "the farm would close"),
    ],
)
def test_a_manner_with_before_that_stays_the_cues_adjunct(text: str, content: str) -> None:
    assert named(text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A smallholder near Keston said the rain came too late.", "A smallholder near Keston"),
        ("Agronomist Lea Brandt said the soil was dry.", "Lea Brandt"),
        ("Growers in the valley said the rain came too late.", "Growers in the valley"),
    ],
)
def test_people_who_work_the_land_are_roles(text: str, name: str) -> None:
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A coalition of dairy farmers said the quota was unfair.", "organization"),
        ("An alliance of growers said the levy was unfair.", "organization"),
        ("A coalition of nurses said the rota was unfair.", "organization"),
        ("A group of farmers said the quota was unfair.", "group"),
        ("The head of the union said the quota was unfair.", "person"),
        # a quantity or a troupe of people is a group, not a body of members
        ("An army of workers said the quota was unfair.", "group"),
        ("A host of growers said the levy was unfair.", "group"),
        ("A company of dancers said the hall was cold.", "group"),
        ("A federation of growers said the levy was unfair.", "organization"),
    ],
)
def test_a_body_of_members_is_an_organization(text: str, kind: str) -> None:
    assert speaker_of(text)[1] == kind


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The tractors stayed until 9 p.m. Police said the protest was calm.", "Police"),
        ("The buyers left at 6 a.m. Organisers said the sale was over.", "Organisers"),
        ("Milking starts at 5 a.m. Tom Hale said the herd was calm.", "Tom Hale"),
        # a capital, then a lower-case word other than "time": a new sentence still
        ("The herd was fed at 7 a.m. Farmers said the hay was wet.", "Farmers"),
    ],
)
def test_a_clock_times_pm_ends_its_sentence_before_a_capital(text: str, speaker: str) -> None:
    assert speaker_of(text)[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The sale opens at 9 a.m. Friday, the auctioneer said.",
        "The sale opens at 9 a.m. Eastern, the auctioneer said.",
        # a place before "time", a feast, a day's name ending in Day or Eve
        "The auction closed at 3 p.m. Sydney time, the auctioneer said.",
        "The market reopens at 8 a.m. Easter Monday, the auctioneer said.",
        "Polls shut at 7 p.m. Polling Day, the returning officer said.",
        "The parade starts at 10 a.m. Boxing Day, the organiser said.",
        "The gates open at 9 p.m. New Year's Eve, the organiser said.",
    ],
)
def test_a_day_or_zone_after_a_clock_time_goes_on(text: str) -> None:
    assert named(text)[0][0] == text[: text.index(",")]


@pytest.mark.parametrize(
    "name",
    [
        "Keston Water",
        "Vale Creameries",
        "Brackenfold Dairies",
        "Pell Seeds",
        "Tarn Fertilisers",
        "Dallow Produce",
        "Westfield Co-op",
        "Fenland Cooperative",
        "Corran Commodities",
    ],
)
def test_a_farm_or_food_firms_name_ends_in_its_trade(name: str) -> None:
    assert speaker_of(f"{name} said the harvest was poor.")[:2] == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The co-op said the harvest was poor.", "The co-op"),
        ("The cooperative said the harvest was poor.", "The cooperative"),
        ("The processor said the price was fair.", "The processor"),
    ],
)
def test_a_co_op_or_processor_is_an_organization(text: str, name: str) -> None:
    assert speaker_of(text)[:2] == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A dairy farmer near Dallow said she had cut her herd.", "A dairy farmer near Dallow"),
        ("Co-op member Ann Lee said the price was fair.", "Ann Lee"),
        ("A co-op member said the price was fair.", "A co-op member"),
    ],
)
def test_a_member_of_a_co_op_or_a_dairy_farmer_is_a_person(text: str, name: str) -> None:
    assert speaker_of(text)[:2] == (name, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Merchants are paying as little as 165 pounds a tonne.",
        "A bottle costs between 1.45 and 1.65 pounds in the chains.",
        "Lambs fetched 95 pounds each at the mart.",
        "They sold the heifer for 900 pounds.",
        "The hauler charged growers 14 pounds a load.",
        "The price was 60 pounds a head at the ring.",
        "The old tractor is worth over 900 pounds.",
    ],
)
def test_pounds_after_a_price_word_are_money(text: str) -> None:
    [figure] = find_figures(text)
    assert (figure.unit or "").startswith("pounds")
    assert figure.kind == "money"


@pytest.mark.parametrize(
    "text",
    [
        "The calf weighs 165 pounds.",
        "He lost 20 pounds over the winter.",
        "The steer weighed 1,200 pounds at the sale.",
    ],
)
def test_pounds_without_a_price_word_weigh(text: str) -> None:
    [figure] = find_figures(text)
    assert figure.kind == "measure"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a price word nearby that does not govern the number: a weight
        ("She was charged with smuggling 3 pounds of heroin.", ["measure"]),
        ("A man was charged after police found 25 pounds of cannabis.", ["measure"]),
        ("With feed prices so high, the herd lost 40 pounds a head.", ["measure"]),
        ("Dealers paid more for lambs under 90 pounds.", ["measure"]),
        ("The cost of a goose weighing 12 pounds has risen.", ["measure"]),
        ("The colt, worth a fortune, weighed 950 pounds.", ["measure"]),
        ("Market Basket recalled 3,000 pounds of ground pork.", ["measure"]),
        # both in one sentence: the price's pounds money, the weight's pounds a weight
        ("A sack of oats that costs 8 pounds weighs 20 pounds.", ["money", "measure"]),
        ("He paid 30 pounds for a 25-pound sack of seed.", ["money", "measure"]),
        # a price word governing pounds of a matter: what was bought, weighed
        ("The mill paid for 500 pounds of wheat.", ["measure"]),
    ],
)
def test_pounds_near_a_price_word_it_does_not_govern_weigh(text: str, kinds: list[str]) -> None:
    assert [figure.kind for figure in find_figures(text)] == kinds


@pytest.mark.parametrize(
    "text",
    [
        "One dairy farmer near Dallow said she had cut her herd.",
        "One grower, who asked not to be named, said the rain came late.",
    ],
)
def test_one_farmer_telling_an_anecdote_counts_no_one(text: str) -> None:
    assert [f.unit for f in find_figures(text)] == []


def test_one_farmer_beside_other_counts_is_counted() -> None:
    assert [(f.value, f.unit) for f in find_figures("One farmer lost 40 cows.")] == [
        (1, "farmer"),
        (40, "cows"),
    ]


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "farm-drought-harvest.txt",
            [
                ("Wheat yields across", "farmers and analysts", "group"),
                ("they may not plant", "some growers", "group"),
                ("farmers would be allowed", "Keston Water", "organization"),
                ("she had cut her herd", "One dairy farmer near Dallow", "person"),
            ],
        ),
        (
            "milk-price-row.txt",
            [
                ("the protest was peaceful", "Police", "organization"),
                ("it would hold its price", "Vale Creameries", "organization"),
                ("it had lost 4.3 million", "Brackenfold Dairies", "organization"),
            ],
        ),
        (
            "grain-market-note.txt",
            [
                ("the deal could tip", "Analysts at Pennick & Rowe", "group"),
                ("People think", "Jess Thornbury", "person"),
            ],
        ),
    ],
)
def test_the_invented_farm_articles_keep_their_speakers(
    article: str, expected: list[tuple[str, str, str]]
) -> None:
    assert missing_speakers(article, expected) == []


def test_the_invented_farm_articles_keep_their_rates() -> None:
    text = (ARTICLES / "grain-market-note.txt").read_text(encoding="utf-8")
    units = [f.unit for f in find_figures(text)]
    assert units.count("dollars per bushel") >= 2
    text = (ARTICLES / "farm-drought-harvest.txt").read_text(encoding="utf-8")
    assert "tonnes per hectare" in [f.unit for f in find_figures(text)]
