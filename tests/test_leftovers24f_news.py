"""Session 24's leftovers on statements and figures (helper left24f), each a construction
class tested on invented sentences, with near-misses that must not change, and the floors of
three invented articles (a Prairie cold snap, a council's arena vote and poll, a documentary
about a lost fishing boat)."""

import pytest
from extraction_helpers import (
    ARTICLES,
    attributed,
    contents,
    missing_speakers,
    named,
    speaker_of,
    units,
)

from tui.core.figures import find_figures
from tui.core.statements import find_statements


def article(name: str) -> str:
    """The text of the invented article `name`."""
    return (ARTICLES / name).read_text(encoding="utf-8")


def figures_of(text: str) -> list[tuple[str, float, str | None]]:
    """(text, value, unit) of each figure of `text`."""
    return [(text[f.span[0] : f.span[1]], f.value, f.unit) for f in find_figures(text)]


# --- how often it was said, between the cue and its content ------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Dorval said up to 10 times that the rink would stay.", "the rink would stay"),
        ("Ines Bako said twice that she was sorry.", "she was sorry"),
        (
            "Pell has said several times in interviews that the mill is safe.",
            "the mill is safe",
        ),
        ("Ames said on three occasions that he would run.", "he would run"),
        ("Kerr said again and again that the bridge was sound.", "the bridge was sound"),
        ("Odile Mack said more than once that the ferry was late.", "the ferry was late"),
    ],
)
def test_how_often_it_was_said_is_no_content(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # near-misses: a comparison opens the content
        ("Moss said 10 times more people came.", "10 times more people came"),
        ("Ito said three times the cost was too high.", "three times the cost was too high"),
    ],
)
def test_a_comparison_after_the_cue_stays_content(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


# --- a number counting the plural noun that looks like a cue -----------------------------------


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Joanne Pell, one of the two votes in favour, said the city had missed its chance.",
            "the city had missed its chance",
            "Joanne Pell",
        ),
        (
            "Omar Fitch, one of the three votes against, said the levy was unfair.",
            "the levy was unfair",
            "Omar Fitch",
        ),
    ],
)
def test_a_determiner_and_a_number_make_the_cue_word_a_noun(text: str, content: str, name: str):
    assert named(text) == [(content, name, "said")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # near-misses: a plural subject and its verb, a date before the verb
        ("The two say the plan is dead.", "the plan is dead"),
        ("A memo dated June 9 says the plant was understaffed.", "the plant was understaffed"),
    ],
)
def test_a_number_without_a_determiner_leaves_the_verb(text: str, content: str):
    assert contents(text) == [content]


# --- a name given in a relative clause with no pronoun -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "They grew up by the lake her family still calls the pond.",
        "The hill the locals call Big Knob is closed to hikers.",
        "He bought the old barn his neighbours call the Ark.",
    ],
)
def test_a_name_given_in_a_zero_relative_is_no_statement(text: str):
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # near-misses: the object and what it is called both after the verb
        ("Lee calls the plan a disaster.", "the plan a disaster"),
        ("In a speech Lee called the deal theft.", "the deal theft"),
        ("After the vote Lee called it a farce.", "it a farce"),
    ],
)
def test_a_naming_verb_with_its_object_still_judges(text: str, content: str):
    assert contents(text) == [content]


# --- witnesses after a fronted "according to" relay the saying they heard ------------------------


@pytest.mark.parametrize(
    ("text", "inner", "name"),
    [
        (
            "According to two people who attended, Mayor Ines Kolar told aides that the plan "
            "was dead.",
            "the plan was dead",
            "Ines Kolar",
        ),
        (
            "According to two people at the meeting, the manager said the files were gone.",
            "the files were gone",
            "the manager",
        ),
    ],
)
def test_fronted_witnesses_keep_the_saying_of_whom_they_heard(text: str, inner: str, name: str):
    found = named(text)
    assert len(found) == 2
    assert (inner, name) in [(c, n) for c, n, _ in found]


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: sources not told as there, an act, not a saying
        "According to two people familiar with the talks, the mayor told aides the plan was dead.",
        "According to two people who attended, the mayor walked out.",
        "According to police, the driver told officers he had not seen the cyclist.",
    ],
)
def test_other_fronted_sources_report_it_all(text: str):
    assert len(contents(text)) == 1


