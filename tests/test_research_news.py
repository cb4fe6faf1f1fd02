"""Research-integrity news as a new analyst reads it: constructions found by trying whosaid on
an invented story of a laboratory under inquiry (tests/data/speakers/lab-inquiry.txt), each
tested here on other invented sentences."""

import pytest
from extraction_helpers import attributed, named, speaker_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the description speaks, as 'One of them, a porter, said' has it
            "One of them, a porter who left in 2021, said the ward was cold.",
            ("a porter who left in 2021", "person", None),
        ),
        (
            "Two of them, the owners of a bakery that closed last year, said rents had doubled.",
            ("Two of them", "group", "owners of a bakery"),
        ),
    ],
)
def test_a_partitive_pronoun_with_an_appositive_holding_a_clause_finds_a_speaker(
    text: str, speaker: tuple[str, str, str]
):
    assert speaker_of(text) == speaker


def test_a_partitive_object_with_an_appositive_is_no_speaker():
    text = "She gave one of them, a boy of ten, a book, Lee said."
    assert [name for _, name, _ in named(text)] == ["Lee"]


@pytest.mark.parametrize(
    "text",
    [
        "The journal added a warning to one article.",
        "The council added a clause to the bill on Tuesday.",
        "The ministry adds Peru to its list of safe countries.",
        "The firm added 300 workers to its payroll.",
    ],
)
def test_adding_a_thing_to_a_place_is_no_statement(text: str):
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He added the rule applies to all staff.", "the rule applies to all staff"),
        ("He added the team wanted to win.", "the team wanted to win"),
        ("She added the delay was due to the weather.", "the delay was due to the weather"),
        ("Lee added that a fee would apply to the bill.", "a fee would apply to the bill"),
    ],
)
def test_added_with_a_clause_after_it_still_reports(text: str, content: str):
    assert [c for c, _, _ in named(text)] == [content]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Dmitri Valchek denies wrongdoing. His lawyer, Peter Gould, called the claims gossip.",
            "lawyer of Dmitri Valchek",
        ),
        (
            "Ana Ruiz said she would appeal. Her lawyer, Peter Gould, said the ruling was wrong.",
            "lawyer of Ana Ruiz",
        ),
        (
            "Ana Ruiz said she would appeal. Peter Gould, her lawyer, said the ruling was wrong.",
            "lawyer of Ana Ruiz",
        ),
    ],
)
def test_a_named_persons_role_after_his_or_her_names_the_possessor(text: str, role: str):
    assert named(text)[-1][1] == "Peter Gould"
    assert attributed(text)[-1][1].role == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            # the body opening the sentence before owns the role after "its"
            # (test_energy_news): a reader takes it as "chief executive of Acme Corp."
            "Acme Corp. cut 200 jobs. Its chief executive, Tom Bell, said the cuts were needed.",
            "chief executive of Acme Corp",
        ),
        (
            "Ruiz met Lena Dahl. Her former partner at Lenox, Tom Bell, said the deal was fair.",
            "former partner at Lenox",
        ),
        ("Peter Gould, her lawyer, said the ruling was wrong.", "lawyer"),
    ],
)
def test_a_role_after_its_or_with_its_own_complement_or_nobody_to_own_it_is_kept(
    text: str, role: str
):
    assert attributed(text)[-1][1].role == role


def test_a_partitive_with_a_list_for_appositive_has_no_one_role():
    text = "Two of them, a nurse and a porter, said the pay was poor."
    assert speaker_of(text) == ("Two of them", "group", None)
