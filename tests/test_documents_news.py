"""Investigative reporting built on documents as a new analyst reads it: constructions found
by trying whosaid on invented stories of a jail's overtime records and a charity's emails
(in tests/data/speakers/), each tested here on other invented sentences."""

import pytest

from tui.core.model import Speaker
from tui.core.statements import find_statements


def attributed(text: str) -> list[tuple[str, Speaker | None, str]]:
    """(content, speaker, cue) for each statement, in text order."""
    speakers, statements = find_statements(text)
    by_id = {s.id: s for s in speakers}
    return [
        (text[st.span[0] : st.span[1]], by_id.get(st.speaker or ""), st.cue) for st in statements
    ]


def speaker_of(text: str) -> tuple[str, str]:
    """(name, kind) of the only statement's speaker."""
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    return speaker.name, speaker.kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A memo dated June 9 says the plant was understaffed.", "A memo"),
        ("A memo dated June 9, 2023, says the plant was understaffed.", "A memo"),
        ("The memo, signed by the director, Ada Fenn, warns that the plant was short.", "The memo"),
        (
            "A transcript of a March meeting between the mayor and the council shows that "
            "officials discussed the budget.",
            "A transcript",
        ),
        (
            "A lawsuit filed in Dunmore County Court by Ellis Crane, who was fired in May, "
            "alleges that he was dismissed unfairly.",
            "A lawsuit",
        ),
        ("An audit of the agency's accounts found that bids were rigged.", "An audit"),
        (
            "An internal audit completed in March found that controls were weak.",
            "An internal audit",
        ),
        (
            "A separate report by the Office of Fiscal Review, dated July 2, found that the "
            "agency overspent.",
            "A separate report by the Office of Fiscal Review",
        ),
        ("The minutes say the board voted twice.", "The minutes"),
    ],
)
def test_a_document_and_its_postmodifiers_is_the_speaker_not_a_noun_inside(text: str, name: str):
    assert speaker_of(text) == (name, "document")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The lawsuit by the Smiths is frivolous, said Ann Lee.", "Ann Lee"),
        ("The report of the inquiry was damning, Lee said.", "Lee"),
        ("A statement from the ministry said the border was closed.", "the ministry"),
        ("The report by the council said the budget is short.", "The report by the council"),
    ],
)
def test_a_document_opening_another_clause_or_with_its_source_keeps_its_reading(
    text: str, name: str
):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None and speaker.name == name


def test_a_cue_noun_after_a_documents_complement_makes_no_statement():
    text = "A transcript of a June call between the two officials was released on Friday."
    assert attributed(text) == []
