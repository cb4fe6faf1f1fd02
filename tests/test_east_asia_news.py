"""East Asian news as a new analyst reads it: constructions found by trying whosaid on
invented stories of a North Korean missile launch, a Chinese ministry briefing and a Japanese
party leadership vote (in tests/data/speakers/), each tested here on other invented
sentences."""

import pytest
from extraction_helpers import speaker_of

from tui.core.statements import find_statements


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The Maritime Affairs Office in Busan, meanwhile, said the port was shut.",
            "Maritime Affairs Office",
            "organization",
        ),
        (
            "The foreign ministry, meanwhile, said talks would resume.",
            "The foreign ministry",
            "organization",
        ),
        ("The trade bureau, however, said exports rose.", "The trade bureau", "organization"),
        ("Park Min-ho, too, said the drills were routine.", "Park Min-ho", "person"),
        (
            "The embassy in Hanoi, for its part, said visas were issued.",
            "The embassy in Hanoi",
            "organization",
        ),
    ],
)
def test_an_aside_between_commas_before_the_cue_is_no_role(text: str, name: str, kind: str):
    assert speaker_of(text) == (name, kind, None)


def test_an_appositive_before_the_cue_is_still_a_role():
    assert speaker_of("Park Min-ho, a lawmaker, said the drills were routine.") == (
        "Park Min-ho",
        "person",
        "lawmaker",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The embassy in Seoul said the visas were valid.", "The embassy in Seoul"),
        ("The consulate in Osaka said the office was closed.", "The consulate in Osaka"),
        ("The trade office in Taipei said exports rose.", "The trade office in Taipei"),
        ("The foreign ministry in Tokyo said the envoy had left.", "The foreign ministry in Tokyo"),
    ],
)
def test_a_body_in_a_named_place_speaks_not_the_place(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


def test_a_role_in_a_named_place_is_a_person_and_a_place_in_the_content_no_speaker():
    assert speaker_of("A spokesman in Tokyo said the talks ended.")[:2] == (
        "A spokesman in Tokyo",
        "person",
    )
    assert speaker_of("Exports rose in Seoul, officials said.")[:2] == ("officials", "group")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The party elected former trade minister Mori Ken as leader. Mori said he was ready.",
            "former trade minister",
        ),
        (
            "Delegates chose deputy governor Lin Wei on Sunday. Lin said she was honoured.",
            "deputy governor",
        ),
        (
            "The club sacked head coach Bae Jun-ho after the loss. Bae said he had no regrets.",
            "head coach",
        ),
        (
            "The newly appointed finance minister Ota Ryo said the yen was stable.",
            "newly appointed finance minister",
        ),
        ("The elected governor Han Soo-ah said the budget was fair.", "elected governor"),
    ],
)
def test_a_verb_of_choosing_before_a_role_is_no_part_of_it(text: str, role: str):
    speakers, _ = find_statements(text)
    assert [s.role for s in speakers] == [role]
