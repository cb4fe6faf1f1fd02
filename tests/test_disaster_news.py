"""Disaster news as a new analyst reads it: constructions found by trying whosaid on invented
stories of a hurricane and a runway accident (in tests/data/speakers/), each tested here on
other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import named

from tui.core.statements import find_statements

ARTICLES = Path(__file__).parent / "data" / "speakers"


@pytest.mark.parametrize(
    "text",
    [
        "Hurricane Omar slams Key West, cutting power to thousands.",
        "Storm Brenna blasted the coast with winds of 80 mph.",
        "Tropical Storm Ida warned of what was to come.",
        "The wildfire threatened dozens of cabins near the lake.",
        "Typhoon Kai hammered the island for a second day.",
    ],
)
def test_a_natural_event_says_nothing(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A storm chaser said the wind was fierce.", "A storm chaser"),
        ("The Fire Department said the blaze was out.", "Fire Department"),
        ("Flood victims said they were angry.", "Flood victims"),
        ("The rain eased, the National Hurricane Center said.", "National Hurricane Center"),
        ("The Storm Prediction Center warned that hail was likely.", "Storm Prediction Center"),
        ("Senator Ona Hale slams the bill as a giveaway.", "Ona Hale"),
    ],
)
def test_people_named_by_an_event_still_speak(text: str, name: str) -> None:
    [(_, speaker, _)] = named(text)
    assert speaker == name


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Voss said he and his wife had ignored the order.",
            "he and his wife had ignored the order",
        ),
        (
            "Voss said she and her son had skipped the drill.",
            "she and her son had skipped the drill",
        ),
        (
            "Voss said his wife and their son had ignored the order.",
            "his wife and their son had ignored the order",
        ),
    ],
)
def test_a_pronoun_joined_to_another_subject_is_no_clause_of_its_own(
    text: str, content: str
) -> None:
    assert named(text) == [(content, "Voss", "said")]


def test_a_second_cue_sharing_the_subject_still_splits() -> None:
    text = "Voss said it would veto a bill and argued that it was unfair."
    assert [c for c, _, _ in named(text)] == ["it would veto a bill", "it was unfair"]


@pytest.mark.parametrize("name", ["gulf-hurricane.txt", "runway-skid.txt"])
def test_no_article_makes_a_storm_or_a_bare_pronoun_a_statement(name: str) -> None:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    found = named(text)
    assert len(found) >= 12
    assert all(speaker is None or not speaker.startswith("Hurricane") for _, speaker, _ in found)
    assert all(content.lower() not in {"he", "she", "they"} for content, _, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Coast Guard said two cutters were sent.", "Coast Guard"),
        ("The Estonian Border Guard said a helicopter was sent.", "Estonian Border Guard"),
        ("The National Guard said troops were on the way.", "National Guard"),
    ],
)
def test_a_guard_named_is_an_organization(text: str, name: str) -> None:
    speakers, _ = find_statements(text)
    assert [(s.name, s.kind) for s in speakers] == [(name, "organization")]


def test_a_guard_unnamed_is_a_person() -> None:
    speakers, _ = find_statements("A guard said the gate was shut.")
    assert [(s.name, s.kind) for s in speakers] == [("A guard", "person")]
