"""Climate, energy and environment news: summits and emissions reports, utility rate cases,
droughts and wildfires (the invented articles climate-summit, utility-rate-case and
wildfire-drought in tests/data/speakers/), each construction tested here on other invented
sentences."""

import pytest
from extraction_helpers import contents

from tui.core.figures import find_figures
from tui.core.model import Speaker, Statement
from tui.core.statements import find_statements


def read(text: str) -> tuple[dict[str, Speaker], list[Statement]]:
    speakers, statements = find_statements(text)
    return {s.id: s for s in speakers}, statements


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the dam was safe but declined to speculate on the cause of the leak.",
        "Asked about the cost, the engineer refused to estimate how much the repairs would run.",
        "The forecaster would not predict when the rain would return to the valley.",
    ],
)
def test_refusing_to_guess_is_a_non_answer(text: str) -> None:
    assert all("cause" not in c and "repairs" not in c and "rain" not in c for c in contents(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to the Lakes Council, two thirds of the wetlands dried out, and the "
            "herons left.",
            "two thirds of the wetlands dried out, and the herons left",
        ),
        (
            "According to the county, the wells ran dry in June, but the aquifer recovered.",
            "the wells ran dry in June, but the aquifer recovered",
        ),
    ],
)
def test_a_clause_joined_after_according_to_keeps_the_clause_before_it(
    text: str, content: str
) -> None:
    # The clause after the source is no appositive of it when "and"/"but" joins another.
    assert contents(text) == [content]


def test_an_appositive_after_according_to_is_still_the_sources() -> None:
    text = "According to Nils Berg, a hydrologist at the institute, the lake will refill."
    speakers, statements = read(text)
    assert [text[s.span[0] : s.span[1]] for s in statements] == ["the lake will refill"]
    assert speakers[statements[0].speaker].name == "Nils Berg"


def test_counsel_as_a_title_is_no_cue() -> None:
    # "counsel" advises only before "that" or a quotation; capitalised it is a title.
    text = "Chief Counsel Wendy Aldana said the tariff filing was incomplete."
    speakers, statements = read(text)
    assert [(text[s.span[0] : s.span[1]], s.cue) for s in statements] == [
        ("the tariff filing was incomplete", "said")
    ]
    speaker = speakers[statements[0].speaker]
    assert (speaker.name, speaker.role) == ("Wendy Aldana", "Chief Counsel")


@pytest.mark.parametrize(
    "name",
    ["Office of the Consumer Counsel", "Office of the Inspector General", "Bureau of the Advocate"],
)
def test_an_office_named_for_a_role_is_an_organization(name: str) -> None:
    text = f"The {name} argued that the pipeline permit broke state law."
    speakers, statements = read(text)
    assert len(statements) == 1
    speaker = speakers[statements[0].speaker]
    assert (speaker.name, speaker.kind) == (name, "organization")


def test_a_person_named_after_an_office_of_a_role_is_still_the_person() -> None:
    text = "Office of the Governor aide Lina Ferris said the burn ban would stay."
    speakers, statements = read(text)
    assert speakers[statements[0].speaker].name == "Lina Ferris"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            '"The reservoir is half empty," said Chief Theo Lindgren of the Marsh Creek Water '
            "Board.",
            "Chief of the Marsh Creek Water Board",
        ),
        (
            '"Nobody saw the flood coming," said Anna Brandt of the Upper Tarn Drainage District.',
            "Upper Tarn Drainage District",
        ),
    ],
)
def test_a_name_then_of_the_and_a_body_after_the_cue_is_the_name_from_that_body(
    text: str, role: str
) -> None:
    # The body completes the title, or is the role where there is none.
    speakers, statements = read(text)
    speaker = speakers[statements[0].speaker]
    assert speaker.kind == "person"
    assert speaker.name in ("Theo Lindgren", "Anna Brandt")
    assert speaker.role == role


def test_a_role_of_the_body_before_a_name_still_gives_the_name() -> None:
    text = '"The levee held," said Chair of the Water Board Ilse Kramer.'
    speakers, statements = read(text)
    speaker = speakers[statements[0].speaker]
    assert (speaker.name, speaker.role) == ("Ilse Kramer", "Chair of the Water Board")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Gov. Mirela Ostrander said the burn ban would last through October.", "Gov."),
        ("Sen. Mirela Ostrander said the wind tax credit would expire.", "Sen."),
        ("Hydrologist Dr. Mirela Ostrander said the aquifer had dropped.", "Hydrologist"),
        ("Dr. Mirela Ostrander said the aquifer had dropped.", None),
    ],
)
def test_an_office_title_is_a_role_a_courtesy_title_is_not(text: str, role: str | None) -> None:
    speakers, statements = read(text)
    speaker = speakers[statements[0].speaker]
    assert (speaker.name, speaker.role) == ("Mirela Ostrander", role)


