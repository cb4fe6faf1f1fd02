"""Tabloid, celebrity and entertainment news as a new analyst reads it: constructions found by
trying whosaid on invented stories of a reality-show row, a pop star's tour and a footballer's
wedding (in tests/data/speakers/), each tested here on other invented sentences."""

import pytest
from extraction_helpers import attributed, named  # noqa: F401

from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "full"),
    [
        (
            "Reality star Tayla Brookes has quit the show. Tayla said the edit was unfair.",
            "Tayla Brookes",
        ),
        (
            "Callum Reid scored twice on Sunday. Callum said the win was for his gran.",
            "Callum Reid",
        ),
        (
            "Actress Perrie Vance said the film was done. Perrie added that a sequel would follow.",
            "Perrie Vance",
        ),
        (
            "Juno Hale, 31, said the tour was sold out. Juno added that more dates were coming.",
            "Juno Hale",
        ),
    ],
)
def test_a_given_name_alone_is_the_person_named_before_in_full(text: str, full: str):
    speakers, statements = find_statements(text)
    assert [s.name for s in speakers] == [full]
    assert len({st.speaker for st in statements}) == 1


@pytest.mark.parametrize(
    "text",
    [
        # two people of that given name: which one is not guessed
        "Ann Lee and Ann Hale left the band. Ann said the split was friendly.",
        # a surname is the surname's person, not a given name's
        "Lee Brandt met Ann Lee on tour. Lee said the split was friendly.",
    ],
)
def test_a_given_name_shared_or_a_surname_is_not_taken_for_another(text: str):
    speakers, _ = find_statements(text)
    speaker = next(s for s in speakers if s.mentions[-1][0] > text.index(". "))
    assert speaker.name in ("Ann", "Ann Lee")
