"""Weather and disaster news as a new analyst reads it: constructions found by trying whosaid
on invented stories of a prairie blizzard, a wildfire evacuation and a river town's flood
recovery (in tests/data/speakers/), each tested here on other invented sentences."""

import pytest
from extraction_helpers import ARTICLES, attributed, missing_speakers, speakers_by_opening

from tui.core.figures import find_figures


def _figure(text: str) -> tuple[str, float, str | None, str | None, str, str]:
    """(span, value, unit, subject, qualifier, kind) of the only figure of `text`."""
    [f] = find_figures(text)
    return text[f.span[0] : f.span[1]], f.value, f.unit, f.subject, f.qualifier, f.kind


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Forecasters expect a high of 31 C in Kelvington.", "31 C", 31, "C"),
        ("Temperatures will reach 27 C by the weekend.", "27 C", 27, "C"),
        ("It was minus 22 C at the airport at dawn.", "minus 22 C", -22, "C"),
        ("Overnight lows of -18 C are likely in the valley.", "-18 C", -18, "C"),
        ("Daytime highs near 96 F baked the town of Ostler.", "96 F", 96, "F"),
    ],
)
def test_a_spaced_c_or_f_after_a_temperature_is_its_unit(
    text: str, span: str, value: float, unit: str
) -> None:
    assert _figure(text)[:3] == (span, value, unit)
    assert _figure(text)[5] == "measure"


@pytest.mark.parametrize(
    "text",
    [
        "The Grade 5 C class went on a field trip.",
        "She got 3 C's on her report card.",
        "The team won 4 C-level contracts.",
    ],
)
def test_a_spaced_c_with_no_temperature_is_no_unit(text: str) -> None:
    assert all(f.unit != "C" for f in find_figures(text))


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        ("Wind chills near minus 38 are expected tonight.", "minus 38", -38, "exact"),
        ("It will feel like -42 with the wind chill.", "-42", -42, "exact"),
        ("Temperatures may dip to about minus 29.", "about minus 29", -29, "approximate"),
        ("The mercury fell to -33 in Norwell overnight.", "-33", -33, "exact"),
    ],
)
def test_a_signed_bare_number_of_the_weather_is_in_degrees(
    text: str, span: str, value: float, qualifier: str
) -> None:
    assert _figure(text) == (span, value, "degrees", None, qualifier, "measure")


@pytest.mark.parametrize(
    "text",
    [
        "The fund's balance was minus 40 after the fees.",
        "Net approval for the premier fell to minus 12 in the poll.",
        "The index closed at minus 3 on Friday.",
    ],
)
def test_a_signed_number_with_no_weather_has_no_unit(text: str) -> None:
    assert [f.unit for f in find_figures(text)] == [None]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Forecasters expect gusts of up to 110 km/h along the shore.", "gusts"),
        ("The Tessel River reached a crest of 19.6 feet on Sunday.", "crest"),
        ("Winds of 70 mph toppled trees in Brantwood.", "Winds"),
        ("Plows cleared drifts at a depth of 2 metres.", "depth"),
    ],
)
def test_a_noun_and_of_before_a_measure_is_what_it_measures(text: str, subject: str) -> None:
    assert _figure(text)[3] == subject


@pytest.mark.parametrize(
    "text",
    [
        "A total of 45 mm fell in Carvel.",
        "The storm dropped 30 cm on the city, up from 20 cm a week ago.",
        "Crews work in terms of 5 km stretches.",
    ],
)
def test_an_amount_noun_or_a_preposition_before_a_measure_measures_nothing(text: str) -> None:
    assert all(f.subject is None for f in find_figures(text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Fennick, a village of 640, lost its only bridge.", "640"),
        ("The flood cut off the town of about 2,100 on Sunday.", "about 2,100"),
        ("It is a county of 48,000 on the river.", "48,000"),
    ],
)
def test_a_place_of_a_bare_number_counts_its_people(text: str, span: str) -> None:
    assert _figure(text)[0] == span
    assert _figure(text)[2] == "people"


@pytest.mark.parametrize(
    "text",
    [
        "The town raised 5,000 for the shelter.",
        "The town of Orrin spent 900 on sandbags.",
    ],
)
def test_a_place_before_a_verb_or_a_name_counts_no_people(text: str) -> None:
    assert all(f.unit != "people" for f in find_figures(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Officials said up to 60 homes were flooded.", "up to 60 homes were flooded"),
        (
            "The agency warned up to a foot of snow could fall.",
            "up to a foot of snow could fall",
        ),
        ("Forecasters said up to 90 mm of rain was possible.", "up to 90 mm of rain was possible"),
        ("Ruiz said up to ten crews were on the roads.", "up to ten crews were on the roads"),
    ],
)
def test_up_to_an_amount_opens_content(text: str, content: str) -> None:
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of residents showed up to help.",
        "She spoke up to defend the crews.",
        "They said up to now the levee had held.",
    ],
)
def test_up_as_a_particle_still_opens_no_content(text: str) -> None:
    assert [c for c, _, _ in attributed(text) if c.startswith("up")] == []