def figures_of(text: str) -> list[tuple[str, float, str | None, str]]:
    return [(text[f.span[0] : f.span[1]], f.value, f.unit, f.qualifier) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The mill burns 40 megawatt-hours a day.", "megawatt-hours per day"),
        ("Each pump used 3 kilowatt hours.", "kilowatt hours"),
        ("The dam yields 12 terawatt-hours a year.", "terawatt-hours per year"),
    ],
)
def test_energy_in_watt_hours_is_one_unit(text: str, unit: str) -> None:
    [(_, _, found, _)] = figures_of(text)
    assert found == unit


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The district wants to cut water use by at least half.", ("at least half", 0.5)),
        ("Ticket sales fell by more than a third.", ("more than a third", 1 / 3)),
    ],
)
def test_a_qualified_share_after_by_is_a_figure(text: str, figure: tuple[str, float]) -> None:
    assert [(span, value) for span, value, _, _ in figures_of(text)] == [figure]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The smoke drifted a mile and a half inland.", ("a mile and a half", 1.5, "mile")),
        ("The hearing ran for an hour and a half.", ("an hour and a half", 1.5, "hour")),
        ("Repairs took nearly a year and a half.", ("nearly a year and a half", 1.5, "year")),
    ],
)
def test_one_unit_and_a_half_is_one_and_a_half_units(
    text: str, figure: tuple[str, float, str]
) -> None:
    assert [(span, value, unit) for span, value, unit, _ in figures_of(text)] == [figure]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The pumps will be dry in a week or two.", ("a week or two", 1.0, 2.0, "week")),
        ("Ash fell a mile or two downwind.", ("a mile or two", 1.0, 2.0, "mile")),
    ],
)
def test_one_unit_or_a_few_is_a_range_of_that_unit(
    text: str, figure: tuple[str, float, float, str]
) -> None:
    assert [(text[f.span[0] : f.span[1]], f.value, f.high, f.unit) for f in find_figures(text)] == [
        figure
    ]


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("The co-op will recover the cost over four years.", "four years", "exact"),
        ("The levy is phased out over a decade.", "a decade", "exact"),
        ("The pipeline has leaked for over two years.", "over two years", "more_than"),
        ("The cleanup took over six months.", "over six months", "more_than"),
    ],
)
def test_over_a_duration_is_a_period_unless_it_is_how_long(
    text: str, span: str, qualifier: str
) -> None:
    [(found, _, _, found_qualifier)] = figures_of(text)
    assert (found, found_qualifier) == (span, qualifier)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Damage may exceed $90 million.", "more_than"),
        ("Water rationing could begin in as little as three weeks.", "at_least"),
        ("As few as 40 condors survive in the range.", "at_least"),
    ],
)
def test_a_bound_written_by_a_verb_or_as_little_as(text: str, qualifier: str) -> None:
    [(_, _, _, found)] = figures_of(text)
    assert found == qualifier


def test_a_possessive_description_after_the_name_after_the_cue_is_the_role() -> None:
    text = '"The grid can take it," said Lars Engen, Nordvind\'s chief engineer.'
    speakers, statements = read(text)
    speaker = speakers[statements[0].speaker]
    assert (speaker.name, speaker.role) == ("Lars Engen", "Nordvind's chief engineer")


@pytest.mark.parametrize(
    "text",
    [
        "Negotiators from the Vessel Grid Authority, speaking on condition of anonymity, said the "
        "line would fail.",
        "Officials at the Ministry of Water, who asked not to be named, said the line would fail.",
    ],
)
def test_unnamed_people_of_a_body_before_an_appositive_are_the_speakers(text: str) -> None:
    speakers, statements = read(text)
    speaker = speakers[statements[0].speaker]
    assert speaker.kind == "group"
    assert speaker.name.split()[0] in ("Negotiators", "Officials")
    assert not speaker.named


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("The thaw could come in eight weeks or ten.", ["week", "week"]),
        ("Rates may climb 4 percent or 5 next year.", ["percent", "percent"]),
    ],
)
def test_a_bare_alternative_after_or_shares_the_unit(text: str, units: list[str]) -> None:
    assert [unit for _, _, unit, _ in figures_of(text)] == units


@pytest.mark.parametrize(
    "text",
    [
        '"Crews held the line," said a spokeswoman for the Upper Tarn Fire Protection District.',
        "An inspector with the Kessel Valley Conservation District said crews held the line.",
    ],
)
def test_a_role_of_a_named_body_is_one_unnamed_speaker_not_the_bodys_last_words(
    text: str,
) -> None:
    speakers, statements = read(text)
    speaker = speakers[statements[0].speaker]
    assert speaker.kind == "person"
    assert not speaker.named
    assert "District" in speaker.name


def test_he_after_another_source_is_the_speaker_named_since_not_an_older_one() -> None:
    text = (
        "Peter Halloran, a farmer, said he saw the river rise.\n\n"
        '"We are not ruling out arson," Sheriff Owen Brack said. He said crews were tired.\n\n'
        "Officials said the damage could top $2 million.\n\n"
        "For Halloran, the question is whether to replant.\n\n"
        '"My family has farmed here since 1950," he said.'
    )
    speakers, statements = read(text)
    assert speakers[statements[-1].speaker].name == "Peter Halloran"


def test_he_after_the_same_speaker_stays_that_speaker() -> None:
    text = (
        "Peter Halloran, a farmer, said he saw the river rise.\n\n"
        '"We are not ruling out arson," Sheriff Owen Brack said. He said crews were tired.\n\n'
        "Halloran watched from the levee.\n\n"
        '"Nobody warned us," Brack said. "We had ten minutes," he said.'
    )
    speakers, statements = read(text)
    assert speakers[statements[-1].speaker].name == "Owen Brack"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Hydrologists warn of a third dry winter.", "warn of", "a third dry winter"),
        (
            "The council warns against new wells near the marsh.",
            "warns against",
            "new wells near the marsh",
        ),
    ],
)
def test_warn_of_in_the_present_joins_its_preposition(text: str, cue: str, content: str) -> None:
    assert [(s.cue, text[s.span[0] : s.span[1]]) for s in read(text)[1]] == [(cue, content)]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Snowpack fell short in three of the past five winters.", ["winters", "winters"]),
        ("Fires burned in 2 of the previous 3 summers.", ["summers", "summers"]),
        ("Rain fell in six of the last eight weeks.", ["week", "week"]),
        ("Seven of the 20 turbines were idle.", ["turbines", "turbines"]),
    ],
)
def test_a_bare_part_counts_what_the_whole_after_of_counts(
    text: str, units: list[str | None]
) -> None:
    assert [unit for _, _, unit, _ in figures_of(text)] == units
