"""Grocery prices and cost-of-living news as a new analyst reads it: constructions found by
trying whosaid on invented stories of a monthly consumer price index and of egg and beef
prices with shoppers, chains, pollsters and food banks (in tests/data/speakers/), each tested
here on other invented sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import ARTICLES, contents, missing_speakers, speaker_names, speaker_of

from tui.core.figures import find_figures
from tui.core.statements import find_statements


def figures_of(text: str) -> list[tuple[str, str | None]]:
    """(span, unit) of each figure of `text`."""
    return [(text[f.span[0] : f.span[1]], f.unit) for f in find_figures(text)]


# --- A verb of comparing with no likeness: comparing done by hand or eye ---


@pytest.mark.parametrize(
    "text",
    [
        "In the cereal aisle, Noor Haddad was comparing two boxes of oats.",
        "Gil Serrano compared prices at three stores before buying.",
        "Shoppers were comparing unit prices on the shelf tags, Tessa Wu said.",
        "The senator compared the two bills on Tuesday.",
    ],
)
def test_comparing_without_to_or_with_says_nothing(text: str):
    assert not any(
        c.startswith(("two boxes", "prices", "unit prices", "the two")) for c in contents(text)
    )


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("Mayor Ida Vance compared the new levy to a toll on bread.", "the new levy to"),
        ("Omar Pike likened the price cap to a bandage on a broken leg.", "the price cap to"),
        ("Greta Holm compared the chain's margins with a casino's take.", "the chain's margins"),
    ],
)
def test_a_comparison_with_its_likeness_stays_a_statement(text: str, opening: str):
    assert any(c.startswith(opening) for c in contents(text))


# --- A verb of manner or feeling before the speaker it follows a quotation with ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Prices are what they are," muttered Ron Ekwueme, 58.', "Ron Ekwueme"),
        ('"Twelve dollars for cheese," scoffed Hana Toivonen.', "Hana Toivonen"),
        ('"Everything is up again," whispered the cashier.', "the cashier"),
        ('"We are not giving up," grumbled one shopper.', "one shopper"),
    ],
)
def test_a_manner_or_feeling_verb_may_stand_before_its_speaker(text: str, name: str):
    assert speaker_names(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"It costs too much," said Ann Lee outside the store.', "Ann Lee"),
        ('"I buy the store brand now," said a shopper near the till.', "a shopper"),
        ('"Nobody can keep up," said a woman behind the counter.', "a woman"),
        ('"It costs too much," says Ivo Brandt across the street.', "Ivo Brandt"),
        ('"It costs too much," said Ann Lee in the parking lot.', "Ann Lee"),
    ],
)
def test_an_inverted_speaker_may_be_followed_by_where_they_stood(text: str, name: str):
    assert speaker_names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The crowd chanted slogans as officials looked on.",
        "Fans screamed, teased the players and left.",
    ],
)
def test_a_manner_verb_with_no_quotation_before_it_says_nothing(text: str):
    assert contents(text) == []


# --- "the statement said": the words a speaker gave, no evidence of its kind ---


@pytest.mark.parametrize(
    "text",
    [
        'Birch Lane said in a statement that costs rose. "We froze prices," the statement said.',
        'Oakridge said in an emailed statement that supply was short. "We are working on it," '
        "the statement said.",
    ],
)
def test_the_statement_said_leaves_its_giver_no_document(text: str):
    speakers, statements = find_statements(text)
    by_id = {s.id: s for s in speakers}
    kinds = {by_id[st.speaker].kind for st in statements if st.speaker}
    assert len(statements) == 2 and "document" not in kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            'Rena Tully said in a statement that she would resign. "I am proud," the '
            "statement said.",
            "person",
        ),
        (
            'The company said in a statement that costs rose. "We froze prices," the '
            "statement said.",
            "organization",
        ),
        ('"We froze prices," the statement said.', "document"),
    ],
)
def test_a_statement_given_by_a_known_kind_keeps_it(text: str, kind: str):
    speakers, statements = find_statements(text)
    by_id = {s.id: s for s in speakers}
    assert by_id[statements[-1].speaker or ""].kind == kind


# --- Pollsters' and grocers' names ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Costs rose, Northline Research said.", "Northline Research"),
        ("Tally Analytics said sales were slow.", "Tally Analytics"),
        ("Bellwether Consumer Insights said shoppers were wary.", "Bellwether Consumer Insights"),
        ("Maple Grocers said margins were flat.", "Maple Grocers"),
        ("Lakeview Supermarkets said it froze prices.", "Lakeview Supermarkets"),
    ],
)
def test_a_pollster_or_a_grocer_named_for_its_trade_is_an_organization(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "The chain said it expects prices to level off.",
        "The grocery chain said it would hire 400 cashiers.",
        "Orchard Holdings owns the chain, which said sales rose.",
    ],
)
def test_a_chain_is_an_organization(text: str):
    assert speaker_of(text)[1] == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Maple Grocers said costs rose. The chain said prices would fall.", "Maple Grocers"),
        (
            "Lakeview Supermarkets said costs rose. The grocery chain said prices would fall.",
            "Lakeview Supermarkets",
        ),
        (
            "Brill Foods said costs rose. Pine Bank said rates rose. The chain said prices "
            "would fall.",
            "Brill Foods",
        ),
        ("Orchard Holdings said costs rose. The chain said prices would fall.", "The chain"),
    ],
)
def test_the_chain_is_the_retailer_named_by_what_it_sells(text: str, name: str):
    assert speaker_names(text)[-1] == name


def test_a_supply_chain_in_the_content_leaves_the_speaker_alone():
    assert speaker_of("The supply chain is fragile, Ann Lee said.")[:2] == ("Ann Lee", "person")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("New research suggests that costs rose.", "document"),
        ("Lee Chan, who heads Harbour Insights, said sales fell.", "person"),
    ],
)
def test_research_in_lower_case_and_a_person_at_a_firm_keep_their_kinds(text: str, kind: str):
    assert speaker_of(text)[1] == kind


# --- A price per unit written with a slash ---


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("Apples cost $1.29/lb this week.", "$1.29/lb", "dollar per lb"),
        ("Beef sold for $13.40/kg, up from $11.05/kg.", "$11.05/kg", "dollar per kg"),
        ("Gas was 159.9 cents/litre on Monday.", "159.9 cents/litre", "cents per litre"),
        ("Canola hit $700/tonne in May.", "$700/tonne", "dollar per tonne"),
        ("Eggs cost $5.29 a dozen at the market.", "$5.29 a dozen", "dollar per dozen"),
    ],
)
def test_a_price_per_unit_after_a_slash_is_a_rate(text: str, written: str, unit: str):
    assert (written, unit) in figures_of(text)


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("A dozen eggs cost $4.12.", "A dozen eggs", "eggs"),
        ("He paid $40 for a dozen roses.", "$40", "dollar"),
    ],
)
def test_a_dozen_before_a_noun_stays_a_count(text: str, written: str, unit: str):
    assert (written, unit) in figures_of(text)


@pytest.mark.parametrize(
    "text", ["The 2019/20 season was long.", "The store is open 24/7 all year."]
)
def test_numbers_joined_by_a_slash_stay_no_figure(text: str):
    assert figures_of(text) == []


# --- A group's size, then its verb ---


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Her family of four pays $900 a month for food.", "four"),
        ("A household of 3 needs $1,200 a month.", "3"),
        ("His family of five spends about $320 a week.", "five"),
        ("A team of 12 builds the homes.", "12"),
    ],
)
def test_a_word_in_s_after_a_group_size_is_its_verb(text: str, written: str):
    assert (written, None) in figures_of(text)


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("A family of five children arrived.", "five children", "children"),
        ("The team of 12 engineers left.", "12 engineers", "engineers"),
        ("Five crews were sent.", "Five crews", "crews"),
    ],
)
def test_a_group_size_before_its_people_keeps_the_noun(text: str, written: str, unit: str):
    assert (written, unit) in figures_of(text)


# --- "the agency" after a government arm named for its field and its country ---


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 3 per cent, according to Statistics Canada. The agency said rents rose.",
        "Statistics Canada said prices rose. The federal agency said wages rose.",
        "Health Canada said the recall was voluntary. The department said no one was hurt.",
        "Statistics Canada said prices rose. Ali Roy, an economist at Brill Bank, said rents "
        "rose. The agency said wages rose.",
        "Statistics Canada said prices rose. The agency, in a second release, said rents rose.",
    ],
)
def test_the_agency_after_a_government_arm_is_that_arm(text: str):
    names = speaker_names(text)
    assert names[-1] == names[0] and names[0].endswith("Canada")


@pytest.mark.parametrize(
    "text",
    [
        "The Bank of Canada said rates would hold. The agency said wages rose.",
        "Statistics Canada said prices rose. Brill Bank said rents rose. The agency said "
        "wages rose.",
    ],
)
def test_the_agency_after_another_body_stays_as_written(text: str):
    assert speaker_names(text)[-1] == "The agency"


def test_the_agency_met_before_the_arm_is_named_stays_apart_and_the_next_is_the_arm():
    text = (
        "The agency said costs rose. Later, Statistics Canada said prices rose. The agency "
        "said wages rose."
    )
    assert speaker_names(text) == ["The agency", "Statistics Canada", "Statistics Canada"]


# --- The invented articles ---

ARTICLE_SPEAKERS = {
    "grocery-cpi-food-inflation.txt": [
        ("Canadians paid 4.1 per cent", "Statistics Canada", "organization"),
        ("the consumer price index rose", "Statistics Canada", "organization"),
        ("Beef is the story", "Ines Dubois", "person"),
        ("she expects food inflation", "Ines Dubois", "person"),
        ("I used to buy", "Priya Raman", "person"),
        ("she has cut her weekly", "Priya Raman", "person"),
        ("a probability-based sample", "Northline", "organization"),
        ("its suppliers have raised", "Harvest Basket", "unknown"),
        ("We have frozen prices", "Harvest Basket", "unknown"),
        ("Our food margin", "Colette Arsenault", "person"),
        ("When wholesale prices fall", "Walter Ng", "person"),
        ("a record 2.1 million visits", "Northern Food Relief Network", "organization"),
        ("We are seeing people", "Marcus Hale", "person"),
    ],
    "grocery-egg-prices-us.txt": [
        ("Egg prices fell", "Labor Department", "organization"),
        ("We’re past the worst", "Tomas Lindqvist", "person"),
        ("I don’t buy steak", "Linda Ferris", "person"),
        ("his family of five", "Jamal Okafor", "person"),
        ("it had cut prices", "Cornerstone Market", "organization"),
        ("Our customers are telling", "Cornerstone Market", "organization"),
        ("If those tariffs stick", "Rachel Sutter", "person"),
        ("These are families", "Beth Arkwright", "person"),
    ],
}


@pytest.mark.parametrize("name", sorted(ARTICLE_SPEAKERS))
def test_the_invented_grocery_articles_keep_their_speakers(name: str):
    assert missing_speakers(name, ARTICLE_SPEAKERS[name]) == []


@pytest.mark.parametrize("name", sorted(ARTICLE_SPEAKERS))
def test_the_invented_grocery_articles_make_no_statement_of_narration(name: str):
    text = (ARTICLES / name).read_text(encoding="utf-8")
    speakers, statements = find_statements(text)
    assert not {st.cue for st in statements} & {"comparing", "declined", "respond"}
    assert "document" not in {s.kind for s in speakers if s.name == "Harvest Basket"}


ARTICLE_FIGURES = {
    "grocery-cpi-food-inflation.txt": [
        ("$13.42 a kilogram", "dollar per kilogram"),
        ("About one in four Canadians", "fraction"),
        ("Nearly half of respondents", "fraction"),
        ("2.1 million visits", "visits"),
    ],
    "grocery-egg-prices-us.txt": [
        ("$4.29 a pound", "dollar per pound"),
        ("63 cents per pound", "cents per pound"),
        ("five", None),
        ("about $320 a week", "dollar per week"),
        ("48,000 households", "households"),
    ],
}


@pytest.mark.parametrize("name", sorted(ARTICLE_FIGURES))
def test_the_invented_grocery_articles_keep_their_figures(name: str):
    found = figures_of((ARTICLES / name).read_text(encoding="utf-8"))
    assert [f for f in ARTICLE_FIGURES[name] if f not in found] == []
