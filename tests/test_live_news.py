"""Live blogs and rolling breaking-news updates as an analyst reads them: constructions found
by trying whosaid on invented live pages of a wildfire, a train derailment and a storm (in
tests/data/speakers/), each tested here on other invented sentences."""

import pytest
from extraction_helpers import (
    ARTICLES,
    attributed,
    missing_speakers,
    named,
    speaker_of,
    speakers_by_opening,
)

from tui.core.figures import find_figures


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The dam broke.\n\nHere is what Mayor Ida Crane said at the afternoon news "
            "conference:\n\n“We will rebuild every bridge in this valley, and we will do it "
            "fast.”\n\nCrane left.",
            "Ida Crane",
        ),
        (
            "The dam broke.\n\nHere's what Fire Chief Omar Vell told reporters at the "
            "evening update:\n\n“Crews held the line on the east side and nobody was hurt "
            "today.”\n\nVell left.",
            "Omar Vell",
        ),
        (
            "The levee held.\n\nThis is what Senator Pia Lund said in a long video "
            "statement:\n\n“The people of the delta deserve answers, and they deserve them "
            "this week.”\n\nLund left.",
            "Pia Lund",
        ),
    ],
)
def test_here_is_what_a_source_said_over_a_block_quotation_is_theirs(text: str, name: str):
    assert [n for _, n, _ in named(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "What Lee said at the long meeting surprised the room.",
        "What the mayor promised at the long hearing never came to pass.",
    ],
)
def test_a_free_relative_with_no_colon_after_it_reports_nothing(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    "heading",
    ["What we know:", "What we know so far:", "Here's what we've learned so far:"],
)
def test_the_newsrooms_what_we_know_heading_is_no_statement(heading: str):
    text = (
        f"The dam broke at noon.\n\n{heading}\n\nA barge struck the east pier of the dam.\n"
        "Two workers were hurt.\n\nThe mayor spoke later."
    )
    assert attributed(text) == []


def test_what_we_told_someone_is_still_said():
    text = (
        "The dam broke.\n\nHere is what we told the council:\n\n“The levee needs work now and "
        "we cannot wait for the spring.”\n\nThe council met."
    )
    assert [cue for _, _, cue in named(text)] == ["told"]


@pytest.mark.parametrize(
    "title",
    [
        "Storm Orla: thousands without power as forecaster issues red warning – as it happened",
        "Hurricane Lena: coast braces for landfall – live",
        "Tropical Storm Bex: schools shut across the county",
        "Wildfire Season: towns on alert in the north",
    ],
)
def test_a_title_labelled_with_a_natural_event_says_nothing(title: str):
    assert attributed(f"{title}\n\nThe storm hit the coast at dawn.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Premier Ames: ‘We will rebuild every home’\n\nAmes spoke at noon.", "Ames"),
        ("Varga: Council must publish the audit\n\nThe councillor spoke.", "Varga"),
    ],
)
def test_a_speaker_label_on_a_title_still_speaks(text: str, name: str):
    assert [n for _, n, _ in named(text)] == [name]


@pytest.mark.parametrize(
    "line",
    [
        "Amber warning for rain issued for Devon",
        "Red warning for wind extended to the coast",
        "Frost warning in effect for the valley",
        "Flood warning issued for Brill",
    ],
)
def test_a_bare_level_or_hazard_before_warning_is_the_nouns_not_a_speaker(line: str):
    assert attributed(f"The river rose.\n\n{line}\n\nIt rained all night.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police warning drivers to stay off the roads\n\nIt snowed.", "Police"),
        ("Officials are warning that the levee could fail.", "Officials"),
        ("The Red Cross is warning of shortages in the camps.", "Red Cross"),
    ],
)
def test_a_source_warning_still_warns(text: str, name: str):
    assert [n for _, n, _ in named(text)] == [name]


@pytest.mark.parametrize(
    "time",
    [
        "10:42 a.m. ET",
        "9:14 p.m. ET, November 18, 2026",
        "Fri 14 Nov 2026 13.38 GMT",
        "14.52 BST",
        "Updated 3 minutes ago",
        "1h ago",
    ],
)
def test_an_entrys_headline_under_its_time_is_a_crosshead(time: str):
    text = (
        f"The fire grew overnight.\n\n{time}\n\nFire chief says crews hold the east flank\n\n"
        "Chief Ada Holm said crews had held the east flank overnight."
    )
    assert [c for c, _, _ in named(text)] == ["crews had held the east flank overnight"]


