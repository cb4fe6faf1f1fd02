"""Housing and real estate news as a new analyst reads it: constructions found by trying
whosaid on invented stories of a real estate board's monthly numbers, a housing agency's
rental report and a rate cut's effect on mortgages (in tests/data/speakers/), each tested here
on other invented sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import ARTICLES, attributed, missing_speakers, speaker_of

from tui.core.figures import find_figures
from tui.core.statements import find_statements


def figures_of(text: str) -> list[tuple[str, str | None, str | None]]:
    """(span, unit, subject) of each figure of `text`."""
    return [(text[f.span[0] : f.span[1]], f.unit, f.subject) for f in find_figures(text)]


def unit_of(text: str, written: str) -> str | None:
    """The unit of the figure of `text` whose span is `written`."""
    [unit] = [unit for span, unit, _ in figures_of(text) if span == written]
    return unit


# --- A noun in -ing between an adjective and a role or a body ---


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Prices rose, a federal housing official said.", "a federal housing official", "person"),
        (
            "The provincial housing ministry said the cap would stay.",
            "The provincial housing ministry",
            "organization",
        ),
        ("Loans slowed, the regional lending office said.", "the regional lending office", None),
        ("Demand fell, the state funding agency said.", "the state funding agency", None),
    ],
)
def test_a_noun_in_ing_after_an_adjective_stays_in_the_speaker(text: str, name: str, kind):
    found_name, found_kind, _ = speaker_of(text)
    assert found_name == name
    assert kind is None or found_kind == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("After meeting officials said the talks went well.", "officials"),
        ("The housing agency said rents rose.", "The housing agency"),
        (
            "The city's new housing director said rents were high.",
            "The city's new housing director",
        ),
    ],
)
def test_a_participle_after_a_preposition_or_a_determiner_reads_as_before(text: str, name: str):
    assert speaker_of(text)[0] == name


# --- A hyphened number-noun compound before a noun ---


@pytest.mark.parametrize(
    ("text", "unit", "subject"),
    [
        ("The average 30-year fixed mortgage rate fell.", "year", "fixed mortgage rate"),
        ("She rented a two-bedroom condo in May.", "bedroom", "condo"),
        ("A 15-year loan has a lower rate.", "year", "loan"),
        ("The 10-year bond yield slipped.", "year", "bond yield"),
        ("They listed a three-storey townhouse.", "storey", "townhouse"),
    ],
)
def test_a_hyphened_compound_counts_its_noun_and_modifies_the_next(
    text: str, unit: str, subject: str
):
    [(_, found_unit, found_subject)] = figures_of(text)
    assert (found_unit, found_subject) == (unit, subject)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("He is a 29-year-old nurse.", "nurse"),
        ("Rent for a two-bedroom rose again.", "bedroom"),
        ("Nine armed guards stood by.", "armed guards"),
    ],
)
def test_an_age_a_compound_alone_and_a_plain_count_keep_their_subjects(text: str, subject: str):
    assert figures_of(text)[0][2] == subject


# --- A bare level after a change, and a level a change started from ---


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("New listings rose 38 per cent from a year earlier to 9,870.", "9,870", "listings"),
        ("Home sales fell by about 12% in October to 2,318.", "2,318", "sales"),
        ("Sales have climbed 5 percent month over month to 410.", "410", "sales"),
        ("Housing starts slipped 4 per cent to 231,400 in April.", "231,400", "starts"),
    ],
)
def test_a_level_after_a_change_in_per_cent_counts_the_plural_subject(
    text: str, written: str, unit: str
):
    assert unit_of(text, written) == unit


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("Detached sales fell 9% to 812, while condo sales rose 3% to 1,406.", "1,406", "sales"),
        ("Sales fell 9 per cent to 812, and new listings rose to 1,406.", "1,406", "listings"),
        ("Prices fell, but sales rose to 410.", "410", "sales"),
    ],
)
def test_a_clause_joined_after_a_comma_has_its_own_plural_subject(
    text: str, written: str, unit: str
):
    assert unit_of(text, written) == unit


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("The board's data showed the average days on market rose to 34.", "34", "days"),
        ("The board said new listings rose 38% to 9,870.", "9,870", "listings"),
        ("The report found that the listings jumped to 400.", "400", "listings"),
        ("The new listings rose 4% to 9,870.", "9,870", "listings"),
    ],
)
def test_a_reported_clause_or_a_determined_subject_gives_the_plural_counted(
    text: str, written: str, unit: str
):
    assert unit_of(text, written) == unit


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "The housing plan predicts that between 7,500 and 8,000 will be built.",
            "between 7,500 and 8,000",
        ),
        ("Officials said the rates rose to 7.", "7"),  # a value's noun
        ("In Ashby, where prices fell, sales rose 4% to 300.", "300"),  # no join: not read
        ("Sales fell, and rents rose 2% to 1,950.", "1,950"),  # a value's noun
        ("Rents rose 3 per cent to 1,742 a month.", "1,742"),  # a value's noun: no rents counted
        ("Jones rose to 300.", "300"),  # a name
        ("Officials put the toll up 4% to 4,100.", "4,100"),  # an object's count
    ],
)
def test_a_value_a_name_or_an_object_before_the_change_counts_nothing(text: str, written: str):
    assert unit_of(text, written) is None


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        (
            "The board recorded 6,120 sales in May, up 9.4% from 5,594 a year earlier.",
            "5,594",
            "sales",
        ),
        ("Sales totalled 6,120 homes, down by 3 per cent from 6,310.", "6,310", "homes"),
        ("Active listings climbed to 12,300, up 22 per cent from 10,080.", "10,080", "listings"),
    ],
)
def test_the_level_a_change_started_from_counts_what_the_level_after_counts(
    text: str, written: str, unit: str
):
    assert unit_of(text, written) == unit


def test_a_year_a_change_started_from_is_no_count():
    text = "The firm had 300 staff, up 5% from 2019."
    assert [span for span, _, _ in figures_of(text)] == ["300 staff", "5%"]


# --- A verb in -s after the counted noun ---


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("About half the neighbourhood knows someone who sold.", "neighbourhood"),
        ("Half the street shows up at every open house.", "street"),
        ("A third of the board thinks rates will fall.", "board"),
        ("Half the building signs up, the landlord said.", "building"),
    ],
)
def test_a_verb_in_s_after_a_singular_noun_ends_what_is_counted(text: str, subject: str):
    assert figures_of(text)[0][2] == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Three bus stops down the road closed.", "bus stops"),
        ("Two car parks off the highway closed.", "car parks"),
        ("Half the condos have sold.", "condos"),
        ("Roughly one in five mortgages is up for renewal.", "mortgages"),
    ],
)
def test_a_compound_plural_before_a_preposition_is_still_counted(text: str, subject: str):
    assert figures_of(text)[0][2] == subject


# --- A participle cue modifying the subject opening its clause ---


@pytest.mark.parametrize(
    "text",
    [
        "Buyers hoping for lower rates may be disappointed.",
        "Rates fell, but homebuyers hoping for a quick drop will have to wait.",
        "Sellers expecting quick offers are cutting their prices.",
        "In May, tenants worrying about rent increases packed the hall.",
    ],
)
def test_a_participle_after_the_subject_opening_its_clause_reports_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("She is hoping for a cut.", ["for a cut"]),
        ("Rates fell, with economists expecting more cuts.", ["more cuts"]),
        ("Vale, hoping for a deal, said talks would resume.", ["for a deal", "talks would resume"]),
        ("Analysts expecting a cut said bonds would rally.", ["bonds would rally"]),
        (
            "A new ad uses old footage of Vale asking, “Where are the homes?”",
            ["Where are the homes?"],
        ),
    ],
)
def test_a_participle_after_be_a_comma_or_before_a_quotation_still_reports(
    text: str, contents: list[str]
):
    assert [content for content, _, _ in attributed(text)] == contents


# --- Data and reports as sources ---


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("Sales fell, data from the board showed.", "Sales fell", "the board"),
        ("Rents rose 2%, a report from the agency said.", "Rents rose 2%", "the agency"),
        ("Listings rose, the latest survey from the agency found.", "Listings rose", "the agency"),
    ],
)
def test_a_document_from_a_source_after_the_content_gives_the_source(
    text: str, content: str, name: str
):
    [(found, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (found, speaker.name) == (content, name)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("A report from the board showed that sales fell.", "sales fell", "the board"),
        ("Sales fell, a broker from Ashby said.", "Sales fell", "a broker from Ashby"),
        (
            "Prices rose after a warning from the bank, Vale said.",
            "Prices rose after a warning from the bank",
            "Vale",
        ),
    ],
)
def test_a_source_opening_the_sentence_or_a_person_from_a_place_reads_as_before(
    text: str, content: str, name: str
):
    [(found, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (found, speaker.name) == (content, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The agency's latest outlook forecasts that starts will fall.",
            "The agency's latest outlook",
        ),
        ("The board's monthly update showed sales fell.", "The board's monthly update"),
        ("The index shows that prices fell.", "The index"),
        ("Prices fell 2%, the board's price index showed.", "the board's price index"),
    ],
)
def test_an_outlook_an_update_and_an_index_speak_as_documents(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


@pytest.mark.parametrize(
    "text", ["The index fell 2% in May.", "The company updates its forecast monthly."]
)
def test_an_index_or_an_update_without_a_cue_says_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The numbers show that sales fell.",
        "Sales fell in May, the numbers showed.",
        "Statistics show rents rose.",
        "Data showed sales fell.",
        "Reports said rents rose.",
    ],
)
def test_numbers_and_statistics_speak_as_documents(text: str):
    assert speaker_of(text)[1] == "document"


@pytest.mark.parametrize("text", ["The Post said rents rose.", "Post said rents rose."])
def test_a_singular_document_word_as_a_name_stays_an_outlet(text: str):
    assert speaker_of(text)[1] == "media"


# --- A role noun going back to a person described with a complement ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Gord Vale, a broker in Ashby, disagreed. “People are waiting,” the broker said.",
            "Gord Vale",
        ),
        (
            "Ana Ruiz, an economist at Brill Bank, was cautious. “Rates will fall,” the "
            "economist said.",
            "Ana Ruiz",
        ),
        (
            "Lee Moss, a planner with the city, spoke first. The planner said permits were slow.",
            "Lee Moss",
        ),
    ],
)
def test_the_role_noun_names_the_person_described_by_it_with_a_complement(text: str, name: str):
    assert speaker_of(text)[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lee Moss, a planner with the city, spoke first. Then a broker said prices were high.",
            "a broker",
        ),
        (
            "Ed Kahn, a landlord in Ashby, spoke. Another landlord in Brill said rents were low.",
            "Another landlord in Brill",
        ),
    ],
)
def test_another_role_or_an_indefinite_one_stays_unnamed(text: str, name: str):
    assert speaker_of(text)[0] == name


# --- The invented articles ---

ARTICLE_SPEAKERS = {
    "housing-board-monthly.txt": [
        ("Home sales in the Lakeshore region", "the area’s real estate board", "organization"),
        ("A total of 2,318 homes", "Lakeshore Regional Real Estate Board", "organization"),
        ("Buyers have more choice", "Marisol Quenneville", "person"),
        ("the slowdown reflected", "Economists", "group"),
        ("We are not seeing forced selling", "Ravi Okonkwo", "person"),
        ("sales to pick up", "Ravi Okonkwo", "person"),
        ("We lost four bidding wars", "Tessa Lindqvist", "person"),
        ("about half the neighbourhood", "Gord Pelletier", "person"),
        ("People are testing the waters", "Gord Pelletier", "person"),
        ("the average days on market", "The board’s figures", "document"),
    ],
    "housing-rental-vacancy.txt": [
        ("The rental vacancy rate", "the federal housing agency", "organization"),
        ("The vacancy rate stood", "National Housing and Mortgage Agency", "organization"),
        ("Renters in Brantwood", "Helene Marchand", "person"),
        ("about 6,200 new rental units", "The report", "document"),
        ("If you lose your lease", "Josh Beaulieu", "person"),
        ("Property taxes, insurance", "Diane Cheng", "person"),
        ("We set out to get shovels", "Amir Sadeghi", "person"),
        ("The pipeline", "Paul Ferreira", "person"),
    ],
    "housing-rate-cut-mortgages.txt": [
        ("The average rate on a 30-year", "Hartwell Home Loan Corp", "organization"),
        ("The cut was widely expected", "Leah Castellanos", "person"),
        ("Housing is one of the places", "Arthur Winslow", "person"),
        ("officials would", "The central bank’s statement", "document"),
        ("Sales of previously occupied", "National Realty Council", "organization"),
        ("First-time buyers accounted", "National Realty Council", "organization"),
        ("Every time rates dip", "Marcus Oyelaran", "person"),
        ("We’ve had more calls", "Dwayne Petrakis", "person"),
        ("I wouldn’t tell anyone", "Greg Hollister", "person"),
    ],
}


@pytest.mark.parametrize("name", sorted(ARTICLE_SPEAKERS))
def test_the_invented_housing_articles_keep_their_speakers(name: str):
    assert missing_speakers(name, ARTICLE_SPEAKERS[name]) == []


@pytest.mark.parametrize("name", sorted(ARTICLE_SPEAKERS))
def test_the_invented_housing_articles_make_no_statement_of_a_modifier_or_a_date(name: str):
    text = (ARTICLES / name).read_text(encoding="utf-8")
    _, statements = find_statements(text)
    assert not {st.cue for st in statements} & {"hoping", "report"}
    contents = [text[st.span[0] : st.span[1]] for st in statements]
    assert not any(content.startswith("released") for content in contents)


ARTICLE_FIGURES = {
    "housing-board-monthly.txt": [
        ("9,870", "listings", None),
        ("34", "days", None),
        ("five-year fixed mortgage rates", "year", "fixed mortgage rates"),
        ("two-bedroom condo", "bedroom", "condo"),
        ("about half the neighbourhood", "fraction", "neighbourhood"),
    ],
    "housing-rental-vacancy.txt": [
        ("one-bedroom apartment", "bedroom", "apartment"),
        ("$1,742 a month", "dollar per month", None),
        ("about 6,200 new rental units", "units", "new rental units"),
    ],
    "housing-rate-cut-mortgages.txt": [
        ("30-year fixed mortgage", "year", "fixed mortgage"),
        ("15-year fixed-rate mortgages", "year", "fixed-rate mortgages"),
        ("half the neighborhood", "fraction", "neighborhood"),
        ("About 1.55 million homes", "homes", "homes"),
    ],
}


@pytest.mark.parametrize("name", sorted(ARTICLE_FIGURES))
def test_the_invented_housing_articles_keep_their_figures(name: str):
    found = figures_of((ARTICLES / name).read_text(encoding="utf-8"))
    assert [f for f in ARTICLE_FIGURES[name] if f not in found] == []
