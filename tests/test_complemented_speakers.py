"""A role or a relation with a person after it ("a spokesman for Sen. Ann Lee", "the mother of
the victim") is one unnamed speaker described by all of it: the person after it, titled or
not, does not speak."""

import pytest
from extraction_helpers import speaker_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A spokeswoman for Gov. Ida Marsh said the governor was resting.",
            "A spokeswoman for Gov. Ida Marsh",
        ),
        (
            "A spokesman for Sen. Pol Reyes said the senator would vote no.",
            "A spokesman for Sen. Pol Reyes",
        ),
        (
            "A spokesman for Mayor Ron Petrakis said the pier would reopen.",
            "A spokesman for Mayor Ron Petrakis",
        ),
        ("An aide to Rep. Dana Cole said she was travelling.", "An aide to Rep. Dana Cole"),
        (
            "A lawyer representing Dr. Ivo Stahl said he would appeal.",
            "A lawyer representing Dr. Ivo Stahl",
        ),
    ],
)
def test_a_role_for_a_titled_person_is_not_that_person(text: str, name: str) -> None:
    assert speaker_of(text)[:2] == (name, "person")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The wife of Pol Reyes said he was resting.", "The wife of Pol Reyes", "person"),
        ("The mother of the victim said she wanted answers.", "The mother of the victim", "person"),
        ("The widow of the pilot said the airline had lied.", "The widow of the pilot", "person"),
        ("The son of Gov. Ida Marsh said she was resting.", "The son of Gov. Ida Marsh", "person"),
    ],
)
def test_a_relative_of_someone_speaks_not_the_someone(text: str, name: str, kind: str) -> None:
    assert speaker_of(text)[:2] == (name, kind)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Former Mayor Ron Lee said the pier was old.", "Ron Lee", "Former Mayor"),
        ("Sen. Pol Reyes of Ohio said the bill was dead.", "Pol Reyes", "Sen."),
        ("Port Authority Chair Ann Lee said the port was busy.", "Ann Lee", "Port Authority Chair"),
    ],
)
def test_a_titled_name_alone_is_still_the_speaker(text: str, name: str, role: str) -> None:
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two former billing clerks said quotas were set each week.", "Two former billing clerks"),
        (
            "Four retired mining engineers said the shaft was unsafe.",
            "Four retired mining engineers",
        ),
    ],
)
def test_a_participle_naming_a_trade_after_a_number_is_in_the_phrase(text: str, name: str) -> None:
    assert speaker_of(text)[:2] == (name, "group")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("According to Pellworth Group, 300 jobs will go.", "Pellworth Group"),
        ("According to Tri-Valley Electric, 9,000 homes lost power.", "Tri-Valley Electric"),
    ],
)
def test_according_to_a_company_named_by_its_marker_is_a_statement(text: str, name: str) -> None:
    assert speaker_of(text)[:2] == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "Downing Street said the minister had its full confidence.",
        "New Delhi said the drills were provocative.",
        "The Elysee said the visit would go ahead.",
    ],
)
def test_a_seat_of_government_speaks_for_its_government(text: str) -> None:
    assert speaker_of(text)[1] == "organization"


def test_a_document_brought_by_someone_speaks_itself() -> None:
    name, kind, _ = speaker_of("A lawsuit brought by the drivers says the depot withheld tips.")
    assert (name, kind) == ("A lawsuit", "document")
