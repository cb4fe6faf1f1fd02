"""International news, names from many traditions, as a new analyst reads it: constructions
found by trying whosaid on invented wire stories of a river pact in South America, a Gulf
mediation and an Asian summit (in tests/data/speakers/), each tested here on other invented
sentences."""

import pytest
from extraction_helpers import named


def contents(text: str) -> list[str]:
    """The content of each statement, in text order."""
    return [content for content, _, _ in named(text)]


# --- a listener that is an outlet named after its common noun, and "telling" a listener


@pytest.mark.parametrize(
    "text",
    [
        "The envoy told the Chilean newspaper El Sur de Hoy that the border would reopen.",
        "The envoy told the state news agency Bernama that the border would reopen.",
        "The envoy told state broadcaster KTV later that the border would reopen.",
        "The envoy told the magazine Der Bote that the border would reopen.",
        "The envoy told the newspaper that the border would reopen.",
        "The envoy met the press, telling reporters that the border would reopen.",
        "The envoy spoke briefly, telling the broadcaster NHK that the border would reopen.",
    ],
)
def test_the_listener_named_after_an_outlets_noun_is_no_content(text: str):
    assert contents(text) == ["the border would reopen"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # no outlet's noun: the capitalised words open the content
        (
            "The envoy told the crowd Parliament would meet on Monday.",
            "Parliament would meet on Monday",
        ),
        # an outlet's noun with no name after it: its object is the content's subject
        ("The envoy told the network its coverage was unfair.", "its coverage was unfair"),
    ],
)
def test_a_listener_without_an_outlets_name_is_read_as_before(text: str, content: str):
    assert contents(text) == [content]
