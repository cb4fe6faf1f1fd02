"""Review 24, mended: a description by age, origin or a player's position stands for the
subject just named only when that subject may be the one described; hometowns after a cue;
questions set aside with the particle after them."""

import pytest
from extraction_helpers import attributed


def speakers(body: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker name, speaker role) of each statement of `body`, after a headline."""
    return [
        (content, speaker.name if speaker else None, speaker.role if speaker else None)
        for content, speaker, _ in attributed("A headline\n\n" + body)
    ]


@pytest.mark.parametrize(
    ("body", "content", "name"),
    [
        # the age's gender and the subject's role rule the subject just named out
        (
            "Ines Marlow, 47, was charged with theft. Prosecutor Joel Brant said the case was "
            "clear. The 47-year-old grandmother said she took nothing.",
            "she took nothing",
            "Ines Marlow",
        ),
        # near-miss: a subject of no role is still the one described by age
        (
            "Piet Varga, 24, scored twice. The 24-year-old said he felt great.",
            "he felt great",
            "Piet Varga",
        ),
    ],
)
def test_age_description_skips_subject_of_other_gender_or_role(
    body: str, content: str, name: str
) -> None:
    assert (content, name) in [(c, n) for c, n, _ in speakers(body)]


@pytest.mark.parametrize(
    "body",
    [
        "Lauri Kivi made 31 saves. Coach Marta Sel said the goalie was sharp. “I felt calm,” "
        "the Tampere native said.",
        "Lauri Kivi made 31 saves. Coach Marta Sel said the goalie was sharp. “I felt calm,” "
        "the Vernon, B.C., native said.",
        "Premier Marta Sel named Rob Olin to cabinet on Tuesday. Sel said he was ready. "
        "“I'm grateful,” the Vernon native said.",
        "Rob Olin scored late. Coach Marta Sel said the team battled. “He was huge,” the "
        "centre back said.",
        "Lauri Kivi made 31 saves. Coach Marta Sel said the team battled. “I felt calm,” "
        "the goalie said.",
    ],
)
def test_player_or_native_is_never_a_coach_or_premier_just_named(body: str) -> None:
    *_, (_, name, role) = speakers(body)
    assert role not in ("Coach", "Premier")
    assert name != "Marta Sel"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # near-misses: a player just named, of no role or a player's position, is described
        ("Lauri Kivi made 31 saves. “I felt calm,” the Tampere native said.", "Lauri Kivi"),
        ("Goalie Lauri Kivi made 31 saves. “I felt calm,” the Tampere native said.", "Lauri Kivi"),
        ("Rob Olin scored late. “It went in,” the centre back said.", "Rob Olin"),
    ],
)
def test_player_just_named_is_still_described(body: str, name: str) -> None:
    assert speakers(body)[-1][1] == name


@pytest.mark.parametrize(
    "body",
    [
        "Lauri Kivi made 31 saves. “It was a blast,” said the Tampere native.",
        "Lauri Kivi made 31 saves. “It was a blast,” said the Guelph product.",
        "Lauri Kivi made 31 saves. “It was a blast,” said the St. Albert, Alta., native.",
        "Lauri Kivi made 31 saves. “It was a blast,” said the Fort Erie, Ont., product.",
        "Lauri Kivi made 31 saves. “It was a blast,” said the St. Albert native.",
        "Lauri Kivi made 31 saves. “It was a blast,” the St. Albert, Alta., native said.",
        "Lauri Kivi made 31 saves. “It was a blast,” said the Tampere native, who starred.",
    ],
)
def test_hometown_after_cue_without_province_or_with_saint(body: str) -> None:
    assert speakers(body) == [("It was a blast", "Lauri Kivi", None)]


def test_hometown_possessive_is_not_the_native() -> None:
    found = speakers(
        "Rob Olin scored late. “We're thrilled,” said the Vernon, B.C., native's father, Ed Olin."
    )
    assert [n for _, n, _ in found] == ["Ed Olin"]


@pytest.mark.parametrize(
    "body",
    [
        "Coach Marta Sel brushed questions about her contract aside after the game.",
        "Coach Marta Sel waved questions about the trade away on Friday.",
    ],
)
def test_questions_set_aside_with_split_particle(body: str) -> None:
    assert speakers(body) == []


def test_questions_raised_with_aside_in_content_still_a_stance() -> None:
    # near-miss: "raised" sets nothing aside, though "aside" is in what she asks
    found = speakers("Coach Marta Sel raised questions about whether the league would step aside.")
    assert [c for c, *_ in found] == ["whether the league would step aside"]


@pytest.mark.parametrize(
    ("body", "content", "name"),
    [
        # near-misses: a product or a native that is no speaker phrase stays what it was
        (
            "Ann Lee said the Guelph product was recalled.",
            "the Guelph product was recalled",
            "Ann Lee",
        ),
        ("“It sells,” said the Acme product manager, Ann Lee.", "It sells", "Ann Lee"),
    ],
)
def test_origin_noun_in_content_or_compound_unchanged(body: str, content: str, name: str) -> None:
    assert [(c, n) for c, n, _ in speakers(body)] == [(content, name)]
