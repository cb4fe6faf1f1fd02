"""Labour news as a new analyst reads it: constructions found by trying whosaid on invented
stories of a nurses' strike and of layoffs during a contract vote (in tests/data/speakers/),
each tested here on other invented sentences."""

from pathlib import Path

import pytest
from extraction_helpers import attributed, speaker_of

from tui.core.statements import find_statements


def content_of(text: str) -> str:
    """The content of the only statement."""
    [(content, _, _)] = attributed(text)
    return content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The local said that meant a lockout.", "that meant a lockout"),
        ("The guild said that means more unpaid hours.", "that means more unpaid hours"),
        ("The board said that wasn't enough.", "that wasn't enough"),
        ("The steward said that’s not what we voted for.", "that’s not what we voted for"),
        ("The mediator said that must change by Friday.", "that must change by Friday"),
        ("The chair said that seemed premature.", "that seemed premature"),
    ],
)
def test_a_demonstrative_that_after_the_cue_is_the_subject_of_the_content(text: str, content: str):
    assert content_of(text) == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The local said that wages rose.", "wages rose"),
        ("The local said that costs fell sharply.", "costs fell sharply"),
        ("The local said that members must vote again.", "members must vote again"),
        ("The local said that the means test was unfair.", "the means test was unfair"),
    ],
)
def test_a_that_before_a_subject_still_opens_the_content(text: str, content: str):
    assert content_of(text) == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The employer said then that it was disappointed.", "it was disappointed"),
        ("The guild said again that it would strike.", "it would strike"),
    ],
)
def test_then_between_the_cue_and_that_is_not_content(text: str, content: str):
    assert content_of(text) == content


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Management said the mill would reopen.", "Management"),
        ("Management later said that the mill would reopen.", "Management"),
        ("“The mill will reopen,” management said.", "management"),
        ("The company's management said the mill would reopen.", "The company's management"),
        ("Hospital management said the mill would reopen.", "Hospital management"),
    ],
)
def test_management_speaks_for_its_organization(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The union's leadership told members the mill would reopen.", "The union's leadership"),
        ("Leadership said the mill would reopen.", "Leadership"),
        ("The workforce said the mill would reopen.", "The workforce"),
    ],
)
def test_a_leadership_or_a_workforce_speaks_as_a_body(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "group")


def test_the_employer_is_an_organization_but_a_management_consultant_is_a_person():
    assert speaker_of("The employer said the mill would reopen.")[1] == "organization"
    assert speaker_of("A management consultant said the mill would reopen.")[1] == "person"
    assert speaker_of("Rosa Crew said the mill would reopen.")[:2] == ("Rosa Crew", "person")


@pytest.mark.parametrize(
    "text",
    [
        "The United Cannery Workers said the offer was an insult.",
        "United Cannery Workers said the offer was an insult.",
        "The union, the Allied Transit Employees, said the offer was an insult.",
        "The Federated Harbor Teamsters said the offer was an insult.",
    ],
)
def test_a_union_named_for_its_members_is_an_organization(text: str):
    assert speaker_of(text)[1] == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "Cannery Workers said the offer was an insult.",
        "Cannery workers said the offer was an insult.",
        "Striking employees said the offer was an insult.",
    ],
)
def test_workers_at_a_sentence_start_stay_a_group(text: str):
    assert speaker_of(text)[1] == "group"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The guild's negotiating committee said the offer was fair.",
            "The guild's negotiating committee",
        ),
        ("The bargaining council said the offer was fair.", "The bargaining council"),
        ("The county's planning board said the offer was fair.", "The county's planning board"),
    ],
)
def test_a_participle_naming_a_body_stays_in_its_name(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "organization")


def test_a_participle_after_a_preposition_is_no_part_of_the_speaker():
    [(_, speaker, _)] = attributed("After meeting the board, stewards said the offer was fair.")
    assert speaker is not None and speaker.name == "stewards"


@pytest.mark.parametrize(
    "text",
    [
        "The supplier declared bankruptcy in the spring.",
        "Its parent, a trucking firm that had declared bankruptcy, sold the depot.",
        "The mill declared insolvency after the strike.",
    ],
)
def test_declaring_bankruptcy_is_no_statement(text: str):
    assert attributed(text) == []


