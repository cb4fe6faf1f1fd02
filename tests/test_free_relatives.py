"""A cue inside a free relative ("what critics fear", "what she told me"): its object is
"what", so the words after it are no content, but for a pseudo-cleft's copula ("What critics
fear is ...") and a clause the "what" comes from ("what Lee says his plan would do")."""

import pytest
from extraction_helpers import named


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("What she told me was that the dam had cracked.", "the dam had cracked", "she"),
        ("What economists fear is a second dry summer.", "a second dry summer", "economists"),
        ("What the coach said most was that they were tired.", "they were tired", "the coach"),
    ],
)
def test_a_pseudo_clefts_copula_gives_the_content(text: str, content: str, name: str) -> None:
    [(found, speaker, _)] = named(text)
    assert (found.rstrip("."), speaker) == (content, name)


@pytest.mark.parametrize(
    "text",
    [
        "What Ivo Marsh said next stunned the hall.",
        "That is not what the senator promised farmers last spring.",
        "What we know so far",
    ],
)
def test_a_free_relative_with_nothing_after_its_object_reports_nothing(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a clause after the cue, whose object the "what" is: what was said
        (
            "The gap between what Dara Wynn says her budget would do and its cost is wide.",
            "Dara Wynn",
        ),
        # a colon: the words after it
        ("Here is what the pilot wrote: “We are turning back.”", "the pilot"),
        # a naming cue: the name given
        ("What he called a “witch hunt” ended on Friday.", "he"),
        # "what" after the cue: the cue's own content
        ("Lena Ruiz said what the town needed was a clinic.", "Lena Ruiz"),
    ],
)
def test_other_cues_near_a_what_still_report(text: str, name: str) -> None:
    found = named(text)
    assert found and found[0][1] == name
