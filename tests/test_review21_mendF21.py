"""The second reviewer's findings of session 21 on the mends of mendA21 and mendB21, each
tested on invented sentences with near-misses that must not change."""

import pytest
from extraction_helpers import named

# -- 1. "when asked about <det> N" ends the content only when the speaker is its subject --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Witnesses said the driver became aggressive when asked about his licence.",
            ("the driver became aggressive when asked about his licence", "Witnesses", "said"),
        ),
        (
            "The report says the minister refused to answer when asked about the contract.",
            (
                "the minister refused to answer when asked about the contract",
                "The report",
                "says",
            ),
        ),
        (
            "The coach said players tense up when asked about the playoffs.",
            ("players tense up when asked about the playoffs", "The coach", "said"),
        ),
        # the speaker's own answer: the interview is cut off
        (
            "Lee said she would not resign when asked about the report.",
            ("she would not resign", "Lee", "said"),
        ),
        (
            "Lee said he's fine when asked about his knee.",
            ("he's fine", "Lee", "said"),
        ),
        (
            "Lee said the clinic would stay open when reached for comment on Monday.",
            ("the clinic would stay open", "Lee", "said"),
        ),
    ],
)
def test_asked_about_a_topic(text: str, expected: tuple) -> None:
    assert expected in named(text)
