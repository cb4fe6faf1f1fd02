"""Labour news as a new analyst reads it: constructions found by trying whosaid on invented
stories of a nurses' strike and of layoffs during a contract vote (in tests/data/speakers/),
each tested here on other invented sentences."""

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


def content_of(text: str) -> str:
    """The content of the only statement."""
    [(content, _, _)] = attributed(text)
    return content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The local said that meant a lockout.", "that meant a lockout"),
        ("The guild said that means more unpaid hours.", "that means more unpaid hours"),
        ("The board said that wasn't enough.", "that wasn't enough"),
        ("The steward said that’s not what we voted for.", "that’s not what we voted for"),
        ("The mediator said that must change by Friday.", "that must change by Friday"),
        ("The chair said that seemed premature.", "that seemed premature"),
    ],
)
def test_a_demonstrative_that_after_the_cue_is_the_subject_of_the_content(text: str, content: str):
    assert content_of(text) == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The local said that wages rose.", "wages rose"),
        ("The local said that costs fell sharply.", "costs fell sharply"),
        ("The local said that members must vote again.", "members must vote again"),
        ("The local said that the means test was unfair.", "the means test was unfair"),
    ],
)
def test_a_that_before_a_subject_still_opens_the_content(text: str, content: str):
    assert content_of(text) == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The employer said then that it was disappointed.", "it was disappointed"),
        ("The guild said again that it would strike.", "it would strike"),
    ],
)
def test_then_between_the_cue_and_that_is_not_content(text: str, content: str):
    assert content_of(text) == content
