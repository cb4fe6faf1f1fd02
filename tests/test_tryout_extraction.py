"""Extraction defects a new-user tryout found, each as an invented sentence of its construction."""

from extraction_helpers import run

from tui.core.figures import find_figures
from tui.core.model import Statement


def span(text: str, statement: Statement) -> str:
    return text[statement.span[0] : statement.span[1]]


def parts(text: str, statement: Statement) -> list[str]:
    return [text[start:end] for start, end in statement.parts]


def test_council_titles_in_any_spelling_stay_out_of_the_name():
    text = (
        "Councillor Jane Smith said the vote was close. Alderwoman Rita Vale said it was not. "
        "Councilor Ann Lee said the count was wrong. Reeve Tom Hale said the count was right."
    )
    speakers, statements = run(text)
    names = [speakers[s.speaker].name for s in statements]
    roles = [speakers[s.speaker].role for s in statements]
    assert names == ["Jane Smith", "Rita Vale", "Ann Lee", "Tom Hale"]
    assert roles == ["Councillor", "Alderwoman", "Councilor", "Reeve"]


def test_a_title_before_the_name_between_two_quoted_pieces_is_no_part():
    text = "“We will rebuild,” Mayor Elena Lindqvist said. “The harbor is ours.”"
    _, (statement,) = run(text)
    assert parts(text, statement) == ["We will rebuild", "The harbor is ours"]


def test_an_appositive_after_the_name_between_two_quoted_pieces_is_no_part():
    text = (
        "“The pier is safe,” said Dr. Omar Haddad, the port's chief engineer. "
        "“We checked it twice.”"
    )
    _, (statement,) = run(text)
    assert parts(text, statement) == ["The pier is safe", "We checked it twice"]


def test_a_quoted_programme_title_in_the_attribution_is_no_part():
    text = (
        "“Prices will fall,” Ann Roe told “Morning Desk.” “Nobody expected that, "
        "and the market will notice.”"
    )
    _, (statement,) = run(text)
    assert parts(text, statement) == [
        "Prices will fall",
        "Nobody expected that, and the market will notice",
    ]


def test_an_appositive_role_stops_before_its_relative_clause():
    text = "Ann Roe, a structural engineer who inspected the pier, said it was unsafe."
    speakers, (statement,) = run(text)
    assert speakers[statement.speaker].role == "structural engineer"


def test_a_count_before_a_participle_and_a_gerund_counts_the_noun_after_them():
    text = "The town owns two unused parking garages and three renovated dining halls."
    assert [f.unit for f in find_figures(text)] == ["garages", "halls"]


def test_a_document_source_after_according_to_runs_to_its_comma():
    text = (
        "According to a survey by Harbor Research for the island council, "
        "most residents oppose the plan."
    )
    _, (statement,) = run(text)
    assert span(text, statement) == "most residents oppose the plan"


def test_a_post_posed_attribution_to_a_bare_plural_listener_reports_the_clause_before():
    text = "The city faces a budget gap, finance director Ruth Adeyemi told councillors on Tuesday."
    _, (statement,) = run(text)
    assert span(text, statement) == "The city faces a budget gap"
    assert statement.when == "on Tuesday"


def test_the_operator_or_the_lender_alone_is_an_organization_a_crane_operator_a_person():
    text = (
        "Northline Ferries runs the route. The operator said fares would rise. "
        "The lender said the loan was safe. The crane operator said the load slipped."
    )
    speakers, statements = run(text)
    assert [speakers[s.speaker].kind for s in statements] == [
        "organization",
        "organization",
        "person",
    ]


def test_a_headline_noun_compound_with_a_cue_noun_is_no_stance():
    text = "Harbor plan faces vote\n\nThe council met on Monday in the town hall."
    assert run(text)[1] == []


def test_a_plural_or_joined_subject_before_the_same_cue_still_takes_a_stance():
    text = "Mayors plan a new tax. Lee and Hale plan to run for the council."
    _, statements = run(text)
    assert [(s.cue, s.act) for s in statements] == [("plan", "stance"), ("plan", "stance")]


def test_welcoming_an_event_is_a_stance_praising_a_person_is_not():
    text = (
        "Mayor Lindqvist welcomed the news. Ann Roe hailed the ruling. Tom Hale praised the crew."
    )
    _, statements = run(text)
    assert [s.act for s in statements] == ["stance", "stance", "speech"]


def test_two_people_of_one_surname_stay_two_and_the_bare_surname_is_the_last_named():
    text = (
        "Lee Chan said the ferry was late. Ms. Chan's brother, Tom Chan, said he disagreed. "
        "Chan said the fares were too high."
    )
    speakers, statements = run(text)
    assert [speakers[s.speaker].name for s in statements] == ["Lee Chan", "Tom Chan", "Tom Chan"]


def test_a_given_name_before_a_media_word_is_a_person_and_mpp_a_role():
    text = "MPP Joe Fox said the bill was late. Fox News said the bill was early."
    speakers, statements = run(text)
    found = [(speakers[s.speaker].name, speakers[s.speaker].kind) for s in statements]
    assert found == [("Joe Fox", "person"), ("Fox News", "media")]
    assert speakers[statements[0].speaker].role == "MPP"


def test_a_role_before_the_name_in_a_parenthetical_attribution_is_no_part():
    text = "The plan, finance director Ruth Adeyemi said on Monday, is dead."
    _, (statement,) = run(text)
    assert parts(text, statement) == ["The plan", "is dead"]
