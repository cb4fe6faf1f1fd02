"""The lead's mends of the last review round: invented sentences read right before today that
a merged branch had broken, and the near-misses those branches were written for."""

import pytest
from extraction_helpers import attributed

from tui.core.speaker_kinds import _placed_arm


def said(text: str) -> list[tuple[str | None, str]]:
    """(speaker name, content) of each statement of `text`, after a headline and a sentence."""
    return [
        (speaker.name if speaker else None, content)
        for content, speaker, _ in attributed("A headline\n\nThe meeting ran late.\n\n" + text)
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an outcome participle after the content's own comma is its own
        (
            "Officials said the new line will start at Bayview, ending at the airport.",
            "the new line will start at Bayview, ending at the airport",
        ),
        (
            "The coach said he would rest his starters, handing rookies more ice time.",
            "he would rest his starters, handing rookies more ice time",
        ),
        # right after an interrupting attribution it is the writer's note
        ("Ames won the seat, CBC projected, ending a decade of Tory rule.", "Ames won the seat"),
    ],
)
def test_an_outcome_participle_is_a_note_only_after_an_interrupting_attribution(
    text: str, content: str
) -> None:
    assert said(text)[-1][1] == content


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Lee conceded the race remains close in the north.", 1),
        ("Lee conceded the election result stung.", 1),
        # near-misses: a contest conceded, then where, to whom or when
        ("Brannock conceded defeat in a speech to supporters.", 0),
        ("Brannock conceded the race to Ames shortly before midnight.", 0),
        ("Brannock conceded defeat.", 0),
    ],
)
def test_conceding_a_contest_is_no_claim_but_conceding_a_clause_is(text: str, count: int) -> None:
    assert len(said(text)) == count


def test_a_refusal_before_citing_does_not_reach_over_a_comma() -> None:
    text = (
        "Ward would not comment on the talks, but her office, citing progress, said a deal "
        "was near."
    )
    assert any(content == "a deal was near" for _, content in said(text))


@pytest.mark.parametrize(
    ("words", "arm"),
    [(["asia-europe"], False), (["canada-u.s."], False), (["hydro-québec"], True)],
)
def test_two_places_hyphened_are_no_body(words: list[str], arm: bool) -> None:
    assert _placed_arm(words) is arm


def test_an_institute_ending_in_research_is_no_pollster() -> None:
    text = (
        "The study was funded by the Canadian Institutes of Health Research, which said the "
        "results were promising.\n\nA poll by Leger found most parents were worried. "
        '"Parents are worried," the pollster said.'
    )
    assert said(text)[-1][0] not in ("Health Research", "Canadian Institutes of Health Research")
