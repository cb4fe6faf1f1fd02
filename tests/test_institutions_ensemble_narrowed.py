"""Rules of the institutions and ensemble stories held to their constructions: near-misses
that read like them on the surface (a pronoun's "has" before a cue, a manner after an
assessing participle, a company written to, a name before "and", a state after an age, a
participle after a source's noun, a pair of the other gender). All sentences invented."""

import pytest
from extraction_helpers import attributed, speaker_of

# --- "Moody's said": a firm's possessive name, never a pronoun's "has" ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Everyone's said the plan is doomed before.",
        "Nobody's said that the vote would fail.",
        "Somebody's said the vote would fail.",
    ],
)
def test_a_word_for_people_and_has_is_no_firm(text: str) -> None:
    names = [speaker.name for _, speaker, _ in attributed(text) if speaker is not None]
    assert not any(name.endswith("'s") for name in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Moody's said the outlook was weak.", "Moody's"),
        ("Standard & Poor's warned that debt would rise.", "Standard & Poor's"),
    ],
)
def test_a_firm_named_as_a_possessive_still_speaks(text: str, name: str) -> None:
    assert speaker_of(text)[0] == name


# --- "was rated inadequate by X": a verdict before the agent, not a manner ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "The contest was judged fairly by a panel of chefs.",
        "The bill was considered in detail by the committee.",
    ],
)
def test_an_assessing_participle_with_no_verdict_gives_no_agent(text: str) -> None:
    assert not any(speaker is not None for _, speaker, _ in attributed(text))


def test_an_assessing_participle_with_its_verdict_keeps_its_agent() -> None:
    [(said, speaker, _)] = attributed("The ferry was deemed unfit by inspectors.")
    assert said == "The ferry was deemed unfit" and speaker is not None
    assert speaker.name == "inspectors"


# --- "the company" and the company written to --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ofcom wrote to Brill Foods last week. The company said it had complied.",
        "Regulators wrote to Brill Foods in May. The company said it would reply.",
    ],
)
def test_the_company_written_to_with_no_other_company_answers(text: str) -> None:
    assert speaker_of(text)[0] == "Brill Foods"


@pytest.mark.parametrize(
    "text",
    [
        "In a letter to Brill Foods, the company said it would sue.",
        "Lee wrote to the FTC last week. The company said it would appeal.",
    ],
)
def test_a_venue_of_the_saying_or_an_acronym_written_to_is_not_the_company(text: str) -> None:
    assert speaker_of(text)[0].lower() == "the company"


# --- "the Food and Drug Administration": the first field after "the" only -----------------------


def test_a_surname_before_and_is_no_field_of_a_body() -> None:
    text = "Lee met Hale and Harbour Authority staff. The authority said the dock was safe."
    assert speaker_of(text)[0] == "Harbour Authority"


# --- "Obi, 31, resigned, saying": a past before a participle, not a state before a verb ---------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Tom Reed, 54, unemployed, said the plan would fail.", "unemployed"),
        ("Ann Lee, disabled, said the ramp was too steep.", "disabled"),
    ],
)
def test_a_state_in_ed_before_the_verb_stays_a_role(text: str, role: str) -> None:
    assert speaker_of(text)[2] == role


def test_a_past_before_a_participle_is_still_no_role() -> None:
    assert speaker_of("Ann Lee, 40, resigned, saying the board lied.")[2] is None


# --- a participle after a time is the subject's after a place's noun only -----------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The mayor received a petition from residents last week demanding a vote.", "residents"),
        ("Ann Lee met the protesters on Monday demanding a vote.", "the protesters"),
    ],
)
def test_a_participle_after_a_source_or_an_object_and_a_time_stays_theirs(
    text: str, name: str
) -> None:
    assert speaker_of(text)[0] == name


def test_a_participle_after_a_place_and_a_time_is_still_the_subjects() -> None:
    text = "Ann Lee stood outside the town hall on Friday urging voters to stay home."
    assert speaker_of(text)[0] == "Ann Lee"


# --- "the two men", "both women": a pair of that gender only ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee and Tom Roe run the bakery. The two men said sales fell.",
        "Ann Lee and Tom Roe run the bakery. Both women said sales fell.",
    ],
)
def test_a_gendered_pair_noun_is_no_pair_of_another_gender(text: str) -> None:
    assert speaker_of(text)[0] != "Ann Lee and Tom Roe"


@pytest.mark.parametrize(
    "text",
    [
        "Tom Lee and Sam Roe run the bakery. The two men said sales fell.",
        "Ann Lee and Mia Roe run the bakery. Both women said sales fell.",
        "Ann Lee and Tom Roe run the bakery. Both said sales fell.",
    ],
)
def test_a_pair_noun_of_their_gender_or_none_is_the_pair(text: str) -> None:
    assert " and " in speaker_of(text)[0]
