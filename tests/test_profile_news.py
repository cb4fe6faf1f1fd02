"""Long magazine profiles and interviews, as an analyst reads them: one subject quoted
across many paragraphs in the present tense ("she says", "he recalls"), relatives, friends
and rivals commenting between, some of them sharing the subject's surname. Constructions
found by trying whosaid on invented profiles of a retiring judge, a young climate organizer
and a violin maker (tests/data/speakers/profile-*.txt), each tested here on other invented
sentences and on near-misses that must not change."""

import pytest
from extraction_helpers import named

# A given name and two surnames ("Lucía Ferrer Ortiz") opening a sentence that is no
# attribution is the whole name, as in an attribution: the pronoun after it and the later
# "Ferrer Ortiz" are one person. A bare maternal surname ("Ortiz") is then another person of
# that name, who is known by it alone.


def _speakers(text: str) -> list[str | None]:
    """The name of each statement's speaker, in order."""
    return [name for _, name, _ in named(text)]


@pytest.mark.parametrize(
    "name",
    ["Lucía Ferrer Ortiz", "Marisol Quintana Ibáñez", "Joaquín Salas Villanueva"],
)
def test_two_surnames_opening_a_narrative_sentence_are_the_whole_name(name: str):
    given, paternal, maternal = name.split()
    pronoun = "he" if given == "Joaquín" else "she"
    text = (
        f"{name} does not like to be called an activist. “We read the bills,” {pronoun} "
        f"says. Later, {paternal} {maternal} said the vote was close."
    )
    assert _speakers(text) == [name, name]


def test_a_bare_maternal_surname_is_the_relative_who_bears_it():
    text = (
        "Lucía Ferrer Ortiz runs the network. “We read the bills,” she says.\n\n"
        "Her mother, Carmen Ortiz, a librarian, says Lucía was always like this.\n\n"
        "“She was relentless even then,” Ortiz says."
    )
    assert _speakers(text) == ["Lucía Ferrer Ortiz", "Carmen Ortiz", "Carmen Ortiz"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a middle given name is no surname: the surname after it is the name's end
        (
            "Mary Ann Lee runs the clinic. “It is full,” she says.",
            ["Mary Ann Lee"],
        ),
        # a body named after a person is no second surname
        (
            "Tom Hale Center opened on Monday. “It is full,” Ann Roe said.",
            ["Ann Roe"],
        ),
    ],
)
def test_near_misses_of_two_surnames_keep_their_reading(text: str, names: list[str]):
    assert _speakers(text) == names
