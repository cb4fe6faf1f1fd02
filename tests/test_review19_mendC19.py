"""Mends of a review of the day's merged rules, each on invented sentences with near-misses
that must not change: a limited object of people is held to a score, not counted; a hearing
told in the perfect or past an aside; a party member from a place before "who" (Canadian
parties too) and a vote cast before the sentence's verb."""

import pytest
from extraction_helpers import attributed, named

from tui.core.figures import find_figures


def units(text: str) -> list[str | None]:
    return [f.unit for f in find_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Jets defence limited opponents to 89.",
        "Saturday's win limited the Leafs to 2.",
        "The coach limited rivals to 12 this season.",
        "The league limited teams to 40 last year.",
    ],
)
def test_people_or_a_team_held_to_a_number_are_not_what_it_counts(text: str):
    assert units(text) == [None]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The province capped study permits at 360,000.", "permits"),
        ("The order restricted visas to 4,500 this spring.", "visas"),
        ("The league limited rosters to 26 players.", "players"),
    ],
)
def test_a_limited_thing_is_still_counted(text: str, unit: str):
    assert units(text) == [unit]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Jurors have been told the accused fled.", "the accused fled"),
        ("The inquest had been told the pump failed.", "the pump failed"),
        (
            "The inquest, which was adjourned in May, was told the pump had failed.",
            "the pump had failed",
        ),
        (
            "The tribunal, which sat in Regina, has been told the fees had risen.",
            "the fees had risen",
        ),
    ],
)
def test_a_hearing_told_in_the_perfect_or_past_an_aside_reports_speech(text: str, content: str):
    assert named(text) == [(content, None, "told")]


@pytest.mark.parametrize(
    "text",
    [
        "She has been told the job was gone.",
        "Her lawyer, who sat at the inquest, was told the pump failed.",
        "The nurse, who spoke to the inquest, had been told the pump failed.",
    ],
)
def test_a_person_told_is_still_no_hearing(text: str):
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "name", "content"),
    [
        (
            "A Republican from Ohio who voted no said the bill would fail.",
            "A Republican from Ohio who voted no",
            "the bill would fail",
        ),
        (
            "A Democrat from rural Ohio who sits on the finance committee said the bill would "
            "fail.",
            "A Democrat from rural Ohio who sits on the finance committee",
            "the bill would fail",
        ),
        (
            "A lawyer from northern Manitoba who sits on the board said the rule was unfair.",
            "A lawyer from northern Manitoba who sits on the board",
            "the rule was unfair",
        ),
        (
            "A New Democrat from Burnaby who sits on the committee said the bill would pass.",
            "A New Democrat from Burnaby who sits on the committee",
            "the bill would pass",
        ),
        (
            "Two Conservatives from Alberta who sit on the committee said the bill would pass.",
            "Two Conservatives from Alberta who sit on the committee",
            "the bill would pass",
        ),
        (
            "A senator who voted yes said the deal was fair.",
            "A senator who voted yes",
            "the deal was fair",
        ),
    ],
)
def test_a_party_member_from_a_place_before_who_speaks(text: str, name: str, content: str):
    assert named(text) == [(content, name, "said")]


def test_a_stance_in_a_subjects_relative_clause_ends_before_the_sentences_verb():
    text = "Budget.\n\nA Liberal from Halifax who backed the bill said it would pass."
    found = [(c, s.name if s else None, s.kind if s else None) for c, s, _ in attributed(text)]
    name = "A Liberal from Halifax who backed the bill"
    assert found == [
        ("the bill", name, "person"),
        ("it would pass", name, "person"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Ann Lee, a Liberal from Halifax, said the plan would fail.", "Ann Lee", None),
        ("The Conservative said the plan would fail.", "The Conservative", "Conservative"),
        ("A Bloquiste from Joliette said the plan would fail.", "A Bloquiste from Joliette", None),
    ],
)
def test_canadian_party_members_are_people(text: str, name: str, role: str | None):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, "person")
    if role is not None:
        assert speaker.role == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Liberal Democrats said the plan would fail.", "The Liberal Democrats"),
        (
            "The Conservative Party of Canada said the plan would fail.",
            "Conservative Party of Canada",
        ),
        ("Liberal MP Ann Lee said the plan would fail.", "Ann Lee"),
        ("Conservative Leader Pierre Tremblay said the plan would fail.", "Pierre Tremblay"),
        ("A Democrat of Ohio said the bill would fail.", "A Democrat"),
    ],
)
def test_party_names_and_titles_are_read_as_before(text: str, name: str):
    assert [n for _, n, _ in named(text)] == [name]


def test_no_say_is_still_no_cue():
    assert named("Lee had no say in the plan.") == []
