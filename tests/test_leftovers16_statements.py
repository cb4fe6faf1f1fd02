"""Session 15's statement, act and figure leftovers (list B), each a construction tried on
invented sentences: variants that must change and near-misses that must not."""

import pytest
from extraction_helpers import acts_and_contents, named


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("TASS quoted Petrov as telling reporters: “The talks are over.”", "Petrov", "The talks"),
        (
            "The agency cited Ana Vidal as telling a briefing that the port was shut.",
            "Ana Vidal",
            "the port",
        ),
        (
            "Kyodo quoted the governor, Ken Abe, as telling residents the dam would hold.",
            "Ken Abe",
            "the dam",
        ),
        ("Rosa Pinto was quoted as telling the radio: “We will rebuild.”", "Rosa Pinto", "We"),
        (
            "The daily cited Omar Haddad as warning that the fuel would run out.",
            "Omar Haddad",
            "the fuel",
        ),
    ],
)
def test_one_quoted_as_telling_speaks(text: str, speaker: str, content: str):
    [(said, name, _)] = named(text)
    assert name == speaker
    assert said.startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "Just as telling, the mayor said the budget was short.",
        "The result is as telling as any poll, Lee said.",
        "As warning lights flashed, the pilot said the engine had failed.",
    ],
)
def test_as_telling_without_a_quoter_is_no_cue(text: str):
    assert [cue for _, _, cue in named(text)] == ["said"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Rosa Pinto was adamant: the school would stay open.", "Rosa Pinto", "the school"),
        ("The minister was clear: there will be no new taxes.", "The minister", "there will"),
        ("The Home Office was unequivocal: no visas would be issued.", "Home Office", "no visas"),
        ("Residents were blunt: they want the road fixed.", "Residents", "they want"),
        ("Omar Haddad was equally emphatic: “We will not move.”", "Omar Haddad", "We will"),
    ],
)
def test_a_manner_of_speaking_before_a_colon_introduces_words(
    text: str, speaker: str, content: str
):
    [(said, name, cue)] = named(text)
    assert (name, said.split()[:2]) == (speaker, content.split())
    # a quotation after the colon is the quotation stage's, with no cue
    assert cue is None if "“" in text else cue is not None and cue.endswith(":")
    assert [act for act, _ in acts_and_contents(text)] == ["speech"]


@pytest.mark.parametrize(
    "text",
    [
        "The message was clear: voters want change.",
        "It was clear: the dam had failed.",
        "The sky was clear: no rain fell.",
        "The choice is blunt: build or lose.",
        "The road ahead is clear: more rain is coming.",
    ],
)
def test_a_thing_before_a_colon_says_nothing(text: str):
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "act", "holder", "content"),
    [
        ("Rosa Pinto's view is that the ferry will survive.", "thought", "Rosa Pinto", "the ferry"),
        ("Her argument was that the levy was unfair.", "speech", "Her", "the levy"),
        ("His position is that the border must stay shut.", "stance", "His", "the border"),
        ("The firm's stance has long been that the mine is safe.", "stance", "The firm", "the"),
        ("Omar Haddad's message to voters was that rents fell.", "speech", "Omar Haddad", "rents"),
        ("The mayor's answer was simply that the money was spent.", "speech", "The mayor", "the"),
    ],
)
def test_a_possessed_view_before_a_copula_and_that_reports_the_clause(
    text: str, act: str, holder: str, content: str
):
    [(said, name, _)] = named(text)
    assert (name, said.split()[0]) == (holder, content.split()[0])
    assert [a for a, _ in acts_and_contents(text)] == [act]


@pytest.mark.parametrize(
    "text",
    [
        "The idea is that the pass will be cheaper.",  # no one holds it
        "The problem is that the bridge is old.",
        "His view is that bad.",  # "that" a pronoun's degree
        "His position is untenable.",
        "Her answer was that of a lawyer.",
    ],
)
def test_a_view_no_one_holds_or_with_no_clause_reports_nothing(text: str):
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "holder", "content"),
    [
        ("In Rosa Pinto's words, the ferry was “a floating wreck”.", "Rosa Pinto", "the ferry"),
        ("In the words of one official, the plan was “dead on arrival”.", "one official", "the"),
        ("In the mayor's words, the budget is a mess.", "the mayor", "the budget"),
        ("In the words of its founders, the club is “for everyone”.", "its founders", "the club"),
        (
            "Omar Haddad spoke first. In his own words, he was “lucky to be alive”.",
            "Omar Haddad",
            "he was",
        ),
    ],
)
def test_whose_words_open_the_sentence_speaks_it(text: str, holder: str, content: str):
    said, name, cue = named(text)[-1]
    assert (name, cue) == (holder, "In")
    assert said.startswith(content)
    assert acts_and_contents(text)[-1][0] == "speech"


@pytest.mark.parametrize(
    "text",
    [
        "In other words, the plan failed.",
        "In a few words, the plan failed.",
        "In the words of the song, love is all you need.",
        "In the words of the law, a lease is a contract.",
    ],
)
def test_words_of_no_one_open_no_statement(text: str):
    assert named(text) == []
