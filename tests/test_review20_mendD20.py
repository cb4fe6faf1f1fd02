"""The reviewer's findings on today's merges, mended: each construction tested on invented
sentences, with near-misses that must not change."""

import pytest
from extraction_helpers import attributed


def said(text: str) -> list[tuple[str | None, str]]:
    """(speaker name, content) of each statement of `text`, after a headline."""
    return [
        (speaker.name if speaker else None, content)
        for content, speaker, _ in attributed("A headline\n\nThe hall was full.\n\n" + text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The court heard the man who was driving had been drinking.",
            [(None, "the man who was driving had been drinking")],
        ),
        (
            "The jury heard the car that struck her was travelling at 120 km/h.",
            [(None, "the car that struck her was travelling at 120 km/h")],
        ),
        (
            "The inquest heard a nurse who checked on him found no pulse.",
            [(None, "a nurse who checked on him found no pulse")],
        ),
        ("The court heard the driver had been drinking.", [(None, "the driver had been drinking")]),
        # near-misses: a relative clause with one verb is the object's, nothing reported
        ("The court will hear arguments in a case that could decide the fate of the mine.", []),
        ("The tribunal heard arguments in a case that was filed by the town.", []),
        ("The inquest heard testimony from a doctor who treated him.", []),
    ],
)
def test_a_hearing_heard_a_clause_with_a_relative_clause_in_its_subject(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speaking to reporters, Lee said, “we are ready for a fight.”",
            [("Lee", "we are ready for a fight")],
        ),
        (
            "Later that evening, the mayor said, “nobody should panic.”",
            [("the mayor", "nobody should panic")],
        ),
        (
            "Standing outside the hall, Ortiz said, “voters are tired.”",
            [("Ortiz", "voters are tired")],
        ),
        # near-misses: a predicate or a coordinator goes on with the clause before
        (
            "The levy, a staffer said, “will die in committee.”",
            [("a staffer", "The levy, a staffer said, “will die in committee")],
        ),
        (
            "Whether the deal survives, Ruiz said, “depends on the council.”",
            [("Ruiz", "Whether the deal survives, Ruiz said, “depends on the council")],
        ),
        (
            "The bridge is “older than the town,” Okafor said, “and half as strong.”",
            [("Okafor", "The bridge is “older than the town,” Okafor said, “and half as strong")],
        ),
    ],
)
def test_a_lower_case_quotation_goes_on_with_the_clause_only_as_its_predicate(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert said(text) == expected
