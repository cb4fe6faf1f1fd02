"""Long features with many speakers, as a new analyst reads them: who speaks across a long
article (names on no list of given names, pronouns after a subject just read, answers to a
question put by the reporter, full names opening a paragraph). Constructions found by
trying whosaid on invented features about a lighthouse's last keeper, an interview with a
rowing coach and two sisters' orchard (in tests/data/speakers/long-feature-*.txt), each
tested here on other invented sentences."""

import pytest
from extraction_helpers import named

from tui.core.statements import find_statements


def _speakers(text: str) -> list[str | None]:
    """The name of each statement's speaker, in order."""
    return [name for _, name, _ in named(text)]


# A name no list of given names knows ("Ysolde", "Odd") gets its gender from a pronoun that
# stood for it; opening the sentence just read, it is what a later pronoun of that gender
# stands for, over an older speaker of that gender whose given name a list knows.


@pytest.mark.parametrize(
    "opening",
    [
        "Later, Farr was quiet.",
        "Asked about the bridge, Farr laughed.",
        "On Friday evening, Farr closed the book.",
        "Farr shook her head.",
    ],
)
def test_a_subject_a_pronoun_gave_a_gender_is_what_that_pronoun_stands_for(opening: str):
    text = (
        "Ysolde Farr said the bridge was old. “It will not last the winter,” she said. "
        f"Nora Lind said the road was closed. {opening} “It is gone,” she said."
    )
    assert _speakers(text)[-1] == "Ysolde Farr"


def test_a_subject_of_the_other_gender_is_passed_over():
    text = (
        "Odd Reinholt said the light was old. “It will not last the winter,” he said. Nora "
        "Lind said the road was closed. Later, Reinholt was quiet. “It is gone,” she said."
    )
    assert _speakers(text)[-1] == "Nora Lind"


def test_a_possessive_opening_the_sentence_is_no_subject():
    text = (
        "Ysolde Farr said the bridge was old. “It will not last the winter,” she said. "
        "Nora Lind said the road was closed. Farr’s car was gone. “It is gone,” she said."
    )
    assert _speakers(text)[-1] == "Nora Lind"


# A question the reporter puts opens the sentence ("Asked whether ..., Lee laughed."), and a
# quotation with no cue follows in the paragraph: the answer, by the main clause's subject.


@pytest.mark.parametrize(
    ("middle", "name"),
    [
        ("Asked whether she would stay, Lind smiled.", "Nora Lind"),
        ("Asked about the ferry, Lind laughed.", "Nora Lind"),
        ("Pressed on the cost, Lind shrugged.", "Nora Lind"),
        ("Asked whether the road would reopen, Tom Lee sighed.", "Tom Lee"),
    ],
)
def test_a_floating_quotation_after_an_opening_question_is_the_answerers(middle: str, name: str):
    text = (
        "Tom Lee said the bridge was old. Nora Lind said the road was closed. "
        f"{middle} “He knows what I think. I am staying.”"
    )
    assert _speakers(text)[-1] == name


def test_the_question_itself_stays_the_unnamed_askers():
    text = "Nora Lind said the road was closed. Asked about the ferry, Lind laughed. “Never.”"
    found = named(text)
    assert [(name, cue) for _, name, cue in found[1:]] == [(None, "Asked"), ("Nora Lind", None)]


@pytest.mark.parametrize(
    "middle",
    [
        "Asked whether she would stay, Lind smiled. The bus left.",
        "Asked whether she would stay, Lind smiled. Her brother Tom drove off.",
    ],
)
def test_a_floating_quotation_after_another_sentence_is_no_answer(middle: str):
    text = (
        "Tom Lee said the bridge was old. Nora Lind said the road was closed. "
        f"{middle} “He knows what I think. I am staying.”"
    )
    assert _speakers(text)[-1] is None


# A full name opening a paragraph ("Signe Paavola, the harbour master, ...") names the
# speaker quoted later by the surname alone, with the role given there.


@pytest.mark.parametrize(
    ("intro", "name", "role"),
    [
        ("Signe Paavola, the harbour master, is not convinced.", "Signe Paavola", "harbour master"),
        ("Calder Munro, a fisherman, sees both sides.", "Calder Munro", "fisherman"),
        ("Yara Feld has run the shop since 2009.", "Yara Feld", None),
    ],
)
def test_a_full_name_opening_a_paragraph_names_the_surname_quoted_later(
    intro: str, name: str, role: str | None
):
    surname = name.split()[-1]
    text = (
        "The ferry will stop in May, the agency said.\n\n"
        f"{intro}\n\n“It is a mistake,” {surname} said."
    )
    speakers, _ = find_statements(text)
    person = next(s for s in speakers if s.name.endswith(surname))
    assert (person.name, person.role) == (name, role)


@pytest.mark.parametrize("opening", ["But Feld", "Mayor Feld", "Later, Feld"])
def test_a_word_opening_a_paragraph_before_a_surname_is_no_given_name(opening: str):
    text = f"The ferry will stop, the agency said.\n\n{opening} said it was a mistake."
    speakers, _ = find_statements(text)
    assert [s.name for s in speakers if s.name.endswith("Feld")] == ["Feld"]