# --- a research document and its author ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A survey conducted by Marlow Research found that 58 per cent opposed it.",
            "A survey conducted by Marlow Research",
        ),
        (
            "A poll commissioned by the Tessford Ledger found most voters were undecided.",
            "A poll commissioned by the Tessford Ledger",
        ),
        (
            "A report prepared by Deloitte found that the arena would lose money.",
            "A report prepared by Deloitte",
        ),
    ],
)
def test_a_document_and_its_author_speak_as_one(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near-misses: no author named
        ("A survey conducted in May found that 58 per cent opposed it.", "A survey"),
        ("The study found that rents rose.", "The study"),
    ],
)
def test_a_document_without_its_author_stays_itself(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


# --- what a listener was warned of ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The agency issued alerts, warning drivers of blowing snow on the highways.",
            "blowing snow on the highways",
        ),
        ("Police warned residents of the risk of floods.", "the risk of floods"),
        ("Officials warned parents about the fumes.", "the fumes"),
        (
            "The city posted a notice, warning residents that the water was unsafe.",
            "the water was unsafe",
        ),
    ],
)
def test_the_warned_listener_and_its_preposition_are_no_content(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # near-misses: no listener between
        ("Lee warned of a long winter.", "a long winter"),
        ("He warned that drivers of large trucks should stay home.", "drivers of large trucks"),
    ],
)
def test_a_warning_without_a_listener_reads_as_before(text: str, content: str):
    [(found, _, _)] = attributed(text)
    assert found.startswith(content)


# --- the speaker's own wording marked inside reported content ---------------------------------


def parts(text: str) -> list[list[str]]:
    """The parts of each statement of `text` (its content alone when it is one piece)."""
    return [
        [text[a:b] for a, b in s.parts] or [text[s.span[0] : s.span[1]]]
        for s in find_statements(text)[1]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Elliot Varn said he had, as he puts it, no idea what he was doing.",
            ["he had", "no idea what he was doing"],
        ),
        (
            "The levy, as she put it, was dead on arrival, Lee said.",
            ["The levy", "was dead on arrival"],
        ),
    ],
)
def test_as_the_speaker_puts_it_is_cut_out_of_the_parts(text: str, expected: list[str]):
    assert parts(text) == [expected]


def test_another_aside_stays_in_the_content():
    text = "Lee said the plan was, as expected, dead."
    assert parts(text) == [["the plan was, as expected, dead"]]


# --- figures: a poll's margin, a split, a forecast's levels, the weather's "it" ----------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The poll is accurate within three points, 19 times out of 20.", 0.95),
        ("Nine times out of 10, the bus is late.", 0.9),
    ],
)
def test_times_out_of_a_base_is_one_fraction(text: str, value: float):
    assert (value, "fraction") in units(text)
    assert all(unit != "times" for _, unit in units(text))


def test_times_in_a_span_of_games_stays_two_counts():
    assert units("He scored 3 times in 10 games.") == [(3, "times"), (10, "games")]


@pytest.mark.parametrize(
    "text",
    [
        "Members voted 62 to 38 per cent to back the arena.",
        "Support split 55 to 45 per cent.",
    ],
)
def test_the_first_share_of_a_split_is_a_share(text: str):
    assert [unit for _, unit in units(text)] == ["percent", "percent"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose between 5 and 10 per cent.", [(5, "percent")]),
        ("Unemployment fell from 12 to 8 per cent.", [(12, "percent")]),
    ],
)
def test_a_rising_range_or_a_move_reads_as_before(text: str, expected: list[tuple[float, str]]):
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Snow is likely Friday, with a high of 3 and a low of 1.", [3, 1]),
        ("Expect sunshine all week, with highs near 28.", [28]),
        ("After the thaw, forecasters expect a high of 4 on Sunday.", [4]),
    ],
)
def test_a_forecasts_level_in_a_weather_paragraph_is_a_temperature(text: str, values: list[int]):
    assert units(text) == [(v, "degrees") for v in values]


