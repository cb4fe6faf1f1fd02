"""Review 23 mends (health briefings and weather news): each finding's construction on
invented sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import attributed

from tui.core.figures import find_figures


def _last_speaker(text: str) -> str | None:
    *_, (_, speaker, _) = attributed(text)
    return speaker.name if speaker is not None else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a rank is no officer of a field
        (
            "Sgt. Ken Olds closed the road. “Stay home,” the medical officer of health said.",
            "the medical officer of health",
        ),
        (
            "Const. Ana Vey closed the road. “Stay home,” the chief medical officer said.",
            "the chief medical officer",
        ),
        # the field before "officer" tells which office
        (
            "Ann Lee, the chief financial officer, spoke first. Tom Reyes, the chief executive "
            "officer, followed. Revenue fell, the chief financial officer said.",
            "Ann Lee",
        ),
        (
            "Tom Reyes, the chief executive officer, spoke first. Revenue fell, the chief "
            "financial officer said.",
            "the chief financial officer",
        ),
        # near-misses: the holder of that very office
        (
            "Dr. Omar Pell, the region's medical officer of health, said tracers were swamped. "
            "“We cannot keep up,” the medical officer of health said.",
            "Omar Pell",
        ),
        (
            "Rita Snow, the chain's chief financial officer, said costs rose. “It was hard,” "
            "the chief financial officer said.",
            "Rita Snow",
        ),
    ],
)
def test_an_officer_of_a_field_is_held_by_one_of_that_field(text: str, name: str):
    assert _last_speaker(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dr. Ana Holm chaired the briefing. Mark Holm, her brother, said the family was "
            "proud. “We are proud,” the doctor said.",
            "Ana Holm",
        ),
        # near-miss: her surname alone is still the doctor
        (
            "Dr. Ana Holm chaired the briefing. Holm said cases rose. Rob Tam, a nurse, said "
            "beds were full. “We are ready,” the doctor said.",
            "Ana Holm",
        ),
    ],
)
def test_a_title_belongs_to_the_full_name_it_was_written_before(text: str, name: str):
    assert _last_speaker(text) == name


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Nguyen Thi Power, who lives on Elm Street, said the lights went out.", "person"),
        ("The lights went out, said Xiomara Lugo Power, a resident.", "person"),
        ("Ann Power said the lights went out.", "person"),
        # near-misses and gaps: utilities by a place's name
        ("Green Mountain Power said crews were out.", "organization"),
        ("Nova Scotia Power said crews were out.", "organization"),
        ("Manitoba Hydro said crews were out.", "organization"),
        ("Hydro One said crews were out.", "organization"),
        ("Toronto Hydro said 4,000 customers lost power.", "organization"),
        ("London Hydro said crews were out.", "organization"),
    ],
)
def test_a_utility_is_named_by_a_place_not_by_a_persons_names(text: str, kind: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == kind


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She said up to 10 times that she was sorry.", None),
        ("Officials said up to half an hour before the storm that roads were safe.", None),
        ("He said up to a point, the plan had worked.", None),
        # near-misses: an amount opening the content
        ("Officials said up to 40 homes flooded.", "up to 40 homes flooded"),
        (
            "Officials said up to three times as many cars were stuck.",
            "up to three times as many cars were stuck",
        ),
        ("Forecasters said up to a foot of snow could fall.", "up to a foot of snow could fall"),
    ],
)
def test_up_to_how_often_or_how_long_before_is_no_content(text: str, content: str | None):
    assert [c for c, _, _ in attributed(text) if c.startswith("up to")] == (
        [content] if content else []
    )


def _figures(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[f.span[0] : f.span[1]], f.unit, f.subject) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Crews cleared 40 roads. Officials extended the closure for the next three weeks, "
            "up from two.",
            ("two", "week", None),
        ),
        (
            "Crews cleared 40 roads. The plan covers the first 10 days, down from 14.",
            ("14", "day", None),
        ),
        # near-misses: the span the figure before was counted in
        (
            "The clinic gave 2.4 million doses in the first two weeks, up from 1.3 million.",
            ("1.3 million", "doses", None),
        ),
        (
            "Dealers sold 900 cars over the past six months, down from 1,200.",
            ("1,200", "cars", None),
        ),
    ],
)
def test_a_span_of_time_is_skipped_only_when_something_was_counted_in_it(
    text: str, figure: tuple[str, str | None, str | None]
):
    assert _figures(text)[-1] == figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Forecasters issued warnings of 100 km/h winds.", ("100 km/h", "km/h", None)),
        ("There were reports of 25 cm in the hills.", ("25 cm", "cm", None)),
        ("Forecasts of 15 to 20 cm were posted.", ("15 to 20 cm", "cm", None)),
        # near-misses: what the measure measures
        ("Gusts of up to 90 km/h were recorded.", ("up to 90 km/h", "km/h", "Gusts")),
        ("Temperatures of 34 C are expected.", ("34 C", "C", "Temperatures")),
        ("A crest of 21.4 feet is expected.", ("21.4 feet", "feet", "crest")),
    ],
)
def test_a_message_or_a_modified_plural_is_not_what_a_measure_measures(
    text: str, figure: tuple[str, str | None, str | None]
):
    assert _figures(text) == [figure]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("After the freezing of its assets, the fund posted a return of -12 last year.", None),
        # near-misses: frost and freezing of the weather
        ("Freezing rain will give way to a low of -12 tonight.", "degrees"),
        ("Frost is likely as the mercury falls to -3 overnight.", "degrees"),
        ("Hard frost and -8 are expected.", "degrees"),
    ],
)
def test_freezing_before_of_is_a_deed_not_the_weather(text: str, unit: str | None):
    [(_, found, _)] = _figures(text)
    assert found == unit


@pytest.mark.parametrize(
    "text",
    [
        "Fire Chief Xiomara Fisher of the Lakeview Fire Department said crews were out.",
        "Police Chief Xiomara Bishop of the Vell Police Service said the road was closed.",
        # near-miss: the office's own words before "of"
        "Chief Medical Officer of Health Ann Lee said cases rose.",
    ],
)
def test_a_surname_that_is_a_role_word_keeps_its_holder_a_person(text: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.kind == "person"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The agency said at 5:30 p.m. that the storm had weakened.", "the storm had weakened"),
        ("The agency said at 17:45 that the storm had weakened.", "the storm had weakened"),
        ("The agency said at 5 p.m. that the storm had weakened.", "the storm had weakened"),
        ("The hospital announced the deaths in a news release late Monday.", "the deaths"),
        ("The hospital announced the deaths in a news release early Tuesday.", "the deaths"),
        ("The hospital announced the deaths in a news release Monday.", "the deaths"),
        ("The agency is warning of blowing snow on Highway 2.", "blowing snow on Highway 2"),
        ("The agency is warning of heavy snow on Highway 2.", "heavy snow on Highway 2"),
        ("The mayor complained of rising costs at city hall.", "rising costs at city hall"),
        ("Officials are warning about ice on the bridge.", "ice on the bridge"),
        ("The agency warned of blowing snow on Highway 2.", "blowing snow on Highway 2"),
    ],
)
def test_a_clock_a_release_time_and_of_after_warning_stay_out_of_the_content(
    text: str, content: str
):
    [(found, _, _)] = attributed(text)
    assert found == content


def _temperatures(text: str) -> list[tuple[str, float, float | None, str | None]]:
    return [(text[f.span[0] : f.span[1]], f.value, f.high, f.unit) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Lows of -20 to -15 are expected.", [("-20 to -15", -20.0, -15.0, "degrees")]),
        ("Lows of -15 to -20 are expected.", [("-15 to -20", -20.0, -15.0, "degrees")]),
        ("Lows of minus 20 to minus 15.", [("minus 20 to minus 15", -20.0, -15.0, "degrees")]),
        (
            "Temperatures will range from minus 5 to plus 3.",
            [("from minus 5 to plus 3", -5.0, 3.0, "degrees")],
        ),
        ("The humidex will make it feel like 40.", [("40", 40.0, None, "degrees")]),
        ("Lows of -15 to -20 C are expected.", [("-15 to -20 C", -20.0, -15.0, "C")]),
        # near-misses: a move from one level to another; a feeling of no weather
        (
            "Temperatures fell from -12 to -5 overnight.",
            [("-12", -12.0, None, "degrees"), ("-5", -5.0, None, "degrees")],
        ),
        ("The rookie said it will feel like 40 games.", [("40 games", 40.0, None, "games")]),
    ],
)
def test_temperatures_below_zero_in_either_order_and_felt(
    text: str, figures: list[tuple[str, float, float | None, str | None]]
):
    assert _temperatures(text) == figures


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The Red Cross office in St. Catharines, Ont., said volunteers were ready.",
            "Red Cross office",
            None,
        ),
        (
            "A welder from St. Albert, Alta., said the plant was shut.",
            "A welder from St. Albert",
            "welder from St. Albert",
        ),
        # near-misses: a town of one word
        (
            "The Red Cross office in Moncton, N.B., said volunteers were ready.",
            "Red Cross office",
            None,
        ),
        ("Ann Lee of Dayton, Ohio, said volunteers were ready.", "Ann Lee", None),
        # a town before a province's initials is where she lives, no role
        ("Ann Lee of Moncton, N.B., said volunteers were ready.", "Ann Lee", None),
        ("Ann Lee of Gander, N.L., said volunteers were ready.", "Ann Lee", None),
        # near-misses: a body of hers; a mayor's town completes the office
        ("Ann Lee of Brightline said volunteers were ready.", "Ann Lee", "Brightline"),
        ("Mayor Tom Hale of Reno, Nev., said crews were ready.", "Tom Hale", "Mayor of Reno"),
    ],
)
def test_a_saint_town_and_its_province_close_the_subject(text: str, name: str, role: str | None):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.role) == (name, role)
