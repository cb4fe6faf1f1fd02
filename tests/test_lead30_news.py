"""Everyday news read by the lead in session 30: the constructions found wrong on invented
stories and probes, each tested here on other invented sentences, with near-misses that must
not change."""

import pytest
from extraction_helpers import story_statements


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "One of them, who spoke on condition of anonymity, said the mood was grim.",
            "the mood was grim",
        ),
        (
            "Two of them, who asked not to be named, told the paper the vote was rigged.",
            "the vote was rigged",
        ),
        (
            "One of us, who had waited since dawn, described the queue as “a disgrace.”",
            "a disgrace",
        ),
    ],
)
def test_a_pronoun_partitive_described_by_a_who_clause_speaks(sentence: str, content: str) -> None:
    """ "One of them, who spoke on condition of anonymity, said": the one the partitive
    picks out speaks, the clause describing them (the statement was lost)."""
    [(found, name, kind, _)] = story_statements(sentence)
    assert (found, name) == (content, sentence.split(",")[0])
    assert kind in ("person", "group")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the clause names the one who speaks, or describes someone else: as before
        ("One of them, who gave his name only as Omar, said the guards had left.", "Omar"),
        (
            "One of them, a porter who left in 2021, said the ward was cold.",
            "a porter who left in 2021",
        ),
        ("One of them, Joel Ruiz, said the boat sank.", "Joel Ruiz"),
    ],
)
def test_a_partitive_with_a_named_or_described_appositive_is_unchanged(
    sentence: str, speaker: str
) -> None:
    [(_, name, _, _)] = story_statements(sentence)
    assert name == speaker
