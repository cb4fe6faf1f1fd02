"""Statement leftovers by construction: quotation styles, resumed quotations, attributions
inside content, performative acts, and what is no statement (invented sentences)."""

import pytest

from tui.core.model import Statement
from tui.core.statements import find_statements
from tui.core.text import quotes


def contents(text: str) -> list[str]:
    return [text[s.span[0] : s.span[1]] for s in find_statements(text)[1]]


def parts(text: str, statement: Statement) -> list[str]:
    return [text[a:b] for a, b in statement.parts]


def only(text: str) -> Statement:
    (statement,) = find_statements(text)[1]
    return statement


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("“", "”"), ('"', '"'), ("«", "»"), ("»", "«"), ("„", "“"), ("‘", "’"), ("'", "'")],
)
def test_a_quotation_resumed_after_its_attribution_is_two_parts_in_every_style(
    opening: str, closing: str
) -> None:
    text = (
        f"{opening}The ferry will run again,{closing} Okafor said. "
        f"{opening}Not before the spring.{closing}"
    )
    statement = only(text)
    assert statement.kind == "direct"
    assert statement.cue == "said"
    assert parts(text, statement) == ["The ferry will run again", "Not before the spring"]


@pytest.mark.parametrize(("opening", "closing"), [("„", "“"), ("»", "«"), ("‚", "‘")])
def test_reversed_pairs_close_their_own_opener(opening: str, closing: str) -> None:
    text = f"Sie sagte {opening}nein{closing}, dann ging sie."
    (quote,) = quotes(text)
    assert text[quote.content[0] : quote.content[1]] == "nein"


def test_a_german_quotation_with_a_nested_one() -> None:
    text = "„Wir bauen die ‚alte Brücke‘ neu“, sagte Weber."
    (quote,) = quotes(text)
    assert text[quote.content[0] : quote.content[1]] == "Wir bauen die ‚alte Brücke‘ neu"


def test_a_venue_word_after_that_belongs_to_the_content() -> None:
    text = "Okafor said on Monday that the vote was rigged."
    assert contents(text) == ["the vote was rigged"]
