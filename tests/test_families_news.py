"""Stories told through families (missing persons, hostages, victims of an accident or a
crime) as national and local papers write them: constructions found by trying whosaid on
invented stories of a missing kayaker, a freed aid worker and a level-crossing crash (in
tests/data/speakers/), each tested here on other invented sentences."""

import pytest
from extraction_helpers import attributed, speaker_of

from tui.core.speaker_kinds import appositive_head


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Water Without Borders' director, Samuel Okafor, said the team was safe.",
            "Samuel Okafor",
            "Water Without Borders' director",
        ),
        (
            "Save the Rivers' founder, Maria Olsen, said the dam was a mistake.",
            "Maria Olsen",
            "Save the Rivers' founder",
        ),
        (
            "Parents Against Knife Crime's chairwoman, Grace Adebayo, said the ban was overdue.",
            "Grace Adebayo",
            "Parents Against Knife Crime's chairwoman",
        ),
    ],
)
def test_a_role_after_a_named_bodys_possessive_is_a_persons(sentence: str, name: str, role: str):
    assert speaker_of(sentence) == (name, "person", role)


def test_the_pronoun_after_a_role_under_a_named_bodys_possessive_keeps_the_person():
    text = (
        "Lukas Brenner said he had spoken to his wife.\n\n"
        "Water Without Borders' director, Samuel Okafor, said in an email that the charity was "
        "relieved. He said it had paused its work."
    )
    assert [s.name if s else None for _, s, _ in attributed(text)][-1] == "Samuel Okafor"


@pytest.mark.parametrize(
    ("appositive", "head"),
    [
        ("director of the city's parks", "director"),  # a possessive after the head's 'of'
        ("the charity's director", "director"),
        ("a firm based in Ohio", "firm"),
    ],
)
def test_the_head_of_an_appositive_without_a_named_possessor_is_unchanged(
    appositive: str, head: str
):
    assert appositive_head(appositive) == head
