"""Statement leftovers of session 18, by construction (invented sentences): a description
of no list after an inverted cue, the main clause after an opening "with" absolute, ..."""

import pytest
from extraction_helpers import attributed, contents, speaker_of


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("“We sold out by noon,” said the head chef, who was tired.", "the head chef", "head chef"),
        ("“The oven broke twice,” said the baker.", "the baker", "baker"),
        (
            "“The nets came up empty,” said the trawlerman, a man of few words.",
            "the trawlerman",
            "trawlerman",
        ),
        (
            '"The lift was out again," said the night porter, who asked for quiet.',
            "the night porter",
            "night porter",
        ),
        ("“Nobody warned us,” said the beekeeper at the fair.", "the beekeeper", "beekeeper"),
    ],
)
def test_a_description_of_no_list_after_an_inverted_cue_speaks(text: str, name: str, role: str):
    assert speaker_of(text) == (name, "person", role)


@pytest.mark.parametrize(
    "text",
    [
        "“It was late,” said the same.",  # what was said, no speaker
        "“It was late,” said the opposite, too.",
        "“It was late,” said the plan would fail.",  # no clause end after the noun
    ],
)
def test_no_speaker_when_no_description_ends_the_clause(text: str):
    assert [speaker for _, speaker, _ in attributed(text) if speaker is not None] == []


def test_a_listed_speaker_and_its_relative_clause_are_unchanged():
    assert speaker_of("“It was late,” said the mayor, who was tired.") == (
        "the mayor",
        "person",
        "mayor",
    )
    assert speaker_of("“It was late,” said Ana Ruiz, who was tired.")[0] == "Ana Ruiz"
    assert speaker_of("“It was late,” said the farmer, Eli Stroud.")[:2] == ("Eli Stroud", "person")


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "With the mayor saying she would not run again, the race is open.",
            "she would not run again",
            "the mayor",
        ),
        (
            "With tenants warning that “rents will soar,” the board met on Monday.",
            "rents will soar",
            "tenants",
        ),
        (
            "With growers saying the frost came early, the harvest was cut by half.",
            "the frost came early",
            "growers",
        ),
        (
            "When the host asked if the show was over, the crowd went home.",
            "if the show was over",
            "the host",
        ),
    ],
)
def test_an_opening_absolute_ends_before_the_main_clause(text: str, content: str, name: str):
    [(said, speaker, _)] = attributed(text)
    assert (said.strip("“”"), speaker.name if speaker else None) == (content, name)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a list inside the content is no main clause
        (
            "With the mayor saying that the rent, the tax and the fee were rising, the board met.",
            "the rent, the tax and the fee were rising",
        ),
        # the absolute after the main clause stays as it was read
        (
            "Rents rose, with many tenants warning that the board was asleep.",
            "the board was asleep",
        ),
    ],
)
def test_an_absolute_with_no_main_clause_inside_keeps_its_content(text: str, content: str):
    assert contents(text) == [content]
