"""Mends of a review of the day's merged rules, each on invented sentences with near-misses
that must not change: a limited object of people is held to a score, not counted; a hearing
told in the perfect or past an aside; a party member from a place before "who" (Canadian
parties too) and a vote cast before the sentence's verb."""

import pytest
from extraction_helpers import attributed, named, statements

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


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Hale told "Good Morning Ottawa" that he would run again.', "he would run again"),
        ('Hale told "Power Play," the CBC program, that he would run.', "he would run"),
        ('Hale said in "The Long Road," her memoir, that she would run.', "she would run"),
        ('Hale said on "Good Morning Ottawa" that he would run again.', "he would run again"),
        ('Hale told CBC\'s "Power Play" that he would run again.', "he would run again"),
    ],
)
def test_a_shows_or_books_quoted_title_is_where_it_was_said(text: str, content: str):
    assert named(text) == [(content, "Hale", text.split()[1])]


def test_a_quotation_closed_by_its_comma_is_no_title():
    text = 'Hale said in an interview "We will fight," adding that he would run.'
    assert [c for c, _, _ in named(text)] == ["We will fight", "he would run"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tests of the water showed lead in the pipes.", "Tests of the water"),
        ("Studies of the water showed high lead levels.", "Studies of the water"),
        ("A sample of the water showed lead in the pipes.", "A sample of the water"),
    ],
)
def test_evidence_of_a_thing_is_a_document(text: str, name: str):
    [(_, speaker, _)] = attributed(text)
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, "document")


def test_a_sample_of_people_is_the_people_sampled():
    [(_, speaker, _)] = attributed("A sample of 1,200 voters showed support for the plan.")
    assert speaker is not None
    assert (speaker.name, speaker.kind) == ("voters", "group")


def test_a_publications_name_with_of_is_no_document():
    [(_, speaker, _)] = attributed("Journal of Commerce reported the port was closed.")
    assert speaker is not None
    assert (speaker.name, speaker.kind) == ("Journal of Commerce", "media")


@pytest.mark.parametrize(
    ("text", "content", "act"),
    [
        ("The union has pushed for months for a new contract.", "a new contract", "stance"),
        ("The union pushed for two years for a raise.", "a raise", "stance"),
        ("The union has pushed since 2019 for a new contract.", "a new contract", "stance"),
        ("Lee argued for years for a lower tax.", "a lower tax", "speech"),
    ],
)
def test_how_long_between_a_cue_and_its_for_is_no_content(text: str, content: str, act: str):
    [statement] = statements(text)
    assert (text[statement.span[0] : statement.span[1]], statement.act) == (content, act)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The union pushed for a new contract.", "a new contract"),
        ("Lee has argued for years that taxes are too high.", "taxes are too high"),
        ("Lee called for two days of talks.", "two days of talks"),
    ],
)
def test_a_for_cue_without_a_split_reads_as_before(text: str, content: str):
    assert [c for c, _, _ in named(text)] == [content]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Families of the four victims said the inquiry was late.", "Families of the four victims"),
        ("Families of the 12 miners said the mine was unsafe.", "Families of the 12 miners"),
    ],
)
def test_a_counted_complement_stays_with_its_kin(text: str, name: str):
    assert [n for _, n, _ in named(text)] == [name]