def test_a_one_line_entry_under_its_time_is_still_a_statement():
    text = (
        "Chief Ada Holm spoke at dawn.\n\n10:05 a.m. ET\n\n"
        "The fire chief says crews have contained half the blaze.\n\nIt rained."
    )
    assert [c for c, _, _ in named(text)] == ["crews have contained half the blaze"]


def test_a_headline_under_a_sentence_with_no_time_keeps_its_reading():
    text = (
        "The fire grew overnight. Crews worked.\n\nFire chief says crews hold the east flank "
        "and the west\n\nChief Ada Holm said crews had held the east flank overnight."
    )
    assert len(named(text)) == 1


@pytest.mark.parametrize(
    "listing",
    [
        "Key events\n\nMayor says shelters are full, council says\nPremier to visit on Friday",
        "Key events\n\n1h ago\nShelters are full, mayor says\n2h ago\nPremier to visit Brill",
        "Key updates:\nShelters are full, mayor says\nRoads closed, police say",
    ],
)
def test_a_live_pages_list_of_key_entries_says_nothing(listing: str):
    text = (
        f"Floods in Brill: live updates\n\n{listing}\n\n10:42 a.m. ET\n\n"
        "Mayor Ida Crane said the shelters were full."
    )
    assert [c for c, _, _ in named(text)] == ["the shelters were full"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The river rose.\n\nKey events\n\nThe mayor said shelters were full.", "shelters"),
        ("Key events shaped the vote, the mayor said.", "Key events shaped the vote"),
    ],
)
def test_a_sentence_after_or_about_key_events_is_still_read(text: str, content: str):
    assert [c for c, _, _ in named(text) if c.startswith(content)] != []


@pytest.mark.parametrize(
    "name", ["Ottawa Public Schools", "Cold Ridge Local Schools", "Harlow City Schools"]
)
def test_a_school_systems_name_is_an_organization(name: str):
    assert speaker_of(f"{name} said classes would resume on Monday.")[:2] == (name, "organization")


def test_the_schools_are_still_a_group():
    assert speaker_of("The schools said classes would resume.")[:2] == ("The schools", "group")


@pytest.mark.parametrize(
    "stamp", ["Updated 3 minutes ago", "Posted 2 hours ago", "Last updated 12 mins ago", "45m ago"]
)
def test_a_live_pages_stamp_is_no_duration(stamp: str):
    text = f"{stamp}\n\nCrews rescued 14 people from the roofs."
    assert [text[f.span[0] : f.span[1]] for f in find_figures(text)] == ["14 people"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The fire started 40 minutes ago, the chief said.", "40 minutes"),
        ("Updated 3 minutes ago: crews rescued people", "3 minutes"),
        ("The mill closed two years ago.", "two years"),
    ],
)
def test_a_time_ago_in_a_sentence_is_still_a_duration(text: str, figure: str):
    assert [text[f.span[0] : f.span[1]] for f in find_figures(text)] == [figure]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The fire chief says crews have contained half the blaze.\n\n"
            "Chief Mara Velde told a briefing that the wind had dropped.",
            "Mara Velde",
        ),
        (
            "A Brill city councillor says the transit budget is too tight.\n\n"
            "Coun. Ivo Marsh told reporters on Monday that the city must cut costs.",
            "Ivo Marsh",
        ),
        (
            "The police inspector says the road will reopen by noon.\n\n"
            "Insp. Rhea Dunmore said crews were clearing the last of the debris.",
            "Rhea Dunmore",
        ),
    ],
)
def test_a_described_role_is_the_titled_person_opening_the_next_paragraph(text: str, name: str):
    assert [n for _, n, _ in named(text)] == [name, name]


@pytest.mark.parametrize(
    "second",
    [
        "The wind dropped. Chief Mara Velde told a briefing that the wind had dropped.",
        "Police Chief Mara Velde told a briefing that the road was shut.",
        "Dr. Mara Velde told a briefing that the smoke was thick.",
    ],
)
def test_a_titled_person_later_in_the_paragraph_or_of_another_title_is_someone_else(
    second: str,
):
    text = f"The fire chief says crews have contained half the blaze.\n\n{second}"
    assert named(text)[0][1] == "The fire chief"


@pytest.mark.parametrize(
    "text",
    [
        "The National Weather Service issued a watch. The forecaster said the storm would ease.",
        "The Weather Service issued a watch for Brill.\n\nThe forecaster said rain would follow.",
        "The National Weather Service issued a watch. Mayor Ann Vey said the town was ready. "
        "The forecaster said the storm would ease.",
    ],
)
def test_the_forecaster_after_a_weather_service_is_that_service(text: str):
    assert named(text)[-1][1] in {"The National Weather Service", "The Weather Service"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The forecaster said the storm would ease.", "The forecaster"),
        (
            "Forecaster Ada Lund of the National Weather Service said gusts would ease. "
            "The forecaster added that rain would follow.",
            "Ada Lund",
        ),
    ],
)
def test_a_forecaster_named_or_with_no_service_stays_a_person(text: str, name: str):
    speakers = {speaker.name: speaker.kind for _, speaker, _ in attributed(text) if speaker}
    assert speakers == {name: "person"}


