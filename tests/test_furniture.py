"""Page furniture: captions, credits, link lines, bylines, contribution lines, section labels."""

import pytest
from extraction_helpers import contents

from tui.core.statements import find_statements
from tui.core.statements.furniture import byline_author, furniture, without_furniture
from tui.core.text import paragraphs

BODY = "Harlow said the plan would cut costs"


def found(text: str) -> list[str]:
    return [text[s:e] for s, e in furniture(text)]


@pytest.mark.parametrize(
    "line",
    [
        "Mayor Ann Harlow speaks at a rally in Dover on May 3. (Photo: Jane Roe/Getty Images)",
        "Harlow said the city would not raise taxes on Monday. (AP Photo/Jane Roe)",
        "Harlow waves to supporters in Dover. (Jane Roe/Getty Images)",
        "Harlow waves to supporters in Dover on Monday. AP Photo/Jane Roe",
        "Photo: Jane Roe, AP Photo",
        "Credit: Jane Roe for The Dover Post",
        "Video by Jane Roe",
    ],
)
def test_a_caption_or_credit_is_furniture(line: str) -> None:
    assert found(line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "READ MORE: Harlow says the budget will hold",
        "Watch: Harlow says the budget will hold",
        "RELATED: Mayor says budget will hold",
        "Click here to read what the mayor said about the budget.",
        "More: Harlow warns of higher fees",
    ],
)
def test_a_link_line_is_furniture(line: str) -> None:
    assert found(line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe and John Roe",
        "By JANE DOE, Associated Press",
        "By Jane Doe | Dover Post",
        "By Jane Doe, John Roe and Ann Poe, Staff Writers",
    ],
)
def test_a_byline_is_furniture(line: str) -> None:
    assert found(line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Contributing: Jane Doe in Dover",
        "Reporting by Jane Doe; Editing by John Roe",
        "(Reporting by Jane Doe; additional reporting by John Roe; editing by Ann Poe.)",
        "Jane Doe and John Roe contributed to this report.",
        "Jane Doe contributed reporting from Dover.",
    ],
)
def test_a_contribution_line_is_furniture(line: str) -> None:
    assert found(line) == [line]


@pytest.mark.parametrize("line", ["ABSTRACT.", "MORE FROM THE SHOW", "LETTERS TO THE EDITOR"])
def test_a_section_label_in_capitals_is_furniture(line: str) -> None:
    assert found(line) == [line]


def test_a_label_in_capitals_opening_prose_is_furniture_and_the_prose_is_not() -> None:
    text = "EVEN THE MAYOR SAYS IT WORKS — The head of the council said the plan would cut costs."
    assert found(text) == ["EVEN THE MAYOR SAYS IT WORKS — "]
    assert contents(text) == ["the plan would cut costs"]


@pytest.mark.parametrize(
    "line",
    [
        BODY,
        "By Tuesday, Harlow said, the plan would be ready.",  # "By" and a time, not a byline
        "Contributing to the decline, Harlow said, were higher taxes.",
        "Watching the vote, Harlow said the plan would pass.",
        "PENCE: We will win this state.",  # a speaker label in capitals, with its words
        "“LOCK THEM UP!”",  # a quotation in capitals
        "The photo shows Harlow at a rally, her aides said.",
        "More than 300 people said they would attend.",
        "NATO leaders met on Monday — Harlow said the plan would cut costs.",
    ],
)
def test_prose_is_not_furniture(line: str) -> None:
    assert found(line) == []


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("DOVER — Plans to cut costs would fail, Harlow said.", "DOVER — "),
        ("NEW DOVER (AP) - Plans to cut costs would fail, Harlow said.", "NEW DOVER (AP) - "),
        ("DOVER, Del. — Plans to cut costs would fail, Harlow said.", "DOVER, Del. — "),
        (
            "DOVER, Sept. 4 (CP) — Plans to cut costs would fail, Harlow said.",
            "DOVER, Sept. 4 (CP) — ",
        ),
    ],
)
def test_a_dateline_is_furniture_and_no_part_of_what_was_said(text: str, dateline: str) -> None:
    assert found(text) == [dateline]
    assert contents(text) == ["Plans to cut costs would fail"]


def test_statements_in_furniture_are_not_found_and_the_body_still_is() -> None:
    text = "\n\n".join(
        [
            "By Jane Doe and John Roe",
            "Harlow speaks in Dover. Harlow said taxes would not rise. (AP Photo/Jane Roe)",
            BODY,
            "READ MORE: Harlow says the budget will hold",
            "Reporting by Jane Doe; Editing by John Roe",
        ]
    )
    assert contents(text) == ["the plan would cut costs"]


def test_blanking_keeps_every_offset() -> None:
    text = "By Jane Doe\n\n" + BODY + "\n\nABSTRACT."
    blank = without_furniture(text)
    assert len(blank) == len(text)
    assert blank.strip() == BODY
    assert blank.index(BODY) == text.index(BODY)
    assert without_furniture(BODY) == BODY


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Bridge vote looms\n\nBy Marta Quell\n\nI have covered the board.", "Marta Quell"),
        ("By DEV ORRIN, Harbor Gazette\n\nThe port shut.", "Dev Orrin"),
        ("By Dev Orrin and Ana Lusk\n\nThe port shut.", None),  # two authors
        ("By Dev Orrin, Ana Lusk\n\nThe port shut.", None),  # two authors, by a comma
        ("The port shut.\n\nBy the end of May it had reopened.", None),  # no byline
    ],
)
def test_the_one_author_a_byline_names(text: str, author: str | None) -> None:
    assert byline_author(text, paragraphs(text)) == author


def test_i_outside_quotations_is_the_bylines_author() -> None:
    text = (
        "By Marta Quell\n\n"
        "I think the council is half right, and the vote should wait.\n\n"
        "“We cannot wait,” Abel Toft said. “I will not.”"
    )
    speakers, statements = find_statements(text)
    author = next(s for s in speakers if s.role == "author")
    assert (author.name, author.kind, author.aliases) == ("Marta Quell", "person", ("I",))
    assert statements[0].speaker == author.id
    assert statements[1].speaker != author.id  # the quoted "I" is Toft's


@pytest.mark.parametrize(
    ("author", "name"),
    [("Marta Quell", "Marta Quell"), ("Marta Quell and Dev Orrin", "I"), ("Gazette Staff", "I")],
)
def test_i_is_the_author_a_pages_metadata_names_when_it_is_one_name(author: str, name: str) -> None:
    text = "I think the council is half right, and the vote should wait."
    speakers, _ = find_statements(text, author=author)
    assert [s.name for s in speakers] == [name]