@pytest.mark.parametrize(
    "name",
    ["Manitoba Hydro", "Vermont Power", "Nova Scotia Power", "Ashby Valley Power", "Hydro Ridge"],
)
def test_a_utility_named_by_power_or_hydro_is_an_organization(name: str) -> None:
    [(_, speaker, _)] = attributed(f"{name} said crews had restored power to 9,000 customers.")
    assert speaker is not None and (speaker.name, speaker.kind) == (name, "organization")


@pytest.mark.parametrize("name", ["Ann Power", "Mary Ann Power", "J. D. Power"])
def test_a_person_named_power_stays_a_person(name: str) -> None:
    [(_, speaker, _)] = attributed(f"{name} said the crews were tired.")
    assert speaker is not None and speaker.kind == "person"


def test_the_blizzard_story_keeps_its_speakers_and_temperatures() -> None:
    name = "weather-winter-storm.txt"
    assert (
        missing_speakers(
            name,
            [
                ("between 20 and 30 centimetres", "Environment Canada", "organization"),
                ("This is not a day", "Gerald Pomeroy", "person"),
                ("temperatures would fall", "Gerald Pomeroy", "person"),
                ("about 18,000 customers", "SaskPower", "organization"),
                ("Our crews are working", "Leanne Dufresne", "person"),
                ("Highway 1 was closed", "Ministry of Highways", "organization"),
                ("Nobody should be outside", "Corinne Vandal", "person"),
                ("I’ve seen a lot of storms", "Darnell Fikowski", "person"),
                ("claims for frozen pipes", "Insurance Bureau of Canada", "organization"),
            ],
        )
        == []
    )
    text = (ARTICLES / name).read_text(encoding="utf-8")
    temperatures = [
        (text[f.span[0] : f.span[1]], f.unit, f.qualifier)
        for f in find_figures(text)
        if f.value < 0
    ]
    assert temperatures == [
        ("-45", "degrees", "exact"),
        ("minus 45", "degrees", "exact"),
        ("about minus 31", "degrees", "approximate"),
        ("-40", "degrees", "exact"),
    ]


def test_the_wildfire_story_keeps_its_speakers_and_figures() -> None:
    name = "weather-wildfire-evacuation.txt"
    assert (
        missing_speakers(
            name,
            [
                ("the Corbett Creek fire had grown", "BC Wildfire Service", "organization"),
                ("We saw extreme fire behaviour", "Marisol Bengtsson", "person"),
                ("If you are under an order", "Arnold Teskey", "person"),
                ("You could hear it", "Ben Ortiz", "person"),
                ("she and her husband left", "Cheryl Okafor", "person"),
                ("a high of 34 C", "Tariq Lundqvist", "person"),
                ("the season had already cost", "Helen Duquesne", "person"),
            ],
        )
        == []
    )
    text = (ARTICLES / name).read_text(encoding="utf-8")
    found = {text[f.span[0] : f.span[1]]: (f.unit, f.kind) for f in find_figures(text)}
    assert found["34 C"] == ("C", "measure")
    assert found["estimated 14,500 hectares"] == ("hectares", "measure")


