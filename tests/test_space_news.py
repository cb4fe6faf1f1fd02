"""Space missions and science agencies as a new analyst reads them: constructions found by
trying whosaid on invented stories of a rocket's launch and landing, a telescope's discovery
and a space station's leak and inquiry (in tests/data/speakers/), each tested here on other
invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, contents, speaker_of

from tui.core.figures import find_figures


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to the agency, one of the rover's six wheels stopped turning on a "
            "slope, leaving it stuck for three days.",
            "one of the rover's six wheels stopped turning on a slope, leaving it stuck for "
            "three days",
        ),
        (
            "According to the company, the lander's engine cut out early, sending it into "
            "the crater.",
            "the lander's engine cut out early, sending it into the crater",
        ),
        (
            "According to the operator, a valve on the second stage froze, forcing a hold "
            "at T-minus 90 seconds.",
            "a valve on the second stage froze, forcing a hold at T-minus 90 seconds",
        ),
    ],
)
def test_a_participle_clause_after_according_to_x_and_a_comma_keeps_the_clause_whole(
    text: str, content: str
):
    # "According to X, Y, leaving it ...": Y was the clause's subject, no apposition to X.
    [(found, speaker, _)] = attributed(text)
    assert found == content
    assert speaker is not None and speaker.role is None


@pytest.mark.parametrize(
    ("text", "role", "content"),
    [
        (
            "According to Ann Lee, a spokeswoman, rising prices hurt sales.",
            "spokeswoman",
            "rising prices hurt sales",
        ),
        (
            "According to the firm, a maker of valves, during the test the seal failed.",
            "maker of valves",
            "during the test the seal failed",
        ),
        (
            "According to Ann Lee, the mayor, the bridge will close.",
            "mayor",
            "the bridge will close",
        ),
    ],
)
def test_an_apposition_to_the_source_stays_when_no_participle_clause_follows(
    text: str, role: str, content: str
):
    [(found, speaker, _)] = attributed(text)
    assert found == content
    assert speaker is not None and speaker.role == role


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He cautioned, however, that the data were thin.", "the data were thin"),
        ("She warned, though, that the launch could slip.", "the launch could slip"),
        ("The director added, meanwhile, that the crew was safe.", "the crew was safe"),
        ("Ines Varga said, however, the probe would be late.", "the probe would be late"),
        ("He noted, too, that the tank had leaked twice.", "the tank had leaked twice"),
    ],
)
def test_a_connective_adverb_between_commas_after_the_cue_is_no_content(text: str, content: str):
    assert contents(text) == [content]


def test_a_connective_adverb_after_a_closing_cue_leaves_the_quote_whole():
    text = '"We are ready," she said, however, "and we will fly on Friday."'
    [content] = contents(text)
    assert content.startswith("We are ready") and content.endswith("we will fly on Friday")


@pytest.mark.parametrize(
    "text",
    [
        "The launch director called a hold over the radio.",
        "Kwan called a scrub at T-minus 40 seconds.",
        "The flight director called an abort.",
    ],
)
def test_calling_a_hold_or_a_scrub_is_a_countdown_order_no_statement(text: str):
    assert contents(text) == []


def test_calling_a_hold_something_is_still_naming_it():
    text = "Lee called the hold a sensible precaution."
    assert contents(text) == ["the hold a sensible precaution"]


def figure_of(text: str) -> tuple[str, float, float | None, str | None]:
    """(span, value, high, unit) of the only figure in `text`."""
    [figure] = find_figures(text)
    return text[figure.span[0] : figure.span[1]], figure.value, figure.high, figure.unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The count stopped at T-minus 10 minutes.", 10.0),
        ("Engineers resumed the count at T-minus 45 seconds.", 45.0),
    ],
)
def test_a_countdowns_t_minus_is_no_negative_sign(text: str, value: float):
    assert figure_of(text)[1] == value


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("It was minus 5 degrees on the pad.", ("minus 5 degrees", -5.0, None, "degrees")),
        (
            "Nights range between minus 120 and 20 degrees Celsius.",
            ("between minus 120 and 20 degrees Celsius", -120.0, 20.0, "degrees Celsius"),
        ),
        (
            "The probe's hull swings from minus 40 to 90 degrees.",
            ("from minus 40 to 90 degrees", -40.0, 90.0, "degrees"),
        ),
        (
            "Nights range between -120 and 20 degrees.",
            ("between -120 and 20 degrees", -120.0, 20.0, "degrees"),
        ),
        ("Highs range from 5 to 10 degrees.", ("from 5 to 10 degrees", 5.0, 10.0, "degrees")),
    ],
)
def test_a_negative_low_end_keeps_its_sign_and_its_range(
    text: str, figure: tuple[str, float, float | None, str]
):
    assert figure_of(text) == figure


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The star lies 31 light-years from Earth.", "light-years"),
        ("The cluster is 40 light years away.", "light years"),
        ("The comet passed 0.3 AU from the sun.", "AU"),
        ("The galaxy is 12 parsecs farther.", "parsecs"),
        ("The planet has 5.2 Earth masses.", "Earth masses"),
        ("The line was held at 310 bar.", "bar"),
        ("The storm's pressure fell to 950 millibars.", "millibars"),
    ],
)
def test_astronomys_distances_and_masses_and_pressures_are_measures(text: str, unit: str):
    [figure] = find_figures(text)
    assert (figure.unit, figure.kind) == (unit, "measure")


def test_bars_counted_in_the_plural_stay_a_count():
    [figure] = find_figures("The crew ate 3 bars of chocolate.")
    assert (figure.unit, figure.kind) == ("bars", "count")


@pytest.mark.parametrize(
    "text",
    [
        "An international team reported on Monday that the comet had split.",
        "The team said the comet had split.",
        "The research team found that the ice was thin.",
    ],
)
def test_a_team_that_reports_is_a_group(text: str):
    assert speaker_of(text)[1] == "group"


def test_a_possessive_after_the_source_ends_it():
    text = "The ice was thin, according to measurements her team took in May."
    assert speaker_of(text)[:2] == ("measurements", "document")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The booster reached 7,000 km/h, according to telemetry shown on the webcast.",
            "telemetry",
        ),
        ("The bus crashed, according to footage shown on television.", "footage"),
        ("The crater is deep, according to data shown at the briefing.", "data"),
    ],
)
def test_a_source_shown_somewhere_is_a_document_and_shown_no_cue(text: str, source: str):
    [(content, speaker, cue)] = attributed(text)
    assert speaker is not None and (speaker.name, speaker.kind) == (source, "document")
    assert cue == "according to"


def test_a_finding_shown_by_a_trial_is_still_reported():
    assert contents("Polls have shown that voters are tired.") == ["voters are tired"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Astronaut Haruki Sato said the pump worked.", "Haruki Sato", "Astronaut"),
        ("Cosmonaut Ivan Petrov said the hatch was sealed.", "Ivan Petrov", "Cosmonaut"),
        ("Astrophysicist Lena Ortiz said the star was quiet.", "Lena Ortiz", "Astrophysicist"),
        ("Mission specialist Ana Rey said the arm moved.", "Ana Rey", "Mission specialist"),
    ],
)
def test_the_roles_of_space_crews_and_scientists_are_roles_not_names(
    text: str, name: str, role: str
):
    assert speaker_of(text) == (name, "person", role)


def test_a_speaker_phrase_elided_to_nothing_raises_no_error():
    # Found by the noise test: a phrase of the elision mark alone had no head word before it.
    text = "who that  told “ told He saidHe said"
    assert len(contents(text)) >= 1


@pytest.mark.parametrize(
    "text",
    [
        "An international team reported that the comet had split. The team found that the "
        "ice was thin.",
        "A research team from Oslo said the comet had split. The team added that the ice was thin.",
        "A local band said the show was off. The band added that tickets would be refunded.",
    ],
)
def test_the_group_again_is_the_group_an_indefinite_phrase_brought_in(text: str):
    speakers = {speaker for _, speaker, _ in attributed(text)}
    assert len(speakers) == 1


def test_a_differently_modified_team_stays_its_own_group():
    text = "A research team from Oslo said the comet had split. The rescue team said it was safe."
    assert len({speaker for _, speaker, _ in attributed(text)}) == 2


def test_a_frequency_adverb_after_the_counted_noun_is_no_part_of_it():
    text = "The planet keeps one side always facing its star."
    [figure] = find_figures(text)
    assert (figure.unit, figure.subject) == ("side", "side")


@pytest.mark.parametrize(
    "text",
    [
        "Every booster we land is one we don't have to build.",
        "The delay was one they had feared for months.",
    ],
)
def test_one_before_a_relative_clauses_subject_is_the_pronoun_no_count(text: str):
    assert find_figures(text) == []


def test_one_before_its_noun_is_still_a_count():
    [figure] = find_figures("The crew caught one booster at sea.")
    assert (figure.value, figure.unit) == (1.0, "booster")


def _article(slug: str) -> str:
    return (Path(__file__).parent / "data" / "speakers" / f"{slug}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        (
            "rocket-landing-attempt",
            {
                ("Amara Osei", "person", "flight director"),
                ("Pieter Kwan", "person", "Launch director"),
                ("telemetry", "document", None),
                (
                    "Harriet Blum",
                    "person",
                    "space industry analyst at the consultancy Orbital Ledger",
                ),
            },
        ),
        (
            "exoplanet-discovery",
            {
                ("Noor Haddad", "person", "lead author"),
                ("an international team", "group", None),
                ("National Space Science Agency", "organization", None),
                ("Kaito Brennan", "person", "planetary scientist at Suncliff University"),
            },
        ),
        (
            "station-leak-inquiry",
            {
                ("International Space Cooperation Agency", "organization", None),
                ("Tanya Okafor", "person", "Brightwater spokeswoman"),
                ("Haruki Sato", "person", "Japanese astronaut"),
                ("Yusuf Tembo", "person", "Commander"),
            },
        ),
    ],
)
def test_the_space_articles_keep_their_speakers_kinds_and_roles(
    slug: str, expected: set[tuple[str, str, str | None]]
):
    speakers = {
        (speaker.name, speaker.kind, speaker.role)
        for _, speaker, _ in attributed(_article(slug))
        if speaker is not None
    }
    assert expected <= speakers


def test_the_space_articles_have_no_countdown_order_nor_negative_countdown():
    text = _article("rocket-landing-attempt")
    assert all("a hold" not in content for content in contents(text))
    assert all(f.value >= 0 for f in find_figures(text) if f.unit == "minute")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The engines make 1.7 million pounds of thrust.", "measure"),
        ("Agents seized 2 million pounds of cocaine.", "measure"),
        ("The tank holds 3 million pounds of the fuel.", "measure"),
        ("The club paid 5 million pounds for the striker.", "money"),
        ("The lab won 2 million pounds of funding.", "money"),
        ("The trust spent 3 million pounds of reserves on repairs.", "money"),
        ("The school paid 4 million pounds of its budget.", "money"),
        ("The park got 6 million pounds of lottery funding.", "money"),
        ("The barge carried 2 million pounds of scrap steel.", "measure"),
        ("Crews hauled 8 million pounds of debris away.", "measure"),
    ],
)
def test_millions_of_pounds_of_matter_weigh_and_of_money_pay(text: str, kind: str):
    [figure] = find_figures(text)
    assert (figure.unit, figure.kind) == ("pounds", kind)


@pytest.mark.parametrize(
    "text",
    [
        "The rover reached the rim on Sol 1,000.",
        "On sol 412 the rover stopped.",
        "The rocket left launch pad 4 at dawn.",
        "The Expedition 72 crew docked on Monday.",
    ],
)
def test_a_missions_day_pad_or_expedition_number_is_an_identifier(text: str):
    assert find_figures(text) == []


def test_a_sols_length_is_still_a_duration():
    [figure] = find_figures("A sol lasts about 24.6 hours.")
    assert (figure.value, figure.unit) == (24.6, "hour")
