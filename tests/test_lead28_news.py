"""Everyday news read by the lead in session 28: the constructions found wrong on invented
stories and probes, each tested here on other invented sentences, with near-misses that must
not change."""

import pytest
from extraction_helpers import story_statements


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        ("“We are taking water,” said the first mate.", "the first mate", "first mate"),
        (
            "“Keep the exits clear,” said the second mate, who had sailed with her for years.",
            "the second mate",
            "second mate",
        ),
        ("“Stay back,” said a first responder at the scene.", "a first responder", None),
    ],
)
def test_an_ordinal_title_after_the_cue_is_the_speaker(
    sentence: str, speaker: str, role: str | None
) -> None:
    """ "said the first mate": the ordinal's title after an inverted cue is its speaker, as it
    is before the cue (the statement was lost)."""
    [(_, name, kind, found_role)] = story_statements(sentence)
    assert (name, kind) == (speaker, "person")
    if role is not None:
        assert found_role == role


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“It was chaos,” said the first.", None),
        ("“It was chaos,” said the mate.", "the mate"),
        ("“They saved us,” his mates said.", "his mates"),
    ],
)
def test_near_misses_of_the_ordinal_title_keep_their_readings(
    sentence: str, speaker: str | None
) -> None:
    """An ordinal with no head after it is no speaker; a mate with no ordinal is one still."""
    found = story_statements(sentence)
    assert [name for _, name, _, _ in found] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        (
            "The Rail, Maritime and Transport union said the strike would go ahead.",
            "Rail, Maritime and Transport union",
            "organization",
        ),
        (
            "The Food, Drink and Hotel Workers union said it would appeal the ruling.",
            "Food, Drink and Hotel Workers union",
            "organization",
        ),
        (
            "The Liberal, Green and Labour parties said they would vote against the bill.",
            "The Liberal, Green and Labour parties",
            "group",
        ),
    ],
)
def test_a_list_of_names_before_a_body_is_the_body_s_name(
    sentence: str, speaker: str, kind: str
) -> None:
    """ "the Rail, Maritime and Transport union": capitalised names listed before the body's
    head are all its name (the first was cut at the comma)."""
    [(_, name, found_kind, _)] = story_statements(sentence)
    assert (name, found_kind) == (speaker, kind)


def test_a_list_of_people_stays_a_group_of_them() -> None:
    """Names listed with no body after them are the people they name."""
    [(_, name, kind, _)] = story_statements(
        "Ann Hale, Tom Lee and Mary Roe said they would appeal."
    )
    assert (name, kind) == ("Ann Hale, Tom Lee and Mary Roe", "group")