# The invented live pages: their key statements and speakers, and what is no statement.

_WILDFIRE = [
    ("crews have contained 40 per cent", "Dana Okafor", "person"),
    ("the wind had dropped", "Dana Okafor", "person"),
    ("We are not out of the woods", "Dana Okafor", "person"),
    ("residents had two hours to leave", "the agency", "organization"),
    ("I know this is a frightening time", "Corinne Vasquez", "person"),
    ("14 water bombers", "Corinne Vasquez", "person"),
    ("about 900 people had registered", "Jorge Whitfield", "person"),
    ("People have been incredibly generous", "Jorge Whitfield", "person"),
    ("she will tour the fire zone", "Elise Brandt", "person"),
    ("he saw flames on the ridge", "Tomas Lindqvist", "person"),
    ("she had packed the car", "Priya Saunders", "person"),
]
_DERAILMENT = [
    ("the state would begin testing", "Warren Pike", "person"),
    ("I want every family in that town", "Warren Pike", "person"),
    ("11 of the train's 96 cars", "Great Lakes Central Railroad", "organization"),
    ("the evacuation area could be widened", "Ray Dumont", "person"),
    ("about 1,400 people live inside", "Ray Dumont", "person"),
    ("We will not speculate", "Helen Ostrowski", "person"),
    ("I thought it was a plane crash", "Darlene Hutchins", "person"),
    ("They told us to grab", "Curtis Bell", "person"),
]
_STORM = [
    ("the government will review", "Fiona Adeyemi", "person"),
    ("Passengers were left stranded", "Fiona Adeyemi", "person"),
    ("This is a dangerous storm", "Paul Ferrand", "person"),
    ("the prime minister has chaired", "Downing Street", "organization"),
    ("engineers would work through the night", "Joanne Pell", "person"),
    ("customers booked on cancelled sailings", "Stena", "organization"),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("live-wildfire-updates.txt", _WILDFIRE),
        ("live-derailment-breaking.txt", _DERAILMENT),
        ("live-storm-politics.txt", _STORM),
    ],
)
def test_the_live_pages_key_statements_have_their_speakers(
    name: str, expected: list[tuple[str, str, str]]
):
    assert missing_speakers(name, expected) == []


@pytest.mark.parametrize(
    ("name", "openings"),
    [
        ("live-wildfire-updates.txt", ("About 6,200 residents now displaced",)),
        ("live-derailment-breaking.txt", ("A freight train carrying", "state will test")),
        ("live-storm-politics.txt", ("thousands without power", "for wind extended")),
    ],
)
def test_the_live_pages_titles_headings_and_warnings_are_no_statements(
    name: str, openings: tuple[str, ...]
):
    found = [content for content, _, _ in speakers_by_opening(name)]
    assert [c for c in found if c.startswith(openings)] == []


def test_the_live_pages_stamps_are_no_figures():
    text = (ARTICLES / "live-wildfire-updates.txt").read_text(encoding="utf-8")
    figures = [text[f.span[0] : f.span[1]] for f in find_figures(text)]
    assert "3 minutes" not in figures
    assert "310 firefighters" in figures


@pytest.mark.parametrize(
    ("text", "bare", "unit"),
    [
        ("Five people were hurt. Two are in serious condition.", "Two", "people"),
        ("Police detained 14 protesters. Nine were released overnight.", "Nine", "protesters"),
        ("The shelter took in 60 dogs. Twelve have been adopted.", "Twelve", "dogs"),
    ],
)
def test_a_bare_number_opening_the_next_sentence_counts_what_the_count_before_did(
    text: str, bare: str, unit: str
):
    figures = {text[f.span[0] : f.span[1]]: f.unit for f in find_figures(text)}
    assert figures[bare] == unit


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("Police detained 14 protesters. Officials said 9 were released.", "9"),
        ("Police detained 14 protesters. By Monday, nine were released.", "nine"),
    ],
)
def test_a_bare_number_later_in_the_next_sentence_is_left_alone(text: str, bare: str):
    figures = {text[f.span[0] : f.span[1]]: f.unit for f in find_figures(text)}
    assert figures[bare] is None
