"""Plain news in the everyday styles of US and Canadian papers (a state budget, a school
board, northern nurses in present-tense "says"): constructions found by trying whosaid on
invented stories, each tested here on other invented sentences."""

import pytest
from extraction_helpers import attributed

from tui.core.extract import extract
from tui.core.model import Article


def said(text: str) -> list[tuple[str | None, str]]:
    """(speaker name, content) of each statement of `text`."""
    return [
        (speaker.name if speaker else None, content) for content, speaker, _ in attributed(text)
    ]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Nurses say they work double shifts, and some say they are close to quitting.",
            ("some", "they are close to quitting"),
        ),
        (
            "Tenants said the heat was off, and two said they had slept in their cars.",
            ("two", "they had slept in their cars"),
        ),
        (
            "Drivers say the route is slow, but most say they will keep using it.",
            ("most", "they will keep using it"),
        ),
        (
            "Staff said pay was late, while 12 said they had not been paid at all.",
            ("12", "they had not been paid at all"),
        ),
    ],
)
def test_a_count_opening_a_joined_clause_speaks_for_itself(
    text: str, second: tuple[str, str]
) -> None:
    first, last = said(text)
    assert last == second
    assert second[0] not in first[1]  # the first content ends before the second's subject


def test_a_count_joined_without_a_comma_stays_in_the_content() -> None:
    # no comma: "some" is no clause's subject ("said pay and some perks were cut")
    assert said("Staff said pay and some benefits were cut.") == [
        ("Staff", "pay and some benefits were cut")
    ]


def test_a_count_after_a_joined_comma_is_a_group() -> None:
    text = "Tenants said the heat was off, and two said they had slept in their cars."
    kinds = {s.name: (s.kind, s.named) for s in extract(Article(id="x", text=text)).speakers}
    assert kinds["two"] == ("group", False)