def test_declaring_that_a_bankruptcy_looms_is_still_speech():
    [(content, _, cue)] = attributed("The owner declared that bankruptcy was not an option.")
    assert (content, cue) == ("bankruptcy was not an option", "declared")


@pytest.mark.parametrize(
    "text",
    [
        "The plant was sold to Orrin Steel, a rival that had declared bankruptcy.",
        "The depot went to Kell Freight, another carrier that declared insolvency in May.",
        "The seat went to Ana Ruiz, a newcomer who claimed victory on Sunday.",
    ],
)
def test_a_cue_with_an_object_of_its_other_sense_after_the_content_is_no_statement(text: str):
    assert attributed(text) == []


def test_a_cue_ending_its_clause_after_the_content_still_attributes_it():
    [(content, speaker, _)] = attributed("The strike will go on, the guild declared on Monday.")
    assert content == "The strike will go on"
    assert speaker is not None and speaker.name == "the guild"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Local 1199 president Rosa Vance said the vote was close.", "Local 1199 president"),
        ("Local 88 treasurer Rosa Vance said the vote was close.", "Local 88 treasurer"),
        ("Flight 370 investigator Rosa Vance said the vote was close.", "Flight 370 investigator"),
    ],
)
def test_a_numbered_local_stays_in_the_role(text: str, role: str):
    assert speaker_of(text)[2] == role


def test_a_year_after_a_capital_is_no_number_of_a_name():
    assert speaker_of("In 2019 stewards said the vote was close.")[:2] == ("stewards", "group")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Walkouts doubled, according to a tally by the Institute for Shop Studies.",
            "a tally by the Institute for Shop Studies",
        ),
        ("Walkouts doubled, according to a Daily Ledger count.", "a Daily Ledger count"),
        ("Walkouts doubled, a tally by the Labor Desk found.", "a tally by the Labor Desk"),
    ],
)
def test_a_tally_or_a_count_is_a_document(text: str, name: str):
    assert speaker_of(text)[:2] == (name, "document")


def test_counts_of_a_charge_are_no_speaker():
    assert speaker_of("She faces two counts of theft, prosecutors said.")[:2] == (
        "prosecutors",
        "group",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Results of the ballot are expected on Sunday.",
        "A ruling from the arbitrator is expected next week.",
        "A decision is anticipated later this month.",
    ],
)
def test_an_expected_event_with_only_its_time_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ballot is expected to pass.",
        "Results are expected by the stewards on Sunday.",
        "The guild expected the ballot on Sunday.",
    ],
)
def test_an_expectation_with_a_content_or_a_source_stays(text: str):
    assert len(attributed(text)) == 1


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            "nurses-strike",
            {
                ("Management", "organization"),
                ("Negotiators for the hospital", "group"),
                ("a tally by the Center for Workplace Studies", "document"),
                ("Carla Okafor", "person"),
            },
        ),
        (
            "plant-layoffs",
            {
                ("United Assembly Workers", "organization"),
                ("the union's bargaining committee", "organization"),
                ("Ray Duchene", "person"),
                ("a memo", "document"),
            },
        ),
    ],
)
def test_the_labour_articles_keep_their_speakers(article: str, expected: set[tuple[str, str]]):
    path = Path(__file__).parent / "data" / "speakers" / f"{article}.txt"
    speakers, statements = find_statements(path.read_text(encoding="utf-8"))
    assert expected <= {(s.name, s.kind) for s in speakers}
    assert len(statements) >= 30


def test_the_local_presidents_role_names_the_local():
    path = Path(__file__).parent / "data" / "speakers" / "plant-layoffs.txt"
    speakers, _ = find_statements(path.read_text(encoding="utf-8"))
    assert ("Ray Duchene", "Local 412 president") in {(s.name, s.role) for s in speakers}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He said he would vote no. The count starts Friday.", "he would vote no"),
        ("She said the answer was no. Talks ended at noon.", "the answer was no"),
    ],
)
def test_a_no_before_a_sentence_ends_it(text: str, content: str):
    assert attributed(text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("It was No. 5 on the list, she said.", "It was No. 5 on the list"),
        ("Rooms Nos. 3 and 4 were shut, she said.", "Rooms Nos. 3 and 4 were shut"),
    ],
)
def test_no_before_a_number_stays_an_abbreviation(text: str, content: str):
    assert content_of(text) == content
