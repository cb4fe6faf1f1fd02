"""Mends of the review of session 20's merged changes (helper mendC20): each regression found
by the reviewer, tested on invented sentences and on near-misses that must not change."""

import pytest
from extraction_helpers import attributed


def said(text: str) -> list[tuple[str | None, str]]:
    """(speaker name, content) of each statement of `text`."""
    return [
        (speaker.name if speaker else None, content) for content, speaker, _ in attributed(text)
    ]


# --- 1. a transcript's label: the surname as a word, not inside a given name ------------------


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Kathleen Lee and Tom Hale met in Halifax.\n\n"
            "LEE: Your budget is a fraud.\n\nHALE: It is not.",
            ["Kathleen Lee", "Tom Hale"],
        ),
        ("Colleen Lee took the stage.\n\nLEE: Your budget is a fraud.", ["Colleen Lee"]),
        # near-miss: a longer surname holding the label's is another person
        ("Ann Lee spoke with Tom Leeds.\n\nLEE: Your budget is a fraud.", ["Ann Lee"]),
    ],
)
def test_a_label_finds_its_surname_as_a_word(text: str, speakers: list[str]):
    assert [name for name, _ in said(text)] == speakers


# --- 2. "..., all saying": the subject's only with no plural object before the comma ----------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The company laid off 300 workers, all saying they were blindsided.", "all"),
        ("Police interviewed three witnesses, all saying the driver fled.", "all"),
        # near-misses: a plural subject, or two joined names, with no plural object
        ("Campaign aides packed the hall, each insisting their side had won.", "Campaign aides"),
        (
            "Tom Hale and Ann Lee met the press, both saying the deal was dead.",
            "Tom Hale and Ann Lee",
        ),
        ("They walked out, all saying the vote was rigged.", "They"),
    ],
)
def test_a_distributive_before_a_participle_is_the_subjects_only_without_a_plural_object(
    text: str, speaker: str
):
    assert said(text)[-1][0] == speaker


def test_a_distributive_after_a_singular_subject_is_not_the_subjects():
    assert "The network" not in [
        name
        for name, _ in said("The network interviewed both candidates, each saying it was close.")
    ]
