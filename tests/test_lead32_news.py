"""Everyday news read by the lead in session 32: the constructions found wrong on invented
stories and probes, each tested here on other invented sentences, with near-misses that must
not change."""

import pytest
from extraction_helpers import story, story_statements


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("In 2019 C. Ann Lee said the town had never been ready.", "C. Ann Lee"),
        ("Since 2021 F. Omar Haddad has said the levy is unfair.", "F. Omar Haddad"),
    ],
)
def test_a_letter_after_a_year_is_an_initial(sentence: str, name: str) -> None:
    """A measure's unit letter follows its number ("40 C."), but a year is no measure: the
    letter after it opens a name, and its period ends no sentence (it was "Ann Lee")."""
    [(_, found, kind, _)] = story_statements(sentence)
    assert (found, kind) == (name, "person")


@pytest.mark.parametrize(
    "text",
    [
        "The forecast is for 35 C. Officials said the heat would last.",
        "Overnight lows fell to 14 F. Officials said the frost would last.",
    ],
)
def test_a_unit_letter_after_a_measure_still_ends_its_sentence(text: str) -> None:
    [(content, name, _, _)] = story_statements(text)
    assert (content, name) == (
        "the heat would last" if "heat" in text else "the frost would last",
        "Officials",
    )


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        (
            "The storm will arrive Friday, according to forecasters, or Saturday.",
            ["The storm will arrive Friday", "or Saturday"],
        ),
        (
            "The vote comes in May, according to the party, or June.",
            ["The vote comes in May", "or June"],
        ),
    ],
)
def test_a_day_or_month_after_according_to_is_the_content_s(
    sentence: str, parts: list[str]
) -> None:
    """ "..., according to X, or Saturday.": a day or a month after the source is the
    content's other time, no short name of the source (as "..., or FEMA" is)."""
    text = f"Headline\n\n{sentence}"
    [statement] = story(sentence).statements
    assert [text[start:end] for start, end in statement.pieces] == parts


def test_a_source_s_short_name_after_according_to_stays_the_source_s() -> None:
    sentence = "The levee failed, according to the Army Corps of Engineers, or the Corps."
    text = f"Headline\n\n{sentence}"
    [statement] = story(sentence).statements
    assert [text[start:end] for start, end in statement.pieces] == ["The levee failed"]
