"""Religious news: clerical titles before a name, the role nouns that stand for their
holders ("the pontiff"), and religious bodies as organizations. Invented sentences."""

import pytest
from extraction_helpers import attributed, speaker_of


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Archbishop Ana Deng said the parishes had no food.", "Ana Deng", "Archbishop"),
        ("Patriarch Ilias Morou said the church would rebuild.", "Ilias Morou", "Patriarch"),
        ("Monsignor Ugo Ferri said the talks were fruitful.", "Ugo Ferri", "Monsignor"),
    ],
)
def test_a_clerical_title_is_a_role_not_part_of_the_name(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


def test_the_pontiff_is_the_pope_named_before() -> None:
    text = (
        "Pope Leo urged leaders to end the war. Speaking after the prayer, the pontiff said "
        "he was praying for the displaced."
    )
    assert {s.name for _, s, _ in attributed(text) if s is not None} == {"Leo"}


@pytest.mark.parametrize(
    "text",
    [
        "The archdiocese said that at least 40 churches had been damaged.",
        "The diocese said the priest had been suspended.",
        "The synod said it would meet again in May.",
    ],
)
def test_a_religious_body_is_an_organization(text: str) -> None:
    assert speaker_of(text)[1] == "organization"
