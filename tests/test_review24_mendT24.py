"""Review 24 (speech through interpreters, French): rules of that change narrowed where they
reached ordinary news sentences, each tested on invented sentences and near-misses."""

import pytest
from extraction_helpers import named, speaker_of


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Police said the suspect fled, after telling officers he had a gun.",
            "the suspect fled, after telling officers he had a gun",
            "Police",
        ),
        (
            "Witnesses said the driver got out of the car, before shouting that he had been "
            "cut off.",
            "the driver got out of the car, before shouting that he had been cut off",
            "Witnesses",
        ),
        (
            "Mayor Lee told council the budget was balanced, after promising voters last fall "
            "that taxes would not rise.",
            "the budget was balanced, after promising voters last fall that taxes would not rise",
            "Lee",
        ),
        (
            "The premier said the deal was signed, after announcing it on social media.",
            "the deal was signed, after announcing it on social media",
            "The premier",
        ),
    ],
)
def test_a_participle_after_before_or_after_in_a_reported_clause_is_that_clauses(
    text: str, content: str, name: str
):
    assert [(c, n) for c, n, _ in named(text)] == [(content, name)]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Marc Dion said in French: « Nous restons », before adding that the plant would grow.",
            "Nous restons",
            "the plant would grow",
        ),
        (
            "Marc Dion said: “We are staying,” before adding that the plant would grow.",
            "We are staying",
            "the plant would grow",
        ),
        (
            "Marc Dion said the plant would grow, adding that hiring starts in May.",
            "the plant would grow",
            "hiring starts in May",
        ),
    ],
)
def test_before_adding_after_a_closed_quotation_is_still_a_second_saying(
    text: str, first: str, second: str
):
    assert [(c, n) for c, n, _ in named(text)] == [(first, "Marc Dion"), (second, "Marc Dion")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We wish him well," said Mr. Okafor, its managing partner.', "Okafor"),
        ('"We wish him well," said Haddad, its senior partner.', "Haddad"),
        ('"We wish him well," said Okafor, its challenger.', "Okafor"),
        ('"We will not yield," said Mr. Ostrava, its northern neighbour.', "Ostrava"),
        ('"The vote was fair," said Dr. Mbeki, its opponent.', "Mbeki"),
    ],
)
def test_a_person_after_its_and_a_peoples_noun_or_a_title_stays_a_person(text: str, name: str):
    name_found, kind, _ = speaker_of(text)
    assert (name_found, kind) == (name, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We will not yield," said Ostrava, its northern neighbour.', "Ostrava"),
        ('"The border stays open," said its neighbour Altavia.', "Altavia"),
        ('Velmar lost the bid. "We will compete," said its rival Brel Foods.', "Brel Foods"),
    ],
)
def test_a_body_after_its_and_a_bodys_peer_noun_is_still_an_organization(text: str, name: str):
    name_found, kind, _ = speaker_of(text)
    assert (name_found, kind) == (name, "organization")


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Council voted 7-2 to close the pool. Justice Ross interpreted the bylaw plainly: "
            '"The words mean what they say."',
            "The words mean what they say",
            "Ross",
        ),
        (
            '"We will not sell," the owner said. The broker translated the offer differently: '
            '"They want out by June."',
            "They want out by June",
            "The broker",
        ),
        (
            'Judge Amy Ross interpreted the law broadly. "The statute is clear."',
            "The statute is clear",
            "Amy Ross",
        ),
        (
            'Sen. Paul Dumas interpreted the ruling differently. "It changes nothing for us."',
            "It changes nothing for us",
            "Paul Dumas",
        ),
    ],
)
def test_interpreting_with_an_object_is_a_reading_of_the_subjects_own(
    text: str, content: str, name: str
):
    assert named(text)[-1][:2] == (content, name)


@pytest.mark.parametrize(
    "middle",
    ["Her son Omar translated:", "Her son Omar translated for her:"],
)
def test_interpreting_with_no_object_still_gives_the_words_to_the_one_translated(middle: str):
    text = f'"We will stay," Nadia Haddad said in Arabic. {middle} "We are not leaving."'
    assert {name for _, name, _ in named(text)} == {"Nadia Haddad"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to an interpretation of the rules by the league, Smith said the goal "
            "should have counted.",
            "an interpretation of the rules by the league",
        ),
        (
            "According to Interpreters Without Borders, staff said the clinic had closed.",
            "Interpreters Without Borders",
        ),
    ],
)
def test_a_reading_or_a_named_body_opening_the_sentence_is_still_a_source(text: str, source: str):
    assert named(text)[0][1] == source


@pytest.mark.parametrize(
    "text",
    [
        "According to a translation of his remarks, Roy said the plant would stay open.",
        "According to an English translation of his remarks, Roy said the plant would stay open.",
        "According to his interpreter, Roy said the plant would stay open.",
    ],
)
def test_a_translation_opening_the_sentence_is_still_no_source(text: str):
    assert named(text) == [("the plant would stay open", "Roy", "said")]
