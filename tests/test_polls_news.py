"""Opinion polls and surveys as a new analyst reads them: constructions found by trying
whosaid on invented stories of a provincial poll on the economy, a business survey with
economists polled and a referendum tracking poll (in tests/data/speakers/), each tested here
on other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import acts_and_contents, attributed, speaker_of

from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("About 12% said they would move away.", "12%"),
        ("Some 7% said the bus was never on time.", "Some 7%"),
        ("Only 31% said the mayor was doing a good job.", "31%"),
        ("41% said the schools had improved.", "41%"),
        ("Among renters, 66% said rents were too high.", "66%"),
    ],
)
def test_a_share_in_per_cent_signs_speaks_as_a_group(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "group")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Just 19% of farmers said the subsidy helped.", "19% of farmers"),
        ("About 44% of parents said the new timetable was worse.", "44% of parents"),
        ("A third of tenants said they had complained.", "A third of tenants"),
        ("Two-thirds of drivers said the tolls were unfair.", "Two-thirds of drivers"),
        ("Only 52 per cent of nurses said they felt safe.", "52 per cent of nurses"),
    ],
)
def test_a_share_of_a_group_keeps_its_share(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "group")


@pytest.mark.parametrize(
    "text",
    [
        "A third say the new road is dangerous.",
        "Roughly a quarter expected prices to fall.",
        "A fifth of the members said they would resign.",
    ],
)
def test_a_fraction_that_speaks_is_a_group(text: str):
    assert speaker_of(text)[1] == "group"


def test_an_ordinal_with_the_stays_a_person():
    assert speaker_of("The third said the boat had sunk.")[1] == "person"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Of the parents, 58% said fees were too high, and 30% said they were fair.",
            ["58%", "30%"],
        ),
        (
            "Of parents, 58 percent said fees were too high, but 30 percent said they were fair.",
            ["58 percent", "30 percent"],
        ),
    ],
)
def test_a_share_after_a_comma_and_a_conjunction_opens_a_statement_of_its_own(
    text: str, names: list[str]
):
    found = attributed(text)
    assert [s.name for _, s, _ in found if s is not None] == names
    assert found[0][0] in {"fees were too high"}


@pytest.mark.parametrize(
    "text",
    [
        "The party won 38% and 5% said the count was unfair.",
        "Turnout rose to 61% and 4% said the count was unfair.",
    ],
)
def test_a_share_after_a_verb_without_a_comma_is_not_read_with_its_number(text: str):
    assert all(s is None or s.name != "5%" and s.name != "4%" for _, s, _ in attributed(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The watchdog rated 40% of the ads as misleading.", "40% of the ads as misleading"),
        ("Inspectors rated the old pier as unsafe.", "the old pier as unsafe"),
    ],
)
def test_rating_something_as_something_is_a_judgement_held(text: str, content: str):
    assert acts_and_contents(text) == [("thought", content)]


@pytest.mark.parametrize(
    "text",
    [
        "Diners rated the new menu highly.",
        "The agency rated the bonds last week.",
    ],
)
def test_rating_without_as_is_no_statement(text: str):
    assert acts_and_contents(text) == []


def test_a_share_whose_verb_disagrees_with_it_is_no_speaker():
    """'32% of Republican claims as': "claims" after a share is its noun, not a verb."""
    text = "The site flagged 32% of Republican claims as false."
    assert all(cue != "claims" for _, _, cue in attributed(text))


@pytest.mark.parametrize(
    "text",
    [
        "Seats on the panel are allocated according to population.",
        "The answers were weighted according to age and region.",
        "Fees vary according to income.",
        "Bonuses were ranked according to seniority.",
    ],
)
def test_according_to_right_after_a_verb_of_arranging_tells_how_not_who(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Support fell according to the institute.", "the institute"),
        ("The answers were weighted, according to the institute.", "the institute"),
        ("The institute said its answers were weighted according to age.", "The institute"),
    ],
)
def test_according_to_after_another_verb_or_a_comma_still_names_a_source(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Critics say that figure is far too high.", "that figure is far too high"),
        ("The campaign said that poll was an outlier.", "that poll was an outlier"),
        ("Aides argue that estimate has no basis.", "that estimate has no basis"),
        ("Rivals said that lead would not last.", "that lead would not last"),
    ],
)
def test_that_before_a_bare_count_noun_and_its_verb_is_a_demonstrative(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Critics say that figures are far too high.", "figures are far too high"),
        ("Aides said that poll workers were tired.", "poll workers were tired"),
        ("Aides said that inflation was falling.", "inflation was falling"),
        ("Aides said that survey results were wrong.", "survey results were wrong"),
    ],
)
def test_that_before_a_plural_a_mass_noun_or_a_modifier_opens_the_clause(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Harlow Poll found 40% backed the plan.", "Harlow Poll"),
        ("The Eastmere Survey shows that rents are rising.", "Eastmere Survey"),
        ("The Lund Report concluded that the ferry was unsafe.", "Lund Report"),
    ],
)
def test_a_documents_own_name_speaks_as_a_document(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("“It is close,” said Ana Ruiz, director of the Harlow Poll.", "person"),
        ("The Harlow Institute found 40% backed the plan.", "organization"),
    ],
)
def test_a_person_of_a_named_poll_or_an_institute_keeps_its_kind(text: str, kind: str):
    assert speaker_of(text)[1] == kind


_ARTICLES = Path(__file__).parent / "data" / "speakers"


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "poll-economy-concern.txt",
            {
                ("Ana Ruiz", "person"),
                ("Jules Petrakis", "person"),
                ("A third of respondents", "group"),
                ("Officials in her party", "group"),
            },
        ),
        (
            "business-survey-economists.txt",
            {
                ("Valdorian Chamber of Commerce", "organization"),
                ("11%", "group"),
                ("Some 14%", "group"),
                ("38% of respondents", "group"),
                ("23% of consumers", "group"),
                ("Five of the economists", "group"),
            },
        ),
        (
            "referendum-tracker-poll.txt",
            {
                ("Gideon Farrow", "person"),
                ("Mid-Valley Poll", "document"),
                ("63%", "group"),
                ("28%", "group"),
                ("a majority", "group"),
            },
        ),
    ],
)
def test_the_invented_poll_articles_keep_their_speakers(article: str, expected: set):
    speakers, _ = find_statements((_ARTICLES / article).read_text(encoding="utf-8"))
    assert expected <= {(s.name, s.kind) for s in speakers}


@pytest.mark.parametrize(
    "text",
    [
        "Two shoppers said they heard a bang. A third said she smelled smoke.",
        "Four guards were fired. A fifth said he had quit in May.",
        "Two hikers were rescued, and a third said he walked out alone.",
    ],
)
def test_an_ordinal_alone_before_a_singular_verb_is_one_more_person(text: str):
    assert attributed(text)[-1][1].kind == "person"


@pytest.mark.parametrize(
    "text",
    [
        "A third think the ferry should run at night.",
        "A fifth believe the mayor misled them.",
        "A third of commuters said the trains were late.",
    ],
)
def test_an_ordinal_share_before_a_plural_verb_or_of_is_a_group(text: str):
    assert speaker_of(text)[1] == "group"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bonuses will be allocated according to the agency.", "the agency"),
        ("Votes were divided according to party observers.", "party observers"),
        ("Reports of the fire varied according to neighbours.", "neighbours"),
        ("Grants were distributed according to Mayor Ida Kron.", "Ida Kron"),
    ],
)
def test_according_to_a_source_after_a_verb_of_arranging_still_names_it(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Plots were assigned according to their size.",
        "Grants were distributed according to the number of pupils.",
        "Tickets are priced according to demand and season.",
    ],
)
def test_according_to_a_criterion_after_a_verb_of_arranging_names_no_source(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Cook Political Report said the seat leaned Republican.",
        "The Drudge Report said the governor would quit.",
    ],
)
def test_an_outlet_named_report_is_media_not_a_document(text: str):
    assert speaker_of(text)[1] == "media"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The utility said that lead was detected in the taps.", "lead was detected in the taps"),
        ("Tests showed that lead was found in three wells.", "lead was found in three wells"),
        ("Pollsters said that lead would shrink by May.", "that lead would shrink by May"),
        ("Aides said that estimate was revised twice.", "that estimate was revised twice"),
    ],
)
def test_that_before_lead_and_a_passive_opens_the_clause_of_the_metal(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content
