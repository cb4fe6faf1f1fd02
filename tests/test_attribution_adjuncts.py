"""What stands around an attribution that is not its content: a venue with a recipient or a
partner before a resumed quotation ("wrote in an email to a friend, and “…”": one statement,
both pieces its parts), an aside before "that", and an attribution inserted after a subject
("Turnout, she said, was 61 percent"). Invented sentences."""

import pytest

from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "Ann is “smart as hell,” Tom Vale wrote in an email to a friend, and “full of it.”",
            ["Ann is “smart as hell", "full of it"],
        ),
        (
            "The plan is “a disaster,” Tom Vale said in a letter to voters, “and a waste.”",
            ["The plan is “a disaster", "and a waste"],
        ),
        (
            "“It failed,” Tom Vale said in an interview with the Herald, “and we know why.”",
            ["It failed", "and we know why"],
        ),
    ],
)
def test_both_pieces_are_parts_of_one_statement(text: str, pieces: list[str]) -> None:
    [speaker], [statement] = find_statements(text)
    assert speaker.name == "Tom Vale"
    assert [text[a:b] for a, b in statement.parts] == pieces


def test_a_venue_before_that_still_opens_the_content() -> None:
    text = "Tom Vale said in an interview with the Herald that the plan failed."
    _, [statement] = find_statements(text)
    assert text[statement.span[0] : statement.span[1]] == "the plan failed"


@pytest.mark.parametrize(
    "text",
    [
        "Vale wrote on X, the platform formerly known as Twitter, that the pier was unsafe.",
        "Vale told the Gazette, a weekly paper, that the pier was unsafe.",
        "Vale said on Monday, a day after the storm, that the pier was unsafe.",
        "Vale said in a statement, released late on Friday, that the pier was unsafe.",
        "Vale told reporters, some of whom had waited for hours, that the pier was unsafe.",
        "Vale said, as did the harbour master, that the pier was unsafe.",
    ],
)
def test_an_aside_before_that_is_no_content(text: str) -> None:
    _, [statement] = find_statements(text)
    assert text[statement.span[0] : statement.span[1]] == "the pier was unsafe"


def test_a_relative_that_after_an_aside_is_no_opener() -> None:
    text = "Vale told the Gazette, a weekly, that was founded in 1890."
    _, statements = find_statements(text)
    assert all(not text[s.span[0] : s.span[1]].startswith("was") for s in statements)


def pieces(text: str) -> list[list[str]]:
    """The pieces of each statement found in `text`."""
    _, statements = find_statements(text)
    return [[text[a:b] for a, b in s.pieces] for s in statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnout, Vale said, was 61 percent.", ["Turnout", "was 61 percent"]),
        ("Turnout, according to the commission, was 61 percent.", ["Turnout", "was 61 percent"]),
        ("Sales, according to the firm, fell by a third.", ["Sales", "fell by a third"]),
        ("Fares, she added, will rise again in May.", ["Fares", "will rise again in May"]),
        ("The pier, according to engineers, is unsafe.", ["The pier", "is unsafe"]),
        ("The mayor, according to aides, has been furious.", ["The mayor", "has been furious"]),
    ],
)
def test_a_subject_before_an_inserted_attribution_is_content(
    text: str, expected: list[str]
) -> None:
    assert pieces(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("However, Vale said, the pier is unsafe.", ["the pier is unsafe"]),
        ("Still, she said, the voters turned out.", ["the voters turned out"]),
        ("Yesterday, Vale said, the council voted.", ["the council voted"]),
    ],
)
def test_a_connective_before_an_inserted_attribution_is_no_content(
    text: str, expected: list[str]
) -> None:
    assert pieces(text) == [expected]


def test_a_role_after_the_source_of_according_to_stays_its_role() -> None:
    speakers, _ = find_statements("The pier is unsafe, according to Ann Vale, the mayor.")
    assert [(s.name, s.role) for s in speakers] == [("Ann Vale", "mayor")]
