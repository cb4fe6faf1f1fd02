"""Campaign-trail news as a new analyst reads it: constructions found by trying whosaid on
invented stories of a presidential candidate's stump speech, two campaigns trading attacks
through their spokespeople and a House challenger's rally (in tests/data/speakers/), each
tested here on other invented sentences."""

import pytest
from extraction_helpers import contents, missing_speakers, named, speakers_by_opening


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ruiz, referring to Alvarado, told reporters the race was tied.", "the race was tied"),
        (
            "Ruiz, referring to her opponent, said the mayor had “quit on this town.”",
            "the mayor had “quit on this town",
        ),
        (
            "“He folds every time,” Ruiz said, referring to Rep. Tom Alvarado.",
            "He folds every time",
        ),
        ("“He folds every time,” Ruiz said, referring to the governor.", "He folds every time"),
        ("“He folds every time,” Ruiz said, referring to him.", "He folds every time"),
    ],
)
def test_the_person_an_adjunct_refers_to_is_no_statement(text: str, kept: str):
    assert contents(text) == [kept]


@pytest.mark.parametrize(
    ("text", "referred"),
    [
        ("“It is a giveaway,” Ruiz said, referring to the new levy.", "the new levy"),
        (
            "“It is a giveaway,” Ruiz said, referring to the Harbor Tax Credit.",
            "the Harbor Tax Credit",
        ),
        (
            "“It is a giveaway,” Ruiz said, referring to the 3 percent rebate.",
            "the 3 percent rebate",
        ),
    ],
)
def test_a_thing_an_adjunct_refers_to_stays_reported(text: str, referred: str):
    assert contents(text)[-1] == referred


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Ida Brenner, who has not endorsed a candidate, said the attacks would hurt.",
        "Rep. Cole Marin, who has not backed either contender, said the race was close.",
        "The mayor has never endorsed the transit levy but said the vote was fair.",
    ],
)
def test_an_endorsement_not_given_is_no_stance(text: str):
    assert [c for c, _, cue in named(text) if cue in {"endorsed", "backed"}] == []
    assert len(contents(text)) == 1


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Sen. Ida Brenner, who endorsed Marin in May, said the attacks would hurt.",
            "Marin in May",
        ),
        ("The union has backed the transit levy.", "the transit levy"),
    ],
)
def test_an_endorsement_given_stays_a_stance(text: str, stance: str):
    assert contents(text)[0] == stance


@pytest.mark.parametrize(
    "text",
    [
        "Asked about a runoff, Marin declined to commit.",
        "Pressed on the debate schedule, Brenner refused to commit either way.",
        "An aide said polling showed her ahead but declined to release the full results.",
        "The campaign declined to provide its data.",
    ],
)
def test_a_refusal_to_commit_or_to_release_results_is_a_non_answer(text: str):
    assert not [c for c, _, cue in named(text) if cue in {"declined", "refused"}]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The premier refused to commit troops to the mission.", "to commit troops to the mission"),
        ("Brenner declined to commit to a third debate.", "to commit to a third debate"),
        ("The mayor declined to release the audit.", "to release the audit"),
    ],
)
def test_a_refusal_with_something_withheld_stays_a_stance(text: str, content: str):
    assert contents(text)[-1] == content


def test_the_stump_speech_keeps_its_speakers():
    expected = [
        ("her campaign would “outwork", "Dana Halvorsen", "person"),
        ("They told us Ohio was gone", "Dana Halvorsen", "person"),
        ("she would raise the federal minimum wage", "Dana Halvorsen", "person"),
        ("Mr. Teague of “auditioning", "Dana Halvorsen", "person"),
        ("Ms. Halvorsen was “recycling", "Luis Ferreira", "person"),
        ("the campaign’s own polling showed", "A senior adviser to the campaign", "person"),
        ("She talks a good game", "Gary Lindqvist", "person"),
        ("a Washington insider", "Bill Oakes", "person"),
    ]
    assert missing_speakers("campaign-stump-speech.txt", expected) == []
    found = [c for c, _, _ in speakers_by_opening("campaign-stump-speech.txt")]
    assert not any("request for comment" in c or "scheduled" in c for c in found)


def test_the_surrogates_attacks_keep_their_speakers():
    expected = [
        ("Halvorsen had “distorted", "Alicia Brandt", "person"),
        ("he “won’t take lectures", "Marcus Teague", "person"),
        ("the governor had “cut taxes", "Tamsin Reyes", "person"),
        ("Teague was “the only candidate", "Owen Castellano", "person"),
        ("The governor wants to talk about barns", "Devin Marsh", "person"),
        ("When the margin shrinks", "Lorraine Quist", "person"),
        ("We have one opponent", "Ruth Delacroix", "person"),
    ]
    assert missing_speakers("campaign-surrogate-attacks.txt", expected) == []
    found = [c for c, _, _ in speakers_by_opening("campaign-surrogate-attacks.txt")]
    assert "Halvorsen" not in found  # ", referring to Halvorsen,": whom, not what
    assert "a candidate" not in found  # "who has not endorsed a candidate"


def test_the_house_race_keeps_its_speakers():
    expected = [
        ("Rep. Gordon Pike had", "Nathan Wexler", "person"),
        ("Gordon Pike used to be one of us", "Nathan Wexler", "person"),
        ("Nathan Wexler has spent this entire race", "Dana Liu", "person"),
        ("I'll vote for whoever", "Nathan Wexler", "person"),
        ("he had secured $14 million", "Gordon Pike", "person"),
        ("it intended to spend", "Mara Voss", "person"),
        ("internal polling showed", "A Pike campaign official", "person"),
    ]
    assert missing_speakers("campaign-congress-district.txt", expected) == []
    found = [c for c, _, _ in speakers_by_opening("campaign-congress-district.txt")]
    assert "to commit" not in found and "to release the full results" not in found