@pytest.mark.parametrize(
    "text",
    [
        "The port moved 800 containers, up from its low of 650.",
        "The index hit a high of 31 on Monday.",
    ],
)
def test_a_level_without_the_weather_is_no_temperature(text: str):
    assert all(unit != "degrees" for _, unit in units(text))


@pytest.mark.parametrize(
    ("text", "unit"),
    [("It was 95 F in Dallas on Monday.", "F"), ("By noon it hit 40 C in Seville.", "C")],
)
def test_the_weathers_it_before_a_spaced_scale_letter_is_a_temperature(text: str, unit: str):
    [found] = find_figures(text)
    assert (found.unit, found.kind) == (unit, "measure")


@pytest.mark.parametrize(
    "text", ["She lives in Apartment 4 C in Dallas.", "It was 4 C students who failed."]
)
def test_a_letter_naming_a_thing_is_no_temperature(text: str):
    assert all(f.kind != "measure" for f in find_figures(text))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The trawler sank with six crew aboard.", "crew"),
        ("Two deckhands ashore saw the flare.", "deckhands"),
        ("It has 9 staff abroad.", "staff"),
        # near-misses: a modifier before the noun stays in the phrase
        ("The panel heard 40 outside experts.", "experts"),
        ("Three nearby towns lost power.", "towns"),
    ],
)
def test_a_place_adverb_after_the_counted_noun_ends_it(text: str, unit: str):
    assert units(text)[0][1] == unit


def test_the_number_again_after_the_counts_what_it_counted():
    text = "The ward held 410 patients.\n\nStaff were tired.\n\nOne of the 410 was a child."
    assert units(text)[-1] == (410, "patients")


def test_the_number_again_without_an_earlier_count_stays_bare():
    assert units("She was one of the 410.") == [(410, None)]


# --- the invented articles' floors ----------------------------------------------------------------


def test_the_cold_snap_keeps_its_speakers_and_figures():
    expected = [
        ("blowing snow and near-zero", "Environment Canada", "organization"),
        ("This is the kind of cold", "Dana Oyelaran", "person"),
        ("We are running at 112", "Marcus Hallberg", "person"),
        ("one of the 410 was a child", "Marcus Hallberg", "person"),
        ("Nobody should have to sleep", "Amina Fontaine", "person"),
    ]
    assert missing_speakers("leftovers24f-cold-snap.txt", expected) == []
    text = article("leftovers24f-cold-snap.txt")
    assert not any(c.startswith("drivers of") for c in contents(text))
    found = set(figures_of(text))
    assert {("2", 2, "degrees"), ("95 F", 95, "F"), ("410", 410, "patients")} <= found


def test_the_council_poll_keeps_its_speakers_and_figures():
    expected = [
        ("the plan was dead", "Gail Renfrew", "person"),
        ("58 per cent of Lorne Bay adults", "A survey conducted by Marlow Research", "document"),
        ("the arena would lose", "A report prepared by Deloitte", "document"),
        ("the club would keep playing", "Ray Dufresne", "person"),
        ("the city had missed its best chance", "Joanne Whitlock", "person"),
        ("We listened to the people", "Theo Marchetti", "person"),
    ]
    assert missing_speakers("leftovers24f-council-poll.txt", expected) == []
    text = article("leftovers24f-council-poll.txt")
    assert not any(c.startswith("Councillor Joanne") for c in contents(text))
    assert not any("declined" in c for c in contents(text))
    found = set(figures_of(text))
    assert {("19 times out of 20", 0.95, "fraction"), ("62", 62, "percent")} <= found


def test_the_boat_film_keeps_its_speakers():
    expected = [
        ("she had wanted to make the film", "Naomi Strand", "person"),
        ("Everyone in the village", "Naomi Strand", "person"),
        ("she was sorry she had not said goodbye", "Ruth Cormier", "person"),
        ("the film would expand", "Harbourlight Pictures", "organization"),
        ("I have not seen lineups", "Luc Arsenault", "person"),
    ]
    assert missing_speakers("leftovers24f-boat-film.txt", expected) == []
    text = article("leftovers24f-boat-film.txt")
    assert "the pond" not in contents(text)