def test_the_flood_story_keeps_its_agencies_and_utility() -> None:
    name = "weather-flood-recovery.txt"
    assert (
        missing_speakers(
            name,
            [
                ("up to 7 inches of rain", "National Weather Service", "organization"),
                ("It was a once-in-a-century rain", "Hollis Trent", "person"),
                ("it had approved", "Federal Emergency Management Agency", "organization"),
                ("nearly 12,000 customers", "Green Mountain Power", "organization"),
                ("Some of these homes", "Elise Bradbury", "person"),
                ("We had 4 feet of water", "Tomasz Nowicki", "person"),
            ],
        )
        == []
    )
    found = speakers_by_opening(name)
    assert not any(c.startswith("how many homeowners") for c, _, _ in found)
    text = (ARTICLES / name).read_text(encoding="utf-8")
    assert any(
        text[f.span[0] : f.span[1]] == "3,800" and f.unit == "people" for f in find_figures(text)
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Environment Canada issued a bulletin, warning of freezing drizzle overnight.",
            "freezing drizzle overnight",
        ),
        (
            "The district issued an alert for Parrish Flats, warning of rising water.",
            "rising water",
        ),
        ("Crews closed the pass, warning of falling rock.", "falling rock"),
    ],
)
def test_warning_of_a_participle_and_its_noun_is_content(text: str, content: str) -> None:
    # after "of", as "warned of" is read (review 23)
    assert [c for c, _, _ in attributed(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Kettles recalled after 90 reports of overheating.",
        "Ruiz ended by thanking the volunteers.",
    ],
)
def test_a_preposition_and_a_bare_participle_are_still_no_content(text: str) -> None:
    assert attributed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "“It’s all gone,” said Rosa Imrie, 58, standing outside her flooded house.",
        "“We got out in time,” said Dev Pallan, sitting on a cot at the arena.",
        "“The basement is full,” said Ike Moran, 70, shovelling his driveway.",
        "“We had ten minutes,” said Lia Corr, 33, waiting near the bus.",
    ],
)
def test_a_participle_of_where_a_speaker_stands_is_no_role(text: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.role is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "“It held,” said Rosa Imrie, acting chief of the fire department.",
            "acting chief of the fire department",
        ),
        (
            "“It held,” said Dev Pallan, managing director at Ostler Dams.",
            "managing director at Ostler Dams",
        ),
        (
            "“It held,” said Ike Moran, 70, outgoing reeve of the township.",
            "outgoing reeve of the township",
        ),
    ],
)
def test_a_participle_before_a_role_noun_is_still_a_role(text: str, role: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.role == role


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Wind chills of -15 to -20 are expected in Parrish.", "-15 to -20", -20, -15),
        (
            "Wind chills between minus 35 and minus 42 are likely.",
            "between minus 35 and minus 42",
            -42,
            -35,
        ),
        ("Overnight temperatures of -8 to -12 C will follow.", "-8 to -12 C", -12, -8),
    ],
)
def test_a_range_below_zero_is_one_figure_the_colder_its_low_end(
    text: str, span: str, low: float, high: float
) -> None:
    [f] = find_figures(text)
    assert (text[f.span[0] : f.span[1]], f.value, f.high, f.kind) == (span, low, high, "measure")


@pytest.mark.parametrize(
    "text",
    [
        "The index rose from -12 to -5 points in a month.",
        "Temperatures climbed from minus 20 to minus 6 by noon.",
    ],
)
def test_a_move_toward_zero_stays_two_levels(text: str) -> None:
    assert [f.high for f in find_figures(text)] == [None, None]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It will feel like 41 with the humidex in Tesslin.", 41),
        ("By noon it felt like 104 with the heat index.", 104),
        ("It was -37 with the wind chill at the pass.", -37),
    ],
)
def test_a_number_before_the_humidex_or_the_wind_chill_is_in_degrees(
    text: str, value: float
) -> None:
    [f] = find_figures(text)
    assert (f.value, f.unit, f.kind) == (value, "degrees", "measure")


def test_a_number_before_the_wind_is_no_temperature() -> None:
    assert [f.unit for f in find_figures("Ruiz scored 42 with the wind at his back.")] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Rainfall totals of 50 to 75 mm are possible.",
        "Snowfall amounts of 20 cm are likely.",
    ],
)
def test_totals_and_amounts_before_a_measure_are_no_subject(text: str) -> None:
    assert [f.subject for f in find_figures(text)] == [None]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The National Weather Service office in Pell, Maine, said the river would crest.",
            "National Weather Service office",
        ),
        (
            "The Tessel Water Authority in Orrin, Ohio, said the pumps had failed.",
            "Tessel Water Authority",
        ),
        ("The Red Cross in Tidnish, N.S., said 60 people slept at the arena.", "Red Cross"),
        (
            "Environment Canada in Moncton, N.B., said the snow would taper off.",
            "Environment Canada",
        ),
    ],
)
def test_a_body_in_a_town_and_its_state_speaks_not_the_town(text: str, name: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.kind) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A farmer from Truro, N.S., said the hay was ruined.", "A farmer from Truro"),
        ("Tom Vale, a plumber in Dayton, Ohio, said the pipes burst.", "Tom Vale"),
        ("Police in Pell, Maine, said the road was closed.", "Police in Pell"),
    ],
)
def test_people_in_a_town_and_its_state_keep_their_phrase(text: str, name: str) -> None:
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        "The agency said in its 5 p.m. advisory that the levee had held.",
        "Forecasters said in an 11 a.m. bulletin that the levee had held.",
        "The county said at a 4 p.m. briefing that the levee had held.",
    ],
)
def test_an_hour_in_the_setting_before_that_is_skipped(text: str) -> None:
    assert [c for c, _, _ in attributed(text)] == ["the levee had held"]


def test_an_hour_with_no_that_after_it_stays_in_the_content() -> None:
    text = "The agency said at 5 p.m. the levee had held."
    assert [c for c, _, _ in attributed(text)] == ["at 5 p.m. the levee had held"]
